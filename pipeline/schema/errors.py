"""A pydantic validation error as one line naming the file's key: ``units[3].factor: expected a positive number``."""

from __future__ import annotations

from typing import Any

import regex


def _expected(kind: str, value: Any) -> str:
    return f"expected {kind}, got {type(value).__name__}"


_TYPES = {"string_type": "str", "int_type": "int", "float_type": "float", "bool_type": "bool", "list_type": "a list",
          "dict_type": "a mapping", "model_type": "a mapping", "model_attributes_type": "a mapping", "int_from_float": "int"}


def describe(error: dict) -> str:
    """One pydantic error as the words after the key: ``missing``, ``expected bool, got str`` ..."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        return "unknown key"
    if kind in _TYPES:
        return _expected(_TYPES[kind], value)
    if kind == "literal_error":
        return "expected one of " + ", ".join(regex.findall(r"'([^']*)'", ctx.get("expected", "")))
    if kind == "string_too_short":
        least = ctx.get("min_length", 1)
        return "expected a non-empty string" if least == 1 else f"expected a string of {least} characters at least"
    if kind == "greater_than":
        return f"expected a number above {ctx.get('gt')}"
    if kind == "greater_than_equal":
        return f"expected a number of at least {ctx.get('ge')}"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not match {ctx.get('pattern')}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"]


_TAG = regex.compile(r"^(?:str|int|float|bool|none|list\[.*\]|dict\[.*\]|tuple\[.*\]|literal\[.*\]|"
                     r"function-[a-z]+\[.*\]|constrained-str|nullable\[.*\]|[A-Z]\w*)$")


def where(loc: tuple, data: Any) -> str:
    """A pydantic location as the file's key path: ``indicators[12] (party.new_members).flow``."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({node['id']})"
        elif _TAG.match(str(part)) and not (isinstance(node, dict) and part in node):
            continue  # the member of a union pydantic tried, not a key of the file
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out
