"""The analysts' workbook, indicators.xlsx: pivots, every figure, every flag, every report.

Sheets
  对比 2025年1-6月  one a period, the latest first: the towns side by side as a 统计报表 (pivot.by_town):
                    title and 报告期, names first, 计量单位 per row (money in 万元 or 亿元), the towns
                    (未报送 for those of the roster that sent nothing), 合计/平均 where the row adds up,
                    上年同期/增减/增长%, the id last (not printed); each town's 排名 below; printed A4
                    landscape, one page wide, the header rows on every page
  图表              native Excel charts of the main indicators of the latest 对比 sheet
  明细              every figure, with town, period, section, sentence, raw and canonical indicator
  疑点              every flag, one row per flagged figure (rows of one flag share its 疑点编号)
  报告              every report with its status and counts
  核对              every report figure compared with an official one (--reference), agreeing or not
                    (with official figures, the 对比 sheets show 统计数 and 差异 beside each town that has them)

Machine values are shown in Chinese (check names, severities, kinds, statuses, periods: present.py).
The list sheets have a frozen header row, filters and column widths fitted to their
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
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import xlsxwriter

from . import periods, pivot, reference, units
from .export import safe_cell
from .model import Extraction, Flag
from .present import check_name, grouped, kind_name, scaled, severity_name, status_name

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
        self._table_formats: dict[tuple, object] = {}
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

    _TABLE: ClassVar[dict[str, dict]] = {  # the 统计报表 sheets' formats (对比): bordered cells, a title, notes
        "title": {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"},
        "title_left": {"bold": True, "font_size": 14},
        "subtitle": {"align": "left", "valign": "vcenter"},
        "header": {"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "align": "center",
                   "valign": "vcenter"},
        "name": {"border": 1, "text_wrap": True, "valign": "vcenter"},
        "unit": {"border": 1, "align": "center", "valign": "vcenter"},
        "int": {"border": 1, "num_format": "#,##0", "valign": "vcenter"},
        "dec": {"border": 1, "num_format": "#,##0.0##", "valign": "vcenter"},
        "missing": {"border": 1, "align": "center", "font_color": "#808080", "valign": "vcenter"},
        "rank": {"border": 1, "align": "center", "num_format": "0", "valign": "vcenter"},
        "id": {"border": 1, "font_color": "#808080", "valign": "vcenter"},
        "note": {"font_size": 9, "font_color": "#404040", "text_wrap": False},
    }

    def table_format(self, kind: str, severity: str | None = None, bold: bool = False):
        """A format of the 统计报表 sheets, made once (in the order first asked for, so the bytes repeat)."""
        key = (kind, severity, bold)
        if key not in self._table_formats:
            props = {"font_name": "等线", "font_size": 11, **self._TABLE[kind]}
            if severity:
                props["bg_color"] = FILLS[severity]
            if bold:
                props["bold"] = True
            self._table_formats[key] = self.wb.add_format(props)
        return self._table_formats[key]

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
    lines = [f"【{severity_name(f.severity)}·{check_name(f.check)}】{f.message}" for f in flags]
    lines.append(f"原句：{sentence}")
    return "\n".join(lines)


NAME_WIDTH = 26  # the indicator column: long names wrap instead of widening the printed table
VALUE_WIDTH = 14  # at most, a town or statistics column
CHART_ROWS = 8  # the main indicators charted on 图表


def _pivot_sheet(book: _Book, name: str, p: pivot.Pivot, official: reference.Beside | None = None) -> _PivotPlaced:
    """The pivot as a 统计报表: a title, 报告期 and 未报送 under it, indicator names first, 计量单位 per row (money
    in 万元, or 亿元), the towns (未报送 for those expected that sent nothing), 合计 and 平均 where the row adds up,
    上年同期, 增减 and 增长% when the store holds that period, the id last (not printed); then each town's
    排名 per row and the notes. Printed A4 landscape, one page wide, the title and header on every page.
    With ``official``, 统计数 and 差异 (报告数 minus 统计数) beside each column that has them."""
    ws, fmt = book.wb.add_worksheet(name), book.table_format
    wide = [c in official.columns if official else False for c in p.columns]
    stats = pivot.stat_columns(p)
    header: list[str] = ["指标", "计量单位"]
    town_cols: dict[str, int] = {}
    for column, w in zip(p.columns, wide):
        town_cols[column] = len(header)
        label = p.column_name(column)
        header += [label, f"{label} 统计数", f"{label} 差异"] if w else [label]
    first_stat = len(header)
    header += [*stats, "指标编号"]
    last_printed = len(header) - 2
    widths = [min(max([_width(h) for h in header[:1]] + [_width(p.row_name(k)) for k in p.rows]) + 2, NAME_WIDTH), 10]
    widths += [min(max(_width(h) + 2, 9), VALUE_WIDTH) for h in header[2:-1]]
    widths.append(min(max([_width("指标编号")] + [_width(k[0]) for k in p.rows]) + 2, MAX_WIDTH))

    ws.merge_range(0, 0, 0, last_printed, p.title + (f"（{periods.months_label(p.period)}）" if p.period else ""),
                   fmt("title"))
    ws.merge_range(1, 0, 1, last_printed, p.subtitle or p.column_label, fmt("subtitle"))
    ws.set_row(0, 30)
    for col, text in enumerate(header):
        ws.write_string(2, col, text, fmt("header"))
    row = 2
    rows = [*p.rows, *(official.extra_rows if official else ())]
    views: dict[pivot.RowKey, pivot.RowView] = {}
    for key in rows:
        row += 1
        v = views[key] = p.view(key, [o.value_norm for c in p.columns if official
                                      for o, _ in [official.cells.get((key, c), (None, None))] if o is not None])
        ws.write_string(row, 0, v.name, fmt("name"))
        ws.write_string(row, 1, v.unit, fmt("unit"))
        for column, w in zip(p.columns, wide):
            col = town_cols[column]
            cell = p.cells.get((key, column))
            if column in p.missing:
                ws.write_string(row, col, pivot.MISSING, fmt("missing"))
            elif cell is None:
                ws.write_blank(row, col, None, fmt("int"))
            else:
                severity = _worst(cell.flags) if cell.flags else None
                _number(ws, row, col, v.values[column], fmt, severity)
                if cell.flags:
                    _note(ws, row, col, _comment(cell.flags, cell.figure.sentence))
                elif cell.note:
                    _note(ws, row, col, cell.note)
            if w:
                o, cmp = official.cells.get((key, column), (None, None))
                if o is not None:
                    _note(ws, row, col + 1, reference.comment(o, cmp))
                gap = cmp.gap if cmp is not None else (cell.value - o.value_norm if cell and o else None)
                severity = cmp.severity if cmp is not None and cmp.result == reference.DIFFER else None
                _number(ws, row, col + 1, scaled(o.value_norm, v.divisor) if o else None, fmt)
                _number(ws, row, col + 2, scaled(gap, v.divisor), fmt, severity)
        for i, value in enumerate(pivot.stat_values(v, stats)):
            _number(ws, row, first_stat + i, value, fmt, None, bold=stats[i] == "合计")
        if v.note and "上年同期" in stats:
            _note(ws, row, first_stat + stats.index("上年同期"), v.note)
        ws.write_string(row, len(header) - 1, str(safe_cell(key[0])), fmt("id"))
        for col, value in ((0, v.name), (1, v.unit)):
            widths[col] = max(widths[col], min(_width(value) + 2, NAME_WIDTH if col == 0 else 12))
        for column in p.columns:
            if column in v.values:
                col = town_cols[column]
                widths[col] = max(widths[col], min(_width(grouped(v.values[column], places=2)) + 3, VALUE_WIDTH))
    last_data = row
    ws.autofilter(2, 0, max(last_data, 3), len(header) - 1)
    ws.freeze_panes(3, 1)

    if p.column_label == "乡镇" and any(views[k].ranks for k in p.rows):
        row += 2
        ws.merge_range(row, 0, row, last_printed, "各乡镇排名（按数值从大到小，并列同名次）", fmt("subtitle"))
        row += 1
        for col, text in enumerate(header[:first_stat]):
            ws.write_string(row, col, text, fmt("header"))
        for key in p.rows:
            v = views[key]
            if not v.ranks:
                continue
            row += 1
            ws.write_string(row, 0, v.name, fmt("name"))
            ws.write_string(row, 1, v.unit, fmt("unit"))
            for column in p.columns:
                col = town_cols[column]
                if column in p.missing:
                    ws.write_string(row, col, pivot.MISSING, fmt("missing"))
                elif column in v.ranks:
                    ws.write_number(row, col, v.ranks[column], fmt("rank"))
                else:
                    ws.write_blank(row, col, None, fmt("int"))
    notes = ["注：金额单位见各行“计量单位”；合计、平均只列可以相加的指标（总量、新增量），不含比率、占比、增速和人均值。"]
    if p.previous_period:
        notes.append(f"上年同期为{periods.months_label(p.previous_period)}；"
                     "增减 = 本期 − 上年同期，增长% = 增减 ÷ 上年同期 × 100。")
    if any(cell.flags for cell in p.cells.values()):
        notes.append("着色的数字有疑点，批注中是说明和原句（见“疑点”表）。")
    notes.append("数据来源：各乡镇上报的工作总结，由 zhibiao 提取；每个数字的原文见“明细”表。")
    row += 1
    for text in notes:
        row += 1
        ws.merge_range(row, 0, row, last_printed, text, fmt("note"))

    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many long as it takes
    ws.repeat_rows(0, 2)
    ws.print_area(0, 0, row, last_printed)
    ws.center_horizontally()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&L&A&R第 &P 页，共 &N 页")
    return _PivotPlaced(ws.name, tuple(town_cols[c] for c in p.columns if c not in p.missing and c not in p.above),
                        {key: 3 + i for i, key in enumerate(p.rows)}, views)


@dataclass(frozen=True)
class _PivotPlaced:
    """Where a pivot sheet put its towns and rows, for the charts that read them."""

    sheet: str
    town_cols: tuple[int, ...]  # the towns that reported (not 未报送, not a county's own report)
    rows: dict[pivot.RowKey, int]
    views: dict[pivot.RowKey, pivot.RowView]


def _number(ws, row: int, col: int, value: float | None, fmt, severity: str | None = None, bold: bool = False) -> None:
    if value is None or value != value or value in (float("inf"), float("-inf")):
        ws.write_blank(row, col, None, fmt("int", severity, bold))
        return
    kind = "int" if float(value).is_integer() else "dec"
    ws.write_number(row, col, value, fmt(kind, severity, bold))


def _note(ws, row: int, col: int, text: str) -> None:
    ws.write_comment(row, col, text[:_COMMENT_MAX], {"author": "zhibiao", "x_scale": 3, "y_scale": 2.5})


def _chart_sheet(book: _Book, p: pivot.Pivot, placed: _PivotPlaced) -> None:
    """图表: native Excel column charts of the main indicators (the rows most towns report), reading the 对比 sheet."""
    ws = book.wb.add_worksheet("图表")
    ws.write_string(0, 0, f"{p.title}：主要指标图（{periods.months_label(p.period)}）" if p.period else p.title,
                    book.table_format("title_left"))
    order = {key: i for i, key in enumerate(p.rows)}
    views = placed.views
    reach = {k: sum(c in views[k].values for c in p.columns if c not in p.above) for k in p.rows}
    ranked = sorted((k for k in p.rows if reach[k] >= 2),
                    key=lambda k: (-reach[k], k[0].startswith("~"), order[k]))[:CHART_ROWS]
    if not ranked or len(placed.town_cols) < 1:
        ws.write_string(2, 0, "没有两个以上乡镇共同报告的指标，无法作图。")
        return
    towns = [c for c in p.columns if c not in p.missing and c not in p.above]
    contiguous = placed.town_cols == tuple(range(placed.town_cols[0], placed.town_cols[0] + len(placed.town_cols)))
    first, last = placed.town_cols[0], placed.town_cols[-1]
    for i, key in enumerate(ranked):
        v = views[key]
        chart = book.wb.add_chart({"type": "column"})
        r = placed.rows[key]
        if contiguous:
            categories: object = [placed.sheet, 2, first, 2, last]
            values: object = [placed.sheet, r, first, r, last]
        else:  # 统计数 columns between the towns: a union of the towns' cells
            quoted = "'" + placed.sheet.replace("'", "''") + "'"
            categories = "=(" + ",".join(f"{quoted}!{_cell(2, c)}" for c in placed.town_cols) + ")"
            values = "=(" + ",".join(f"{quoted}!{_cell(r, c)}" for c in placed.town_cols) + ")"
        chart.add_series({"name": v.name, "categories": categories, "values": values,
                          "fill": {"color": "#4472C4"}, "data_labels": {"value": len(towns) <= 12, "num_format": "#,##0.##"}})
        title = v.name if v.name.endswith(f"（{v.unit}）") else f"{v.name}（{v.unit}）"  # 新增低保（户） says it
        chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"name": v.unit, "num_format": "#,##0.##", "major_gridlines": {"visible": True,
                                                                                         "line": {"color": "#E0E0E0"}}})
        chart.set_x_axis({"num_font": {"rotation": -45 if len(towns) > 8 else 0}})
        chart.set_size({"width": 520, "height": 300})
        ws.insert_chart(2 + (i // 2) * 16, (i % 2) * 9, chart)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _cell(row: int, col: int) -> str:
    from xlsxwriter.utility import xl_rowcol_to_cell

    return xl_rowcol_to_cell(row, col, row_abs=True, col_abs=True)


def _sheet_name(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ ."""
    for c in "[]:*?/\\":
        text = text.replace(c, "-")
    return text[:31]


