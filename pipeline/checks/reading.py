"""What a figure measures and which period it covers, as the text before it tells: the `reading` rules of
rules/checks.yaml and the ``Reading`` of one figure in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .. import labels, rules
from ..model import Figure, Sentence
from .registry import NAME

if TYPE_CHECKING:
    from .prepared import Doc


@dataclass(frozen=True)
class ReadingRules:
    """rules/checks.yaml `reading`: how the text before a figure tells what it measures and when."""

    measures: tuple[tuple[str, regex.Pattern], ...]  # (measure, cue), first match wins
    plain: frozenset[str]  # measures that say no more than a plain amount
    changes: frozenset[str | None]  # measures not read for the later value of a from-to pair
    additive: frozenset[str | None]  # measures whose parts add up to their whole
    additive_percent: frozenset[str | None]  # the same for figures in %
    inherited: frozenset[str | None]  # a part with no measure word of its own has its whole's measure
    subsets: frozenset[str | None]  # a part of these measures (within a bound) is a part of a whole of those
    to_value: regex.Pattern  # right before the later value of a from-to pair (提高到)
    from_cue: regex.Pattern  # the clause before the earlier value of a from-to pair (由2020年末的)
    from_to: regex.Pattern  # the text after the earlier value, up to the later one
    list_joiner: regex.Pattern  # between the items of a list
    span_cue: regex.Pattern  # periods that are not one year or part of it: 五年来, 十三五, 以来
    label_filler: regex.Pattern  # dropped from a label before two labels are compared
    running_total: regex.Pattern  # in a figure's clause: a running total, not the period's figure (累计)
    goal_lead: regex.Pattern  # in a paragraph, before a list of goals: 主要预期目标是：


@rules.cached
def reading_rules() -> ReadingRules:
    data = rules.model(NAME).reading

    def pattern(key: str) -> regex.Pattern:
        return rules.compile_pattern(NAME, f"reading.{key}", getattr(data, key))

    measures = tuple((m.measure, rules.compile_pattern(NAME, f"reading.measures[{i}].cue", m.cue))
                     for i, m in enumerate(data.measures))

    def measure_set(words: list[str]) -> frozenset[str | None]:
        return frozenset(None if w == "amount" else w for w in words)

    return ReadingRules(measures, frozenset(data.plain_measures), frozenset(("growth", "change")),
                        measure_set(data.additive), measure_set(data.additive_percent),
                        measure_set(data.inherited_by_parts), measure_set(data.subset_parts), pattern("to_value"),
                        pattern("from_cue"), pattern("from_to"), pattern("list_joiner"), pattern("span_cue"),
                        pattern("label_filler"), pattern("running_total"), pattern("goal_lead"))


@dataclass(frozen=True)
class Reading:
    """What a check needs to know to compare a figure with another."""

    measure: str | None  # level, flow, growth, change, share, completion, per_capita, ...; None: a plain amount
    bracket: int | None  # where the bracket the figure stands in opens: a breakdown of the figure before it
    earlier_value: bool  # the 由/从 value of a from-to pair: the indicator at an earlier time
    label_key: str  # the label with periods and filler words dropped


def _read(doc: Doc, sent: Sentence, figs: tuple[Figure, ...], i: int) -> Reading:
    rr = reading_rules()
    f = figs[i]
    text = doc.text
    gap = doc.gap(sent, figs, i)
    to_value = bool(rr.to_value.search(gap))
    measure = f.measure
    if measure is None or measure in rr.plain:  # not set, or a plain amount: what the text before it adds
        cue_text = (f.indicator or "") + gap
        measure = next((m for m, cue in rr.measures if not (to_value and m in rr.changes) and cue.search(cue_text)), None)
    last = i  # the last item of the list the figure stands in
    while last + 1 < len(figs) and rr.list_joiner.fullmatch(text, figs[last].end, figs[last + 1].start):
        last += 1
    after = text[figs[last].end : figs[last + 1].start if last + 1 < len(figs) else sent.end]
    earlier = bool(rr.from_cue.search(doc.clause_before(sent, f)) and rr.from_to.match(after))
    depth: list[int] = []
    for m in _BRACKETS.finditer(text, sent.start, f.start):
        if m[0] in "（(":
            depth.append(m.start())
        elif depth:
            depth.pop()
    name = f.indicator or ""
    for pattern in (labels.label_rules().period, rr.span_cue, rr.label_filler):
        name = pattern.sub("", name)
    return Reading(measure, depth[-1] if depth else None, earlier, name)


_BRACKETS = regex.compile(r"[（()）]")
