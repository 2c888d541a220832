"""What an official figure is (``Official``, a row of a bureau's table or a result of a 统计公报) and the rules
the reference stage reads: rules/reference.yaml (headers, areas, label noise) and the check
``report_vs_official`` of rules/checks.yaml; with the small readings both loaders and the comparison share.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

import regex

from .. import checks, rules, units

NAME = "reference"
CHECK = "report_vs_official"
AGREE, DIFFER, CALIBER = "一致", "不一致", "口径不同"
TABLE, COMMUNIQUE = "统计表", "统计公报"


class ReferenceError(ValueError):
    """A reference file cannot be read (missing, not a table, no such columns)."""


@dataclass(frozen=True)
class _Rules:
    table_suffixes: frozenset[str]
    columns: dict[str, tuple[str, ...]]  # field -> headers, normalised
    preliminary: tuple[str, ...]
    revised: tuple[str, ...]
    label_noise: regex.Pattern
    measure_words: tuple[str, ...]
    start_cue: regex.Pattern
    plan_label: regex.Pattern
    areas: dict[str, str]  # name -> the area's first name


_FIELDS = ("area", "period", "indicator", "value", "unit", "note")
_REQUIRED = ("area", "period", "indicator", "value")


def _header_key(text: object) -> str:
    return regex.sub(r"\s+", "", str(text or "")).lower()


@rules.cached
def reference_rules() -> _Rules:
    """rules/reference.yaml (validated against pipeline/schema/), loaded once."""
    m = rules.model(NAME)
    areas: dict[str, str] = {}
    for names in m.areas:
        areas.update({n: names[0] for n in names})
    return _Rules(
        table_suffixes=frozenset(s.lower() for s in m.table_suffixes),
        columns={field: tuple(_header_key(h) for h in getattr(m.columns, field)) for field in _FIELDS},
        preliminary=tuple(m.preliminary),
        revised=tuple(m.revised),
        label_noise=rules.compile_pattern(NAME, "label_noise", m.label_noise),
        measure_words=tuple(m.measure_words),
        start_cue=rules.compile_pattern(NAME, "start_cue", m.start_cue),
        plan_label=rules.compile_pattern(NAME, "plan_label", m.plan_label),
        areas=areas,
    )


@dataclass(frozen=True)
class _Check:
    rule: checks.CheckRule
    about: float  # about_tolerance of rules/checks.yaml: 约/左右 within that share
    error_share: float
    warning_share: float
    error_points: float
    warning_points: float
    min_similarity: float
    max_extra: int
    calibers: tuple[tuple[str, tuple[str, ...]], ...]
    notes: dict[str, str]


FIELDS = ("label", "reported", "official", "report", "source", "period", "gap", "sentence", "official_sentence", "note")


@rules.cached
def _check() -> _Check | None:
    """reference_checks.report_vs_official of rules/checks.yaml; None when it is absent or disabled."""
    where = f"reference_checks.{CHECK}"
    block = rules.model("checks").reference_checks
    if block is None or not block.report_vs_official.enabled:
        return None
    m = block.report_vs_official
    allowed = set(FIELDS) | {k for k, v in m.model_dump().items() if isinstance(v, (int, float, str))}
    try:
        used = {f for _, f, _, _ in string.Formatter().parse(m.message) if f}
    except ValueError as e:
        raise rules.RuleError(f"rules/checks.yaml: {where}.message: bad template: {e}") from None
    if used - allowed:
        raise rules.RuleError(f"rules/checks.yaml: {where}.message: unknown field(s) {', '.join(sorted(used - allowed))}")
    data = rules.load("checks")["reference_checks"][CHECK]
    return _Check(
        rule=checks.CheckRule(CHECK, m.severity, {"": m.message}, checks.Params(CHECK, data), 0),
        about=rules.model("checks").about_tolerance,
        error_share=m.error_share,
        warning_share=m.warning_share,
        error_points=m.error_points,
        warning_points=m.warning_points,
        min_similarity=m.min_label_similarity,
        max_extra=m.max_extra_chars,
        calibers=tuple((k, tuple(v)) for k, v in m.calibers.items()),
        notes=m.notes.model_dump(),
    )


@dataclass(frozen=True)
class Official:
    """One official figure: a row of a bureau's table or a result of a 统计公报."""

    source: str  # the file name
    seq: int  # its row (table) or its figure's place (communiqué) in the source, from 1
    kind: str  # 统计表 | 统计公报
    area: str  # as written; compared through area_key
    period: str  # canonical period code (2024, 2025H1)
    label: str  # the indicator as written
    surface: str  # the figure as written (1349084亿元)
    value: float
    unit: str
    value_norm: float
    unit_norm: str
    indicator_id: str | None = None
    indicator_name: str | None = None
    approx: str | None = None
    value_high: float | None = None
    status: str = ""  # preliminary | revised | ""
    sentence: str = ""  # the communiqué's sentence, or the table row as text


@dataclass(frozen=True)
class Loaded:
    officials: list[Official]
    problems: list[str]  # rows left out, each a line naming the file and row


def area_key(name: str | None) -> str:
    name = regex.sub(r"\s+", "", name or "")
    return reference_rules().areas.get(name, name)


def _status(text: str) -> str:
    rr = reference_rules()
    if any(w in text for w in rr.revised):
        return "revised"
    if any(w in text for w in rr.preliminary):
        return "preliminary"
    return ""


def is_rate(unit: str | None) -> bool:
    return unit in units.lexicon().rate_units
