"""Checks within one report, periods: an actual figure covering months after the report's period
(period_not_over), or only months before it, stated as a result (earlier_period_as_result); a count of days
more than its period has (days_beyond_period).
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import labels, periods, rules
from ..model import Figure
from .comparing import label
from .prepared import Context, Doc
from .registry import NAME, Finding, Params, Written, check


def _covered_span(f: Figure, doc: Doc) -> periods.Span | None:
    """The months a figure covers (Figure.covered), or, for a figure from an older store without it,
    its scope_period read against the report."""
    if f.covered:
        return periods.span(f.covered)
    ref = periods.reference(doc.report.period, doc.report.delivered)
    return periods.read(f.scope_period, ref) if f.scope_period and ref else None


@check("period_not_over", fields=("label", "value", "scope", "period"))
def period_not_over(ctx: Context, p: Params) -> Iterator[Finding]:
    """An actual figure covering the rest of the year after the report's period (全年, 下半年 in a 1-5月 report); not
    a period of several years (十四五时期: a plan's span, its figures goals or cumulative so far), nor months named to
    an end before December (1-8月 in a half-year report: the report was written after August, it is no claim about
    months to come)."""
    for doc in ctx.docs:
        if doc.span is None:
            continue
        for f in doc.figures:
            if f.kind != "actual" or not f.scope_period:
                continue
            s = _covered_span(f, doc)
            if s is not None and s.last > doc.span.last and s.months <= 12 and s.ends_year:
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface, "scope": f.scope_period,
                                            "period": periods.label(doc.report.period)})


@check("days_beyond_period", fields=("label", "value", "period", "days"))
def days_beyond_period(ctx: Context, p: Params) -> Iterator[Finding]:
    """A count of the days on which something held (空气质量优良天数为191天) more than the days of the period it
    covers (a half-year: 181 or 182)."""
    day_units, counted = set(p.words("day_units")), p.pattern("days_counted")
    for doc in ctx.docs:
        for f in doc.figures:
            if f.kind != "actual" or f.unit_norm not in day_units or not counted.search(f.indicator or ""):
                continue
            s = _covered_span(f, doc)
            if s is None or s.point or s.months > 12:
                continue
            days = s.days
            if (f.value_norm or 0) > days and f.approx != "upper":
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface,
                                            "period": periods.label(periods.code(s)), "days": str(days)})


def _side_by_side(f: Figure, figs: tuple[Figure, ...], doc: Doc) -> bool:
    """The sentence sets periods side by side: other past values (1977年为31.5元，1978年为35.5元), a change
    that starts from the figure (由2017年929家增长到3605家), or the same indicator for another period."""
    later = [g for g in figs if g.start >= f.end]
    if later and labels.label_rules().from_to.search(doc.text, f.end, later[0].start):
        return True
    for g in figs:
        if g is f or g.covered == f.covered:
            continue
        s = _covered_span(g, doc)
        if (s is not None and s.last < doc.span.first) or (g.indicator_id and g.indicator_id == f.indicator_id):
            return True
        if _own_year_named(g, doc):
            return True  # the report's own year named beside it (2021年…2431亩,2022年新增…1616亩)
    return False


def _own_year_named(g: Figure, doc: Doc) -> bool:
    """The clause of ``g`` names the report's own year before it (2022年新增复耕复种1616亩 in a report of 2022)."""
    reach = max(0, g.start - 40)
    clause_start = max([m.end() for m in labels.label_rules().clause_break.finditer(doc.text, reach, g.start)], default=reach)
    own_year = periods.label(f"{doc.report.period}"[:4])  # the year of a 2022 or a 2022H1 report, as written
    return own_year in doc.text[clause_start : g.start]


def _reviewed_since(f: Figure, doc: Doc, since) -> bool:
    """The paragraph, before the figure, opens a review of the years since the figure's (2021年以来): those
    years are the span it reviews."""
    line_start = doc.text.rfind("\n", 0, f.start) + 1
    at = doc.text.find(f.scope_period, line_start, f.start)
    while at >= 0:
        if since.match(doc.text, at + len(f.scope_period)):
            return True
        at = doc.text.find(f.scope_period, at + 1, f.start)
    return False


def _year_by_year(f: Figure, doc: Doc) -> bool:
    """The paragraph gives the same measure for other years too (2016年脱贫98户…；2017年脱贫114户…；2018年脱贫144户…):
    a history of those years, not a past figure among this period's results."""
    line_start, line_end = doc.text.rfind("\n", 0, f.start) + 1, doc.text.find("\n", f.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    key = f.compare_key or f.indicator
    return any(g is not f and line_start <= g.start < line_end and g.scope_period and g.covered != f.covered
               and (g.compare_key or g.indicator) == key and g.unit_norm == f.unit_norm for g in doc.figures)


@check("earlier_period_as_result", fields=("label", "value", "scope", "period"))
def earlier_period_as_result(ctx: Context, p: Params) -> Iterator[Finding]:
    """An actual figure covering only months before the report's period (去年 in a report of this year;
    in a 政府工作报告 of January 2021, 去年 is the reviewed 2020 and no earlier period), unless its
    sentence sets periods side by side or it is the baseline of a change (去年同期完成…)."""
    reference, object_cue, since = p.pattern("reference_cue"), p.pattern("object_cue"), p.pattern("review_since")
    in_reviews = bool(rules.need(NAME, p.data, "in_reviews_delivered_later", bool, p.where))
    lr = labels.label_rules()
    breaks, baseline, comparison = lr.clause_break, lr.baseline_of_change, lr.comparison
    for doc in ctx.docs:
        if doc.span is None or (doc.report.delivered and not in_reviews):
            continue
        for sent, figs in doc.sentences:
            for f in figs:
                if f.kind != "actual" or not f.scope_period:
                    continue
                s = _covered_span(f, doc)
                if s is None or s.last >= doc.span.first:
                    continue
                mention = doc.text.rfind(f.scope_period, sent.start, f.start)
                if mention < 0:
                    continue  # the period comes from a heading: a section about another year, not a result
                between = doc.text[mention + len(f.scope_period) : f.start]
                lead_start = max([m.end() for m in breaks.finditer(doc.text, sent.start, mention)], default=sent.start)
                if (reference.search(between) or object_cue.match(doc.text[lead_start:mention])
                        or baseline.match(between) or comparison.search(doc.text, lead_start, mention)):
                    continue  # 去年6月同期完成2017万元, 比上年人均纯收入1848元增长8%: the baseline of a change
                if _side_by_side(f, figs, doc) or _year_by_year(f, doc) or _reviewed_since(f, doc, since):
                    continue
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface, "scope": f.scope_period,
                                            "period": periods.label(doc.report.period)})


@check("plan_year_slip", fields=("written", "plan", "year", "expected", "which"))
def plan_year_slip(ctx: Context, p: Params) -> Iterator[Finding]:
    """A year called the first or the last of a five-year plan that is not (2021年是“十三五”规划收官之年: the plan ran
    2016-2020). The plan's years are the period grammar's (rules/periods.yaml plans)."""
    written, first_words = p.pattern("written"), p.words("first_words")
    for doc in ctx.docs:
        for m in written.finditer(doc.text):
            plan = periods.resolve({"plan": m["plan"]}, None)
            if plan is None:
                continue
            expected = plan.first // 12 if m["which"] in first_words else plan.last // 12
            if int(m["year"]) != expected:
                item = Written(m.start(), m.end(), m.group(), m["plan"])
                yield Finding(((doc, item),), {"written": m.group(), "plan": m["plan"], "year": m["year"],
                                               "expected": str(expected), "which": m["which"]})
