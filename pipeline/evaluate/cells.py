"""Scoring the cross-region table cell by cell against a cells file (one gold cell a line).

A cells file is tab-separated with the header ``file concept period status value unit quote``:
the report's file name, the comparable indicator (any fixed name: 地区生产总值增速), the period
the cell is of, ``result`` or ``target``, the value and its unit as written, and a quote: an
exact substring of the report, found once in it, that holds the figure.

The tool's table is the comparison sheet itself (pivot.by_town: the cells pipeline/comparison.py
picks; for targets the same pick over the targets of the period). For each gold cell the gold
figure is found by its quote; the tool's row for a concept is the row most of that concept's gold
figures get across reports; the cell is right when the table shows the gold value in that row,
that report's column, the gold period and the gold status. A wrong cell says why: no figure at
the quote, another row, another period, a target read as a result (or the reverse), a figure of
a part of the area, another figure picked, or the report put in another period. Cells the table
fills in those rows where the gold has none are counted too.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .. import pivot
from ..comparison import TARGET, RowKey, row_of
from ..model import Extraction, Figure
from ..units import to_base_scaled
from .gold import GoldError

HEADER = ("file", "concept", "period", "status", "value", "unit", "quote")
STATUSES = {"result": "actual", "target": TARGET}


@dataclass(frozen=True)
class GoldCell:
    line: int
    file: str
    concept: str
    period: str
    status: str  # result | target
    value: float
    unit: str
    quote: str
    value_high: float | None = None  # a range target (6-7: 6%－7%)

    @property
    def written(self) -> str:
        return f"{self.value:g}" + (f"-{self.value_high:g}" if self.value_high is not None else "") + self.unit

    @property
    def report_id(self) -> str:
        return PurePath(self.file).stem


def load_cells(path: Path) -> list[GoldCell]:
    """The gold cells of a cells file; a missing file or a malformed line is a GoldError naming it."""
    if not path.is_file():
        raise GoldError(f"{path}: not found")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(c.strip() for c in rows[0]) != HEADER:
        raise GoldError(f"{path}: the first line must be the header {' '.join(HEADER)}")
    cells = []
    for n, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(HEADER):
            raise GoldError(f"{path}:{n}: {len(row)} columns, expected {len(HEADER)}")
        file, concept, period, status, value, unit, quote = (c.strip() for c in row)
        if status not in STATUSES:
            raise GoldError(f"{path}:{n}: status {status!r} is neither result nor target")
        low, _, high = value.partition("-") if not value.startswith("-") else (value, "", "")
        try:
            number, top = float(low), float(high) if high else None
        except ValueError:
            raise GoldError(f"{path}:{n}: value {value!r} is not a number or a range (6-7)") from None
        cells.append(GoldCell(n, file, concept, period, status, number, unit, quote, top))
    return cells


def _base(value: float, unit: str) -> tuple[float, str]:
    return to_base_scaled(value, unit)


def _same(a: tuple[float, str], b: tuple[float, str]) -> bool:
    return a[1] == b[1] and abs(a[0] - b[0]) <= 1e-6 * max(1.0, abs(b[0]))


def shows(f: Figure, gold: GoldCell) -> bool:
    """Whether a figure (a cell's) has the gold value: in a base unit, a fall (下降2%) as written or signed; a
    range, both its ends."""
    want = _base(gold.value, gold.unit)
    got = _base(f.value, f.unit)
    if gold.value_high is not None:
        return f.value_high is not None and _same(got, want) and _same(_base(f.value_high, f.unit),
                                                                       _base(gold.value_high, gold.unit))
    return _same(got, want) or _same((-got[0], got[1]), want)


@dataclass
class CellScore:
    """The table against the gold cells: right over all, by concept and by status, every wrong cell and why."""

    right: int = 0
    total: int = 0
    by_concept: dict[str, list[int]] = field(default_factory=dict)  # concept -> [right, total]
    by_status: dict[str, list[int]] = field(default_factory=dict)
    by_reason: Counter = field(default_factory=Counter)
    rows: dict[str, str | None] = field(default_factory=dict)  # concept -> the tool's row (its key), or None
    wrong: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)  # table cells in those rows where the gold has none
    unlocated: list[dict] = field(default_factory=list)  # gold cells whose quote or report is not found
    files: int = 0

    def as_dict(self) -> dict:
        return {"cells": {"right": self.right, "total": self.total, "accuracy": self.right / self.total if self.total else 0.0,
                          "files": self.files, "extra": len(self.extra)},
                "by_status": {k: {"right": r, "total": t} for k, (r, t) in sorted(self.by_status.items())},
                "by_concept": {k: {"right": r, "total": t, "row": self.rows.get(k)}
                               for k, (r, t) in sorted(self.by_concept.items(), key=lambda kv: (-kv[1][1], kv[0]))},
                "by_reason": dict(self.by_reason.most_common()),
                "wrong": self.wrong, "extra": self.extra, "unlocated": self.unlocated}


# why a cell is wrong (the order in which the causes are looked for)
NO_REPORT = "no report"  # the file is not among the reports, or could not be read
REPORT_PERIOD = "report period"  # the report is in another period's table
NO_FIGURE = "no figure"  # nothing extracted at the quote with the gold value
NO_ROW = "no row"  # no gold figure of the concept has a row
OTHER_KEY = "other key"  # the gold figure is in another row
ENTITY = "entity"  # the gold figure is given to a part of the area
KIND = "target/result"  # a target read as a result or the reverse
OTHER_PERIOD = "other period"  # the figure covers another period (or a period is written beside it)
OTHER_PICK = "other pick"  # the row's cell shows another of the report's figures
OTHER = "other"


def _locate(ex: Extraction, cell: GoldCell) -> tuple[Figure | None, str]:
    """The tool's figure at the gold quote with the gold value (the last one: 从1.5万亿元增长到2.3万亿元), and a
    note when the quote is not found once."""
    text = ex.report.text
    at = text.find(cell.quote)
    if at < 0:
        return None, "quote not found"
    note = "" if text.find(cell.quote, at + 1) < 0 else "quote found more than once, the first taken"
    end = at + len(cell.quote)
    hits = [f for f in ex.figures if f.start < end and at < f.end and shows(f, cell)]
    return (max(hits, key=lambda f: f.start) if hits else None), note


def _row_text(key: RowKey | None) -> str | None:
    return None if key is None else f"{key[0]}/{key[1]}"


def _brief(f: Figure | None) -> dict | None:
    if f is None:
        return None
    return {"surface": f.surface, "label": f.indicator, "kind": f.kind, "covered": f.covered,
            "scope_period": f.scope_period, "entity": f.entity, "measure": f.measure, "row": _row_text(row_of(f))}


def _why(f: Figure | None, key: RowKey | None, column_cell: pivot.Cell | None, cell: GoldCell,
         in_table: bool) -> str:
    if not in_table:
        return REPORT_PERIOD
    if f is None:
        return NO_FIGURE
    if key is None:
        return NO_ROW
    if row_of(f) != key:
        return OTHER_KEY
    if f.entity:
        return ENTITY
    if f.kind != STATUSES[cell.status]:
        return KIND
    if f.covered != cell.period or (cell.status == "result" and f.scope_period):
        return OTHER_PERIOD
    if column_cell is not None and column_cell.figure is not f:
        return OTHER_PICK
    return OTHER


def score_cells(extractions: list[Extraction], cells: list[GoldCell]) -> CellScore:
    """The comparison table of ``extractions`` scored against the gold ``cells``."""
    out = CellScore()
    by_id = {ex.report.report_id: ex for ex in extractions if ex.report.status == "ok"}
    located: list[tuple[GoldCell, Extraction | None, Figure | None]] = []
    for c in cells:
        ex = by_id.get(c.report_id)
        f, note = _locate(ex, c) if ex is not None else (None, "report not found")
        if note:
            out.unlocated.append({"line": c.line, "file": c.file, "concept": c.concept, "quote": c.quote, "note": note})
        located.append((c, ex, f))
    out.files = len({c.file for c in cells})

    # the tool's row for a concept: the one most of its gold figures get, across reports
    votes: dict[str, Counter] = defaultdict(Counter)
    for c, _, f in located:
        key = row_of(f) if f is not None else None
        if key is not None:
            votes[c.concept][key] += 1
    rows: dict[str, RowKey | None] = {}
    for c, _, _ in located:
        v = votes.get(c.concept)
        rows[c.concept] = min(v, key=lambda k: (-v[k], k)) if v else None
    out.rows = {k: _row_text(v) for k, v in rows.items()}

    # the tables: one per (status, period) the gold has
    tables: dict[tuple[str, str], pivot.Pivot] = {}
    for c, _, _ in located:
        if (c.status, c.period) not in tables:
            tables[(c.status, c.period)] = pivot.by_town(extractions, period=c.period, kind=STATUSES[c.status])

    holders = {id(p): {col: cell.report_id for (_, col), cell in p.cells.items()} for p in tables.values()}

    def column_of(p: pivot.Pivot, ex: Extraction | None) -> str | None:
        """The report's column in the table, unless another report of the same name holds it."""
        if ex is None:
            return None
        name = ex.report.town or ex.report.report_id
        if name not in p.columns or holders[id(p)].get(name, ex.report.report_id) != ex.report.report_id:
            return None
        return name

    for c, ex, f in located:
        key = rows[c.concept]
        p = tables[(c.status, c.period)]
        column = column_of(p, ex)
        shown = p.cells.get((key, column)) if key is not None and column is not None else None
        ok = shown is not None and shows(shown.figure, c)
        out.total += 1
        out.right += ok
        for group, name in ((out.by_concept, c.concept), (out.by_status, c.status)):
            group.setdefault(name, [0, 0])
            group[name][0] += ok
            group[name][1] += 1
        if ok:
            continue
        why = NO_REPORT if ex is None else _why(f, key, shown, c, column is not None)
        out.by_reason[why] += 1
        out.wrong.append({"line": c.line, "file": c.file, "concept": c.concept, "period": c.period, "status": c.status,
                          "gold": c.written, "quote": c.quote, "why": why, "row": _row_text(key),
                          "figure": _brief(f),
                          "shown": None if shown is None else {**(_brief(shown.figure) or {}), "why_picked": shown.why}})

    # cells the table fills in the concepts' rows where the gold has none
    gold_at = {(c.concept, c.report_id, c.status, c.period) for c in cells}
    for (status, period), p in sorted(tables.items()):
        for concept, key in sorted(rows.items()):
            if key is None:
                continue
            for file in sorted({c.file for c in cells}):
                ex = by_id.get(PurePath(file).stem)
                column = column_of(p, ex)
                shown = p.cells.get((key, column)) if column is not None else None
                if shown is not None and (concept, PurePath(file).stem, status, period) not in gold_at:
                    out.extra.append({"file": file, "concept": concept, "status": status, "period": period,
                                      "shown": _brief(shown.figure), "sentence": shown.figure.sentence[:80]})
    return out


def format_cells(s: CellScore) -> str:
    """A plain-text summary an engineer reads in the terminal."""
    d = s.as_dict()
    t = d["cells"]
    lines = [f"cells: right {t['right']}/{t['total']} ({t['accuracy']:.3f}) on {t['files']} reports; "
             f"{t['extra']} table cells in those rows where the gold has none",
             "by status: " + "  ".join(f"{k} {v['right']}/{v['total']}" for k, v in d["by_status"].items()),
             "wrong by cause: " + "  ".join(f"{k} {v}" for k, v in d["by_reason"].items()), "",
             f"{'concept':<24}{'right':>7}{'cells':>7}  row"]
    lines += [f"{k:<24}{v['right']:>7}{v['total']:>7}  {v['row'] or '(none)'}" for k, v in d["by_concept"].items()]

    def fig(f: dict | None) -> str:
        if not f:
            return "-"
        return (f"{f['surface']}「{f['label']}」 {f['kind']} {f['covered']}"
                + (f" scope {f['scope_period']}" if f["scope_period"] else "")
                + (f" entity {f['entity']}" if f["entity"] else "") + f" row {f['row']}")

    if d["wrong"]:
        lines += ["", f"wrong cells ({len(d['wrong'])}):"]
        for w in d["wrong"]:
            lines.append(f"  {w['file']}:{w['line']} {w['concept']} {w['status']} {w['period']} {w['gold']}: {w['why']}"
                         f"  「{w['quote']}」")
            lines.append(f"      figure: {fig(w['figure'])}")
            if w["shown"]:
                lines.append(f"      shown:  {fig(w['shown'])}" + (f" ({w['shown']['why_picked']})"
                                                                      if w["shown"]["why_picked"] else ""))
    if d["extra"]:
        lines += ["", f"table cells where the gold has none ({len(d['extra'])}):"]
        lines += [f"  {e['file']} {e['concept']} {e['status']} {e['period']}: {fig(e['shown'])}  {e['sentence']}"
                  for e in d["extra"]]
    if d["unlocated"]:
        lines += ["", f"gold cells not located ({len(d['unlocated'])}):"]
        lines += [f"  {u['file']}:{u['line']} {u['concept']} 「{u['quote']}」: {u['note']}" for u in d["unlocated"]]
    return "\n".join(lines)
