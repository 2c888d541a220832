"""Units: the lexicon of rules/units.yaml and every conversion, in one place.

A figure's unit is written (公顷, 立方, 名), canonical (立方米) or per something
(元/亩); every unit has a dimension and converts to a base unit by a factor
(公顷 -> 亩 × 15). Values are shown to a reader in the display scales of
rules/units.yaml (28000 元 -> 2.8万元).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from . import rules


@dataclass(frozen=True)
class Unit:
    name: str
    canonical: str
    dimension: str
    base: str
    factor: float
    after_digits_only: bool


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, Unit]  # written name -> unit, in the file's order (longest forms are tried first by figures)
    scales: dict[str, Decimal]  # 万 -> 10000
    digit_scales: dict[str, Decimal]  # 千万 -> 10000000, only after Arabic digits
    percent_prefix: tuple[str, ...]
    rate_units: frozenset[str]  # %, 百分点, ‰: a rate, a share or a change of one
    point_units: frozenset[str]  # 百分点: only a change of a rate
    per_units: tuple[str, ...]
    base: dict[str, tuple[str, float, str]]  # written or canonical unit -> (base unit, factor, dimension)
    display: dict[str, tuple[tuple[str, Decimal], ...]]  # base unit -> its display scales, largest first
    table: dict[str, tuple[str, Decimal]]  # base unit -> the scale tables show it in by default
    equivalents: dict[str, dict[str, float]]  # base unit -> another base unit of its dimension -> how many of it one is


@rules.cached
def lexicon() -> Lexicon:
    """rules/units.yaml, validated, with one conversion per canonical unit."""
    data = rules.model("units")
    units: dict[str, Unit] = {}
    for i, u in enumerate(data.units):
        if u.name in units:
            raise rules.RuleError(f"rules/units.yaml: units[{i}].name: duplicate unit {u.name!r}")
        canonical = u.canonical or u.name
        units[u.name] = Unit(u.name, canonical, u.dimension, u.base or canonical, u.factor, u.after_digits_only)
    base: dict[str, tuple[str, float, str]] = {}
    for u in units.values():
        entry = (u.base, u.factor, u.dimension)
        for key in {u.canonical, u.name}:
            if key in base and base[key] != entry and key == u.canonical:
                raise rules.RuleError(
                    f"rules/units.yaml: units with canonical {key!r} convert differently: {base[key]} and {entry}"
                )
            base.setdefault(key, entry)
    scales = {word: Decimal(mult) for word, mult in data.scales.items()}
    display = {}
    for unit, words in data.display_scales.items():
        for word in words:
            if word not in scales:
                raise rules.RuleError(f"rules/units.yaml: display_scales.{unit}: {word!r} is no scale of `scales`")
        display[unit] = tuple(sorted(((w, scales[w]) for w in words), key=lambda ws: ws[1], reverse=True))
    table = {}
    for unit, word in data.table_scales.items():
        if word not in scales:
            raise rules.RuleError(f"rules/units.yaml: table_scales.{unit}: {word!r} is no scale of `scales`")
        table[unit] = (word, scales[word])
    digit_scales = {word: Decimal(mult) for word, mult in data.digit_scales.items()}
    for key in ("rate_units", "point_units"):
        for word in getattr(data, key):
            if word not in units:
                raise rules.RuleError(f"rules/units.yaml: {key}: {word!r} is no unit of `units`")
    for unit, others in data.equivalents.items():
        for other in (unit, *others):
            if other not in base or base[other][0] != other:
                raise rules.RuleError(f"rules/units.yaml: equivalents.{unit}: {other!r} is no base unit of `units`")
    return Lexicon(units, scales, digit_scales, tuple(data.percent_prefix), frozenset(data.rate_units),
                   frozenset(data.point_units), tuple(data.per_units), base, display, table, data.equivalents)


@rules.cached(maxsize=256)
def unit_of(unit: str) -> Unit | None:
    """The Unit a figure's unit column names: written or canonical (立方米), or per something (元/亩)."""
    units = lexicon().units
    name = unit.split("/")[0]
    return units.get(name) or next((u for u in units.values() if u.canonical == name), None)


