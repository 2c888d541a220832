"""Loading a bureau's table in long form (CSV or XLSX, one figure a row; the headers of rules/reference.yaml,
Chinese or English): each row an ``Official``, its indicator name matched to the canonical indicators as
report labels are; rows that cannot be read are left out and named.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from .. import figures, normalize, periods, units
from ..ingest.plain_text import table_text
from .official import _FIELDS, _REQUIRED, TABLE, Loaded, Official, ReferenceError, _header_key, _status, reference_rules


def is_table(path: Path) -> bool:
    return path.suffix.lower() in reference_rules().table_suffixes


def read_period(written: str, context: str | None = None) -> str | None:
    """A period as written (2024, 2024年, 2025年1-6月, 2025年上半年) as a canonical code, or None; ``context``:
    the period relative words (上半年, 去年) are read against."""
    written = str(written or "").strip()
    if written.endswith(".0") and written[:-2].isdigit():
        written = written[:-2]  # a year read from a spreadsheet as a number
    if periods.span(written):
        return periods.code(periods.span(written))
    return periods.read_code(written, periods.reference(context) if context else None)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_rows(path: Path) -> list[list[str]]:
    """The table's rows as text cells, header first."""
    import pandas as pd

    try:
        if path.suffix.lower() == ".csv":
            text = table_text(path.read_bytes())
            if text is None:
                raise ReferenceError(f"{path}: neither UTF-8 nor GBK text")
            frame = pd.read_csv(io.StringIO(text), dtype=str, header=None, keep_default_na=False)
        else:
            frame = pd.read_excel(path, dtype=str, header=None, keep_default_na=False)
    except ReferenceError:
        raise
    except Exception as e:  # pandas raises many kinds for a file that is no table
        raise ReferenceError(f"{path}: cannot read as a table: {' '.join(str(e).split())[:200]}") from None
    return [[_cell(v) for v in row] for row in frame.itertuples(index=False)]


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    rr = reference_rules()
    keys = [_header_key(h) for h in header]
    found = {}
    for field in _FIELDS:
        at = next((i for i, k in enumerate(keys) if k in rr.columns[field]), None)
        if at is not None:
            found[field] = at
    missing = [f for f in _REQUIRED if f not in found]
    if missing:
        names = "; ".join(f"{f}: {'/'.join(rr.columns[f][:3])}" for f in missing)
        raise ReferenceError(f"{path}: row 1: no column for {names} (headers: {', '.join(header)})")
    return found


def _quantity(value: str, unit: str):
    """(value, unit, value_norm, unit_norm, approx, surface) of a table cell and its unit, or None."""
    value = value.replace(",", "").replace("，", "").strip()
    surface = value + unit.strip()
    q = figures.parse(surface)
    if q is None:
        try:
            number = float(value)
        except ValueError:
            return None
        u = units.unit_of(unit.strip()) if unit.strip() else None
        q_unit = u.canonical if u else unit.strip()
        value_norm, unit_norm = units.to_base(number, q_unit)
        return number, q_unit, value_norm, unit_norm, None, surface
    value_norm, unit_norm = units.to_base(q.value, q.unit)
    return q.value, q.unit, value_norm, unit_norm, q.approx, q.surface


def _indicator(name: str, unit_norm: str) -> normalize.Indicator | None:
    lexicon = normalize.lexicon()
    if name in lexicon.by_id:
        return lexicon.by_id[name]
    return normalize.match(name, name, unit_norm)


def _load_table(path: Path) -> Loaded:
    rows = _read_rows(path)
    header_at = next((i for i, row in enumerate(rows) if any(row)), None)
    if header_at is None:
        raise ReferenceError(f"{path}: empty table")
    header = rows[header_at]
    cols = _columns(path, header)
    out: list[Official] = []
    problems: list[str] = []
    for n, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not any(row):
            continue
        get = {f: (row[i] if i < len(row) else "") for f, i in cols.items()}
        period = read_period(get["period"])
        if period is None:
            problems.append(f"{path.name}: row {n}: period {get['period']!r} is not a period (2024, 2024年, 2025年1-6月)")
            continue
        q = _quantity(get["value"], get.get("unit", ""))
        if q is None:
            problems.append(f"{path.name}: row {n}: value {get['value']!r} is not a number")
            continue
        value, unit, value_norm, unit_norm, approx, surface = q
        ind = _indicator(get["indicator"], unit_norm)
        if ind is None:
            problems.append(f"{path.name}: row {n}: indicator {get['indicator']!r} ({unit_norm}) matches no canonical "
                            "indicator (rules/indicators.yaml)")
        label = ind.name if ind is not None and get["indicator"] == ind.id else get["indicator"]
        out.append(Official(
            source=path.name, seq=n, kind=TABLE, area=get["area"], period=period, label=label, surface=surface,
            value=value, unit=unit, value_norm=value_norm, unit_norm=unit_norm,
            indicator_id=ind.id if ind else None, indicator_name=ind.name if ind else None, approx=approx,
            status=_status(get.get("note", "")),
            sentence=f"{path.name}第{n}行：" + "，".join(c for c in (get["area"], get["period"], get["indicator"],
                                                                    surface, get.get("note", "")) if c)))
    return Loaded(out, problems)
