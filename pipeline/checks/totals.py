"""Checks within one report, totals: listed items whose sum is not the total stated with them (A 3个、B 5个，共9个;
共9个，分别为A 3个、B 5个).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..model import Figure
from ..present import brief as show
from .comparing import additive, comparable, exact, surfaces
from .prepared import Context, Doc
from .registry import Finding, Params, check


@check("total_mismatch", fields=("parts", "sum", "total"))
def total_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    total_cue, breakdown, item_break = p.pattern("total_cue"), p.pattern("breakdown_cue"), p.pattern("item_break")
    min_parts = int(p.number("min_parts"))

    def finding(doc: Doc, parts: list[Figure], total: Figure) -> Finding | None:
        if len(parts) < min_parts or not all(exact(f) for f in (*parts, total)):
            return None
        if not additive(doc, total) or not all(comparable(doc, total, doc, f, same_concept=False, part=True) for f in parts):
            return None  # a growth, a per-capita value or another period among them: no sum to check
        got = sum(f.value_norm for f in parts)
        if math.isclose(got, total.value_norm, rel_tol=1e-9, abs_tol=1e-9):
            return None
        return Finding(tuple((doc, f) for f in (*parts, total)),
                       {"parts": surfaces(parts), "sum": show(got, total.unit_norm), "total": total.surface})

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            run: list[Figure] = []
            for i, f in enumerate(figs):
                gap = doc.gap(sent, figs, i)
                same_unit = bool(run) and f.unit_norm == run[-1].unit_norm
                if same_unit and total_cue.match(gap):
                    found = finding(doc, run, f)  # A 3个、B 5个，共9个
                    if found:
                        yield found
                    run = []
                    continue
                if same_unit and not item_break.search(gap):
                    run.append(f)
                else:
                    run = [f]
            for i, f in enumerate(figs):  # 共9个，分别为A 3个、B 5个
                if not total_cue.search(doc.clause_before(sent, f)) or i + 1 >= len(figs):
                    continue
                if not breakdown.search(doc.gap(sent, figs, i + 1)):
                    continue
                parts = []
                for j in range(i + 1, len(figs)):
                    if figs[j].unit_norm != f.unit_norm or (parts and item_break.search(doc.gap(sent, figs, j))):
                        break
                    parts.append(figs[j])
                found = finding(doc, parts, f)
                if found:
                    yield found
