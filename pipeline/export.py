"""Write extractions as tables: CSV (UTF-8 with BOM, for Excel and WPS) and Parquet.

Files are written to a temporary name and renamed, so a run killed midway leaves
the previous outputs whole. Identical input gives byte-identical output.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .model import Extraction

FIGURE_COLUMNS = (
    "report_id", "town", "period", "section", "section_path", "sentence", "start", "end", "surface",
    "value", "value_high", "unit", "approx", "indicator", "entity", "scope_period", "kind", "rule",
)
REPORT_COLUMNS = (
    "report_id", "path", "title", "town", "period", "county", "encoding",
    "n_sections", "n_figures", "n_skipped", "status", "message",
)
SKIPPED_COLUMNS = ("report_id", "start", "end", "text", "reason")
NUMERIC = {"start", "end", "value", "value_high", "n_sections", "n_figures", "n_skipped"}

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Neutralise text that a spreadsheet would run as a formula (=HYPERLINK(...))."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def format_number(value: float | int | None) -> str:
    """36.0 -> '36', 194.1 -> '194.1', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def figure_rows(extractions: Iterable[Extraction]) -> Iterable[dict]:
    for ex in extractions:
        r = ex.report
        for f in ex.figures:
            yield {
                "report_id": f.report_id, "town": r.town, "period": r.period, "section": f.section,
                "section_path": f.section_path, "sentence": f.sentence, "start": f.start, "end": f.end,
                "surface": f.surface, "value": f.value, "value_high": f.value_high, "unit": f.unit,
                "approx": f.approx, "indicator": f.indicator, "entity": f.entity,
                "scope_period": f.scope_period, "kind": f.kind, "rule": f.rule,
            }


def report_row(ex: Extraction) -> dict:
    r = ex.report
    return {
        "report_id": r.report_id, "path": r.path, "title": r.title, "town": r.town, "period": r.period,
        "county": r.county, "encoding": r.encoding, "n_sections": len(ex.sections),
        "n_figures": len(ex.figures), "n_skipped": len(ex.skipped), "status": r.status, "message": r.message,
    }


def skipped_rows(extractions: Iterable[Extraction]) -> Iterable[dict]:
    for ex in extractions:
        for s in ex.skipped:
            yield {"report_id": s.report_id, "start": s.start, "end": s.end, "text": s.text, "reason": s.reason}


def _csv_bytes(columns: tuple[str, ...], rows: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            format_number(row[c]) if c in NUMERIC else ("" if row[c] is None else safe_cell(row[c])) for c in columns
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _parquet_bytes(columns: tuple[str, ...], rows: list[dict]) -> bytes:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    for c in columns:
        if c in NUMERIC:
            frame[c] = pd.to_numeric(frame[c], errors="coerce").astype("float64" if c.startswith("value") else "Int64")
        else:
            frame[c] = frame[c].astype("string")
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False, engine="pyarrow")
    return buf.getvalue()


def write_tables(extractions: list[Extraction], out: Path) -> dict[str, Path]:
    """indicators.csv, reports.csv, skipped.csv and their Parquet twins, plus text/<id>.txt."""
    out.mkdir(parents=True, exist_ok=True)
    for ex in extractions:
        if ex.report.status == "ok":
            write_atomic(out / "text" / f"{ex.report.report_id}.txt", ex.report.text.encode("utf-8"))
    tables = {
        "indicators": (FIGURE_COLUMNS, list(figure_rows(extractions))),
        "reports": (REPORT_COLUMNS, [report_row(ex) for ex in extractions]),
        "skipped": (SKIPPED_COLUMNS, list(skipped_rows(extractions))),
    }
    written = {}
    for name, (columns, rows) in tables.items():
        write_atomic(out / f"{name}.csv", _csv_bytes(columns, rows))
        write_atomic(out / f"{name}.parquet", _parquet_bytes(columns, rows))
        written[name] = out / f"{name}.csv"
    return written
