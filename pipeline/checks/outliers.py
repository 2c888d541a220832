"""Checks across towns, outliers: a town's figure far from the median of the towns reporting the same
indicator for the same period (robust z on logs).
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
    county = p.words("county_level_suffixes")
    groups: dict[tuple, dict[str, tuple[Doc, Figure]]] = defaultdict(dict)
    for doc in sorted(ctx.docs, key=lambda d: d.report.report_id):
        if not doc.town or doc.town.endswith(county) or not doc.report.period:
            continue
        for (ind, unit), f in doc.town_values.items():
            if f.value_norm and f.value_norm > 0 and doc.own_period(f):
                groups[(doc.report.period, ind, unit, doc.read(f).measure or "")].setdefault(doc.town, (doc, f))
    for (period, _, unit, _), towns in sorted(groups.items()):
        if len(towns) < min_towns:
            continue
        logs = {town: math.log(f.value_norm) for town, (_, f) in towns.items()}
        med = statistics.median(logs.values())
        mad = max(statistics.median(abs(x - med) for x in logs.values()), min_mad)
        for town, x in logs.items():
            z = (x - med) / (1.4826 * mad)
            if abs(z) > max_z and abs(x - med) >= math.log(min_times):
                doc, f = towns[town]
                times = f.value_norm / math.exp(med)
                yield Finding(((doc, f),), {
                    "label": label(f), "value": f.surface, "period": periods.label(period), "n": len(towns),
                    "median": show(math.exp(med), unit), "times": show(times, "")})
