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
from dataclasses import dataclass

import regex

from . import rules
from .figures import simplified
from .model import Extraction, Figure, evolve
from .units import base_units, to_base

NAME = "indicators"
MEASURES = "measures"


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
    head: bool = False  # a derived row: its words must end the label (研发投入 of 规上工业企业 is no 规上工业企业)

    def score(self, label: str, sentence: str) -> int:
        """How well ``label`` matches (0: not at all): the longest matching word, plus the `also` word."""
        if any(w in label for w in self.not_):
            return 0
        if self.head:
            best = max((len(w) for w in self.any if label.endswith(w)), default=0)
        else:
            best = max((len(w) for w in self.any if w in label), default=0)
        if self.pattern is not None:
            m = self.pattern.search(label)
            if m and (not self.head or m.end() == len(label)):
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


def _default_measures(e, unit: str) -> tuple[str, ...]:
    """What an indicator takes when it does not say: a growth rate only growths, a rate or
    share in % only rates and shares, percentage points only changes, anything else a level,
    a flow or an unmarked amount (never a change, a share or a per-capita value)."""
    if e.growth_of:
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
    after: regex.Pattern | None = None  # must match the words right after the figure
    approx: frozenset[str] | None = None  # the figure's approximation must be one of these

    def matches(self, unit_norm: str, before: str, label: str, after: str = "", approx: str | None = None) -> bool:
        if self.units is not None and unit_norm not in self.units:
            return False
        if unit_norm in self.not_units:
            return False
        if self.approx is not None and approx not in self.approx:
            return False
        if self.after is not None and not self.after.search(after):
            return False
        if self.before is None and self.label is None:
            return True
        return bool((self.before is not None and self.before.search(before))
                    or (self.label is not None and self.label.search(label)))


@dataclass(frozen=True)
class MeasureRules:
    names: dict[str, str]  # id -> Chinese name
    before_max: int
    after_max: int
    clause_breaks: str
    before_trim: regex.Pattern
    cues: tuple[Cue, ...]
    of_strip: regex.Pattern
    key_strip: regex.Pattern
    key_group: dict[str, str]


@rules.cached
def measure_rules() -> MeasureRules:
    """rules/measures.yaml, validated (pipeline/schema/) and compiled once."""
    data = rules.model(MEASURES)
    names = dict(data.measures)

    def pattern(where: str, text: str) -> regex.Pattern:
        return rules.compile_pattern(MEASURES, where, text)

    cues = []
    for i, c in enumerate(data.cues):
        where = f"cues[{i}]"
        if c.measure not in names:
            raise rules.RuleError(f"rules/{MEASURES}.yaml: {where}.measure: {c.measure!r} is not in `measures`")
        cues.append(Cue(
            measure=c.measure,
            units=frozenset(c.units) if c.units is not None else None,
            not_units=frozenset(c.not_units),
            before=pattern(f"{where}.before", c.before) if c.before else None,
            label=pattern(f"{where}.label", c.label) if c.label else None,
            after=pattern(f"{where}.after", c.after) if c.after else None,
            approx=frozenset(c.approx) if c.approx is not None else None,
        ))
    last = cues[-1] if cues else None
    if last is None or last.units is not None or last.before or last.label or last.after or last.approx is not None:
        raise rules.RuleError(f"rules/{MEASURES}.yaml: cues: the last cue must match every figure")
    for m in data.key_group:
        if m not in names:
            raise rules.RuleError(f"rules/{MEASURES}.yaml: key_group.{m}: not in `measures`")
    return MeasureRules(
        names=names,
        before_max=data.before_max,
        after_max=data.after_max,
        clause_breaks=data.clause_breaks,
        before_trim=pattern("before_trim", data.before_trim),
        cues=tuple(cues),
        of_strip=pattern("of_strip", data.of_strip),
        key_strip=pattern("key_strip", data.key_strip),
        key_group=dict(data.key_group),
    )


def text_before(text: str, start: int) -> str:
    """The clause text right before a figure (a 、 does not end it), at most before_max characters."""
    lo = max(0, start - measure_rules().before_max)
    cut = _last_clause_break().search(text, lo, start)
    return text[cut.end() if cut else lo : start]


