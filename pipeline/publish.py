"""After extraction: check the reports against each other and the store, store them, write flags.csv and the workbook.

    extractions (normalized) ─┬─> store.admit: which reports come in, under which id (the same text is
                              │     stored once; another file's report of a taken id beside it)
                              ├─> corrections (OUT/核实.csv, the previous workbook's 疑点 notes) applied
                              ├─> comparison.choose_reports: one report a town and period (duplicates flagged)
                              ├─> checks.run_checks(batch, history from the store) ─> flags
                              ├─> reference.compare(the reports compared, stored official figures) ─> comparisons
                              │     (核对 sheet) and their flags (report_vs_official)
                              ├─> store.replace(batch, flags)          one transaction
                              ├─> OUT/flags.csv, flags.parquet         flags that touch this batch
                              └─> OUT/indicators.xlsx                  the whole store: pivots, figures, flags, reports
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import checks, comparison, corrections, export, periods, reference, roster, store, workbook
from .model import Extraction, Flag

_BOOK = "workbook_sha256"  # the meta key of the workbook the last run wrote
_ROSTER = "expected_towns"  # the meta key of the roster (JSON list)


def roster_of(st: store.Store) -> list[str]:
    """The roster the store keeps (the last --towns or manifest towns given to a run)."""
    return json.loads(st.note(_ROSTER) or "[]")


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class Published:
    flags: list[Flag]  # every flag of the store
    batch_flags: list[Flag]  # the flags that involve a report of this batch (flags.csv)
    n_reports: int  # reports in the store
    n_figures: int
    n_mapped: int  # figures with a canonical indicator
    paths: dict[str, Path]
    comparisons: list[reference.Comparison] = field(default_factory=list)  # report figures beside official ones
    notices: list[str] = field(default_factory=list)  # reports not stored or stored under another id, in Chinese
    duplicates: list[comparison.Choice] = field(default_factory=list)  # towns and periods with several reports
    missing: dict[str, list[str]] = field(default_factory=dict)  # period of the batch -> expected towns without a report
    expected_towns: list[str] = field(default_factory=list)  # the roster used (given, else the store's)
    problems: list[str] = field(default_factory=list)  # rows of the corrections file not understood or not applied

    @property
    def n_open(self) -> int:
        """Flags of this batch no analyst has closed (已核实, 误报)."""
        return sum(corrections.is_open(f) for f in self.batch_flags)


def publish(extractions: list[Extraction], out: Path, db: Path,
            officials: list[reference.Official] | None = None, expected_towns: Sequence[str] = (),
            corrections_file: Path | None = None, money: str | None = None) -> Published:
    """Store the batch (see store.admit), run every check, write the outputs.

    ``officials``: reference figures to store (replacing earlier ones of the same sources); the
    reports are compared with every stored one. ``expected_towns``: the roster (未报送 in 对比 and
    in ``missing``). ``corrections_file``: the analyst's (default 核实.csv beside the store; created
    with its header when missing, never written otherwise). ``money``: the unit the workbook shows money in
    (units.for_table)."""
    book = out / "indicators.xlsx"
    fixes_path = corrections_file or corrections.default_path(db)
    fixes = corrections.load(fixes_path)
    with store.Store(db) as st:
        # what an analyst typed into the 疑点 sheet, read before the workbook is rewritten; a workbook
        # as the last run wrote it (its sha256 noted in the store) holds nothing the store lacks
        typed = corrections.read_workbook(book) if _digest(book) not in (None, st.note(_BOOK)) else None
        if officials:
            st.replace_officials(officials)
        # the roster is kept in the store: a later run (and compare) without --towns expects the same towns
        expected_towns = list(expected_towns) or roster_of(st)
        admitted = st.admit(extractions)
        new = admitted.new
        history = st.extractions(excluding=new)
        # the notes of the last workbook, else (no workbook, or one without the columns) those the store kept
        kept = {} if typed is not None else {f.flag_id: corrections.Verdict(f.status, f.note)
                                             for f in st.flags() if f.status or f.note}
        everything = fixes.apply(sorted([*new, *history], key=lambda ex: ex.report.report_id))
        compared, duplicates = comparison.choose_reports(everything)
        new_ids = {ex.report.report_id for ex in new}
        stored = st.officials()
        comparisons = reference.compare(compared, stored)
        flags = (checks.run_checks([ex for ex in compared if ex.report.report_id in new_ids],
                                   history=[ex for ex in compared if ex.report.report_id not in new_ids])
                 + reference.flags(comparisons) + comparison.duplicate_flags(duplicates))
        flags = fixes.mark(flags, typed or {}, kept)
        st.replace(new, flags)
    if corrections_file is None:
        corrections.create(fixes_path)
    batch_flags = checks.touching(flags, new_ids)
    batch_periods = sorted({ex.report.period for ex in new if ex.report.period}, key=periods.sort_key)
    paths = {
        "flags": export.write_flags(batch_flags, everything, out),
        "workbook": workbook.write_workbook(everything, flags, book, comparisons, stored,
                                            expected_towns=expected_towns, money=money, corrected=fixes.applied),
        "store": db,
        "corrections": fixes_path,
    }
    with store.Store(db) as st:
        st.note(_BOOK, _digest(book))
        if expected_towns:
            st.note(_ROSTER, json.dumps(expected_towns, ensure_ascii=False))
    figures = [f for ex in everything for f in ex.figures]
    return Published(
        flags=flags,
        batch_flags=batch_flags,
        n_reports=len(everything),
        n_figures=len(figures),
        n_mapped=sum(1 for f in figures if f.indicator_id),
        paths=paths,
        comparisons=comparisons,
        notices=admitted.notices,
        duplicates=[c for c in duplicates if c.chosen.report.report_id in new_ids
                    or any(o.report.report_id in new_ids for o in c.others)],
        missing={p: m for p in batch_periods if (m := roster.missing(expected_towns, everything, p))},
        problems=fixes.problems,
        expected_towns=expected_towns,
    )
