"""The store: an embedded DuckDB database that accumulates every run's reports, figures and flags.

Tables
  reports     one row per report: report_id (key), content_hash (sha256 of the
              text without its white space), path, title, town, period, county, encoding,
              status, message, text, source (the file's absolute path), received (the order
              reports came in)
  figures     one row per figure, every column of model.Figure, keyed by
              (report_id, start, end)
  flags       one row per flag: flag_id (key), check, severity, message, status and note
              (the analyst's, from the corrections file: pipeline/corrections.py)
  flag_items  one row per figure a flag points at: flag_id, seq, report_id, start, end, surface, indicator
  official_figures  the reference figures (pipeline/reference/: a bureau's table, a 统计公报),
              one row per figure, every column of reference.Official, keyed by (source, seq);
              loading a source again replaces its rows
  meta        schema_version

A report is what it says, not its file name (``admit``): the same text again for the same town
and period (the same file, a copy under another name, a .docx beside its .txt) is stored once; the same file
(source path) re-extracted, or edited, replaces its own rows, with a notice when its text
changed; a different report whose file name gives an id already taken (five towns each
sending 2025年上半年工作总结.txt) is stored beside it under an id of its own. Nothing stored
is replaced by another file's report. Two different reports of one town and period are both
kept: pipeline/comparison.py says which one the comparison takes. A write is one
transaction: it happens whole or not at all. No timestamps are stored (``received`` counts
arrivals), so the same input leaves the same store.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import astuple, dataclass, field, fields
from pathlib import Path

import duckdb

from . import rules
from .model import Extraction, Figure, Flag, FlagItem, Report, evolve

SCHEMA_VERSION = "4"  # 2: figures have covered, measure, measure_of and compare_key; 3: estimated; 4: reports keyed
# by content (source, received), flags have the analyst's status and note

FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
REPORT_FIELDS = ("report_id", "content_hash", "path", "title", "town", "period", "county", "encoding", "status",
                 "message", "text", "source", "received")
FLAG_FIELDS = ("flag_id", "check", "severity", "message", "status", "note")

_SQL_TYPES = {"start": "INTEGER", "end": "INTEGER", "value": "DOUBLE", "value_high": "DOUBLE", "value_norm": "DOUBLE",
              "estimated": "BOOLEAN", "received": "INTEGER"}


def _q(name: str) -> str:
    return f'"{name}"'


_SCHEMA = [
    f"CREATE TABLE IF NOT EXISTS reports ({', '.join(_q(c) + ' ' + _SQL_TYPES.get(c, 'VARCHAR') for c in REPORT_FIELDS)}, "
    "PRIMARY KEY (report_id))",
    f"CREATE TABLE IF NOT EXISTS figures ({', '.join(_q(c) + ' ' + _SQL_TYPES.get(c, 'VARCHAR') for c in FIGURE_FIELDS)}, "
    'PRIMARY KEY (report_id, "start", "end"))',
    f"CREATE TABLE IF NOT EXISTS flags ({', '.join(_q(c) + ' VARCHAR' for c in FLAG_FIELDS)}, PRIMARY KEY (flag_id))",
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


_SPACE = re.compile(r"\s+")


def content_hash(report: Report) -> str | None:
    """sha256 of the text without its white space: the same report read from a .docx and from its .txt
    (whose lines break elsewhere) has one hash. None for a report not read."""
    if report.status != "ok":
        return None
    return hashlib.sha256(_SPACE.sub("", report.text).encode("utf-8")).hexdigest()


def source_of(report: Report) -> str:
    """The report's file as an absolute path: what tells one file from another of the same name."""
    return os.path.abspath(report.path) if report.path else ""


