"""The workbooks written: indicators.xlsx (write_workbook: every sheet, a 对比 sheet a period, the 目标对比 of
the latest period with targets) and one pivot on its own (write_pivot: zhibiao compare --out x.xlsx)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from .. import periods, pivot, reference
from ..comparison import TARGET
from ..model import Extraction, Flag
from .book import Book
from .chart_sheet import chart_sheet
from .comparison_sheet import PivotPlaced, pivot_sheet
from .list_sheets import check_sheet, detail_sheet, doubt_sheet, report_sheet


def pivot_sheet_name(period: str) -> str:
    """对比 2025年1-6月: one sheet a period, named as its title dates it."""
    return _sheet_name(f"对比 {periods.months_label(period)}")


def target_sheet_name(period: str) -> str:
    """目标对比 2023年: the targets of a period, named as its title dates it."""
    return _sheet_name(f"目标对比 {periods.months_label(period)}")


def _sheet_name(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ ."""
    for c in "[]:*?/\\":
        text = text.replace(c, "-")
    return text[:31]


def write_workbook(extractions: Iterable[Extraction], flags: Iterable[Flag], path: Path,
                   comparisons: Iterable[reference.Comparison] = (),
                   officials: Iterable[reference.Official] = (),
                   expected_towns: Sequence[str] = (), money: str | None = None,
                   corrected: dict[tuple[str, int, int], str] | None = None) -> Path:
    """indicators.xlsx for these reports and flags (usually the whole store), with the official figures
    (``officials``, --reference) beside the reported ones where ``comparisons`` or the officials give them.
    ``expected_towns``: the roster, whose towns without a report of a period are shown 未报送; ``money``: the unit
    money is shown in (万元 by default, 亿元 for rows reaching 1亿; see units.for_table); ``corrected``: the
    analyst's corrections (核实.csv), noted on 明细's 数值 cell."""
    extractions = sorted(extractions, key=lambda ex: ex.report.report_id)
    flags = list(flags)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Book(path)

    comparisons, officials = list(comparisons), list(officials)

    all_periods = pivot.periods_of(extractions)
    latest: tuple[pivot.Pivot, PivotPlaced] | None = None
    results: dict[str, pivot.Pivot] = {}
    for period in reversed(all_periods):
        p = results[period] = pivot.by_town(extractions, flags, period, expected_towns=expected_towns, money=money)
        official = reference.beside(p, officials, comparisons, period=period) if officials or comparisons else None
        placed = pivot_sheet(book, pivot_sheet_name(period), p, official)
        latest = latest or (p, placed)
    goals = latest_targets(extractions, flags, expected_towns, money)
    if goals is not None:
        before = periods.same_part_last_year(goals.period)
        beside = [(what, results[at]) for what, at in (("上年实绩", before), ("实绩", goals.period)) if at in results]
        pivot_sheet(book, target_sheet_name(goals.period), goals, kind=TARGET, results=beside)
    if latest is None:
        empty = pivot.Pivot("各乡镇主要指标对比表", "乡镇", tuple(expected_towns), (), missing=tuple(expected_towns),
                            money=money)
        pivot_sheet(book, "对比", empty)
    else:
        chart_sheet(book, *latest)

    detail_sheet(book, extractions, flags, money, corrected)
    doubt_sheet(book, extractions, flags)
    report_sheet(book, extractions, flags)
    if comparisons or officials:
        check_sheet(book, comparisons)
    return book.close()


def latest_targets(extractions: Sequence[Extraction], flags: Sequence[Flag] = (), expected_towns: Sequence[str] = (),
                   money: str | None = None) -> pivot.Pivot | None:
    """The towns' targets of the latest period that has any (pivot.by_town kind TARGET: the goals the reports on
    a period, or delivered in it, set for it), titled as a table of targets; None when no report sets one."""
    candidates = {ex.report.period for ex in extractions if ex.report.period}
    candidates |= {str(ex.report.delivered) for ex in extractions if ex.report.delivered}
    candidates &= {f.covered for ex in extractions for f in ex.figures if f.kind == TARGET and not f.entity}
    for period in sorted(candidates, key=periods.sort_key, reverse=True):
        p = pivot.by_town(extractions, flags, period, expected_towns=expected_towns, money=money, kind=TARGET)
        if p.rows:
            return dataclasses.replace(p, title=f"{p.county}各乡镇主要预期目标对比表")
    return None


def write_pivot(p: pivot.Pivot, path: Path, official: reference.Beside | None = None) -> Path:
    """One pivot as a workbook of its own (zhibiao compare --out x.xlsx), with 统计数 beside when given, and its 图表."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Book(path)
    placed = pivot_sheet(book, "对比", p, official)
    chart_sheet(book, p, placed)
    return book.close()
