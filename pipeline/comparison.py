"""Which figure is a town's value for a row of the comparison: the domain rule the checks and the
pivots share, so that what the tables show is what was checked.

A row is what is compared: a canonical indicator, else a comparison key, with the unit. A town's
value for a row is a result (kind actual) for the town as a whole (no entity) covering the report's
own period. When a report states several such figures for one row, a stated rule picks one
(``pick``): the figure whose measure the indicator asks for (a flow indicator takes what was done
in the period before an unmarked amount), then the first in the text. A level stated for a flow
indicator (累计建成 beside 新建) is no value of that row: it gets a row of its own (…·存量).

A town sends one report a period, but the store may hold two different ones (a draft and the
final, a revised version under another name): ``choose_reports`` takes one of them for the
comparison and the checks, by a stated rule (a final over a draft, by the draft words of
rules/store.yaml in its title or file name; else the one received later), and
``duplicate_flags`` flags each pair with the reason, in Chinese.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

import regex

from . import normalize, periods, rules
from .model import Extraction, Figure, Flag, FlagItem, Report

RowKey = tuple[str, str]  # (indicator_id, unit_norm)


def is_result(f: Figure, period: str | None = None) -> bool:
    """A result of the report's own period (``period``, when given: the period the figure covers must
    be it) for the town as a whole: what tables compare."""
    if f.kind != "actual" or f.scope_period or f.entity:
        return False
    return period is None or f.covered is None or f.covered == period


def is_goal(f: Figure, period: str | None) -> bool:
    """A target for the whole area covering ``period`` (a 政府工作报告 delivered early in 2023 sets the
    goals of 2023): what a table of targets compares. Its scope period is the target's year, so it is
    not looked at."""
    return f.kind == "target" and not f.entity and f.covered is not None and f.covered == period


STOCK = "·存量"  # the row suffix of a level stated for a flow indicator


@rules.cached(maxsize=4096)
def _period_total(indicator_id: str, dimension: str) -> bool:
    """An amount of the official statistics (rules/store.yaml stock_rows): its level is the period's own total."""
    spec = rules.model("store").stock_rows
    return (indicator_id.split(".", 1)[0] in spec.period_total_domains
            and dimension in spec.period_total_dimensions)


@rules.cached(maxsize=4096)
def _row_unit(indicator_id: str, unit: str) -> str:
    """The unit of an indicator's row for a figure in ``unit``: the indicator's own unit, or the first of
    its units, that counts the same kind of thing (rules/store.yaml row_units); else ``unit`` itself."""
    ind = normalize.lexicon().by_id.get(indicator_id)
    if ind is None or unit not in ind.units:
        return unit
    group = next((set(g) for g in rules.model("store").row_units.groups if unit in g), None)
    if group is None:
        return unit
    listed = (ind.unit, *sorted(ind.units - {ind.unit}))
    return next((u for u in listed if u in group), unit)


def row_of(f: Figure) -> RowKey | None:
    """The row a result figure takes: its indicator (a level of a flow indicator: that indicator's
    stock row), else its comparison key; None when it has neither. An indicator's row takes its
    figures in the units that count the same kind of thing (rules/store.yaml row_units)."""
    if f.indicator_id:
        ind = normalize.lexicon().by_id.get(f.indicator_id)
        unit = _row_unit(f.indicator_id, f.unit_norm or "")
        if ind is not None and ind.flow and f.measure == "level" and not _period_total(ind.id, ind.dimension):
            return (f.indicator_id + STOCK, unit)
        return (f.indicator_id, unit)
    if f.compare_key:
        return (f.compare_key, f.unit_norm or "")
    return None


# the order in which a cell prefers the measures of its figures: what was done in the period first
_PREFERRED = ("flow", "amount", "level", "per_capita", "rate", "share", "growth", "decline", "growth_multiyear",
              "growth_over_years", "change", "completion")


@dataclass(frozen=True)
class _PickRules:
    other_years: regex.Pattern
    several_years: regex.Pattern
    clause_break: regex.Pattern
    years_part: regex.Pattern
    year_part: regex.Pattern
    part_ends: regex.Pattern
    change_start: regex.Pattern
    part_of_area: regex.Pattern
    why: dict[str, str]


@rules.cached
def pick_rules() -> _PickRules:
    """rules/store.yaml ``pick``, compiled once."""
    r = rules.model("store").pick

    def c(pattern: str) -> regex.Pattern:
        return regex.compile(pattern, regex.VERSION1)

    return _PickRules(c(r.other_years), c(r.several_years), c(r.clause_break), c(r.years_part), c(r.year_part),
                      regex.compile(r.part_ends, regex.VERSION1 | regex.MULTILINE), c(r.change_start),
                      c(r.part_of_area), r.why.model_dump())


