"""The review page: every figure highlighted in its report's text, for an analyst to check.

``render_review(extractions, flags)`` turns the extractions and the checks' flags
into one self-contained HTML page (pure: no I/O, nothing printed);
``write_review`` writes it as ``<out>/review.html``. The page holds, per report,
the text with every figure marked in place (coloured by the dimension of its
unit, targets outlined dashed), the numerals that were not taken as figures in
faint grey, the sections as an outline, and the flags beside their figures;
then a report list with filters by indicator and by flag, a batch list of
flags, and charts comparing the towns on the most reported indicators.

Rendering: the marked-up text is built here from the records' offsets, not
with displaCy. displaCy's span renderer (``style="span"``) joins tokens with
spaces (``2024 年下半年`` -- wrong for Chinese, and no longer the stored text),
spends some 400 bytes of inline style on each span (30 KB of markup for a
2,300-character report), and its templates carry only the text and the label:
no id or data attribute for a click, nowhere to put a flag. Slicing
``report.text[start:end]`` gives the exact stored text; each slice and every
other string from a report goes through ``html.escape``; a figure costs one
short ``<mark>``.

Safety, in three layers: (1) every string that comes from a report or the
rules is escaped (text and attribute values alike); (2) the figures' details
travel as JSON in ``<script type="application/json">`` with ``<``, ``>`` and
``&`` written as ``\\u`` escapes, and the page's script puts them on screen with
``textContent`` only, never ``innerHTML``; (3) a Content-Security-Policy lets
only the page's own script run (by its sha256) and forbids every network
load, so even text that slipped past escaping could neither run nor call out.

Charts are drawn with matplotlib's object API (``Figure`` + ``savefig(format="svg")``),
imported lazily: like the Agg backend it never loads a GUI, and unlike
``matplotlib.use("Agg")`` it changes no global state of a program that imports
this module. Text in the SVG is kept as text (``svg.fonttype: none``, drawn in
the page's fonts) and is only periods, numbers and units (escaped by
matplotlib); town names and indicator labels are HTML around the chart.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import periods, rules
from .model import Extraction, Figure, Flag
from .present import grouped
from .units import dimension as unit_dimension

TOP_CHARTS = 4  # comparison charts for the most reported indicators (each up to 2 units)
OUTLIER_RATIO = 3.0  # a value this many times above or below its period's median is marked
TOWN_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)
DIMENSIONS = {  # dimension -> legend label (colours are in the CSS)
    "count": "计数", "money": "金额", "area": "面积", "length": "长度", "volume": "体积", "weight": "重量",
    "energy": "能源", "duration": "时长", "percent": "百分比", "ratio": "比率", "age": "年龄", "other": "其他",
}
SKIP_REASONS = {
    "date": "日期", "ordinal": "序号", "set_phrase": "固定说法", "identifier": "编号", "time_expression": "时间表述",
    "placeholder": "占位符", "vague": "约数不明", "no_unit": "无单位",
}
KINDS = {"actual": "实际完成", "target": "目标/计划"}
APPROX = {None: "否（确数）", "lower": "下限（余、多、以上）", "upper": "上限（不足、以内）", "about": "约数（约、左右）"}
SEVERITIES = {"error": "错误", "warning": "警告", "info": "提示"}
FIELDS = (  # the details of a figure, in the order the page's script reads them
    "原文", "数值", "单位", "规范值", "指标（原文）", "规范指标", "主体", "期间", "类型", "约数",
    "章节", "规则 · 位置", "报告",
)
BRIEF = (1, 2, 3, 4, 5, 6, 7, 8, 9)  # the fields a hover shows


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _json_for_script(data: object) -> str:
    """JSON that cannot end the <script> element it sits in, nor start a comment or CDATA."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@rules.cached
def _skip_categories() -> dict[str, str]:
    """Exclusion rule id -> its reason (date, ordinal, ...)."""
    try:
        from .figures import figure_rules

        return {x.id: x.reason for x in figure_rules().exclusions}
    except Exception:
        return {}


def dimension(f: Figure) -> str:
    try:
        dim = unit_dimension(f.unit) or unit_dimension(f.unit_norm) or "other"
    except rules.RuleError:  # the page still renders, with every figure as 'other'
        return "other"
    return dim if dim in DIMENSIONS else "other"


def _skip_label(reason: str) -> str:
    category = _skip_categories().get(reason, reason)
    return f"未计为数字：{SKIP_REASONS.get(category, category)}（{reason}）"


