"""The canonical indicators (rules/indicators.yaml), validated and checked against units and measures
into one Lexicon, with the rows its `derived` adds (the growth and the completion of each amount)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from .. import rules
from ..model import evolve
from ..units import base_units
from ..units import lexicon as unit_lexicon
from .literals import Needs, needed, rarest
from .measures import MEASURES, measure_rules

NAME = "indicators"


_GROWTHS = frozenset({"growth", "decline"})  # a growth rate is known from its measure


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    domain: str
    dimension: str
    unit: str
    units: frozenset[str]  # unit and its alternatives
    flow: bool
    any: tuple[str, ...]
    pattern: str | None  # compiled when first tried (_compiled): a run tries the patterns of a few rows only
    also: tuple[str, ...]
    not_: tuple[str, ...]
    context: tuple[str, ...]
    growth_of: str | None
    real: bool
    order: int  # position in the file: ties go to the earlier entry
    measures: frozenset[str] = frozenset()  # the measures of the figures it takes
    reduction: bool = False  # its figures are the size of a fall (单位GDP能耗降低率): a decline stays positive
    head: bool = False  # a derived row: its words must end the label (研发投入 of 规上工业企业 is no 规上工业企业)
    same_as: str | None = None  # an entry adding words of another indicator (in a context): its figures take that one
    derived_from: str | None = None  # a derived row: the amount it is the growth or completion of
    note: str | None = None  # the caliber note it is of (财政总收入(不含免抵调)): its words hold it

    def score(self, label: str, sentence: str) -> int:
        """How well ``label`` matches (0: not at all): the longest matching word, plus the `also` word."""
        # most rows scored have only a pattern: no generator made for their empty `any`, nor for a head row with no
        # word ending the label (endswith of a tuple, in C)
        if not self.any:
            best = 0
        elif self.head:  # its words end the label, or end it but for the amount's own tail word (外贸进出口|额)
            end = label if label.endswith(self.any) else _without_amount_tail(label)
            best = max((len(w) for w in self.any if end.endswith(w)), default=0) if end.endswith(self.any) else 0
        else:
            best = max((len(w) for w in self.any if w in label), default=0)
        if self.pattern is not None:
            m = _compiled(self.pattern).search(label)
            if m and (not self.head or m.end() == len(label) or m.end() == len(_without_amount_tail(label))):
                best = max(best, len(m[0]))
        if not best or (self.not_ and any(w in label for w in self.not_)):
            return 0
        if self.also and not self.measures <= _GROWTHS:  # a growth rate is known from its measure
            extra = max((len(w) for w in self.also if w in label), default=0)
            if not extra:
                return 0
            best += extra
        if self.context and not any(w in sentence or w in label for w in self.context):  # the label is of its sentence
            return 0
        return best


@dataclass(frozen=True)
class Lexicon:
    indicators: tuple[Indicator, ...]
    by_id: dict[str, Indicator]
    by_unit: dict[str, tuple[Indicator, ...]]
    # which indicators a label can match at all, found from the `any` words (two characters at least) by their
    # first two, so a label is scanned once instead of scored against every indicator of its unit
    words_by_start: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]  # characters -> (word, indicator orders)
    with_pattern: frozenset[int]  # orders of the indicators that also have a `pattern`
    verb_last: regex.Pattern | None = None  # a label naming what before its verb (高新技术企业净增)
    caliber_note: regex.Pattern | None = None  # a label of a caliber of its own (财政总收入(不含免抵调))
    official_notes: frozenset[str] = frozenset()  # notes of the official names (固定资产投资（不含农户）)
    patterns_by_unit: dict[str, tuple[Indicator, ...]] = dataclasses.field(default_factory=dict)  # tried on every label

    patterns_by_measure: dict = dataclasses.field(default_factory=dict, compare=False)  # (unit, measure) -> rows
    # unit -> all its patterns as one: a label none of them matches (19 of 20) skips them in one search, keeping the
    # rows whose `any` word it holds (one per unit, not per measure: each pattern is compiled into one of them only)
    any_pattern: dict = dataclasses.field(default_factory=dict, compare=False)
    # unit -> what its patterns need written (pipeline/normalize/literals.py): a label holding none of what any of
    # them needs (3 of 4 labels of %) is not searched at all
    pattern_needs: dict = dataclasses.field(default_factory=dict, compare=False)

    def candidates(self, label: str, unit_norm: str, measure: str | None = None) -> list[Indicator]:
        """The indicators of the unit (that take ``measure``, when given) that have a `pattern` or an `any` word in
        the label, in file order."""
        if unit_norm not in self.by_unit:
            return []
        found: set[int] = set()
        by_start = self.words_by_start
        for i in range(len(label)):
            for word, orders in by_start.get(label[i : i + 2], ()):
                if label.startswith(word, i):
                    found.update(orders)
        worded = [ind for o in found if unit_norm in (ind := self.indicators[o]).units and o not in self.with_pattern
                  and (measure is None or measure in ind.measures)]
        patterned = self.patterns_by_unit.get(unit_norm, ())
        if patterned and not self._any_matches(label, unit_norm, patterned):
            # no pattern matches: of the patterned rows only those a word of theirs names are left
            patterned = tuple(ind for o in sorted(found) if o in self.with_pattern
                              and unit_norm in (ind := self.indicators[o]).units)
            if measure is not None:
                patterned = tuple(ind for ind in patterned if measure in ind.measures)
        elif measure is not None:  # 209 rows have a pattern for %: kept per measure, not filtered for every label
            key = (unit_norm, measure)
            if key not in self.patterns_by_measure:
                self.patterns_by_measure[key] = tuple(ind for ind in patterned if measure in ind.measures)
            patterned = self.patterns_by_measure[key]
        return sorted([*patterned, *worded], key=lambda ind: ind.order) if worded else list(patterned)

    def _any_matches(self, label: str, unit_norm: str, patterned: tuple[Indicator, ...]) -> bool:
        """Whether one of the unit's patterns matches the label: only those whose needs it holds are searched, each on
        its own (a label of % holding what one of them needs meets one or two of 136: searched in 3 µs, not in the
        170 µs of all of them as one); all as one when one of them needs nothing known."""
        maybe = self._may_match(label, unit_norm, patterned)
        if maybe is None:
            return self._any_pattern(unit_norm, patterned).search(label) is not None
        return any(_compiled(pattern).search(label) for pattern in maybe)

    def _may_match(self, label: str, unit_norm: str, patterned: tuple[Indicator, ...]) -> tuple[str, ...] | None:
        """The unit's patterns whose needs the label holds (pipeline/normalize/literals.py): the only ones that can
        match it; None when one of them needs nothing known."""
        if unit_norm not in self.pattern_needs:
            self.pattern_needs[unit_norm] = _needs_by_first(dict.fromkeys(ind.pattern for ind in patterned))
        by_first = self.pattern_needs[unit_norm]
        if by_first is None:
            return None
        held: dict[str, None] = {}
        for i, c in enumerate(label):
            for string, others, pattern in by_first.get(c, ()):
                if (pattern not in held and label.startswith(string, i)
                        and all(any(s in label for s in strings) for strings in others)):
                    held[pattern] = None
        return tuple(held)

    def _any_pattern(self, unit_norm: str, patterned: tuple[Indicator, ...]) -> regex.Pattern:
        if unit_norm not in self.any_pattern:  # each pattern once: the derived rows repeat their amount's (488 -> 136 for %)
            self.any_pattern[unit_norm] = rules.compiled(
                "|".join(dict.fromkeys(f"(?:{ind.pattern})" for ind in patterned)), regex.VERSION1)
        return self.any_pattern[unit_norm]


def _needs_by_first(patterns: Iterable[str]) -> dict[str, tuple[tuple[str, Needs, str], ...]] | None:
    """Each string of the set each pattern needs most (the one with the longest shortest string) by its first
    character, with the pattern's other needs and the pattern; None if a pattern needs nothing known."""
    by_first: dict[str, list[tuple[str, Needs, str]]] = {}
    for pattern in patterns:
        needs = needed(pattern)
        if not needs:
            return None
        most = rarest(needs)
        others = tuple(strings for strings in needs if strings is not most)
        for string in most:
            by_first.setdefault(string[0], []).append((string, others, pattern))
    return {c: tuple(v) for c, v in by_first.items()}


