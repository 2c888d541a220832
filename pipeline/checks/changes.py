"""Checks within one sentence, changes: a level stated with its change and the rate of that change (in either
order), or a change from one value to another with its rate, that do not agree (全年固定资产投资29.30亿元，较上年增长
11.37亿元，同比增长63.4%; 财政收入3318万元，同比增长39.47%，增加939万元; 由12000元增加到13200元，增长10%). Each
written number stands for every value that rounds to it, so a rate is flagged only when no such values give it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import normalize
from ..model import Figure
from ..present import brief as show
from .comparing import exact, label
from .prepared import Context
from .registry import Finding, Params, check

_WRITTEN = regex.compile(r"[0-9]+(?:\.([0-9]+))?")  # the Arabic number a surface is written with


def _range(f: Figure) -> tuple[float, float] | None:
    """The values (in the base unit) that round to the number as written; None when it is not written in
    Arabic digits."""
    m = _WRITTEN.search(f.surface)
    if m is None or not float(m[0]) or f.value_norm is None:
        return None
    half = 0.5 * 10 ** -len(m[1] or "") * f.value_norm / float(m[0])
    return f.value_norm - half, f.value_norm + half


def _rates(before: tuple[float, float], after: tuple[float, float]) -> tuple[float, float] | None:
    """The lowest and highest rate of change, in %, from any value in ``before`` to any in ``after``."""
    if before[0] <= 0:
        return None
    return (after[0] / before[1] - 1) * 100, (after[1] / before[0] - 1) * 100


@check("change_mismatch", fields=("label", "figures", "computed", "stated"))
def change_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    levels, item_break = set(p.words("level_measures")), p.pattern("item_break")
    signs = {"growth": 1, "decline": -1}
    tolerance = p.number("tolerance_points")
    lexicon = normalize.lexicon().by_id

    def real(f: Figure) -> bool:  # a rate at comparable prices: no level or change in current prices gives it
        ind = lexicon.get(f.indicator_id or "")
        return ind is not None and ind.real

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for i in range(len(figs) - 2):
                a, b, rate = figs[i : i + 3]
                if b.measure in signs and rate.measure == "change":
                    b, rate = rate, b  # 财政收入3318万元，同比增长39.47%，增加939万元: the rate before the change
                sign = signs.get(rate.measure or "")
                if (sign is None or rate.unit_norm != "%" or a.unit_norm != b.unit_norm or a.unit_norm == "%"
                        or not all(exact(f) for f in (a, b, rate)) or any(real(f) for f in (a, b, rate))
                        or any(item_break.search(doc.gap(sent, figs, j)) for j in (i + 1, i + 2))
                        or not rate.measure_of):
                    continue
                ra, rb, stated = _range(a), _range(b), _range(rate)
                if ra is None or rb is None or stated is None:
                    continue
                if b.measure == "change" and a.measure in levels and b.measure_of == rate.measure_of:
                    # a level, its change: the level before it was the level less the change (plus, for a fall)
                    before = (ra[0] - rb[1], ra[1] - rb[0]) if sign > 0 else (ra[0] + rb[0], ra[1] + rb[1])
                    after = ra
                elif doc.read(a).earlier_value and b.measure in levels and b.measure_of in (None, rate.measure_of) \
                        and a.indicator_id == b.indicator_id:
                    before, after = ra, rb  # 由12000元增加到13200元
                else:
                    continue
                rates = _rates(before, after)
                if rates is None:
                    continue
                lo, hi = sorted((sign * rates[0], sign * rates[1]))
                if stated[1] < lo - tolerance or stated[0] > hi + tolerance:
                    computed = (lo + hi) / 2
                    yield Finding(((doc, a), (doc, b), (doc, rate)), {
                        "label": rate.measure_of or label(a), "figures": f"{a.surface}、{b.surface}",
                        "computed": show(computed, ""), "stated": rate.surface})
