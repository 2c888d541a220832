"""After extraction: check the reports against each other and the store, store them, write flags.csv and the workbook.

    extractions (normalized) ─┬─> checks.run_checks(batch, history from the store) ─> flags
                              ├─> store.replace(batch, flags)          one transaction
                              ├─> OUT/flags.csv, flags.parquet         flags that touch this batch
                              └─> OUT/indicators.xlsx                  the whole store: pivots, figures, flags, reports
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import checks, export, store, workbook
from .model import Extraction, Flag


@dataclass(frozen=True)
class Published:
    flags: list[Flag]  # every flag of the store
    batch_flags: list[Flag]  # the flags that involve a report of this batch (flags.csv)
    n_reports: int  # reports in the store
    n_figures: int
    n_mapped: int  # figures with a canonical indicator
    paths: dict[str, Path]


def publish(extractions: list[Extraction], out: Path, db: Path) -> Published:
    """Store the batch (replacing earlier rows of the same reports), run every check, write the outputs."""
    with store.Store(db) as st:
        history = st.extractions(excluding=extractions)
        flags = checks.run_checks(extractions, history=history)
        st.replace(extractions, flags)
    everything = sorted([*extractions, *history], key=lambda ex: ex.report.report_id)
    batch_flags = checks.touching(flags, (ex.report.report_id for ex in extractions))
    paths = {
        "flags": export.write_flags(batch_flags, everything, out),
        "workbook": workbook.write_workbook(everything, flags, out / "indicators.xlsx"),
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
    )
