"""indicators.xlsx, read back with openpyxl (and opened by LibreOffice where it is installed)."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from pipeline import batch, workbook
from pipeline.model import Flag, FlagItem

from .conftest import SHARED

H1 = "对比 2025年1-6月"  # the towns of 2025H1 (no 2024H1 in corpora/)
YEAR = "对比 2025年"  # the towns of 2025, with 柳溪镇's 2024 in the store: 上年同期
TOWNS_H1 = ["白石镇", "河西镇", "柳溪镇", "龙潭镇", "石门街道", "松岭乡", "桃源乡", "统溪河镇", "云峰乡"]
HEADER_ROW = 3  # title, 报告期, then the header
TARGETS_H1 = "目标对比 2025年1-6月"  # the targets the 2025H1 reports of corpora/ set for their period


@pytest.fixture(scope="module")
def xlsx(corpus, flags, tmp_path_factory):
    return workbook.write_workbook(corpus, flags, tmp_path_factory.mktemp("wb") / "indicators.xlsx")


@pytest.fixture(scope="module")
def book(xlsx):
    return openpyxl.load_workbook(xlsx)


def _width(ws, column: int) -> float:
    """The width of a column (XlsxWriter writes columns of equal width as one range)."""
    return next(d.width for d in ws.column_dimensions.values() if d.min <= column <= d.max)


def _rows(ws, header_row: int = 1) -> list[dict]:
    header = [c.value for c in ws[header_row]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=header_row + 1)]


def _pivot_rows(ws) -> dict[str, dict]:
    """The 对比 table's rows by 指标编号 (the first row of an id), up to the blank row before 排名."""
    out: dict[str, dict] = {}
    for row in _rows(ws, HEADER_ROW):
        if row["指标"].value is None:
            break
        out.setdefault(row["指标编号"].value, row)
    return out


def test_sheets(book):
    # one 对比 sheet a period, named as its title dates it, the latest first (of two that end together, the
    # longer first); no undated duplicate; the charts of the latest after them
    # then the targets of the latest period that has any
    assert book.sheetnames == [YEAR, H1, "对比 2024年", "对比 2024年7-12月", TARGETS_H1, "图表", "明细", "疑点", "报告"]


def test_every_list_sheet_has_a_frozen_header_filters_and_fitted_widths(book):
    for name in ("明细", "疑点", "报告"):
        ws = book[name]
        assert ws.freeze_panes == "B2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        widths = [_width(ws, c) for c in range(1, ws.max_column + 1)]
        assert all(6 <= w <= 62 for w in widths), (name, widths)
    detail = book["明细"]
    assert _width(detail, 4) > 60 and _width(detail, 2) < 16  # 原句 as wide as allowed, 期间 narrow


def test_the_comparison_is_a_statistical_table(book):
    ws = book[H1]
    assert ws["A1"].value == "各乡镇主要指标对比表（2025年1-6月）"
    assert ws["A2"].value == "报告期：2025年1-6月"
    header = [c.value for c in ws[HEADER_ROW]]
    assert header == ["指标", "计量单位", *TOWNS_H1, "合计", "平均", "指标编号"]  # names first, the id last
    assert ws.freeze_panes == "B4" and ws.auto_filter.ref.startswith("A3:")
    assert _width(ws, 1) <= workbook.NAME_WIDTH + 1  # long names wrap instead of widening the print


@pytest.mark.parametrize(("indicator_id", "unit", "cells", "total", "mean"), [
    # a flow of counts: 合计 and 平均 over the towns that report it
    ("party.study_sessions", "次", {"白石镇": 32, "统溪河镇": 36, "云峰乡": 16}, 209, 23.22),
    # money in 万元 (28000 元 -> 2.8), summed in 万元
    ("safety.fines", "万元", {"白石镇": 2.8, "统溪河镇": 10, "松岭乡": 230}, None, None),
    # a rate: no 合计, no 平均
    ("health.insurance_rate", "%", {"松岭乡": 102.6}, None, None),
])
def test_rows_in_their_unit_with_totals_only_where_they_add_up(book, indicator_id, unit, cells, total, mean):
    row = _pivot_rows(book[H1])[indicator_id]
    assert row["计量单位"].value == unit
    for town, value in cells.items():
        assert row[town].value == pytest.approx(value), town
    if total is not None:
        assert row["合计"].value == pytest.approx(total) and row["平均"].value == pytest.approx(mean)
    if unit == "%":
        assert row["合计"].value is None and row["平均"].value is None