def base_units() -> dict[str, tuple[str, float, str]]:
    """Written and canonical unit -> (base unit, factor, dimension)."""
    return lexicon().base


def dimension(unit: str | None) -> str | None:
    """count, money, area ... of a written, canonical or base unit; None when rules/units.yaml has no such unit."""
    entry = lexicon().base.get(unit or "")
    return entry[2] if entry else None


def to_base(value: float, unit: str) -> tuple[float, str]:
    """(value in the base unit, base unit): 4.6 公里 -> (4600.0, 米); unknown units stay as they are.
    Exact in decimal: 0.1 公斤 -> 0.0001 吨, not 0.00010000000000000002."""
    lex = lexicon()
    if "/" in unit and unit not in lex.base:  # 80人/km2 -> 人/平方公里: what an amount is per, named canonically
        amount, per = unit.split("/", 1)
        written = lex.units.get(per)
        return value, f"{amount}/{written.canonical if written else per}"
    base, factor, _ = lex.base.get(unit, (unit, 1.0, ""))
    if factor == 1:
        return value, base
    return float(Decimal(repr(value)) * Decimal(repr(factor))), base


def in_unit(value: float, base: str, other: str) -> float | None:
    """A value in one base unit expressed in another of its dimension (rules/units.yaml equivalents: 1 亩 -> 666.6667
    平方米), for comparing the two; None when the file gives no way between them."""
    if base == other:
        return value
    equivalents = lexicon().equivalents
    if other in equivalents.get(base, {}):
        return value * equivalents[base][other]
    if base in equivalents.get(other, {}):
        return value / equivalents[other][base]
    return None


def to_base_scaled(value: float, unit: str) -> tuple[float, str]:
    """to_base, also for a scale word written into the unit, as in a table headed 总投资（万元）:
    (1850, 万元) -> (18500000, 元); (1300, 立方) -> (1300, 立方米), (2, 公顷) -> (30, 亩)."""
    lex = lexicon()
    if unit not in lex.base:
        scale = next((w for w in sorted(lex.scales, key=len, reverse=True)
                      if unit.startswith(w) and unit[len(w) :] in lex.base), None)
        if scale:
            value, unit = value * float(lex.scales[scale]), unit[len(scale) :]
    return to_base(value, unit)


def for_display(value: float, unit: str | None) -> tuple[float, str]:
    """A value in a base unit as a reader sees it: (28000, 元) -> (2.8, 万元), (3.2e8, 元) -> (3.2, 亿元)."""
    unit = unit or ""
    for word, mult in lexicon().display.get(unit, ()):
        if abs(value) >= mult:
            return value / float(mult), word + unit
    return value, unit


def money_choices() -> tuple[str, ...]:
    """The units a reader may choose to see every amount of money in: (元, 万元, 亿元)."""
    lex = lexicon()
    unit = next(u.base for u in lex.units.values() if u.dimension == "money")
    return (unit, *(word + unit for word, _ in reversed(lex.display.get(unit, ()))))


def for_table(unit: str | None, values: Iterable[float], choice: str | None = None) -> tuple[str, float]:
    """The unit a row of values in a base unit is shown in, and what divides them: a row of 元 in 万元
    (table_scales), in 亿元 when its largest value reaches 1亿 (display_scales); ``choice`` (元, 万元,
    亿元: the analyst's, for every row of that unit) overrides both. Other units stay as they are."""
    unit = unit or ""
    lex = lexicon()
    if unit not in lex.table:
        return unit, 1.0
    scales = {word + unit: float(mult) for word, mult in lex.display.get(unit, ())}
    if choice:
        if choice == unit:
            return unit, 1.0
        if choice in scales:
            return choice, scales[choice]
    word, mult = lex.table[unit]
    largest = max((abs(v) for v in values if v == v), default=0.0)
    for bigger, bigger_mult in lex.display.get(unit, ()):
        if bigger_mult > mult and largest >= bigger_mult:
            return bigger + unit, float(bigger_mult)
    return word + unit, float(mult)
