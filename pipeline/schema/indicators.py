"""The shape of rules/indicators.yaml and rules/measures.yaml: what normalize reads to name an indicator."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .base import Chars, Dimension, Positive, Regex, Strict, Word, Words

# --------------------------------------------------------------------------- rules/indicators.yaml


class IndicatorEntry(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z0-9_]+$")]
    name: Word
    dimension: Dimension
    unit: Word
    units: Words = []
    flow: bool
    # words of two characters at least: a label is searched for them by its pairs of characters (and one
    # character alone would be found in almost any label)
    any: list[Annotated[str, StringConstraints(min_length=2)]] = []
    pattern: Regex | None = None
    also: Words = []
    not_: Words = Field(default=[], alias="not")
    context: Words = []
    growth_of: Word | None = None
    real: bool = False
    measures: Words | None = None  # the measures it takes (rules/measures.yaml); default by its unit
    same_as: Word | None = None  # words of another indicator that need a context of their own: its figures take that one
    note: Word | None = None  # the caliber note it is of (不含免抵调): it takes only labels with that note, and they only it


class DerivedRow(Strict):
    suffix: Annotated[str, StringConstraints(pattern=r"^_[a-z0-9_]+$")]
    name: Annotated[str, StringConstraints(pattern=r"\{name\}")]
    measures: Words = Field(min_length=1)
    growth: bool = False  # its rows are growth rates of the row they derive from (growth_of)
    # its rows are changes of the amount over some years: at comparable prices when its growth row is (real)
    real_as_growth: bool = False
    amount_unit: bool = False  # its figures are in the amount's own unit (同比增收747万元), not in %


class Derived(Strict):
    domains: Words = Field(min_length=1)
    not_: Words = Field(default=[], alias="not")  # ids of amounts too broad to derive rows from
    rows: dict[str, DerivedRow]
    amount_tails: Words = []  # may end what a derived row is of after the amount's words (外贸进出口|额完成年度任务)


class IndicatorsFile(Strict):
    derived: Derived | None = None
    verb_last: Regex | None = None  # a label naming what before its verb, tried verb first (groups what, verb)
    caliber_note: Regex | None = None  # a label holding it counts by a caliber of its own: no canonical indicator
    official_notes: Words = []  # notes of the official names (不含农户): no caliber of its own
    indicators: list[IndicatorEntry]

# --------------------------------------------------------------------------- rules/measures.yaml


class MeasureCue(Strict):
    measure: Word
    units: Words | None = None
    not_units: Words = []
    before: Regex | None = None
    label: Regex | None = None
    after: Regex | None = None
    approx: list[Literal["lower", "upper", "about", "range"]] | None = None  # range: the figure is one (10至500万元)
    over_years: bool | None = None  # the figure's period runs over more than a year (or does not)


class ProjectSets(Strict):
    total: Regex  # a label that is only a total investment (总投资, 计划总投资额)
    one_project: Word  # right after the figure: it is the size of one project (总投资5.2亿元的…项目)
    stop: Chars  # where the words before it that may name its projects begin (the sentence or list item)
    window: Positive  # at most this many characters before it
    words: dict[Word, Word]  # a word naming a set of projects -> the set's name in the row (新开工 -> 开工)
    label: Word  # the label it becomes, {set} standing for the set's name ({set}项目总投资)


class MeasuresFile(Strict):
    measures: dict[str, Word]
    before_max: Positive
    after_max: Positive
    clause_breaks: Chars
    before_trim: Regex
    cues: list[MeasureCue]
    of_strip: Regex
    key_strip: Regex
    place_strip: Regex | None = None  # the place and time a label names before the measure (全镇, 今年以来)
    key_group: dict[str, Word]
    key_words: dict[Word, Word] = {}  # words of one meaning a comparison key writes one way (过亿元: 亿元以上)
    summable: Words = []  # measures that add up across towns (the 对比 sheet's 合计)
    subject_nouns: Regex | None = None  # amounts a label may name without its subject (增加值 after 规上工业…产值)
    restating_nouns: Regex | None = None  # words that alone restate the measure of the amount before (投资 after 固投)
    subject_verbs: Regex | None = None  # verbs between a subject and such an amount (实现, 完成, 预计)
    project_sets: ProjectSets | None = None  # of which projects a bare 总投资 is, from the words before it
