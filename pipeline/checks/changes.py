"""Checks within one sentence, changes: a level stated with its change and the rate of that change (in either
order), a level and the earlier level it is compared with, or a change from one value to another, with its rate,
that do not agree (全年固定资产投资29.30亿元，较上年增长
11.37亿元，同比增长63.4%; 财政收入3318万元，同比增长39.47%，增加939万元; 由12000元增加到13200元，增长10%); and a
level of one year, that of a later year and the average yearly growth between them (从2015年的39.70亿元增长到2020年
61.95亿元，年均增长9.3%). Each written number stands for every value that rounds to it, so a rate is flagged only when
no such values give it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import normalize, periods
from ..model import Figure, Sentence
from ..present import brief as show
from .comparing import exact, label, written_range
from .prepared import Context, Doc
from .registry import Finding, Params, Written, check


def _rates(before: tuple[float, float], after: tuple[float, float]) -> tuple[float, float] | None:
    """The lowest and highest rate of change, in %, from any value in ``before`` to any in ``after``."""
    if before[0] <= 0:
        return None
    return (after[0] / before[1] - 1) * 100, (after[1] / before[0] - 1) * 100


def _real(f: Figure) -> bool:
    """A rate at comparable prices: no level or change in current prices gives it."""
    ind = normalize.lexicon().by_id.get(f.indicator_id or "")
    return ind is not None and ind.real


def _before(earlier: Figure, later: Figure) -> bool:
    """``earlier`` covers a period that ends before ``later``'s begins (比上年的1848元 beside this year's 1996元)."""
    first, then = periods.span(earlier.covered), periods.span(later.covered)
    return first is not None and then is not None and first.last < then.first


@check("change_mismatch", fields=("label", "figures", "computed", "stated"))
def change_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    levels, item_break = set(p.words("level_measures")), p.pattern("item_break")
    bare_changes = set(p.words("bare_changes"))
    signs = {"growth": 1, "decline": -1, "growth_over_years": 1}  # 由…提高到…，增长: the whole change
    tolerance = p.number("tolerance_points")
    lexicon = normalize.lexicon().by_id

    def from_to_of(doc: Doc, sent: Sentence, figs: tuple[Figure, ...], k: int) -> tuple[Figure, Figure] | None:
        """The from and to values the rate at k is the change of, found by its indicator in the clause list
        before it: lists pair by position (由25940元、9234元分别提高到38625、14468元，增长48.9%、56.7%)."""
        ind = lexicon.get(figs[k].indicator_id or "")
        amount = (ind.growth_of or ind.derived_from) if ind else None
        if amount is None:
            return None
        to = None
        for j in doc.back_in_list(sent, figs, k, item_break):
            f = figs[j]
            if f.indicator_id != amount:
                continue
            if to is None and not doc.read(f).earlier_value:
                to = f
            elif to is not None and doc.read(f).earlier_value:
                return f, to
        return None

    def change(doc: Doc, a: Figure, b: Figure, rate: Figure) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The values before and after the change the rate is of, as ranges, when a and b tell them."""
        sign = signs.get(rate.measure or "")
        if (sign is None or rate.unit_norm != "%" or a.unit_norm != b.unit_norm or a.unit_norm == "%"
                or not all(exact(f) for f in (a, b, rate)) or any(_real(f) for f in (a, b, rate))
                or not rate.measure_of):
            return None
        ra, rb = written_range(a), written_range(b)
        if ra is None or rb is None:
            return None
        # a level, its change: the level before it was the level less the change (plus, for a fall); not a level of an
        # earlier period, which is the baseline (比去年同期13.88亿元增长6.39亿元,增幅45.4%)
        if (b.measure == "change" and a.measure in levels and b.measure_of in (rate.measure_of, *bare_changes)
                and not _before(a, rate)):
            return ((ra[0] - rb[1], ra[1] - rb[0]) if sign > 0 else (ra[0] + rb[0], ra[1] + rb[1])), ra
        if (doc.read(a).earlier_value and b.measure in levels and b.measure_of in (None, rate.measure_of)
                and a.indicator_id == b.indicator_id):
            return ra, rb  # 由12000元增加到13200元
        if (a.measure in levels and _before(b, a) and a.indicator_id is not None and a.indicator_id == b.indicator_id):
            return rb, ra  # 人均纯收入1996元，比上年人均纯收入1848元增长8%: the level, then the one it is compared with
        return None

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            candidates: dict[int, list[tuple[Figure, Figure, Figure]]] = {}  # rate's start -> (a, b, rate) to try
            for i in range(len(figs) - 2):
                a, b, rate = figs[i : i + 3]
                if b.measure in signs and rate.measure == "change":
                    b, rate = rate, b  # 财政收入3318万元，同比增长39.47%，增加939万元: the rate before the change
                if not any(item_break.search(doc.gap(sent, figs, j)) for j in (i + 1, i + 2)):
                    candidates.setdefault(rate.start, []).append((a, b, rate))
            for k, rate in enumerate(figs):
                if rate.measure in signs and (pair := from_to_of(doc, sent, figs, k)):
                    candidates.setdefault(rate.start, []).append((*pair, rate))
                if k >= 2 and rate.measure in signs and figs[k - 1].measure == "change":
                    # 新落户企业839户,注册资本35.46亿元,比去年同期增加563户,同比增长104%: the change's level is the nearest
                    # figure of its unit before it in the clause list
                    change_of = figs[k - 1]
                    level = next((figs[j] for j in doc.back_in_list(sent, figs, k - 1, item_break)
                                  if figs[j].unit_norm == change_of.unit_norm), None)
                    if level is not None and level is not figs[k - 2]:
                        candidates.setdefault(rate.start, []).append((level, change_of, rate))
            for tried in candidates.values():
                found = next(((t, c) for t in tried if (c := change(doc, *t))), None)
                if found is None:
                    continue
                (a, b, rate), (before, after) = found
                stated, sign = written_range(rate), signs[rate.measure]
                rates = _rates(before, after)
                if rates is None or stated is None:
                    continue
                lo, hi = sorted((sign * rates[0], sign * rates[1]))
                if stated[1] < lo - tolerance or stated[0] > hi + tolerance:
                    computed = (lo + hi) / 2
                    yield Finding(((doc, a), (doc, b), (doc, rate)), {
                        "label": rate.measure_of or label(a), "figures": f"{a.surface}、{b.surface}",
                        "computed": show(computed, ""), "stated": rate.surface})


