"""The audit: every numeral of a report is a figure or a skipped row, none is lost.

A numeral here is defined on its own, not by rules/figures.yaml, so that a rule
edit cannot shrink what is audited: a run of Arabic digits (half or full width,
with thousands separators and a decimal point) or a run of the Chinese numeral
characters 零〇一二两三四五六七八九十百千万亿 (双 is not one).

``extract_report`` calls ``unaccounted`` on each report and writes any numeral
that neither a figure nor a skip rule covers to skipped.csv with the reason
``unaccounted``: a bug in the rules shows up in the audit trail instead of
dropping a number silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import regex

UNACCOUNTED = "unaccounted"

_DIGIT = "[0-9０-９]"
# the Chinese numerals first: the two alternatives start with no character in common, so either order finds the same
# numerals, and this one is searched for a quarter faster
NUMERAL = regex.compile(
    rf"[零〇一二两三四五六七八九十百千万亿]+|{_DIGIT}+(?:[,，]{_DIGIT}{{3}}(?!{_DIGIT}))*(?:[.．]{_DIGIT}+)?"
)


class Span(Protocol):
    start: int
    end: int


def numerals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, numeral) of every numeral in ``text``, in order."""
    return [(m.start(), m.end(), m.group()) for m in NUMERAL.finditer(text)]


def unaccounted(text: str, figures: Iterable[Span], skipped: Iterable[Span]) -> list[tuple[int, int, str]]:
    """The numerals of ``text`` with a character that no figure's or skipped row's span covers."""
    n = len(text)
    covered = bytearray(n + 1)
    for item in (*figures, *skipped):
        start, end = item.start, item.end
        if start < 0:
            start = 0
        if end > n:
            end = n
        if end > start:
            covered[start:end] = b"\x01" * (end - start)
    # a numeral is unaccounted where a byte of its span is 0 (found in C, no slice made per numeral)
    return [(m.start(), m.end(), m[0]) for m in NUMERAL.finditer(text) if covered.find(0, m.start(), m.end()) >= 0]
