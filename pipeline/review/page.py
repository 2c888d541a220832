"""The review page: every figure highlighted in its report's text, for an analyst to check.

``render_review(extractions, flags)`` turns the extractions and the checks' flags
into one self-contained HTML page (pure: no I/O, nothing printed);
``write_review`` writes it as ``<out>/review.html``. The page holds, per report,
the text with every figure marked in place (coloured by the dimension of its
unit, targets outlined dashed), the numerals that were not taken as figures in
faint grey, the sections as an outline, and the flags beside their figures;
then a report list with filters by indicator and by flag, a batch list of
flags, and charts comparing the towns on the most reported indicators. The
page's style and script are package files (page.css, page.js).

Safety, in three layers: (1) every string that comes from a report or the
rules is escaped (text and attribute values alike); (2) the figures' details
travel as JSON in ``<script type="application/json">`` with ``<``, ``>`` and
``&`` written as ``\\u`` escapes, and the page's script puts them on screen with
``textContent`` only, never ``innerHTML``; (3) a Content-Security-Policy lets
only the page's own script run (by its sha256) and forbids every network
load, so even text that slipped past escaping could neither run nor call out.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from ..model import Extraction, Flag
from .charts import comparison
from .data import BRIEF, FIELDS, figure_data, flag_data, json_for_script, skip_label
from .plan import plan
from .text import batch_flags, filters, legend, report_article, report_list


@functools.cache
def _asset(name: str) -> str:
    """page.css or page.js, minified: one line per line of code, without indentation or blank lines."""
    code = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return "\n".join(line.strip() for line in code.strip().splitlines() if line.strip())


def render_review(extractions: Iterable[Extraction], flags: Iterable[Flag] = (), money: str | None = None) -> str:
    """The review page for these extractions and flags, as one self-contained HTML document; ``money``: the unit
    money is shown in (万元 by default, 亿元 from 1亿; units.for_table)."""
    page = plan(list(extractions), list(flags))
    strings, figs = figure_data(page, money)
    reasons = sorted({s.reason for ex in page.extractions for s in ex.skipped})
    data = {"fields": list(FIELDS), "brief": list(BRIEF), "str": strings, "fig": figs, "flags": flag_data(page),
            "skip": {r: skip_label(r) for r in reasons}}
    script = _asset("page.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    n_fig = sum(len(ex.figures) for ex in page.extractions)
    n_failed = sum(ex.report.status != "ok" for ex in page.extractions)
    summary = (f"{len(page.extractions)} 份报告 · {n_fig} 个数字 · {len(page.flags)} 个问题"
               + (f" · {n_failed} 份未能读取" if n_failed else ""))
    reports = "".join(report_article(page, ri) for ri in range(len(page.extractions)))
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>指标核对 · {summary}</title><style>{_asset('page.css')}</style></head><body>"
        f'<header><h1>指标核对</h1><span class="muted">{summary}</span>'
        '<nav><a href="#list">报告列表</a><a href="#compare">对比</a><a href="#flags">问题</a><a href="#reports">原文</a></nav>'
        f"{filters(page)}</header>"
        '<div class="cols"><main>'
        f'<section id="list"><h2>报告列表</h2>{report_list(page)}</section>'
        f'<section id="compare"><h2>对比：各镇的主要指标</h2>{comparison(page, money)}</section>'
        f'<section id="flags"><h2>问题清单 <small>（{len(page.flags)}）</small></h2>{batch_flags(page)}</section>'
        f'<div id="reports">{reports}</div></main>'
        f'<aside><div class="box"><h3>图例</h3>{legend()}</div>'
        '<div class="box" id="detail"><p class="muted">点击正文中的数字查看详情；鼠标悬停可快速预览。'
        "点击 ⚑ 问题可在所有相关报告中定位其数字。</p></div></aside></div>"
        '<div id="tip" hidden></div>'
        f'<script type="application/json" id="zb-data">{json_for_script(data)}</script>'
        f"<script>{script}</script></body></html>\n"
    )


def write_review(extractions: Iterable[Extraction], flags: Iterable[Flag], out: Path, money: str | None = None) -> Path:
    """Write ``<out>/review.html`` atomically; returns its path."""
    from ..out_files import write_atomic

    path = Path(out) / "review.html"
    write_atomic(path, render_review(extractions, flags, money).encode("utf-8"))
    return path
