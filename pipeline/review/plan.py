"""The plan of the review page: ids and cross references, worked out once before any HTML is written.

Every figure gets an id (``f<report>-<figure>``), every flag its figures' ids,
every indicator its place in the filter; and the few things each part of the
page reads of a figure (the dimension of its unit, the key it is grouped by).
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .. import periods, rules
from ..model import Extraction, Figure, Flag
from ..present import severity_name
from ..units import dimension as unit_dimension

DIMENSIONS = {  # dimension -> legend label (colours are in the CSS)
    "count": "计数", "money": "金额", "area": "面积", "length": "长度", "volume": "体积", "weight": "重量",
    "energy": "能源", "duration": "时长", "percent": "百分比", "ratio": "比率", "age": "年龄", "other": "其他",
}


class _Severities(Mapping):
    """severity -> the Chinese word for it (错误, 疑问, 提示: rules/checks.yaml), read when the page is drawn."""

    def __getitem__(self, key: str) -> str:
        if key not in ("error", "warning", "info"):
            raise KeyError(key)
        return severity_name(key)

    def __iter__(self) -> Iterator[str]:
        return iter(("error", "warning", "info"))

    def __len__(self) -> int:
        return 3


SEVERITIES = _Severities()


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def dimension(f: Figure) -> str:
    try:
        dim = unit_dimension(f.unit) or unit_dimension(f.unit_norm) or "other"
    except rules.RuleError:  # the page still renders, with every figure as 'other'
        return "other"
    return dim if dim in DIMENSIONS else "other"


def indicator_key(f: Figure) -> tuple[str, str]:
    """(key, label) to group figures by: the canonical indicator once normalised, else the raw label."""
    if f.indicator_id:
        return f"id:{f.indicator_id}", f.indicator_name or f.indicator_id
    return f"raw:{f.indicator}", f.indicator or "（无标签）"


def report_label(ex: Extraction) -> str:
    r = ex.report
    return " ".join(x for x in (r.town or r.report_id, periods.label(r.period) if r.period else None) if x)


@dataclass
class Page:
    """Ids and cross references, worked out once before any HTML is written."""

    extractions: list[Extraction]
    flags: list[Flag]
    fig_ids: list[list[str]] = field(default_factory=list)  # per report, per figure (in the report's order)
    by_place: dict[tuple[str, int, int], str] = field(default_factory=dict)  # (report_id, start, end) -> figure id
    fig_flags: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    indicators: list[tuple[str, str, int]] = field(default_factory=list)  # key, label, count
    indicator_index: dict[str, int] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # report_id -> "白石镇 2024H2"


def plan(extractions: Sequence[Extraction], flags: Sequence[Flag]) -> Page:
    order = {"error": 0, "warning": 1, "info": 2}
    page = Page(list(extractions), sorted(flags, key=lambda g: order.get(g.severity, 3)))
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for ri, ex in enumerate(page.extractions):
        ids = []
        for fi, f in enumerate(ex.figures):
            gid = f"f{ri}-{fi}"
            ids.append(gid)
            page.by_place.setdefault((ex.report.report_id, f.start, f.end), gid)
            key, label = indicator_key(f)
            counts[key] += 1
            labels.setdefault(key, label)
        page.fig_ids.append(ids)
    page.indicators = [(k, labels[k], n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], labels[kv[0]]))]
    page.indicator_index = {k: i for i, (k, _, _) in enumerate(page.indicators)}
    for k, flag in enumerate(page.flags):
        for item in flag.items:
            gid = page.by_place.get((item.report_id, item.start, item.end))
            if gid is not None and k not in page.fig_flags[gid]:
                page.fig_flags[gid].append(k)
    page.checks = sorted({g.check for g in page.flags})
    page.labels = {ex.report.report_id: report_label(ex) for ex in page.extractions}
    return page

