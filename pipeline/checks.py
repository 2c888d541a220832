"""Checks: flags on figures that do not add up, within a report, across periods and across towns.

Each check is one small function registered under its name with ``@check``; its
severity, message and parameters come from the entry of the same name in
rules/checks.yaml (a check without an entry there does not run). A check gets
the prepared reports (``Doc``) and yields ``Finding``s: the figures involved and
the values for its message. ``run_checks`` turns findings into ``Flag`` records
with stable ids, so the same finding has the same flag_id on every run.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import statistics
import string
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any

import regex

from . import labels, normalize, periods, rules
from .model import Extraction, Figure, Flag, FlagItem, Report, Sentence
from .pivot import is_result, town_values
from .present import brief as show
from .sections import split_sentences

NAME = "checks"
SEVERITIES = ("error", "warning", "info")
INF = math.inf


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Params:
    """A check's entry in rules/checks.yaml; each accessor checks the key and names it on error."""

    check: str
    data: dict

    @property
    def where(self) -> str:
        return f"checks.{self.check}"

    def number(self, key: str) -> float:
        return float(rules.need(NAME, self.data, key, (int, float), self.where))

    def word(self, key: str) -> str:
        return rules.need(NAME, self.data, key, str, self.where)

    def words(self, key: str) -> tuple[str, ...]:
        return rules.words(NAME, self.data, key, self.where)

    def pattern(self, key: str) -> regex.Pattern:
        return _compiled(self.check, key, rules.need(NAME, self.data, key, str, self.where))

    def list(self, key: str) -> list:
        return rules.need(NAME, self.data, key, list, self.where)


@rules.cached
def _compiled(check_name: str, key: str, pattern: str) -> regex.Pattern:
    return rules.compile_pattern(NAME, f"checks.{check_name}.{key}", pattern)


@dataclass(frozen=True)
class CheckRule:
    name: str
    severity: str
    messages: dict[str, str]  # case -> template; the one-message checks use the case ""
    params: Params
    order: int


@dataclass(frozen=True)
class Finding:
    """What a check found: the figures (with their reports) and the values for the message."""

    items: tuple[tuple[Doc, Figure], ...]
    fields: dict[str, Any]
    case: str = ""


CheckFn = Callable[["Context", Params], Iterable[Finding]]
_REGISTRY: dict[str, tuple[CheckFn, frozenset[str]]] = {}


