"""The declared shape of every rules/*.yaml file: one pydantic model a file.

``rules.load`` validates each file against its model when it first reads it, so a
misspelt key, a list where a word was meant, a number written as text or a regex
that does not compile is reported at once, as one line naming the file and the
key (``rules/units.yaml: units[3].factor: expected a positive number``), never as
a KeyError deep in a stage. Unknown keys are errors (extra="forbid"), and nothing
is coerced (strict): ``flow: yes please`` is no boolean.

Adding a key to a rules file means declaring it here, beside its neighbours.
"""

from __future__ import annotations

import string
from typing import Annotated, Any, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


class Strict(BaseModel):
    # defer_build: a model nested in a file's model is built only as part of it
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True)


def _compiles(pattern: str) -> str:
    try:
        regex.compile(pattern, regex.VERSION1)  # the regex module caches it: the stage's compile is free
    except regex.error as e:
        raise ValueError(f"bad regex: {e}") from None
    return pattern


def _placeholders(allowed: frozenset[str]):
    def check(pattern: str) -> str:
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        except ValueError as e:
            raise ValueError(f"bad placeholder: {e}") from None
        unknown = names - allowed
        if unknown:
            raise ValueError(f"unknown placeholder {{{sorted(unknown)[0]}}}")
        return pattern

    return check


Word = Annotated[str, StringConstraints(min_length=1)]
Words = list[Word]
Chars = Annotated[str, StringConstraints(min_length=1)]  # a set of characters, written as one string
Regex = Annotated[str, StringConstraints(min_length=1), AfterValidator(_compiles)]
Count = Annotated[int, Field(ge=0)]
Positive = Annotated[int, Field(gt=0)]
Approx = Literal["lower", "upper", "about"] | None
Dimension = Literal[
    "count", "money", "area", "length", "volume", "weight", "energy", "duration", "percent", "ratio", "age",
    "concentration",
]


# --------------------------------------------------------------------------- rules/units.yaml


class UnitEntry(Strict):
    name: Word
    canonical: Word | None = None
    dimension: Dimension
    base: Word | None = None
    factor: Annotated[float, Field(gt=0)] = 1.0
    after_digits_only: bool = False


class UnitsFile(Strict):
    scales: dict[str, Positive]
    display_scales: dict[str, Words]
    percent_prefix: Words
    per_units: Words
    units: list[UnitEntry]


# --------------------------------------------------------------------------- rules/figures.yaml


class ScaleOnly(Strict):
    window: Positive
    clause_breaks: Chars
    after: dict[str, Word]
    before: dict[str, Word]


class TableColumns(Strict):
    unit_column: Regex
    percent_column: Regex
    skip_column: Regex
    indicator_column: Regex
    unit_note: Regex
    group_row: Regex


class FiguresFile(Strict):
    digits: Regex
    cn_numeral: Chars
    table_header_unit: Regex
    approx_before: dict[str, Approx]
    approx_after: dict[str, Approx]
    inner_approx: Words
    approx_not_after: Chars
    negative_after: Chars
    range_joiners: Words
    range_included: Words
    lone_one_words: Words
    lone_one_units: Words
    opencc_config: Word
    scale_only: ScaleOnly
    table: TableColumns


# --------------------------------------------------------------------------- rules/exclusions.yaml


class ExclusionEntry(Strict):
    id: Word
    reason: Literal["date", "ordinal", "set_phrase", "identifier", "time_expression", "placeholder", "vague"]
    # compiled by pipeline/figures.py once {d}, {cn} and {han} are filled from rules/figures.yaml
    pattern: Annotated[str, StringConstraints(min_length=1), AfterValidator(_placeholders(frozenset({"d", "cn", "han"})))]
    note: str
    scan: Literal["forward", "backward"] = "forward"
    needs: Chars | None = None  # every match holds one of these characters: a text with none is not scanned


class ExclusionsFile(Strict):
    exclusions: list[ExclusionEntry]
    set_phrases: Words


# --------------------------------------------------------------------------- rules/sections.yaml


class Heading(Strict):
    level: Count
    pattern: Regex


class SectionsFile(Strict):
    headings: list[Heading]
    heading_phrase_end: Chars
    inline_heading_after: Chars
    max_heading_line: Positive
    sentence_end: Chars
    wrap_min_line: Positive
    wrap_min_count: Count
    wrap_not_after: Chars