def _year(f: Figure) -> int | None:
    s = periods.span(f.covered)
    return s.year if s is not None and s.whole_year else None


def _years_between(doc: Doc, first: Figure, last: Figure, rate: Figure) -> int | None:
    """The years from the level ``first`` to ``last``: by their own years (2015年的39.70亿元 … 2020年61.95亿元), else, for a
    change from one to the other written with no year (从9367亿元增加到12922亿元), the years of the span the rate covers
    or its heading names alone (一、“十三五”时期发展成就和2020年主要工作: five)."""
    a, b = _year(first), _year(last)
    if a is not None and b is not None and a != b:
        return b - a
    if not doc.read(first).earlier_value or doc.read(last).earlier_value:
        return None
    spans = [s for s in (periods.span(rate.covered), *(periods.span(w) for _, w in doc.periods_named(rate.section_path) if w))
             if s is not None and not s.point and s.months >= 24 and s.months % 12 == 0]
    return spans[0].months // 12 if len({s.months for s in spans}) == 1 else None


@check("average_growth_mismatch", fields=("label", "first", "last", "years", "computed", "stated"))
def average_growth_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    """An average yearly growth (年均增长) in current prices, and the two levels of the indicator it is the growth of
    nearest before it in its clause list, an earlier and a later one: (last / first) ** (1 / years) - 1 outside the
    stated rate."""
    item_break, tolerance = p.pattern("item_break"), p.number("tolerance_points")
    lexicon = normalize.lexicon().by_id
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            for k, rate in enumerate(figs):
                ind = lexicon.get(rate.indicator_id or "")
                if (rate.measure != "growth_multiyear" or rate.unit_norm != "%" or ind is None or ind.real
                        or (stated := written_range(rate)) is None or not exact(rate)):
                    continue
                of = ind.growth_of or ind.derived_from
                levels = [figs[j] for j in doc.back_in_list(sent, figs, k, item_break)
                          if figs[j].indicator_id == of and exact(figs[j])][:2]
                if len(levels) < 2:
                    continue
                last, first = levels  # nearest first: the later level, then the earlier
                years = _years_between(doc, first, last, rate)
                ra, rb = written_range(first), written_range(last)
                if not years or years < 2 or ra is None or rb is None or ra[0] <= 0 or first.unit_norm != last.unit_norm:
                    continue
                lo, hi = ((rb[0] / ra[1]) ** (1 / years) - 1) * 100, ((rb[1] / ra[0]) ** (1 / years) - 1) * 100
                if stated[1] < lo - tolerance or stated[0] > hi + tolerance:
                    yield Finding(((doc, first), (doc, last), (doc, rate)), {
                        "label": rate.measure_of or label(last), "first": first.surface, "last": last.surface,
                        "years": str(years), "computed": show((lo + hi) / 2, ""), "stated": rate.surface})


@check("rank_contradicted", fields=("written", "first", "last", "move"))
def rank_contradicted(ctx: Context, p: Params) -> Iterator[Finding]:
    """A place in a ranking said to rise that falls, or the other way (由全国第2位上升到第8位): a rise is a smaller
    rank number. Ranks are ordinals, no figures of the table: the written stretch is what the flag points at."""
    written, rising, falling = p.pattern("written"), set(p.words("rising")), set(p.words("falling"))
    for doc in ctx.docs:
        for m in written.finditer(doc.text):
            first, last = periods.number(m["first"]), periods.number(m["last"])
            if first is None or last is None or (m["move"] not in rising and m["move"] not in falling):
                continue
            case = "fell" if last > first else "rose" if last < first else "same"
            if (m["move"] in rising and case == "rose") or (m["move"] in falling and case == "fell"):
                continue
            item = Written(m.start(), m.end(), m.group(), m["move"])
            yield Finding(((doc, item),), {"written": m.group(), "first": m["first"], "last": m["last"],
                                           "move": m["move"]}, case)
