"""The list sheets, one row a thing: 明细 (every figure), 疑点 (every flag, a row per flagged figure),
报告 (every report) and 核对 (every report figure compared with an official one)."""

from __future__ import annotations

from collections.abc import Sequence

from .. import periods, reference, units
from ..model import Extraction, Flag
from ..present import check_name, kind_name, scaled, severity_name, status_name
from .book import Book, flag_comment, worst

FIGURE_HEADER = ("乡镇", "期间", "章节", "原句", "原文", "数值", "单位", "标准值", "标准单位", "原始指标", "标准指标", "主体",
                 "所属期间", "类型", "疑点", "指标编号", "报告编号", "起", "止")
FLAG_HEADER = ("检查", "严重程度", "乡镇", "期间", "原文", "原始指标", "标准指标", "说明", "原句", "疑点编号", "报告编号",
               "检查代码", "核实状态", "核实结果")  # the last two: the analyst's (pipeline/corrections.py reads them back)
CHECK_HEADER = ("结果", "严重程度", "报告编号", "乡镇", "期间", "指标编号", "标准指标", "单位", "报告数", "统计数", "差异",
                "差异率%", "报告原文", "统计原文", "统计来源", "说明", "报告原句", "统计原文所在句")
REPORT_HEADER = ("乡镇", "期间", "标题", "文件", "状态", "说明", "数字", "已归入标准指标", "疑点", "报告编号")


def detail_sheet(book: Book, extractions: Sequence[Extraction], flags: Sequence[Flag], money: str | None,
                 corrected: dict[tuple[str, int, int], str] | None) -> None:
    """明细: every figure in the order of its report, with its flags' ids; money in ``money`` (units.for_table)."""
    by_figure: dict[tuple[str, int, int], list[Flag]] = {}
    for flag in flags:
        for item in flag.items:
            by_figure.setdefault((item.report_id, item.start, item.end), []).append(flag)
    detail = book.sheet("明细", FIGURE_HEADER)
    for ex in extractions:
        r = ex.report
        for f in sorted(ex.figures, key=lambda f: (f.start, f.end)):
            mine = by_figure.get((r.report_id, f.start, f.end), [])
            mark = (worst(mine), flag_comment(mine, f.sentence)) if mine else None
            norm_unit, divisor = units.for_table(f.unit_norm, [f.value_norm] if f.value_norm is not None else [], money)
            detail.add(
                [r.town, periods.label(r.period) if r.period else None, f.section_path or f.section, f.sentence,
                 f.surface, f.value, f.unit, scaled(f.value_norm, divisor), norm_unit if f.unit_norm else None,
                 f.indicator, f.indicator_name, f.entity, f.scope_period, kind_name(f.kind),
                 " ".join(fl.flag_id for fl in mine), f.indicator_id, r.report_id, f.start, f.end],
                ({4: mark, 7: (mark[0], None)} if mark else {}) | _corrected(corrected, r.report_id, f) or None,
            )
    detail.finish(freeze_cols=1)


def _corrected(corrected: dict[tuple[str, int, int], str] | None, report_id: str, f) -> dict:
    """明细's 数值 cell of a figure the analyst corrected (核实.csv): a comment saying what it was."""
    note = (corrected or {}).get((report_id, f.start, f.end))
    return {5: (None, note)} if note else {}


def doubt_sheet(book: Book, extractions: Sequence[Extraction], flags: Sequence[Flag]) -> None:
    """疑点: one row a flagged figure (rows of one flag share its 疑点编号), with the analyst's 核实 columns."""
    figures = {(ex.report.report_id, f.start, f.end): (ex, f) for ex in extractions for f in ex.figures}
    doubts = book.sheet("疑点", FLAG_HEADER)
    for flag in flags:
        for item in flag.items:
            ex, f = figures.get((item.report_id, item.start, item.end), (None, None))
            r = ex.report if ex else None
            doubts.add([check_name(flag.check), severity_name(flag.severity), r.town if r else None,
                        periods.label(r.period) if r and r.period else None, item.surface, item.indicator,
                        f.indicator_name if f else None, flag.message, f.sentence if f else None, flag.flag_id,
                        item.report_id, flag.check, flag.status, flag.note], {1: (flag.severity, None)})
    doubts.finish(freeze_cols=1)


def report_sheet(book: Book, extractions: Sequence[Extraction], flags: Sequence[Flag]) -> None:
    """报告: every report with its status, its figures, those on a canonical indicator, and its flags."""
    reports = book.sheet("报告", REPORT_HEADER)
    n_flags: dict[str, int] = {}
    for flag in flags:
        for rid in {i.report_id for i in flag.items}:
            n_flags[rid] = n_flags.get(rid, 0) + 1
    for ex in extractions:
        r = ex.report
        reports.add([r.town, periods.label(r.period) if r.period else None, r.title, r.path, status_name(r.status),
                     r.message, len(ex.figures), sum(1 for f in ex.figures if f.indicator_id),
                     n_flags.get(r.report_id, 0), r.report_id],
                    {4: ("error", None)} if r.status != "ok" else None)
    reports.finish(freeze_cols=1)


def check_sheet(book: Book, comparisons: list[reference.Comparison]) -> None:
    """核对: every compared pair, agreeing or not; a pair that differs is filled by its severity."""
    sheet = book.sheet("核对", CHECK_HEADER)
    for c in comparisons:
        f, o, r = c.figure, c.official, c.report
        share = c.gap_share
        severity, period = severity_name(c.severity) if c.severity else None, periods.label(c.period)
        sheet.add([c.result, severity, r.report_id, r.town, period, f.indicator_id, f.indicator_name, o.unit_norm,
                   f.value_norm, o.value_norm, c.gap, round(share * 100, 2) if share is not None else None, f.surface,
                   o.surface, f"{o.source}（{o.kind}）", c.note, f.sentence, o.sentence],
                  {0: (c.severity, None)} if c.result == reference.DIFFER else None)
    sheet.finish(freeze_cols=1)