FIGURE_HEADER = ("乡镇", "期间", "章节", "原句", "原文", "数值", "单位", "标准值", "标准单位", "原始指标", "标准指标", "主体",
                 "所属期间", "类型", "疑点", "指标编号", "报告编号", "起", "止")
FLAG_HEADER = ("检查", "严重程度", "乡镇", "期间", "原文", "原始指标", "标准指标", "说明", "原句", "疑点编号", "报告编号",
               "检查代码", "核实状态", "核实结果")  # the last two: the analyst's (pipeline/corrections.py reads them back)
CHECK_HEADER = ("结果", "严重程度", "报告编号", "乡镇", "期间", "指标编号", "标准指标", "单位", "报告数", "统计数", "差异",
                "差异率%", "报告原文", "统计原文", "统计来源", "说明", "报告原句", "统计原文所在句")
REPORT_HEADER = ("乡镇", "期间", "标题", "文件", "状态", "说明", "数字", "已归入标准指标", "疑点", "报告编号")


def pivot_sheet_name(period: str) -> str:
    """对比 2025年1-6月: one sheet a period, named as its title dates it."""
    return _sheet_name(f"对比 {periods.months_label(period)}")


def write_workbook(extractions: Iterable[Extraction], flags: Iterable[Flag], path: Path,
                   comparisons: Iterable[reference.Comparison] = (),
                   officials: Iterable[reference.Official] = (),
                   expected_towns: Sequence[str] = (), money: str | None = None,
                   corrected: dict[tuple[str, int, int], str] | None = None) -> Path:
    """indicators.xlsx for these reports and flags (usually the whole store), with the official figures
    (``officials``, --reference) beside the reported ones where ``comparisons`` or the officials give them.
    ``expected_towns``: the roster, whose towns without a report of a period are shown 未报送; ``money``: the unit
    money is shown in (万元 by default, 亿元 for rows reaching 1亿; see units.for_table); ``corrected``: the
    analyst's corrections (核实.csv), noted on 明细's 数值 cell."""
    extractions = sorted(extractions, key=lambda ex: ex.report.report_id)
    flags = list(flags)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = _Book(path)

    comparisons, officials = list(comparisons), list(officials)

    all_periods = pivot.periods_of(extractions)
    latest: tuple[pivot.Pivot, _PivotPlaced] | None = None
    for period in reversed(all_periods):
        p = pivot.by_town(extractions, flags, period, expected_towns=expected_towns, money=money)
        official = reference.beside(p, officials, comparisons, period=period) if officials or comparisons else None
        placed = _pivot_sheet(book, pivot_sheet_name(period), p, official)
        latest = latest or (p, placed)
    if latest is None:
        empty = pivot.Pivot("各乡镇主要指标对比表", "乡镇", tuple(expected_towns), (), missing=tuple(expected_towns),
                            money=money)
        _pivot_sheet(book, "对比", empty)
    else:
        _chart_sheet(book, *latest)

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
            norm_unit, divisor = units.for_table(f.unit_norm, [f.value_norm] if f.value_norm is not None else [], money)
            detail.add(
                [r.town, periods.label(r.period) if r.period else None, f.section_path or f.section, f.sentence,
                 f.surface, f.value, f.unit, scaled(f.value_norm, divisor), norm_unit if f.unit_norm else None,
                 f.indicator, f.indicator_name, f.entity, f.scope_period, kind_name(f.kind),
                 " ".join(fl.flag_id for fl in mine), f.indicator_id, r.report_id, f.start, f.end],
                ({4: mark, 7: (mark[0], None)} if mark else {}) | _corrected(corrected, r.report_id, f) or None,
            )
    detail.finish(freeze_cols=1)

    doubts = book.sheet("疑点", FLAG_HEADER)
    for flag in flags:
        for item in flag.items:
            ex, f = figures.get((item.report_id, item.start, item.end), (None, None))
            r = ex.report if ex else None
            doubts.add([check_name(flag.check), severity_name(flag.severity), r.town if r else None,
                        periods.label(r.period) if r and r.period else None, item.surface, item.indicator,
                        f.indicator_name if f else None, flag.message, f.sentence if f else None, flag.flag_id,
                        item.report_id, flag.check, flag.status, flag.note], {1: (flag.severity, None)})
    doubts.finish(freeze_cols=1)

    reports = book.sheet("报告", REPORT_HEADER)
    n_flags: dict[str, int] = {}
    for flag in flags:
        for rid in {i.report_id for i in flag.items}:
            n_flags[rid] = n_flags.get(rid, 0) + 1
    for ex in extractions:
        r = ex.report
        reports.add([r.town, periods.label(r.period) if r.period else None, r.title, r.path, status_name(r.status),
                     r.message, len(ex.figures), sum(1 for f in ex.figures if f.indicator_id),
                     n_flags.get(r.report_id, 0), r.report_id],
                    {4: ("error", None)} if r.status != "ok" else None)
    reports.finish(freeze_cols=1)
    if comparisons or officials:
        _check_sheet(book, comparisons)
    return book.close()