def check(name: str, fields: tuple[str, ...]) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``name``; ``fields`` are the names its messages may use."""

    def register(fn: CheckFn) -> CheckFn:
        _REGISTRY[name] = (fn, frozenset(fields))
        return fn

    return register


@rules.cached
def check_rules() -> tuple[CheckRule, ...]:
    """The checks of rules/checks.yaml, in file order, validated against the registered functions."""
    data = rules.load(NAME)
    entries = rules.need(NAME, data, "checks", dict)
    out = []
    for i, (name, entry) in enumerate(entries.items()):
        where = f"checks.{name}"
        if name not in _REGISTRY:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: no check of that name in pipeline/checks.py")
        if not isinstance(entry, dict):
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: expected a mapping")
        severity = rules.need(NAME, entry, "severity", str, where)
        if severity not in SEVERITIES:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.severity: expected one of {', '.join(SEVERITIES)}")
        message = rules.need(NAME, entry, "message", (str, dict), where)
        messages = {"": message} if isinstance(message, str) else {str(k): v for k, v in message.items()}
        allowed = _REGISTRY[name][1] | {k for k, v in entry.items() if isinstance(v, (int, float, str))}
        for case, template in messages.items():
            at = f"{where}.message" + (f".{case}" if case else "")
            if not isinstance(template, str) or not template:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: expected a non-empty string")
            try:
                used = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            except ValueError as e:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: bad template: {e}") from None
            if used - allowed:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: unknown field(s) {', '.join(sorted(used - allowed))}")
        if entry.get("enabled", True) is False:
            continue
        out.append(CheckRule(name, severity, messages, Params(name, entry), i))
    return tuple(out)


@rules.cached
def _about_tolerance() -> float:
    return float(rules.need(NAME, rules.load(NAME), "about_tolerance", (int, float)))


@dataclass(frozen=True)
class ReadingRules:
    """rules/checks.yaml `reading`: how the text before a figure tells what it measures and when."""

    measures: tuple[tuple[str, regex.Pattern], ...]  # (measure, cue), first match wins
    plain: frozenset[str]  # measures that say no more than a plain amount
    changes: frozenset[str | None]  # measures not read for the later value of a from-to pair
    additive: frozenset[str | None]  # measures whose parts add up to their whole
    additive_percent: frozenset[str | None]  # the same for figures in %
    inherited: frozenset[str | None]  # a part with no measure word of its own has its whole's measure
    to_value: regex.Pattern  # right before the later value of a from-to pair (提高到)
    from_cue: regex.Pattern  # the clause before the earlier value of a from-to pair (由2020年末的)
    from_to: regex.Pattern  # the text after the earlier value, up to the later one
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
                        measure_set(data.inherited_by_parts), pattern("to_value"), pattern("from_cue"),
                        pattern("from_to"), pattern("span_cue"), pattern("label_filler"), pattern("running_total"),
                        pattern("goal_lead"))


# --------------------------------------------------------------------------- prepared reports


@dataclass
class Doc:
    """One report prepared for the checks: its figures in text order, grouped by sentence."""

    report: Report
    figures: tuple[Figure, ...]
    sentences: tuple[tuple[Sentence, tuple[Figure, ...]], ...]
    span: periods.Span | None
    town_values: dict[tuple[str, str], Figure] = field(default_factory=dict)
    _readings: dict[int, Reading] = field(default_factory=dict, repr=False)
    _where: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)  # figure start -> sentence, index
    _paragraphs: dict[int, list[tuple[int, str]]] = field(default_factory=dict, repr=False)  # start -> periods named
    _headings: dict[str, str | None] = field(default_factory=dict, repr=False)
    _covered: dict[int, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, ex: Extraction) -> Doc:
        figs = tuple(sorted(ex.figures, key=lambda f: (f.start, f.end)))
        sents = ex.sentences or split_sentences(ex.report.text)
        starts = [s.start for s in sents]
        grouped: dict[int, list[Figure]] = defaultdict(list)
        for f in figs:
            grouped[bisect_right(starts, f.start) - 1].append(f)
        sentences = tuple(
            (sents[i] if i >= 0 else Sentence(0, len(ex.report.text), ex.report.text), tuple(fs))
            for i, fs in sorted(grouped.items())
        )
        values = {key: f for key, (f, _) in town_values(ex).items()}
        return cls(ex.report, figs, sentences, periods.span(ex.report.period), values)

    @property
    def text(self) -> str:
        return self.report.text

    @property
    def town(self) -> str | None:
        return self.report.town

    def gap(self, sentence: Sentence, figs: tuple[Figure, ...], i: int) -> str:
        """The text between the previous figure of the sentence (or its start) and figure i."""
        lo = figs[i - 1].end if i else sentence.start
        return self.text[max(lo, sentence.start) : figs[i].start]

    def clause_before(self, sentence: Sentence, f: Figure) -> str:
        """The clause the figure ends: from the last clause break before it."""
        lr = labels.label_rules()
        start = sentence.start
        for m in lr.clause_break.finditer(self.text, sentence.start, f.start):
            start = m.end()
        return self.text[start : f.start]

    def read(self, f: Figure) -> Reading:
        """What the figure measures and when, from its fields or else from the text before it (cached)."""
        r = self._readings.get(f.start)
        if r is None:
            if not self._where:
                self._where = {g.start: (si, i) for si, (_, figs) in enumerate(self.sentences) for i, g in enumerate(figs)}
            si, i = self._where[f.start]
            r = self._readings[f.start] = _read(self, *self.sentences[si], i)
        return r

    def covered(self, f: Figure) -> Any:
        """The period the figure covers: its own field (else its scope), with the periods named around it (its
        heading, the last one named before it in its paragraph) and whether its clause makes it a running total
        (累计); None when that cannot be told."""
        if f.start not in self._covered:
            own = f.covered
            section = self.named_in_heading(f.section_path)
            covered = None
            if section is not None:  # a heading naming two periods (2022年和过去五年工作回顾) leaves it open
                # the paragraph's period too: a stage reads the figure's clause, not 过去五年 three sentences up
                covered = (own or self.named_in_heading(f.scope_period or ""), section, self.period_before(f.start),
                           bool(reading_rules().running_total.search(self.clause_before(self._sentence_of(f), f))))
            self._covered[f.start] = covered
        return self._covered[f.start]

    def _sentence_of(self, f: Figure) -> Sentence:
        self.read(f)  # fills _where
        return self.sentences[self._where[f.start][0]][0]

    def own_period(self, f: Figure) -> bool:
        """Whether the figure is, as far as the text tells, of the report's own period: no other period named for
        it, its heading or before it in its paragraph (五年来, “十三五”时期, 2017年), and no earlier value of a pair."""
        c = self.covered(f)
        return c is not None and c[0] in ("", self.report.period) and not c[1] and not c[2] and not (
            self.read(f).earlier_value)

    def goal(self, sentence: Sentence, f: Figure) -> bool:
        """A goal whatever its kind says: a target cue before it in the sentence (力争, 预计), or in the paragraph
        a list of goals opened before it (主要预期目标是：)."""
        return bool(labels.label_rules().target_cue.search(self.text, sentence.start, f.start)
                    or reading_rules().goal_lead.search(self.text, self.text.rfind("\n", 0, f.start) + 1, f.start))

    def periods_named(self, text: str) -> list[tuple[int, str]]:
        """The periods named in ``text``, as (end, word), in order; baselines (比上年) left out, the report's own as ""."""
        lr, rr = labels.label_rules(), reading_rules()
        spans = sorted((m.start(), m.end()) for pattern in (lr.period, rr.span_cue) for m in pattern.finditer(text)
                       if not lr.comparison.search(text, max(0, m.start() - 4), m.start()))
        merged: list[list[int]] = []
        for a, b in spans:  # 2025年 and 以来 that touch are one period
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(b, self._own_or(regex.sub(r"\s+", "", text[a:b]))) for a, b in merged]

    def _own_or(self, word: str) -> str:
        """The period ``word`` names as a code of pipeline/periods.py ("" for the report's own), else the word."""
        s = periods.read(word, periods.reference(self.report.period, self.report.delivered))
        if s is None:
            return word
        return "" if s == self.span else periods.code(s)

    def named_in_heading(self, text: str) -> str | None:
        """The period a heading or a scope names ("" for none or the report's own; cached). None when a figure
        under it may be of either of two periods: it names two (2020年和“十三五”时期), or a span holding the
        report's own (过去五年工作回顾, 本届政府工作回顾, in the report of the span's last year)."""
        if text not in self._headings:
            named = {w for _, w in self.periods_named(text)}
            ref = periods.reference(self.report.period, self.report.delivered)
            spans = [periods.read(w, ref) for w in named if w]
            if len(named) > 1 or any(s is None or (self.span is not None and s.overlaps(self.span)) for s in spans):
                self._headings[text] = None
            else:
                self._headings[text] = next(iter(named), "")
        return self._headings[text]

    def period_before(self, pos: int) -> str:
        """The last period named in the paragraph before ``pos`` ("" for none or the report's own)."""
        start = self.text.rfind("\n", 0, pos) + 1
        named = self._paragraphs.get(start)
        if named is None:
            end = self.text.find("\n", pos)
            named = self._paragraphs[start] = [(start + e, w) for e, w in self.periods_named(
                self.text[start : end if end >= 0 else len(self.text)])]
        return next((w for e, w in reversed(named) if e <= pos), "")


