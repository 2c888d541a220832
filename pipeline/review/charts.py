"""The comparison charts: the towns' values of the most reported indicators, side by side.

Only town-level actuals for the report's own period are compared. The figures
ringed in red are those the checks flagged as outliers across towns
(``outlier_across_towns``): the page shows the checks' flags, never a rule of its own.

Charts are drawn with matplotlib's object API (``Figure`` + ``savefig(format="svg")``),
imported lazily: like the Agg backend it never loads a GUI, and unlike
``matplotlib.use("Agg")`` it changes no global state of a program that imports
this module. Text in the SVG is kept as text (``svg.fonttype: none``, drawn in
the page's fonts) and is only periods, numbers and units (escaped by
matplotlib); town names and indicator labels are HTML around the chart.
"""

from __future__ import annotations

import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from .. import periods
from ..present import grouped, scaled
from ..units import for_table
from .plan import Page, esc, indicator_key

TOP_CHARTS = 4  # comparison charts for the most reported indicators (each up to 2 units)
OUTLIER_CHECK = "outlier_across_towns"  # the check whose flagged figures are ringed in red
TOWN_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)


@dataclass(frozen=True)
class _Point:
    town: str
    period: str
    value: float
    unit: str
    gid: str
    surface: str


def comparison_groups(page: Page) -> list[tuple[str, str, list[tuple[str, list[_Point]]]]]:
    """The most reported indicators: (key, label, [(unit, points)]), by the number of towns reporting them.

    Only town-level actuals for the report's own period are compared: no targets,
    no village figures (entity set), no figures about another period (scope_period set).
    """
    groups: dict[tuple[str, str], list[_Point]] = defaultdict(list)
    labels: dict[str, str] = {}
    for ri, ex in enumerate(page.extractions):
        r = ex.report
        if r.status != "ok":
            continue
        for fi, f in enumerate(ex.figures):
            if f.kind != "actual" or f.entity or f.scope_period:
                continue
            key, label = indicator_key(f)
            if key == "raw:":
                continue
            value, unit = (f.value_norm, f.unit_norm or f.unit) if f.value_norm is not None else (f.value, f.unit)
            if value is None or not math.isfinite(value):
                continue
            labels.setdefault(key, label)
            groups[(key, unit)].append(_Point(r.town or r.report_id, r.period or "?", value, unit, page.fig_ids[ri][fi],
                                              f.surface))
    by_key: dict[str, list[tuple[str, list[_Point]]]] = defaultdict(list)
    for (key, unit), points in groups.items():
        if len({p.town for p in points}) >= 2:
            by_key[key].append((unit, points))

    def reach(units: list[tuple[str, list[_Point]]]) -> tuple:
        towns = max(len({p.town for p in pts}) for _, pts in units)
        return (-towns, -sum(len(pts) for _, pts in units))

    ranked = sorted(by_key.items(), key=lambda kv: (*reach(kv[1]), labels[kv[0]]))[:TOP_CHARTS]
    out = []
    for key, units in ranked:
        units.sort(key=lambda up: (-len({p.town for p in up[1]}), up[0]))
        out.append((key, labels[key], units[:2]))
    return out


def flagged_outliers(page: Page) -> set[str]:
    """The ids of the figures the checks flagged as outliers across towns (``OUTLIER_CHECK``).

    The page draws the checks' verdict and has no rule of its own, so a red ring
    and a line of flags.csv cannot disagree.
    """
    return {gid for gid, ks in page.fig_flags.items() if any(page.flags[k].check == OUTLIER_CHECK for k in ks)}


def shown_unit(unit: str, points: list[_Point], money: str | None = None) -> tuple[str, float]:
    """The unit a chart and its heading show a group's values in (units.for_table: 元 in 万元, or 亿元), and its divisor."""
    return for_table(unit, [p.value for p in points], money)