def _corrected(corrected: dict[tuple[str, int, int], str] | None, report_id: str, f) -> dict:
    """明细's 数值 cell of a figure the analyst corrected (核实.csv): a comment saying what it was."""
    note = (corrected or {}).get((report_id, f.start, f.end))
    return {5: (None, note)} if note else {}


def _check_sheet(book: _Book, comparisons: list[reference.Comparison]) -> None:
    """核对: every compared pair, agreeing or not; a pair that differs is filled by its severity."""
    sheet = book.sheet("核对", CHECK_HEADER)
    for c in comparisons:
        f, o, r = c.figure, c.official, c.report
        share = c.gap_share
        severity, period = severity_name(c.severity) if c.severity else None, periods.label(c.period)
        sheet.add([c.result, severity, r.report_id, r.town, period, f.indicator_id, f.indicator_name, o.unit_norm,
                   f.value_norm, o.value_norm, c.gap, round(share * 100, 2) if share is not None else None, f.surface,
                   o.surface, f"{o.source}（{o.kind}）", c.note, f.sentence, o.sentence],
                  {0: (c.severity, None)} if c.result == reference.DIFFER else None)
    sheet.finish(freeze_cols=1)


def write_pivot(p: pivot.Pivot, path: Path, official: reference.Beside | None = None) -> Path:
    """One pivot as a workbook of its own (zhibiao compare --out x.xlsx), with 统计数 beside when given, and its 图表."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = _Book(path)
    placed = _pivot_sheet(book, "对比", p, official)
    _chart_sheet(book, p, placed)
    return book.close()
