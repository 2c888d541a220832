"""Normalize: every figure in a base unit, and under a canonical indicator where one matches.

value_norm and unit_norm come from rules/units.yaml (万元 are already 元 after
parsing; 公顷 -> 亩, 公里 -> 米, 公斤 -> 吨, 名/位 -> 人; counts keep their measure
word). indicator_id and indicator_name come from rules/indicators.yaml, matched
on the raw label (which stays in ``Figure.indicator``) and, for `context` words,
on the figure's sentence. An indicator takes only figures whose measure fits it:
``measure`` (rules/measures.yaml) is read from the words right before the figure and
from its label, so a growth rate never lands in a level's row. Every figure gets a
``compare_key``: its indicator id, or a key made from its label, so that a measure no
indicator knows still lands in one row across reports.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from decimal import Decimal

import opencc
import regex

from . import rules
from .figures import figure_rules
from .model import Extraction, Figure, evolve

NAME = "indicators"
MEASURES = "measures"
DIMENSIONS = ("count", "money", "area", "length", "volume", "weight", "energy", "duration", "percent", "ratio", "age",
              "concentration")


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
    measures: frozenset[str] = frozenset()  # the measures of the figures it takes
    reduction: bool = False  # its figures are the size of a fall (单位GDP能耗降低率): a decline stays positive

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
        if self.also and not self.measures <= {"growth", "decline"}:  # a growth rate is known from its measure
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


@functools.cache
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


def _words(data: dict, key: str, where: str) -> tuple[str, ...]:
    return rules.words(NAME, data, key, where) if key in data else ()


def _default_measures(e: dict, unit: str) -> tuple[str, ...]:
    """What an indicator takes when it does not say: a growth rate only growths, a rate or
    share in % only rates and shares, percentage points only changes, anything else a level,
    a flow or an unmarked amount (never a change, a share or a per-capita value)."""
    if e.get("growth_of"):
        return ("growth", "decline")
    if unit == "%":
        return ("rate", "share")
    if unit == "百分点":
        return ("change",)
    return ("level", "flow", "amount")


@dataclass(frozen=True)
class Cue:
    measure: str
    units: frozenset[str] | None
    not_units: frozenset[str]
    before: regex.Pattern | None
    label: regex.Pattern | None

    def matches(self, unit_norm: str, before: str, label: str) -> bool:
        if self.units is not None and unit_norm not in self.units:
            return False
        if unit_norm in self.not_units:
            return False
        if self.before is None and self.label is None:
            return True
        return bool((self.before is not None and self.before.search(before))
                    or (self.label is not None and self.label.search(label)))


@dataclass(frozen=True)
class MeasureRules:
    names: dict[str, str]  # id -> Chinese name
    before_max: int
    clause_breaks: str
    before_trim: regex.Pattern
    cues: tuple[Cue, ...]
    of_strip: regex.Pattern
    key_strip: regex.Pattern
    key_group: dict[str, str]


@functools.cache
def measure_rules() -> MeasureRules:
    """rules/measures.yaml, loaded once and checked."""
    data = rules.load(MEASURES)
    names = rules.need(MEASURES, data, "measures", dict)

    def pattern(where: str, text: object) -> regex.Pattern:
        if not isinstance(text, str):
            raise rules.RuleError(f"rules/{MEASURES}.yaml: {where}: expected a regex string")
        return rules.compile_pattern(MEASURES, where, text)

    cues = []
    for i, c in enumerate(rules.need(MEASURES, data, "cues", list)):
        where = f"cues[{i}]"
        if not isinstance(c, dict):
            raise rules.RuleError(f"rules/{MEASURES}.yaml: {where}: expected a mapping")
        unknown = set(c) - {"measure", "units", "not_units", "before", "label"}
        if unknown:
            raise rules.RuleError(f"rules/{MEASURES}.yaml: {where}: unknown key {sorted(unknown)[0]!r}")
        measure = rules.need(MEASURES, c, "measure", str, where)
        if measure not in names:
            raise rules.RuleError(f"rules/{MEASURES}.yaml: {where}.measure: {measure!r} is not in `measures`")
        cues.append(Cue(
            measure=measure,
            units=frozenset(rules.words(MEASURES, c, "units", where)) if "units" in c else None,
            not_units=frozenset(rules.words(MEASURES, c, "not_units", where)) if "not_units" in c else frozenset(),
            before=pattern(f"{where}.before", c["before"]) if "before" in c else None,
            label=pattern(f"{where}.label", c["label"]) if "label" in c else None,
        ))
    if not cues or cues[-1].units is not None or cues[-1].before or cues[-1].label:
        raise rules.RuleError(f"rules/{MEASURES}.yaml: cues: the last cue must match every figure")
    groups = rules.need(MEASURES, data, "key_group", dict)
    for m in groups:
        if m not in names:
            raise rules.RuleError(f"rules/{MEASURES}.yaml: key_group.{m}: not in `measures`")
    return MeasureRules(
        names={str(k): str(v) for k, v in names.items()},
        before_max=rules.need(MEASURES, data, "before_max", int),
        clause_breaks=rules.need(MEASURES, data, "clause_breaks", str),
        before_trim=pattern("before_trim", rules.need(MEASURES, data, "before_trim", str)),
        cues=tuple(cues),
        of_strip=pattern("of_strip", rules.need(MEASURES, data, "of_strip", str)),
        key_strip=pattern("key_strip", rules.need(MEASURES, data, "key_strip", str)),
        key_group={str(k): str(v) for k, v in groups.items()},
    )


def text_before(text: str, start: int) -> str:
    """The clause text right before a figure (a 、 does not end it), at most before_max characters."""
    mr = measure_rules()
    window = text[max(0, start - mr.before_max) : start]
    cut = max(window.rfind(c) for c in mr.clause_breaks)
    return window[cut + 1 :]


# the measures that are of something else (a growth of a level): they name what in measure_of
_OF_MEASURES = frozenset({"growth", "decline", "growth_multiyear", "change", "share", "completion"})


@functools.lru_cache(maxsize=32768)
def measure_of(unit_norm: str, before: str, label: str) -> tuple[str, str | None]:
    """(measure id, what a growth, change, share or completion is of) for a figure."""
    mr = measure_rules()
    trimmed = before
    while True:
        cut = mr.before_trim.sub("", trimmed)
        if cut == trimmed:
            break
        trimmed = cut
    measure = next(c.measure for c in mr.cues if c.matches(unit_norm, trimmed, label))
    if measure not in _OF_MEASURES:
        return measure, None
    return measure, mr.of_strip.sub("", label) or None


@functools.lru_cache(maxsize=32768)
def comparison_key(label: str, measure: str, unit_norm: str) -> str | None:
    """~<label without verbs and frames>[·<measure group>]/<unit>: the row of a figure no indicator takes."""
    mr = measure_rules()
    base = mr.of_strip.sub("", label) if measure in _OF_MEASURES else label
    while True:
        cut = mr.key_strip.sub("", base)
        if cut == base:
            break
        base = cut
    if not base:
        return None
    group = mr.key_group.get(measure)
    return f"~{base}" + (f"·{group}" if group else "") + f"/{unit_norm}"


@functools.cache
def lexicon() -> Lexicon:
    """rules/indicators.yaml, loaded once and checked; errors name the entry and key."""
    data = rules.load(NAME)
    dims = {base: dim for base, _, dim in base_units().values()}
    entries = rules.need(NAME, data, "indicators", list)
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for i, e in enumerate(entries):
        where = f"indicators[{i}]"
        if not isinstance(e, dict):
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: expected a mapping")
        ind_id = rules.need(NAME, e, "id", str, where)
        where = f"indicators[{i}] ({ind_id})"
        if not regex.fullmatch(r"[a-z]+\.[a-z0-9_]+", ind_id):
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.id: expected domain.snake_case")
        if ind_id in seen:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.id: duplicate id")
        seen.add(ind_id)
        dimension = rules.need(NAME, e, "dimension", str, where)
        if dimension not in DIMENSIONS:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.dimension: {dimension!r} is not one of {', '.join(DIMENSIONS)}")
        unit = str(rules.need(NAME, e, "unit", str, where))
        units = (unit, *_words(e, "units", where))
        for u in units:
            if u not in dims:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}: unit {u!r} is no base unit of rules/units.yaml")
            if dims[u] != dimension:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}: unit {u!r} is {dims[u]}, not {dimension}")
        pattern = None
        if "pattern" in e:
            pattern = rules.compile_pattern(NAME, f"{where}.pattern", rules.need(NAME, e, "pattern", str, where))
        known = measure_rules().names
        accepted = _words(e, "measures", where) if "measures" in e else _default_measures(e, unit)
        for m in accepted:
            if m not in known:
                raise rules.RuleError(f"rules/{NAME}.yaml: {where}.measures: {m!r} is not a measure of rules/{MEASURES}.yaml")
        any_words = _words(e, "any", where)
        if not any_words and pattern is None:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: needs `any` words or a `pattern`")
        indicators.append(
            Indicator(
                id=ind_id,
                name=rules.need(NAME, e, "name", str, where),
                domain=ind_id.split(".")[0],
                dimension=dimension,
                unit=unit,
                units=frozenset(units),
                flow=rules.need(NAME, e, "flow", bool, where),
                any=any_words,
                pattern=pattern,
                also=_words(e, "also", where),
                not_=_words(e, "not", where),
                context=_words(e, "context", where),
                growth_of=e.get("growth_of"),
                real=bool(e.get("real", False)),
                order=i,
                measures=frozenset(accepted),
                reduction=bool(accepted) and accepted[0] == "decline",
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


@functools.lru_cache(maxsize=16384)
def _candidates(label: str, unit_norm: str, measure: str | None = None) -> tuple[Indicator, ...]:
    """Labels repeat across reports (发展党员, 消除风险): the lexicon is scanned once per label.
    With a measure, only the indicators that take it."""
    found = lexicon().candidates(label, unit_norm)
    return tuple(ind for ind in found if measure is None or measure in ind.measures)


def match(label: str, sentence: str, unit_norm: str, measure: str | None = None) -> Indicator | None:
    """The canonical indicator for a label in a unit (and of a measure, when given), or None."""
    candidates = _candidates(label, unit_norm, measure)
    if not any(ind.context for ind in candidates):
        return _match_label(label, unit_norm, measure)  # the sentence cannot change the answer
    return _best(candidates, label, simplified(sentence))


@functools.lru_cache(maxsize=16384)
def _match_label(label: str, unit_norm: str, measure: str | None = None) -> Indicator | None:
    return _best(_candidates(label, unit_norm, measure), label, "")


def _best(candidates: tuple[Indicator, ...], label: str, sentence: str) -> Indicator | None:
    best: tuple[int, int] | None = None
    found = None
    for ind in candidates:
        score = ind.score(label, sentence)
        if score and (best is None or (score, -ind.order) > best):
            best, found = (score, -ind.order), ind
    return found


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=32768)
def simplified(words: str) -> str:
    """The words in simplified characters (規模以上工業增加值增長 -> 规模以上工业增加值增长): the rules are
    written in them, and a report from Hong Kong, Macao or Taiwan, or a page copied from one, is not."""
    try:
        words.encode("gb2312")  # the simplified character set: nothing to convert (the common case, fast)
        return words
    except UnicodeEncodeError:
        return _t2s().convert(words)


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
    value_norm, unit_norm = to_base(f.value, f.unit)
    label = simplified(f.indicator or "")
    before = simplified(text_before(text, f.start)) if text else ""
    measure, of = measure_of(unit_norm, before, label)
    ind = match(label, f.sentence or "", unit_norm, measure)
    if ind is not None and measure == "amount":  # an unmarked quantity takes the measure of its indicator
        measure = "flow" if ind.flow and "flow" in ind.measures else "level" if "level" in ind.measures else measure
    key = ind.id if ind else comparison_key(label, measure, unit_norm)
    return evolve(f, value_norm=value_norm, unit_norm=unit_norm,
                  indicator_id=ind.id if ind else None, indicator_name=ind.name if ind else None,
                  measure=measure, measure_of=of, compare_key=key)


def normalize(extraction: Extraction) -> Extraction:
    """The extraction with every figure's value_norm, unit_norm, measure, indicator and comparison key filled."""
    if not extraction.figures:
        return extraction
    text = extraction.report.text
    return dataclasses.replace(extraction, figures=tuple(normalize_figure(f, text) for f in extraction.figures))
