"""Periods, owned in one place: reading written forms, resolving them, containment, order, rendering.

A period is a span of months (2025 is January to December 2025, 2025H1 January to
June, 2025M1-M5 January to May, 2021-2025 five years) or a point in time (2025M6E:
the end of June 2025, as in 截至6月末). Months are counted from year 0 (2025-01 is
2025 * 12), so spans compare and order with plain integers.

Canonical codes, as ingest writes a report's period and labels a figure's covered period:

    2025  2025H1  2025Q3  2025M9  2025M1-M5  2025M6E (a point)  2021-2025  2021M1-2025M6

Written forms (2025年上半年, 1—9月, 截至6月末, 去年, 2021年以来, “十四五”时期, 过去五年 …)
are data in rules/periods.yaml; ``read`` turns one into a Span against a Reference:
the report's own period and the year the report was written in.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass

import regex

from . import first_chars, rules

_CODE = regex.compile(
    r"(?P<y1>\d{4})(?:H(?P<half>[12])|Q(?P<quarter>[1-4])"
    r"|M(?P<m1>\d{1,2})(?:-(?P<y2>\d{4})?M(?P<m2>\d{1,2}))?(?P<end>E)?|-(?P<y3>\d{4}))?"
)


@dataclass(frozen=True, order=True)
class Span:
    """First and last month of a period, inclusive; a point in time (the end of a month) when ``point``."""

    first: int
    last: int
    point: bool = False

    @classmethod
    def years(cls, first: int, last: int) -> Span:
        """The whole years ``first`` to ``last``."""
        return cls(first * 12, last * 12 + 11)

    @property
    def year(self) -> int:
        return self.last // 12

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    @property
    def days(self) -> int:
        """The calendar days of its months."""
        return sum(calendar.monthrange(m // 12, m % 12 + 1)[1] for m in range(self.first, self.last + 1))

    @property
    def ends_year(self) -> bool:
        """The period runs to December: the year is over when it is reported."""
        return self.last % 12 == 11

    @property
    def whole_year(self) -> bool:
        return self.months == 12 and self.first % 12 == 0 and not self.point

    def overlaps(self, other: Span) -> bool:
        return self.first <= other.last and other.first <= self.last

    def contains(self, other: Span) -> bool:
        """``other`` lies within this period (a point at the end of a month inside it does)."""
        return self.first <= other.first and other.last <= self.last

    @property
    def code(self) -> str:
        return code(self)


@dataclass(frozen=True)
class Reference:
    """What relative words are read against: the report's period, and the year it was written in
    (a 政府工作报告 delivered in January 2025 reviews 2024: period 2024, written 2025)."""

    span: Span
    written: int

    @property
    def year(self) -> int:
        return self.span.year


@functools.lru_cache(maxsize=4096)
def span(period: str | None) -> Span | None:
    """The months of a canonical code (2025, 2025H1, 2025M1-M5, 2025M6E, 2021-2025), or None."""
    m = _CODE.fullmatch(period or "")
    if not m:
        return None
    y1 = int(m["y1"])
    base = y1 * 12
    if m["half"]:
        first = 6 * (int(m["half"]) - 1)
        return Span(base + first, base + first + 5)
    if m["quarter"]:
        first = 3 * (int(m["quarter"]) - 1)
        return Span(base + first, base + first + 2)
    if m["y3"]:
        y2 = int(m["y3"])
        return Span(base, y2 * 12 + 11) if y2 >= y1 else None
    if m["m1"]:
        a = int(m["m1"])
        if m["end"]:
            return Span(base + a - 1, base + a - 1, True) if 1 <= a <= 12 and not m["m2"] else None
        if not m["m2"]:
            return Span(base + a - 1, base + a - 1) if 1 <= a <= 12 else None
        b = int(m["m2"])
        last = (int(m["y2"]) if m["y2"] else y1) * 12 + b - 1
        return Span(base + a - 1, last) if 1 <= a <= 12 and 1 <= b <= 12 and base + a - 1 <= last else None
    return Span(base, base + 11)


_NAMED = {(0, 11): "", (0, 5): "H1", (6, 11): "H2", (0, 2): "Q1", (3, 5): "Q2", (6, 8): "Q3", (9, 11): "Q4"}


def code(s: Span) -> str:
    """The canonical code of a span: a range that is a half, quarter or year is named so (1-6月 is 2025H1)."""
    y, a = divmod(s.first, 12)
    y2, b = divmod(s.last, 12)
    if s.point:
        return f"{y}M{a + 1}E"
    if y == y2:
        named = _NAMED.get((a, b))
        if named is not None:
            return f"{y}{named}"
        return f"{y}M{a + 1}" if a == b else f"{y}M{a + 1}-M{b + 1}"
    if a == 0 and b == 11:
        return f"{y}-{y2}"
    return f"{y}M{a + 1}-{y2}M{b + 1}"


def same_part_last_year(period: str) -> str | None:
    """2025H1 -> 2024H1, 2025 -> 2024: the period a 同比 growth rate compares with."""
    s = span(period)
    return code(Span(s.first - 12, s.last - 12, s.point)) if s else None


def sort_key(period: str | None) -> tuple:
    """Latest end last; at the same end, the shorter period first (2025H2 before 2025), a point before a span."""
    s = span(period)
    return (0, s.last, -s.first, not s.point, period) if s else (-1, 0, 0, False, period or "")


def contains(outer: str | None, inner: str | None) -> bool:
    """The period ``inner`` lies within ``outer`` (both canonical codes)."""
    a, b = span(outer), span(inner)
    return bool(a and b and a.contains(b))


@functools.lru_cache(maxsize=4096)
def label(period: str | None) -> str:
    """The period as a reader writes it: 2025年上半年, 2025年第3季度, 2025年1-10月, 2025年6月末, 2021-2025年."""
    s = span(period)
    if s is None:
        return period or "未知期间"
    y, a = divmod(s.first, 12)
    y2, b = divmod(s.last, 12)
    if s.point:
        return f"{y}年末" if a == 11 else f"{y}年{a + 1}月末"
    if y != y2:
        return f"{y}-{y2}年" if (a, b) == (0, 11) else f"{y}年{a + 1}月至{y2}年{b + 1}月"
    part = _NAMED.get((a, b))
    if part == "":
        return f"{y}年"
    if part in ("H1", "H2"):
        return f"{y}年" + ("上半年" if part == "H1" else "下半年")
    if part:
        return f"{y}年第{part[1]}季度"
    return f"{y}年{months_in_year(s)}"


def months_in_year(s: Span) -> str:
    """A run of months within one year as a clause writes it, without the year: 1-10月, 6月."""
    a, b = s.first % 12, s.last % 12
    return f"{a + 1}月" if a == b else f"{a + 1}-{b + 1}月"


def months_label(period: str | None) -> str:
    """The period as a 统计报表 heads it, in months: 2025年1-6月 (2025H1), 2025年7-9月 (2025Q3), 2025年
    (a whole year); a point or a span of years as ``label`` writes it."""
    s = span(period)
    if s is None or s.point:
        return label(period)
    y, a = divmod(s.first, 12)
    y2, b = divmod(s.last, 12)
    if y != y2 or (a, b) == (0, 11):
        return label(period)
    return f"{y}年{months_in_year(s)}"


# --------------------------------------------------------------------------- written forms


@dataclass(frozen=True)
class InText:
    """How periods are found inside a clause (pipeline/labels/): rules/periods.yaml's in_text."""

    pattern: regex.Pattern
    chars: regex.Pattern  # every match holds one of these characters
    whole_year: frozenset[str]
    half_year: frozenset[str]
    points: frozenset[str]
    relative: dict[str, int]
    shown_without: regex.Pattern  # dropped from a period shown as written: 2024年1-10月份 -> 2024年1-10月

    def shown(self, written: str) -> str:
        """A period as a figure's scope shows it: as written, without what rules/periods.yaml drops."""
        return self.shown_without.sub("", written)