def indicator_key(f: Figure) -> tuple[str, str]:
    """(key, label) to group figures by: the canonical indicator once normalised, else the raw label."""
    if f.indicator_id:
        return f"id:{f.indicator_id}", f.indicator_name or f.indicator_id
    return f"raw:{f.indicator}", f.indicator or "（无标签）"


def _period_cell(f: Figure, report_period: str | None) -> str:
    """The period a figure covers, in Chinese: 2025年上半年（报告期）, 2025年（写作“全年”）."""
    covered = f.covered or (None if f.scope_period else report_period)
    if covered is None:
        return f.scope_period or ""
    if covered == report_period:
        return f"{periods.label(covered)}（报告期）"
    return periods.label(covered) + (f"（写作“{f.scope_period}”）" if f.scope_period else "")


def _report_label(ex: Extraction) -> str:
    r = ex.report
    return " ".join(x for x in (r.town or r.report_id, r.period) if x)


# ---------------------------------------------------------------- the marked-up text


@dataclass
class _Page:
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


def _plan(extractions: Sequence[Extraction], flags: Sequence[Flag]) -> _Page:
    order = {"error": 0, "warning": 1, "info": 2}
    page = _Page(list(extractions), sorted(flags, key=lambda g: order.get(g.severity, 3)))
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
    page.labels = {ex.report.report_id: _report_label(ex) for ex in page.extractions}
    return page


def _marked_text(page: _Page, ri: int) -> str:
    """The report text, escaped, with figures, skipped numerals, headings and flag badges marked in place."""
    ex = page.extractions[ri]
    text = ex.report.text
    n = len(text)
    # figures win over skipped numerals; neither may overlap another (clip if a rule ever lets them)
    inline: list[tuple[int, int, str, object]] = []  # start, end, kind, record/id
    for fi, f in sorted(enumerate(ex.figures), key=lambda p: (p[1].start, p[1].end)):
        inline.append((max(0, min(f.start, n)), max(0, min(f.end, n)), "f", (fi, f)))
    taken = sorted((a, b) for a, b, _, _ in inline)
    for s in ex.skipped:
        if 0 <= s.start < s.end <= n and not any(a < s.end and s.start < b for a, b in taken):
            inline.append((s.start, s.end, "s", s))
    inline.sort(key=lambda t: (t[0], t[1]))
    clipped = []
    last_end = 0
    for a, b, kind, rec in inline:
        a = max(a, last_end)
        b = max(a, b)
        clipped.append((a, b, kind, rec))
        last_end = b
    # headings: grown so that no inline mark straddles their ends, and kept apart from each other
    heads = []
    last_end = 0
    for si, sec in sorted(enumerate(ex.sections), key=lambda p: p[1].start):
        a, b = max(sec.start, last_end), min(n, sec.start + len(sec.title))
        for s, e, _, _ in clipped:
            if s < a < e:
                a = s
            if s < b < e:
                b = e
        a = max(a, last_end)
        if b > a:
            heads.append((a, b, si, sec))
            last_end = b

    seen_in_report: set[int] = set()
    events: list[tuple[int, int, int, str]] = []  # pos, rank, seq, html
    for seq, (a, b, kind, rec) in enumerate(clipped):
        if kind == "s":
            events.append((a, 3, seq, f'<span class="sk" data-r="{_e(rec.reason)}">'))
            events.append((b, 0, seq, "</span>"))
            continue
        fi, f = rec
        gid = page.fig_ids[ri][fi]
        classes = ["f", f"d-{dimension(f)}"]
        if f.kind == "target":
            classes.append("tg")
        if a == b:
            classes.append("empty")
        ind = page.indicator_index[indicator_key(f)[0]]
        opened = f'<mark class="{" ".join(classes)}" id="{gid}" data-i="{ind}">'
        badges = []
        for k in page.fig_flags.get(gid, []):
            flag = page.flags[k]
            sev = flag.severity if flag.severity in SEVERITIES else "info"
            if k in seen_in_report:  # the message once per report, at the flag's first figure; then only its number
                badges.append(f'<span class="fb sv-{sev}" data-g="{k}" title="{_e(flag.message)}">⚑{k + 1}</span>')
            else:
                badges.append(f'<span class="fb note sv-{sev}" data-g="{k}">⚑{k + 1} {_e(flag.message)}</span>')
            seen_in_report.add(k)
        if a == b:  # a figure swallowed by an overlapping one: keep its mark, so it can still be found and counted
            events.append((a, 4, seq, opened + "</mark>" + "".join(badges)))
        else:
            events.append((a, 3, seq, opened))
            events.append((b, 0, seq, "</mark>" + "".join(badges)))
    for a, b, si, sec in heads:
        events.append((a, 2, -1, f'<span class="h h{min(sec.level, 3)}" id="r{ri}-s{si}">'))
        events.append((b, 1, -1, "</span>"))
    events.sort(key=lambda ev: (ev[0], ev[1], ev[2] if ev[1] >= 2 else -ev[2]))
    out = []
    pos = 0
    for at, _, _, tag in events:
        if at > pos:
            out.append(_e(text[pos:at]))
            pos = at
        out.append(tag)
    out.append(_e(text[pos:]))
    return "".join(out)


