"""图表: native Excel column charts of the main indicators of a 对比 sheet, reading its cells."""

from __future__ import annotations

from .. import periods, pivot
from .book import Book
from .comparison_sheet import PivotPlaced

CHART_ROWS = 8  # the main indicators charted on 图表


def chart_sheet(book: Book, p: pivot.Pivot, placed: PivotPlaced) -> None:
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
    """An absolute cell reference ($C$3), for a series of cells apart."""
    from xlsxwriter.utility import xl_rowcol_to_cell

    return xl_rowcol_to_cell(row, col, row_abs=True, col_abs=True)
