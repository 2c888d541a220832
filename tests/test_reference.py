"""Official figures beside reported ones (pipeline/reference/): a bureau's table and the 统计公报 as reference,
the check 报告数与统计数不一致, the 对比 and 核对 sheets.

Real pairs: the national 政府工作报告 delivered early in Y+1 restates Y's headline figures from Y's
统计公报 (../shared, read at run time; skipped without it)."""

from __future__ import annotations

import csv
import json
import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import regex
from typer.testing import CliRunner

from pipeline import batch, reference, rules
from pipeline.cli import app

from .conftest import NATIONAL, SHARED

# ../shared beside the checkout; ZHIBIAO_SHARED=/path/to/shared where the checkout is elsewhere (a worktree)
SHARED_DIR = Path(os.environ.get("ZHIBIAO_SHARED") or SHARED)
OFFICIAL = SHARED_DIR / "official-statistics"
NATIONAL_REPORTS = SHARED_DIR / NATIONAL.relative_to(SHARED)
# the report delivered in Y+1 reviews Y: (delivered, reviewed)
PAIRS = [(y + 1, y) for y in range(2019, 2024)]


# --------------------------------------------------------------------------- rounding


@pytest.mark.parametrize(("reported", "official", "agrees"), [
    ("134.9万亿元", "1349084亿元", True),       # the report rounds to 0.1万亿
    ("135万亿元", "1349084亿元", True),
    ("134.8万亿元", "1349084亿元", False),
    ("5%", "5.0%", True),                        # 增长5% with 5.0%
    ("5%", "5.4%", True),                        # the report rounds to whole points
    ("5%", "5.6%", False),
    ("5.2%", "5.3%", False),                     # both to 0.1: no shared value
    ("5.2％", "5.2%", True),                     # full-width percent sign
    ("超过126万亿元", "1260582亿元", True),      # a lower bound: anything from 126万亿 up
    ("超过126万亿元", "1250000亿元", False),
    ("近600万人", "590万人", True),              # an upper bound
    ("近600万人", "660万人", False),
    ("约5万元", "5.4万元", True),                # about: within checks.yaml about_tolerance
    ("1.39万亿斤", "69541万吨", True),           # 粮食产量 in 斤 and in 吨 (2023)
    ("1.46万亿斤", "69541万吨", False),          # the same, 5% up
    ("1244万人", "1244万人", True),
    ("1300万人", "1244万人", False),
    ("12.5亿元", "125000万元", True),
    ("12.5亿元", "13.1亿元", False),
])
def test_rounding_either_side_uses(reported, official, agrees):
    assert reference.agree(reported, official) is agrees


def test_figures_in_different_units_are_not_compared():
    assert reference.agree("5%", "5个百分点") is None


# --------------------------------------------------------------------------- bureau tables


COUNTY = {  # a fictional county's towns: report text, and what the bureau's table says
    "青山镇": "全镇实现地区生产总值12.5亿元，同比增长6.1%。完成工业总产值8.2亿元。一般公共预算收入5600万元。",
    "绿水乡": "全乡实现地区生产总值9.5亿元，同比增长5.8%。一般公共预算收入3200万元。农村居民人均可支配收入21800元。",
    "白云街道": "白云街道实现地区生产总值15.3亿元，增长6.1%。一般公共预算收入8100万元。",
}
TABLE = [  # 地区, 时期, 指标, 数值, 单位, 备注; the result expected for the town's figure
    ("青山镇", "2024", "地区生产总值", "125000", "万元", "", "一致"),
    ("青山镇", "2024", "地区生产总值增速", "6.1", "%", "", "一致"),
    ("青山镇", "2024", "规模以上工业总产值", "7.1", "亿元", "", "口径不同"),   # the report's is of all industry
    ("青山镇", "2024", "一般公共预算收入", "5600", "万元", "", "一致"),
    ("绿水乡", "2024", "地区生产总值", "9.0", "亿元", "初步核算", "不一致"),     # planted: the report's is 5.6% higher
    ("绿水乡", "2024", "地区生产总值增长", "5.8", "%", "", "一致"),
    ("绿水乡", "2024", "农村居民人均可支配收入", "21800", "元", "", "一致"),
    ("白云街道", "2024", "地区生产总值", "15.3", "亿元", "", "一致"),
    ("白云街道", "2024", "地区生产总值增速", "5.1", "%", "", "不一致"),          # planted: a point off
    ("白云街道", "2024", "一般公共预算收入", "8100", "万元", "", "一致"),
    ("白云街道", "2024", "常住人口", "3.2", "万人", "", None),                  # the report does not say
]