@dataclass
class Context:
    docs: list[Doc]
    by_town: dict[str, list[Doc]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for doc in self.docs:
            if doc.town and doc.span:
                self.by_town.setdefault(doc.town, []).append(doc)
        for docs in self.by_town.values():
            docs.sort(key=lambda d: (d.span.last, d.span.first, d.report.report_id))

    def report_of(self, town: str, period: str) -> Doc | None:
        return next((d for d in self.by_town.get(town, ()) if d.report.period == period), None)


def bounds(f: Figure) -> tuple[float, float]:
    """The range of values a figure allows, in its base unit (see rules/checks.yaml)."""
    v = f.value_norm if f.value_norm is not None else f.value
    if f.value_high is not None and f.value:
        return v, f.value_high * (v / f.value)
    tol = _about_tolerance()
    return {
        "lower": (v, INF),
        "upper": (0.0, v),
        "about": (v * (1 - tol), v * (1 + tol)),
    }.get(f.approx or "", (v, v))


def exact(f: Figure) -> bool:
    return not f.approx and f.value_high is None


def label(f: Figure) -> str:
    return f.indicator_name or f.indicator or "?"


def surfaces(figs: Iterable[Figure]) -> str:
    return "、".join(f.surface for f in figs)


def significant_digits(f: Figure) -> int:
    digits = format(Decimal(repr(f.value)).normalize(), "f").replace(".", "").replace("-", "")
    return len(digits.strip("0"))


# --------------------------------------------------------------------------- what a figure measures, and when

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
    after = text[f.end : figs[i + 1].start if i + 1 < len(figs) else sent.end]
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


def comparable(da: Doc, a: Figure, db: Doc, b: Figure, *, same_concept: bool = True, same_period: bool = True,
               part: bool = False) -> bool:
    """Whether a check may set two figures against each other.

    Always: the same unit, the same measure (a growth rate is no amount, a per-capita
    value no total, an increase no level), the same kind, and neither the earlier value
    of a from-to pair. same_period: the same covered period (within one report: no
    period named for one that is not named for the other). same_concept: the same
    indicator, entity and label too (a restatement). part: b is listed as a part of a
    (after 其中), and where one of them has no measure word it shares the other's
    (新增公路63.9万公里，其中高速公路3.3万公里: both new; 监测户50户，其中已消除风险30户).
    A figure whose measure or period cannot be told from another's is not comparable:
    the check says nothing.
    """
    if a.unit_norm != b.unit_norm or a.kind != b.kind:
        return False
    ra, rb = da.read(a), db.read(b)
    if ra.earlier_value or rb.earlier_value:
        return False
    if ra.measure != rb.measure and not (
        part and None in (ra.measure, rb.measure) and (ra.measure or rb.measure) in reading_rules().inherited
    ):
        return False
    if same_period and (da.covered(a) is None or da.covered(a) != db.covered(b)):
        return False
    if same_concept:
        return (a.indicator_id, a.entity, ra.label_key) == (b.indicator_id, b.entity, rb.label_key)
    return True


def additive(doc: Doc, f: Figure) -> bool:
    """Whether figures of this measure add up to a whole (amounts, levels, flows, shares; not growth rates,
    per-capita values or completion rates)."""
    rr = reading_rules()
    return doc.read(f).measure in (rr.additive_percent if f.unit_norm == "%" else rr.additive)


# --------------------------------------------------------------------------- 1-6: within one report


@check("part_exceeds_whole", fields=("part", "part_label", "whole", "whole_label"))
def part_exceeds_whole(ctx: Context, p: Params) -> Iterator[Finding]:
    pairs = []
    for i, pair in enumerate(p.list("pairs")):
        at = f"{p.where}.pairs[{i}]"
        part = rules.need(NAME, pair, "part", str, at)
        whole = rules.need(NAME, pair, "whole", str, at)
        for ind in (part, whole):
            if ind not in normalize.lexicon().by_id:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: no indicator {ind!r} in rules/indicators.yaml")
        pairs.append((part, whole))
    part_cue, list_break = p.pattern("part_cue"), p.pattern("list_break")

    def finding(doc: Doc, whole: Figure, parts: list[Figure]) -> Finding | None:
        if sum(bounds(f)[0] for f in parts) <= bounds(whole)[1]:
            return None
        lo, hi = bounds(whole)
        running = 0.0
        for f in parts[:-1]:  # 低保521户、特困142户 make the 663户; 双重身份122户 counted again is a cross-cut
            running += bounds(f)[0]
            if lo <= running <= hi or math.isclose(running, lo, rel_tol=1e-9):
                return None
        return Finding(((doc, whole), *((doc, f) for f in parts)), {
            "part": surfaces(parts), "part_label": label(parts[0]), "whole": whole.surface, "whole_label": label(whole)})

    for doc in ctx.docs:
        for sent, figs in doc.sentences:
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
            for i in range(len(figs)):
                if not part_cue.search(doc.gap(sent, figs, i)):
                    continue
                bracket = doc.read(figs[i]).bracket
                listed = [figs[i]]  # the parts: up to the end of the list or a nested 其中, brackets left out
                for j in range(i + 1, len(figs)):
                    gap = doc.gap(sent, figs, j)
                    if list_break.search(gap) or part_cue.search(gap):
                        break
                    if doc.read(figs[j]).bracket == bracket:
                        listed.append(figs[j])
                listed = [f for f in listed if not doc.read(f).earlier_value]  # 由300亿元提高到450亿元: one part
                for unit in dict.fromkeys(f.unit_norm for f in listed):
                    first = next(f for f in listed if f.unit_norm == unit)
                    if not additive(doc, first):
                        continue
                    whole = next((w for w in reversed(figs[:i]) if doc.read(w).bracket in (None, bracket)
                                  and additive(doc, w) and comparable(doc, w, doc, first, same_concept=False, part=True)),
                                 None)
                    if whole is None:
                        continue  # no figure before it is of the same measure and period: nothing to say
                    parts = [f for f in listed if comparable(doc, whole, doc, f, same_concept=False, part=True)]
                    found = finding(doc, whole, parts)
                    if found:
                        yield found


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


@check("rate_out_of_range", fields=("label", "value"))
def rate_out_of_range(ctx: Context, p: Params) -> Iterator[Finding]:
    rate_words, growth_words = p.words("rate_words"), p.words("growth_words")
    unbounded, unbounded_measures = p.words("unbounded_words"), set(p.words("unbounded_measures"))
    lexicon = normalize.lexicon().by_id
    for doc in ctx.docs:
        for f in doc.figures:
            if f.unit_norm != "%" or any(w in (f.indicator or "") for w in (*growth_words, *unbounded)):
                continue
            ind = lexicon.get(f.indicator_id or "")
            is_rate = any(w in (f.indicator or "") for w in rate_words) or (
                ind is not None and ind.dimension == "percent" and not ind.also)
            lo, hi = bounds(f)
            if is_rate and (lo > 100 or hi < 0) and doc.read(f).measure not in unbounded_measures:
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface})


