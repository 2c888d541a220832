"""Write extractions as tables: CSV (UTF-8 with BOM, for Excel and WPS) and Parquet.

Files are written to a temporary name and renamed, so a run killed midway leaves
the previous outputs whole. Identical input gives byte-identical output.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import periods
from .model import Extraction, Flag
from .out_files import stage
from .present import check_name, plain, severity_name

FIGURE_COLUMNS = (
    "report_id", "town", "period", "section", "section_path", "sentence", "start", "end", "surface",
    "value", "value_high", "unit", "approx", "indicator", "entity", "scope_period", "covered", "covered_label",
    "kind", "estimated", "rule",
    "value_norm", "unit_norm", "indicator_id", "indicator_name",  # filled by pipeline/normalize/
    "measure", "measure_of", "compare_key",
)
REPORT_COLUMNS = (
    "report_id", "path", "title", "town", "period", "county", "encoding",
    "n_sections", "n_figures", "n_skipped", "status", "message",
)
SKIPPED_COLUMNS = ("report_id", "start", "end", "text", "reason")
# flags.csv: one row per flagged figure; the rows of one flag (several figures, maybe several reports) share its flag_id.
# check_name and severity_name are what an analyst reads (部分大于整体, 疑问); check and severity the machine names.
FLAG_COLUMNS = (
    "flag_id", "check_name", "severity_name", "check", "severity", "report_id", "town", "period", "start", "end", "surface",
    "indicator", "indicator_id", "message", "sentence", "status", "note",  # the last two: the analyst's (pipeline/corrections.py)
)
NUMERIC = {"start", "end", "value", "value_high", "value_norm", "n_sections", "n_figures", "n_skipped"}

# A spreadsheet runs a cell that starts with one of these as a formula. The apostrophe that
# neutralises it is itself escaped when a text starts with one, so the Parquet twins can undo
# the neutralising exactly (they are data, not a spreadsheet).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_FORMULA_FIRST = frozenset(_FORMULA_START)  # each is one character


def safe_cell(value: object) -> object:
    """Neutralise text that a spreadsheet would run as a formula (=HYPERLINK(...))."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def report_row(ex: Extraction) -> dict:
    r = ex.report
    return {
        "report_id": r.report_id, "path": r.path, "title": r.title, "town": r.town, "period": r.period,
        "county": r.county, "encoding": r.encoding, "n_sections": len(ex.sections),
        "n_figures": len(ex.figures), "n_skipped": len(ex.skipped), "status": r.status, "message": r.message,
    }


def _csv_line(columns: tuple[str, ...], row: dict) -> list[str]:
    line = []
    for c in columns:
        value = row[c]
        if value is None:
            line.append("")
        elif c in NUMERIC:
            line.append(plain(value))
        else:
            line.append(safe_cell(value))
    return line


