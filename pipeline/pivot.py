"""Pivots: rows are what is compared (a canonical indicator, else a comparison key, with the unit),
columns are towns of one period or periods of one town.

A cell holds the town value that pipeline/comparison.py picks for the row (the rule the checks
use too, so what the table shows is what was checked); the report's other result figures for the
row stay visible in the cell's note.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import normalize, periods, rules, units
from .comparison import STOCK, TARGET, RowKey, choose_reports, row_values
from .corrections import is_open
from .export import safe_cell
from .model import Extraction, Figure, Flag
from .out_files import write_atomic
from .present import grouped, plain, scaled


@dataclass(frozen=True)
class Cell:
    figure: Figure
    report_id: str
    town: str | None
    period: str | None
    n_figures: int  # result figures in the report for this row (the cell shows the one picked)
    flags: tuple[Flag, ...] = ()
    others: tuple[Figure, ...] = ()  # the report's other result figures for this row
    why: str = ""  # why this figure was picked among them, in Chinese

    @property
    def note(self) -> str:
        """The cell's comment when the report states several figures for its row: which one it shows,
        why, and the others with their sentences."""
        if not self.others:
            return ""
        lines = [f"报告中该指标有{self.n_figures}个数字，{self.why}：{self.figure.surface}。"]
        lines += [f"另有 {f.surface}（{f.indicator}）" for f in self.others]
        return "\n".join(lines) + f"\n原句：{self.figure.sentence}"

    @property
    def value(self) -> float:
        """The value in the base unit; a fall stated by its size (下降1.8%) as the growth it is (-1.8)."""
        return normalize.signed_value(self.figure)


@dataclass(frozen=True)
class Pivot:
    title: str
    column_label: str  # 乡镇 or 期间
    columns: tuple[str, ...]
    rows: tuple[RowKey, ...]
    cells: dict[tuple[RowKey, str], Cell] = field(default_factory=dict)
    period: str | None = None  # by_town: the period compared
    county: str = ""
    missing: tuple[str, ...] = ()  # columns of towns the roster expects that sent no report (未报送)
    previous: dict[tuple[RowKey, str], Cell] = field(default_factory=dict)  # by_town: the same towns a year earlier
    previous_period: str | None = None  # by_town: the period of ``previous``; by_period: the latest column's 上年同期
    money: str | None = None  # the unit money is shown in (万元, 亿元, 元); None: 万元, 亿元 for rows reaching 1亿
    above: tuple[str, ...] = ()  # columns of county-level reports (青溪县): shown, but no town to sum or rank

    def row_name(self, row: RowKey) -> str:
        """The indicator's name (高标准农田·存量 for its stock row), or the words of a comparison key."""
        base = row[0].removesuffix(STOCK)
        ind = normalize.lexicon().by_id.get(base)
        if ind:
            return ind.name + row[0][len(base) :]
        return row[0].removeprefix("~").rsplit("/", 1)[0]

    def header(self) -> list[str]:
        """The machine header (CSV): ids first, values in base units."""
        return ["指标编号", "指标", "单位", *self.columns]

    def column_name(self, column: str) -> str:
        """A column as a reader reads it: a town, or a period in Chinese (2025H1 -> 2025年上半年)."""
        return periods.label(column) if self.column_label == "期间" else column

    @property
    def subtitle(self) -> str:
        """报告期 and the towns that sent no report, for the line under the title."""
        parts = [f"报告期：{periods.months_label(self.period)}"] if self.period else []
        if self.column_label == "期间" and self.columns:
            parts.append(f"期间：{periods.label(self.columns[0])}至{periods.label(self.columns[-1])}")
            if self.previous_period:
                parts.append(f"增减、增长%：{periods.label(self.columns[-1])}比{periods.label(self.previous_period)}")
        if self.missing:
            parts.append(f"未报送：{'、'.join(self.missing)}")
        return "　　".join(parts)

    def view(self, row: RowKey, also: Iterable[float] = ()) -> RowView:
        """The row as a 统计报表 shows it; ``also``: other values in its unit (统计数) that choose its display unit too."""
        return row_view(self, row, also)


@dataclass(frozen=True)
class RowView:
    """One row as a 统计报表 shows it: in its display unit, with the statistics its measure allows."""

    key: RowKey
    name: str
    unit: str  # the unit shown (万元 for 元)
    divisor: float  # a base value divided by it is the value shown
    values: dict[str, float]  # column -> value shown (columns with a figure)
    summable: bool  # flows, levels and amounts in amounts: 合计 and 平均 make sense
    total: float | None = None  # 合计
    mean: float | None = None  # 平均
    ranks: dict[str, int] = field(default_factory=dict)  # column -> 排名 (1 the largest)
    previous: float | None = None  # 上年同期
    change: float | None = None  # 增减
    growth: float | None = None  # 增长%
    note: str = ""  # how 上年同期 was taken, when a reader needs to know


