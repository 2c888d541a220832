"""A figure in a table row (cells joined by tabs, as ingest writes .docx tables): its column header, row
name and the text before it in its cell. The words of table headers (指标名称, 同比增长, a group row) are
figures' rules (rules/figures.yaml ``table``, figure_rules().table): this is the labels stage's one
reader of them, so figures finds and labels reads a table by the same words."""

from __future__ import annotations

from typing import NamedTuple

import regex

from ..figures import figure_rules
from .clauses import strip_label
from .loading import LabelRules


class TableCell(NamedTuple):
    head: str  # the column's header, without its asides: 同比增长（%） -> 同比增长
    row: str  # the row's name (its first cell), when it has words
    before: str  # the text before the figure in its cell, stripped
    row_is_label: bool  # a first column of indicators (指标名称): the row name is what is measured
    rate_column: bool  # a column of rates with no unit written (同比增长, 增速)


def table_cell(text: str, pos: int, lr: LabelRules) -> TableCell | None:
    """The cell a figure stands in when it stands in a table row (cells joined by tabs, as ingest writes
    .docx tables), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "\t" not in line:
        return None
    column = text[line_start:pos].count("\t")
    cells = line.split("\t")
    table = figure_rules().table
    header_start = line_start
    while header_start > 0:  # the table's first row: the topmost of the lines with tabs above
        above = text.rfind("\n", 0, header_start - 1) + 1
        if "\t" not in text[above : header_start - 1]:
            # a group row of one cell inside the table (一、综合发展), with rows of cells above it
            higher = text.rfind("\n", 0, above - 1) + 1 if above > 0 else -1
            group = table.group_row.fullmatch(text[above : header_start - 1])
            if higher < 0 or not group or "\t" not in text[higher : above - 1]:
                break
            above = higher
        header_start = above
    header = text[header_start : text.find("\n", header_start)].split("\t")
    head = regex.sub(r"[（(][^）)]*[）)]", "", header[column]).strip() if column < len(header) else ""
    row = cells[0].strip() if column > 0 and regex.search(r"\p{Han}{2}", cells[0]) else ""
    cell_start = line_start + text[line_start:pos].rfind("\t") + 1 if column else line_start
    row_is_label = bool(row) and bool(table.indicator_column.search(header[0]))
    return TableCell(head, row, strip_label(text[cell_start:pos], lr), row_is_label, bool(table.percent_column.search(head)))
