"""Checks within one report, rates and shares: a rate outside 0-100%, a range written upside down, shares of one
whole that add up to more than it, a completion rate or a share that its amount and its goal or whole do not give,
and a whole's shares written as a ratio (11.8︰48.3︰36.9) that do not add up to 100.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import normalize
from ..model import Figure, Sentence
from ..present import brief as show
from .comparing import bounds, exact, label, surfaces, written_range
from .prepared import Context, Doc
from .registry import Finding, Params, Written, check, ctx_pattern


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


@check("range_inverted", fields=("label", "value"))
def range_inverted(ctx: Context, p: Params) -> Iterator[Finding]:
    for doc in ctx.docs:
        for f in doc.figures:
            if f.value_high is not None and f.value is not None and f.value > f.value_high:
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface})


@check("overfulfilled_below_goal", fields=("label", "value"))
def overfulfilled_below_goal(ctx: Context, p: Params) -> Iterator[Finding]:
    claim_after, claim_before = p.pattern("claim_after"), p.pattern("claim_before")
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for i, f in enumerate(figs):
                if f.measure != "completion" or f.unit_norm != "%" or f.value_high is not None or bounds(f)[1] >= 100:
                    continue
                after = doc.text[f.end : figs[i + 1].start if i + 1 < len(figs) else sent.end]
                # 完成率95%,超额完成目标任务; 超额完成全年任务的95%: a rate below the goal said to be above it
                if claim_after.match(after) or claim_before.search(doc.clause_before(sent, f)):
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


@check("completion_mismatch", fields=("label", "done", "goal", "computed", "stated"))
def completion_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    goal_before, item_break, tolerance = p.pattern("goal_before"), p.pattern("item_break"), p.number("tolerance_points")
    part_cue = ctx_pattern("part_exceeds_whole", "part_cue")

    def done_and_goal(doc: Doc, sent: Sentence, figs: tuple[Figure, ...], k: int) -> tuple[Figure, Figure] | None:
        """The amount done and the goal the completion rate at k sets against each other, when the clause list
        before it names exactly one of each, in one unit."""
        goal, done = None, []
        for j in doc.back_in_list(sent, figs, k, item_break):
            f, gap = figs[j], doc.gap(sent, figs, j)
            if f.unit_norm == "%":
                continue
            if part_cue is not None and part_cue.search(gap):
                return None  # 其中…: a part's rate, or the whole's, cannot be told
            if goal is None and goal_before.search(gap):
                goal = f
            else:
                done.append(f)
        if goal is None or len(done) != 1 or done[0].unit_norm != goal.unit_norm:
            return None
        return done[0], goal

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for k, rate in enumerate(figs):
                if rate.measure != "completion" or rate.unit_norm != "%" or not exact(rate):
                    continue
                pair = done_and_goal(doc, sent, figs, k)
                if pair is None or not all(exact(f) for f in pair):
                    continue
                ranges = [written_range(f) for f in (*pair, rate)]
                if any(r is None for r in ranges) or ranges[1][0] <= 0:
                    continue
                (d_lo, d_hi), (g_lo, g_hi), (s_lo, s_hi) = ranges
                lo, hi = d_lo / g_hi * 100, d_hi / g_lo * 100
                if s_hi < lo - tolerance or s_lo > hi + tolerance:
                    done, goal = pair
                    yield Finding(((doc, done), (doc, goal), (doc, rate)), {
                        "label": label(done), "done": done.surface, "goal": goal.surface,
                        "computed": show((lo + hi) / 2, ""), "stated": rate.surface})


@check("share_mismatch", fields=("label", "part", "whole_label", "whole", "computed", "stated"))
def share_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    whole_named, item_break, tolerance = p.pattern("whole_named"), p.pattern("item_break"), p.number("tolerance_points")
    whole_before, whole_after = p.pattern("whole_before"), p.pattern("whole_after")

    def of_the_part(part: Figure, f: Figure) -> bool:  # a figure of the part's unit, place, period and kind
        return (f is not part and f.unit_norm == part.unit_norm and f.entity == part.entity
                and f.covered == part.covered and f.kind == part.kind and exact(f))

    def whole_of(doc: Doc, sent: Sentence, part: Figure, name: str) -> Figure | None:
        """The whole the share names, stated elsewhere: the canonical indicator the name is, once in the report;
        else the one figure of the report labelled with the name and at least as large as the part."""
        if (named := normalize.match(name, sent.text, part.unit_norm)) is not None:
            wholes = {f.value_norm: f for f in doc.figures if f.indicator_id == named.id and of_the_part(part, f)}
        else:
            wholes = {f.value_norm: f for f in doc.figures if of_the_part(part, f)
                      and (f.indicator or "").endswith(name) and bounds(f)[1] >= bounds(part)[0]}
        return next(iter(wholes.values())) if len(wholes) == 1 else None

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for k, share in enumerate(figs):
                if share.measure != "share" or share.unit_norm != "%" or not exact(share):
                    continue
                amounts = [j for j in doc.back_in_list(sent, figs, k, item_break) if figs[j].unit_norm != "%"]
                if (len(amounts) >= 2 and whole_after.match(doc.gap(sent, figs, k))
                        and whole_before.search(doc.gap(sent, figs, amounts[0]))):
                    whole, part = figs[amounts[0]], figs[amounts[1]]  # 税收收入1200万元，占财政总收入1500万元的80%
                    if not (of_the_part(part, whole) and exact(part)):
                        continue
                else:
                    named = whole_named.search(doc.gap(sent, figs, k))
                    if named is None or len(amounts) != 1 or not exact(figs[amounts[0]]):
                        continue
                    part = figs[amounts[0]]
                    whole = whole_of(doc, sent, part, named["whole"])
                    if whole is None:
                        continue  # a whole no figure is (占全镇经济总量): which one it is cannot be told
                ranges = [written_range(f) for f in (part, whole, share)]
                if any(r is None for r in ranges) or ranges[1][0] <= 0:
                    continue
                (p_lo, p_hi), (w_lo, w_hi), (s_lo, s_hi) = ranges
                lo, hi = p_lo / w_hi * 100, p_hi / w_lo * 100
                if s_hi < lo - tolerance or s_lo > hi + tolerance:
                    yield Finding(((doc, part), (doc, whole), (doc, share)), {
                        "label": label(part), "part": part.surface, "whole_label": label(whole), "whole": whole.surface,
                        "computed": show((lo + hi) / 2, ""), "stated": share.surface})


@check("ratio_not_whole", fields=("label", "ratio", "total"))
def ratio_not_whole(ctx: Context, p: Params) -> Iterator[Finding]:
    written, then, part, tolerance = p.pattern("written"), p.pattern("then"), p.pattern("part"), p.number("tolerance_points")
    for doc in ctx.docs:
        for m in written.finditer(doc.text):
            ratios = [m]
            if after := then.match(doc.text, m.end()):
                ratios.append(after)  # 由12.1：43.5：44.4调整为11.9：44.2：43.9
            for r in ratios:
                total = sum(float(x) for x in part.findall(r["ratio"]))
                if abs(total - 100) > tolerance:
                    item = Written(r.start("ratio"), r.end("ratio"), r["ratio"], m["label"])
                    yield Finding(((doc, item),), {"label": m["label"], "ratio": r["ratio"], "total": show(total, "")})

