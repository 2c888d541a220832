"""Figures in tables: the unit of each column (its header, the row's unit column, a note above the table)
and the bare numbers in the cells read in it.
"""

from __future__ import annotations

import dataclasses

from .pattern import Found, _TableRules, figure_rules
from .quantity import parse


def _column_units(header: list[str], note: str | None, tr: _TableRules) -> list[tuple[str, str | None]]:
    """(how, unit) for each column: ("header", 万元) when its header names it, ("row", None) for the unit
    in the row's unit column, ("skip", None) for the unit column itself and ranks."""
    fr = figure_rules()
    unit_column = any(tr.unit_column.fullmatch(h.strip()) for h in header)
    out = []
    for h in header:
        named = fr.table_header_unit.search(h)
        if named:
            out.append(("header", named["unit"]))
        elif tr.unit_column.fullmatch(h.strip()) or tr.skip_column.search(h):
            out.append(("skip", None))
        elif tr.percent_column.search(h):
            out.append(("header", "%"))
        elif unit_column:
            out.append(("row", None))
        else:
            out.append(("header", note) if note else ("skip", None))
    return out


def _table_cells(text: str) -> list[Found]:
    """Bare numbers in tables, in the unit their column or row names.

    A table is a run of lines with tabs (ingest writes .docx table rows so); its first line is the
    header. A column headed with its unit (总投资（万元）) holds figures in that unit (1850 is 1850万元);
    in a statistical table with a unit column (指标名称 | 单位 | 1-6月完成 | 同比增长（%）) each value
    takes its row's unit, a rate column without one is in %, and a note above the table (单位：万元)
    holds for the columns that name no unit.
    """
    fr = figure_rules()
    tr = fr.table
    out: list[Found] = []
    header: list[str] | None = None
    columns: list[tuple[str, str | None]] = []
    unit_at = -1
    note: str | None = None
    previous = ""
    pos = 0
    for line in text.split("\n"):
        if "\t" not in line:
            if header is not None and tr.group_row.fullmatch(line):
                pos += len(line) + 1
                continue  # 一、综合发展 between the rows: the table goes on
            header = None
            if line.strip():
                previous = line
        elif header is None:
            header = line.split("\t")
            found_note = tr.unit_note.search(previous) or tr.unit_note.search(line)
            note = found_note["unit"] if found_note else None
            columns = _column_units(header, note, tr)
            unit_at = next((i for i, h in enumerate(header) if tr.unit_column.fullmatch(h.strip())), -1)
        else:
            start = pos
            cells = line.split("\t")
            row_unit = cells[unit_at].strip() if 0 <= unit_at < len(cells) else ""
            for column, cell in enumerate(cells):
                m = fr.bare_number.fullmatch(cell)
                how, unit = columns[column] if m and column < len(columns) else ("skip", None)
                if how == "row":
                    unit = row_unit or note
                quantity = parse(m["number"] + unit) if m and unit else None
                if quantity:
                    at = start + m.start("number")
                    surface = text[at : start + m.end("number")]
                    if m["sign"]:
                        at -= len(m["sign"])
                        surface = m["sign"] + surface
                        quantity = dataclasses.replace(quantity, value=-quantity.value)
                    out.append(Found(at, at + len(surface), dataclasses.replace(quantity, surface=surface), "table_cell"))
                start += len(cell) + 1
        pos += len(line) + 1
    return out