def _csv_bytes(columns: tuple[str, ...], rows: Iterable[dict], header: bool = True) -> bytes:
    """CSV lines for ``rows``; with the header, preceded by the BOM that tells Excel and WPS it is UTF-8."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if header:
        buf.write("\ufeff")
        writer.writerow(columns)
    writer.writerows(_csv_line(columns, row) for row in rows)
    return buf.getvalue().encode("utf-8")


def import_arrow_alone() -> None:
    """Import the parts of pyarrow the tables are written with, without numpy, unless one of them is loaded already:
    writing them needs none of numpy, which pyarrow imports whenever it is installed (0.1 s of CPU, a tenth of
    `zhibiao extract` on one report). Only for a process that needs no numpy afterwards: pyarrow then holds that
    numpy is absent (its to_numpy and to_pandas refuse)."""
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # import numpy: ImportError, as when not installed
    try:
        import pyarrow.csv
        import pyarrow.parquet  # noqa: F401
    finally:
        del sys.modules["numpy"]


def _arrow_schema(columns: tuple[str, ...]):
    import pyarrow as pa

    def kind(c: str):
        if c in NUMERIC:
            return pa.float64() if c.startswith("value") else pa.int64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


TABLES = {"indicators": FIGURE_COLUMNS, "reports": REPORT_COLUMNS, "skipped": SKIPPED_COLUMNS}


@dataclass(frozen=True)
class Rendered:
    """One report's rows as CSV lines, and its text staged for text/<id>.txt.

    Made where the report was extracted (a worker process), so the process that
    writes the tables only appends bytes: that is what lets workers scale.
    """

    csv: dict[str, bytes]  # table name -> CSV lines, no header
    text: tuple[Path, Path] | None = None  # (staged, final) text/<id>.txt


def _number(value: float | None) -> str | None:
    return None if value is None else plain(value)


def figure_values(f, town: str | None, period: str | None) -> tuple:
    """One figure's cells in FIGURE_COLUMNS order, as values (None where empty): for indicators.csv
    and for the DataFrame of pipeline.read_reports."""
    return (
        f.report_id, town, period, f.section, f.section_path, f.sentence,
        f.start, f.end, f.surface, f.value, f.value_high, f.unit, f.approx,
        f.indicator, f.entity, f.scope_period, f.covered,
        periods.label(f.covered) if f.covered else None, f.kind, "true" if f.estimated else None, f.rule,
        f.value_norm, f.unit_norm, f.indicator_id, f.indicator_name,
        f.measure, f.measure_of, f.compare_key,
    )


_NUMBER_COLUMNS = {"value", "value_high", "value_norm"}
_OFFSET_COLUMNS = {"start", "end"}
# where the figure_values cells are numbers to format and text to pass through safe_cell (offsets stay as they are)
_NUMBER_AT = tuple(i for i, c in enumerate(FIGURE_COLUMNS) if c in _NUMBER_COLUMNS)
_TEXT_AT = tuple(i for i, c in enumerate(FIGURE_COLUMNS) if c not in _NUMBER_COLUMNS and c not in _OFFSET_COLUMNS)


def _figure_line(f, town: str | None, period: str | None) -> list:
    """One indicators.csv line, in FIGURE_COLUMNS order: text cells through safe_cell, numbers formatted.
    Cells are changed in place by position (no generator, no call for an offset): it runs once per figure."""
    line = list(figure_values(f, town, period))
    for i in _NUMBER_AT:
        line[i] = _number(line[i])
    for i in _TEXT_AT:  # safe_cell, inlined: most cells are None or start with no formula character
        value = line[i]
        if value.__class__ is str and value[:1] in _FORMULA_FIRST:
            line[i] = "'" + value
    return line


def render(ex: Extraction, out: Path) -> Rendered:
    """The report's rows as CSV lines, and its text staged under ``out``.

    Rows are written straight from the records (no dict per row): this runs once per figure and
    per skipped numeral of every report, in the workers.
    """
    r = ex.report
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(_figure_line(f, r.town, r.period) for f in ex.figures)
    figures = buf.getvalue().encode("utf-8")
    buf.seek(0)
    buf.truncate()
    writer.writerows((safe_cell(s.report_id), s.start, s.end, safe_cell(s.text), safe_cell(s.reason)) for s in ex.skipped)
    csv_lines = {
        "indicators": figures,
        "reports": _csv_bytes(REPORT_COLUMNS, [report_row(ex)], header=False),
        "skipped": buf.getvalue().encode("utf-8"),
    }
    text = None
    if r.status == "ok":
        final = out / "text" / f"{r.report_id}.txt"
        text = (stage(final, r.text.encode("utf-8")), final)
    return Rendered(csv_lines, text)


def _unneutralised(batch):
    """The batch with the apostrophe safe_cell put before a text cell taken off again."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in batch.columns:
        if pa.types.is_string(column.type):
            # null where the cell is null, and if_else keeps those null (no fill_null: its Python
            # scalar makes pyarrow import pandas, half a second)
            quoted = pc.starts_with(column, "'")
            if pc.any(quoted).as_py():  # rare: most columns have no cell to undo
                column = pc.if_else(quoted, pc.utf8_slice_codeunits(column, 1), column)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=batch.schema)


class _Table:
    """One output table: CSV appended report by report, and its Parquet twin made from those same
    CSV lines a batch of reports at a time (while workers extract the next ones)."""

    REPORTS_PER_ROW_GROUP = 200  # a fixed count, so the Parquet bytes do not depend on timing

    def __init__(self, out: Path, name: str, columns: tuple[str, ...]):
        import pyarrow.parquet as pq

        self.columns, self.paths = columns, (out / f"{name}.csv", out / f"{name}.parquet")
        self.tmp = [p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.paths]
        self.header = _csv_bytes(columns, [])  # BOM and header
        self.csv_file = open(self.tmp[0], "wb")
        self.csv_file.write(self.header)
        self.schema = _arrow_schema(columns)
        self.parquet = pq.ParquetWriter(self.tmp[1], self.schema)
        self.pending: list[bytes] = []

    def add(self, lines: bytes) -> None:
        self.csv_file.write(lines)
        self.pending.append(lines)
        if len(self.pending) >= self.REPORTS_PER_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        """The pending CSV lines as one Parquet row group."""
        import pyarrow.csv as pc

        data = b"".join(self.pending)
        self.pending = []
        if not data:
            return
        # one thread: a few MB parse as fast on one, and the workers extracting meanwhile need the cores
        table = pc.read_csv(io.BytesIO(self.header + data), read_options=pc.ReadOptions(use_threads=False),
                            convert_options=pc.ConvertOptions(column_types=self.schema, strings_can_be_null=True))
        batches = table.to_batches()
        if b"'" in data:  # else no cell starts with safe_cell's apostrophe: nothing to undo (nor pyarrow.compute to import)
            batches = [_unneutralised(b) for b in batches]
        if batches:
            import pyarrow as pa

            self.parquet.write_table(pa.Table.from_batches(batches, schema=self.schema))

    def finish(self) -> None:
        """Complete the temporary files (nothing renamed yet)."""
        if not self.csv_file.closed:
            self._flush()
            self.csv_file.close()
            self.parquet.close()

    def close(self, keep: bool) -> None:
        try:
            self.finish()
        except BaseException:
            if keep:
                raise
        for tmp, final in zip(self.tmp, self.paths):
            if keep:
                os.replace(tmp, final)
            else:
                tmp.unlink(missing_ok=True)