def parts(text: str, period: str | None) -> tuple[tuple[int, int], ...]:
    """Where the report speaks of one period or of several years: (offset, 1 a part about several years,
    -1 a part about ``period`` itself, 0 neither), one a paragraph that opens one (or a top-level heading
    that ends one), in text order (rules/store.yaml ``pick``: years_part, year_part, part_ends)."""
    pr = pick_rules()
    own = periods.span(period) if period else None
    year = own.year if own else None
    out: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        opening = line[:60].split("。", 1)[0]  # 五年来，… ; 各位代表！2022年是本届政府收官之年。
        several, own = pr.years_part.search(opening), pr.year_part.search(opening)
        if own and own["year"] and year is not None and int(own["year"]) != year:
            own = None
        if several or own:
            out.append((at, 1 if several and (not own or several.start() < own.start()) else -1))
        elif pr.part_ends.match(line):
            out.append((at, 0))
        at += len(line) + 1
    return tuple(out)


def _part_of(where: tuple[tuple[int, int], ...], start: int) -> int:
    found = 0
    for offset, kind in where:
        if offset > start:
            break
        found = kind
    return found


def _clause_before(f: Figure, text: str) -> str:
    clause = text[max(0, f.start - 40) : f.start]
    breaks = list(pick_rules().clause_break.finditer(clause))
    return clause[breaks[-1].end() :] if breaks else clause


def of_other_years(f: Figure, text: str) -> bool:
    """A figure its words make one of several years (rules/store.yaml pick other_years: 年均, 五年, 连年, 比2017年
    增长): no value of the period's cell, whatever period its clause gave it."""
    other = pick_rules().other_years
    return bool(other.search(f.indicator) or other.search(_clause_before(f, text)))


def _pick_key(f: Figure, text: str, where: tuple[tuple[int, int], ...], rank: dict[str, int]) -> tuple:
    """How well a figure fits its cell, the preferences of rules/store.yaml ``pick`` in order (smaller first)."""
    pr = pick_rules()
    clause = _clause_before(f, text)
    several = bool(pr.several_years.search(f.indicator) or pr.several_years.search(clause))
    start = bool(pr.change_start.match(text[f.end : f.end + 8]))
    part = bool(pr.part_of_area.search(f.indicator))
    # 城镇新增就业47.7万人 before a sector's 新增就业9.95万人: the label naming the indicator in full fits it best
    named = bool(f.indicator_name) and f.indicator_name not in f.indicator
    # 达4522.3亿元 before the mark it passed (突破4000亿元)
    bound = f.approx == LOWER_BOUND
    return several, part, _part_of(where, f.start), start, rank.get(f.measure or "", len(rank)), named, bound


_WHY = ("several_years", "part_of_area", "years_part", "change_start", "measure", "named", "bound")
LOWER_BOUND = "lower"  # Quantity.approx of 突破, 超过, 以上


def pick(figures: list[Figure], text: str = "", period: str | None = None,
         where: tuple[tuple[int, int], ...] | None = None) -> tuple[Figure, str]:
    """The figure a cell shows among a report's figures for one row and period (in text order), and why,
    in Chinese, by the preferences of rules/store.yaml ``pick``, in order: the period's own figure before
    one of several years (年均, 五年累计), the whole area before a part of it (赣江新区…), one stated in the
    report's part about the period before one in its part about several years (五年来，…), the end of a
    change before its start (从A增长到B), the measure the row asks for (a flow before an unmarked amount), a
    label naming the indicator in full, the figure stated before a mark it passed (突破), then the first in the
    text. ``text``: the report's text; ``where``: its ``parts`` (computed when not given)."""
    if len(figures) == 1:
        return figures[0], ""
    pr = pick_rules()
    rank = {m: i for i, m in enumerate(_PREFERRED)}
    if where is None:
        where = parts(text, period) if text else ()
    keys = [_pick_key(f, text, where, rank) if text
            else (False, False, 0, False, rank.get(f.measure or "", len(rank)), False, False) for f in figures]
    order = sorted(range(len(figures)), key=lambda i: (keys[i], i))
    chosen, runner_up = figures[order[0]], keys[order[1]]
    # what decided it: the first preference in which the figure shown beats the next best
    decided = next((i for i in range(len(_WHY)) if runner_up[i] != keys[order[0]][i]), None)
    if decided is None:
        return chosen, pr.why["first"]
    if _WHY[decided] == "measure":
        name = normalize.measure_rules().names.get(chosen.measure or "", chosen.measure)
        return chosen, pr.why["measure"].format(measure=name)
    return chosen, pr.why[_WHY[decided]]


TARGET = "target"  # the kind of a table of targets (by_town(kind=TARGET)); results are "actual"