@dataclass(frozen=True)
class Admitted:
    """What a batch brings to the store (``Store.admit``): the reports to store, their ids and arrival
    order settled, and a notice in Chinese for each report not stored or stored otherwise than given."""

    new: list[Extraction]
    notices: list[str] = field(default_factory=list)


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
        """What of ``extractions`` goes into the store, and how (reads only; see the module's docstring).

        A report whose text (white space aside), town and period are stored under another id, or came
        earlier in the batch, is not stored again (the same text given to another town or period by a
        manifest is another report). A report of a stored id and the same file replaces it (keeping its
        place in the order received; a notice when its text changed); of a stored id but another file,
        it gets a free id (id-2, id-3 …). Every other report comes in after those stored."""
        extractions = list(extractions)
        rows = self.con.execute(
            "SELECT report_id, coalesce(source, ''), content_hash, received, town, period FROM reports").fetchall()
        stored = {rid: (src, h, n) for rid, src, h, n, _, _ in rows}
        by_hash = {(h, town, period): rid for rid, _, h, _, town, period in rows if h}
        taken = {rid.casefold() for rid in stored}
        taken |= {ex.report.report_id.casefold() for ex in extractions}
        arrived = max((n or 0 for _, _, n in stored.values()), default=0)
        same_text = rules.model("store").duplicates.same_text
        new: list[Extraction] = []
        notices: list[str] = []
        for ex in extractions:
            r = ex.report
            h, src = content_hash(r), source_of(r)
            earlier = by_hash.get((h, r.town, r.period)) if h else None
            if earlier is not None and (earlier != r.report_id or stored[earlier][0] not in (src, "")):
                notices.append(f"{r.path}：" + same_text.format(other=earlier))
                continue
            if r.report_id in stored and stored[r.report_id][0] in (src, ""):
                _, old_hash, received = stored[r.report_id]
                if h and old_hash and old_hash != h:
                    notices.append(f"{r.path}：文件内容有变，库中的报告 {r.report_id} 已换成新内容")
            else:
                if r.report_id in stored:  # another file's report under a taken id: stored beside it
                    rid = _free_id(r.report_id, taken)
                    notices.append(f"{r.path}：编号 {r.report_id} 已属于库中另一文件（{stored[r.report_id][0]}），"
                                   f"本报告以 {rid} 入库")
                    ex = _renamed(ex, rid)
                    taken.add(rid.casefold())
                arrived += 1
                received = arrived
            ex = Extraction(report=evolve(ex.report, received=received), sections=ex.sections, figures=ex.figures,
                            skipped=ex.skipped, sentences=ex.sentences)
            if h:
                by_hash[(h, r.town, r.period)] = ex.report.report_id
            stored[ex.report.report_id] = (src, h, received)
            new.append(ex)
        return Admitted(new, notices)

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

        Reports that ``excluding`` is about to replace (the same id: see ``admit``) are left out:
        what is left is the history the new reports are checked against.
        """
        ids = {ex.report.report_id for ex in excluding}
        kept = [c for c in REPORT_FIELDS if c not in ("content_hash", "source")]
        reports = [
            Report(**dict(zip(kept, row)) | {"text": row[kept.index("text")] or "", "received": row[-1] or 0})
            for row in self.con.execute(f"SELECT {', '.join(map(_q, kept))} FROM reports ORDER BY report_id").fetchall()
            if row[0] not in ids
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
            Flag(flag_id=fid, check=check, severity=sev, message=msg, items=tuple(items.get(fid, ())),
                 status=status or "", note=note or "")
            for fid, check, sev, msg, status, note in self.con.execute(
                f"SELECT {', '.join(map(_q, FLAG_FIELDS))} FROM flags ORDER BY flag_id").fetchall()
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
              "status": r.status, "message": r.message, "text": r.text, "source": source_of(r),
              "received": r.received}
    return tuple(values[c] for c in REPORT_FIELDS)


def _free_id(report_id: str, taken: set[str]) -> str:
    n = 2
    while f"{report_id}-{n}".casefold() in taken:
        n += 1
    return f"{report_id}-{n}"


def _renamed(ex: Extraction, report_id: str) -> Extraction:
    """The extraction under another report id (its figures and skipped numerals too)."""
    return Extraction(report=evolve(ex.report, report_id=report_id), sections=ex.sections,
                      figures=tuple(evolve(f, report_id=report_id) for f in ex.figures),
                      skipped=tuple(evolve(s, report_id=report_id) for s in ex.skipped), sentences=ex.sentences)


# --------------------------------------------------------------------------- the last run's store


def _state_file() -> Path:
    """Where `zhibiao run` notes the store it wrote: $ZHIBIAO_STATE_DIR, else $XDG_STATE_HOME/zhibiao,
    else ~/.local/state/zhibiao; the file last_store."""
    folder = os.environ.get("ZHIBIAO_STATE_DIR") or os.path.join(
        os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state"), "zhibiao")
    return Path(folder) / "last_store"


def remember(path: Path) -> None:
    """Note ``path`` as the last run's store (for compare and indicators without --db); a note that
    cannot be written is no error (it only spares typing --db)."""
    state = _state_file()
    try:
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text(os.path.abspath(path) + "\n", encoding="utf-8")
    except OSError:
        pass


def last_used() -> Path | None:
    """The store the last `zhibiao run` wrote, if it is still there."""
    try:
        path = Path(_state_file().read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return None
    return path if path.is_file() else None


def describe(st: Store) -> str:
    """Which store is read, in one Chinese line: its path, reports, towns and periods."""
    from . import periods

    rows = st.con.execute("SELECT DISTINCT town, period FROM reports WHERE status = 'ok'").fetchall()
    towns = sorted({t for t, _ in rows if t})
    spans = sorted({p for _, p in rows if p}, key=periods.sort_key)
    n = st.con.execute("SELECT count(*) FROM reports").fetchone()[0]
    shown = "、".join(towns[:12]) + (f" 等{len(towns)}个" if len(towns) > 12 else "")
    return (f"读取库 {st.path}：{n} 份报告；乡镇：{shown or '无'}；"
            f"期间：{'、'.join(periods.label(p) for p in spans) or '无'}")
