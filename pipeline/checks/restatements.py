"""Checks within one report, restatements: the same indicator stated twice, in different paragraphs, with
values that cannot both be right; a full-year estimate below what is already done.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from .. import periods
from ..model import Figure
from .comparing import bounds, comparable, label, surfaces
from .prepared import Context
from .registry import Finding, Params, check, ctx_pattern


@check("conflicting_restatement", fields=("label", "values"))
def conflicting_restatement(ctx: Context, p: Params) -> Iterator[Finding]:
    skip, min_label, caliber = p.pattern("skip_label"), p.number("min_label_chars"), p.pattern("unstated_caliber")
    part_cue = ctx_pattern("part_exceeds_whole", "part_cue")
    for doc in ctx.docs:
        groups: dict[tuple, list[tuple[int, Figure]]] = defaultdict(list)
        for sent, figs in doc.sentences:
            for i, f in enumerate(figs):
                if f.kind != "actual" or not f.indicator_id:
                    continue  # a target, or a figure of no known concept: nothing to restate
                if skip.search(f.indicator or "") or skip.search(doc.clause_before(sent, f)):
                    continue  # 分别, 每: a list of several subjects or a rule, not a total
                if part_cue is not None and part_cue.search(doc.gap(sent, figs, i)):
                    continue  # a part of a total, not a restatement
                if doc.goal(sent, f) and not f.estimated:
                    continue  # a goal, not a result to restate (预计全年实现…, an estimated result, is one)
                r = doc.read(f)
                if r.earlier_value or r.bracket is not None or len(r.label_key) < min_label:
                    continue  # a from-to pair, a breakdown or a label naming no subject
                name = f.indicator_name or ""
                if name.endswith(r.label_key) and caliber.fullmatch(name[: len(name) - len(r.label_key)]):
                    continue  # 新增就业 read as 城镇新增就业: the text leaves out the caliber (a sector's? a programme's?)
                paragraph = doc.text.rfind("\n", 0, f.start)
                groups[(f.indicator_id, f.unit_norm, f.entity, f.scope_period, r.label_key, r.measure)].append(
                    (paragraph, f))
        for members in groups.values():
            involved: dict[Figure, None] = {}
            for (pa, a), (pb, b) in itertools.combinations(members, 2):
                (a_lo, a_hi), (b_lo, b_hi) = bounds(a), bounds(b)
                if pa != pb and (a_lo > b_hi or b_lo > a_hi) and comparable(doc, a, doc, b):
                    involved.update({a: None, b: None})
            if involved:
                figs = sorted(involved, key=lambda f: f.start)
                yield Finding(tuple((doc, f) for f in figs), {"label": label(figs[0]), "values": surfaces(figs)})


@check("estimate_below_result", fields=("label", "estimate", "result"))
def estimate_below_result(ctx: Context, p: Params) -> Iterator[Finding]:
    baseline = p.pattern("baseline")
    for doc in ctx.docs:
        estimates = [(sent, f) for sent, figs in doc.sentences for f in figs
                     if f.estimated and f.kind == "actual" and f.indicator_id]
        for sent, e in estimates:
            within = periods.span(e.covered)
            if within is None or not within.ends_year or baseline.search(doc.clause_before(sent, e)):
                continue  # 全年为企业减负4800亿元，比年初预计的2700亿元多出…: a forecast the result is set against
            key = doc.read(e).label_key
            done = [f for f in doc.by_paragraph[doc.paragraph_of(e.start)]  # a paragraph reviews one stretch
                    if not f.estimated and f.kind == "actual" and f.start < e.start
                    and f.indicator_id == e.indicator_id and f.unit_norm == e.unit_norm and f.entity == e.entity
                    and doc.read(f).label_key == key and doc.read(f).measure == doc.read(e).measure
                    and (s := periods.span(f.covered)) is not None and within.contains(s)]
            above = [f for f in done if bounds(f)[0] > bounds(e)[1]]
            if above:
                yield Finding(((doc, above[-1]), (doc, e)),
                              {"label": label(e), "estimate": e.surface, "result": above[-1].surface})