# --------------------------------------------------------------------------- rules/labels.yaml


class EntityRules(Strict):
    admin_suffixes: Words
    suffixes: Words
    name_chars: Regex
    min_name: Positive
    max_name: Positive
    stop_names: Words
    not_last_word: Words
    not_after_name: Regex
    generic_place: Regex
    stop_chars: Words
    lead_words: Words
    after_words: Words
    stationed_words: Words
    part_openers: Words
    lead_verbs: Words


class LabelPeriods(Strict):
    """How a period found in a clause (rules/periods.yaml, in_text) bears on a figure."""

    comparison: Regex
    qualifies: Regex
    ratio_units: Words
    openers: Words
    baseline_figure: Regex
    from_to: Regex


class LabelsFile(Strict):
    user_words: Words
    aside_max: Count
    clause_breaks: Chars
    list_cut: Words
    list_kinds: Words
    strip_prefixes: Words
    strip_suffixes: Words
    object_stops: Words
    object_units: list[Dimension]
    doer_units: Words
    rate_words: Words
    weak_before: Words
    weak_lead: Words
    respectively: Word
    listed_measure_min: Count
    list_joiners: Words
    pair_words: dict[str, Words]  # a word that names two subjects of a list (城乡: 城镇, 农村)
    shared_tail_max: Positive
    row_marker: Regex
    back_reference: Regex
    thin_label: Regex
    subject_frame: Regex
    heading_subject_max: Positive
    relative_to_previous: Regex
    list_item_max: Count
    compound_joiners: Chars
    object_of_dui: Regex
    max_label: Positive
    date_noise: Regex
    date_noise_chars: Chars
    quote_chars: Chars
    entity: EntityRules
    periods: LabelPeriods
    target_cue: Regex
    estimate_cue: Regex
    target_list: Regex
    target_list_end: Regex
    plan_sections: Regex
    result_sections: Regex


# --------------------------------------------------------------------------- rules/reports.yaml


class TitleRules(Strict):
    max_length: Positive
    words: Words
    not_title: Regex


class HeadRules(Strict):
    max_lines: Positive
    max_chars: Positive


class TownRules(Strict):
    suffixes: Words
    min_length: Positive
    max_length: Positive
    followers: Words
    stop_words: Words
    cut: Regex
    county_suffixes: Words
    not_endings: Words = []  # a name ending so is a description, no town (商贸重镇)


class PeriodRules(Strict):
    patterns: list[Regex]
    name_patterns: list[Regex]
    first_year: Regex
    date_line: Regex  # the delivery line of a 政府工作报告 (——2021年1月20日在…人民代表大会…)
    early_months: Positive  # delivered in these first months of Y, a 政府工作报告 reviews Y-1
    review: Regex  # a first heading naming the year reviewed (一、2023年工作回顾)
    review_chars: Positive  # how far into the text that heading is looked for


class ReportsFile(Strict):
    title: TitleRules
    head: HeadRules
    town: TownRules
    period: PeriodRules


# --------------------------------------------------------------------------- rules/indicators.yaml


class IndicatorEntry(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z0-9_]+$")]
    name: Word
    dimension: Dimension
    unit: Word
    units: Words = []
    flow: bool
    any: Words = []
    pattern: Regex | None = None
    also: Words = []
    not_: Words = Field(default=[], alias="not")
    context: Words = []
    growth_of: Word | None = None
    real: bool = False
    measures: Words | None = None  # the measures it takes (rules/measures.yaml); default by its unit


class IndicatorsFile(Strict):
    indicators: list[IndicatorEntry]


# --------------------------------------------------------------------------- rules/checks.yaml


class Check(Strict):
    enabled: bool = True
    severity: Literal["error", "warning", "info"]
    message: Word  # a template the check fills; its fields are checked by pipeline/checks.py


class PartPair(Strict):
    part: Word
    whole: Word


class PartExceedsWhole(Check):
    pairs: list[PartPair]
    part_cue: Regex
    list_break: Regex


class PersonsHouseholds(Check):
    message: dict[str, Word]  # one message a case
    max_persons_per_household: Positive
    joiner: Regex
    households_unit: Word
    persons_unit: Word


class RateOutOfRange(Check):
    rate_words: Words
    growth_words: Words
    unbounded_words: Words
    unbounded_measures: Words