@rules.cached
def _last_clause_break() -> regex.Pattern:
    """Any of the clause breaks of rules/measures.yaml, searched from the end."""
    return regex.compile(f"(?r)[{regex.escape(measure_rules().clause_breaks)}]")


# the measures that are of something else (a growth of a level): they name what in measure_of
_OF_MEASURES = frozenset({"growth", "decline", "growth_multiyear", "change", "share", "completion"})


@rules.cached(maxsize=32768)
def measure_of(unit_norm: str, before: str, label: str, after: str = "", approx: str | None = None
               ) -> tuple[str, str | None]:
    """(measure id, what a growth, change, share or completion is of) for a figure; ``after``: the
    words right after it, ``approx``: its approximation (a bound: 50万元以上的村)."""
    mr = measure_rules()
    trimmed = before
    while True:
        cut = mr.before_trim.sub("", trimmed)
        if cut == trimmed:
            break
        trimmed = cut
    measure = next(c.measure for c in mr.cues if c.matches(unit_norm, trimmed, label, after, approx))
    if measure not in _OF_MEASURES:
        return measure, None
    return measure, mr.of_strip.sub("", label) or None


@rules.cached(maxsize=32768)
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


@rules.built_at_load
@rules.cached
def lexicon() -> Lexicon:
    """rules/indicators.yaml, validated (pipeline/schema/) and checked against units and measures."""
    dims = {base: dim for base, _, dim in base_units().values()}
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
                any=tuple(e.any),
                pattern=None if e.pattern is None else regex.compile(e.pattern, regex.VERSION1),
                also=tuple(e.also),
                not_=tuple(e.not_),
                context=tuple(e.context),
                growth_of=e.growth_of,
                real=e.real,
                order=i,
                measures=frozenset(accepted),
                reduction=bool(accepted) and accepted[0] == "decline",
            )
        )
    indicators += _derived(indicators, known)
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


# the measures of an amount that a derived row (its growth, its completion of the plan) is about
_AMOUNT_MEASURES = frozenset({"level", "flow", "amount", "per_capita"})


def _derived(indicators: list[Indicator], known: dict[str, str]) -> list[Indicator]:
    """The rows rules/indicators.yaml's `derived` adds: for every amount indicator of its domains, the
    growth rate and the completion of the plan of that amount, unless an entry already names it (a
    growth_of entry, or the same id). They match the words of the amount they derive from when these
    end the label (what the growth is of: normalize_figure tries measure_of), and come after every
    written entry, which wins a tie."""
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
    out: list[Indicator] = []
    order = len(indicators)
    for ind in indicators:
        if (ind.domain not in spec.domains or ind.id in spec.not_ or ind.unit == "%"
                or not ind.measures & _AMOUNT_MEASURES):
            continue
        for row in spec.rows.values():
            new_id = ind.id + row.suffix
            if new_id in ids or (row.growth and ind.id in grown):
                continue
            out.append(dataclasses.replace(
                ind, id=new_id, name=row.name.format(name=ind.name), dimension="percent", unit="%",
                units=frozenset({"%"}), flow=False, growth_of=ind.id if row.growth else None,
                order=order, measures=frozenset(row.measures), reduction=row.measures[0] == "decline", head=True))
            ids.add(new_id)
            order += 1
    return out


@rules.cached(maxsize=16384)
@rules.cached(maxsize=16384)
def _candidates(label: str, unit_norm: str, measure: str | None = None) -> tuple[Indicator, ...]:
    """Labels repeat across reports (发展党员, 消除风险): the lexicon is scanned once per label.
    With a measure, only the indicators that take it."""
    found = lexicon().candidates(label, unit_norm)
    return tuple(ind for ind in found if measure is None or measure in ind.measures)


def match(label: str, sentence: str, unit_norm: str, measure: str | None = None) -> Indicator | None:
    """The canonical indicator for a label in a unit (and of a measure, when given), or None. A
    growth or completion no indicator takes by its label is tried by what it is of (完成固定资产投资占计划:
    the completion of 固定资产投资), which the derived rows of rules/indicators.yaml match."""
    found = _match_words(label, sentence, unit_norm, measure)
    if found is None and measure in _OF_MEASURES:
        of = measure_rules().of_strip.sub("", label)
        if of and of != label:
            found = _match_words(of, sentence, unit_norm, measure)
    return found


