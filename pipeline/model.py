"""The records every stage passes on: Report, Section, Sentence, Figure, Skipped.

All are frozen: a stage makes new records, it never edits the ones it was given.
Offsets are character offsets into ``Report.text``, the decoded text exactly as
stored in ``<out>/text/<report_id>.txt``.
"""

from __future__ import annotations

import functools
from dataclasses import MISSING, dataclass, field, fields


def evolve(record, **changes):
    """A copy of a frozen record with some fields changed, like dataclasses.replace but without
    running __init__ again (the records check nothing there): three times faster, and the
    normalize stage makes one per figure."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


def built(cls, **values):
    """``cls(**values)`` without running __init__ (the records check nothing there), as evolve copies: the
    same attributes in the same order, twice as fast; the labels stage makes one Figure per figure. Every
    field without a default must be given."""
    record = object.__new__(cls)
    attributes = record.__dict__
    attributes.update(_defaults(cls))
    attributes.update(values)
    return record


@functools.cache
def _defaults(cls) -> dict:
    """Each field of a record class in order, with its default (None where it has none: given by the caller)."""
    if any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"built: {cls.__name__} has a field made by a factory, one per record")
    return {f.name: None if f.default is MISSING else f.default for f in fields(cls)}


@dataclass(frozen=True)
class Report:
    """One report as read from disk (or the reason it could not be read)."""

    report_id: str
    path: str
    text: str
    encoding: str = ""
    title: str = ""
    town: str | None = None
    period: str | None = None
    county: str | None = None
    status: str = "ok"  # ok | failed
    message: str = ""
    # the year the report was written in, when after its period: a 政府工作报告 delivered in January
    # 2025 reviews 2024 (period 2024, delivered 2025); relative words (今年, 去年) count from it
    delivered: int | None = None
    # the order reports came into the store (pipeline/store/): of two reports of one town and period,
    # the comparison takes the later unless only it is a draft (pipeline/comparison.py choose_reports)
    received: int = 0


@dataclass(frozen=True)
class Section:
    """A numbered heading and the stretch of text it governs.

    level 1 is 一、, level 2 is (一), level 3 is 1、 / 1. ; ``title`` is the heading
    line (or the leading phrase of a paragraph that opens with the marker).
    """

    level: int
    title: str
    start: int  # where the heading begins
    end: int  # where the next heading of the same or a higher level begins
    path: tuple[str, ...]  # titles from the outermost heading down to this one

    @property
    def path_text(self) -> str:
        return " > ".join(self.path)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and approximation, as parsed from a surface string.

    ``value`` is in the written unit with scale words multiplied out
    (10万余元 -> 100000, unit 元).
    """

    surface: str
    value: float
    unit: str
    approx: str | None = None  # lower | upper | about
    value_high: float | None = None


@dataclass(frozen=True)
class Figure:
    """A quantity found in a report, with what it measures and where it stands."""

    report_id: str
    start: int
    end: int
    surface: str
    value: float
    unit: str
    approx: str | None
    indicator: str
    rule: str  # id of the rule in rules/ that found the figure
    value_high: float | None = None
    entity: str | None = None
    scope_period: str | None = None
    kind: str = "actual"  # actual | target
    estimated: bool = False  # an estimate of a result (预计全年完成… in a report on that year)
    section: str | None = None  # innermost heading title
    section_path: str = ""
    sentence: str = ""
    # filled by the normalize stage
    value_norm: float | None = None  # value in the base unit (万元 -> 元, 公顷 -> 亩, 名 -> 人)
    unit_norm: str | None = None
    indicator_id: str | None = None  # canonical indicator from rules/indicators.yaml, when one matches
    indicator_name: str | None = None
    # the period the figure covers, a canonical code of pipeline/periods.py: the report's own period
    # unless the text says otherwise (1-5月 -> 2025M1-M5, 截至6月末 -> 2025M6E, 2021年以来 -> 2021M1-2025M6)
    covered: str | None = None
    measure: str | None = None  # what the figure measures: level, flow, growth, share ... (rules/measures.yaml)
    measure_of: str | None = None  # what a growth, change, share or completion is of (地区生产总值)
    compare_key: str | None = None  # the row it takes across reports: indicator_id, else a key from its label


@dataclass(frozen=True)
class Skipped:
    """A numeral in the text that is not a figure, and why (the audit trail)."""

    report_id: str
    start: int
    end: int
    text: str
    reason: str  # rule id: date, ordinal, set_phrase, identifier, no_unit, ...


@dataclass(frozen=True)
class FlagItem:
    """One figure a flag points at."""

    report_id: str
    start: int
    end: int
    surface: str
    indicator: str


@dataclass(frozen=True)
class Flag:
    """A check's finding: figures that do not add up, with a message an analyst understands."""

    flag_id: str  # stable: the same finding gets the same id on every run
    check: str  # the check's name in rules/checks.yaml
    severity: str  # error | warning | info
    message: str  # in Chinese
    items: tuple[FlagItem, ...]
    status: str = ""  # the analyst's verdict from the corrections file (待核实, 已核实, 误报; pipeline/corrections.py)
    note: str = ""  # the analyst's 核实结果


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one report."""

    report: Report
    sections: tuple[Section, ...] = ()
    figures: tuple[Figure, ...] = ()
    skipped: tuple[Skipped, ...] = field(default=())
    sentences: tuple[Sentence, ...] = ()  # empty for an extraction read back from the store