class SharesExceedWhole(Check):
    share_cue: Regex
    whole_cue: Regex
    list_gap: Regex
    max_total: float


class EarlierPeriodAsResult(Check):
    reference_cue: Regex
    object_cue: Regex
    in_reviews_delivered_later: bool  # also in a report written after its period (a 政府工作报告)


class ConflictingRestatement(Check):
    skip_label_words: Words
    min_label_chars: Positive


class TotalMismatch(Check):
    total_cue: Regex
    breakdown_cue: Regex
    item_break: Regex
    min_parts: Positive


class CumulativeShrinks(Check):
    cumulative_cue: Regex


class GrowthMismatch(Check):
    tolerance_points: float


class OutlierAcrossTowns(Check):
    min_towns: Positive
    max_robust_z: float
    min_times: float
    min_mad: float
    county_level_suffixes: Words


class CopiedAcrossTowns(Check):
    min_figures: Positive
    min_similarity: float
    place_suffix: Regex
    town_mask: Word
    place_word: Word


class RepeatedFromPrevious(Check):
    min_repeats: Positive
    min_significant_digits: Positive
    measures: Words


class CheckTable(Strict):
    """One entry a check; each key is the name of a check registered in pipeline/checks.py."""

    part_exceeds_whole: PartExceedsWhole | None = None
    persons_households: PersonsHouseholds | None = None
    rate_out_of_range: RateOutOfRange | None = None
    shares_exceed_whole: SharesExceedWhole | None = None
    period_not_over: Check | None = None
    earlier_period_as_result: EarlierPeriodAsResult | None = None
    conflicting_restatement: ConflictingRestatement | None = None
    total_mismatch: TotalMismatch | None = None
    cumulative_shrinks: CumulativeShrinks | None = None
    half_exceeds_year: Check | None = None
    growth_mismatch: GrowthMismatch | None = None
    outlier_across_towns: OutlierAcrossTowns | None = None
    copied_across_towns: CopiedAcrossTowns | None = None
    repeated_from_previous: RepeatedFromPrevious | None = None


class ReferenceNotes(Strict):
    preliminary: str
    revised: str
    other_version: Annotated[str, AfterValidator(_placeholders(frozenset({"status", "value", "source"})))]
    caliber_agrees: Annotated[str, AfterValidator(_placeholders(frozenset({"caliber"})))]
    caliber_differs: Annotated[str, AfterValidator(_placeholders(frozenset({"mine", "theirs"})))]
    all_units: Word


class ReportVsOfficial(Check):
    """报告数与统计数不一致 (pipeline/reference.py); its message fields are checked there."""

    error_share: Annotated[float, Field(gt=0)]
    warning_share: Annotated[float, Field(gt=0)]
    error_points: Annotated[float, Field(gt=0)]
    warning_points: Annotated[float, Field(gt=0)]
    min_label_similarity: Annotated[float, Field(ge=0, le=1)]
    max_extra_chars: Count
    calibers: dict[str, Words]
    notes: ReferenceNotes


class ReferenceChecks(Strict):
    """Checks against official figures, run by pipeline/publish.py through pipeline/reference.py."""

    report_vs_official: ReportVsOfficial


class CheckMeasureCue(Strict):
    measure: Word
    cue: Regex


class CheckReading(Strict):
    """How the checks read what a figure measures and when, where its fields do not say (pipeline/checks.py)."""

    measures: list[CheckMeasureCue]
    plain_measures: Words
    additive: Words
    additive_percent: Words
    inherited_by_parts: Words
    to_value: Regex
    from_cue: Regex
    from_to: Regex
    span_cue: Regex
    goal_lead: Regex
    label_filler: Regex
    running_total: Regex


class ChecksFile(Strict):
    about_tolerance: Annotated[float, Field(ge=0)]
    reading: CheckReading
    checks: CheckTable
    reference_checks: ReferenceChecks | None = None


# --------------------------------------------------------------------------- rules/reference.yaml


class ReferenceColumns(Strict):
    area: Words
    period: Words
    indicator: Words
    value: Words
    unit: Words
    note: Words


class ReferenceFile(Strict):
    table_suffixes: Words
    columns: ReferenceColumns
    preliminary: Words
    revised: Words
    label_noise: Regex
    measure_words: Words
    start_cue: Regex
    plan_label: Regex
    areas: list[Words]