@rules.cached
def _summable_measures() -> frozenset[str]:
    return frozenset(rules.model("measures").summable)


def summable(unit: str, figures: Iterable[Figure]) -> bool:
    """Whether the towns' figures of a row add up: every figure a flow, level, amount or change
    (rules/measures.yaml `summable`), in an amount (not %, 百分点, a rate or a unit per something)."""
    if not unit or "/" in unit or units.dimension(unit) in ("percent", "ratio", "age"):
        return False
    measures = _summable_measures()
    return all((f.measure or "amount") in measures for f in figures)


def _ranks(values: dict[str, float]) -> dict[str, int]:
    """1 for the largest; equal values share a rank (1, 2, 2, 4)."""
    if len(values) < 2:
        return {}
    ordered = sorted(values.values(), reverse=True)
    return {c: ordered.index(v) + 1 for c, v in values.items()}


def _two_places(x: float) -> float:
    """An average or a growth to two decimals, a small one to three significant digits (0.002, not 0.0)."""
    return round(x, 2) if abs(x) >= 1 else float(f"{x:.3g}")


def row_view(p: Pivot, row: RowKey, also: Iterable[float] = ()) -> RowView:
    cells = {c: p.cells[(row, c)] for c in p.columns if (row, c) in p.cells}
    unit, divisor = units.for_table(row[1], [*(c.value for c in cells.values()), *also], p.money)
    values = {c: scaled(cell.value, divisor) for c, cell in cells.items()}
    add = summable(row[1], [c.figure for c in cells.values()])
    name = p.row_name(row)
    if p.column_label == "期间":  # one town's periods: the latest against the same part of the year before
        latest = p.columns[-1] if p.columns else None
        before = periods.same_part_last_year(latest) if latest else None
        if latest in values and before in values:
            change = round(values[latest] - values[before], 8)
            growth = round(change / values[before] * 100, 2) if values[before] and row[1] != "%" else None
            return RowView(row, name, unit, divisor, values, add, previous=values[before], change=change, growth=growth)
        return RowView(row, name, unit, divisor, values, add)
    total = mean = previous = change = growth = None
    note = ""
    towns = {c: x for c, x in values.items() if c not in p.above}
    if add and towns:
        total = round(sum(towns.values()), 8)
        mean = _two_places(total / len(towns))
        before = {c: scaled(p.previous[(row, c)].value, divisor) for c in towns if (row, c) in p.previous}
        if before:
            previous = round(sum(before.values()), 8)
            now = round(sum(towns[c] for c in before), 8)
            change = round(now - previous, 8)
            growth = round(change / previous * 100, 2) if previous else None
            if len(before) < len(towns):
                note = (f"上年同期、增减、增长%只计两期都报送的{len(before)}个乡镇（{'、'.join(before)}），"
                        f"本期这些乡镇合计{grouped(now, 4)}{unit}。")
    return RowView(row, name, unit, divisor, values, add, total, mean, _ranks(towns), previous, change, growth, note)


def periods_of(extractions: Iterable[Extraction]) -> list[str]:
    """The periods of the reports, latest last (2025H1, 2025H2, 2025)."""
    return sorted({ex.report.period for ex in extractions if ex.report.period}, key=periods.sort_key)


def _flag_index(flags: Iterable[Flag]) -> dict[tuple[str, int, int], list[Flag]]:
    index: dict[tuple[str, int, int], list[Flag]] = {}
    for flag in flags:
        if not is_open(flag):  # an analyst found it 误报 or 已核实 (pipeline/corrections.py)
            continue
        for item in flag.items:
            index.setdefault((item.report_id, item.start, item.end), []).append(flag)
    return index


def _cells(entries: list[tuple[str, Extraction]], flags: Iterable[Flag], indicator: str | None,
           kind: str = "actual", period: str | None = None) -> tuple[list[str], dict[tuple[RowKey, str], Cell]]:
    """entries: (column, report) in column order; one report per column (the first wins); ``kind`` TARGET:
    the targets covering ``period``."""
    index = _flag_index(flags)
    cells: dict[tuple[RowKey, str], Cell] = {}
    columns: list[str] = []
    for column, ex in entries:
        if column in columns:
            continue
        columns.append(column)
        for key, (f, figures, why) in row_values(ex, kind=kind, period=period).items():
            if indicator and not _wanted(key[0], indicator):
                continue
            cells[(key, column)] = Cell(f, ex.report.report_id, ex.report.town, ex.report.period, len(figures),
                                        tuple(index.get((ex.report.report_id, f.start, f.end), ())),
                                        tuple(o for o in figures if o is not f), why)
    return columns, cells


