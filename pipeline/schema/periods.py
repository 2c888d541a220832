"""The shape of rules/periods.yaml: the written forms of a period, and the named groups they may use."""

from __future__ import annotations

from typing import Annotated

import regex
from pydantic import AfterValidator, Field, StringConstraints

from .base import Chars, Regex, Strict, Words, compiles

# --------------------------------------------------------------------------- rules/periods.yaml

# the named groups a written form may use (see the comment at the head of rules/periods.yaml)
PERIOD_GROUPS = frozenset({"year", "year2", "rel", "since", "start", "plan", "congress", "past", "ahead", "n", "m1", "m2",
                           "quarters", "quarter", "half", "month", "end", "whole"})


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
    pattern: Annotated[str, StringConstraints(min_length=1), AfterValidator(compiles), AfterValidator(_in_text_groups)]
    chars: Chars
    whole_year: Words
    half_year: Words
    points: Words
    shown_without: Regex  # dropped from a period shown as written (份 of 1-10月份)


class PeriodsFile(Strict):
    year: Regex
    forms: list[Annotated[str, StringConstraints(min_length=1), AfterValidator(_period_groups)]]
    year_digits: dict[Annotated[str, StringConstraints(min_length=1, max_length=1)], Annotated[int, Field(ge=0, le=9)]]
    numerals: dict[str, int]
    relative_years: dict[str, int]
    plans: dict[str, int]
    congresses: dict[str, int]
    in_text: PeriodsInText
