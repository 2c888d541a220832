"""Checks across one town's reports of different periods: a cumulative figure that shrinks, a half-year
flow above the year's, and a stated growth rate that the two years' levels do not bear out.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from .. import normalize, periods
from ..comparison import is_result
from ..model import Figure
from ..present import brief as show
from .comparing import bounds, exact, label
from .prepared import Context, Doc
from .registry import Finding, Params, check


@check("cumulative_shrinks", fields=("label", "earlier", "earlier_period", "later", "later_period"))
def cumulative_shrinks(ctx: Context, p: Params) -> Iterator[Finding]:
    cue = p.pattern("cumulative_cue")
    for docs in ctx.by_town.values():
        series: dict[tuple, dict[str, tuple[Doc, Figure]]] = defaultdict(dict)
        for doc in docs:
            for sent, figs in doc.sentences:
                for f in figs:
                    if f.kind != "actual" or not f.indicator_id or f.scope_period:
                        continue
                    if cue.search(doc.clause_before(sent, f)) and doc.own_period(f):  # not 五年累计, “十三五”时期累计
                        series[(f.indicator_id, f.unit_norm, f.entity, doc.read(f).measure)].setdefault(
                            doc.report.report_id, (doc, f))
        for points in series.values():
            ordered = sorted(points.values(), key=lambda df: (df[0].span.last, df[0].span.first))
            for (da, a), (db, b) in itertools.pairwise(ordered):
                if da.span.last < db.span.last and bounds(b)[1] < bounds(a)[0]:
                    yield Finding(((da, a), (db, b)), {
                        "label": label(b), "earlier": a.surface, "earlier_period": periods.label(da.report.period),
                        "later": b.surface, "later_period": periods.label(db.report.period)})


@check("half_exceeds_year", fields=("label", "half", "half_period", "year_value", "year_period"))
def half_exceeds_year(ctx: Context, p: Params) -> Iterator[Finding]:
    lexicon = normalize.lexicon().by_id
    for docs in ctx.by_town.values():
        years = {d.span.year: d for d in docs if d.span.whole_year}
        for doc in docs:
            year_doc = years.get(doc.span.year)
            if doc.span.whole_year or year_doc is None:
                continue
            for key, f in doc.town_values.items():
                y = year_doc.town_values.get(key)
                if y is None or not lexicon[key[0]].flow or not _covers_report(f, doc) or not _covers_report(y, year_doc):
                    continue
                if bounds(f)[0] > bounds(y)[1]:
                    yield Finding(((doc, f), (year_doc, y)), {
                        "label": label(f), "half": f.surface, "half_period": periods.label(doc.report.period),
                        "year_value": y.surface, "year_period": periods.label(year_doc.report.period)})


def _covers_report(f: Figure, doc: Doc) -> bool:
    """The figure covers its report's whole period (not a point in it, not one month of it)."""
    return f.covered is None or periods.span(f.covered) == doc.span


@check("growth_mismatch", fields=("label", "stated", "computed", "now", "now_period", "before", "before_period"))
def growth_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    tolerance = p.number("tolerance_points")
    lexicon = normalize.lexicon().by_id
    for doc in ctx.docs:
        if not doc.town or doc.span is None:
            continue
        before_doc = ctx.report_of(doc.town, periods.same_part_last_year(doc.report.period) or "")
        if before_doc is None:
            continue
        for f in doc.figures:
            ind = lexicon.get(f.indicator_id or "")
            if ind is None or ind.growth_of is None or ind.real or not is_result(f) or not exact(f):
                continue
            base = lexicon[ind.growth_of]
            now = doc.town_values.get((base.id, base.unit))
            before = before_doc.town_values.get((base.id, base.unit))
            if now is None or before is None or not before.value_norm or not (exact(now) and exact(before)):
                continue
            if not (doc.own_period(f) and doc.own_period(now) and before_doc.own_period(before)):
                continue  # 从9367亿元增加到12922亿元 over five years: not the year's levels
            computed = (now.value_norm / before.value_norm - 1) * 100
            if abs(computed - f.value_norm) > tolerance:
                yield Finding(((doc, f), (doc, now), (before_doc, before)), {
                    "label": base.name, "stated": show(f.value_norm, ""), "computed": show(computed, ""),
                    "now": now.surface, "now_period": periods.label(doc.report.period),
                    "before": before.surface, "before_period": periods.label(before_doc.report.period)})
