"""Normalize: every figure in a base unit, and under a canonical indicator where one matches.

value_norm and unit_norm come from rules/units.yaml (万元 are already 元 after
parsing; 公顷 -> 亩, 公里 -> 米, 公斤 -> 吨, 名/位 -> 人; counts keep their measure
word). indicator_id and indicator_name come from rules/indicators.yaml, matched
on the raw label (which stays in ``Figure.indicator``) and, for `context` words,
on the figure's sentence.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

import regex

from . import rules
from .figures import figure_rules
from .model import Extraction, Figure, evolve

NAME = "indicators"


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
    pattern: regex.Pattern | None
    also: tuple[str, ...]
    not_: tuple[str, ...]
    context: tuple[str, ...]
    growth_of: str | None
    real: bool
    order: int  # position in the file: ties go to the earlier entry

    def score(self, label: str, sentence: str) -> int:
        """How well ``label`` matches (0: not at all): the longest matching word, plus the `also` word."""
        if any(w in label for w in self.not_):
            return 0
        best = max((len(w) for w in self.any if w in label), default=0)
        if self.pattern is not None:
            m = self.pattern.search(label)
            if m:
                best = max(best, len(m[0]))
        if not best:
            return 0
        if self.also:
            extra = max((len(w) for w in self.also if w in label), default=0)
            if not extra:
                return 0
            best += extra
        if self.context and not any(w in sentence for w in self.context):
            return 0
        return best


@dataclass(frozen=True)
class Lexicon:
    indicators: tuple[Indicator, ...]
    by_id: dict[str, Indicator]
    by_unit: dict[str, tuple[Indicator, ...]]
    # which indicators a label can match at all, found from the `any` words by their first
    # character, so a label is scanned once instead of scored against every indicator of its unit
    words_by_first: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]  # char -> (word, indicator orders)
    with_pattern: frozenset[int]  # orders of the indicators that also have a `pattern`

    def candidates(self, label: str, unit_norm: str) -> list[Indicator]:
        of_unit = self.by_unit.get(unit_norm, ())
        if not of_unit:
            return []
        found = set(self.with_pattern)
        for i, c in enumerate(label):
            for word, orders in self.words_by_first.get(c, ()):
                if label.startswith(word, i):
                    found.update(orders)
        return [ind for ind in of_unit if ind.order in found]


@rules.cached
def base_units() -> dict[str, tuple[str, float, str]]:
    """canonical unit -> (base unit, factor, dimension), checked to be one conversion per canonical unit."""
    out: dict[str, tuple[str, float, str]] = {}
    for u in figure_rules().units.values():
        entry = (u.base, u.factor, u.dimension)
        for key in {u.canonical, u.name}:
            if key in out and out[key] != entry and key == u.canonical:
                raise rules.RuleError(
                    f"rules/units.yaml: units with canonical {key!r} convert differently: {out[key]} and {entry}"
                )
            out.setdefault(key, entry)
    return out


@rules.cached
def lexicon() -> Lexicon:
    """rules/indicators.yaml, loaded once and checked; errors name the entry and key."""
    dims = {base: dim for base, _, dim in base_units().values()}
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
        indicators.append(
            Indicator(
                id=e.id,
                name=e.name,
                domain=e.id.split(".")[0],
                dimension=e.dimension,
                unit=e.unit,
                units=frozenset(units),
                flow=e.flow,
                any=tuple(e.any),
                pattern=None if e.pattern is None else regex.compile(e.pattern, regex.VERSION1),
                also=tuple(e.also),
                not_=tuple(e.not_),
                context=tuple(e.context),
                growth_of=e.growth_of,
                real=e.real,
                order=i,
            )
        )
    by_id = {ind.id: ind for ind in indicators}
    for ind in indicators:
        if ind.growth_of is not None and ind.growth_of not in by_id:
            raise rules.RuleError(f"rules/{NAME}.yaml: {ind.id}.growth_of: no indicator {ind.growth_of!r}")
    by_unit: dict[str, list[Indicator]] = {}
    for ind in indicators:
        for u in ind.units:
            by_unit.setdefault(u, []).append(ind)
    by_word: dict[str, list[int]] = {}
    for ind in indicators:
        for w in ind.any:
            by_word.setdefault(w, []).append(ind.order)
    words_by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for w, orders in by_word.items():
        words_by_first.setdefault(w[0], []).append((w, tuple(orders)))
    return Lexicon(
        indicators=tuple(indicators),
        by_id=by_id,
        by_unit={u: tuple(v) for u, v in by_unit.items()},
        words_by_first={c: tuple(v) for c, v in words_by_first.items()},
        with_pattern=frozenset(ind.order for ind in indicators if ind.pattern is not None),
    )


def to_base(value: float, unit: str) -> tuple[float, str]:
    """(value in the base unit, base unit): 4.6 公里 -> (4600.0, 米); unknown units stay as they are."""
    base, factor, _ = base_units().get(unit, (unit, 1.0, ""))
    if factor == 1:
        return value, base
    return float(Decimal(repr(value)) * Decimal(repr(factor))), base


@rules.cached(maxsize=16384)
def _candidates(label: str, unit_norm: str) -> tuple[Indicator, ...]:
    """Labels repeat across reports (发展党员, 消除风险): the lexicon is scanned once per label."""
    return tuple(lexicon().candidates(label, unit_norm))


def match(label: str, sentence: str, unit_norm: str) -> Indicator | None:
    """The canonical indicator for a label in a unit, or None."""
    candidates = _candidates(label, unit_norm)
    if not any(ind.context for ind in candidates):
        return _match_label(label, unit_norm)  # the sentence cannot change the answer
    return _best(candidates, label, sentence)


@rules.cached(maxsize=16384)
def _match_label(label: str, unit_norm: str) -> Indicator | None:
    return _best(_candidates(label, unit_norm), label, "")


def _best(candidates: tuple[Indicator, ...], label: str, sentence: str) -> Indicator | None:
    best: tuple[int, int] | None = None
    found = None
    for ind in candidates:
        score = ind.score(label, sentence)
        if score and (best is None or (score, -ind.order) > best):
            best, found = (score, -ind.order), ind
    return found


def normalize_figure(f: Figure) -> Figure:
    value_norm, unit_norm = to_base(f.value, f.unit)
    ind = match(f.indicator or "", f.sentence or "", unit_norm)
    return evolve(f, value_norm=value_norm, unit_norm=unit_norm,
                  indicator_id=ind.id if ind else None, indicator_name=ind.name if ind else None)


def normalize(extraction: Extraction) -> Extraction:
    """The extraction with every figure's value_norm, unit_norm, indicator_id and indicator_name filled."""
    if not extraction.figures:
        return extraction
    return dataclasses.replace(extraction, figures=tuple(normalize_figure(f) for f in extraction.figures))
