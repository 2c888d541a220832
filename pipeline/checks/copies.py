"""Checks for copying: the same sentence with the same figures in two towns' reports, and a town's figures
repeated unchanged from its previous report.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from difflib import SequenceMatcher

from .. import periods
from ..model import Figure, Sentence
from .comparing import comparable, exact, significant_digits, surfaces
from .prepared import Context, Doc
from .registry import Finding, Params, check


@check("copied_across_towns", fields=("town", "report", "other_town", "other_report", "figures"))
def copied_across_towns(ctx: Context, p: Params) -> Iterator[Finding]:
    min_figures, min_similarity = int(p.number("min_figures")), p.number("min_similarity")
    suffix = p.pattern("place_suffix")
    mask, place = p.word("town_mask"), p.word("place_word")

    def masked(doc: Doc, text: str) -> str:
        town = doc.town or ""
        stem = suffix.sub("", town)
        for name in filter(None, (town, stem if len(stem) >= 2 else "")):
            text = text.replace(name, mask)
        return suffix.sub(place, text)

    index: dict[tuple, list[tuple[Doc, Sentence, tuple[Figure, ...]]]] = defaultdict(list)
    for doc in sorted(ctx.docs, key=lambda d: d.report.report_id):
        for sent, figs in doc.sentences:
            # results with exact figures: goals (城镇调查失业率5.5%左右) and round bounds (突破7万亿元) are alike everywhere
            if len(figs) >= min_figures and doc.town and sum(
                    exact(f) and f.kind == "actual" and not doc.goal(sent, f) for f in figs) >= min_figures:
                index[tuple((f.value_norm, f.unit_norm) for f in figs)].append((doc, sent, figs))
    for entries in index.values():
        for (da, sa, fa), (db, sb, fb) in itertools.combinations(entries, 2):
            if da.town == db.town:
                continue
            ratio = SequenceMatcher(None, masked(da, sa.text.strip()), masked(db, sb.text.strip()), autojunk=False).ratio()
            if ratio >= min_similarity:
                yield Finding(tuple((da, f) for f in fa) + tuple((db, f) for f in fb), {
                    "town": da.town, "report": da.report.report_id, "other_town": db.town,
                    "other_report": db.report.report_id, "figures": surfaces(fa)})


@check("repeated_from_previous", fields=("figures", "previous_period", "previous_report"))
def repeated_from_previous(ctx: Context, p: Params) -> Iterator[Finding]:
    min_repeats, min_digits = int(p.number("min_repeats")), int(p.number("min_significant_digits"))
    measures = set(p.words("measures"))
    for docs in ctx.by_town.values():
        for doc in docs:
            earlier = [d for d in docs if d.span.last < doc.span.first]
            if not earlier:
                continue
            last = max(d.span.last for d in earlier)
            prev = min((d for d in earlier if d.span.last == last),
                       key=lambda d: (d.span.months != doc.span.months, d.report.report_id))
            before: dict[tuple, list[Figure]] = defaultdict(list)
            for psent, pfigs in prev.sentences:
                for g in pfigs:
                    if g.kind == "actual" and g.indicator_id and not g.scope_period and not prev.goal(psent, g):
                        before[(g.indicator_id, g.unit_norm, g.entity, g.value_norm)].append(g)
            for sent, figs in doc.sentences:
                pairs = [(f, before[(f.indicator_id, f.unit_norm, f.entity, f.value_norm)][0]) for f in figs
                         if f.kind == "actual" and f.indicator_id and not f.scope_period and not doc.goal(sent, f)
                         and before.get((f.indicator_id, f.unit_norm, f.entity, f.value_norm))]
                pairs = [(f, g) for f, g in pairs if comparable(doc, f, prev, g, same_concept=False, same_period=False)
                         and (doc.read(f).measure or "amount") in measures]  # a level or a rate may well stay put
                if not any(exact(f) for f, _ in pairs):
                    continue  # bounds alone (1500万人以上) are round figures, alike from year to year
                if len(pairs) >= min_repeats or any(significant_digits(f) >= min_digits for f, _ in pairs):
                    yield Finding(tuple((doc, f) for f, _ in pairs) + tuple((prev, g) for _, g in pairs), {
                        "figures": surfaces(f for f, _ in pairs), "previous_period": periods.label(prev.report.period),
                        "previous_report": prev.report.report_id})
