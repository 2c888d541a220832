"""After extraction: check the reports against each other and the store, store them, write flags.csv and the workbook.

    extractions (normalized) ─┬─> checks.run_checks(batch, history from the store) ─> flags
                              ├─> reference.compare(all reports, stored official figures) ─> comparisons
                              │     (核对 sheet) and their flags (report_vs_official)
                              ├─> store.replace(batch, flags)          one transaction
                              ├─> OUT/flags.csv, flags.parquet         flags that touch this batch
                              └─> OUT/indicators.xlsx                  the whole store: pivots, figures, flags, reports
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import checks, export, reference, store, workbook
from .model import Extraction, Flag


@dataclass(frozen=True)
class Published:
    flags: list[Flag]  # every flag of the store
    batch_flags: list[Flag]  # the flags that involve a report of this batch (flags.csv)
    n_reports: int  # reports in the store
    n_figures: int
    n_mapped: int  # figures with a canonical indicator
    paths: dict[str, Path]
    comparisons: list[reference.Comparison] = field(default_factory=list)  # report figures beside official ones


def publish(extractions: list[Extraction], out: Path, db: Path,
            officials: list[reference.Official] | None = None, money: str | None = None) -> Published:
    """Store the batch (replacing earlier rows of the same reports), run every check, write the outputs.

    ``officials``: reference figures to store (replacing earlier ones of the same sources); the
    reports are compared with every stored one. ``money``: the unit the workbook shows money in (units.for_table)."""
    with store.Store(db) as st:
        if officials:
            st.replace_officials(officials)
        history = st.extractions(excluding=extractions)
        everything = sorted([*extractions, *history], key=lambda ex: ex.report.report_id)
        stored = st.officials()
        comparisons = reference.compare(everything, stored)
        flags = checks.run_checks(extractions, history=history) + reference.flags(comparisons)
        st.replace(extractions, flags)
    batch_flags = checks.touching(flags, (ex.report.report_id for ex in extractions))
    paths = {
        "flags": export.write_flags(batch_flags, everything, out),
        "workbook": workbook.write_workbook(everything, flags, out / "indicators.xlsx", comparisons, stored,
                                            money=money),
        "store": db,
    }
    figures = [f for ex in everything for f in ex.figures]
    return Published(
        flags=flags,
        batch_flags=batch_flags,
        n_reports=len(everything),
        n_figures=len(figures),
        n_mapped=sum(1 for f in figures if f.indicator_id),
        paths=paths,
        comparisons=comparisons,
    )
