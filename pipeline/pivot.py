"""Pivots: rows are what is compared (a canonical indicator, else a comparison key, with the unit),
columns are towns of one period or periods of one town.

A cell holds the town value that pipeline/comparison.py picks for the row (the rule the checks
use too, so what the table shows is what was checked); the report's other result figures for the
row stay visible in the cell's note.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import normalize, periods
from .comparison import STOCK, RowKey, choose_reports, row_values
from .corrections import is_open
from .export import safe_cell, write_atomic
from .model import Extraction, Figure, Flag
from .present import grouped, plain


@dataclass(frozen=True)
class Cell:
    figure: Figure
    report_id: str
    town: str | None
    period: str | None
    n_figures: int  # result figures in the report for this row (the cell shows the one picked)
    flags: tuple[Flag, ...] = ()
    others: tuple[Figure, ...] = ()  # the report's other result figures for this row
    why: str = ""  # why this figure was picked among them, in Chinese

    @property
    def note(self) -> str:
        """The cell's comment when the report states several figures for its row: which one it shows,
        why, and the others with their sentences."""
        if not self.others:
            return ""
        lines = [f"报告中该指标有{self.n_figures}个数字，{self.why}：{self.figure.surface}。"]
        lines += [f"另有 {f.surface}（{f.indicator}）" for f in self.others]
        return "\n".join(lines) + f"\n原句：{self.figure.sentence}"

    @property
    def value(self) -> float:
        """The value in the base unit; a fall stated by its size (下降1.8%) as the growth it is (-1.8)."""
        return normalize.signed_value(self.figure)


@dataclass(frozen=True)
class Pivot:
    title: str
    column_label: str  # 乡镇 or 期间
    columns: tuple[str, ...]
    rows: tuple[RowKey, ...]
    cells: dict[tuple[RowKey, str], Cell] = field(default_factory=dict)

    def row_name(self, row: RowKey) -> str:
        """The indicator's name (高标准农田·存量 for its stock row), or the words of a comparison key."""
        base = row[0].removesuffix(STOCK)
        ind = normalize.lexicon().by_id.get(base)
        if ind:
            return ind.name + row[0][len(base) :]
        return row[0].removeprefix("~").rsplit("/", 1)[0]

    def header(self) -> list[str]:
        return ["指标编号", "指标", "单位", *self.columns]


def periods_of(extractions: Iterable[Extraction]) -> list[str]:
    """The periods of the reports, latest last (2025H1, 2025H2, 2025)."""
    return sorted({ex.report.period for ex in extractions if ex.report.period}, key=periods.sort_key)


def _flag_index(flags: Iterable[Flag]) -> dict[tuple[str, int, int], list[Flag]]:
    index: dict[tuple[str, int, int], list[Flag]] = {}
    for flag in flags:
        if not is_open(flag):  # an analyst found it 误报 or 已核实 (pipeline/corrections.py)
            continue
        for item in flag.items:
            index.setdefault((item.report_id, item.start, item.end), []).append(flag)
    return index


def _build(title: str, column_label: str, entries: list[tuple[str, Extraction]], flags: Iterable[Flag],
           indicator: str | None) -> Pivot:
    """entries: (column, report) in column order; one report per column (the first wins)."""
    index = _flag_index(flags)
    lexicon = normalize.lexicon()
    cells: dict[tuple[RowKey, str], Cell] = {}
    columns: list[str] = []
    for column, ex in entries:
        if column in columns:
            continue
        columns.append(column)
        for key, (f, figures, why) in row_values(ex).items():
            if indicator and not _wanted(key[0], indicator):
                continue
            cells[(key, column)] = Cell(f, ex.report.report_id, ex.report.town, ex.report.period, len(figures),
                                        tuple(index.get((ex.report.report_id, f.start, f.end), ())),
                                        tuple(o for o in figures if o is not f), why)
    order = {ind.id: ind.order for ind in lexicon.indicators}

    def row_order(key: RowKey) -> tuple:
        base = key[0].removesuffix(STOCK)
        ind = lexicon.by_id.get(base)
        # canonical rows in the file's order (a stock row after its flow row), then the comparison keys
        return (order.get(base, 10**6), key[0], key[1] != (ind.unit if ind else ""), key[1])

    rows = sorted({key for key, _ in cells}, key=row_order)
    return Pivot(title, column_label, tuple(columns), tuple(rows), cells)


