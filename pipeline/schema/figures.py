"""The shape of rules/units.yaml, rules/figures.yaml and rules/exclusions.yaml: what the figures stage reads."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from .base import Approx, Chars, Dimension, Positive, Regex, Strict, Word, Words, placeholders

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
    digit_scales: dict[str, Positive] = {}  # read only after Arabic digits (3千万元)
    display_scales: dict[str, Words]
    table_scales: dict[str, Word] = {}  # base unit -> the scale word tables show it in by default
    percent_prefix: Words
    rate_units: Words
    point_units: Words
    per_units: Words
    units: list[UnitEntry]
    # one base unit in another of its dimension, for setting figures of the two against each other (亩 in 平方米); values
    # stay in their own base everywhere else
    equivalents: dict[Word, dict[Word, Annotated[float, Field(gt=0)]]] = {}


# --------------------------------------------------------------------------- rules/figures.yaml


class ScaleOnly(Strict):
    window: Positive
    clause_breaks: Chars
    after: dict[str, Word]
    before: dict[str, Word]
    same_as_before: Words  # the goal or baseline of the figure before: its unit
    sentence_breaks: Chars


class Unitless(Strict):
    words: Words  # 指数, 收入比: what a number without a unit can measure
    link: Regex  # the verb between (控制在, 降至), or nothing
    implied: dict[str, Word]  # a measure of one unit only, and that unit: a number after it is in it
    implied_min: Positive  # …when at least this large (an income in 元, not a rank)


class TableColumns(Strict):
    unit_column: Regex
    percent_column: Regex
    skip_column: Regex
    indicator_column: Regex
    unit_note: Regex
    group_row: Regex


class PinyinGloss(Strict):
    pattern: Regex  # one reading in brackets (預(yù)計(jì))
    marks: Chars  # the tone marks: a text with none holds no gloss


class FullStop(Strict):
    pattern: Regex  # an ASCII point that ends a sentence
    as_: Annotated[str, StringConstraints(min_length=1, max_length=1)] = Field(alias="as")  # the stop read in its place


class Watermark(Strict):
    tail_chars: Positive  # the characters of a line's end compared
    min_lines: Positive  # the lines at least that end with the mark
    min_share: Annotated[float, Field(gt=0, le=1)]  # the share at least of the lines longer than tail_chars
    stops: Regex  # a character of the line's own text the mark never takes (。)
    sentence_end: Regex  # a line's own sentence ending right before the mark on one line at least


class FiguresFile(Strict):
    digits: Regex
    cn_numeral: Chars
    mixed_number: Annotated[str, StringConstraints(min_length=1), AfterValidator(placeholders(frozenset({"d"})))]
    cn_decimal: Regex
    table_header_unit: Regex
    approx_before: dict[str, Approx]
    approx_after: dict[str, Approx]
    inner_approx: Words
    approx_not_after: Chars
    negative_after: Chars
    positive_after: Chars  # a plus sign after these is part of its figure (同比+19.82%)
    range_joiners: Words
    range_included: Words
    scale_measure_words: Words  # 4.9个亿: a measure word between a number and its scale word
    spoken_scale_end: Words  # what may follow such a scale word when it ends the number (10个亿的)
    # 386台(套): another unit for the same count, in brackets after the unit; each an opening and a closing bracket
    unit_alternative_brackets: list[Annotated[str, StringConstraints(min_length=2, max_length=2)]]
    lone_one: Word
    lone_one_words: Words
    lone_one_units: Words
    opencc_config: Word
    pinyin_gloss: PinyinGloss
    watermark: Watermark
    full_stop: FullStop
    scale_only: ScaleOnly
    unitless: Unitless
    shared_unit_joiners: Words  # 3.2、4.5和6.1亿元: bare numbers listed before a figure take its unit
    table: TableColumns


# --------------------------------------------------------------------------- rules/exclusions.yaml


_ExclusionPattern = Annotated[str, StringConstraints(min_length=1), AfterValidator(placeholders(frozenset({"d", "cn", "han"})))]


class ExclusionEntry(Strict):
    id: Word
    reason: Literal["date", "ordinal", "set_phrase", "identifier", "time_expression", "placeholder", "vague"]
    # compiled by pipeline/figures.py once {d}, {cn} and {han} are filled from rules/figures.yaml
    pattern: _ExclusionPattern
    note: str
    scan: Literal["forward", "backward"] = "forward"
    needs: _ExclusionPattern | None = None  # every match holds a match of it: a text without one is not scanned


class ExclusionsFile(Strict):
    exclusions: list[ExclusionEntry]
    set_phrases: Words