def test_money_totals_are_in_the_rows_unit(book):
    fines = _pivot_rows(book[H1])["safety.fines"]
    towns = [fines[t].value for t in TOWNS_H1 if fines[t].value is not None]
    assert fines["合计"].value == pytest.approx(sum(towns))


def test_ranks_follow_the_table(book):
    ws = book[H1]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("各乡镇排名"))
    assert list(rows[start + 1][: 2 + len(TOWNS_H1)]) == ["指标", "计量单位", *TOWNS_H1]
    sessions = next(r for r in rows[start + 2 :] if r[0] == "集中学习")
    ranks = dict(zip(TOWNS_H1, sessions[2:]))
    assert ranks["统溪河镇"] == 1 and ranks["白石镇"] == 2 and ranks["云峰乡"] == 9
    assert ranks["河西镇"] == ranks["龙潭镇"] == 7  # 19 and 19 share a rank


def test_the_same_period_a_year_before_gives_change_and_growth(book):
    ws = book[YEAR]
    assert [c.value for c in ws[HEADER_ROW]][-6:] == ["合计", "平均", "上年同期", "增减", "增长%", "指标编号"]
    sessions = _pivot_rows(ws)["party.study_sessions"]
    # 2025: 柳溪镇 40, 龙潭镇 41; 2024: 柳溪镇 38 only: compared on the town that reported both
    assert (sessions["合计"].value, sessions["上年同期"].value, sessions["增减"].value) == (81, 38, 2)
    assert sessions["增长%"].value == pytest.approx(5.26)
    assert "两期都报送的1个乡镇（柳溪镇）" in sessions["上年同期"].comment.text


def test_a_county_report_is_shown_but_not_summed(book):
    ws = book[YEAR]
    header = [c.value for c in ws[HEADER_ROW]]
    assert header.index("青溪县") == header.index("合计") - 1  # after its towns
    sessions = _pivot_rows(ws)["party.study_sessions"]
    assert sessions["合计"].value == sessions["柳溪镇"].value + sessions["龙潭镇"].value


def test_towns_the_roster_expects_without_a_report_are_shown(corpus, flags, tmp_path):
    roster = ["云峰乡", "新村镇", "白石镇"]
    path = workbook.write_workbook(corpus, flags, tmp_path / "r.xlsx", expected_towns=roster)
    ws = openpyxl.load_workbook(path)[H1]
    assert ws["A2"].value == "报告期：2025年1-6月　　未报送：新村镇"
    header = [c.value for c in ws[HEADER_ROW]]
    assert header[2:5] == roster  # the roster's order first, then the other towns
    sessions = _pivot_rows(ws)["party.study_sessions"]
    assert sessions["新村镇"].value == "未报送" and sessions["合计"].value == 209


def test_print_setup_is_a4_landscape_one_page_wide_with_the_header_repeated(book):
    for name in (H1, YEAR, TARGETS_H1):
        ws = book[name]
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), name
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) in ((1, 0), (None, 0))
        assert ws.print_title_rows == "$1:$3"
        last = [c.value for c in ws[HEADER_ROW]].index("指标编号")  # the id column is not printed
        assert re.fullmatch(rf"'{name}'!\$A\$1:\${chr(ord('A') + last - 1)}\$\d+", ws.print_area), ws.print_area