def _outline(ex: Extraction, ri: int) -> str:
    if not ex.sections:
        return '<p class="muted">（未识别到章节）</p>'
    items = "".join(
        f'<a class="o{min(sec.level, 3)}" href="#r{ri}-s{si}">{_e(sec.title)}</a>'
        for si, sec in sorted(enumerate(ex.sections), key=lambda p: p[1].start)
    )
    return f"<nav class=\"outline\"><b>目录</b>{items}</nav>"


def _flag_line(page: _Page, k: int, only_report: str | None = None) -> str:
    """One flag as a list item: badge, message, check, and links to its figures (in one report or all)."""
    flag = page.flags[k]
    sev = flag.severity if flag.severity in SEVERITIES else "info"
    links = []
    for item in flag.items:
        if only_report is not None and item.report_id != only_report:
            continue
        gid = page.by_place.get((item.report_id, item.start, item.end))
        where = "" if only_report is not None else f"{page.labels.get(item.report_id, item.report_id)}："
        text = f"{where}{item.surface}"
        if item.indicator:
            text += f"（{item.indicator}）"
        links.append(f'<a href="#{gid}">{_e(text)}</a>' if gid else f'<span class="muted">{_e(text)}（未找到该数字）</span>')
    return (f'<li><span class="fb sv-{sev}" data-g="{k}">⚑{k + 1} {SEVERITIES.get(sev, _e(sev))}</span> '
            f'<span class="msg" data-g="{k}">{_e(flag.message)}</span> <small class="muted">{_e(flag.check)}</small>'
            f'<div class="items">{" · ".join(links)}</div></li>')


def _report_article(page: _Page, ri: int) -> str:
    ex = page.extractions[ri]
    r = ex.report
    head = (f'<h2>{_e(_report_label(ex))} <small>{_e(Path(r.path).name or r.report_id)}'
            f'{" · " + _e(r.title) if r.title else ""}</small></h2>')
    mine = [k for k, g in enumerate(page.flags) if any(it.report_id == r.report_id for it in g.items)]
    meta = (f'<p class="meta">{len(ex.figures)} 个数字 · {len(ex.skipped)} 个未计数字 · {len(ex.sections)} 个章节 · '
            f'{len(mine)} 个问题</p>')
    if r.status != "ok":
        return (f'<article class="rep" id="r{ri}" data-rid="{_e(r.report_id)}">{head}'
                f'<p class="failed">未能读取：{_e(r.message)}</p></article>')
    flags = ""
    if mine:
        flags = ('<details class="rflags" open><summary>本报告的问题</summary><ul class="flags">'
                 + "".join(_flag_line(page, k, r.report_id) for k in mine) + "</ul></details>")
    return (f'<article class="rep" id="r{ri}" data-rid="{_e(r.report_id)}">{head}{meta}{flags}'
            f'<div class="rbody">{_outline(ex, ri)}<div class="text">{_marked_text(page, ri)}</div></div></article>')


