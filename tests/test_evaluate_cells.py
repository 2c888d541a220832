"""The comparison table scored cell by cell against a cells file (pipeline/evaluate/cells.py)."""

from pathlib import Path, PurePath

import pytest
from typer.testing import CliRunner

from pipeline import evaluate
from pipeline.cli import app
from pipeline.model import Extraction, Figure, Report

from .conftest import SHARED

HEADER = "file\tconcept\tperiod\tstatus\tvalue\tunit\tquote\n"

# two written provincial reports delivered early in 2023 (they review 2022 and set the goals of 2023)
JIA = ("甲省2023年政府工作报告\n\n一、2022年工作回顾\n地区生产总值达到5000亿元，增长3.1%。新增就业500万人，"
       "城镇新增就业120万人。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n")
YI = ("乙省2023年政府工作报告\n\n一、2022年工作回顾\n经济总量达到4000亿元，地区生产总值增长4%。开发区城镇新增就业80万人。\n"
      "二、2023年工作安排\n主要预期目标是：地区生产总值增长6%，城镇新增就业90万人。\n")


def _fig(rid, text, surface, value, unit, indicator_id, *, kind="actual", covered="2022", entity=None,
         measure="amount", unit_norm=None, value_norm=None, key=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Figure(rid, start, start + len(surface), surface, value, unit, None, "x", "number_unit", entity=entity,
                  kind=kind, covered=covered, value_norm=value_norm if value_norm is not None else value,
                  unit_norm=unit_norm or unit, indicator_id=indicator_id, measure=measure,
                  compare_key=key or indicator_id)


def _reports() -> list[Extraction]:
    jia = Report("甲省2023年政府工作报告", "", JIA, town="甲省", period="2022", delivered=2023)
    yi = Report("乙省2023年政府工作报告", "", YI, town="乙省", period="2022", delivered=2023)
    return [
        Extraction(jia, figures=(
            _fig(jia.report_id, JIA, "5000亿元", 5000, "亿元", "econ.gdp", unit_norm="元", value_norm=5e11),
            _fig(jia.report_id, JIA, "3.1%", 3.1, "%", "econ.gdp_growth", measure="growth"),
            # two figures of one row and measure: the table shows the first in the text
            _fig(jia.report_id, JIA, "500万人", 5e6, "人", "emp.urban_new_jobs", measure="flow"),
            _fig(jia.report_id, JIA, "120万人", 1.2e6, "人", "emp.urban_new_jobs", measure="flow"),
            _fig(jia.report_id, JIA, "5%左右", 5, "%", "econ.gdp_growth", kind="target", covered="2023",
                 measure="growth"),
        )),
        Extraction(yi, figures=(
            _fig(yi.report_id, YI, "4000亿元", 4e11, "元", None, key="~经济总量"),
            _fig(yi.report_id, YI, "4%", 4, "%", "econ.gdp_growth", kind="target", measure="growth"),
            _fig(yi.report_id, YI, "80万人", 8e5, "人", "emp.urban_new_jobs", entity="开发区", measure="flow"),
            _fig(yi.report_id, YI, "90万人", 9e5, "人", "emp.urban_new_jobs", kind="target", covered="2023",
                 measure="flow"),
        )),
    ]


CELLS = [  # (line, the cause it is wrong for, or "" for a right cell)
    ("甲省2023年政府工作报告.txt\t地区生产总值\t2022\tresult\t5000\t亿元\t达到5000亿元", ""),
    ("乙省2023年政府工作报告.txt\t地区生产总值\t2022\tresult\t4000\t亿元\t经济总量达到4000亿元", "other key"),
    ("甲省2023年政府工作报告.txt\t地区生产总值增速\t2022\tresult\t3.1\t%\t增长3.1%", ""),
    ("甲省2023年政府工作报告.txt\t城镇新增就业\t2022\tresult\t120\t万人\t城镇新增就业120万人", "other pick"),
    ("甲省2023年政府工作报告.txt\t地区生产总值增速\t2023\ttarget\t5\t%\t地区生产总值增长5%左右", ""),
    ("乙省2023年政府工作报告.txt\t地区生产总值增速\t2022\tresult\t4\t%\t地区生产总值增长4%", "target/result"),
    ("乙省2023年政府工作报告.txt\t城镇新增就业\t2022\tresult\t80\t万人\t开发区城镇新增就业80万人", "entity"),
    ("乙省2023年政府工作报告.txt\t地区生产总值增速\t2023\ttarget\t6\t%\t地区生产总值增长6%", "no figure"),
    ("丙省2023年政府工作报告.txt\t地区生产总值增速\t2023\ttarget\t6\t%\t增长6%", "no report"),
]


@pytest.fixture
def scored(tmp_path):
    path = tmp_path / "cells.tsv"
    path.write_text(HEADER + "".join(line + "\n" for line, _ in CELLS), encoding="utf-8")
    return evaluate.score_cells(_reports(), evaluate.load_cells(path))


def test_cells_right_and_totals(scored):
    assert (scored.right, scored.total) == (sum(not why for _, why in CELLS), len(CELLS))
    assert scored.by_status == {"result": [2, 6], "target": [1, 3]}
    assert scored.by_concept["地区生产总值"] == [1, 2]


@pytest.mark.parametrize(("line", "why"), [row for row in CELLS if row[1]])
def test_each_wrong_cell_says_why(scored, line, why):
    n = 2 + [row[0] for row in CELLS].index(line)
    assert [w["why"] for w in scored.wrong if w["line"] == n] == [why]


def test_the_row_of_a_concept_is_the_one_most_of_its_figures_get(scored):
    assert scored.rows["城镇新增就业"] == "emp.urban_new_jobs/人"
    assert scored.rows["地区生产总值"] == "econ.gdp/元"  # one each: the first by key, never a guess at random


def test_a_wrong_pick_shows_what_the_table_shows_instead(scored):
    wrong = next(w for w in scored.wrong if w["why"] == "other pick")
    assert wrong["shown"]["surface"] == "500万人"


def test_table_cells_the_gold_has_not_are_counted(scored):
    # 乙省's target of 城镇新增就业 stands in the table; the gold has no such cell
    assert [(e["file"], e["concept"], e["status"]) for e in scored.extra] == [
        ("乙省2023年政府工作报告.txt", "城镇新增就业", "target")]


@pytest.mark.parametrize(("text", "message"), [
    ("file\tconcept\n", "header"),
    (HEADER + "a.txt\tx\t2022\tplan\t1\t%\tq\n", "neither result nor target"),
    (HEADER + "a.txt\tx\t2022\tresult\t一\t%\tq\n", "not a number"),
    (HEADER + "a.txt\tx\t2022\tresult\t6-七\t%\tq\n", "not a number or a range"),
    (HEADER + "a.txt\tx\t2022\tresult\t1\t%\n", "columns"),
])
def test_a_malformed_cells_file_is_one_error(tmp_path, text, message):
    path = tmp_path / "cells.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(evaluate.GoldError, match=message):
        evaluate.load_cells(path)


PROVINCIAL = SHARED / "corpora-provincial"

# Real text: provincial 政府工作报告 delivered in 2023 (lawtext/gov, from each province's own site), one cell a
# row, each right in the table: the figure the table shows for the region, the period and the status
REAL_CELLS = [
    ("云南省2023年政府工作报告.txt", "地区生产总值增速", "2022", "result", "4", "%", "预计地区生产总值增长4%左右"),
    ("云南省2023年政府工作报告.txt", "地区生产总值增速", "2023", "target", "6", "%", "地区生产总值增长6%左右"),
    # a range target, both ends (吉林省2021年政府工作报告: 地区生产总值增长6%－7%)
    ("吉林省2021年政府工作报告.txt", "地区生产总值增速", "2021", "target", "6-7", "%", "地区生产总值增长6%－7%"),
    # a target in the plan part whose heading has no plan word (三、踔厉奋发勇毅前行，在新征程上迈好第一步、干出新成效)
    ("云南省2023年政府工作报告.txt", "城镇新增就业", "2023", "target", "50", "万人", "城镇新增就业50万人以上"),
    # the end of a change over five years, not its start
    ("内蒙古自治区2023年政府工作报告.txt", "地区生产总值", "2022", "result", "2.3", "万亿元",
     "地区生产总值从1.5万亿元增长到2.3万亿元"),
    # the year's figure, not the five years' total stated first (五年来，… 城镇新增就业690万人)
    ("广东省2023年政府工作报告.txt", "城镇新增就业", "2022", "result", "132", "万人", "城镇新增就业132万人"),
    # the province's figure, not a new area's (赣江新区地区生产总值突破千亿元)
    ("江西省2023年政府工作报告.txt", "地区生产总值", "2022", "result", "3", "万亿元", "GDP突破3万亿元"),
    # the figure stated, not the mark it passed before it (地区生产总值突破4000亿元、达4522.3亿元; cells gold provA of
    # session 15, annotated blind)
    ("宁夏回族自治区2022年政府工作报告.txt", "地区生产总值", "2021", "result", "4522.3", "亿元", "达4522.3亿元"),
    ("江苏省2022年政府工作报告.txt", "社会消费品零售总额", "2021", "result", "4.27", "万亿元", "达到4.27万亿元"),
    # the indicator named in full, not a sector's 新增就业9.95万人 stated before it
    ("新疆维吾尔自治区2022年政府工作报告.txt", "城镇新增就业", "2021", "result", "47.7", "万人", "实现城镇新增就业47.7万人"),
]


@pytest.fixture(scope="module")
def provincial():
    from pipeline.batch import extract_one

    if not PROVINCIAL.is_dir():
        pytest.skip(f"{PROVINCIAL} not found (the provincial corpus lives in ../shared, outside the repo)")
    return {name: extract_one(PROVINCIAL / name, PurePath(name).stem) for name in {row[0] for row in REAL_CELLS}}


@pytest.mark.parametrize("row", REAL_CELLS, ids=[f"{r[0][:3]}-{r[1]}-{r[3]}" for r in REAL_CELLS])
def test_real_cells_are_right(tmp_path, provincial, row):
    path = tmp_path / "cells.tsv"
    path.write_text(HEADER + "\t".join(row) + "\n", encoding="utf-8")
    scored = evaluate.score_cells([provincial[row[0]]], evaluate.load_cells(path))
    assert (scored.right, scored.total) == (1, 1), scored.wrong


def test_cli_scores_real_reports(tmp_path):
    report = PROVINCIAL / "云南省2023年政府工作报告.txt"
    if not report.is_file():
        pytest.skip(f"{report} not found (the provincial corpus lives in ../shared, outside the repo)")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / report.name).write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    cells = tmp_path / "cells.tsv"
    cells.write_text(HEADER + "".join("\t".join(r) + "\n" for r in REAL_CELLS if r[0] == report.name), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(folder), "--cells", str(cells)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("cells: right 3/3")


def test_cli_names_a_missing_cells_file(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--cells", str(Path(tmp_path) / "none.tsv")])
    assert result.exit_code != 0 and "none.tsv: not found" in result.output
