"""What every rules file's model is built from: the strict base model and the shared field types.

A regex field must compile; a template field may use only its declared placeholders.
"""

from __future__ import annotations

import string
from typing import Annotated, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


class Strict(BaseModel):
    # defer_build: a model nested in a file's model is built only as part of it
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True)


def compiles(pattern: str) -> str:
    try:
        regex.compile(pattern, regex.VERSION1)  # the regex module caches it: the stage's compile is free
    except regex.error as e:
        raise ValueError(f"bad regex: {e}") from None
    return pattern


def placeholders(allowed: frozenset[str]):
    def check(pattern: str) -> str:
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        except ValueError as e:
            raise ValueError(f"bad placeholder: {e}") from None
        unknown = names - allowed
        if unknown:
            raise ValueError(f"unknown placeholder {{{sorted(unknown)[0]}}}")
        return pattern

    return check


Word = Annotated[str, StringConstraints(min_length=1)]
Words = list[Word]
Chars = Annotated[str, StringConstraints(min_length=1)]  # a set of characters, written as one string
Regex = Annotated[str, StringConstraints(min_length=1), AfterValidator(compiles)]
Count = Annotated[int, Field(ge=0)]
Positive = Annotated[int, Field(gt=0)]
Approx = Literal["lower", "upper", "about"] | None
Dimension = Literal[
    "count", "money", "area", "length", "volume", "weight", "energy", "duration", "percent", "ratio", "age",
    "concentration",
]
