"""The data the page's script reads: each figure's details and each flag, as JSON safe inside ``<script>``.

The figures' details travel as one table of strings plus, per figure id, the
indexes of its FIELDS in it and then its flags; the script puts them on screen
with ``textContent`` only.
"""

from __future__ import annotations

import json

from .. import periods, rules
from ..model import Figure
from ..present import check_name, grouped, kind_name, scaled
from ..units import for_table
from .plan import SEVERITIES, Page, report_label

SKIP_REASONS = {
    "date": "日期", "ordinal": "序号", "set_phrase": "固定说法", "identifier": "编号", "time_expression": "时间表述",
    "placeholder": "占位符", "vague": "约数不明", "no_unit": "无单位",
    "place_name": "地名",
}
APPROX = {None: "否（确数）", "lower": "下限（余、多、以上）", "upper": "上限（不足、以内）", "about": "约数（约、左右）"}
FIELDS = (  # the details of a figure, in the order the page's script reads them
    "原文", "数值", "单位", "规范值", "指标（原文）", "规范指标", "主体", "期间", "类型", "约数",
    "章节", "规则 · 位置", "报告",
)
BRIEF = (1, 2, 3, 4, 5, 6, 7, 8, 9)  # the fields a hover shows


def json_for_script(data: object) -> str:
    """JSON that cannot end the <script> element it sits in, nor start a comment or CDATA."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@rules.cached
def _skip_categories() -> dict[str, str]:
    """Exclusion rule id -> its reason (date, ordinal, ...)."""
    try:
        from ..figures import figure_rules

        return {x.id: x.reason for x in figure_rules().exclusions}
    except Exception:
        return {}


def skip_label(reason: str) -> str:
    category = _skip_categories().get(reason, reason)
    return f"未计为数字：{SKIP_REASONS.get(category, category)}（{reason}）"


def _period_cell(f: Figure, report_period: str | None) -> str:
    """The period a figure covers, in Chinese: 2025年上半年（报告期）, 2025年（写作“全年”）."""
    covered = f.covered or (None if f.scope_period else report_period)
    if covered is None:
        return f.scope_period or ""
    if covered == report_period:
        return f"{periods.label(covered)}（报告期）"
    return periods.label(covered) + (f"（写作“{f.scope_period}”）" if f.scope_period else "")


def _normalised(f: Figure, money: str | None) -> str:
    """The normalised value as a reader reads it: money in 万元 (亿元 from 1亿, or the unit chosen), 0.525 吨."""
    if f.value_norm is None:
        return ""
    unit, divisor = for_table(f.unit_norm, [f.value_norm], money)
    return f"{grouped(scaled(f.value_norm, divisor))} {unit}".strip()


def figure_data(page: Page, money: str | None = None) -> tuple[list[str], dict[str, list]]:
    """A table of strings, and per figure id the indexes of its FIELDS in it, then its flags."""
    strings: dict[str, int] = {}
    data = {}
    for ri, ex in enumerate(page.extractions):
        r = ex.report
        for fi, f in enumerate(ex.figures):
            value = grouped(f.value) + (f"–{grouped(f.value_high)}" if f.value_high is not None else "")
            norm = _normalised(f, money)
            canon = f"{f.indicator_name or ''}（{f.indicator_id}）" if f.indicator_id else ""
            period = _period_cell(f, r.period)
            entity = f.entity or (f"{r.town}（报告主体）" if r.town else "")
            fields = (
                f.surface, value, f.unit, norm, f.indicator, canon, entity, period, kind_name(f.kind),
                APPROX.get(f.approx, f.approx or ""), f.section_path or f.section or "", f"{f.rule} · {f.start}–{f.end}",
                report_label(ex),
            )
            gid = page.fig_ids[ri][fi]
            data[gid] = [strings.setdefault(x or "", len(strings)) for x in fields] + [page.fig_flags.get(gid, [])]
    return list(strings), data


def flag_data(page: Page) -> list[list]:
    out = []
    for flag in page.flags:
        items = [[page.by_place.get((it.report_id, it.start, it.end)),
                  f"{page.labels.get(it.report_id, it.report_id)}：{it.surface}"] for it in flag.items]
        sev = flag.severity if flag.severity in SEVERITIES else "info"
        out.append([sev, SEVERITIES[sev], check_name(flag.check), flag.message, flag.flag_id, items,
                    page.checks.index(flag.check)])
    return out