@check("shares_exceed_whole", fields=("items", "total"))
def shares_exceed_whole(ctx: Context, p: Params) -> Iterator[Finding]:
    cue, max_total = p.pattern("share_cue"), p.number("max_total")
    whole_cue, list_gap = p.pattern("whole_cue"), p.pattern("list_gap")
    for doc in ctx.docs:
        for sent, figs in doc.sentences:
            runs: list[list[Figure]] = []
            for i, f in enumerate(figs):
                gap = doc.gap(sent, figs, i)
                if f.unit_norm != "%" or not cue.search(gap):
                    continue
                if runs and runs[-1][-1] is figs[i - 1] and list_gap.search(gap):
                    runs[-1].append(f)  # 水田占62%、旱地占45%: another share of the same whole
                elif whole_cue.search(gap):
                    runs.append([f])  # the whole is named before the first share: 全乡耕地中，水田占
            for shares in runs:
                total = sum(bounds(f)[0] for f in shares)
                if len(shares) >= 2 and total > max_total:
                    yield Finding(tuple((doc, f) for f in shares), {"items": surfaces(shares), "total": show(total, "")})


def _covered_span(f: Figure, doc: Doc) -> periods.Span | None:
    """The months a figure covers (Figure.covered), or, for a figure from an older store without it,
    its scope_period read against the report."""
    if f.covered:
        return periods.span(f.covered)
    ref = periods.reference(doc.report.period, doc.report.delivered)
    return periods.read(f.scope_period, ref) if f.scope_period and ref else None


