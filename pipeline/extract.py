"""One report through every stage: sections, figures, labels, normalize. Pure: text in, records out."""

from __future__ import annotations

from . import audit, figures, labels, normalize, sections
from .model import Extraction, Report, Skipped


def extract_report(report: Report) -> Extraction:
    """All figures of one report, labelled and normalized (base unit, canonical indicator),
    the numerals that are not figures, and the report's sections and sentences."""
    if report.status != "ok":
        return Extraction(report=report)
    secs = sections.split_sections(report.text)
    sents = sections.split_sentences(report.text)
    found, skipped = figures.find(report.text)
    figs = labels.label_figures(report, found, secs, sents)
    rows = [Skipped(report.report_id, a, b, t, why) for a, b, t, why in skipped]
    # The audit's safety net: a numeral no rule accounted for is still listed, never dropped.
    missed = audit.unaccounted(report.text, figs, rows)
    rows += [Skipped(report.report_id, a, b, t, audit.UNACCOUNTED) for a, b, t in missed]
    return normalize.normalize(
        Extraction(
            report=report,
            sections=secs,
            figures=figs,
            skipped=tuple(sorted(rows, key=lambda s: (s.start, s.end)) if missed else rows),
            sentences=sents,
        )
    )
