"""What a figure measures (rules/measures.yaml): a level, a flow, a growth, a share …, read from the
words right before it and from its label; what a growth, change, share or completion is of; and the
comparison key of a figure no indicator takes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from .. import first_chars, rules
from ..first_chars import Anchored

MEASURES = "measures"


@dataclass(frozen=True)
class Cue:
    measure: str
    units: frozenset[str] | None
    not_units: frozenset[str]
    before: regex.Pattern | None
    label: regex.Pattern | None
    after: regex.Pattern | None = None  # must match the words right after the figure
    approx: frozenset[str] | None = None  # the figure's approximation must be one of these
    over_years: bool | None = None  # the figure's period must (or must not) run over more than a year

    def matches(self, unit_norm: str, before: str, label: str, after: str = "", approx: str | None = None,
                over_years: bool = False) -> bool:
        if self.units is not None and unit_norm not in self.units:
            return False
        if self.over_years is not None and over_years != self.over_years:
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
    key_strip: regex.Pattern  # with place_strip's words
    place_strip: regex.Pattern | None  # the place and time before the measure (全镇, 今年以来)
    key_group: dict[str, str]
    key_words: tuple[tuple[str, str], ...]  # (as written, as a key writes it), longest first
    bare_amount: regex.Pattern | None  # a label that is only an amount (完成增加值)
    restating: regex.Pattern | None  # a label, verbs and frames left out, that restates the amount before (投资)
    subject_amount: regex.Pattern | None  # a label naming a subject before such an amount (规上工业预计完成产值)
    leading_verbs: regex.Pattern  # the verbs a label begins with (实现, 完成)
    project_total: Anchored | None = None  # a label that is only a total investment (总投资)
    project_set: regex.Pattern | None = None  # the words naming a set of projects, searched from the end
    project_set_names: dict[str, str] = dataclasses.field(default_factory=dict)
    project_stop: str = ""
    project_one: str = ""  # after a total: it is one project's (的)
    project_window: int = 0
    project_label: str = ""  # what the label becomes, {set} standing for the set's name


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
            over_years=c.over_years,
        ))
    last = cues[-1] if cues else None
    if (last is None or last.units is not None or last.before or last.label or last.after or last.approx is not None
            or last.over_years is not None):
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
        # many alternatives, removed from every label again and again: tried only where one of them can start
        of_strip=pattern("of_strip", first_chars.led(data.of_strip, regex.VERSION1)),
        key_strip=pattern("key_strip", f"(?:{data.place_strip})|(?:{data.key_strip})" if data.place_strip
                          else data.key_strip),
        place_strip=pattern("place_strip", data.place_strip) if data.place_strip else None,
        key_group=dict(data.key_group),
        key_words=tuple(sorted(data.key_words.items(), key=lambda item: -len(item[0]))),
        bare_amount=(pattern("subject_nouns", f"^{data.subject_verbs or ''}(?:{data.subject_nouns})$")
                     if data.subject_nouns else None),
        subject_amount=(pattern("subject_nouns", f"^(?P<subject>.+?){data.subject_verbs or ''}(?:{data.subject_nouns})$")
                        if data.subject_nouns else None),
        leading_verbs=pattern("subject_verbs", f"^{data.subject_verbs or ''}"),
        restating=pattern("restating_nouns", f"(?:{data.restating_nouns})") if data.restating_nouns else None,
        **_project_sets(data.project_sets, pattern),
    )


def _project_sets(spec, pattern) -> dict:
    """MeasureRules' fields of rules/measures.yaml project_sets (none when it is absent)."""
    if spec is None:
        return {}
    words = sorted(spec.words, key=len, reverse=True)  # 新开工 before 开工
    return {"project_total": Anchored(pattern("project_sets.total", spec.total)),  # tried on every label, at its start
            "project_set": rules.compiled("(?r)" + "|".join(map(regex.escape, words)), regex.VERSION1),
            "project_set_names": dict(spec.words), "project_stop": spec.stop,
            "project_one": spec.one_project, "project_window": spec.window,
            "project_label": spec.label}


def project_set_label(label: str, text: str, start: int, end: int) -> str:
    """A label that is only a total investment (总投资, 计划总投资) named after the set of projects the words
    before it in its sentence name last (共签约项目41个，总投资141.7亿元 -> 签约项目总投资; 实施重点项目100个，总投资…
    -> 重点项目总投资; rules/measures.yaml project_sets); any other label, or the size of one project
    (总投资5.2亿元的…项目), as it is."""
    mr = measure_rules()
    if mr.project_total is None or not mr.project_total.match(label) or text.startswith(mr.project_one, end):
        return label
    window = text[max(0, start - mr.project_window) : start]
    cut = max(window.rfind(c) for c in mr.project_stop)
    m = mr.project_set.search(window, cut + 1)
    return mr.project_label.format(set=mr.project_set_names[m[0]]) if m else label


def text_before(text: str, start: int) -> str:
    """The clause text right before a figure (a 、 does not end it), at most before_max characters."""
    lo = max(0, start - measure_rules().before_max)
    cut = _last_clause_break().search(text, lo, start)
    return text[cut.end() if cut else lo : start]


@rules.cached
def _last_clause_break() -> regex.Pattern:
    """Any of the clause breaks of rules/measures.yaml, searched from the end."""
    return rules.compiled(f"(?r)[{regex.escape(measure_rules().clause_breaks)}]")


# the measures that are of something else (a growth of a level): they name what in measure_of
OF_MEASURES = frozenset({"growth", "decline", "growth_multiyear", "growth_over_years", "change", "share", "completion"})


@rules.cached(maxsize=32768)
def measure_of(unit_norm: str, before: str, label: str, after: str = "", approx: str | None = None,
               over_years: bool = False) -> tuple[str, str | None]:
    """(measure id, what a growth, change, share or completion is of) for a figure; ``after``: the
    words right after it, ``approx``: its approximation (a bound: 50万元以上的村), ``over_years``: whether
    its period runs over more than a year (五年来)."""
    mr = measure_rules()
    trimmed = stripped(mr.before_trim, before)
    measure = next(c.measure for c in mr.cues if c.matches(unit_norm, trimmed, label, after, approx, over_years))
    if measure not in OF_MEASURES:
        return measure, None
    return measure, what_of(label) or None


@rules.cached(maxsize=32768)
def what_of(label: str) -> str:
    """What a growth, change, share or completion is of: the label without of_strip's words, removed until
    none is left (地区生产总值完成占年目标 -> 地区生产总值完成 -> 地区生产总值)."""
    return stripped(measure_rules().of_strip, label)


def stripped(pattern: regex.Pattern, text: str) -> str:
    """``text`` with what ``pattern`` matches removed until it matches nothing (完成实现 -> 实现 -> "")."""
    while True:
        cut = pattern.sub("", text)
        if cut == text:
            return text
        text = cut


ONE_BRACKET = str.maketrans("（）", "()")


@rules.cached(maxsize=32768)
def comparison_key(label: str, measure: str, unit_norm: str) -> str | None:
    """~<label without verbs and frames>[·<measure group>]/<unit>: the row of a figure no indicator takes."""
    mr = measure_rules()
    base = stripped(mr.key_strip, what_of(label) if measure in OF_MEASURES else label)
    if not base:
        return None
    base = base.translate(ONE_BRACKET)  # 财政总收入（不含免抵调） and 财政总收入(不含免抵调): one key
    for written, as_key in mr.key_words:
        base = base.replace(written, as_key)
    group = mr.key_group.get(measure)
    return f"~{base}" + (f"·{group}" if group else "") + f"/{unit_norm}"
