"""Checks within one report, parts and wholes: a part above its whole (configured pairs of indicators, what
follows 其中, or one year above the total of the years it is in), an area larger than the region itself, and persons
against households (fewer persons than households, or too many a household).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import regex

from .. import normalize, periods, rules, units
from ..model import Figure
from ..present import brief as show
from ..units import unit_of
from .comparing import INF, additive, bounds, comparable, half_unit, label, surfaces
from .prepared import Context, Doc
from .registry import NAME, Finding, Params, check, ctx_pattern


@check("part_exceeds_whole", fields=("part", "part_label", "whole", "whole_label"))
def part_exceeds_whole(ctx: Context, p: Params) -> Iterator[Finding]:
    pairs = []
    for i, pair in enumerate(p.list("pairs")):
        at = f"{p.where}.pairs[{i}]"
        pairs.append((_indicator(pair, "part", at), _indicator(pair, "whole", at)))
    part_cue, list_break, head_chars = p.pattern("part_cue"), p.pattern("list_break"), int(p.number("count_head_chars"))
    part_opens = p.pattern("part_opens")
    goal_before = ctx_pattern("completion_mismatch", "goal_before")

    def finding(doc: Doc, whole: Figure, parts: list[Figure]) -> Finding | None:
        # decimals are rounded: 4.86亿元 and 0.54亿元 of 5.39亿元 add up within their last digits (a whole
        # number of 万亿 or 亿 is taken as written)
        if sum(bounds(f)[0] - _rounding(f) for f in parts) <= bounds(whole)[1] + _rounding(whole):
            return None
        lo, hi = bounds(whole)
        running = 0.0
        for f in parts[:-1]:  # 低保521户、特困142户 make the 663户; 双重身份122户 counted again is a cross-cut
            running += bounds(f)[0]
            if lo <= running <= hi or math.isclose(running, lo, rel_tol=1e-9):
                return None
        part_labels = "、".join(dict.fromkeys(label(f) for f in parts))
        return Finding(((doc, whole), *((doc, f) for f in parts)), {
            "part": surfaces(parts), "part_label": part_labels, "whole": whole.surface, "whole_label": label(whole)})

    fixed_label, found_cue = p.pattern("fixed_label"), p.pattern("found_cue")
    later_stage, earlier_stage = p.pattern("later_stage"), p.pattern("earlier_stage")
    value_added, gross_output = p.pattern("value_added"), p.pattern("gross_output")
    bracket_whole = p.pattern("bracket_whole")
    for doc in ctx.docs:
        yield from (found for whole, part in _fixed_and_found(doc, fixed_label, found_cue)
                    if (found := finding(doc, whole, [part])))
        yield from (found for whole, part in _fixed_and_found(doc, later_stage, earlier_stage)  # 招商项目11个,开工建设9个
                    if (found := finding(doc, whole, [part])))
        for sent, figs in doc.sentences:  # 48名(共46名)
            yield from (found for i in range(1, len(figs)) if bracket_whole.match(doc.gap(sent, figs, i))
                        and figs[i].unit_norm == figs[i - 1].unit_norm and (found := finding(doc, figs[i], [figs[i - 1]])))
            yield from (found for whole, part in _year_in_span(doc, figs) if (found := finding(doc, whole, [part])))
        for figs in doc.by_paragraph.values():  # a pair is stated in one paragraph (财政总收入…；地方公共财政预算收入…)
            for part_id, whole_id in pairs:
                for part in figs:
                    if part.indicator_id != part_id:
                        continue
                    same = [w for w in figs if w.indicator_id == whole_id and w.entity == part.entity
                            and w.scope_period == part.scope_period and comparable(doc, w, doc, part, same_concept=False)]
                    before, after = [w for w in same if w.start < part.start], [w for w in same if w.start > part.start]
                    whole = before[-1] if before else (after[0] if after else None)
                    found = finding(doc, whole, [part]) if whole is not None else None
                    if found:
                        yield found
        for sent, figs in doc.sentences:
            for i in range(len(figs)):
                if not part_cue.search(doc.gap(sent, figs, i)):
                    continue
                bracket = doc.read(figs[i]).bracket
                listed = [figs[i]]  # the parts: up to the end of the list or a nested 其中, brackets left out
                for j in range(i + 1, len(figs)):
                    gap = doc.gap(sent, figs, j)
                    if list_break.search(gap) or part_cue.search(gap):
                        break
                    if doc.read(figs[j]).bracket == bracket and not (goal_before and goal_before.search(gap)):
                        listed.append(figs[j])  # not the goal a part is measured against (完成年度计划6亿元的83%)
                listed = [f for f in listed if not doc.read(f).earlier_value]  # 由300亿元提高到450亿元: one part
                listed = _distinct_parts(listed)
                for unit in dict.fromkeys(f.unit_norm for f in listed):
                    # the first part that adds up: 其中500万元以上项目 names a bound before the part it bounds
                    first = next((f for f in listed if f.unit_norm == unit and additive(doc, f)), None)
                    if first is None:
                        continue
                    before = figs[:i] if i else doc.clause_list_before(sent, part_opens)
                    wholes = [w for w in reversed(before) if doc.read(w).bracket in (None, bracket)
                              and additive(doc, w) and comparable(doc, w, doc, first, same_concept=False, part=True)]
                    if not wholes:
                        continue  # no figure before it is of the same measure and period: nothing to say
                    whole = wholes[0]  # the nearest, unless the parts fit one before it (全口径税收130220万元,区级税收
                    # 30225万元,其中基础税收54691万元: 其中 may be of either)
                    parts = [f for f in listed if comparable(doc, whole, doc, f, same_concept=False, part=True)]
                    if parts and _counts_what_whole_counts(whole, parts[0], head_chars):
                        parts = [f for f in parts if _counts_what_whole_counts(whole, f, head_chars)]
                    if _gross_in_value_added(whole, parts, value_added, gross_output):
                        continue
                    found = finding(doc, whole, parts)
                    if found and not any(finding(doc, w, parts) is None for w in wholes[1:]):
                        yield found


def _year_in_span(doc: Doc, figs: tuple[Figure, ...]) -> Iterator[tuple[Figure, Figure]]:
    """(the total of several years, one of those years) of one indicator in one sentence, results both: a year is a
    part of the years it is in (2015年全社会固定资产投资690亿元,五年累计完成2507亿元)."""
    for whole in figs:
        span = periods.span(whole.covered) if whole.covered and whole.indicator_id and whole.kind == "actual" else None
        if span is None or span.point or span.months <= 12 or not additive(doc, whole):
            continue
        for part in figs:
            year = periods.span(part.covered) if part is not whole and part.covered else None
            if (year is not None and not year.point and year.months <= 12 and span.first <= year.first
                    and year.last <= span.last and part.indicator_id == whole.indicator_id and part.kind == "actual"
                    and part.unit_norm == whole.unit_norm and part.entity == whole.entity):
                yield whole, part


def _families(p: Params) -> list[tuple[str, tuple[str, ...]]]:
    """A check's `families`: (the whole's indicator, its parts'), each an id rules/indicators.yaml has."""
    families = []
    for i, family in enumerate(p.list("families")):
        at = f"{p.where}.families[{i}]"
        parts = tuple(_known(ind, at) for ind in rules.need(NAME, family, "parts", list, at))
        families.append((_indicator(family, "whole", at), parts))
    return families