def _report_list(page: _Page) -> str:
    rows = []
    for ri, ex in enumerate(page.extractions):
        r = ex.report
        n_flags = Counter(g.severity if g.severity in SEVERITIES else "info"
                          for g in page.flags if any(it.report_id == r.report_id for it in g.items))
        flag_cell = " ".join(f'<span class="fb sv-{s}">{n}</span>' for s, n in sorted(n_flags.items())) or "0"
        status = "正常" if r.status == "ok" else f'<span class="failed">失败：{_e(r.message)}</span>'
        rows.append(
            f'<tr data-rep="r{ri}"><td><a href="#r{ri}">{_e(r.town or r.report_id)}</a></td><td>{_e(r.period or "")}</td>'
            f'<td>{_e(Path(r.path).name)}</td><td>{_e(r.title)}</td><td>{status}</td><td class="n">{len(ex.figures)}</td>'
            f'<td class="n">{flag_cell}</td><td class="n">{len(ex.skipped)}</td></tr>'
        )
    return ('<table class="list"><thead><tr><th>镇/街道</th><th>期间</th><th>文件</th><th>标题</th><th>状态</th>'
            '<th class="n">数字</th><th class="n">问题</th><th class="n">未计</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def _filters(page: _Page) -> str:
    ind = "".join(f'<option value="{i}">{_e(label)}（{n}）</option>' for i, (_, label, n) in enumerate(page.indicators))
    sev = Counter(g.severity if g.severity in SEVERITIES else "info" for g in page.flags)
    flag_opts = ['<option value="any">任何问题</option>'] if page.flags else []
    flag_opts += [f'<option value="s:{_e(s)}">{SEVERITIES.get(s, _e(s))}（{n}）</option>' for s, n in sorted(sev.items())]
    by_check = Counter(g.check for g in page.flags)
    flag_opts += [f'<option value="c:{i}">{_e(c)}（{by_check[c]}）</option>' for i, c in enumerate(page.checks)]
    return ('<div class="filters"><label>指标 <select id="fi"><option value="">全部指标</option>' + ind + "</select></label>"
            '<label>问题 <select id="ff"><option value="">全部</option>' + "".join(flag_opts) + "</select></label>"
            '<label><input type="checkbox" id="fs" checked> 显示未计数字</label><span id="fn" class="muted"></span></div>')


def _batch_flags(page: _Page) -> str:
    if not page.flags:
        return '<p class="muted">本批次没有检查发现的问题。</p>'
    return '<ul class="flags">' + "".join(_flag_line(page, k) for k in range(len(page.flags))) + "</ul>"


def _legend() -> str:
    dims = "".join(f'<span class="f d-{d}">{label}</span>' for d, label in DIMENSIONS.items())
    return (f'<div class="legend">{dims}<span class="f d-count tg">目标（虚线框）</span>'
            '<span class="sk">未计数字</span><span class="fb sv-error">⚑ 问题</span></div>')


# ---------------------------------------------------------------- comparison charts


@dataclass(frozen=True)
class _Point:
    town: str
    period: str
    value: float
    unit: str
    gid: str
    surface: str


def _comparison_groups(page: _Page) -> list[tuple[str, str, list[tuple[str, list[_Point]]]]]:
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


def outliers(points: Sequence[_Point]) -> set[int]:
    """Indices of values more than OUTLIER_RATIO times above or below the median of their period (3+ towns)."""
    marked = set()
    by_period: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        by_period[p.period].append(i)
    for idx in by_period.values():
        if len({points[i].town for i in idx}) < 3:
            continue
        med = statistics.median(points[i].value for i in idx)
        for i in idx:
            v = points[i].value
            if med > 0 and (v > med * OUTLIER_RATIO or v * OUTLIER_RATIO < med):
                marked.add(i)
            elif med == 0 and v != 0:
                marked.add(i)
    return marked


def _svg_chart(units: list[tuple[str, list[_Point]]], colours: dict[str, str], salt: str) -> str:
    """The towns' values per period, one panel per unit, outliers ringed in red; SVG text without the XML prolog."""
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
            scale = 1e8 if max(abs(p.value) for p in points) >= 1e9 else 1e4 if max(abs(p.value) for p in points) >= 1e5 else 1
            ring = outliers(points)
            for town in towns:
                mine = [(i, p) for i, p in enumerate(points) if p.town == town]
                shift = (towns.index(town) - (len(towns) - 1) / 2) * (0.5 / max(1, len(towns)))
                xs = [columns.index(p.period) + shift for _, p in mine]
                ys = [p.value / scale for _, p in mine]
                dots = ax.scatter(xs, ys, s=46, color=colours[town], zorder=3, edgecolors="white", linewidths=0.6)
                dots.set_urls([f"#{p.gid}" for _, p in mine])
                out = [(x, y) for (i, _), x, y in zip(mine, xs, ys) if i in ring]
                if out:
                    ax.scatter([x for x, _ in out], [y for _, y in out], s=150, facecolors="none", edgecolors="#d62728",
                               linewidths=1.6, zorder=4)
            ax.set_xticks(range(len(columns)), columns)
            ax.set_xlim(-0.6, len(columns) - 0.4)
            ax.set_ylim(bottom=min(0, *(p.value / scale for p in points)))
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.10g}"))
            ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_title({1: "", 1e4: "万", 1e8: "亿"}[scale] + unit, fontsize=10, loc="left", color="#444")
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