@check("period_not_over", fields=("label", "value", "scope", "period"))
def period_not_over(ctx: Context, p: Params) -> Iterator[Finding]:
    """An actual figure covering months after the report's period (全年 in a 1-5月 report); not a
    period of several years (十四五时期: a plan's span, its figures goals or cumulative so far)."""
    for doc in ctx.docs:
        if doc.span is None:
            continue
        for f in doc.figures:
            if f.kind != "actual" or not f.scope_period:
                continue
            s = _covered_span(f, doc)
            if s is not None and s.last > doc.span.last and s.months <= 12:
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface, "scope": f.scope_period,
                                            "period": periods.label(doc.report.period)})


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
    return False


@check("earlier_period_as_result", fields=("label", "value", "scope", "period"))
def earlier_period_as_result(ctx: Context, p: Params) -> Iterator[Finding]:
    """An actual figure covering only months before the report's period (去年 in a report of this year;
    in a 政府工作报告 of January 2021, 去年 is the reviewed 2020 and no earlier period), unless its
    sentence sets periods side by side."""
    reference, object_cue = p.pattern("reference_cue"), p.pattern("object_cue")
    in_reviews = bool(rules.need(NAME, p.data, "in_reviews_delivered_later", bool, p.where))
    breaks = labels.label_rules().clause_break
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
                if reference.search(between) or object_cue.match(doc.text[lead_start:mention]):
                    continue
                if _side_by_side(f, figs, doc):
                    continue
                yield Finding(((doc, f),), {"label": label(f), "value": f.surface, "scope": f.scope_period,
                                            "period": periods.label(doc.report.period)})


