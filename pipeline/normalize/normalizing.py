"""A figure normalized: its base value and unit, its measure, its canonical indicator and comparison key;
a figure whose own label says too little is read with those before it in its sentence (sentence.py)."""

from __future__ import annotations

import dataclasses

import regex

from .. import periods, rules
from ..figures import simplified
from ..model import Extraction, Figure, evolve
from ..units import to_base
from .indicators import lexicon
from .matching import match
from .measures import comparison_key, measure_of, measure_rules, project_set_label, text_before
from .sentence import growth_of_previous, named_subject, restated_amount, same_as_previous, with_subject


def signed_value(f: Figure) -> float:
    """The figure's value in its base unit, negative for a fall stated by its size (下降1.8% -> -1.8)
    unless its indicator is the rate of that fall (单位GDP能耗降低3% stays 3)."""
    v = f.value_norm if f.value_norm is not None else f.value
    if f.measure != "decline":
        return v
    ind = lexicon().by_id.get(f.indicator_id or "")
    return v if ind is not None and ind.reduction else -v


def normalize_figure(f: Figure, text: str = "") -> Figure:
    """The figure with its base value, measure and canonical indicator; ``text`` is the report's
    text (the words right before the figure tell its measure; without it, only its label)."""
    before = simplified(text_before(text, f.start)) if text else ""
    after = text[f.end : f.end + measure_rules().after_max] if text else ""
    return _normalized(f, _simplified_label(f.indicator or ""), before, after)


# an earlier figure left inside a label (农民人均可支配收入18363完成财政收入): digits between two Han characters
_EARLIER_FIGURE = regex.compile(r"^.*\p{Han}\d[\d.]*(?=\p{Han})")


@rules.cached(maxsize=32768)
def _simplified_label(label: str) -> str:
    """A label in simplified characters: labels repeat across figures and reports, so each is converted once."""
    return simplified(label)


def _normalized(f: Figure, label: str, before: str, after: str) -> Figure:
    """normalize_figure of a figure whose label and the words before it are in simplified characters;
    ``after``: the words right after it (a bound: 5万元以上的村)."""
    value_norm, unit_norm = to_base(f.value, f.unit)
    span = periods.span(f.covered)
    over_years = span is not None and not span.point and span.months > 12
    approx = f.approx or ("range" if f.value_high is not None else None)
    ind_id, ind_name, measure, of, key = _reading(f.unit, approx, f.sentence or "", label, before, after, unit_norm,
                                                  over_years)
    return evolve(f, value_norm=value_norm, unit_norm=unit_norm, indicator_id=ind_id, indicator_name=ind_name,
                  measure=measure, measure_of=of, compare_key=key)


@rules.cached(maxsize=65536)
def _reading(unit: str, approx: str | None, sentence: str, label: str, before: str, after: str, unit_norm: str,
             over_years: bool) -> tuple[str | None, str | None, str, str | None, str | None]:
    """(indicator id and name, measure, what it is of, comparison key) of a figure: a pure function of these,
    which copies of one report repeat, so each is worked out once."""
    ind = None
    tail = _EARLIER_FIGURE.sub("", label)
    if tail != label:  # an earlier figure left inside the label: what follows it is this figure's
        measure, of = measure_of(unit_norm, before, tail, after, approx, over_years)
        ind = match(tail, sentence, unit_norm, measure)
    if ind is None:
        measure, of = measure_of(unit_norm, before, label, after, approx, over_years)
        ind = match(label, sentence, unit_norm, measure)
    if ind is not None and measure == "amount":  # an unmarked quantity takes the measure of its indicator
        measure = "flow" if ind.flow and "flow" in ind.measures else "level" if "level" in ind.measures else measure
    key = ind.id if ind else comparison_key(label, measure, unit_norm)
    return (ind.id if ind else None), (ind.name if ind else None), measure, of, key


def normalize(extraction: Extraction) -> Extraction:
    """The extraction with every figure's value_norm, unit_norm, measure, indicator and comparison key filled."""
    if not extraction.figures:
        return extraction
    # simplified once (the same string when it already is): the words before a figure are a slice of it
    text = simplified(extraction.report.text)
    after_max = measure_rules().after_max
    out: list[Figure] = []
    subject: str | None = None  # the subject an earlier label of the sentence named before its amount
    # the last figure of the sentence on an indicator, when only figures of its unit that name none follow it
    # (突破60亿 规上工业产值, 突破70亿元 仍然持续上扬, 达到74.23亿元 目标: the last restates the first's measure)
    named: Figure | None = None
    for f in extraction.figures:
        previous = out[-1] if out else None
        if previous is None or previous.sentence != f.sentence:
            subject = None
            named = None
        own = label = _simplified_label(f.indicator or "")
        if subject is not None and not f.entity:
            label = with_subject(label, subject)
        subject = named_subject(label) or subject
        if not f.entity:  # a project's own total (石门智造产业园项目…总投资2.1亿元) is of no set
            label = project_set_label(label, text, f.start, f.end)
        g = _normalized(f, label, text_before(text, f.start) if text else "", text[f.end : f.end + after_max])
        if g.indicator_id and g.measure_of is None and label == own and subject is not None and named_subject(label) is None:
            subject = None  # …,累计完成固定资产投资2.76亿元,…,完成税收3010万元: an amount of its own in between (not a
            # growth of one), the subject named before is not the next bare amount's
        before = named if previous is not None and not previous.indicator_id and named is not None else previous
        g = restated_amount(same_as_previous(growth_of_previous(g, previous), before), label, previous)
        out.append(g)
        if g.indicator_id and not g.entity:
            named = g
        elif named is not None and (g.entity or g.unit_norm != named.unit_norm):
            named = None  # a figure of another kind in between: the chain is broken
    return dataclasses.replace(extraction, figures=tuple(out))
