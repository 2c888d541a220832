"""Which figure is a town's value for a row of the comparison: the domain rule the checks and the
pivots share, so that what the tables show is what was checked.

A row is what is compared: a canonical indicator, else a comparison key, with the unit. A town's
value for a row is a result (kind actual) for the town as a whole (no entity) covering the report's
own period. When a report states several such figures for one row, a stated rule picks one
(``pick``): the figure whose measure the indicator asks for (a flow indicator takes what was done
in the period before an unmarked amount), then the first in the text. A level stated for a flow
indicator (累计建成 beside 新建) is no value of that row: it gets a row of its own (…·存量).
"""

from __future__ import annotations

from . import normalize
from .model import Extraction, Figure

RowKey = tuple[str, str]  # (indicator_id, unit_norm)


def is_result(f: Figure, period: str | None = None) -> bool:
    """A result of the report's own period (``period``, when given: the period the figure covers must
    be it) for the town as a whole: what tables compare."""
    if f.kind != "actual" or f.scope_period or f.entity:
        return False
    return period is None or f.covered is None or f.covered == period


STOCK = "·存量"  # the row suffix of a level stated for a flow indicator


def row_of(f: Figure) -> RowKey | None:
    """The row a result figure takes: its indicator (a level of a flow indicator: that indicator's
    stock row), else its comparison key; None when it has neither."""
    if f.indicator_id:
        ind = normalize.lexicon().by_id.get(f.indicator_id)
        if ind is not None and ind.flow and f.measure == "level":
            return (f.indicator_id + STOCK, f.unit_norm or "")
        return (f.indicator_id, f.unit_norm or "")
    if f.compare_key:
        return (f.compare_key, f.unit_norm or "")
    return None


# the order in which a cell prefers the measures of its figures: what was done in the period first
_PREFERRED = ("flow", "amount", "level", "per_capita", "rate", "share", "growth", "decline", "growth_multiyear",
              "change", "completion")


def pick(figures: list[Figure]) -> tuple[Figure, str]:
    """The figure a cell shows among a report's result figures for one row (in text order), and
    why, in Chinese: the measure the row asks for first (a flow before an unmarked amount), then
    the first in the text."""
    if len(figures) == 1:
        return figures[0], ""
    rank = {m: i for i, m in enumerate(_PREFERRED)}
    best = min(figures, key=lambda f: rank.get(f.measure or "", len(rank)))
    same = [f for f in figures if f.measure == best.measure]
    if len(same) < len(figures):
        why = f"取口径为“{normalize.measure_rules().names.get(best.measure or '', best.measure)}”的数字"
    else:
        why = "口径相同，取原文中第一个"
    return same[0], why


def row_values(ex: Extraction, canonical_only: bool = False) -> dict[RowKey, tuple[Figure, tuple[Figure, ...], str]]:
    """row -> (the town value, every result figure of the report for that row, why that one)."""
    found: dict[RowKey, list[Figure]] = {}
    for f in sorted(ex.figures, key=lambda f: (f.start, f.end)):
        if not is_result(f, ex.report.period):
            continue
        key = row_of(f)
        if key is None or (canonical_only and (not f.indicator_id or key[0] != f.indicator_id)):
            continue
        found.setdefault(key, []).append(f)
    out = {}
    for key, figures in found.items():
        chosen, why = pick(figures)
        out[key] = (chosen, tuple(figures), why)
    return out


def town_values(ex: Extraction) -> dict[RowKey, tuple[Figure, int]]:
    """(indicator_id, unit_norm) -> (the town value, how many result figures the report has for it):
    the canonical rows only, a level of a flow indicator left out (it is no value of that row)."""
    return {key: (chosen, len(figures)) for key, (chosen, figures, _) in row_values(ex, canonical_only=True).items()}