def _comparison(page: _Page) -> str:
    groups = _comparison_groups(page)
    if not groups:
        return '<p class="muted">没有两个以上镇共同报告的指标，无法对比。</p>'
    towns = sorted({p.town for _, _, units in groups for _, pts in units for p in pts})
    colours = {t: TOWN_COLOURS[i % len(TOWN_COLOURS)] for i, t in enumerate(towns)}
    legend = "".join(f'<span><i style="background:{colours[t]}"></i>{_e(t)}</span>' for t in towns)
    cards = []
    for n, (_, label, units) in enumerate(groups):
        svg = _svg_chart(units, colours, f"zb{n}")
        rows = []
        for unit, points in units:
            ring = outliers(points)
            for i, p in sorted(enumerate(points), key=lambda ip: (periods.sort_key(ip[1].period), ip[1].town)):
                mark = ' <b class="out">偏离</b>' if i in ring else ""
                rows.append(f'<tr><td>{_e(p.town)}</td><td>{_e(p.period)}</td><td class="n">{grouped(p.value)}</td>'
                            f'<td>{_e(unit)}</td><td><a href="#{p.gid}">{_e(p.surface)}</a>{mark}</td></tr>')
        unit_text = "、".join(_e(u) for u, _ in units)
        cards.append(
            f'<div class="chartcard"><h3>{_e(label)} <small>（{unit_text}）</small></h3>{svg}'
            '<details><summary>数值表</summary><table class="vals"><thead><tr><th>镇</th><th>期间</th><th class="n">数值</th>'
            '<th>单位</th><th>原文</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></details></div>"
        )
    return (f'<p class="muted">每个点是一个镇在该期间报告的数值（只取全镇口径、实际完成、报告期内的数字）；'
            f'红圈：与同期其他镇中位数相差 {OUTLIER_RATIO:g} 倍以上。点击圆点跳到原文。</p>'
            f'<div class="towns">{legend}</div><div class="charts">{"".join(cards)}</div>')


# ---------------------------------------------------------------- data for the script, and the page


def _figure_data(page: _Page) -> tuple[list[str], dict[str, list]]:
    """A table of strings, and per figure id the indexes of its FIELDS in it, then its flags."""
    strings: dict[str, int] = {}
    data = {}
    for ri, ex in enumerate(page.extractions):
        r = ex.report
        for fi, f in enumerate(ex.figures):
            value = grouped(f.value) + (f"–{grouped(f.value_high)}" if f.value_high is not None else "")
            norm = f"{grouped(f.value_norm)} {f.unit_norm or ''}".strip() if f.value_norm is not None else ""
            canon = f"{f.indicator_name or ''}（{f.indicator_id}）" if f.indicator_id else ""
            period = _period_cell(f, r.period)
            entity = f.entity or (f"{r.town}（报告主体）" if r.town else "")
            fields = (
                f.surface, value, f.unit, norm, f.indicator, canon, entity, period, KINDS.get(f.kind, f.kind),
                APPROX.get(f.approx, f.approx or ""), f.section_path or f.section or "", f"{f.rule} · {f.start}–{f.end}",
                _report_label(ex),
            )
            gid = page.fig_ids[ri][fi]
            data[gid] = [strings.setdefault(x or "", len(strings)) for x in fields] + [page.fig_flags.get(gid, [])]
    return list(strings), data


def _flag_data(page: _Page) -> list[list]:
    out = []
    for flag in page.flags:
        items = [[page.by_place.get((it.report_id, it.start, it.end)),
                  f"{page.labels.get(it.report_id, it.report_id)}：{it.surface}"] for it in flag.items]
        sev = flag.severity if flag.severity in SEVERITIES else "info"
        out.append([sev, SEVERITIES[sev], flag.check, flag.message, flag.flag_id, items,
                    page.checks.index(flag.check)])
    return out