def _whole_and_parts(ctx: Context, p: Params, usable) -> Iterator[tuple[Doc, Figure, list[Figure]]]:
    """(report, whole, its parts) of a family of the check's, in one paragraph: each part stated once, of the whole's
    place, period and kind (a part given twice or missing says nothing), the whole and every part ``usable``."""
    families = _families(p)
    for doc in ctx.docs:
        for figs in doc.by_paragraph.values():
            for whole_id, part_ids in families:
                for whole in (f for f in figs if f.indicator_id == whole_id and usable(f)):
                    parts = [[f for f in figs if f.indicator_id == pid and f.entity == whole.entity
                              and f.covered == whole.covered and f.kind == whole.kind] for pid in part_ids]
                    if all(len(found) == 1 and usable(found[0]) for found in parts):
                        yield doc, whole, [found[0] for found in parts]


_SIGNS = {"growth": 1, "decline": -1}  # rules/measures.yaml: a rise, or a fall written as a positive number (下降8%)


@check("growth_outside_parts", fields=("whole_label", "whole", "parts"))
def growth_outside_parts(ctx: Context, p: Params) -> Iterator[Finding]:
    tolerance = p.number("tolerance_points")
    for doc, whole, parts in _whole_and_parts(ctx, p, lambda f: f.measure in _SIGNS):
        rates = [_signed(f) for f in parts]
        lo, hi = _signed(whole)
        if lo > max(r[1] for r in rates) + tolerance or hi < min(r[0] for r in rates) - tolerance:
            yield Finding(((doc, whole), *((doc, f) for f in parts)), {
                "whole_label": label(whole), "whole": whole.surface, "parts": surfaces(parts)})