def _row_order(keys: Iterable[RowKey]) -> tuple[RowKey, ...]:
    lexicon = normalize.lexicon()
    order = {ind.id: ind.order for ind in lexicon.indicators}

    def row_order(key: RowKey) -> tuple:
        base = key[0].removesuffix(STOCK)
        ind = lexicon.by_id.get(base)
        # canonical rows in the file's order (a stock row after its flow row), then the comparison keys
        return (order.get(base, 10**6), key[0], key[1] != (ind.unit if ind else ""), key[1])

    return tuple(sorted(set(keys), key=row_order))


def _county(extractions: Iterable[Extraction]) -> str:
    """The county most of the reports name (the manifest's county column), or empty."""
    counts: dict[str, int] = {}
    for ex in extractions:
        if ex.report.county:
            counts[ex.report.county] = counts.get(ex.report.county, 0) + 1
    return min(counts, key=lambda c: (-counts[c], c)) if counts else ""


def _wanted(indicator_id: str, wanted: str) -> bool:
    """--indicator: an id, an id prefix (safety. or safety), or words of the Chinese name."""
    indicator_id = indicator_id.removesuffix(STOCK)
    if indicator_id.startswith("~"):
        return wanted in indicator_id
    ind = normalize.lexicon().by_id.get(indicator_id)
    return (indicator_id == wanted or indicator_id.startswith(wanted.rstrip(".") + ".")
            or (ind is not None and wanted in ind.name))


def _town_entries(extractions: list[Extraction], period: str | None, kind: str = "actual") -> list[tuple[str, Extraction]]:
    """(column, report) of the reports on ``period``; for targets (``kind`` TARGET), also those delivered in it
    (a 政府工作报告 of early 2023 sets the goals of 2023), first."""

    def column(ex: Extraction) -> tuple[str, Extraction]:
        return ex.report.town or ex.report.report_id, ex

    on = sorted((column(ex) for ex in extractions if ex.report.period == period), key=lambda e: e[1].report.report_id)
    if kind != TARGET:
        return on
    ahead = sorted((column(ex) for ex in extractions if ex.report.delivered and str(ex.report.delivered) == period),
                   key=lambda e: e[1].report.report_id)
    return [*ahead, *on]


def by_town(extractions: Iterable[Extraction], flags: Iterable[Flag] = (), period: str | None = None,
            indicator: str | None = None, expected_towns: Sequence[str] = (), money: str | None = None,
            kind: str = "actual") -> Pivot:
    """Towns of one period side by side (the latest period by default), as a 统计报表: the towns the
    roster expects (``expected_towns``) first in its order, those that sent no report marked 未报送, then
    any other town that reported; with the same period of the year before in the store, its cells as
    ``previous`` (上年同期). ``money``: the unit money is shown in (see units.for_table). ``kind`` TARGET:
    the towns' targets for ``period`` (the goals a report delivered in it sets), by the same pick."""
    extractions = [ex for ex in extractions if ex.report.status == "ok"]
    extractions = choose_reports(extractions)[0]  # one report a town and period
    flags = list(flags)
    period = period or (periods_of(extractions) or [None])[-1]
    columns, cells = _cells(_town_entries(extractions, period, kind), flags, indicator, kind, period)
    roster = list(dict.fromkeys(t for t in expected_towns if t))
    missing = tuple(t for t in roster if t not in columns)
    columns = [*roster, *(c for c in columns if c not in roster)]
    before = periods.same_part_last_year(period) if period else None
    previous: dict[tuple[RowKey, str], Cell] = {}
    if before and kind != TARGET and any(ex.report.period == before for ex in extractions):
        _, previous = _cells(_town_entries(extractions, before), flags, indicator)
    else:
        before = None
    county = _county(ex for ex in extractions if ex.report.period == period)
    above = tuple(c for c in columns if c.endswith(_county_suffixes()))
    columns = [*(c for c in columns if c not in above), *above]  # the county's own report after its towns
    return Pivot(f"{county}各乡镇主要指标对比表", "乡镇", tuple(columns), _row_order(k for k, _ in cells), cells,
                 period=period, county=county, missing=missing, previous=previous, previous_period=before, money=money,
                 above=above)