def _match_words(label: str, sentence: str, unit_norm: str, measure: str | None) -> Indicator | None:
    candidates = _candidates(label, unit_norm, measure)
    if not any(ind.context for ind in candidates):
        return _match_label(label, unit_norm, measure)  # the sentence cannot change the answer
    return _best(candidates, label, simplified(sentence))


@rules.cached(maxsize=16384)
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


@rules.cached(maxsize=32768)
def _simplified_label(label: str) -> str:
    """A label in simplified characters: labels repeat across figures and reports, so each is converted once."""
    return simplified(label)


def _normalized(f: Figure, label: str, before: str, after: str) -> Figure:
    """normalize_figure of a figure whose label and the words before it are in simplified characters;
    ``after``: the words right after it (a bound: 5万元以上的村)."""
    value_norm, unit_norm = to_base(f.value, f.unit)
    measure, of = measure_of(unit_norm, before, label, after, f.approx)
    ind = match(label, f.sentence or "", unit_norm, measure)
    if ind is not None and measure == "amount":  # an unmarked quantity takes the measure of its indicator
        measure = "flow" if ind.flow and "flow" in ind.measures else "level" if "level" in ind.measures else measure
    key = ind.id if ind else comparison_key(label, measure, unit_norm)
    return evolve(f, value_norm=value_norm, unit_norm=unit_norm,
                  indicator_id=ind.id if ind else None, indicator_name=ind.name if ind else None,
                  measure=measure, measure_of=of, compare_key=key)


@rules.cached
def _growth_of_level() -> dict[str, Indicator]:
    """level indicator id -> the indicator of its growth rate (econ.gdp -> econ.gdp_growth)."""
    lex = lexicon()
    return {ind.growth_of: ind for ind in lex.indicators if ind.growth_of and ind.growth_of in lex.by_id}


def _growth_of_previous(f: Figure, previous: Figure | None) -> Figure:
    """A growth rate that names no subject of its own (扣除价格因素，实际增长6.1%) is the growth of the
    figure before it in the sentence (全国居民人均可支配收入39218元，比上年增长6.3%，…), or the same
    growth again (名义增长9.1%，实际增长8.1%)."""
    if (f.indicator_id or f.measure != "growth" or f.measure_of or previous is None
            or previous.sentence != f.sentence or not previous.indicator_id):
        return f
    ind = lexicon().by_id.get(previous.indicator_id)
    if ind is None or not ind.growth_of:  # the growth of a level, or a second growth of the same (名义 then 实际)
        ind = _growth_of_level().get(previous.indicator_id)
    if ind is None or f.unit_norm not in ind.units:
        return f
    level = lexicon().by_id.get(ind.growth_of or "")
    return evolve(f, indicator_id=ind.id, indicator_name=ind.name, measure_of=level.name if level else None,
                  compare_key=ind.id)


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


def _same_as_previous(f: Figure, previous: Figure | None) -> Figure:
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
    measure = f.measure
    if measure == "amount":
        measure = "flow" if ind.flow and "flow" in ind.measures else "level" if "level" in ind.measures else measure
    return evolve(f, indicator_id=ind.id, indicator_name=ind.name, measure=measure, compare_key=ind.id)


def normalize(extraction: Extraction) -> Extraction:
    """The extraction with every figure's value_norm, unit_norm, measure, indicator and comparison key filled."""
    if not extraction.figures:
        return extraction
    # simplified once (the same string when it already is): the words before a figure are a slice of it
    text = simplified(extraction.report.text)
    after_max = measure_rules().after_max
    out: list[Figure] = []
    for f in extraction.figures:
        g = _normalized(f, _simplified_label(f.indicator or ""), text_before(text, f.start) if text else "",
                        text[f.end : f.end + after_max])
        previous = out[-1] if out else None
        out.append(_same_as_previous(_growth_of_previous(g, previous), previous))
    return dataclasses.replace(extraction, figures=tuple(out))