def _wanted(indicator_id: str, wanted: str) -> bool:
    """--indicator: an id, an id prefix (safety. or safety), or words of the Chinese name."""
    indicator_id = indicator_id.removesuffix(STOCK)
    if indicator_id.startswith("~"):
        return wanted in indicator_id
    ind = normalize.lexicon().by_id.get(indicator_id)
    return (indicator_id == wanted or indicator_id.startswith(wanted.rstrip(".") + ".")
            or (ind is not None and wanted in ind.name))


def by_town(extractions: Iterable[Extraction], flags: Iterable[Flag] = (), period: str | None = None,
            indicator: str | None = None, expected_towns: Sequence[str] = ()) -> Pivot:
    """Towns of one period side by side (the latest period by default)."""
    extractions = [ex for ex in extractions if ex.report.status == "ok"]
    extractions = choose_reports(extractions)[0]  # one report a town and period
    period = period or (periods_of(extractions) or [None])[-1]
    entries = sorted(((ex.report.town or ex.report.report_id, ex) for ex in extractions if ex.report.period == period),
                     key=lambda e: e[1].report.report_id)
    return _build(f"{periods.label(period)} 各乡镇对比", "乡镇", entries, flags, indicator)


def by_period(extractions: Iterable[Extraction], town: str, flags: Iterable[Flag] = (),
              indicator: str | None = None) -> Pivot:
    """One town's periods side by side, earliest first."""
    mine = [ex for ex in extractions if ex.report.status == "ok" and ex.report.town == town and ex.report.period]
    mine = choose_reports(mine)[0]  # one report a period
    entries = sorted(((ex.report.period, ex) for ex in mine), key=lambda e: (periods.sort_key(e[0]), e[1].report.report_id))
    return _build(f"{town} 各期对比", "期间", entries, flags, indicator)


# --------------------------------------------------------------------------- text and CSV


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def show_value(cell: Cell | None) -> str:
    """A cell for the terminal: 1,860 ; flagged cells end in *."""
    if cell is None:
        return ""
    return grouped(cell.value, places=3) + ("*" if cell.flags else "")


def render_text(p: Pivot) -> str:
    """The pivot as an aligned table for a terminal (CJK characters count double)."""
    header = p.header()
    body = [[key[0], p.row_name(key), key[1], *(show_value(p.cells.get((key, c))) for c in p.columns)] for key in p.rows]
    widths = [max(_width(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = [p.title, "  ".join(_pad(h, w, i >= 3) for i, (h, w) in enumerate(zip(header, widths)))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(_pad(v, w, i >= 3) for i, (v, w) in enumerate(zip(row, widths))) for row in body)
    if any(cell.flags for cell in p.cells.values()):
        lines.append("* 该数字有疑点（见 flags.csv 或 indicators.xlsx 的“疑点”表）")
    if not p.rows:
        lines.append("（没有可对比的数字）")
    return "\n".join(lines) + "\n"


def csv_bytes(p: Pivot) -> bytes:
    """The pivot as CSV (UTF-8 with BOM, like the other tables): numbers plain, text neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(p.header())
    for key in p.rows:
        cells = [p.cells.get((key, c)) for c in p.columns]
        writer.writerow([safe_cell(key[0]), safe_cell(p.row_name(key)), safe_cell(key[1]),
                         *(plain(c.value) if c else "" for c in cells)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(p: Pivot, path: Path) -> Path:
    write_atomic(path, csv_bytes(p))
    return path
