"""The store: an embedded DuckDB database that accumulates every run's reports, figures and flags.

Tables
  reports     one row per report: report_id (key), content_hash (sha256 of the
              text), path, title, town, period, county, encoding, status, message, text
  figures     one row per figure, every column of model.Figure, keyed by
              (report_id, start, end)
  flags       one row per flag: flag_id (key), check, severity, message
  flag_items  one row per figure a flag points at: flag_id, seq, report_id, start, end, surface, indicator
  official_figures  the reference figures (pipeline/reference/: a bureau's table, a 统计公报),
              one row per figure, every column of reference.Official, keyed by (source, seq);
              loading a source again replaces its rows
  meta        schema_version

Re-extracting a report replaces its rows: the rows of the same report_id, and
those of the same text stored under another id (a renamed file), are deleted
before the new ones go in. A write is one transaction: it happens whole or not
at all. No timestamps are stored, so the same input leaves the same store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import astuple, fields
from pathlib import Path

import duckdb

from .model import Extraction, Figure, Flag, FlagItem, Report

SCHEMA_VERSION = "3"  # 2: figures have covered, measure, measure_of and compare_key; 3: estimated

FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
REPORT_FIELDS = ("report_id", "content_hash", "path", "title", "town", "period", "county", "encoding", "status",
                 "message", "text")

_SQL_TYPES = {"start": "INTEGER", "end": "INTEGER", "value": "DOUBLE", "value_high": "DOUBLE", "value_norm": "DOUBLE",
              "estimated": "BOOLEAN"}


def _q(name: str) -> str:
    return f'"{name}"'


_SCHEMA = [
    f"CREATE TABLE IF NOT EXISTS reports ({', '.join(_q(c) + ' VARCHAR' for c in REPORT_FIELDS)}, PRIMARY KEY (report_id))",
    f"CREATE TABLE IF NOT EXISTS figures ({', '.join(_q(c) + ' ' + _SQL_TYPES.get(c, 'VARCHAR') for c in FIGURE_FIELDS)}, "
    'PRIMARY KEY (report_id, "start", "end"))',
    "CREATE TABLE IF NOT EXISTS flags (flag_id VARCHAR PRIMARY KEY, \"check\" VARCHAR, severity VARCHAR, message VARCHAR)",
    "CREATE TABLE IF NOT EXISTS flag_items (flag_id VARCHAR, seq INTEGER, report_id VARCHAR, \"start\" INTEGER, "
    '"end" INTEGER, surface VARCHAR, indicator VARCHAR, PRIMARY KEY (flag_id, seq))',
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
]


def _official_fields() -> tuple[str, ...]:
    from .reference import Official

    return tuple(f.name for f in fields(Official))


_OFFICIAL_TYPES = {"seq": "INTEGER", "value": "DOUBLE", "value_norm": "DOUBLE", "value_high": "DOUBLE"}

# every table in a fixed order, for reading back and for the fingerprint
_ORDER = {
    "reports": "report_id",
    "figures": 'report_id, "start", "end"',
    "flags": "flag_id",
    "flag_items": "flag_id, seq",
    "meta": "key",
    "official_figures": "source, seq",
}


class StoreError(RuntimeError):
    """The store cannot be opened or written (locked, another schema, not a database)."""


def content_hash(report: Report) -> str | None:
    return hashlib.sha256(report.text.encode("utf-8")).hexdigest() if report.status == "ok" else None


class Store:
    """An open store. Use as a context manager: ``with Store(path) as st: ...``."""

    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet (run `zhibiao run` first, or pass --db)")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: cannot open the store: {e}") from None
        if not read_only:
            self._create()
        self._check_version()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- schema ----------------------------------------------------------------

    def _create(self) -> None:
        with self.transaction():
            for statement in _SCHEMA:
                self.con.execute(statement)
            columns = ", ".join(_q(c) + " " + _OFFICIAL_TYPES.get(c, "VARCHAR") for c in _official_fields())
            self.con.execute(f"CREATE TABLE IF NOT EXISTS official_figures ({columns}, PRIMARY KEY (source, seq))")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            row = None
        if row is None or row[0] != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(f"{self.path}: store schema {found}, this zhibiao needs {SCHEMA_VERSION}: "
                             "remove the file or choose another --db")

    def transaction(self):
        return _Transaction(self.con)

    # --- writing ---------------------------------------------------------------

    def replace(self, extractions: Iterable[Extraction], flags: Iterable[Flag]) -> None:
        """Put the reports in, replacing their earlier rows, and set the store's flags, in one transaction.

        ``flags`` are the flags of the whole store after the replacement: the
        checks run over the new reports and ``history`` (see checks.run_checks).
        """
        extractions = list(extractions)
        ids = [ex.report.report_id for ex in extractions]
        hashes = [h for h in (content_hash(ex.report) for ex in extractions) if h]
        report_rows = [_report_row(ex.report) for ex in extractions]
        figure_rows = [astuple(f) for ex in extractions for f in ex.figures]
        flag_rows = [(f.flag_id, f.check, f.severity, f.message) for f in flags]
        item_rows = [(f.flag_id, i, *astuple(item)) for f in flags for i, item in enumerate(f.items)]
        with self.transaction():
            gone = self.con.execute(
                "SELECT report_id FROM reports WHERE list_contains(?, report_id) OR list_contains(?, content_hash)",
                [ids, hashes],
            ).fetchall()
            gone_ids = sorted({r[0] for r in gone} | set(ids))
            self.con.execute("DELETE FROM figures WHERE list_contains(?, report_id)", [gone_ids])
            self.con.execute("DELETE FROM reports WHERE list_contains(?, report_id)", [gone_ids])
            self.con.execute("DELETE FROM flag_items")
            self.con.execute("DELETE FROM flags")
            self._insert("reports", REPORT_FIELDS, report_rows)
            self._insert("figures", FIGURE_FIELDS, figure_rows)
            self._insert("flags", ("flag_id", "check", "severity", "message"), flag_rows)
            self._insert("flag_items", ("flag_id", "seq", *(f.name for f in fields(FlagItem))), item_rows)

    def replace_officials(self, officials: Iterable) -> None:
        """Put reference figures in (reference.Official), replacing every earlier row of their sources."""
        officials = list(officials)
        sources = sorted({o.source for o in officials})
        with self.transaction():
            self.con.execute("DELETE FROM official_figures WHERE list_contains(?, source)", [sources])
            self._insert("official_figures", _official_fields(), [astuple(o) for o in officials])

    def officials(self) -> list:
        """The stored reference figures (reference.Official), by source and place; none in an older store."""
        from .reference import Official

        try:
            rows = self.con.execute(f"SELECT {', '.join(map(_q, _official_fields()))} FROM official_figures "
                                    "ORDER BY source, seq").fetchall()
        except duckdb.CatalogException:  # a store written before reference figures, opened read-only
            return []
        return [Official(*row) for row in rows]

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        import pyarrow as pa

        data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        self.con.register("_incoming", data)
        try:
            cols = ", ".join(_q(c) for c in columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    # --- reading ---------------------------------------------------------------

    def extractions(self, *, excluding: Iterable[Extraction] = ()) -> list[Extraction]:
        """The stored reports with their figures (no sections or skipped numerals), as Extractions.

        Reports that ``excluding`` is about to replace (same id or same text) are left out:
        what is left is the history the new reports are checked against.
        """
        excluding = list(excluding)
        ids = {ex.report.report_id for ex in excluding}
        hashes = {h for h in (content_hash(ex.report) for ex in excluding) if h}
        reports = [
            Report(**{k: v for k, v in zip(REPORT_FIELDS, row) if k != "content_hash"} | {"text": row[-1] or ""})
            for row in self.con.execute(f"SELECT {', '.join(map(_q, REPORT_FIELDS))} FROM reports ORDER BY report_id")
            .fetchall()
            if row[0] not in ids and (row[1] is None or row[1] not in hashes)
        ]
        figures: dict[str, list[Figure]] = {}
        query = f"SELECT {', '.join(map(_q, FIGURE_FIELDS))} FROM figures ORDER BY {_ORDER['figures']}"
        for row in self.con.execute(query).fetchall():
            figures.setdefault(row[0], []).append(Figure(*row))
        return [Extraction(report=r, figures=tuple(figures.get(r.report_id, ()))) for r in reports]

    def flags(self) -> list[Flag]:
        items: dict[str, list[FlagItem]] = {}
        for row in self.con.execute(
            'SELECT flag_id, report_id, "start", "end", surface, indicator FROM flag_items ORDER BY flag_id, seq'
        ).fetchall():
            items.setdefault(row[0], []).append(FlagItem(*row[1:]))
        return [
            Flag(flag_id=fid, check=check, severity=sev, message=msg, items=tuple(items.get(fid, ())))
            for fid, check, sev, msg in self.con.execute(
                'SELECT flag_id, "check", severity, message FROM flags ORDER BY flag_id').fetchall()
        ]

    def unmatched_labels(self, limit: int = 30) -> list[tuple[str, str, int, int, str, str]]:
        """(comparison key, unit, figures, reports, an example label, an example report) for the figures no
        canonical indicator takes, most frequent first (a figure with no key counts under its label)."""
        return self.con.execute(
            """SELECT coalesce(compare_key, indicator) AS k, unit_norm, count(*) AS n,
                      count(DISTINCT report_id) AS reports, min(indicator), min(report_id)
               FROM figures WHERE indicator_id IS NULL
               GROUP BY k, unit_norm ORDER BY reports DESC, n DESC, k, unit_norm LIMIT ?""",
            [limit],
        ).fetchall()

    def indicator_counts(self) -> dict[str, tuple[int, int]]:
        """indicator_id -> (figures, reports) matched in the store."""
        rows = self.con.execute(
            "SELECT indicator_id, count(*), count(DISTINCT report_id) FROM figures "
            "WHERE indicator_id IS NOT NULL GROUP BY indicator_id").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _ORDER if self._has(t)}

    def _has(self, table: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                     [table]).fetchone()[0])

    def fingerprint(self) -> str:
        """sha256 of every row of every table in a fixed order: equal stores have equal fingerprints."""
        digest = hashlib.sha256()
        for table, order in _ORDER.items():
            if not self._has(table):
                continue
            digest.update(table.encode())
            for row in self.con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall():
                digest.update(repr(row).encode("utf-8"))
        return digest.hexdigest()


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.con.execute("COMMIT")
        else:
            self.con.execute("ROLLBACK")


def _report_row(r: Report) -> tuple:
    values = {"report_id": r.report_id, "content_hash": content_hash(r), "path": r.path, "title": r.title,
              "town": r.town, "period": r.period, "county": r.county, "encoding": r.encoding,
              "status": r.status, "message": r.message, "text": r.text}
    return tuple(values[c] for c in REPORT_FIELDS)
