"""The registry of checks: ``@check`` registers a check function under its name, ``check_rules`` pairs
each with its entry in rules/checks.yaml (severity, message, parameters, validated), and ``Params``
reads a check's parameters, naming the key on error. A ``Finding`` is what a check yields.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .. import rules
from ..model import Figure

if TYPE_CHECKING:
    from .prepared import Context, Doc


NAME = "checks"
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Params:
    """A check's entry in rules/checks.yaml; each accessor checks the key and names it on error."""

    check: str
    data: dict

    @property
    def where(self) -> str:
        return f"checks.{self.check}"

    def number(self, key: str) -> float:
        return float(rules.need(NAME, self.data, key, (int, float), self.where))

    def word(self, key: str) -> str:
        return rules.need(NAME, self.data, key, str, self.where)

    def words(self, key: str) -> tuple[str, ...]:
        return rules.words(NAME, self.data, key, self.where)

    def pattern(self, key: str) -> regex.Pattern:
        return _compiled(self.check, key, rules.need(NAME, self.data, key, str, self.where))

    def list(self, key: str) -> list:
        return rules.need(NAME, self.data, key, list, self.where)


@rules.cached
def _compiled(check_name: str, key: str, pattern: str) -> regex.Pattern:
    return rules.compile_pattern(NAME, f"checks.{check_name}.{key}", pattern)


@dataclass(frozen=True)
class CheckRule:
    name: str
    severity: str
    messages: dict[str, str]  # case -> template; the one-message checks use the case ""
    params: Params
    order: int


@dataclass(frozen=True)
class Written:
    """A stretch of a report's text a check points at that is no figure of the table (a structure written as a
    ratio of its shares, 11.8︰48.3︰36.9): what a flag item needs of a figure."""

    start: int
    end: int
    surface: str
    indicator: str


@dataclass(frozen=True)
class Finding:
    """What a check found: the figures (or written stretches) with their reports, and the values for the message."""

    items: tuple[tuple[Doc, Figure | Written], ...]
    fields: dict[str, Any]
    case: str = ""


CheckFn = Callable[["Context", Params], Iterable[Finding]]
_REGISTRY: dict[str, tuple[CheckFn, frozenset[str]]] = {}


def check(name: str, fields: tuple[str, ...]) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``name``; ``fields`` are the names its messages may use."""

    def register(fn: CheckFn) -> CheckFn:
        _REGISTRY[name] = (fn, frozenset(fields))
        return fn

    return register


@rules.cached
def check_rules() -> tuple[CheckRule, ...]:
    """The checks of rules/checks.yaml, in file order, validated against the registered functions."""
    data = rules.load(NAME)
    entries = rules.need(NAME, data, "checks", dict)
    out = []
    for i, (name, entry) in enumerate(entries.items()):
        where = f"checks.{name}"
        if name not in _REGISTRY:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: no check of that name in pipeline/checks/")
        if not isinstance(entry, dict):
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}: expected a mapping")
        severity = rules.need(NAME, entry, "severity", str, where)
        if severity not in SEVERITIES:
            raise rules.RuleError(f"rules/{NAME}.yaml: {where}.severity: expected one of {', '.join(SEVERITIES)}")
        message = rules.need(NAME, entry, "message", (str, dict), where)
        messages = {"": message} if isinstance(message, str) else {str(k): v for k, v in message.items()}
        allowed = _REGISTRY[name][1] | {k for k, v in entry.items() if isinstance(v, (int, float, str))}
        for case, template in messages.items():
            at = f"{where}.message" + (f".{case}" if case else "")
            if not isinstance(template, str) or not template:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: expected a non-empty string")
            try:
                used = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            except ValueError as e:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: bad template: {e}") from None
            if used - allowed:
                raise rules.RuleError(f"rules/{NAME}.yaml: {at}: unknown field(s) {', '.join(sorted(used - allowed))}")
        if entry.get("enabled", True) is False:
            continue
        out.append(CheckRule(name, severity, messages, Params(name, entry), i))
    return tuple(out)


def ctx_pattern(check_name: str, key: str) -> regex.Pattern | None:
    """A pattern of another check's entry, when that check is configured."""
    entry = rules.load(NAME).get("checks", {}).get(check_name)
    return Params(check_name, entry).pattern(key) if isinstance(entry, dict) and key in entry else None
