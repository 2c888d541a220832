"""Report periods as spans of months: 2025 is Jan-Dec 2025, 2025H1 Jan-Jun, 2025Q3 Jul-Sep, 2025M1-M10.

Months are counted from year 0 (2025-01 is 2025 * 12), so spans compare and
order with plain integers. The period strings are the ones ingest writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_FORM = regex.compile(r"(?P<year>\d{4})(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|M(?P<m1>\d{1,2})-M(?P<m2>\d{1,2}))?")


@dataclass(frozen=True, order=True)
class Span:
    """First and last month of a period, inclusive."""

    first: int
    last: int

    @property
    def year(self) -> int:
        return self.first // 12

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    @property
    def ends_year(self) -> bool:
        """The period runs to December: the year is over when it is reported."""
        return self.last % 12 == 11

    @property
    def whole_year(self) -> bool:
        return self.months == 12 and self.first % 12 == 0

    def overlaps(self, other: Span) -> bool:
        return self.first <= other.last and other.first <= self.last


def span(period: str | None) -> Span | None:
    """The months of ``period``, or None when it is missing or not of a known form."""
    m = _FORM.fullmatch(period or "")
    if not m:
        return None
    base = int(m["year"]) * 12
    if m["half"]:
        first = 6 * (int(m["half"]) - 1)
        return Span(base + first, base + first + 5)
    if m["quarter"]:
        first = 3 * (int(m["quarter"]) - 1)
        return Span(base + first, base + first + 2)
    if m["m1"]:
        a, b = int(m["m1"]), int(m["m2"])
        return Span(base + a - 1, base + b - 1) if 1 <= a <= b <= 12 else None
    return Span(base, base + 11)


def same_part_last_year(period: str) -> str | None:
    """2025H1 -> 2024H1, 2025 -> 2024: the period a 同比 growth rate compares with."""
    m = _FORM.fullmatch(period or "")
    if not m:
        return None
    return f"{int(m['year']) - 1}{period[4:]}"


def sort_key(period: str | None) -> tuple:
    """Latest end last; at the same end, the shorter period first (2025H2 before 2025)."""
    s = span(period)
    return (0, s.last, -s.first, period) if s else (-1, 0, 0, period or "")


def label(period: str | None) -> str:
    """The period as a reader writes it: 2025H1 -> 2025年上半年, 2025Q3 -> 2025年第3季度, 2025M1-M10 -> 2025年1-10月."""
    m = _FORM.fullmatch(period or "")
    if not m:
        return period or "未知期间"
    year = f"{m['year']}年"
    if m["half"]:
        return year + ("上半年" if m["half"] == "1" else "下半年")
    if m["quarter"]:
        return f"{year}第{m['quarter']}季度"
    if m["m1"]:
        return f"{year}{int(m['m1'])}-{int(m['m2'])}月"
    return year