def _signed(f: Figure) -> tuple[float, float]:
    """The rate as a signed range of the values that round to it."""
    lo, hi = bounds(f)
    return (lo, hi) if _SIGNS[f.measure] > 0 else (-hi, -lo)


@check("parts_sum_mismatch", fields=("whole_label", "whole", "parts", "sum"))
def parts_sum_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    share = p.number("tolerance_share")
    for doc, whole, parts in _whole_and_parts(ctx, p, lambda f: not f.approx):
        total = sum(bounds(f)[0] for f in parts)
        slack = sum(half_unit(f) or 0.0 for f in (whole, *parts)) + share * bounds(whole)[0]
        if abs(total - bounds(whole)[0]) > slack:
            yield Finding(((doc, whole), *((doc, f) for f in parts)), {
                "whole_label": label(whole), "whole": whole.surface, "parts": surfaces(parts),
                "sum": show(total, whole.unit_norm or "")})


def _fixed_and_found(doc: Doc, fixed_label: regex.Pattern, found_cue: regex.Pattern) -> Iterator[tuple[Figure, Figure]]:
    """(found, fixed) pairs: a figure labelled only by a verb of putting right (已整改172户) and the nearest figure of
    its unit before it in its paragraph, when a verb of finding is in that one's label or clause (排查问题户157户)."""
    before: list[tuple[int, str, Figure]] = []  # (paragraph, clause before it, figure) in the order of the text
    for sent, figs in doc.sentences:
        for f in figs:
            paragraph = doc.paragraph_of(f.start)
            if fixed_label.fullmatch(f.indicator or "") and additive(doc, f):
                whole, clause = next(((w, c) for pw, c, w in reversed(before)
                                      if pw == paragraph and w.unit_norm == f.unit_norm), (None, ""))
                if whole is not None and whole.kind == f.kind and additive(doc, whole) and (
                        found_cue.search(whole.indicator or "") or found_cue.search(clause)):
                    yield whole, f
            before.append((paragraph, doc.clause_before(sent, f), f))


def _gross_in_value_added(whole: Figure, parts: list[Figure], value_added: regex.Pattern,
                          gross_output: regex.Pattern) -> bool:
    """A gross output (工业总产值) listed under a value added (国民生产总值, 增加值): no part of it, whatever its size."""
    return bool(value_added.search(whole.indicator or "")) and any(
        gross_output.search(f.indicator or "") and not value_added.search(f.indicator or "") for f in parts)


def _indicator(entry: dict, key: str, at: str) -> str:
    """The indicator id under ``key`` of a check's entry, which rules/indicators.yaml must have."""
    return _known(rules.need(NAME, entry, key, str, at), at)


def _known(ind: str, at: str) -> str:
    if ind not in normalize.lexicon().by_id:
        raise rules.RuleError(f"rules/{NAME}.yaml: {at}: no indicator {ind!r} in rules/indicators.yaml")
    return ind


def _rounding(f: Figure) -> float:
    """What a number written with decimals may have been rounded by (0.54亿元: 0.005亿元); 0 for whole numbers."""
    return (half_unit(f) or 0.0) if "." in f.surface else 0.0


def _counts_what_whole_counts(whole: Figure, part: Figure, head_chars: int) -> bool:
    """A count after 其中 names what the whole counts: the last ``head_chars`` characters of its label stand in
    the whole's (竹企业 of 新引进企业). When the first part does, a later one that does not is no part (新开工项目
    listed after it); parts named by a state (已消除风险30户 of 监测户) are all parts. Other measures, and
    labels too short to tell, are parts."""
    unit = unit_of(part.unit)
    head = (part.indicator or "")[-head_chars:]
    return unit is None or unit.dimension != "count" or len(head) < head_chars or head in (whole.indicator or "")


