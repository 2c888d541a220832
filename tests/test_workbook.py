"""indicators.xlsx, read back with openpyxl (and opened by LibreOffice where it is installed)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import openpyxl
import pytest

from pipeline import workbook


@pytest.fixture(scope="module")
def xlsx(corpus, flags, tmp_path_factory):
    return workbook.write_workbook(corpus, flags, tmp_path_factory.mktemp("wb") / "indicators.xlsx")


@pytest.fixture(scope="module")
def book(xlsx):
    return openpyxl.load_workbook(xlsx)


def _width(ws, column: int) -> float:
    """The width of a column (XlsxWriter writes columns of equal width as one range)."""
    return next(d.width for d in ws.column_dimensions.values() if d.min <= column <= d.max)


def _rows(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2)]


def test_sheets(book):
    # the latest period first; of two that end together, the longer first
    assert book.sheetnames == ["对比", "对比 2025", "对比 2025H1", "对比 2024", "对比 2024H2", "明细", "疑点", "报告"]


def test_every_sheet_has_a_frozen_header_filters_and_fitted_widths(book):
    for ws in book.worksheets:
        assert ws.freeze_panes in ("B2", "D2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        widths = [_width(ws, c) for c in range(1, ws.max_column + 1)]
        assert all(6 <= w <= 62 for w in widths), (ws.title, widths)
    detail = book["明细"]
    assert _width(detail, 5) > 60 and _width(detail, 3) < 15  # 原句 as wide as allowed, 期间 narrow


def test_the_latest_period_pivot_has_towns_as_columns(book):
    ws = book["对比 2025H1"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["指标编号", "指标", "单位"]
    assert header[3:] == ["白石镇", "河西镇", "柳溪镇", "龙潭镇", "石门街道", "松岭乡", "桃源乡", "统溪河镇", "云峰乡"]
    fines = next(r for r in _rows(ws) if r["指标编号"].value == "safety.fines")
    assert fines["白石镇"].value == 28000 and fines["统溪河镇"].value == 100000
    assert [c.value for c in book["对比"][1]] == [c.value for c in book["对比 2025"][1]]


def test_numbers_are_numbers_with_thousands_separators(book):
    ws = book["对比 2025H1"]
    fines = next(r for r in _rows(ws) if r["指标编号"].value == "safety.fines")
    cell = fines["白石镇"]
    assert cell.data_type == "n" and isinstance(cell.value, (int, float))
    assert cell.number_format == "#,##0"
    yields = [r["标准值"] for r in _rows(book["明细"]) if r["原文"].value == "1050斤"]
    assert yields[0].value == pytest.approx(0.525) and yields[0].number_format == "#,##0.0##"


def test_flagged_cells_are_filled_and_quote_the_source_sentence(book):
    ws = book["对比 2025H1"]
    fines = next(r for r in _rows(ws) if r["指标编号"].value == "safety.fines")
    cell = fines["松岭乡"]
    assert cell.value == 2_300_000
    assert cell.fill.fgColor.rgb.endswith("FFEB9C")  # a warning
    assert "outlier_across_towns" in cell.comment.text
    assert cell.comment.text.endswith("\n原句：开展执法行动5次，罚款230万元；")
    assert fines["白石镇"].comment is None and fines["白石镇"].fill.fgColor.rgb in (None, "00000000")

    detail = {(r["report_id"].value, r["原文"].value): r for r in _rows(book["明细"])}
    full_year = detail[("tongxihe-2025h1", "191万元")]
    assert full_year["原文"].fill.fgColor.rgb.endswith("FFEB9C")
    assert "全年发放城乡低保、特困供养、临时性救助" in full_year["原文"].comment.text
    assert full_year["疑点"].value.startswith("F")


def test_flags_sheet_has_one_row_per_flagged_figure(book, flags):
    rows = _rows(book["疑点"])
    assert len(rows) == sum(len(f.items) for f in flags)
    copied = [r for r in rows if r["检查"].value == "copied_across_towns"]
    assert {r["report_id"].value for r in copied} == {"songling-2025h1", "yunfeng-2025h1"}
    assert len({r["flag_id"].value for r in copied}) == 1
    assert all(r["说明"].value for r in rows)


def test_reports_sheet(book, corpus):
    rows = {r["report_id"].value: r for r in _rows(book["报告"])}
    assert len(rows) == len(corpus)
    assert rows["songling-2025h1"]["状态"].value == "ok" and rows["songling-2025h1"]["疑点"].value >= 10
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
    book = openpyxl.load_workbook(workbook.write_workbook([], [], tmp_path / "empty.xlsx"))
    assert book.sheetnames == ["对比", "明细", "疑点", "报告"]


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
def test_libreoffice_opens_every_sheet(xlsx, tmp_path):
    """Headless LibreOffice converts each sheet to CSV: the file opens, and what it shows is what was written."""
    out = tmp_path / "csv"
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"  # as shown, all sheets
    result = subprocess.run(
        [OFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", every_sheet, "--outdir", str(out), str(xlsx)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    sheets = {p.stem.removeprefix("indicators-"): p.read_text(encoding="utf-8") for p in out.glob("*.csv")}
    assert set(sheets) == set(openpyxl.load_workbook(xlsx).sheetnames)
    assert sheets["对比 2025H1"].splitlines()[0].startswith("指标编号,指标,单位,白石镇,河西镇")
    fines = next(line for line in sheets["对比 2025H1"].splitlines() if line.startswith("safety.fines,"))
    assert '"28,000"' in fines and '"2,300,000"' in fines  # shown with thousands separators