def row_values(ex: Extraction, canonical_only: bool = False, kind: str = "actual",
               period: str | None = None) -> dict[RowKey, tuple[Figure, tuple[Figure, ...], str]]:
    """row -> (the town value, every result figure of the report for that row, why that one); with
    ``kind`` TARGET, the targets covering ``period`` instead (the same pick)."""
    found: dict[RowKey, list[Figure]] = {}
    wanted = (lambda f: is_goal(f, period)) if kind == TARGET else (lambda f: is_result(f, ex.report.period))
    for f in sorted(ex.figures, key=lambda f: (f.start, f.end)):
        if not wanted(f) or of_other_years(f, ex.report.text):
            continue
        key = row_of(f)
        if key is None or (canonical_only and (not f.indicator_id or key[0] != f.indicator_id)):
            continue
        found.setdefault(key, []).append(f)
    out = {}
    period = period if kind == TARGET else ex.report.period
    where = parts(ex.report.text, period) if any(len(figures) > 1 for figures in found.values()) else ()
    for key, figures in found.items():
        chosen, why = pick(figures, ex.report.text, period, where)
        out[key] = (chosen, tuple(figures), why)
    return out


def town_values(ex: Extraction) -> dict[RowKey, tuple[Figure, int]]:
    """(indicator_id, unit_norm) -> (the town value, how many result figures the report has for it):
    the canonical rows only, a level of a flow indicator left out (it is no value of that row)."""
    return {key: (chosen, len(figures)) for key, (chosen, figures, _) in row_values(ex, canonical_only=True).items()}


# --------------------------------------------------------------------------- one report a town and period


@dataclass(frozen=True)
class Choice:
    """Several different reports of one town and period: the one the comparison takes, and why (in Chinese)."""

    town: str
    period: str
    chosen: Extraction
    others: tuple[Extraction, ...]
    why: str

    @property
    def note(self) -> str:
        """What a cell or a sheet says of the pair: which report the comparison takes and why."""
        names = "、".join(_named(ex) for ex in (self.chosen, *self.others))
        n = 1 + len(self.others)
        return f"{self.town}{periods.label(self.period)}有{n}份报告（{names}），取{_named(self.chosen)}：{self.why}"


def _named(ex: Extraction) -> str:
    r = ex.report
    return f"《{r.title}》（{r.report_id}）" if r.title and r.title != r.report_id else r.report_id


def draft_word(report: Report) -> str | None:
    """The draft word (rules/store.yaml draft_words: 初稿, 征求意见稿 …) in the report's title or file name, if any."""
    from .figures import simplified  # a title in traditional characters (徵求意見稿) is read as simplified

    words = rules.model("store").duplicates.draft_words
    named = simplified(f"{report.title or ''}\n{PurePath(report.path).stem if report.path else ''}")
    return next((w for w in words if w in named), None)


def choose_reports(extractions: Iterable[Extraction]) -> tuple[list[Extraction], list[Choice]]:
    """The reports the comparison reads (one a town and period; reports without a town or period all),
    in the given order, and a Choice for every town and period with several different reports.

    The rule: a final over a draft (a draft word in its title or file name), else the one received
    later (Report.received, then the order given)."""
    extractions = list(extractions)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, ex in enumerate(extractions):
        r = ex.report
        if r.status == "ok" and r.town and r.period:
            groups.setdefault((r.town, r.period), []).append(i)
    dup = rules.model("store").duplicates
    left_out: set[int] = set()
    choices = []
    for (town, period), members in groups.items():
        if len(members) < 2:
            continue
        drafts = {i: draft_word(extractions[i].report) for i in members}
        best = max(members, key=lambda i: (drafts[i] is None, extractions[i].report.received, i))
        others = [i for i in members if i != best]
        draft_other = next((i for i in others if drafts[i]), None)
        if drafts[best] is None and draft_other is not None:
            why = dup.why_final.format(draft=drafts[draft_other], other=_named(extractions[draft_other]))
        elif drafts[best] is not None:
            why = dup.why_all_drafts
        else:
            why = dup.why_later
        left_out.update(others)
        choices.append(Choice(town, period, extractions[best], tuple(extractions[i] for i in others), why))
    return [ex for i, ex in enumerate(extractions) if i not in left_out], choices


DUPLICATE_CHECK = "duplicate_report"


def duplicate_flags(choices: Iterable[Choice]) -> list[Flag]:
    """One flag for each town and period with several reports, pointing at the first figure of each
    (a report without figures is named in the message only)."""
    dup = rules.model("store").duplicates
    flags = []
    for c in choices:
        reports = (c.chosen, *c.others)
        items = tuple(FlagItem(ex.report.report_id, f.start, f.end, f.surface, f.indicator)
                      for ex in sorted(reports, key=lambda ex: ex.report.report_id)
                      for f in sorted(ex.figures, key=lambda f: (f.start, f.end))[:1])
        if not items:
            continue
        key = f"{DUPLICATE_CHECK}|{c.town}|{c.period}|" + "|".join(sorted(ex.report.report_id for ex in reports))
        message = dup.message.format(town=c.town, period=periods.label(c.period), n=len(reports),
                                     reports="、".join(_named(ex) for ex in reports), chosen=_named(c.chosen),
                                     why=c.why)
        flags.append(Flag("F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10], DUPLICATE_CHECK, dup.severity,
                          message, items))
    return flags