def _distinct_parts(listed: list[Figure]) -> list[Figure]:
    """The parts once each: a part named again (税收收入1916万元，突破2000万元大关) is not one more addend."""
    seen, parts = set(), []
    for f in listed:
        key = (f.compare_key or f.indicator or f.start, f.entity, f.scope_period)
        if key not in seen:
            seen.add(key)
            parts.append(f)
    return parts


@check("persons_households", fields=("households", "persons", "ratio", "label"))
def persons_households(ctx: Context, p: Params) -> Iterator[Finding]:
    max_ratio = p.number("max_persons_per_household")
    joiner = p.pattern("joiner")
    households, persons = p.word("households_unit"), p.word("persons_unit")
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for i in range(1, len(figs)):
                hh, ps = figs[i - 1], figs[i]
                if hh.unit_norm != households or ps.unit_norm != persons or not joiner.match(doc.gap(sent, figs, i)):
                    continue
                (h_lo, h_hi), (p_lo, p_hi) = bounds(hh), bounds(ps)
                fields = {"households": hh.surface, "persons": ps.surface, "label": label(hh),
                          "ratio": show(p_lo / h_hi if h_hi else 0, "")}
                if p_hi < h_lo:
                    yield Finding(((doc, hh), (doc, ps)), fields, "fewer")
                elif 0 < h_hi < INF and p_lo / h_hi > max_ratio:
                    yield Finding(((doc, hh), (doc, ps)), fields, "too_many")


@check("area_beyond_region", fields=("label", "area", "region_label", "region_area"))
def area_beyond_region(ctx: Context, p: Params) -> Iterator[Finding]:
    region_ids, not_within, share = set(p.words("region")), p.pattern("not_within"), p.number("tolerance_share")
    for doc in ctx.docs:
        regions = [f for f in doc.figures if f.indicator_id in region_ids and not f.entity and f.kind == "actual"]
        if not regions:
            continue
        region = max(regions, key=lambda f: bounds(f)[1])
        for f in doc.figures:
            if (f in regions or f.entity or f.kind != "actual" or units.dimension(f.unit_norm) != "area"
                    or not additive(doc, f) or not_within.search(f.indicator or "")):
                continue
            # the value as written, 近 or not (近60万亩 is close to 60万亩): the tolerance absorbs the approximation
            larger = units.in_unit(f.value_norm or 0.0, f.unit_norm or "", region.unit_norm or "")
            if larger is not None and larger > bounds(region)[1] * (1 + share):
                yield Finding(((doc, f), (doc, region)), {"label": label(f), "area": f.surface,
                                                          "region_label": label(region), "region_area": region.surface})


@check("nested_thresholds", fields=("label", "lower_bound", "lower_count", "higher_bound", "higher_count"))
def nested_thresholds(ctx: Context, p: Params) -> Iterator[Finding]:
    bound_after, bound_in = p.pattern("bound_after"), p.pattern("bound_in")
    to_count, not_measure = p.pattern("to_count"), p.pattern("not_measure")
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            tiers: list[tuple[str, Figure, Figure]] = []  # (what the bound is of, the bound, the count above it)
            for i in range(1, len(figs)):
                bound, count = figs[i - 1], figs[i]
                between = doc.text[bound.end : count.start]
                after = bound_after.match(between)
                rest = between[after.end() :] if after else between
                if not (after or bound_in.search(bound.surface)) or not to_count.fullmatch(rest):
                    continue
                if bound.unit_norm == count.unit_norm or bound.value_norm is None or count.value_norm is None:
                    continue
                # 注册资金在1000万以上的200家,5000万元以上的39家: a tier naming no measure is of the one before
                measure = not_measure.sub("", doc.clause_before(sent, bound)) or (tiers[-1][0] if tiers else "")
                tiers.append((measure, bound, count))
            for a, b in itertools.combinations(tiers, 2):
                if a[0] != b[0] or (a[1].unit_norm, a[2].unit_norm) != (b[1].unit_norm, b[2].unit_norm):
                    continue
                low, high = sorted((a, b), key=lambda t: t[1].value_norm)
                if low[1].value_norm < high[1].value_norm and high[2].value_norm > low[2].value_norm:
                    yield Finding(((doc, low[2]), (doc, high[2])), {
                        "label": low[0] or label(low[2]),
                        "lower_bound": bound_in.sub("", low[1].surface), "lower_count": low[2].surface,
                        "higher_bound": bound_in.sub("", high[1].surface), "higher_count": high[2].surface})
