"""How numbers are written for people and files: one place for every output.

``plain`` is for files read by programs (CSV: 36, 194.1); ``grouped`` for tables a
person reads (the review page, the terminal: 100,000); ``brief`` for the checks'
messages, in the display scale of its unit (28000 元 -> 2.8万元).
"""

from __future__ import annotations

import math

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
