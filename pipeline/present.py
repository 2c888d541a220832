"""How numbers are written for people and files: one place for every output.

``plain`` is for files read by programs (CSV: 36, 194.1); ``grouped`` for tables a
person reads (the review page, the terminal: 100,000); ``brief`` for the checks'
messages, in the display scale of its unit (28000 元 -> 2.8万元); ``scaled`` for a value
shown in a table's unit (units.for_table: 11220000 元 in 万元 -> 1122).

And the Chinese a person reads for the machine values the tables keep: ``check_name``
(part_exceeds_whole -> 部分大于整体), ``severity_name`` (warning -> 疑问), ``kind_name``
(actual -> 实绩), ``status_name`` (ok -> 已读取), from rules/checks.yaml and rules/display.yaml.
"""

from __future__ import annotations

import math

from . import rules
from .units import for_display


def plain(value: float | None) -> str:
    """36.0 -> '36', 194.1 -> '194.1', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def grouped(value: float | None, places: int | None = None) -> str:
    """100000.0 -> '100,000', 194.1 -> '194.1', None -> ''; with ``places``, at most that many decimals."""
    if value is None:
        return ""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    if places is not None:
        return f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return format(value, ",.12g")


def brief(value: float, unit: str | None) -> str:
    """A computed value for a message, to two significant decimals: 28000 元 -> 2.8万元, 1.5 -> 1.5."""
    value, unit = for_display(value, unit)
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    text = f"{value:.{digits}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return f"{text}{unit}"


def scaled(value: float | None, divisor: float) -> float | None:
    """A value in a base unit shown in a table's unit (divided by ``divisor``), without float noise:
    11220000 / 10000 -> 1122.0, 28000 / 10000 -> 2.8."""
    if value is None or divisor == 1 or not math.isfinite(value):
        return value
    return round(value / divisor, 8)


@rules.cached
def _check_names() -> dict[str, str]:
    data = rules.load("checks")
    blocks = [data.get("checks") or {}, data.get("reference_checks") or {}]
    named = {key: entry["name"] for block in blocks for key, entry in block.items()
             if isinstance(entry, dict) and entry.get("name")}
    return {**rules.load("display").get("check_names", {}), **named}


def check_name(check: str) -> str:
    """A check's Chinese name (rules/checks.yaml `name`, else rules/display.yaml `check_names`): part_exceeds_whole ->
    部分大于整体, duplicate_report -> 同期重复报送; the id when it has none."""
    return _check_names().get(check, check)


def severity_name(severity: str) -> str:
    """error -> 错误, warning -> 疑问, info -> 提示 (rules/checks.yaml `severity_names`)."""
    return rules.load("checks").get("severity_names", {}).get(severity, severity)


def kind_name(kind: str | None) -> str:
    """actual -> 实绩, target -> 目标 (rules/display.yaml)."""
    return rules.load("display")["kinds"].get(kind, kind or "") if kind else ""


def status_name(status: str | None) -> str:
    """ok -> 已读取, failed -> 读取失败, unsupported -> 格式不支持 (rules/display.yaml)."""
    return rules.load("display")["statuses"].get(status, status or "") if status else ""
