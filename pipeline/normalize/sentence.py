"""Figures read with those before them in their sentence, when their own label says too little: a
growth after a level is that level's growth (实际增长6.1%); a label of only verbs and frames (完成, 占任务的)
states the figure before it again, or its completion of the plan; a subject named before an amount
(规上工业预计完成产值) stands before the bare amounts after it (完成增加值: 规上工业增加值); a bare amount that ends
the measure before it restates that measure (固投计划…，累计完成投资: 固定资产投资)."""

from __future__ import annotations

from .. import rules
from ..model import Figure, evolve
from .indicators import NAME, Indicator, lexicon
from .measures import measure_rules, stripped, what_of


@rules.cached
def _growth_of_level() -> dict[str, Indicator]:
    """level indicator id -> the indicator of its growth rate (econ.gdp -> econ.gdp_growth)."""
    lex = lexicon()
    return {ind.growth_of: ind for ind in lex.indicators if ind.growth_of and ind.growth_of in lex.by_id}


def growth_of_previous(f: Figure, previous: Figure | None) -> Figure:
    """A growth rate that names no subject of its own (扣除价格因素，实际增长6.1%) is the growth of the
    figure before it in the sentence (全国居民人均可支配收入39218元，比上年增长6.3%，…), or the same
    growth again (名义增长9.1%，实际增长8.1%)."""
    if (f.indicator_id or f.measure != "growth" or f.measure_of or previous is None
            or previous.sentence != f.sentence or not previous.indicator_id):
        return f
    ind = lexicon().by_id.get(previous.indicator_id)
    amount_id = previous.indicator_id
    if ind is not None and ind.derived_from and ind.unit != "%":  # 同比增加172.6吨，增18%: the amount's, not its change's
        amount_id, ind = ind.derived_from, None
    if ind is None or not ind.growth_of:  # the growth of a level, or a second growth of the same (名义 then 实际)
        ind = _growth_of_level().get(amount_id)
    if ind is None or f.unit_norm not in ind.units:
        return f
    level = lexicon().by_id.get(ind.growth_of or "")
    return evolve(f, indicator_id=ind.id, indicator_name=ind.name, measure_of=level.name if level else None,
                  compare_key=ind.id)


@rules.cached(maxsize=16384)
def named_subject(label: str) -> str | None:
    """The subject a label names before an amount (规上工业预计累计完成产值 -> 规上工业), or None."""
    mr = measure_rules()
    m = mr.subject_amount.match(label) if mr.subject_amount is not None else None
    if m is None:
        return None
    # a subject of only verbs and frames (完成产值) is none
    return m["subject"] if stripped(mr.key_strip, m["subject"]) else None


@rules.cached(maxsize=16384)
def with_subject(label: str, subject: str) -> str:
    """A label that is only an amount, or its growth (完成增加值, 实现利税同比增长), with ``subject`` before it
    (规上工业增加值); any other label as it is."""
    mr = measure_rules()
    if mr.bare_amount is None or not mr.bare_amount.match(what_of(label)):
        return label
    return subject + mr.leading_verbs.sub("", label)


@rules.cached
def _completion_of_amount() -> dict[str, Indicator]:
    """amount indicator id -> the derived row of its completion of the plan (econ.fiscal_revenue ->
    econ.fiscal_revenue_completion), from rules/indicators.yaml's `derived` rows that take completions."""
    spec = rules.model(NAME).derived
    lex = lexicon()
    if spec is None:
        return {}
    suffixes = [row.suffix for row in spec.rows.values() if "completion" in row.measures]
    return {ind.id: lex.by_id[ind.id + sfx] for ind in lex.indicators for sfx in suffixes if ind.id + sfx in lex.by_id}


@rules.cached
def _amount_of_completion() -> dict[str, str]:
    """completion row id -> the id of the amount it is the completion of (the inverse of _completion_of_amount)."""
    return {c.id: a for a, c in _completion_of_amount().items()}


def same_as_previous(f: Figure, previous: Figure | None) -> Figure:
    """A figure whose label is only verbs and frames (完成, 目标, 完成占任务: no comparison key) states the
    measure of the figure before it in the sentence again: 一般公共预算收入任务8000万元，全年预计完成8600万元
    (the same indicator), 占任务的107.5% (its completion of the plan), 同比增长22.3% (its growth)."""
    if (f.compare_key or f.indicator_id or f.entity or previous is None or previous.sentence != f.sentence
            or not previous.indicator_id or previous.entity):
        return f
    lex = lexicon()
    prev = lex.by_id.get(previous.indicator_id)
    if prev is None:
        return f
    if f.measure in ("growth", "decline"):  # after a completion rate, the amount's growth (占任务的107.5%，增长22.3%)
        ind = prev if prev.growth_of else _growth_of_level().get(_amount_of_completion().get(prev.id, prev.id))
    elif f.measure == "completion":
        ind = prev if "completion" in prev.measures else _completion_of_amount().get(prev.id)
    else:
        ind = prev
    if ind is None or f.unit_norm not in ind.units or f.measure not in ind.measures | {"amount"}:
        return f
    return _on_row(f, ind)


def restated_amount(f: Figure, label: str, previous: Figure | None) -> Figure:
    """An amount whose label, verbs and frames left out, is only the last words of the measure of the amount before it
    in the sentence (今年固投计划13亿元，截至10月底，累计完成投资15.155亿元: 投资 of 固定资产投资) restates that measure,
    not a row its bare words name (项目投资)."""
    if (f.entity or previous is None or previous.sentence != f.sentence or not previous.indicator_id or previous.entity
            or previous.unit_norm != f.unit_norm or f.indicator_id == previous.indicator_id):
        return f
    prev = lexicon().by_id.get(previous.indicator_id)
    mr = measure_rules()
    core = stripped(mr.key_strip, label)
    if (prev is None or mr.restating is None or not mr.restating.fullmatch(core) or prev.name == core
            or not prev.name.endswith(core)
            or f.measure not in prev.measures | {"amount"}):
        return f
    return _on_row(f, prev)


def _on_row(f: Figure, ind: Indicator) -> Figure:
    """``f`` on the row of ``ind``, an amount the text marked as neither level nor flow taking the one the row holds."""
    measure = f.measure
    if measure == "amount":
        measure = "flow" if ind.flow and "flow" in ind.measures else "level" if "level" in ind.measures else measure
    return evolve(f, indicator_id=ind.id, indicator_name=ind.name, measure=measure, compare_key=ind.id)
