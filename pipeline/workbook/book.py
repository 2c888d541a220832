"""The workbook file: its cell formats, the list sheets written row by row with their widths fitted,
and how a flagged cell is marked (filled by its worst severity, a comment with the flags' messages).

The file is written under a temporary name and renamed, and its document properties carry a fixed
date, so the same input gives the same bytes. Text is always written as text, and text that starts
like a formula is neutralised with export.safe_cell.
"""

from __future__ import annotations

import datetime
import os
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

import xlsxwriter

from ..export import safe_cell
from ..model import Flag
from ..present import check_name, severity_name

MAX_WIDTH = 60
FILLS = {"error": "#FFC7CE", "warning": "#FFEB9C", "info": "#DDEBF7"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_FIXED_DATE = datetime.datetime(2025, 1, 1)
COMMENT_MAX = 1500  # characters of a cell comment; sentences are cut to fit


def text_width(value: object) -> int:
    """The columns a value takes on screen: a wide (CJK) character counts two."""
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class Sheet:
    """One worksheet written row by row, with the widths of its columns tracked."""

    def __init__(self, book: Book, name: str, header: Sequence[str]):
        self.book, self.ws = book, book.wb.add_worksheet(name)
        self.header = list(header)
        self.widths = [text_width(h) + 4 for h in header]  # room for the filter button
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
                note(self.ws, self.row, col, comment)
            self.widths[col] = max(self.widths[col], min(text_width(value if value is not None else ""), MAX_WIDTH))

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


class Book:
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

    def sheet(self, name: str, header: Sequence[str]) -> Sheet:
        return Sheet(self, name, header)

    def close(self) -> Path:
        try:
            self.wb.close()
            os.replace(self.tmp, self.path)
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise
        return self.path


def worst(flags: Iterable[Flag]) -> str:
    return min((f.severity for f in flags), key=lambda s: SEVERITY_RANK.get(s, 9))


def flag_comment(flags: Sequence[Flag], sentence: str) -> str:
    lines = [f"【{severity_name(f.severity)}·{check_name(f.check)}】{f.message}" for f in flags]
    lines.append(f"原句：{sentence}")
    return "\n".join(lines)


def note(ws, row: int, col: int, text: str) -> None:
    """A cell's comment, cut to COMMENT_MAX characters."""
    ws.write_comment(row, col, text[:COMMENT_MAX], {"author": "zhibiao", "x_scale": 3, "y_scale": 2.5})