_FULL_WIDTH_DIGITS = {chr(0xFF10 + d): str(d) for d in range(10)}  # ０ … ９


@dataclass(frozen=True)
class _Grammar:
    forms: tuple[regex.Pattern, ...]
    year: regex.Pattern  # a written year (2025年, 二〇二五年度)
    digits: dict[int, str]  # str.translate's table: a year's Chinese and full-width digits -> Arabic ones
    numerals: dict[str, int]
    relative: dict[str, int]
    plans: dict[str, int]
    congresses: dict[str, int]
    in_text: InText


@rules.cached
def grammar() -> _Grammar:
    """rules/periods.yaml, validated against its schema (pipeline/schema/), with the forms compiled."""
    data = rules.model("periods")
    forms = tuple(
        rules.compile_pattern("periods", f"forms[{i}]", text.replace("{year}", data.year))
        for i, text in enumerate(data.forms)
    )
    relative = dict(data.relative_years)
    digits = {**{c: str(d) for c, d in data.year_digits.items()}, **_FULL_WIDTH_DIGITS}
    # a year is looked for at every character of the texts whose years are read (arabic_years): led like in_text
    year = rules.compile_pattern("periods", "year", first_chars.led(data.year, regex.VERSION1))
    return _Grammar(forms, year, str.maketrans(digits),
                    dict(data.numerals), relative, dict(data.plans), dict(data.congresses),
                    _in_text(data.in_text, relative))


