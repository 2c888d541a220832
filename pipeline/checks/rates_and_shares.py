"""Checks within one report, rates and shares: a rate outside 0-100%, and shares of one whole that add up to
more than it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import normalize
from ..model import Figure
from ..present import brief as show
from .comparing import bounds, label, surfaces
from .prepared import Context
from .registry import Finding, Params, check


@check("rate_out_of_range", fields=("label", "value"))
def rate_out_of_range(ctx: Context, p: Params) -> Iterator[Finding]:
    rate_words, growth_words = p.words("rate_words"), p.words("growth_words")
    unbounded, unbounded_measures = p.words("unbounded_words"), set(p.words("unbounded_measures"))
    lexicon = normalize.lexicon().by_id
    for doc in ctx.docs:
        for f in doc.figures:
            if f.unit_norm != "%" or any(w in (f.indicator or "") for w in (*growth_words, *unbounded)):
                continue
            ind = lexicon.get(f.indicator_id or "")
            is_rate = any(w in (f.indicator or "") for w in rate_words) or (
                ind is not None and ind.dimension == "percent" and not ind.also)
            lo, hi = bounds(f)
            if is_rate and (lo > 100 or hi < 0) and doc.read(f).measure not in unbounded_measures:
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface})


@check("shares_exceed_whole", fields=("items", "total"))
def shares_exceed_whole(ctx: Context, p: Params) -> Iterator[Finding]:
    cue, max_total = p.pattern("share_cue"), p.number("max_total")
    whole_cue, list_gap = p.pattern("whole_cue"), p.pattern("list_gap")
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            runs: list[list[Figure]] = []
            for i, f in enumerate(figs):
                gap = doc.gap(sent, figs, i)
                if f.unit_norm != "%" or not cue.search(gap):
                    continue
                if runs and runs[-1][-1] is figs[i - 1] and list_gap.search(gap):
                    runs[-1].append(f)  # 水田占62%、旱地占45%: another share of the same whole
                elif whole_cue.search(gap):
                    runs.append([f])  # the whole is named before the first share: 全乡耕地中，水田占
            for shares in runs:
                total = sum(bounds(f)[0] for f in shares)
                if len(shares) >= 2 and total > max_total:
                    yield Finding(tuple((doc, f) for f in shares), {"items": surfaces(shares), "total": show(total, "")})
