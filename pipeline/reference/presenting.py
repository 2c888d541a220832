"""The comparisons shown: flags of ``report_vs_official`` for the figures that differ, and the official
figures beside a pivot's cells (the 统计数 columns and comments of the workbook, the lines of a terminal).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from .. import normalize, periods
from ..model import Flag, FlagItem
from ..present import brief
from .comparing import Comparison, _alike, _index, _official_label
from .official import CHECK, DIFFER, TABLE, Official, _check, area_key, is_rate


def show(value: float, unit: str) -> str:
    """A value for a message, in the scale a reader expects: 1260582亿元, 5.2%."""
    return brief(value, unit)


def show_gap(cmp: Comparison) -> str:
    unit = cmp.official.unit_norm
    if is_rate(unit):
        return f"{abs(cmp.gap):.2f}".rstrip("0").rstrip(".") + ("个百分点" if unit == "%" else unit)
    share = cmp.gap_share
    text = show(abs(cmp.gap), unit)
    return f"{text}（{abs(share) * 100:.1f}%）" if share is not None else text


def flags(comparisons: Iterable[Comparison]) -> list[Flag]:
    """One flag for every report figure that differs from the official one."""
    c = _check()
    if c is None:
        return []
    out = []
    template = c.rule.messages.get("") or next(iter(c.rule.messages.values()))
    scalars = {k: v for k, v in c.rule.params.data.items() if isinstance(v, (int, float, str))}
    for cmp in comparisons:
        if cmp.result != DIFFER:
            continue
        f, o, r = cmp.figure, cmp.official, cmp.report
        key = f"{CHECK}|{r.report_id}:{f.start}-{f.end}|{o.source}:{o.seq}"
        fields = {
            "label": f.indicator_name or f.indicator, "reported": f.surface, "official": o.surface,
            "report": r.report_id, "source": f"{o.source}（{o.kind}）", "period": periods.label(cmp.period),
            "gap": show_gap(cmp), "sentence": f.sentence.strip(), "official_sentence": o.sentence.strip(),
            "note": cmp.note,
        }
        out.append(Flag(
            flag_id="F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10], check=CHECK,
            severity=cmp.severity or c.rule.severity, message=template.format_map({**scalars, **fields}),
            items=(FlagItem(r.report_id, f.start, f.end, f.surface, f.indicator),)))
    return out



@dataclass(frozen=True)
class Beside:
    """统计数 for the cells of a pivot (对比): per (row, column) the official figure and, where the
    report has a figure there, its comparison; rows only the official figures have come last."""

    columns: frozenset[str]  # the pivot's columns that have at least one official figure
    cells: dict[tuple[tuple[str, str], str], tuple[Official, Comparison | None]]
    extra_rows: tuple[tuple[str, str], ...]


def beside(p, officials: Iterable[Official], comparisons: Iterable[Comparison], *, period: str | None = None,
           town: str | None = None) -> Beside:
    """The official figures beside a pivot's cells: towns of ``period`` (pivot.by_town), or ``town``'s periods
    (pivot.by_period)."""
    index = _index(officials)
    by_figure = {(c.report.report_id, c.figure.start, c.figure.end): c for c in comparisons}
    lexicon = normalize.lexicon()
    cells: dict = {}
    rows = set(p.rows)
    extra: set = set()
    for column in p.columns:
        area, when = (area_key(town), column) if town else (area_key(column), period)
        keys = {k for k in index if k[0] == area and k[1] == when}
        for key in sorted({(k[2], k[3]) for k in keys} | {r for r in rows}):
            cell = p.cells.get((key, column))
            cmp = by_figure.get((cell.report_id, cell.figure.start, cell.figure.end)) if cell else None
            if cmp is not None:
                cells[(key, column)] = (cmp.official, cmp)
                continue
            candidates = index.get((area, when, *key), ())
            ind = lexicon.by_id.get(key[0])
            name = ind.name if ind else key[0]
            alike = [o for o in candidates if o.kind == TABLE or _alike(name, _official_label(o)) >= 1.0]
            if alike:
                cells[(key, column)] = (alike[0], None)
                if key not in rows:
                    extra.add(key)
    order = {ind.id: ind.order for ind in lexicon.indicators}
    return Beside(frozenset(c for _, c in cells), cells,
                  tuple(sorted(extra, key=lambda k: (order.get(k[0], 10**6), k))))


def comment(o: Official, cmp: Comparison | None) -> str:
    """A cell comment on an official figure: its source, its text and the result of the comparison."""
    c = _check()
    status = c.notes.get(o.status, "") if c and o.status else ""
    lines = [f"统计数：{o.surface}{status}", f"来源：{o.source}（{o.kind}）", f"原文：{o.sentence.strip()}"]
    if cmp is not None:
        lines.append(f"核对：{cmp.result}" + (f"，相差{show_gap(cmp)}" if cmp.result == DIFFER else "")
                     + (f"；{cmp.note}" if cmp.note else ""))
    return "\n".join(lines)


def render_text(p, b: Beside) -> str:
    """The official figures beside a pivot, for a terminal: one line per cell that has one."""
    lines = ["", "统计数对照（报告数 / 统计数 / 差异 / 核对）"]
    for key in [*p.rows, *b.extra_rows]:
        for column in p.columns:
            o, cmp = b.cells.get((key, column), (None, None))
            if o is None:
                continue
            cell = p.cells.get((key, column))
            reported = show(cell.value, key[1]) if cell else "—"
            result = cmp.result if cmp else ("未核对" if cell else "报告未提及")
            gap = show_gap(cmp) if cmp and cmp.result == DIFFER else ""
            lines.append(f"{p.row_name(key)}  {column}  {reported} / {show(o.value_norm, o.unit_norm)} / {gap or '—'} / "
                         f"{result}  （{o.source}）")
    return "\n".join(lines) + "\n"