@check("conflicting_restatement", fields=("label", "values"))
def conflicting_restatement(ctx: Context, p: Params) -> Iterator[Finding]:
    skip, min_label = p.words("skip_label_words"), p.number("min_label_chars")
    part_cue = ctx_pattern("part_exceeds_whole", "part_cue")
    for doc in ctx.docs:
        groups: dict[tuple, list[tuple[int, Figure]]] = defaultdict(list)
        for sent, figs in doc.sentences:
            for i, f in enumerate(figs):
                if f.kind != "actual" or not f.indicator_id:
                    continue  # a target, or a figure of no known concept: nothing to restate
                if any(w in (f.indicator or "") or w in doc.clause_before(sent, f) for w in skip):
                    continue  # 分别, 每: a list of several subjects or a rule, not a total
                if part_cue is not None and part_cue.search(doc.gap(sent, figs, i)):
                    continue  # a part of a total, not a restatement
                if doc.goal(sent, f):
                    continue  # a goal, not a result to restate
                r = doc.read(f)
                if r.earlier_value or r.bracket is not None or len(r.label_key) < min_label:
                    continue  # a from-to pair, a breakdown or a label naming no subject
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


def ctx_pattern(check_name: str, key: str) -> regex.Pattern | None:
    """A pattern of another check's entry, when that check is configured."""
    entry = rules.load(NAME).get("checks", {}).get(check_name)
    return Params(check_name, entry).pattern(key) if isinstance(entry, dict) and key in entry else None


@check("total_mismatch", fields=("parts", "sum", "total"))
def total_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    total_cue, breakdown, item_break = p.pattern("total_cue"), p.pattern("breakdown_cue"), p.pattern("item_break")
    min_parts = int(p.number("min_parts"))

    def finding(doc: Doc, parts: list[Figure], total: Figure) -> Finding | None:
        if len(parts) < min_parts or not all(exact(f) for f in (*parts, total)):
            return None
        if not additive(doc, total) or not all(comparable(doc, total, doc, f, same_concept=False) for f in parts):
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


