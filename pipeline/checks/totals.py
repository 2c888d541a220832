"""Checks within one report, totals: listed items whose sum is not the total stated with them (A 3个、B 5个，共9个;
共9个，分别为A 3个、B 5个; 9个（A 3个、B 5个）), and a count that is not the number of things named before it
(甲村、乙村、丙村4个村).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import regex

from .. import periods
from ..model import Figure, Sentence
from ..present import brief as show
from ..units import unit_of
from .comparing import additive, bounds, comparable, exact, label, surfaces
from .prepared import Context, Doc
from .registry import Finding, Params, check


@check("total_mismatch", fields=("parts", "sum", "total"))
def total_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    total_cue, breakdown, item_break = p.pattern("total_cue"), p.pattern("breakdown_cue"), p.pattern("item_break")
    min_parts = int(p.number("min_parts"))
    partial, near = p.pattern("bracket_partial"), p.number("bracket_near")

    def finding(doc: Doc, parts: list[Figure], total: Figure, within: float | None = None) -> Finding | None:
        if len(parts) < min_parts or not all(exact(f) for f in (*parts, total)):
            return None
        if not additive(doc, total) or not all(comparable(doc, total, doc, f, same_concept=False, part=True) for f in parts):
            return None  # a growth, a per-capita value or another period among them: no sum to check
        got = sum(f.value_norm for f in parts)
        if math.isclose(got, total.value_norm, rel_tol=1e-9, abs_tol=1e-9):
            return None
        if within is not None and got < total.value_norm * (1 - within):
            return None  # far below: a breakdown of some parts only
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
            for total, parts in _bracketed(doc, sent, figs, partial):  # 9个（A 3个、B 5个）
                found = finding(doc, parts, total, near)
                if found:
                    yield found


def _bracketed(doc: Doc, sent: Sentence, figs: tuple[Figure, ...], partial: regex.Pattern
               ) -> Iterator[tuple[Figure, list[Figure]]]:
    """(total, parts) of each bracket that follows figures right away and holds figures of their unit: the
    figures written together before it (261户1233人) are totals, each of the parts in its unit."""
    text = doc.text
    inside: dict[int, list[Figure]] = {}
    for f in figs:
        opened = doc.read(f).bracket
        if opened is not None:
            inside.setdefault(opened, []).append(f)
    for opened, parts in inside.items():
        closed = text.find(text[opened].translate(_CLOSING), parts[-1].end, sent.end)
        if closed < 0 or partial.search(text, opened, closed):
            continue
        totals = []
        for f in reversed([f for f in figs if f.end <= opened]):
            if text[f.end : totals[-1].start if totals else opened].strip():
                break
            totals.append(f)
        for total in totals:
            same = [f for f in parts if f.unit_norm == total.unit_norm and doc.read(f).bracket == opened]
            yield total, same


_CLOSING = str.maketrans("（(", "）)")


@check("listed_count_mismatch", fields=("label", "count", "items", "listed"))
def listed_count_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    clause, joiner, last_joiner = p.pattern("list_clause"), p.pattern("item_joiner"), p.pattern("last_joiner")
    open_list, item, counted_after = p.pattern("open_list"), p.pattern("item"), p.pattern("counted_after")
    named_after, clause_end, list_over = p.pattern("named_after"), p.pattern("clause_end"), p.pattern("list_over")
    list_comma = p.pattern("list_comma")

    def mismatch(doc: Doc, f: Figure, label: str, items: list[str], case: str) -> Finding | None:
        listed = {len(items), len(items) + bool(last_joiner.search(items[-1]))}  # A、B和C: 3, or 2 names and B和C
        if f.value_norm in listed:
            return None
        return Finding(((doc, f),), {"label": label, "count": f.surface, "items": "、".join(items),
                                     "listed": "或".join(str(n) for n in sorted(listed))}, case=case)

    def named_after_count(doc: Doc, sent: Sentence, figs: tuple[Figure, ...], f: Figure) -> Finding | None:
        """签约四个项目,分别是A、B和C: the things counted named after the count, up to their clause's end."""
        named = named_after.match(doc.text, f.end, sent.end)
        end = clause_end.search(doc.text, named.end(), sent.end)
        stop = end.start() if end else sent.end
        written = doc.text[named.end() : stop]
        items = [i for i in joiner.split(written) if i]
        goes_on = end is not None and list_comma.fullmatch(end[0]) and not list_over.match(doc.text, end.end())
        counts = any(named.end() <= g.start < stop and g.unit_norm == f.unit_norm for g in figs)  # a breakdown
        if len(items) < 2 or open_list.search(written) or goes_on or counts:
            return None
        return mismatch(doc, f, named["things"], items, "after")

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for f in figs:
                unit = unit_of(f.unit)
                if unit is None or unit.dimension != "count" or not exact(f) or f.value_norm is None:
                    continue
                if named_after.match(doc.text, f.end, sent.end):
                    if found := named_after_count(doc, sent, figs, f):
                        yield found
                    continue
                counted = counted_after.match(doc.text, f.end, sent.end)
                if counted is None:
                    continue
                written = clause.search(doc.text, sent.start, f.start)
                items = joiner.split(written[0]) if written else []
                if len(items) == 1:  # 招引了万亿全屋智能家居和华邦保和2个项目: two things joined by 和 alone
                    items = [i for i in last_joiner.split(items[0]) if i]
                if len(items) < 2 or open_list.search(written[0]) or not all(item.fullmatch(i) for i in items):
                    continue
                if found := mismatch(doc, f, counted[0], items, "before"):
                    yield found


@check("daily_average_mismatch", fields=("label", "total", "period", "average", "computed"))
def daily_average_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    """A total of a period and, right after it in its sentence, its average per day or per month that the total does
    not give (新设市场主体30.98万户，日均新设1849户: 30.98万 / 365 = 849). A day may be a working day (日均办件: a year has
    some 250), so a daily average is allowed anywhere from the calendar days' to the working days'; nothing in the
    sentence up to the average may name a part of the period or a longer one (国庆假期, 其中, 累计)."""
    per_day, per_month, part = p.pattern("per_day"), p.pattern("per_month"), p.pattern("part_cue")
    working, tolerance, totals = p.number("working_share"), p.number("tolerance"), set(p.words("total_measures"))
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for total, average in itertools.pairwise(figs):
                if (average.measure != "per_day" or total.measure not in totals
                        or total.unit_norm != average.unit_norm or total.kind != average.kind):
                    continue
                between = doc.text[total.end : average.start]
                s = periods.span(total.covered) if total.covered else doc.span
                if part.search(doc.text, sent.start, average.start) or s is None or s.point or s.months > 12:
                    continue
                if per_month.search(between):
                    fewest, most = s.months, s.months
                elif per_day.search(between):
                    fewest, most = s.days * working, s.days
                else:
                    continue
                (t_lo, t_hi), (a_lo, a_hi) = bounds(total), bounds(average)
                lo, hi = t_lo / most * (1 - tolerance), t_hi / fewest * (1 + tolerance)
                if a_hi < lo or a_lo > hi:
                    yield Finding(((doc, total), (doc, average)), {
                        "label": label(total), "total": total.surface, "period": periods.label(periods.code(s)),
                        "average": average.surface, "computed": show(t_lo / most, average.unit_norm)})