def _svg_chart(units: list[tuple[str, list[_Point]]], colours: dict[str, str], salt: str, ring: set[str],
               money: str | None = None) -> str:
    """The towns' values per period, one panel per unit, the figures in ``ring`` ringed in red; SVG without the XML prolog."""
    import warnings

    import matplotlib
    from matplotlib.figure import Figure as MplFigure
    from matplotlib.ticker import FuncFormatter

    rc = {"svg.fonttype": "none", "svg.hashsalt": salt, "font.size": 10, "axes.spines.top": False,
          "axes.spines.right": False, "axes.edgecolor": "#888", "xtick.color": "#444", "ytick.color": "#444"}
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fig = MplFigure(figsize=(6.0, 2.4), layout="constrained")  # one size: the same type size in every chart
        axes = fig.subplots(1, len(units), squeeze=False)[0]
        for ax, (unit, points) in zip(axes, units):
            columns = sorted({p.period for p in points}, key=periods.sort_key)
            towns = sorted({p.town for p in points})
            shown, scale = shown_unit(unit, points, money)
            for town in towns:
                mine = [p for p in points if p.town == town]
                shift = (towns.index(town) - (len(towns) - 1) / 2) * (0.5 / max(1, len(towns)))
                xs = [columns.index(p.period) + shift for p in mine]
                ys = [p.value / scale for p in mine]
                dots = ax.scatter(xs, ys, s=46, color=colours[town], zorder=3, edgecolors="white", linewidths=0.6)
                dots.set_urls([f"#{p.gid}" for p in mine])
                out = [(x, y) for p, x, y in zip(mine, xs, ys) if p.gid in ring]
                if out:
                    ax.scatter([x for x, _ in out], [y for _, y in out], s=150, facecolors="none", edgecolors="#d62728",
                               linewidths=1.6, zorder=4)
            ax.set_xticks(range(len(columns)), [periods.label(c) for c in columns])
            ax.set_xlim(-0.6, len(columns) - 0.4)
            ax.set_ylim(bottom=min(0, *(p.value / scale for p in points)))
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.10g}"))
            ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_title(shown, fontsize=10, loc="left", color="#444")
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # coordinates to 1/100 pt: a third smaller, the same picture (text is left as drawn)
    svg = re.sub(r'( (?:d|transform|x|y|width|height)=")([^"]*)"',
                 lambda m: m.group(1) + re.sub(r"(\d\.\d\d)\d+", r"\1", m.group(2)) + '"', svg)
    svg = re.sub(r'^<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 class="chart"', svg, count=1)
    svg = svg.replace(' target="_blank"', "")  # a dot links to its figure on this page, not in a new window
    svg = re.sub(r'<g id="[^"]*"', "<g", svg)  # figure_1, axes_1, ... would repeat in every chart
    svg = re.sub(r"font-family: [^;\"]*", "font-family: inherit", svg)  # the page's fonts
    return re.sub(r"\n\s*", "\n", svg)


def comparison(page: Page, money: str | None = None) -> str:
    groups = comparison_groups(page)
    if not groups:
        return '<p class="muted">没有两个以上镇共同报告的指标，无法对比。</p>'
    towns = sorted({p.town for _, _, units in groups for _, pts in units for p in pts})
    colours = {t: TOWN_COLOURS[i % len(TOWN_COLOURS)] for i, t in enumerate(towns)}
    ring = flagged_outliers(page)
    legend = "".join(f'<span><i style="background:{colours[t]}"></i>{esc(t)}</span>' for t in towns)
    cards = []
    for n, (_, label, units) in enumerate(groups):
        svg = _svg_chart(units, colours, f"zb{n}", ring, money)
        rows = []
        shown = []
        for unit, points in units:
            in_unit, divisor = shown_unit(unit, points, money)
            shown.append(in_unit)
            for p in sorted(points, key=lambda p: (periods.sort_key(p.period), p.town)):
                mark = ' <b class="out">偏离</b>' if p.gid in ring else ""
                rows.append(f'<tr><td>{esc(p.town)}</td><td>{esc(periods.label(p.period))}</td>'
                            f'<td class="n">{grouped(scaled(p.value, divisor), places=4)}</td>'
                            f'<td>{esc(in_unit)}</td><td><a href="#{p.gid}">{esc(p.surface)}</a>{mark}</td></tr>')
        unit_text = "、".join(esc(u) for u in shown)
        cards.append(
            f'<div class="chartcard"><h3>{esc(label)} <small>（{unit_text}）</small></h3>{svg}'
            '<details><summary>数值表</summary><table class="vals"><thead><tr><th>镇</th><th>期间</th><th class="n">数值</th>'
            '<th>单位</th><th>原文</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></details></div>"
        )
    return (f'<p class="muted">每个点是一个镇在该期间报告的数值（只取全镇口径、实际完成、报告期内的数字）；'
            f'红圈：检查标出的明显偏离（{OUTLIER_CHECK}，见问题清单）。点击圆点跳到原文。</p>'
            f'<div class="towns">{legend}</div><div class="charts">{"".join(cards)}</div>')