def _remove_stale_temporaries(out: Path) -> None:
    """The hidden .<name>.<...>.tmp files a killed run left in OUT and OUT/text (a run starts with none)."""
    for folder in (out, out / "text"):
        if folder.is_dir():
            for path in folder.iterdir():
                if path.name.startswith(".") and path.name.endswith(".tmp") and path.is_file():
                    path.unlink(missing_ok=True)


class TableWriter:
    """Writes indicators, reports and skipped tables (CSV and Parquet) and text/<id>.txt, one report
    at a time, so memory does not grow with the batch. The tables replace the previous ones only when
    the writer closes cleanly: a run killed midway leaves the previous outputs whole. The texts are
    staged too and renamed with the tables, so offsets in the tables always refer to the text beside them.
    """

    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(out)
        self.out = out
        self.texts: list[tuple[Path, Path]] = []  # (staged, final) for text/<id>.txt
        # opened with the first report: importing pyarrow (0.2 s) then overlaps the workers' start
        self.tables: dict[str, _Table] = {}

    def add(self, ex: Extraction, rendered: Rendered | None = None) -> None:
        """Append one report; ``rendered`` if a worker already rendered it into this writer's OUT."""
        if not self.tables:
            self.tables = {name: _Table(self.out, name, columns) for name, columns in TABLES.items()}
        rendered = rendered or render(ex, self.out)
        if rendered.text:
            self.texts.append(rendered.text)
        for name, table in self.tables.items():
            table.add(rendered.csv[name])

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        keep = exc_type is None
        try:
            if keep:  # complete every staged file before the first rename
                for table in self.tables.values():
                    table.finish()
        except BaseException:
            keep = False
            raise
        finally:
            for staged, final in self.texts:
                if keep:
                    os.replace(staged, final)
                else:
                    staged.unlink(missing_ok=True)
            for table in self.tables.values():
                table.close(keep=keep)


def flag_rows(flags: Iterable[Flag], extractions: Iterable[Extraction]) -> Iterable[dict]:
    """One row per flagged figure, with the report's town and period and the figure's sentence."""
    reports = {}
    figures = {}
    for ex in extractions:
        reports[ex.report.report_id] = ex.report
        for f in ex.figures:
            figures[(f.report_id, f.start, f.end)] = f
    for flag in flags:
        for item in flag.items:
            r, f = reports.get(item.report_id), figures.get((item.report_id, item.start, item.end))
            yield {
                "flag_id": flag.flag_id, "check_name": check_name(flag.check), "severity_name": severity_name(flag.severity),
                "check": flag.check, "severity": flag.severity, "report_id": item.report_id,
                "town": r.town if r else None, "period": r.period if r else None, "start": item.start, "end": item.end,
                "surface": item.surface, "indicator": item.indicator, "indicator_id": f.indicator_id if f else None,
                "message": flag.message, "sentence": f.sentence if f else None, "status": flag.status,
                "note": flag.note,
            }


def write_flags(flags: Iterable[Flag], extractions: Iterable[Extraction], out: Path) -> Path:
    """flags.csv and flags.parquet (see FLAG_COLUMNS), replacing the previous ones only when complete."""
    out.mkdir(parents=True, exist_ok=True)
    table = _Table(out, "flags", FLAG_COLUMNS)
    done = False
    try:
        table.add(_csv_bytes(FLAG_COLUMNS, flag_rows(flags, extractions), header=False))
        done = True
    finally:
        table.close(keep=done)
    return out / "flags.csv"