@rules.cached
def _compiled(pattern: str) -> regex.Pattern:
    """An indicator's pattern, compiled once it is tried: compiling all 300 took 0.08 s of every process's start,
    and the one search that tells a label no pattern of its unit matches needs none of them."""
    return rules.compiled(pattern, regex.VERSION1)


def _default_measures(e, unit: str) -> tuple[str, ...]:
    """What an indicator takes when it does not say: a growth rate only growths, a rate or
    share in % only rates and shares, percentage points only changes, anything else a level,
    a flow or an unmarked amount (never a change, a share or a per-capita value)."""
    if e.growth_of:
        return ("growth", "decline")
    if unit == "%":
        return ("rate", "share")
    if unit in unit_lexicon().point_units:
        return ("change",)
    return ("level", "flow", "amount")


# the modules whose code builds the lexicon, beside the rules files: a change to one builds it again
_BUILT_BY = tuple(Path(__file__).parent.parent / m for m in ("normalize/indicators.py", "normalize/measures.py",
                                                                 "normalize/literals.py", "units.py", "model.py"))


@rules.built_at_load
@rules.cached
def lexicon() -> Lexicon:
    """rules/indicators.yaml, validated (pipeline/schema/) and checked against units and measures: built once for
    these rules and kept in the cache folder (building it took 0.08 s of CPU in every process)."""
    return rules.kept("lexicon", _built, _BUILT_BY)