# --------------------------------------------------------------------------- 7: across periods


@check("cumulative_shrinks", fields=("label", "earlier", "earlier_period", "later", "later_period"))
def cumulative_shrinks(ctx: Context, p: Params) -> Iterator[Finding]:
    cue = p.pattern("cumulative_cue")
    for docs in ctx.by_town.values():
        series: dict[tuple, dict[str, tuple[Doc, Figure]]] = defaultdict(dict)
        for doc in docs:
            for sent, figs in doc.sentences:
                for f in figs:
                    if f.kind != "actual" or not f.indicator_id or f.scope_period:
                        continue
                    if cue.search(doc.clause_before(sent, f)) and doc.own_period(f):  # not 五年累计, “十三五”时期累计
                        series[(f.indicator_id, f.unit_norm, f.entity, doc.read(f).measure)].setdefault(
                            doc.report.report_id, (doc, f))
        for points in series.values():
            ordered = sorted(points.values(), key=lambda df: (df[0].span.last, df[0].span.first))
            for (da, a), (db, b) in itertools.pairwise(ordered):
                if da.span.last < db.span.last and bounds(b)[1] < bounds(a)[0]:
                    yield Finding(((da, a), (db, b)), {
                        "label": label(b), "earlier": a.surface, "earlier_period": periods.label(da.report.period),
                        "later": b.surface, "later_period": periods.label(db.report.period)})


@check("half_exceeds_year", fields=("label", "half", "half_period", "year_value", "year_period"))
def half_exceeds_year(ctx: Context, p: Params) -> Iterator[Finding]:
    lexicon = normalize.lexicon().by_id
    for docs in ctx.by_town.values():
        years = {d.span.year: d for d in docs if d.span.whole_year}
        for doc in docs:
            year_doc = years.get(doc.span.year)
            if doc.span.whole_year or year_doc is None:
                continue
            for key, f in doc.town_values.items():
                y = year_doc.town_values.get(key)
                if y is None or not lexicon[key[0]].flow or not _covers_report(f, doc) or not _covers_report(y, year_doc):
                    continue
                if bounds(f)[0] > bounds(y)[1]:
                    yield Finding(((doc, f), (year_doc, y)), {
                        "label": label(f), "half": f.surface, "half_period": periods.label(doc.report.period),
                        "year_value": y.surface, "year_period": periods.label(year_doc.report.period)})


def _covers_report(f: Figure, doc: Doc) -> bool:
    """The figure covers its report's whole period (not a point in it, not one month of it)."""
    return f.covered is None or periods.span(f.covered) == doc.span


@check("growth_mismatch", fields=("label", "stated", "computed", "now", "now_period", "before", "before_period"))
def growth_mismatch(ctx: Context, p: Params) -> Iterator[Finding]:
    tolerance = p.number("tolerance_points")
    lexicon = normalize.lexicon().by_id
    for doc in ctx.docs:
        if not doc.town or doc.span is None:
            continue
        before_doc = ctx.report_of(doc.town, periods.same_part_last_year(doc.report.period) or "")
        if before_doc is None:
            continue
        for f in doc.figures:
            ind = lexicon.get(f.indicator_id or "")
            if ind is None or ind.growth_of is None or ind.real or not is_result(f) or not exact(f):
                continue
            base = lexicon[ind.growth_of]
            now = doc.town_values.get((base.id, base.unit))
            before = before_doc.town_values.get((base.id, base.unit))
            if now is None or before is None or not before.value_norm or not (exact(now) and exact(before)):
                continue
            if not (doc.own_period(f) and doc.own_period(now) and before_doc.own_period(before)):
                continue  # 从9367亿元增加到12922亿元 over five years: not the year's levels
            computed = (now.value_norm / before.value_norm - 1) * 100
            if abs(computed - f.value_norm) > tolerance:
                yield Finding(((doc, f), (doc, now), (before_doc, before)), {
                    "label": base.name, "stated": show(f.value_norm, ""), "computed": show(computed, ""),
                    "now": now.surface, "now_period": periods.label(doc.report.period),
                    "before": before.surface, "before_period": periods.label(before_doc.report.period)})