@rules.cached
def _county_suffixes() -> tuple[str, ...]:
    """The endings of a body above the towns (县, 市, 区 …: rules/checks.yaml, outlier_across_towns)."""
    entry = rules.load("checks").get("checks", {}).get("outlier_across_towns") or {}
    return tuple(entry.get("county_level_suffixes") or ())


def by_period(extractions: Iterable[Extraction], town: str, flags: Iterable[Flag] = (),
              indicator: str | None = None, money: str | None = None) -> Pivot:
    """One town's periods side by side, earliest first; the latest beside the same part of the year before."""
    mine = [ex for ex in extractions if ex.report.status == "ok" and ex.report.town == town and ex.report.period]
    mine = choose_reports(mine)[0]  # one report a period
    entries = sorted(((ex.report.period, ex) for ex in mine), key=lambda e: (periods.sort_key(e[0]), e[1].report.report_id))
    columns, cells = _cells(entries, flags, indicator)
    before = periods.same_part_last_year(columns[-1]) if columns else None
    return Pivot(f"{town}主要指标各期对比表", "期间", tuple(columns), _row_order(k for k, _ in cells), cells,
                 county=_county(mine), previous_period=before if before in columns else None, money=money)


# --------------------------------------------------------------------------- text and CSV


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


MISSING = "未报送"  # a town the roster expects that sent no report
STATS = ("合计", "平均", "上年同期", "增减", "增长%")  # the columns after the towns (by_town); by_period: the last three


def show_value(cell: Cell | None, divisor: float = 1.0) -> str:
    """A cell for the terminal, in its row's unit: 1,860 ; 2.8 (万元); flagged cells end in *."""
    if cell is None:
        return ""
    return grouped(scaled(cell.value, divisor), places=4) + ("*" if cell.flags else "")


def stat_columns(p: Pivot) -> tuple[str, ...]:
    """The statistics columns the pivot shows: 合计, 平均 (towns), 上年同期, 增减, 增长% (when the store has it)."""
    if p.column_label == "期间":
        return STATS[2:] if p.previous_period else ()
    return STATS if p.previous_period else STATS[:2]


def stat_values(v: RowView, columns: Sequence[str]) -> list[float | None]:
    by_name = {"合计": v.total, "平均": v.mean, "上年同期": v.previous, "增减": v.change, "增长%": v.growth}
    return [by_name[c] for c in columns]


def render_text(p: Pivot) -> str:
    """The pivot as an aligned table for a terminal (CJK characters count double): indicator names first,
    the unit each row is shown in, the towns (未报送 for those expected that sent nothing), the statistics
    its measure allows, the id last."""
    stats = stat_columns(p)
    header = ["指标", "单位", *(p.column_name(c) for c in p.columns), *stats, "指标编号"]
    body = []
    for key in p.rows:
        v = p.view(key)
        towns = [MISSING if c in p.missing else show_value(p.cells.get((key, c)), v.divisor) for c in p.columns]
        body.append([v.name, v.unit, *towns, *(grouped(x, places=2) for x in stat_values(v, stats)), key[0]])
    widths = [max(_width(r[i]) for r in [header, *body]) for i in range(len(header))]
    numeric = range(2, len(header) - 1)
    lines = [p.title + (f"（{periods.months_label(p.period)}）" if p.period else "")]
    if p.missing:
        lines.append(f"未报送：{'、'.join(p.missing)}")
    if p.column_label == "期间" and p.subtitle:
        lines.append(p.subtitle)
    lines.append("  ".join(_pad(h, w, i in numeric) for i, (h, w) in enumerate(zip(header, widths))))
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(_pad(x, w, i in numeric) for i, (x, w) in enumerate(zip(row, widths))) for row in body)
    if any(cell.flags for cell in p.cells.values()):
        lines.append("* 该数字有疑点（见 flags.csv 或 indicators.xlsx 的“疑点”表）")
    if p.previous_period:
        lines.append(f"上年同期：{periods.months_label(p.previous_period)}；合计、平均只列可以相加的指标（总量、新增量），不含比率、占比和人均值。")
    if not p.rows:
        lines.append("（没有可对比的数字）")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def csv_bytes(p: Pivot) -> bytes:
    """The pivot as CSV (UTF-8 with BOM, like the other tables): numbers plain, text neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(p.header())
    for key in p.rows:
        cells = [p.cells.get((key, c)) for c in p.columns]
        writer.writerow([safe_cell(key[0]), safe_cell(p.row_name(key)), safe_cell(key[1]),
                         *(plain(c.value) if c else "" for c in cells)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(p: Pivot, path: Path) -> Path:
    write_atomic(path, csv_bytes(p))
    return path