def _built() -> Lexicon:
    dims = {base: dim for base, _, dim in base_units().values()}
    # an amount per something (全员劳动生产率 14.5万元/人 -> 元/人) has the dimension of the amount
    dims |= {f"{base}/{per}": dim for base, dim in list(dims.items()) for per in unit_lexicon().per_units}
    known = measure_rules().names
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for i, e in enumerate(rules.model(NAME).indicators):
        where = f"indicators[{i}] ({e.id})"
        if e.id in seen:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.id: duplicate id")
        seen.add(e.id)
        units = (e.unit, *e.units)
        for u in units:
            if u not in dims:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}: unit {u!r} is no base unit of rules/units.yaml")
            if dims[u] != e.dimension:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}: unit {u!r} is {dims[u]}, not {e.dimension}")
        if not e.any and e.pattern is None:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: needs `any` words or a `pattern`")
        if e.note and (not e.any or e.pattern is not None):
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.note: takes `any` words (the note is put after them), "
                                  "no `pattern`")
        accepted = tuple(e.measures) if e.measures is not None else _default_measures(e, e.unit)
        for m in accepted:
            if m not in known:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}.measures: {m!r} is not a measure of rules/{MEASURES}.yaml")
        indicators.append(
            Indicator(
                id=e.id,
                name=e.name,
                domain=e.id.split(".")[0],
                dimension=e.dimension,
                unit=e.unit,
                units=frozenset(units),
                flow=e.flow,
                any=tuple(f"{w}({e.note})" for w in e.any) if e.note else tuple(e.any),
                pattern=e.pattern,  # the schema made sure it compiles
                also=tuple(e.also),
                not_=tuple(e.not_),
                context=tuple(e.context),
                growth_of=e.growth_of,
                real=e.real,
                order=i,
                measures=frozenset(accepted),
                reduction=bool(accepted) and accepted[0] == "decline",
                same_as=e.same_as,
                note=e.note,
            )
        )
    indicators += _derived(indicators, known)
    by_id = {ind.id: ind for ind in indicators}
    for ind in indicators:
        if ind.growth_of is not None and ind.growth_of not in by_id:
            raise rules.RuleError(f"rules/{NAME}.yaml: {ind.id}.growth_of: no indicator {ind.growth_of!r}")
        if ind.same_as is not None:
            other = by_id.get(ind.same_as)
            if other is None or other.same_as is not None or other.units != ind.units or other.measures != ind.measures:
                raise rules.RuleError(f"rules/{NAME}.yaml: {ind.id}.same_as: {ind.same_as!r} is no indicator of "
                                      "the same units and measures")
    by_unit: dict[str, list[Indicator]] = {}
    for ind in indicators:
        for u in ind.units:
            by_unit.setdefault(u, []).append(ind)
    by_word: dict[str, list[int]] = {}
    for ind in indicators:
        for w in ind.any:
            by_word.setdefault(w, []).append(ind.order)
    words_by_start: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for w, orders in by_word.items():
        words_by_start.setdefault(w[:2], []).append((w, tuple(orders)))
    lex = Lexicon(
        indicators=tuple(indicators),
        by_id=by_id,
        by_unit={u: tuple(v) for u, v in by_unit.items()},
        words_by_start={c: tuple(v) for c, v in words_by_start.items()},
        with_pattern=frozenset(ind.order for ind in indicators if ind.pattern is not None),
        verb_last=None if (v := rules.model(NAME).verb_last) is None else rules.compiled(v, regex.VERSION1),
        caliber_note=None if (c := rules.model(NAME).caliber_note) is None else rules.compiled(c, regex.VERSION1),
        official_notes=frozenset(rules.model(NAME).official_notes),
        patterns_by_unit={u: tuple(ind for ind in v if ind.pattern is not None) for u, v in by_unit.items()},
    )
    for unit_norm, patterned in lex.patterns_by_unit.items():  # what each unit's patterns need: kept with the rest
        if patterned:
            lex.pattern_needs[unit_norm] = _needs_by_first(dict.fromkeys(ind.pattern for ind in patterned))
    return lex