CSS = """
:root{--ink:#1f2328;--muted:#6b7280;--line:#e3e5e8;--bg:#f6f7f9;--accent:#1d4ed8}
*{box-sizing:border-box}
html{scroll-padding-top:7rem}
body{margin:0;color:var(--ink);background:var(--bg);font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB",
"Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header{position:sticky;top:0;z-index:20;background:#fff;border-bottom:1px solid var(--line);padding:.45rem 1.2rem;
display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;align-items:center}
header h1{font-size:1.1rem;margin:0}header nav a{margin-right:.9rem}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font-size:.9rem}
.filters select{max-width:16rem;font:inherit;padding:.1rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:1.2rem;padding:1rem 1.2rem;max-width:1500px;margin:auto}
main>section,.rep{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.8rem 1.1rem;margin-bottom:1rem}
h2{font-size:1.15rem;margin:.2rem 0 .4rem}h2 small{font-weight:400;color:var(--muted);font-size:.8rem}
h3{font-size:1rem;margin:.2rem 0}
.muted,.meta{color:var(--muted);font-size:.85rem}.meta{margin:.1rem 0 .5rem}
table{border-collapse:collapse;font-size:.88rem}th,td{padding:.22rem .6rem;border-bottom:1px solid var(--line);text-align:left}
th{color:var(--muted);font-weight:600}.n{text-align:right;font-variant-numeric:tabular-nums}
.failed{color:#b91c1c}
.rbody{display:grid;grid-template-columns:12rem minmax(0,1fr);gap:1.2rem}
.outline{position:sticky;top:6.5rem;align-self:start;max-height:calc(100vh - 8rem);overflow:auto;font-size:.82rem;
border-right:1px solid var(--line);padding-right:.6rem}
.outline a{display:block;padding:.12rem 0;color:#374151;line-height:1.4}
.outline b{display:block;color:var(--muted);font-size:.8rem}
.outline .o1{font-weight:600;margin-top:.35rem}.outline .o2{padding-left:.8rem}
.outline .o3{padding-left:1.6rem;color:var(--muted)}
.text{white-space:pre-wrap;line-height:2.05;font-size:1rem;max-width:48em;overflow-wrap:anywhere}
.h{font-weight:700}.h1{font-size:1.08em;color:#111827}.h2{color:#1f2937}.h3{font-weight:600}
mark.f{cursor:pointer;border-radius:3px;padding:.05em .12em;border-bottom:2px solid;color:inherit}
.d-count{background:#dbeafe;border-color:#3b82f6}.d-money{background:#fef3c7;border-color:#d97706}
.d-area{background:#dcfce7;border-color:#16a34a}.d-length{background:#ccfbf1;border-color:#0d9488}
.d-volume{background:#cffafe;border-color:#0891b2}.d-weight{background:#f5e6d8;border-color:#a16207}
.d-energy{background:#ede9fe;border-color:#7c3aed}.d-duration{background:#e2e8f0;border-color:#475569}
.d-percent{background:#fce7f3;border-color:#db2777}.d-ratio{background:#fae8ff;border-color:#a21caf}
.d-age{background:#e0e7ff;border-color:#4f46e5}.d-other{background:#f3f4f6;border-color:#6b7280}
mark.tg{outline:1.5px dashed #6b7280;outline-offset:1px}
mark.empty::after{content:"＊"}
mark.sel{box-shadow:0 0 0 2px #111827}mark.hit{box-shadow:0 0 0 2px #dc2626;background:#fee2e2}
body.filtering mark.f:not(.on){opacity:.3}body.filtering mark.f.on{box-shadow:0 0 0 2px #111827}
.sk{color:#9ca3af;border-bottom:1px dotted #d1d5db}body.noskip .sk{color:inherit;border:0}
.fb{display:inline-block;font-size:.72rem;line-height:1.35;padding:0 .35em;margin:0 .15em;border-radius:3px;cursor:pointer;
color:#fff;vertical-align:.12em;white-space:normal}
.sv-error{background:#dc2626}.sv-warning{background:#d97706}.sv-info{background:#64748b}
.note{display:inline;font-size:.76rem;border:1px solid;padding:.05em .35em;-webkit-box-decoration-break:clone;
box-decoration-break:clone}.note.sv-error{background:#fef2f2;color:#b91c1c}
.note.sv-warning{background:#fffbeb;color:#b45309}.note.sv-info{background:#f1f5f9;color:#475569}
ul.flags{list-style:none;padding:0;margin:.3rem 0}ul.flags li{padding:.35rem 0;border-bottom:1px solid var(--line)}
ul.flags .msg{cursor:pointer}.items{font-size:.85rem;margin-top:.15rem}
.rflags summary{cursor:pointer;font-weight:600;font-size:.9rem}
aside{position:sticky;top:4.5rem;align-self:start;max-height:calc(100vh - 5.5rem);overflow:auto}
aside .box{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;margin-bottom:1rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem;font-size:.8rem}
.legend .f{padding:0 .3em;border-bottom:2px solid;border-radius:3px}
.legend .tg{outline:1.5px dashed #6b7280}
.card .cs{font-size:1.25rem;font-weight:700;margin-bottom:.2rem}.card table{width:100%;font-size:.84rem}
.card th{width:6.2em;white-space:nowrap;vertical-align:top;padding-left:0}.card td{overflow-wrap:anywhere}
#tip{position:absolute;z-index:30;max-width:22rem;background:#fff;border:1px solid #cbd5e1;border-radius:6px;padding:.45rem .6rem;
box-shadow:0 6px 18px rgba(0,0,0,.14);pointer-events:none;font-size:.85rem}
#tip .cs{font-size:1.05rem}
.towns{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.85rem;margin:.3rem 0 .6rem}
.towns i{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem;vertical-align:-.05rem}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(26rem,1fr));gap:1rem}
.chartcard{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem}
svg.chart{width:100%;height:auto;display:block}.vals{width:100%}.out{color:#dc2626;font-weight:600}
details>summary{cursor:pointer;color:var(--muted);font-size:.85rem}
[hidden]{display:none!important}
@media (max-width:1000px){.cols{grid-template-columns:1fr}aside{position:static;max-height:none}
.rbody{grid-template-columns:1fr}.outline{position:static;max-height:none;border:0}}
"""