def _in_text(data, relative: dict[str, int]) -> InText:
    return InText(
        # many alternatives, tried at every character of every clause read: led by the characters a period starts with
        pattern=rules.compile_pattern("periods", "in_text.pattern", first_chars.led(data.pattern, regex.VERSION1)),
        chars=rules.compiled("[" + regex.escape(data.chars) + "]"),
        whole_year=frozenset(data.whole_year),
        half_year=frozenset(data.half_year),
        points=frozenset(data.points),
        relative=relative,
        shown_without=rules.compile_pattern("periods", "in_text.shown_without", data.shown_without),
    )


def in_text() -> InText:
    """How periods are found inside a clause."""
    return grammar().in_text


@rules.cached(maxsize=1024)
def reference(period: str | None, written: int | None = None) -> Reference | None:
    """The reference for reading a report's periods: its own period, written in ``written`` (default: its year)."""
    s = span(period)
    if s is None:
        return None
    return Reference(s, written if written is not None else s.year)




def number(word: str | None) -> int | None:
    """A month, quarter or count as written: 9, 十二, 两."""
    if not word:
        return None
    if word.isascii() and word.isdigit():
        return int(word)
    return grammar().numerals.get(word)


def year_of(written: str) -> int:
    """2025 or 二〇二五 as a number."""
    return int(written.translate(grammar().digits))


def arabic_years(text: str) -> str:
    """The text with its years written in Chinese in Arabic digits (二〇二五年 -> 2025年), for matching only: the
    same length, so every offset holds."""
    g = grammar()
    return g.year.sub(lambda m: m.group().translate(g.digits), text)


@rules.cached(maxsize=8192)
def read(written: str, ref: Reference | None) -> Span | None:
    """The period a written form names (1-5月, 截至6月末, 去年, 2021年以来 …), read against ``ref``; None when
    the text is no period or needs a reference it lacks."""
    text = regex.sub(r"\s+", "", written or "")
    g = grammar()
    for form in g.forms:
        m = form.fullmatch(text)
        if m:
            return resolve({k: v for k, v in m.groupdict().items() if v}, ref)
    return None


def resolve(found: dict[str, str], ref: Reference | None) -> Span | None:
    """The span named by the groups of a written form (see rules/periods.yaml), against ``ref``."""
    g = grammar()
    if "plan" in found:
        first = g.plans.get(found["plan"])
        if first and "end" in found:  # “十二五”末: the end of its last year
            return Span((first + 4) * 12 + 11, (first + 4) * 12 + 11, True)
        return Span(first * 12, (first + 4) * 12 + 11) if first else None
    if "congress" in found:  # held late in its year: the years after it
        held = g.congresses.get(found["congress"])
        return Span((held + 1) * 12, ref.span.last) if held and ref and ref.span.last >= (held + 1) * 12 else None
    if "year" in found:
        year = year_of(found["year"])
    elif "rel" in found and ref is not None:
        year = ref.written + g.relative[found["rel"]]
    elif ref is not None:
        year = ref.year
    else:
        return None
    base = year * 12
    if "year2" in found:
        last = year_of(found["year2"])
        return Span(base, last * 12 + 11) if last >= year else None
    if "past" in found:
        n = number(found.get("n"))
        if not n or ref is None:
            return None
        return Span((ref.year - n + 1) * 12, ref.year * 12 + 11)
    if "ahead" in found:
        n = number(found.get("n"))
        if not n or ref is None:
            return None
        return Span(ref.written * 12, (ref.written + n - 1) * 12 + 11)
    if "since" in found:
        first = ref.span.first // 12 * 12 if "start" in found and ref else base
        if "month" in found:  # 7月至今: from that month
            n = number(found["month"])
            if not n or not 1 <= n <= 12:
                return None
            first = base + n - 1
        last = ref.span.last if ref else base + 11
        return Span(first, max(first, last))
    if "m1" in found:
        a, b = number(found["m1"]), number(found["m2"])
        return Span(base + a - 1, base + b - 1) if a and b and 1 <= a <= b <= 12 else None
    if "quarters" in found:
        n = number(found["quarters"])
        return Span(base, base + 3 * n - 1) if n and 1 <= n <= 4 else None
    if "quarter" in found:
        n = number(found["quarter"])
        return Span(base + 3 * n - 3, base + 3 * n - 1) if n and 1 <= n <= 4 else None
    if "half" in found:
        n = number(found["half"])
        return Span(base + 6 * n - 6, base + 6 * n - 1) if n in (1, 2) else None
    if "month" in found:
        n = number(found["month"])
        if not n or not 1 <= n <= 12:
            return None
        return Span(base + n - 1, base + n - 1, "end" in found)
    if "end" in found:
        return Span(base + 11, base + 11, True)
    if "start" in found:
        return Span(base - 1, base - 1, True)
    return Span(base, base + 11)


def read_code(written: str, ref: Reference | None) -> str | None:
    """``read``, as a canonical code."""
    s = read(written, ref)
    return code(s) if s else None
