"""Checks across towns, outliers: a town's figure far from the median of the towns reporting the same
indicator for the same period (robust z on logs); with only a few towns, a per-head figure far from the
median of the others.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterator

from .. import periods
from ..model import Figure
from ..present import brief as show
from .comparing import label
from .prepared import Context, Doc
from .registry import Finding, Params, check


@check("outlier_across_towns", fields=("label", "value", "period", "median", "n", "times"))
def outlier_across_towns(ctx: Context, p: Params) -> Iterator[Finding]:
    min_towns, max_z = int(p.number("min_towns")), p.number("max_robust_z")
    min_times, min_mad = p.number("min_times"), p.number("min_mad")
    few, few_measures = int(p.number("few_towns")), p.words("few_towns_measures")
    few_times = p.number("few_towns_min_times")
    county = p.words("county_level_suffixes")
    groups: dict[tuple, dict[str, tuple[Doc, Figure]]] = defaultdict(dict)
    for doc in sorted(ctx.docs, key=lambda d: d.report.report_id):
        if not doc.town or doc.town.endswith(county) or not doc.report.period:
            continue
        for (ind, unit), f in doc.town_values.items():
            if f.value_norm and f.value_norm > 0 and doc.own_period(f):
                groups[(doc.report.period, ind, unit, doc.read(f).measure or "")].setdefault(doc.town, (doc, f))
    for (period, _, unit, measure), towns in sorted(groups.items()):
        logs = {town: math.log(f.value_norm) for town, (_, f) in towns.items()}
        if len(towns) >= min_towns:
            med = statistics.median(logs.values())
            mad = max(statistics.median(abs(x - med) for x in logs.values()), min_mad)
            far = {town for town, x in logs.items()
                   if abs(x - med) / (1.4826 * mad) > max_z and abs(x - med) >= math.log(min_times)}
        elif len(towns) >= few and measure in few_measures:
            far = {town for town, x in logs.items() if abs(x - _others(logs, town)) >= math.log(few_times)}
        else:
            continue
        for town in sorted(far):
            doc, f = towns[town]
            centre = math.exp(_others(logs, town))
            yield Finding(((doc, f),), {
                "label": label(f), "value": f.surface, "period": periods.label(period), "n": len(towns) - 1,
                "median": show(centre, unit), "times": show(f.value_norm / centre, "")})


def _others(logs: dict[str, float], town: str) -> float:
    """The median (of logs) of the towns other than ``town``: what the analyst compares it with."""
    return statistics.median(x for t, x in logs.items() if t != town)