def _write_county(folder: Path) -> tuple[Path, Path]:
    reports = folder / "reports"
    reports.mkdir()
    for town, text in COUNTY.items():
        (reports / f"{town}2024年工作总结.txt").write_text(f"{town}2024年工作总结\n2024年，{text}\n", encoding="utf-8")
    table = folder / "统计局乡镇数据.csv"
    with open(table, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["地区", "时期", "指标", "数值", "单位", "备注"])
        writer.writerows(row[:6] for row in TABLE)
    return reports, table


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """The county run with its bureau's table: `zhibiao run reports --reference table.csv`."""
    folder = tmp_path_factory.mktemp("county")
    reports, table = _write_county(folder)
    out = folder / "out"
    done = CliRunner().invoke(app, ["run", str(reports), "--reference", str(table), "--out", str(out), "--jobs", "1"])
    return folder, out, done


def test_a_bureau_table_with_chinese_headers_loads(tmp_path):
    _, table = _write_county(tmp_path)
    loaded = reference.load(table)
    assert loaded.problems == []
    assert [(o.area, o.period, o.label, o.surface) for o in loaded.officials] == [
        (r[0], r[1], r[2], r[3] + r[4]) for r in TABLE]
    assert all(o.indicator_id for o in loaded.officials)
    assert {o.status for o in loaded.officials if o.area == "绿水乡" and o.label == "地区生产总值"} == {"preliminary"}
    gdp = next(o for o in loaded.officials if o.area == "青山镇" and o.label == "地区生产总值")
    assert (gdp.value_norm, gdp.unit_norm) == (1_250_000_000, "元")


def test_an_xlsx_table_with_english_headers_and_ids_loads(tmp_path):
    path = tmp_path / "bureau.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["area", "period", "indicator", "value", "unit"])
    sheet.append(["青山镇", 2024, "econ.gdp", 12.5, "亿元"])
    sheet.append(["青山镇", "2024H1", "地区生产总值", "6.1亿元", ""])  # the unit in the value cell
    book.save(path)
    loaded = reference.load(path)
    assert loaded.problems == []
    assert [(o.period, o.indicator_id, o.value_norm) for o in loaded.officials] == [
        ("2024", "econ.gdp", 1_250_000_000), ("2024H1", "econ.gdp", 610_000_000)]


@pytest.mark.parametrize(("written", "code"), [
    ("2024", "2024"), ("2024年", "2024"), ("2025年1-6月", "2025H1"), ("2025年上半年", "2025H1"), ("2025年1-9月", "2025M1-M9"),
])
def test_periods_as_the_bureau_writes_them(written, code):
    assert reference.read_period(written) == code


@pytest.mark.parametrize(("content", "error"), [
    ("乡镇,年份,数值\n青山镇,2024,12.5\n", "no column for indicator"),
    ("", "cannot read as a table"),
])
def test_a_table_that_cannot_be_read_says_why_in_one_line(tmp_path, content, error):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(reference.ReferenceError, match=error) as e:
        reference.load(path)
    assert "\n" not in str(e.value)