JS = """
(function(){
var D=JSON.parse(document.getElementById('zb-data').textContent),F=D.fig,G=D.flags,L=D.fields,B=D.brief,S=D.str;
var tip=document.getElementById('tip'),det=document.getElementById('detail'),sel=null,hits=[],cur=-1,step=0;
function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;if(x!=null)e.textContent=x;return e;}
function card(id,full){var f=F[id],box=el('div','card'),t=el('table');box.appendChild(el('div','cs',S[f[0]]));
 for(var i=1;i<L.length;i++){if(!full&&B.indexOf(i)<0)continue;var v=S[f[i]];if(v===''||v==null){v='—';}
  var r=el('tr');r.appendChild(el('th',null,L[i]));r.appendChild(el('td',null,v));t.appendChild(r);}
 box.appendChild(t);var fl=f[L.length];
 if(fl.length){var u=el('ul','flags');fl.forEach(function(k){var li=el('li');
  var b=el('span','fb sv-'+G[k][0],'⚑'+(k+1)+' '+G[k][1]);
  b.dataset.g=k;li.appendChild(b);li.appendChild(el('span',null,' '+G[k][3]));u.appendChild(li);});box.appendChild(u);}
 return box;}
function show(node){det.textContent='';det.appendChild(node);}
function pick(id){var m=document.getElementById(id);if(!m||!F[id])return;if(sel)sel.classList.remove('sel');sel=m;
 m.classList.add('sel');tip.hidden=true;show(card(id,true));}
function go(){var m=hits[step];if(!m)return;m.scrollIntoView({block:'center'});
 var c=document.getElementById('fstep');
 if(c)c.textContent=(step+1)+' / '+hits.length+(hits.length>1?'，再次点击 ⚑ 跳到下一处':'');}
function flag(k){if(k===cur&&hits.length){step=(step+1)%hits.length;go();return;}
 hits.forEach(function(m){m.classList.remove('hit');});hits=[];cur=k;step=0;var g=G[k],box=el('div','card');
 var h=el('div','cs');h.appendChild(el('span','fb sv-'+g[0],'⚑'+(k+1)+' '+g[1]));box.appendChild(h);
 box.appendChild(el('p',null,g[3]));box.appendChild(el('p','muted',g[2]+' · '+g[4]));var u=el('ul','flags');
 g[5].forEach(function(it){var li=el('li');if(it[0]){var a=el('a',null,it[1]);a.href='#'+it[0];li.appendChild(a);
  var m=document.getElementById(it[0]);if(m){m.classList.add('hit');hits.push(m);}}
  else li.appendChild(el('span','muted',it[1]+'（未找到该数字）'));u.appendChild(li);});
 box.appendChild(u);var c=el('p','muted');c.id='fstep';box.appendChild(c);show(box);go();}
function href(a){return a.getAttribute('href')||a.getAttribute('xlink:href')||'';}
document.addEventListener('click',function(e){var t=e.target;if(!t.closest)return;
 var b=t.closest('[data-g]');if(b){flag(+b.dataset.g);e.preventDefault();return;}
 var m=t.closest('mark.f');if(m){pick(m.id);return;}
 var a=t.closest('a');if(a){var h=href(a);if(/^#f\\d+-\\d+$/.test(h))pick(h.slice(1));}});
document.addEventListener('mouseover',function(e){var t=e.target;if(!t.closest)return;var m=t.closest('mark.f,.sk');
 if(!m||m===sel){tip.hidden=true;return;}tip.textContent='';
 if(m.classList.contains('sk'))tip.appendChild(el('div',null,D.skip[m.dataset.r]||m.dataset.r));
 else tip.appendChild(card(m.id,false));
 var r=m.getBoundingClientRect();tip.hidden=false;var w=tip.offsetWidth;
 tip.style.left=Math.max(4,Math.min(r.left+window.scrollX,window.scrollX+document.documentElement.clientWidth-w-8))+'px';
 tip.style.top=(r.bottom+window.scrollY+6)+'px';});
function hash(){var h=location.hash.slice(1);if(F[h])pick(h);}
window.addEventListener('hashchange',hash);hash();
var fi=document.getElementById('fi'),ff=document.getElementById('ff'),fn=document.getElementById('fn');
function okFlag(list,v){if(!v)return true;return list.some(function(k){var g=G[k];
 return v==='any'||v==='s:'+g[0]||v==='c:'+g[6];});}
function filter(){var iv=fi.value,fv=ff.value,on=!!(iv||fv),n=0,reps={};document.body.classList.toggle('filtering',on);
 document.querySelectorAll('mark.f').forEach(function(m){var f=F[m.id];
  var ok=on&&(!iv||m.dataset.i===iv)&&okFlag(f[L.length],fv);m.classList.toggle('on',ok);
  if(ok){n++;reps[m.closest('.rep').id]=1;}});
 document.querySelectorAll('.rep').forEach(function(r){r.hidden=on&&!reps[r.id];});
 document.querySelectorAll('tr[data-rep]').forEach(function(r){r.hidden=on&&!reps[r.dataset.rep];});
 fn.textContent=on?('匹配 '+n+' 个数字，'+Object.keys(reps).length+' 份报告'):'';}
fi.addEventListener('change',filter);ff.addEventListener('change',filter);
document.getElementById('fs').addEventListener('change',function(e){document.body.classList.toggle('noskip',!e.target.checked);});
})();
"""


