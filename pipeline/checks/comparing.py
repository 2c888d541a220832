"""Setting figures against each other: the range of values a figure allows (``bounds``, approximations
as ranges), whether two figures may be compared at all (``comparable``: same unit, measure and period),
whether a measure adds up (``additive``), and the small helpers for messages.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal

import regex

from .. import rules
from ..model import Figure
from .prepared import Doc
from .reading import reading_rules
from .registry import NAME

INF = math.inf


@rules.cached
def _about_tolerance() -> float:
    return float(rules.need(NAME, rules.load(NAME), "about_tolerance", (int, float)))


def bounds(f: Figure) -> tuple[float, float]:
    """The range of values a figure allows, in its base unit (see rules/checks.yaml)."""
    v = f.value_norm if f.value_norm is not None else f.value
    if f.value_high is not None and f.value:
        return v, f.value_high * (v / f.value)
    tol = _about_tolerance()
    return {
        "lower": (v, INF),
        "upper": (0.0, v),
        "about": (v * (1 - tol), v * (1 + tol)),
    }.get(f.approx or "", (v, v))


_WRITTEN = regex.compile(r"[0-9]+(?:\.([0-9]+))?")  # the Arabic number a surface is written with


def half_unit(f: Figure) -> float | None:
    """Half the unit of the figure's last written digit, in its base unit: every value that close to it is written
    the same (0.54亿元 stands for 0.535 to 0.545亿元). None when it is not written in Arabic digits."""
    m = _WRITTEN.search(f.surface)
    if m is None or not float(m[0]) or f.value_norm is None:
        return None
    return 0.5 * 10 ** -len(m[1] or "") * f.value_norm / float(m[0])


def written_range(f: Figure) -> tuple[float, float] | None:
    """The values (in the base unit) that round to the number as written; None when it is not written in
    Arabic digits."""
    half = half_unit(f)
    return None if half is None else (f.value_norm - half, f.value_norm + half)


def exact(f: Figure) -> bool:
    return not f.approx and f.value_high is None


def label(f: Figure) -> str:
    return f.indicator_name or f.indicator or "?"


def surfaces(figs: Iterable[Figure]) -> str:
    return "、".join(f.surface for f in figs)


def significant_digits(f: Figure) -> int:
    digits = format(Decimal(repr(f.value)).normalize(), "f").replace(".", "").replace("-", "")
    return len(digits.strip("0"))


def comparable(da: Doc, a: Figure, db: Doc, b: Figure, *, same_concept: bool = True, same_period: bool = True,
               part: bool = False) -> bool:
    """Whether a check may set two figures against each other.

    Always: the same unit, the same measure (a growth rate is no amount, a per-capita
    value no total, an increase no level), the same kind, and neither the earlier value
    of a from-to pair. same_period: the same covered period (within one report: no
    period named for one that is not named for the other). same_concept: the same
    indicator, entity and label too (a restatement). part: b is listed as a part of a
    (after 其中), and where one of them has no measure word it shares the other's
    (新增公路63.9万公里，其中高速公路3.3万公里: both new; 监测户50户，其中已消除风险30户), and a part
    that is the things within a bound has its whole's measure and period (其中500万元以上项目累计投资).
    A figure whose measure or period cannot be told from another's is not comparable:
    the check says nothing.
    """
    if a.unit_norm != b.unit_norm or a.kind != b.kind:
        return False
    ra, rb = da.read(a), db.read(b)
    if ra.earlier_value or rb.earlier_value:
        return False
    if ra.measure != rb.measure and not (part and _part_of(ra.measure, rb.measure)):
        return False
    if same_period and not _same_period(da.covered(a), db.covered(b), part):
        return False
    if same_concept:
        return (a.indicator_id, a.entity, ra.label_key) == (b.indicator_id, b.entity, rb.label_key)
    return True


def _same_period(a: tuple | None, b: tuple | None, part: bool) -> bool:
    """Whether two figures' covered periods (Doc.covered) are known and the same; a part's 累计 is its whole's
    period (固定资产投资5.39亿元，其中500万元以上项目累计投资4.86亿元)."""
    if a is None or b is None:
        return False
    return a[:3] == b[:3] if part else a == b


def _part_of(whole: str | None, part: str | None) -> bool:
    """Whether a part listed after 其中 with another measure than its whole's is still its part: one of them
    has no measure word and the other's is one a part shares, or the part is the things within a bound."""
    rr = reading_rules()
    if part in rr.subsets:
        return whole in rr.inherited or whole is None
    return None in (whole, part) and (whole or part) in rr.inherited


def additive(doc: Doc, f: Figure) -> bool:
    """Whether figures of this measure add up to a whole (amounts, levels, flows, shares; not growth rates,
    per-capita values or completion rates)."""
    rr = reading_rules()
    return doc.read(f).measure in (rr.additive_percent if f.unit_norm == "%" else rr.additive)
