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


def _csv_line(columns: tuple[str, ...], row: dict) -> list[str]:
    return [format_number(row[c]) if c in NUMERIC else ("" if row[c] is None else safe_cell(row[c])) for c in columns]


def _csv_bytes(columns: tuple[str, ...], rows: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_csv_line(columns, row))
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


def _arrow_schema(columns: tuple[str, ...]):
    import pyarrow as pa

    def kind(c: str):
        if c in NUMERIC:
            return pa.float64() if c.startswith("value") else pa.int64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


class _Table:
    """One output table written as it grows: CSV row by row, Parquet a row group per batch."""

    BATCH = 5000  # rows per Parquet row group: fixed, so output does not depend on timing

    def __init__(self, out: Path, name: str, columns: tuple[str, ...]):
        import pyarrow.parquet as pq

        self.columns, self.paths = columns, (out / f"{name}.csv", out / f"{name}.parquet")
        self.tmp = [p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.paths]
        self.csv_file = open(self.tmp[0], "w", encoding="utf-8-sig", newline="")
        self.csv = csv.writer(self.csv_file, lineterminator="\r\n")
        self.csv.writerow(columns)
        self.schema = _arrow_schema(columns)
        self.parquet = pq.ParquetWriter(self.tmp[1], self.schema)
        self.pending: list[dict] = []

    def add(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.csv.writerow(_csv_line(self.columns, row))
            self.pending.append(row)
            if len(self.pending) >= self.BATCH:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            data = {c: [r[c] for r in self.pending] for c in self.columns}
            self.parquet.write_table(pa.table(data, schema=self.schema))
            self.pending = []

    def close(self, keep: bool) -> None:
        self._flush()
        self.csv_file.close()
        self.parquet.close()
        for tmp, final in zip(self.tmp, self.paths):
            if keep:
                os.replace(tmp, final)
            else:
                tmp.unlink(missing_ok=True)


class TableWriter:
    """Writes indicators, reports and skipped tables (CSV and Parquet) and text/<id>.txt, one report
    at a time, so memory does not grow with the batch. The tables replace the previous ones only when
    the writer closes cleanly: a run killed midway leaves the previous outputs whole.
    """

    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.tables = {
            "indicators": _Table(out, "indicators", FIGURE_COLUMNS),
            "reports": _Table(out, "reports", REPORT_COLUMNS),
            "skipped": _Table(out, "skipped", SKIPPED_COLUMNS),
        }

    def add(self, ex: Extraction) -> None:
        if ex.report.status == "ok":
            write_atomic(self.out / "text" / f"{ex.report.report_id}.txt", ex.report.text.encode("utf-8"))
        self.tables["indicators"].add(figure_rows([ex]))
        self.tables["reports"].add([report_row(ex)])
        self.tables["skipped"].add(skipped_rows([ex]))

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        for table in self.tables.values():
            table.close(keep=exc_type is None)


def write_tables(extractions: Iterable[Extraction], out: Path) -> dict[str, Path]:
    """indicators.csv, reports.csv, skipped.csv and their Parquet twins, plus text/<id>.txt."""
    with TableWriter(out) as writer:
        for ex in extractions:
            writer.add(ex)
    return {name: out / f"{name}.csv" for name in writer.tables}