def test_bad_rows_are_named_not_dropped_in_silence(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("地区,时期,指标,数值,单位\n青山镇,2024,地区生产总值,—,亿元\n青山镇,二四年,地区生产总值,12.5,亿元\n"
                    "青山镇,2024,地区生产总值,12.5,亿元\n", encoding="utf-8")
    loaded = reference.load(path)
    assert len(loaded.officials) == 1
    assert [p.split(":")[1].strip() for p in loaded.problems] == ["row 2", "row 3"]


def test_the_county_run_flags_each_planted_difference_and_nothing_else(county):
    _, out, done = county
    assert done.exit_code == 0, done.output
    with open(out / "flags.csv", encoding="utf-8-sig") as f:
        flags = list(csv.DictReader(f))
    mine = {(r["town"], r["indicator_id"], r["surface"]) for r in flags if r["check"] == "report_vs_official"}
    assert mine == {("绿水乡", "econ.gdp", "9.5亿元"), ("白云街道", "econ.gdp_growth", "6.1%")}
    message = next(r["message"] for r in flags if r["town"] == "绿水乡" and r["check"] == "report_vs_official")
    for part in ("报告数与统计数不一致", "9.5亿元", "9.0亿元", "统计局乡镇数据.csv", "绿水乡2024年工作总结", "初步核算",
                 "实现地区生产总值9.5亿元"):
        assert part in message


def test_the_county_workbook_shows_official_figures_beside_and_every_pair_in_the_check_sheet(county):
    _, out, _ = county
    book = openpyxl.load_workbook(out / "indicators.xlsx")
    rows = list(book.worksheets[0].iter_rows(values_only=True))  # 对比 of the latest period
    header = rows[2]  # under the title and 报告期
    for town in COUNTY:
        assert f"{town} 统计数" in header and f"{town} 差异" in header
    by_id = {r[-1]: dict(zip(header, r)) for r in rows[3:] if r[0]}
    assert by_id["econ.gdp"]["计量单位"] == "亿元"  # money in 亿元 where the row reaches 1亿
    assert by_id["econ.gdp"]["绿水乡 统计数"] == 9
    assert by_id["econ.gdp"]["绿水乡 差异"] == 0.5
    assert by_id["econ.gdp"]["青山镇 统计数"] == by_id["econ.gdp"]["青山镇"] == 12.5
    assert [r for r in by_id.values() if r["白云街道 统计数"] == 32_000]  # a figure only the bureau gives
    checked = list(book["核对"].iter_rows(values_only=True))
    results = {(r[3], r[5]): r[0] for r in checked[1:]}
    lexicon_ids = {o.label: o.indicator_id for o in reference.load(out.parent / "统计局乡镇数据.csv").officials}
    expected = {(town, lexicon_ids[name]): result for town, _, name, *_, result in TABLE if result}
    # a pair of different calibers is keyed by the report's indicator (工业总产值), not the bureau's
    assert {k: v for k, v in results.items() if v != "口径不同"} == {k: v for k, v in expected.items() if v != "口径不同"}
    assert sorted(t for (t, _), v in results.items() if v == "口径不同") == ["青山镇"]


def test_compare_accepts_reference_files_and_shows_them(county):
    folder, out, _ = county
    done = CliRunner().invoke(app, ["compare", "--db", str(out / "zhibiao.duckdb"),
                                    "--reference", str(folder / "统计局乡镇数据.csv")])
    assert done.exit_code == 0, done.output
    assert "统计数对照" in done.stdout
    assert "9亿元 / 5000万元（5.6%） / 不一致" in done.stdout


def test_a_missing_reference_file_is_a_usage_error(tmp_path):
    done = CliRunner().invoke(app, ["run", str(tmp_path), "--reference", str(tmp_path / "none.csv"),
                                    "--out", str(tmp_path / "out")])
    assert done.exit_code == 2
    assert done.output.strip().startswith("zhibiao: error: --reference") and "no such file" in done.output


def test_a_broken_reference_check_entry_names_its_key(rules_copy):
    path = rules_copy / "checks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("{official_sentence}", "{official_text}"), encoding="utf-8")
    rules.clear_caches()
    with pytest.raises(rules.RuleError, match=r"reference_checks\.report_vs_official\.message: unknown field"):
        reference.compare([], [])


# --------------------------------------------------------------------------- the national pairs


def _national(tmp_path: Path) -> dict[int, Path]:
    """The national reports with a year, saved as 2021年国务院政府工作报告.txt with the title on line 1."""
    if not NATIONAL_REPORTS.is_file() or not OFFICIAL.is_dir():
        pytest.skip(f"national reports or communiqués not found under {SHARED_DIR} (they live in ../shared)")
    out = {}
    for line in NATIONAL_REPORTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("year"):
            path = tmp_path / f"{row['year']}年国务院政府工作报告.txt"
            path.write_text(row["title"] + "\n" + row["content"], encoding="utf-8")
            out[int(row["year"])] = path
    return out


def _communique(year: int) -> Path:
    return OFFICIAL / f"中华人民共和国{year}年国民经济和社会发展统计公报.txt"


def _pairs(tmp_path):
    """(reviewed year, report extraction, communiqué figures) for each report/communiqué pair in ../shared."""
    reports = _national(tmp_path)
    out = []
    for delivered, year in PAIRS:
        if delivered in reports and _communique(year).is_file():
            path = reports[delivered]
            # the report delivered early in Y+1 reviews Y (passed through the manifest, as the fixed
            # ingest reads it from the delivery date)
            ex = batch.extract_one(path, path.stem, {path.name: {"period": str(year)}})
            out.append((year, ex, reference.load(_communique(year)).officials))
    return out


@pytest.fixture(scope="module")
def national_pairs(tmp_path_factory):
    return _pairs(tmp_path_factory.mktemp("national"))


def test_a_communique_is_read_by_the_same_engine_and_marked_official(national_pairs):
    for year, _, officials in national_pairs:
        assert officials and {o.kind for o in officials} == {reference.COMMUNIQUE}
        assert {o.period for o in officials} == {str(year)}
        gdp = [o for o in officials if o.indicator_id == "econ.gdp" and "国内生产总值" in o.label]
        assert gdp and gdp[0].status == "preliminary"  # 初步核算，全年国内生产总值…


def test_the_national_reports_agree_with_their_communiques(national_pairs):
    """Every headline pair found agrees (no false flag), and each year has its headline pairs."""
    assert len(national_pairs) >= 4  # 2020 to 2023 (the 2020 report, reviewing 2019, is not in ../shared)
    for year, ex, officials in national_pairs:
        found = reference.compare([ex], officials)
        assert [(c.figure.surface, c.official.surface) for c in found if c.result == reference.DIFFER] == [], year
        agreeing = {c.figure.indicator_id for c in found if c.result == reference.AGREE}
        assert {"emp.urban_new_jobs", "emp.surveyed_unemployment_rate"} <= agreeing, year
        assert len(agreeing) >= 3, (year, agreeing)
        assert reference.flags(found) == []


def _plant(text: str, start: int, end: int, surface: str, rate: bool) -> str:
    """The text with the figure at start:end changed: a rate one point up, a level 5% up (its own rounding kept)."""
    m = regex.search(r"[0-9]+(?:\.[0-9]+)?", surface)
    digits = Decimal(m[0])
    places = -digits.as_tuple().exponent if "." in m[0] else 0
    new = digits + 1 if rate else digits * Decimal("1.05")
    new_text = f"{new:.{places}f}"
    if not rate and Decimal(new_text) == digits:  # 5% of a coarse figure lost in its rounding
        new_text = f"{digits + Decimal(1).scaleb(-places):.{places}f}"
    planted = surface[: m.start()] + new_text + surface[m.end() :]
    return text[:start] + planted + text[end:]


def test_every_planted_difference_is_caught_and_the_controls_raise_nothing(national_pairs, tmp_path):
    n_planted = 0
    for year, ex, officials in national_pairs:
        agreeing = [c for c in reference.compare([ex], officials) if c.result == reference.AGREE]
        # a planted figure must contradict the official one: 超过800万人次 (1341万) stays true 5% up, and
        # 1200万人左右 within 10%
        planted_at = [c for c in agreeing if not c.figure.approx
                      or (c.figure.approx == "lower" and c.figure.value_norm * 1.04 > c.official.value_norm)]
        for c in planted_at:
            f = c.figure
            text = _plant(ex.report.text, f.start, f.end, f.surface, reference.is_rate(f.unit_norm))
            path = tmp_path / f"{year}-{f.start}.txt"
            path.write_text(text, encoding="utf-8")
            planted = batch.extract_one(path, path.stem, {path.name: {"period": str(year)}})
            found = reference.compare([planted], officials)
            differ = [d.figure.start for d in found if d.result == reference.DIFFER]
            assert differ == [f.start], (year, f.surface, planted.report.text[f.start : f.end + 2])
            flag = reference.flags(found)
            assert len(flag) == 1 and c.official.surface in flag[0].message
            # a rate a point off is an error; a level 5% up is one or a warning, by where its rounding lands
            assert flag[0].severity == "error" if reference.is_rate(f.unit_norm) and not c.gap else flag[0].severity in (
                "error", "warning")
            n_planted += 1
    assert n_planted >= 12


# --------------------------------------------------------------------------- the store


def test_official_figures_are_stored_beside_the_reports_and_replaced_by_source(tmp_path):
    from pipeline import store

    _, table = _write_county(tmp_path)
    officials = reference.load(table).officials
    db = tmp_path / "z.duckdb"
    with store.Store(db) as st:
        st.replace_officials(officials)
        first = st.fingerprint()
        st.replace_officials(officials)  # the same file again: the same rows, not twice
        assert st.fingerprint() == first
        assert st.officials() == officials
        st.replace_officials(officials[:2])  # a new version of the file replaces the old one whole
        assert st.officials() == officials[:2]
        assert st.counts()["official_figures"] == 2


def test_a_store_written_before_official_figures_reads_as_having_none(tmp_path):
    import duckdb

    from pipeline import store

    db = tmp_path / "old.duckdb"
    with store.Store(db):
        pass
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE official_figures")
    con.close()
    with store.Store(db, read_only=True) as st:
        assert st.officials() == []
        assert "official_figures" not in st.counts()


@pytest.mark.parametrize(("reported", "result", "compared_with", "in_note"), [
    ("9.5亿元", "一致", "9.5亿元", "另有初步核算数9.0亿元"),      # agrees with the revised figure
    ("9.0亿元", "一致", "9.0亿元", "另有核实数9.5亿元"),          # written before the revision: noted, not flagged
    ("9.2亿元", "不一致", "9.5亿元", "另有初步核算数9.0亿元"),    # neither: compared with the revised one
])
def test_preliminary_and_revised_figures_are_told_apart(tmp_path, reported, result, compared_with, in_note):
    report = tmp_path / "绿水乡2024年工作总结.txt"
    report.write_text(f"绿水乡2024年工作总结\n2024年，全乡实现地区生产总值{reported}。\n", encoding="utf-8")
    first, final = tmp_path / "快报.csv", tmp_path / "年报.csv"
    first.write_text("地区,时期,指标,数值,单位,备注\n绿水乡,2024,地区生产总值,9.0,亿元,初步核算\n", encoding="utf-8")
    final.write_text("地区,时期,指标,数值,单位,备注\n绿水乡,2024,地区生产总值,9.5,亿元,最终核实\n", encoding="utf-8")
    officials = reference.load(first).officials + reference.load(final).officials
    [found] = reference.compare([batch.extract_one(report, report.stem)], officials)
    assert (found.result, found.official.surface) == (result, compared_with)
    assert in_note in found.note


@pytest.mark.parametrize(("sentence", "row", "expected"), [
    # the report's own town name and verbs are no subject: the bureau's row is the same measure
    ("青山镇实现地区生产总值12.5亿元。", "地区生产总值,12.5,亿元", "一致"),
    ("全镇完成地区生产总值13.5亿元。", "地区生产总值,12.5,亿元", "不一致"),
    # a part of it (its products, a per-capita value) is not: no pair
    ("电动汽车、锂电池、光伏产品出口增长30%。", "出口增长,5.0,%", None),          # 2024 report: 新三样 vs all exports
    ("全镇人均地区生产总值8.5万元。", "地区生产总值,12.5,亿元", None),
    # a real sentence of the 2024 national report against its bureau's figure, and the same a point off
    ("居民消费价格上涨0.2%。", "居民消费价格上涨,0.2,%", "一致"),
    ("居民消费价格上涨1.2%。", "居民消费价格上涨,0.2,%", "不一致"),
])
def test_what_a_report_label_names_decides_the_pair(tmp_path, sentence, row, expected):
    report = tmp_path / "青山镇2024年工作总结.txt"
    report.write_text(f"青山镇2024年工作总结\n2024年，{sentence}\n", encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text(f"地区,时期,指标,数值,单位\n青山镇,2024,{row}\n", encoding="utf-8")
    found = reference.compare([batch.extract_one(report, report.stem)], reference.load(table).officials)
    assert [c.result for c in found] == ([expected] if expected else [])


def test_a_table_cell_in_a_unit_the_figure_rules_do_not_read_keeps_its_number(tmp_path):
    path = tmp_path / "港口.csv"
    path.write_text("地区,时期,指标,数值,单位\n青山镇,2024,集装箱吞吐量,12.5,标准箱\n", encoding="utf-8-sig")
    loaded = reference.load(path)  # read, not an AttributeError; and named as a row of no known indicator
    assert [(o.value, o.unit) for o in loaded.officials] == [(12.5, "标准箱")]
    assert loaded.problems == ["港口.csv: row 2: indicator '集装箱吞吐量' (标准箱) matches no canonical indicator "
                               "(rules/indicators.yaml)"]
