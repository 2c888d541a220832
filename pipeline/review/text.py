"""The marked text of each report, and the lists and controls around it.

Rendering: the marked-up text is built here from the records' offsets, not
with displaCy. displaCy's span renderer (``style="span"``) joins tokens with
spaces (``2024 年下半年`` -- wrong for Chinese, and no longer the stored text),
spends some 400 bytes of inline style on each span (30 KB of markup for a
2,300-character report), and its templates carry only the text and the label:
no id or data attribute for a click, nowhere to put a flag. Slicing
``report.text[start:end]`` gives the exact stored text; each slice and every
other string from a report goes through ``esc`` (``html.escape``); a figure
costs one short ``<mark>``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .. import periods
from ..model import Extraction
from ..present import check_name, status_name
from .plan import DIMENSIONS, SEVERITIES, Page, dimension, esc, indicator_key, report_label


def _marked_text(page: Page, ri: int) -> str:
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
            events.append((a, 3, seq, f'<span class="sk" data-r="{esc(rec.reason)}">'))
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
                badges.append(f'<span class="fb sv-{sev}" data-g="{k}" title="{esc(flag.message)}">⚑{k + 1}</span>')
            else:
                badges.append(f'<span class="fb note sv-{sev}" data-g="{k}">⚑{k + 1} {esc(flag.message)}</span>')
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
            out.append(esc(text[pos:at]))
            pos = at
        out.append(tag)
    out.append(esc(text[pos:]))
    return "".join(out)


def _outline(ex: Extraction, ri: int) -> str:
    if not ex.sections:
        return '<p class="muted">（未识别到章节）</p>'
    items = "".join(
        f'<a class="o{min(sec.level, 3)}" href="#r{ri}-s{si}">{esc(sec.title)}</a>'
        for si, sec in sorted(enumerate(ex.sections), key=lambda p: p[1].start)
    )
    return f"<nav class=\"outline\"><b>目录</b>{items}</nav>"


def _flag_line(page: Page, k: int, only_report: str | None = None) -> str:
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
        links.append(f'<a href="#{gid}">{esc(text)}</a>' if gid else f'<span class="muted">{esc(text)}（表中无此数字）</span>')
    return (f'<li><span class="fb sv-{sev}" data-g="{k}">⚑{k + 1} {SEVERITIES.get(sev, esc(sev))}</span> '
            f'<span class="msg" data-g="{k}">{esc(flag.message)}</span> '
            f'<small class="muted">{esc(check_name(flag.check))}</small>'
            f'<div class="items">{" · ".join(links)}</div></li>')


def report_article(page: Page, ri: int) -> str:
    ex = page.extractions[ri]
    r = ex.report
    head = (f'<h2>{esc(report_label(ex))} <small>{esc(Path(r.path).name or r.report_id)}'
            f'{" · " + esc(r.title) if r.title else ""}</small></h2>')
    mine = [k for k, g in enumerate(page.flags) if any(it.report_id == r.report_id for it in g.items)]
    meta = (f'<p class="meta">{len(ex.figures)} 个数字 · {len(ex.skipped)} 个未计数字 · {len(ex.sections)} 个章节 · '
            f'{len(mine)} 个问题</p>')
    if r.status != "ok":
        return (f'<article class="rep" id="r{ri}" data-rid="{esc(r.report_id)}">{head}'
                f'<p class="failed">未能读取：{esc(r.message)}</p></article>')
    flags = ""
    if mine:
        flags = ('<details class="rflags" open><summary>本报告的问题</summary><ul class="flags">'
                 + "".join(_flag_line(page, k, r.report_id) for k in mine) + "</ul></details>")
    return (f'<article class="rep" id="r{ri}" data-rid="{esc(r.report_id)}">{head}{meta}{flags}'
            f'<div class="rbody">{_outline(ex, ri)}<div class="text">{_marked_text(page, ri)}</div></div></article>')


def report_list(page: Page) -> str:
    rows = []
    for ri, ex in enumerate(page.extractions):
        r = ex.report
        n_flags = Counter(g.severity if g.severity in SEVERITIES else "info"
                          for g in page.flags if any(it.report_id == r.report_id for it in g.items))
        flag_cell = " ".join(f'<span class="fb sv-{s}">{n}</span>' for s, n in sorted(n_flags.items())) or "0"
        status = (esc(status_name(r.status)) if r.status == "ok"
                  else f'<span class="failed">{esc(status_name(r.status))}：{esc(r.message)}</span>')
        period = periods.label(r.period) if r.period else ""
        rows.append(
            f'<tr data-rep="r{ri}"><td><a href="#r{ri}">{esc(r.town or r.report_id)}</a></td><td>{esc(period)}</td>'
            f'<td>{esc(Path(r.path).name)}</td><td>{esc(r.title)}</td><td>{status}</td><td class="n">{len(ex.figures)}</td>'
            f'<td class="n">{flag_cell}</td><td class="n">{len(ex.skipped)}</td></tr>'
        )
    return ('<table class="list"><thead><tr><th>镇/街道</th><th>期间</th><th>文件</th><th>标题</th><th>状态</th>'
            '<th class="n">数字</th><th class="n">问题</th><th class="n">未计</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def filters(page: Page) -> str:
    ind = "".join(f'<option value="{i}">{esc(label)}（{n}）</option>' for i, (_, label, n) in enumerate(page.indicators))
    sev = Counter(g.severity if g.severity in SEVERITIES else "info" for g in page.flags)
    flag_opts = ['<option value="any">任何问题</option>'] if page.flags else []
    flag_opts += [f'<option value="s:{esc(s)}">{SEVERITIES.get(s, esc(s))}（{n}）</option>' for s, n in sorted(sev.items())]
    by_check = Counter(g.check for g in page.flags)
    flag_opts += [f'<option value="c:{i}">{esc(check_name(c))}（{by_check[c]}）</option>' for i, c in enumerate(page.checks)]
    return ('<div class="filters"><label>指标 <select id="fi"><option value="">全部指标</option>' + ind + "</select></label>"
            '<label>问题 <select id="ff"><option value="">全部</option>' + "".join(flag_opts) + "</select></label>"
            '<label><input type="checkbox" id="fs" checked> 显示未计数字</label><span id="fn" class="muted"></span></div>')


def batch_flags(page: Page) -> str:
    if not page.flags:
        return '<p class="muted">本批次没有检查发现的问题。</p>'
    return '<ul class="flags">' + "".join(_flag_line(page, k) for k in range(len(page.flags))) + "</ul>"


def legend() -> str:
    dims = "".join(f'<span class="f d-{d}">{label}</span>' for d, label in DIMENSIONS.items())
    return (f'<div class="legend">{dims}<span class="f d-count tg">目标（虚线框）</span>'
            '<span class="sk">未计数字</span><span class="fb sv-error">⚑ 问题</span></div>')