def test_the_chart_sheet_holds_native_charts_of_the_main_indicators(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        charts = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        texts = [z.read(n).decode("utf-8") for n in charts]
    assert len(charts) == workbook.CHART_ROWS
    assert all("<c:barChart>" in t for t in texts)
    assert all(f"'{YEAR}'!$C$3:$D$3" in t for t in texts)  # the towns' header of the latest 对比 sheet, the county left out
    titles = [re.search(r"<a:t>([^<]*)</a:t>", t).group(1) for t in texts]
    assert "集中学习（次）" in titles and not any(title.endswith("）（户）") for title in titles)


def test_charts_of_a_roster_with_a_town_missing_read_the_towns_that_reported(corpus, flags, tmp_path):
    h1 = [ex for ex in corpus if ex.report.period == "2025H1"]
    path = workbook.write_workbook(h1, flags, tmp_path / "r.xlsx", expected_towns=["云峰乡", "新村镇", "白石镇"])
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
    categories = re.findall(r"<c:f>([^<]*)</c:f>", chart)[0]
    assert categories.startswith(f"('{H1}'!$C$3,'{H1}'!$E$3,")  # 新村镇 (D, 未报送) left out


def test_money_unit_can_be_chosen(corpus, flags, tmp_path):
    path = workbook.write_workbook(corpus, flags, tmp_path / "yi.xlsx", money="亿元")
    fines = _pivot_rows(openpyxl.load_workbook(path)[H1])["safety.fines"]
    assert fines["计量单位"].value == "亿元" and fines["松岭乡"].value == pytest.approx(0.023)


def test_numbers_are_numbers_with_thousands_separators(book):
    sessions = _pivot_rows(book[H1])["party.study_participants"]
    cell = sessions["石门街道"]
    assert cell.data_type == "n" and cell.value == 1280 and cell.number_format == "#,##0"
    yields = [r["标准值"] for r in _rows(book["明细"]) if r["原文"].value == "1050斤"]
    assert yields[0].value == pytest.approx(0.525) and yields[0].number_format == "#,##0.0##"


def test_flagged_cells_are_filled_and_quote_the_source_sentence(book):
    fines = _pivot_rows(book[H1])["safety.fines"]
    cell = fines["松岭乡"]
    assert cell.value == 230
    assert cell.fill.fgColor.rgb.endswith("FFEB9C")  # a warning
    assert "【疑问·明显偏离其他乡镇】" in cell.comment.text and "outlier" not in cell.comment.text
    assert cell.comment.text.endswith("\n原句：开展执法行动5次，罚款230万元；")
    assert fines["白石镇"].comment is None and fines["白石镇"].fill.fgColor.rgb in (None, "00000000")

    detail = {(r["报告编号"].value, r["原文"].value): r for r in _rows(book["明细"])}
    full_year = detail[("tongxihe-2025h1", "191万元")]
    assert full_year["原文"].fill.fgColor.rgb.endswith("FFEB9C")
    assert "全年发放城乡低保、特困供养、临时性救助" in full_year["原文"].comment.text
    assert full_year["疑点"].value.startswith("F")


@pytest.mark.parametrize(("surface", "column", "shown"), [
    ("191万元", "标准值", 191),  # money in 万元
    ("191万元", "标准单位", "万元"),
    ("191万元", "类型", "实绩"),
    ("191万元", "期间", "2025年上半年"),
    ("1050斤", "标准单位", "吨"),  # other units in their base unit
])
def test_the_detail_sheet_reads_in_chinese_and_in_wan_yuan(book, surface, column, shown):
    detail = {(r["报告编号"].value, r["原文"].value): r for r in _rows(book["明细"])}
    row = next(r for (rid, s), r in detail.items() if s == surface)
    assert row[column].value == shown
    kinds = {r["类型"].value for r in _rows(book["明细"])}
    assert kinds <= {"实绩", "目标"} and "actual" not in kinds


def test_flags_sheet_has_one_row_per_flagged_figure_in_chinese(book, flags):
    rows = _rows(book["疑点"])
    assert len(rows) == sum(len(f.items) for f in flags)
    assert [c.value for c in book["疑点"][1]][:2] == ["检查", "严重程度"]
    assert {r["严重程度"].value for r in rows} <= {"错误", "疑问", "提示"}
    copied = [r for r in rows if r["检查"].value == "疑似照抄他镇"]
    assert {r["报告编号"].value for r in copied} == {"songling-2025h1", "yunfeng-2025h1"}
    assert {r["检查代码"].value for r in copied} == {"copied_across_towns"}  # the machine name kept last
    assert len({r["疑点编号"].value for r in copied}) == 1
    assert all(r["说明"].value for r in rows)
    assert not any(re.search("[a-z]", r["检查"].value) for r in rows)


def test_reports_sheet(book, corpus):
    rows = {r["报告编号"].value: r for r in _rows(book["报告"])}
    assert len(rows) == len(corpus)
    assert rows["songling-2025h1"]["状态"].value == "已读取" and rows["songling-2025h1"]["疑点"].value >= 10
    assert rows["songling-2025h1"]["期间"].value == "2025年上半年"
    assert rows["baishi-2025h1"]["疑点"].value == 0


def test_text_that_looks_like_a_formula_is_neutralised(corpus, tmp_path):
    ex = corpus[0]
    hostile = dataclasses.replace(ex.figures[0], indicator="=HYPERLINK(\"http://x\",\"点我\")", sentence="+1+1")
    path = workbook.write_workbook([dataclasses.replace(ex, figures=(hostile,))], [], tmp_path / "h.xlsx")
    row = _rows(openpyxl.load_workbook(path)["明细"])[0]
    assert row["原始指标"].value == "'=HYPERLINK(\"http://x\",\"点我\")" and row["原始指标"].data_type == "s"
    assert row["原句"].value == "'+1+1"


def test_the_same_input_gives_the_same_bytes(corpus, flags, xlsx, tmp_path):
    again = workbook.write_workbook(corpus, flags, tmp_path / "again.xlsx")
    assert again.read_bytes() == xlsx.read_bytes()


def test_an_empty_store_still_gives_a_workbook(tmp_path):
    book = openpyxl.load_workbook(workbook.write_workbook([], [], tmp_path / "empty.xlsx", expected_towns=["新村镇"]))
    assert book.sheetnames == ["对比", "明细", "疑点", "报告"]
    assert [c.value for c in book["对比"][HEADER_ROW]] == ["指标", "计量单位", "新村镇", "合计", "平均", "指标编号"]


def test_one_town_across_periods_has_the_same_layout(corpus, flags, tmp_path):
    from pipeline import pivot

    path = workbook.write_pivot(pivot.by_period(corpus, "柳溪镇", flags), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["对比"]
    assert ws["A1"].value == "柳溪镇主要指标各期对比表"
    assert ws["A2"].value == "期间：2024年至2025年　　增减、增长%：2025年比2024年"
    header = [c.value for c in ws[HEADER_ROW]]
    assert header == ["指标", "计量单位", "2024年", "2025年上半年", "2025年", "上年同期", "增减", "增长%", "指标编号"]
    sessions = _pivot_rows(ws)["party.study_sessions"]
    assert (sessions["2025年"].value, sessions["上年同期"].value, sessions["增减"].value) == (40, 38, 2)
    assert ws.page_setup.orientation == "landscape"


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_OFFICE = "LibreOffice (soffice) is not installed: make libreoffice (apt-get install libreoffice-calc-nogui)"
PICTURE = Path(__file__).resolve().parent.parent / "docs" / "duibi.png"  # the README's picture of the 对比 sheet


def _office(xlsx: Path, tmp_path: Path, to: str) -> Path:
    out = tmp_path / to.split(":")[0]
    result = subprocess.run(
        [OFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", to, "--outdir", str(out), str(xlsx)],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.skipif(OFFICE is None, reason=NO_OFFICE)
def test_libreoffice_opens_every_sheet(xlsx, tmp_path):
    """Headless LibreOffice converts each sheet to CSV: the file opens, and what it shows is what was written."""
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"  # as shown, all sheets
    out = _office(xlsx, tmp_path, every_sheet)
    sheets = {p.stem.removeprefix("indicators-"): p.read_text(encoding="utf-8") for p in out.glob("*.csv")}
    assert set(sheets) == set(openpyxl.load_workbook(xlsx).sheetnames)
    lines = sheets[H1].splitlines()
    assert lines[0].startswith("各乡镇主要指标对比表（2025年1-6月）")
    assert lines[2].startswith("指标,计量单位,白石镇,河西镇")
    targets = sheets[TARGETS_H1].splitlines()
    assert targets[0].startswith("各乡镇主要预期目标对比表（2025年1-6月）") and targets[2] == lines[2]
    sessions = next(line for line in lines if line.startswith("参学党员干部,人次,"))
    assert '"1,280"' in sessions and '"2,320"' in sessions  # shown with thousands separators


@pytest.mark.skipif(OFFICE is None, reason=NO_OFFICE)
def test_the_comparison_prints_one_page_wide(xlsx, tmp_path):
    """LibreOffice prints the workbook to PDF: every page of the 对比 sheet (its footer names the sheet) holds
    both the first column's header and the last printed one, so no column spilled onto a page of its own.
    With UPDATE_GOLDEN=1 its first page becomes the README's picture (docs/duibi.png)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_office(xlsx, tmp_path, "pdf") / "indicators.pdf")
    # the text of each page without its line breaks: pdfium may break a line inside a word on one page and not on
    # the next (白石|镇 on the page the 排名 opens on, drawn as the others are)
    texts = [re.sub(r"[\r\n]+", "", pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    mine = [i for i, text in enumerate(texts) if text.lstrip().startswith(f"{H1} ")]  # the footer, &A
    assert len(mine) >= 2  # the table and its 排名 run to more than one page long ...
    mine_targets = [i for i, text in enumerate(texts) if text.lstrip().startswith(f"{TARGETS_H1} ")]
    assert mine_targets
    for i in mine + mine_targets:  # ... but never more than one wide, nor is the targets' table
        assert "计量单位" in texts[i] and "云峰乡" in texts[i] and "平均" in texts[i], i
    first = texts[mine[0]]
    assert "各乡镇主要指标对比表（2025年1-6月）" in first and "party.study_sessions" not in first  # the id is not printed
    page = pdf[mine[0]]
    width, height = page.get_size()
    assert width > height  # landscape
    if os.environ.get("UPDATE_GOLDEN"):
        PICTURE.parent.mkdir(exist_ok=True)
        page.render(scale=1.4).to_pil().quantize(colors=32).save(PICTURE, optimize=True)  # a few colours: small
    assert PICTURE.is_file(), "run UPDATE_GOLDEN=1 make golden (or this test) to draw docs/duibi.png"


# --------------------------------------------------------------------------- 目标对比: the targets of a period

# two written 政府工作报告 delivered early in 2025: they review 2024 and set the goals of 2025
WRITTEN_TARGETS = {
    "甲省2025年政府工作报告.txt": "甲省2025年政府工作报告\n\n一、2024年工作回顾\n全省地区生产总值增长5.2%，城镇新增就业52万人，"
                              "新建高标准农田120万亩。\n二、2025年工作安排\n主要预期目标是：地区生产总值增长6%左右，"
                              "城镇新增就业50万人以上，新建高标准农田100万亩。\n",
    "乙省2025年政府工作报告.txt": "乙省2025年政府工作报告\n\n一、2024年工作回顾\n全省地区生产总值增长4.8%，城镇新增就业30万人。\n"
                              "二、2025年工作安排\n主要预期目标是：地区生产总值增长5.5%，城镇新增就业32万人。\n",
}
TARGETS_2025 = "目标对比 2025年"


@pytest.fixture(scope="module")
def written_targets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("targets")
    for name, text in WRITTEN_TARGETS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(batch.extract_paths([folder]))


def test_the_targets_sheet_is_the_comparison_of_the_targets(book):
    ws, results = book[TARGETS_H1], book[H1]
    assert ws["A1"].value == "各乡镇主要预期目标对比表（2025年1-6月）"
    assert ws["A2"].value == "目标期：2025年1-6月"
    assert [c.value for c in ws[HEADER_ROW]] == [c.value for c in results[HEADER_ROW]]  # the same towns, 合计, 平均
    assert ws.freeze_panes == "B4" and ws.auto_filter.ref.startswith("A3:")
    assert _width(ws, 1) <= workbook.NAME_WIDTH + 1
    toilets = _pivot_rows(ws)["env.toilets"]  # 白石镇: 计划新建改造农村户厕60座
    assert toilets["白石镇"].value == 60 and toilets["合计"].value == 105
    assert toilets["白石镇"].number_format == "#,##0" and toilets["白石镇"].border.left.style == "thin"
    # beside the target, in its comment, the town's result of the row
    assert toilets["白石镇"].comment.text == "实绩（2025年1-6月）：85座（85座）"
    notes = [r[0].value for r in ws.iter_rows() if r[0].value and str(r[0].value).startswith(("目标为", "批注中"))]
    assert notes == ["目标为各报告对2025年1-6月提出的预期目标（主要预期目标、计划、力争等），每格取数规则与“对比”表相同。",
                     "批注中列出同一地区同一指标的实绩（2025年1-6月），以便对照。"]


@pytest.mark.parametrize(("indicator_id", "town", "target", "comment"), [
    ("econ.gdp_growth", "甲省", 6, "上年实绩（2024年）：5.2%（5.2%）"),
    ("econ.gdp_growth", "乙省", 5.5, "上年实绩（2024年）：4.8%（4.8%）"),
    ("emp.urban_new_jobs", "甲省", 500000, "上年实绩（2024年）：520,000人（52万人）"),  # 50万人以上: its lower end
    ("agri.high_standard_farmland", "甲省", 1000000, "上年实绩（2024年）：1,200,000亩（120万亩）"),
    ("agri.high_standard_farmland", "乙省", None, None),  # 乙省 states neither
])
def test_written_targets_stand_beside_last_years_results(written_targets, tmp_path, indicator_id, town, target, comment):
    book = openpyxl.load_workbook(workbook.write_workbook(written_targets, [], tmp_path / "t.xlsx"))
    assert book.sheetnames[:2] == ["对比 2024年", TARGETS_2025]
    ws = book[TARGETS_2025]
    assert (ws["A1"].value, ws["A2"].value) == ("各乡镇主要预期目标对比表（2025年）", "目标期：2025年")
    cell = _pivot_rows(ws)[indicator_id][town]
    assert cell.value == (pytest.approx(target) if target is not None else None)
    assert (cell.comment.text if cell.comment else None) == comment


def test_a_flagged_target_is_marked_as_in_the_comparison(written_targets, tmp_path):
    jia = next(ex for ex in written_targets if ex.report.town == "甲省")
    goal = next(f for f in jia.figures if f.surface == "6%左右")
    flag = Flag("Ftest", "outlier_across_towns", "warning", "明显偏高",
                (FlagItem(jia.report.report_id, goal.start, goal.end, goal.surface, goal.indicator),))
    book = openpyxl.load_workbook(workbook.write_workbook(written_targets, [flag], tmp_path / "f.xlsx"))
    cell = _pivot_rows(book[TARGETS_2025])["econ.gdp_growth"]["甲省"]
    assert cell.fill.fgColor.rgb.endswith("FFEB9C")
    assert cell.comment.text.startswith("上年实绩（2024年）：5.2%（5.2%）\n【疑问·")
    assert cell.comment.text.endswith("\n原句：" + goal.sentence) and goal.sentence.startswith("主要预期目标是：")
    assert any("着色的数字有疑点" in str(r[0].value) for r in book[TARGETS_2025].iter_rows())


def test_no_targets_no_targets_sheet(written_targets, tmp_path):
    review = WRITTEN_TARGETS["乙省2025年政府工作报告.txt"].split("二、")[0]  # the review without its plan part
    (tmp_path / "乙省2025年政府工作报告.txt").write_text(review, encoding="utf-8")
    results_only = list(batch.extract_paths([tmp_path / "乙省2025年政府工作报告.txt"]))
    book = openpyxl.load_workbook(workbook.write_workbook(results_only, [], tmp_path / "n.xlsx"))
    assert book.sheetnames[0] == "对比 2024年"
    assert not any(name.startswith("目标对比") for name in book.sheetnames)
    assert workbook.latest_targets(results_only) is None
    assert workbook.latest_targets(written_targets).period == "2025"


PROVINCIAL = SHARED / "corpora-provincial"

# Real text: provincial 政府工作报告 delivered in 2023 (../shared/corpora-provincial, from each province's own
# site): the 2023 target of 地区生产总值增速 and, in its comment, the 2022 result the same report states
REAL_TARGETS = [
    ("云南省2023年政府工作报告.txt", "云南省", 6, "上年实绩（2022年）：4%（4%左右）"),  # 预计地区生产总值增长4%左右
    ("内蒙古自治区2023年政府工作报告.txt", "内蒙古自治区", 6, "上年实绩（2022年）：4%（4％以上）"),
    ("广东省2023年政府工作报告.txt", "广东省", 5, "上年实绩（2022年）：2%（2%左右）"),  # 增长5%以上
    ("江西省2023年政府工作报告.txt", "江西省", 7, "上年实绩（2022年）：4.7%（4.7%）"),
]


@pytest.fixture(scope="module")
def provincial_targets(tmp_path_factory):
    if not PROVINCIAL.is_dir():
        pytest.skip(f"{PROVINCIAL} not found (the provincial corpus lives in ../shared, outside the repo)")
    corpus = list(batch.extract_paths([PROVINCIAL / name for name, *_ in REAL_TARGETS]))
    return openpyxl.load_workbook(workbook.write_workbook(corpus, [], tmp_path_factory.mktemp("p") / "p.xlsx"))


def test_real_targets_sheet_of_provinces(provincial_targets):
    assert provincial_targets.sheetnames[:2] == ["对比 2022年", "目标对比 2023年"]
    ws = provincial_targets["目标对比 2023年"]
    assert ws["A1"].value == "各乡镇主要预期目标对比表（2023年）"
    assert [c.value for c in ws[HEADER_ROW]][2:6] == sorted(town for _, town, *_ in REAL_TARGETS)


@pytest.mark.parametrize(("file", "town", "target", "comment"), REAL_TARGETS, ids=[r[1] for r in REAL_TARGETS])
def test_real_targets_stand_beside_last_years_results(provincial_targets, file, town, target, comment):
    cell = _pivot_rows(provincial_targets["目标对比 2023年"])["econ.gdp_growth"][town]
    assert cell.value == target
    assert cell.comment.text.split("\n")[0] == comment