# --------------------------------------------------------------------------- 8: across towns


@check("outlier_across_towns", fields=("label", "value", "period", "median", "n", "times"))
def outlier_across_towns(ctx: Context, p: Params) -> Iterator[Finding]:
    min_towns, max_z = int(p.number("min_towns")), p.number("max_robust_z")
    min_times, min_mad = p.number("min_times"), p.number("min_mad")
    county = p.words("county_level_suffixes")
    groups: dict[tuple, dict[str, tuple[Doc, Figure]]] = defaultdict(dict)
    for doc in sorted(ctx.docs, key=lambda d: d.report.report_id):
        if not doc.town or doc.town.endswith(county) or not doc.report.period:
            continue
        for (ind, unit), f in doc.town_values.items():
            if f.value_norm and f.value_norm > 0 and doc.own_period(f):
                groups[(doc.report.period, ind, unit, doc.read(f).measure or "")].setdefault(doc.town, (doc, f))
    for (period, _, unit, _), towns in sorted(groups.items()):
        if len(towns) < min_towns:
            continue
        logs = {town: math.log(f.value_norm) for town, (_, f) in towns.items()}
        med = statistics.median(logs.values())
        mad = max(statistics.median(abs(x - med) for x in logs.values()), min_mad)
        for town, x in logs.items():
            z = (x - med) / (1.4826 * mad)
            if abs(z) > max_z and abs(x - med) >= math.log(min_times):
                doc, f = towns[town]
                times = f.value_norm / math.exp(med)
                yield Finding(((doc, f),), {
                    "label": label(f), "value": f.surface, "period": periods.label(period), "n": len(towns),
                    "median": show(math.exp(med), unit), "times": show(times, "")})


# --------------------------------------------------------------------------- 9: copying


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


# --------------------------------------------------------------------------- running


def _flag(rule: CheckRule, finding: Finding) -> Flag:
    items = tuple(FlagItem(d.report.report_id, f.start, f.end, f.surface, f.indicator) for d, f in finding.items)
    key = rule.name + "|" + "|".join(f"{i.report_id}:{i.start}-{i.end}" for i in items)
    flag_id = "F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    template = rule.messages.get(finding.case) or next(iter(rule.messages.values()))
    scalars = {k: v for k, v in rule.params.data.items() if isinstance(v, (int, float, str))}
    return Flag(flag_id=flag_id, check=rule.name, severity=rule.severity,
                message=template.format_map({**scalars, **finding.fields}), items=items)


def run_checks(extractions: Iterable[Extraction], history: Iterable[Extraction] = ()) -> list[Flag]:
    """Every flag on the reports of ``extractions`` and ``history`` taken together.

    history holds reports from earlier runs (from the store): cross-period and
    cross-town checks compare the new reports with them, and since they are
    checked together, a store's flags are always those of the store as a whole.
    Failed reports are left out. Flags come in the order of rules/checks.yaml,
    then of the reports and offsets of their first figure.
    """
    docs = [Doc.of(ex) for ex in itertools.chain(extractions, history) if ex.report.status == "ok"]
    seen: dict[str, Flag] = {}
    ctx = Context(docs)
    for rule in check_rules():
        fn = _REGISTRY[rule.name][0]
        for finding in fn(ctx, rule.params):
            flag = _flag(rule, finding)
            seen.setdefault(flag.flag_id, flag)
    order = {rule.name: rule.order for rule in check_rules()}
    return sorted(seen.values(), key=lambda f: (order[f.check], f.items[0].report_id, f.items[0].start, f.flag_id))


def touching(flags: Iterable[Flag], report_ids: Iterable[str]) -> list[Flag]:
    """The flags that involve at least one of the reports."""
    ids = set(report_ids)
    return [f for f in flags if any(i.report_id in ids for i in f.items)]
