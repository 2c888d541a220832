"""Loading a 统计公报 (any reference file that is not a table): read by the same engine as the reports
(ingest + extract); every result for the whole area and the communiqué's own period is an official figure.
"""

from __future__ import annotations

from pathlib import Path

from .. import batch
from ..model import Figure, Report
from .official import COMMUNIQUE, Loaded, Official, ReferenceError, _status


def _paragraph(text: str, start: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo : hi if hi >= 0 else len(text)]


def covered(f: Figure, report: Report) -> str | None:
    """The period a figure covers (set by the labels stage): the report's own unless the text says otherwise."""
    return f.covered or report.period


def _subject_and_label(f: Figure) -> str:
    """The label, with the subject a growth took from the figure before it (实际增长 -> 居民人均可支配收入实际增长)."""
    label = f.indicator or ""
    return label if not f.measure_of or f.measure_of in label else f.measure_of + label


def _load_communique(path: Path) -> Loaded:
    ex = batch.extract_one(path, path.stem)
    r = ex.report
    if r.status != "ok":
        raise ReferenceError(f"{path}: {r.message}")
    if not r.period:
        raise ReferenceError(f"{path}: no period read from the title (name the year in the file name: 2023年…统计公报.txt)")
    area = r.town or r.county or ""
    out = []
    for i, f in enumerate(sorted(ex.figures, key=lambda f: (f.start, f.end)), start=1):
        if f.kind != "actual" or f.entity or covered(f, r) != r.period or f.value_norm is None:
            continue
        out.append(Official(
            source=path.name, seq=i, kind=COMMUNIQUE, area=area, period=r.period, label=_subject_and_label(f),
            surface=f.surface, value=f.value, unit=f.unit, value_norm=f.value_norm, unit_norm=f.unit_norm or f.unit,
            indicator_id=f.indicator_id, indicator_name=f.indicator_name, approx=f.approx, value_high=f.value_high,
            status=_status(_paragraph(r.text, f.start)), sentence=f.sentence))
    return Loaded(out, [])
