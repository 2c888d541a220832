"""对比: one pivot as a 统计报表 (pivot.by_town or by_period): the title and 报告期, indicator names first,
计量单位 per row, the towns, 合计/平均 and 上年同期 where they apply, each town's 排名 below, the notes;
printed A4 landscape, one page wide. With official figures, 统计数 and 差异 beside each town that has them.
目标对比: a pivot of targets (pivot.by_town kind TARGET) the same way, headed by its 目标期, each target's
comment giving the town's results of that row (上年实绩) beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import periods, pivot, reference
from ..comparison import TARGET
from ..export import safe_cell
from ..present import grouped, scaled
from .book import MAX_WIDTH, Book, flag_comment, note, text_width, worst

NAME_WIDTH = 26  # the indicator column: long names wrap instead of widening the printed table
VALUE_WIDTH = 14  # at most, a town or statistics column


def pivot_sheet(book: Book, name: str, p: pivot.Pivot, official: reference.Beside | None = None,
                kind: str = "actual", results: Sequence[tuple[str, pivot.Pivot]] = ()) -> PivotPlaced:
    """The pivot as a 统计报表: a title, 报告期 and 未报送 under it, indicator names first, 计量单位 per row (money
    in 万元, or 亿元), the towns (未报送 for those expected that sent nothing), 合计 and 平均 where the row adds up,
    上年同期, 增减 and 增长% when the store holds that period, the id last (not printed); then each town's
    排名 per row and the notes. Printed A4 landscape, one page wide, the title and header on every page.
    With ``official``, 统计数 and 差异 (报告数 minus 统计数) beside each column that has them. ``kind`` TARGET: ``p``
    holds targets (pivot.by_town kind TARGET), headed by its 目标期; ``results``: (what they are, a pivot of
    results), each town's value of the row written in the comment of its target (上年实绩（2022年）：3%)."""
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
    widths = [min(max([text_width(h) for h in header[:1]] + [text_width(p.row_name(k)) for k in p.rows]) + 2, NAME_WIDTH), 10]
    widths += [min(max(text_width(h) + 2, 9), VALUE_WIDTH) for h in header[2:-1]]
    widths.append(min(max([text_width("指标编号")] + [text_width(k[0]) for k in p.rows]) + 2, MAX_WIDTH))

    ws.merge_range(0, 0, 0, last_printed, p.title + (f"（{periods.months_label(p.period)}）" if p.period else ""),
                   fmt("title"))
    ws.merge_range(1, 0, 1, last_printed, _target_subtitle(p) if kind == TARGET else p.subtitle or p.column_label,
                   fmt("subtitle"))
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
                severity = worst(cell.flags) if cell.flags else None
                _number(ws, row, col, v.values[column], fmt, severity)
                comment = flag_comment(cell.flags, cell.figure.sentence) if cell.flags else cell.note
                comment = "\n".join(t for t in (_results_beside(results, key, column, v), comment) if t)
                if comment:
                    note(ws, row, col, comment)
            if w:
                o, cmp = official.cells.get((key, column), (None, None))
                if o is not None:
                    note(ws, row, col + 1, reference.comment(o, cmp))
                gap = cmp.gap if cmp is not None else (cell.value - o.value_norm if cell and o else None)
                severity = cmp.severity if cmp is not None and cmp.result == reference.DIFFER else None
                _number(ws, row, col + 1, scaled(o.value_norm, v.divisor) if o else None, fmt)
                _number(ws, row, col + 2, scaled(gap, v.divisor), fmt, severity)
        for i, value in enumerate(pivot.stat_values(v, stats)):
            _number(ws, row, first_stat + i, value, fmt, None, bold=stats[i] == "合计")
        if v.note and "上年同期" in stats:
            note(ws, row, first_stat + stats.index("上年同期"), v.note)
        ws.write_string(row, len(header) - 1, str(safe_cell(key[0])), fmt("id"))
        for col, value in ((0, v.name), (1, v.unit)):
            widths[col] = max(widths[col], min(text_width(value) + 2, NAME_WIDTH if col == 0 else 12))
        for column in p.columns:
            if column in v.values:
                col = town_cols[column]
                widths[col] = max(widths[col], min(text_width(grouped(v.values[column], places=2)) + 3, VALUE_WIDTH))
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
    if kind == TARGET:
        notes.append(f"目标为各报告对{periods.months_label(p.period)}提出的预期目标（主要预期目标、计划、力争等），"
                     "每格取数规则与“对比”表相同。")
        shown = [f"{what}（{periods.months_label(r.period)}）" for what, r in results if any(k in r.cells for k in p.cells)]
        if shown:
            notes.append(f"批注中列出同一地区同一指标的{'、'.join(shown)}，以便对照。")
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
    return PivotPlaced(ws.name, tuple(town_cols[c] for c in p.columns if c not in p.missing and c not in p.above),
                        {key: 3 + i for i, key in enumerate(p.rows)}, views)


@dataclass(frozen=True)
class PivotPlaced:
    """Where a pivot sheet put its towns and rows, for the charts that read them."""

    sheet: str
    town_cols: tuple[int, ...]  # the towns that reported (not 未报送, not a county's own report)
    rows: dict[pivot.RowKey, int]
    views: dict[pivot.RowKey, pivot.RowView]


def _target_subtitle(p: pivot.Pivot) -> str:
    """目标期 and the towns that sent no report, for the line under a targets table's title."""
    parts = [f"目标期：{periods.months_label(p.period)}"] if p.period else []
    if p.missing:
        parts.append(f"未报送：{'、'.join(p.missing)}")
    return "　　".join(parts) or p.column_label


def _results_beside(results: Sequence[tuple[str, pivot.Pivot]], key: pivot.RowKey, column: str, v: pivot.RowView) -> str:
    """The town's results of the row, in the row's unit, one line each (上年实绩（2022年）：3%), for a target's comment."""
    lines = []
    for what, r in results:
        cell = r.cells.get((key, column))
        if cell is not None:
            lines.append(f"{what}（{periods.months_label(r.period)}）：{grouped(scaled(cell.value, v.divisor), places=4)}"
                         f"{v.unit}（{cell.figure.surface}）")
    return "\n".join(lines)


def _number(ws, row: int, col: int, value: float | None, fmt, severity: str | None = None, bold: bool = False) -> None:
    if value is None or value != value or value in (float("inf"), float("-inf")):
        ws.write_blank(row, col, None, fmt("int", severity, bold))
        return
    kind = "int" if float(value).is_integer() else "dec"
    ws.write_number(row, col, value, fmt(kind, severity, bold))