def _minify(code: str) -> str:
    return "\n".join(line.strip() for line in code.strip().splitlines() if line.strip())


def render_review(extractions: Iterable[Extraction], flags: Iterable[Flag] = ()) -> str:
    """The review page for these extractions and flags, as one self-contained HTML document."""
    page = _plan(list(extractions), list(flags))
    strings, figs = _figure_data(page)
    reasons = sorted({s.reason for ex in page.extractions for s in ex.skipped})
    data = {"fields": list(FIELDS), "brief": list(BRIEF), "str": strings, "fig": figs, "flags": _flag_data(page),
            "skip": {r: _skip_label(r) for r in reasons}}
    script = _minify(JS)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    n_fig = sum(len(ex.figures) for ex in page.extractions)
    n_failed = sum(ex.report.status != "ok" for ex in page.extractions)
    summary = (f"{len(page.extractions)} 份报告 · {n_fig} 个数字 · {len(page.flags)} 个问题"
               + (f" · {n_failed} 份未能读取" if n_failed else ""))
    reports = "".join(_report_article(page, ri) for ri in range(len(page.extractions)))
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>指标核对 · {summary}</title><style>{_minify(CSS)}</style></head><body>"
        f'<header><h1>指标核对</h1><span class="muted">{summary}</span>'
        '<nav><a href="#list">报告列表</a><a href="#compare">对比</a><a href="#flags">问题</a><a href="#reports">原文</a></nav>'
        f"{_filters(page)}</header>"
        '<div class="cols"><main>'
        f'<section id="list"><h2>报告列表</h2>{_report_list(page)}</section>'
        f'<section id="compare"><h2>对比：各镇的主要指标</h2>{_comparison(page)}</section>'
        f'<section id="flags"><h2>问题清单 <small>（{len(page.flags)}）</small></h2>{_batch_flags(page)}</section>'
        f'<div id="reports">{reports}</div></main>'
        f'<aside><div class="box"><h3>图例</h3>{_legend()}</div>'
        '<div class="box" id="detail"><p class="muted">点击正文中的数字查看详情；鼠标悬停可快速预览。'
        "点击 ⚑ 问题可在所有相关报告中定位其数字。</p></div></aside></div>"
        '<div id="tip" hidden></div>'
        f'<script type="application/json" id="zb-data">{_json_for_script(data)}</script>'
        f"<script>{script}</script></body></html>\n"
    )


def write_review(extractions: Iterable[Extraction], flags: Iterable[Flag], out: Path) -> Path:
    """Write ``<out>/review.html`` atomically; returns its path."""
    from .export import write_atomic

    path = Path(out) / "review.html"
    write_atomic(path, render_review(extractions, flags).encode("utf-8"))
    return path