@rules.cached(maxsize=4096)
def _without_amount_tail(label: str) -> str:
    """``label`` without a tail word of the amount (rules/indicators.yaml derived.amount_tails) it ends with."""
    spec = rules.model(NAME).derived
    tail = next((t for t in sorted(spec.amount_tails, key=len, reverse=True) if label.endswith(t)), "") if spec else ""
    return label[: len(label) - len(tail)] if tail and len(label) > len(tail) else label


# the measures of an amount that a derived row (its growth, its completion of the plan) is about
_AMOUNT_MEASURES = frozenset({"level", "flow", "amount", "per_capita"})


def _derived(indicators: list[Indicator], known: dict[str, str]) -> list[Indicator]:
    """The rows rules/indicators.yaml's `derived` adds: for every amount indicator of its domains, the
    growth rate and the completion of the plan of that amount, unless an entry already names it (a
    growth_of entry, or the same id). They match the words of the amount they derive from when these
    end the label (what the growth is of: normalize_figure tries measure_of), and come after every
    written entry, which wins a tie. An entry adding words of another amount (same_as) adds its words to that
    amount's rows the same way."""
    spec = rules.model(NAME).derived
    if spec is None:
        return []
    for kind, row in spec.rows.items():
        for m in row.measures:
            if m not in known:
                raise rules.RuleError(f"rules/{NAME}.yaml: derived.rows.{kind}.measures: {m!r} "
                                      f"is not a measure of rules/{MEASURES}.yaml")
    ids = {ind.id for ind in indicators}
    grown = {ind.growth_of for ind in indicators if ind.growth_of}
    real_growth = {ind.growth_of for ind in indicators if ind.growth_of and ind.real}
    out: list[Indicator] = []
    order = len(indicators)
    for ind in indicators:
        if (ind.domain not in spec.domains or ind.id in spec.not_ or ind.unit == "%"
                or not ind.measures & _AMOUNT_MEASURES):
            continue
        for row in spec.rows.values():
            new_id = ind.id + row.suffix
            if new_id in ids or (row.growth and ind.id in grown) or (row.amount_unit and ind.measures & set(row.measures)):
                continue  # a row already written, or one in the amount's unit of a measure it takes itself (净增市场主体)
            unit = (ind.dimension, ind.unit, ind.units) if row.amount_unit else ("percent", "%", frozenset({"%"}))
            out.append(evolve(  # dataclasses.replace without __init__: 1,700 rows made in every process
                ind, id=new_id, name=row.name.format(name=ind.name), dimension=unit[0], unit=unit[1],
                units=unit[2], flow=False, growth_of=ind.id if row.growth else None,
                order=order, measures=frozenset(row.measures), reduction=row.measures[0] == "decline", head=True,
                real=row.real_as_growth and ind.id in real_growth, derived_from=ind.id,
                same_as=ind.same_as + row.suffix if ind.same_as else None))
            ids.add(new_id)
            order += 1
    # 财政收入年均增长 is 财政总收入's average growth: a row of words of another amount goes where that amount's row goes
    return [row for row in out if row.same_as is None or row.same_as in ids]
