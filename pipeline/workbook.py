"""The analysts' workbook, indicators.xlsx: pivots, every figure, every flag, every report.

Sheets
  对比            the towns of the latest period side by side (pivot.by_town)
  对比 <period>   the same for each period, latest first
  明细            every figure, with report, section, sentence, raw and canonical indicator
  疑点            every flag, one row per flagged figure (rows of one flag share its flag_id)
  报告            every report with its status and counts
  核对            every report figure compared with an official one (--reference), agreeing or not
                  (with official figures, the 对比 sheets show 统计数 and 差异 beside each town that has them)

Every sheet has a frozen header row, filters and column widths fitted to its
content; numbers are stored as numbers, with thousands separators. Flagged
cells are filled (by severity) and carry a comment with the flag's message and
the source sentence. Text is always written as text, and text that starts like a
formula is neutralised with export.safe_cell. The file is written under a
temporary name and renamed, and its document properties carry a fixed date, so
the same input gives the same bytes.
"""

from __future__ import annotations

import datetime
import os
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import xlsxwriter

from . import pivot, reference
from .export import safe_cell
from .model import Extraction, Flag

MAX_WIDTH = 60
FILLS = {"error": "#FFC7CE", "warning": "#FFEB9C", "info": "#DDEBF7"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_FIXED_DATE = datetime.datetime(2025, 1, 1)
_COMMENT_MAX = 1500  # characters of a cell comment; sentences are cut to fit


def _width(value: object) -> int:
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class _Sheet:
    """One worksheet written row by row, with the widths of its columns tracked."""

    def __init__(self, book: _Book, name: str, header: Sequence[str]):
        self.book, self.ws = book, book.wb.add_worksheet(name)
        self.header = list(header)
        self.widths = [_width(h) + 4 for h in header]  # room for the filter button
        self.row = 0
        for col, text in enumerate(header):
            self.ws.write_string(0, col, text, book.fmt["header"])

    def add(self, values: Sequence[object], marks: dict[int, tuple[str | None, str | None]] | None = None) -> None:
        """A row; ``marks`` maps a column to (severity to fill by, comment), either may be None."""
        self.row += 1
        for col, value in enumerate(values):
            severity, comment = (marks or {}).get(col, (None, None))
            self._cell(col, value, severity)
            if comment:
                self.ws.write_comment(self.row, col, comment[:_COMMENT_MAX],
                                      {"author": "zhibiao", "x_scale": 3, "y_scale": 2.5})
            self.widths[col] = max(self.widths[col], min(_width(value if value is not None else ""), MAX_WIDTH))

    def _cell(self, col: int, value: object, severity: str | None) -> None:
        book = self.book
        if value is None or value == "":
            if severity:
                self.ws.write_blank(self.row, col, None, book.fmt[f"text_{severity}"])
            return
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value != value or value in (float("inf"), float("-inf")):  # NaN or infinite: not a number Excel takes
                self.ws.write_string(self.row, col, str(value))
                return
            kind = "int" if float(value).is_integer() else "dec"
            self.ws.write_number(self.row, col, value, book.fmt[f"{kind}_{severity}" if severity else kind])
            return
        fmt = book.fmt[f"text_{severity}"] if severity else None
        self.ws.write_string(self.row, col, str(safe_cell(str(value))), fmt)

    def finish(self, freeze_cols: int = 0) -> None:
        self.ws.freeze_panes(1, freeze_cols)
        self.ws.autofilter(0, 0, max(self.row, 1), len(self.header) - 1)
        for col, width in enumerate(self.widths):
            self.ws.set_column(col, col, min(width, MAX_WIDTH) + 1)


class _Book:
    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.wb = xlsxwriter.Workbook(str(self.tmp), {
            "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
        })
        self.wb.set_properties({"title": "zhibiao 指标表", "author": "zhibiao", "created": _FIXED_DATE})
        base = {"font_name": "等线", "font_size": 11}
        self.fmt = {
            "header": self.wb.add_format({**base, "bold": True, "bg_color": "#D9D9D9", "bottom": 1, "text_wrap": True,
                                          "valign": "top"}),
            "int": self.wb.add_format({**base, "num_format": "#,##0"}),
            "dec": self.wb.add_format({**base, "num_format": "#,##0.0##"}),
        }
        for severity, color in FILLS.items():
            self.fmt[f"int_{severity}"] = self.wb.add_format({**base, "num_format": "#,##0", "bg_color": color})
            self.fmt[f"dec_{severity}"] = self.wb.add_format({**base, "num_format": "#,##0.0##", "bg_color": color})
            self.fmt[f"text_{severity}"] = self.wb.add_format({**base, "bg_color": color})

    def sheet(self, name: str, header: Sequence[str]) -> _Sheet:
        return _Sheet(self, name, header)

    def close(self) -> Path:
        try:
            self.wb.close()
            os.replace(self.tmp, self.path)
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise
        return self.path


def _worst(flags: Iterable[Flag]) -> str:
    return min((f.severity for f in flags), key=lambda s: SEVERITY_RANK.get(s, 9))


def _comment(flags: Sequence[Flag], sentence: str) -> str:
    lines = [f"【{f.severity}·{f.check}】{f.message}" for f in flags]
    lines.append(f"原句：{sentence}")
    return "\n".join(lines)


def _pivot_sheet(book: _Book, name: str, p: pivot.Pivot, official: reference.Beside | None = None) -> None:
    """The pivot; with ``official``, 统计数 and 差异 (报告数 minus 统计数) beside each column that has them."""
    wide = [c in official.columns if official else False for c in p.columns]
    header = p.header()[:3]
    for column, w in zip(p.columns, wide):
        header += [column, f"{column} 统计数", f"{column} 差异"] if w else [column]
    sheet = book.sheet(name, header)
    for key in [*p.rows, *(official.extra_rows if official else ())]:
        cells = [p.cells.get((key, c)) for c in p.columns]
        marks: dict[int, tuple[str | None, str | None]] = {}
        values: list[object] = [key[0], p.row_name(key), key[1]]
        for column, cell, w in zip(p.columns, cells, wide):
            if cell is not None and cell.flags:
                marks[len(values)] = (_worst(cell.flags), _comment(cell.flags, cell.figure.sentence))
            elif cell is not None and cell.note:
                marks[len(values)] = (None, cell.note)
            values.append(cell.value if cell else None)
            if w:
                o, cmp = official.cells.get((key, column), (None, None))
                if o is not None:
                    marks[len(values)] = (None, reference.comment(o, cmp))
                if cmp is not None and cmp.result == reference.DIFFER:
                    marks[len(values) + 1] = (cmp.severity, None)
                gap = cmp.gap if cmp is not None else (cell.value - o.value_norm if cell and o else None)
                values += [o.value_norm if o else None, gap]
        sheet.add(values, marks)
    sheet.finish(freeze_cols=3)


def _sheet_name(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ ."""
    for c in "[]:*?/\\":
        text = text.replace(c, "-")
    return text[:31]


FIGURE_HEADER = ("report_id", "乡镇", "期间", "章节", "原句", "原文", "数值", "单位", "标准值", "标准单位", "原始指标",
                 "指标编号", "标准指标", "主体", "所属期间", "类型", "起", "止", "疑点")
FLAG_HEADER = ("flag_id", "检查", "严重程度", "report_id", "乡镇", "期间", "原文", "原始指标", "标准指标", "说明", "原句",
               "核实状态", "核实结果")  # the last two: the analyst's (pipeline/corrections.py reads them back)
CHECK_HEADER = ("结果", "严重程度", "report_id", "乡镇", "期间", "指标编号", "标准指标", "单位", "报告数", "统计数", "差异",
                "差异率%", "报告原文", "统计原文", "统计来源", "说明", "报告原句", "统计原文所在句")
REPORT_HEADER = ("report_id", "乡镇", "期间", "标题", "文件", "状态", "说明", "数字", "已归入标准指标", "疑点")


def write_workbook(extractions: Iterable[Extraction], flags: Iterable[Flag], path: Path,
                   comparisons: Iterable[reference.Comparison] = (),
                   officials: Iterable[reference.Official] = (), expected_towns: Sequence[str] = (),
                   corrected: dict[tuple[str, int, int], str] | None = None) -> Path:
    """indicators.xlsx for these reports and flags (usually the whole store), with the official figures
    (``officials``, --reference) beside the reported ones where ``comparisons`` or the officials give them."""
    extractions = sorted(extractions, key=lambda ex: ex.report.report_id)
    flags = list(flags)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = _Book(path)

    comparisons, officials = list(comparisons), list(officials)

    def town_sheet(name: str, period: str) -> None:
        p = pivot.by_town(extractions, flags, period, expected_towns=expected_towns)
        official = reference.beside(p, officials, comparisons, period=period) if officials or comparisons else None
        _pivot_sheet(book, name, p, official)

    all_periods = pivot.periods_of(extractions)
    if all_periods:
        town_sheet("对比", all_periods[-1])
        for period in reversed(all_periods):
            town_sheet(_sheet_name(f"对比 {period}"), period)
    else:
        book.sheet("对比", ["指标编号", "指标", "单位"]).finish(freeze_cols=3)

    by_figure: dict[tuple[str, int, int], list[Flag]] = {}
    for flag in flags:
        for item in flag.items:
            by_figure.setdefault((item.report_id, item.start, item.end), []).append(flag)
    figures = {(ex.report.report_id, f.start, f.end): (ex, f) for ex in extractions for f in ex.figures}

    detail = book.sheet("明细", FIGURE_HEADER)
    for ex in extractions:
        r = ex.report
        for f in sorted(ex.figures, key=lambda f: (f.start, f.end)):
            mine = by_figure.get((r.report_id, f.start, f.end), [])
            mark = (_worst(mine), _comment(mine, f.sentence)) if mine else None
            detail.add(
                [r.report_id, r.town, r.period, f.section_path or f.section, f.sentence, f.surface, f.value, f.unit,
                 f.value_norm, f.unit_norm, f.indicator, f.indicator_id, f.indicator_name, f.entity, f.scope_period,
                 f.kind, f.start, f.end, " ".join(fl.flag_id for fl in mine)],
                {5: mark, 8: (mark[0], None)} | _corrected(corrected, r.report_id, f) if mark
                else _corrected(corrected, r.report_id, f) or None,
            )
    detail.finish(freeze_cols=1)

    doubts = book.sheet("疑点", FLAG_HEADER)
    for flag in flags:
        for item in flag.items:
            ex, f = figures.get((item.report_id, item.start, item.end), (None, None))
            r = ex.report if ex else None
            doubts.add([flag.flag_id, flag.check, flag.severity, item.report_id, r.town if r else None,
                        r.period if r else None, item.surface, item.indicator, f.indicator_name if f else None,
                        flag.message, f.sentence if f else None, flag.status, flag.note], {2: (flag.severity, None)})
    doubts.finish(freeze_cols=1)

    reports = book.sheet("报告", REPORT_HEADER)
    n_flags: dict[str, int] = {}
    for flag in flags:
        for rid in {i.report_id for i in flag.items}:
            n_flags[rid] = n_flags.get(rid, 0) + 1
    for ex in extractions:
        r = ex.report
        reports.add([r.report_id, r.town, r.period, r.title, r.path, r.status,
                     r.message, len(ex.figures), sum(1 for f in ex.figures if f.indicator_id),
                     n_flags.get(r.report_id, 0)],
                    {5: ("error", None)} if r.status != "ok" else None)
    reports.finish(freeze_cols=1)
    if comparisons or officials:
        _check_sheet(book, comparisons)
    return book.close()


def _corrected(corrected: dict[tuple[str, int, int], str] | None, report_id: str, f) -> dict:
    """明细's 数值 cell of a figure the analyst corrected (核实.csv): a comment saying what it was."""
    note = (corrected or {}).get((report_id, f.start, f.end))
    return {6: (None, note)} if note else {}


def _check_sheet(book: _Book, comparisons: list[reference.Comparison]) -> None:
    """核对: every compared pair, agreeing or not; a pair that differs is filled by its severity."""
    sheet = book.sheet("核对", CHECK_HEADER)
    for c in comparisons:
        f, o, r = c.figure, c.official, c.report
        share = c.gap_share
        sheet.add([c.result, c.severity, r.report_id, r.town, c.period, f.indicator_id, f.indicator_name, o.unit_norm,
                   f.value_norm, o.value_norm, c.gap, round(share * 100, 2) if share is not None else None, f.surface,
                   o.surface, f"{o.source}（{o.kind}）", c.note, f.sentence, o.sentence],
                  {0: (c.severity, None)} if c.result == reference.DIFFER else None)
    sheet.finish(freeze_cols=1)


def write_pivot(p: pivot.Pivot, path: Path, official: reference.Beside | None = None) -> Path:
    """One pivot as a workbook of its own (zhibiao compare --out x.xlsx), with 统计数 beside when given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = _Book(path)
    _pivot_sheet(book, "对比", p, official)
    return book.close()
