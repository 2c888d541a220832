"""An open store (``Store``): opening and checking the DuckDB file, writing a batch, its flags and the
official figures in one transaction each, and reading them back in a fixed order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import astuple, fields
from pathlib import Path

import duckdb

from ..model import Extraction, Figure, Flag, FlagItem, Report
from .admission import Admitted, admit, content_hash, source_of
from .tables import FIGURE_FIELDS, FLAG_FIELDS, OFFICIAL_TYPES, ORDER, REPORT_FIELDS, SCHEMA, SCHEMA_VERSION, official_fields, q


class StoreError(RuntimeError):
    """The store cannot be opened or written (locked, another schema, not a database)."""


class Store:
    """An open store. Use as a context manager: ``with Store(path) as st: ...``."""

    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}：这里还没有库（no store here yet）：请先运行 zhibiao run，或用 --db 指定库")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            detail = " ".join(str(e).split())[:200]
            raise StoreError(f"{self.path}：无法打开库（另一个程序正在写它，或它不是 zhibiao 的库）："
                             f"cannot open the store: {detail}") from None
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
            for statement in SCHEMA:
                self.con.execute(statement)
            columns = ", ".join(q(c) + " " + OFFICIAL_TYPES.get(c, "VARCHAR") for c in official_fields())
            self.con.execute(f"CREATE TABLE IF NOT EXISTS official_figures ({columns}, PRIMARY KEY (source, seq))")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            row = None
        if row is None or row[0] != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(f"{self.path}：库的结构版本为 {found}，本版 zhibiao 需要 {SCHEMA_VERSION}"
                             f"（store schema {found}, this zhibiao needs {SCHEMA_VERSION}）："
                             "请删除该文件后重新运行，或用 --db 另选一个库")

    def transaction(self):
        return _Transaction(self.con)

    # --- writing ---------------------------------------------------------------

    def note(self, key: str, value: str | None = None) -> str | None:
        """A value kept in the meta table (``value`` given: set it first)."""
        if value is not None:
            self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def sources(self) -> dict[str, str]:
        """report_id -> the absolute path of its file: the ids a new batch must not take for other files."""
        return dict(self.con.execute("SELECT report_id, coalesce(source, '') FROM reports").fetchall())

    def admit(self, extractions: Iterable[Extraction]) -> Admitted:
        """What of ``extractions`` goes into the store, and how (reads only: see admission.admit)."""
        rows = self.con.execute(
            "SELECT report_id, coalesce(source, ''), content_hash, received, town, period FROM reports").fetchall()
        return admit(rows, extractions)

    def replace(self, extractions: Iterable[Extraction], flags: Iterable[Flag]) -> Admitted:
        """Put the reports in as ``admit`` says, replacing the rows of the reports they replace, and set
        the store's flags, in one transaction; what was admitted is returned.

        ``flags`` are the flags of the whole store after the replacement: the
        checks run over the new reports and ``history`` (see checks.run_checks).
        """
        admitted = self.admit(list(extractions))
        extractions = admitted.new
        ids = [ex.report.report_id for ex in extractions]
        report_rows = [_report_row(ex.report) for ex in extractions]
        figure_rows = [astuple(f) for ex in extractions for f in ex.figures]
        flag_rows = [tuple(getattr(f, c) for c in FLAG_FIELDS) for f in flags]
        item_rows = [(f.flag_id, i, *astuple(item)) for f in flags for i, item in enumerate(f.items)]
        with self.transaction():
            self.con.execute("DELETE FROM figures WHERE list_contains(?, report_id)", [ids])
            self.con.execute("DELETE FROM reports WHERE list_contains(?, report_id)", [ids])
            self.con.execute("DELETE FROM flag_items")
            self.con.execute("DELETE FROM flags")
            self._insert("reports", REPORT_FIELDS, report_rows)
            self._insert("figures", FIGURE_FIELDS, figure_rows)
            self._insert("flags", FLAG_FIELDS, flag_rows)
            self._insert("flag_items", ("flag_id", "seq", *(f.name for f in fields(FlagItem))), item_rows)
        return admitted

    def replace_officials(self, officials: Iterable) -> None:
        """Put reference figures in (reference.Official), replacing every earlier row of their sources."""
        officials = list(officials)
        sources = sorted({o.source for o in officials})
        with self.transaction():
            self.con.execute("DELETE FROM official_figures WHERE list_contains(?, source)", [sources])
            self._insert("official_figures", official_fields(), [astuple(o) for o in officials])

    def officials(self) -> list:
        """The stored reference figures (reference.Official), by source and place; none in an older store."""
        from ..reference import Official

        try:
            rows = self.con.execute(f"SELECT {', '.join(map(q, official_fields()))} FROM official_figures "
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
            cols = ", ".join(q(c) for c in columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    # --- reading ---------------------------------------------------------------

    def extractions(self, *, excluding: Iterable[Extraction] = ()) -> list[Extraction]:
        """The stored reports with their figures (no sections or skipped numerals), as Extractions.

        Reports that ``excluding`` is about to replace (the same id: see ``admit``) are left out:
        what is left is the history the new reports are checked against.
        """
        ids = {ex.report.report_id for ex in excluding}
        kept = [c for c in REPORT_FIELDS if c not in ("content_hash", "source")]
        reports = [
            Report(**dict(zip(kept, row)) | {"text": row[kept.index("text")] or "", "received": row[-1] or 0})
            for row in self.con.execute(f"SELECT {', '.join(map(q, kept))} FROM reports ORDER BY report_id").fetchall()
            if row[0] not in ids
        ]
        figures: dict[str, list[Figure]] = {}
        query = f"SELECT {', '.join(map(q, FIGURE_FIELDS))} FROM figures ORDER BY {ORDER['figures']}"
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
            Flag(flag_id=fid, check=check, severity=sev, message=msg, items=tuple(items.get(fid, ())),
                 status=status or "", note=note or "")
            for fid, check, sev, msg, status, note in self.con.execute(
                f"SELECT {', '.join(map(q, FLAG_FIELDS))} FROM flags ORDER BY flag_id").fetchall()
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
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ORDER if self._has(t)}

    def _has(self, table: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                     [table]).fetchone()[0])

    def fingerprint(self) -> str:
        """sha256 of every row of every table in a fixed order: equal stores have equal fingerprints."""
        digest = hashlib.sha256()
        for table, order in ORDER.items():
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
              "status": r.status, "message": r.message, "text": r.text, "source": source_of(r),
              "received": r.received}
    return tuple(values[c] for c in REPORT_FIELDS)