# --------------------------------------------------------------------------- every file

# --------------------------------------------------------------------------- rules/periods.yaml

# the named groups a written form may use (see the comment at the head of rules/periods.yaml)
PERIOD_GROUPS = frozenset({"year", "year2", "rel", "since", "start", "plan", "past", "n", "m1", "m2", "quarters", "quarter",
                           "half", "month", "end", "whole"})


def _period_groups(pattern: str) -> str:
    unknown = set(regex.compile(pattern.replace("{year}", ""), regex.VERSION1).groupindex) - PERIOD_GROUPS
    if unknown:
        raise ValueError(f"unknown group {sorted(unknown)[0]!r}")
    return pattern


# the named groups the pattern that finds periods inside a clause must have
IN_TEXT_GROUPS = frozenset({"year", "part", "since", "span", "quarter", "months", "monthend", "month", "word"})


def _in_text_groups(pattern: str) -> str:
    missing = IN_TEXT_GROUPS - set(regex.compile(pattern, regex.VERSION1).groupindex)
    if missing:
        raise ValueError(f"needs a group named {sorted(missing)[0]!r}")
    return pattern


class PeriodsInText(Strict):
    pattern: Annotated[str, StringConstraints(min_length=1), AfterValidator(_compiles), AfterValidator(_in_text_groups)]
    chars: Chars
    whole_year: Words
    half_year: Words
    points: Words


class PeriodsFile(Strict):
    year: Regex
    forms: list[Annotated[str, StringConstraints(min_length=1), AfterValidator(_period_groups)]]
    numerals: dict[str, int]
    relative_years: dict[str, int]
    plans: dict[str, int]
    in_text: PeriodsInText


# --------------------------------------------------------------------------- rules/measures.yaml


class MeasureCue(Strict):
    measure: Word
    units: Words | None = None
    not_units: Words = []
    before: Regex | None = None
    label: Regex | None = None


class MeasuresFile(Strict):
    measures: dict[str, Word]
    before_max: Positive
    clause_breaks: Chars
    before_trim: Regex
    cues: list[MeasureCue]
    of_strip: Regex
    key_strip: Regex
    key_group: dict[str, Word]


SCHEMAS: dict[str, type[Strict]] = {
    "measures": MeasuresFile,
    "periods": PeriodsFile,
    "checks": ChecksFile,
    "exclusions": ExclusionsFile,
    "figures": FiguresFile,
    "indicators": IndicatorsFile,
    "labels": LabelsFile,
    "reference": ReferenceFile,
    "reports": ReportsFile,
    "sections": SectionsFile,
    "units": UnitsFile,
}


def _expected(kind: str, value: Any) -> str:
    return f"expected {kind}, got {type(value).__name__}"


_TYPES = {"string_type": "str", "int_type": "int", "float_type": "float", "bool_type": "bool", "list_type": "a list",
          "dict_type": "a mapping", "model_type": "a mapping", "model_attributes_type": "a mapping", "int_from_float": "int"}


def describe(error: dict) -> str:
    """One pydantic error as the words after the key: ``missing``, ``expected bool, got str`` ..."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        return "unknown key"
    if kind in _TYPES:
        return _expected(_TYPES[kind], value)
    if kind == "literal_error":
        return "expected one of " + ", ".join(regex.findall(r"'([^']*)'", ctx.get("expected", "")))
    if kind == "string_too_short":
        return "expected a non-empty string"
    if kind == "greater_than":
        return f"expected a number above {ctx.get('gt')}"
    if kind == "greater_than_equal":
        return f"expected a number of at least {ctx.get('ge')}"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not match {ctx.get('pattern')}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"]


_TAG = regex.compile(r"^(?:str|int|float|bool|none|list\[.*\]|dict\[.*\]|tuple\[.*\]|literal\[.*\]|"
                     r"function-[a-z]+\[.*\]|constrained-str|nullable\[.*\]|[A-Z]\w*)$")


def where(loc: tuple, data: Any) -> str:
    """A pydantic location as the file's key path: ``indicators[12] (party.new_members).flow``."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({node['id']})"
        elif _TAG.match(str(part)) and not (isinstance(node, dict) and part in node):
            continue  # the member of a union pydantic tried, not a key of the file
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out
