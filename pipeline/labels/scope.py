"""The period a figure covers: periods written in a clause (leaving out baselines and goals), the scope
they give when not the report's own period, the canonical period code, and the year a section heading
names (2026年工作计划), and the span of years a paragraph opening with one reviews (五年来，…)."""

from __future__ import annotations

import regex

from .. import periods, rules
from ..figures import Found
from ..model import Report, Section
from .loading import LabelRules, label_rules
from .state import SentenceState

CLAUSE_MAX = 200  # how far the end of a clause is looked for
FULL_STOPS = "。！？!?\n"  # end a sentence (a semicolon ends only a part of one)
_FULL_STOP_BEFORE = regex.compile(f"(?r)[{FULL_STOPS}]")
_LEAD_LINE = regex.compile(r"[^。！？!?0-9０-９\n]{4,80}[。：:]")  # one sentence, no figure: a lead line heading paragraphs


def _reference(report: Report) -> periods.Reference | None:
    return periods.reference(report.period, report.delivered)


def scope_of(m: regex.Match, lr: LabelRules, report: Report) -> str | None:
    """The written period when it is not the report's own period, else None."""
    ref = _reference(report)
    own = ref.span if ref else None
    year = own.year if own else None
    part = m["part"] if m["year"] else m["word"]
    if m["year"] and year is not None and periods.year_of(m["year"]) != year:
        return m[0]
    if m["since"] or m["span"]:
        return m[0]  # 2021年以来 (cumulative since), “十四五”时期, 过去五年: never the report's own period
    quarter = m["quarter"] or m["part"]
    s = periods.read(quarter, ref) if quarter else None
    if s is not None and s.months == 3:  # 第二季度 in a half-year report is part of it; 一季度 in a year's is not all of it
        return None if own and own.contains(s) and not own.whole_year else quarter
    if s is not None and not s.point and s.months < 12:  # 前三季度 in an annual report: a part of it
        return None if s == own else quarter
    if m["months"]:
        s = periods.read(m[0], ref)
        return None if own and s == own else periods.in_text().shown(m[0])  # 1-10月, 2024年1-10月 as written
    if m["monthend"]:
        return None  # 6月末: a point inside the report's period
    if m["month"]:  # 9月当月销售额, 2022年6月完成总产值: one month of the report's period
        return periods.in_text().shown(m[0]) if m["year"] else regex.sub(r"\s", "", m["month"])
    if part in lr.points:
        return part
    if part in lr.whole_year:
        return part if own and not own.whole_year else None
    if part in lr.half_year:
        s = periods.read(part, ref)
        return None if s == own else part
    if part in lr.relative_year:
        # counted from the year of writing: in a 政府工作报告 of January 2025 (period 2024), 去年 is the
        # reviewed year (no scope) and 今年 the year ahead
        s = periods.read(part, ref)
        return part if s is not None and s.year != year else None
    s = periods.read(part, ref) if part else None  # 年底前 in a half-year report: past its period
    return part if s is not None and own is not None and not own.contains(s) else None


def covered_period(m: regex.Match | None, scope: str | None, report: Report) -> str | None:
    """The period a figure covers, as a canonical code: the one ``m`` (or the section's ``scope``) names,
    else the report's own period; a point in time (6月末) stays a point."""
    ref = _reference(report)
    if m is not None:
        s = periods.read(m[0], ref)
        # in a report of no known period the written year is all that says which year a figure covers (its scope
        # stays unset: the report's own period may be that year, unread)
        if s is not None and (scope is not None or s.point or report.period is None):
            return periods.code(s)
    if scope is not None and m is None:
        s = periods.read(scope, ref)
        if s is not None:
            return periods.code(s)
    return report.period


def ratio_to(m: regex.Match, f: Found, lr: LabelRules) -> bool:
    """是2020年的1.4倍: a ratio to an earlier period is about now, not about that period."""
    return f.quantity.unit in lr.ratio_units and bool(lr.comparison.search(m.string[: m.start()]))


def change_from(m: regex.Match, offset: int, f: Found, state: SentenceState, text: str, lr: LabelRules) -> bool:
    """由2017年929家增长到3605家: the period (at ``offset`` + its place) dates the figure the change starts
    from, not the one it reaches."""
    prev = state.prev
    return (prev is not None and prev.start >= offset + m.end() and prev.end <= f.start
            and bool(lr.from_to.search(text, prev.end, f.start)))


def holds_for(m: regex.Match, lr: LabelRules) -> bool:
    """A point in time (年初) dates only the figure right after it (由年初的38个减少至9个: not the 9个).

    ``m`` was found in the clause that ends at the figure.
    """
    return m["word"] not in lr.points or m.string[m.end() :].strip() in ("", lr.described_by)


def written_periods(clause: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    """Periods written in a clause, leaving out baselines of comparisons (较上年提高), unless the
    figure is the baseline itself (比2020年的61.2亿元), and periods that qualify a goal (全年目标)."""
    if not lr.period_chars.search(clause):
        return ()  # most clauses name no period: skip the pattern
    return _periods_in(clause)


@rules.cached(maxsize=8192)
def _periods_in(clause: str) -> tuple[regex.Match, ...]:
    lr = label_rules()
    wholes = [w.span() for w in lr.earlier_whole.finditer(clause)]
    return tuple(m for m in lr.period.finditer(clause)
                 if (not lr.comparison.search(clause[: m.start()]) or lr.baseline_figure.match(clause[m.end() :]))
                 and not lr.qualifies.match(clause[m.end() :])
                 and not any(a <= m.start() and m.end() <= b for a, b in wholes))


def section_scope(section: Section | None, lr: LabelRules, report: Report) -> str | None:
    """A section titled 2026年工作计划 in a 2025 report gives its figures that year.

    Only another year: a 下半年工作打算 section of a half-year report is already
    marked by kind (target), as the reference gold has it.
    """
    return _path_scope(section.path, _reference(report)) if section else None


@rules.cached(maxsize=1024)
def _path_scope(path: tuple[str, ...], ref: periods.Reference | None) -> str | None:
    """Another year a heading names: 2026年工作计划, or 今年主要任务 in a 政府工作报告 reviewing last year; else
    the years ahead a heading names alone (二、今后五年发展的主要目标: 2023 to 2027 in a report of early 2023)."""
    lr = label_rules()
    for title in reversed(path):
        if ref is None:
            continue
        ahead = next((m[0] for m in lr.period.finditer(title)  # 今后五年的目标任务: a goal's years, not a baseline's
                      if m["span"] and (s := periods.read(m[0], ref)) is not None and s.first > ref.span.last), None)
        years = [s for m in written_periods(title, lr) if (m["year"] or m["word"] in lr.relative_year)
                 and (s := periods.read(m[0], ref)) is not None and s.whole_year]
        if any(s.year == ref.year for s in years):
            continue  # 一、2019年和今年以来工作回顾 (delivered in July 2020): a review of the report's own year first
        if years:
            return periods.label(str(years[0].year))
        if ahead:
            return ahead
    return None


def to_date(scope: str | None, covered: str | None, clause: str, unit, report: Report,
            lr: LabelRules) -> tuple[str | None, str | None]:
    """截至10月底 (a point at a month's end of the report's year) before a flow (完成投资3.01亿元): the flow runs
    from January to then (1-10月); a level at that date (企业11家) stays a point. A written deadline at the year's end
    (力争年底前完成6个老旧小区改造) sets a goal for the year's flow: the scope stays as written. ``unit`` is the
    figure's Unit."""
    s = periods.span(covered)
    ref = _reference(report)
    deadline = scope is not None and s is not None and s.point and s.ends_year
    if (s is None or not s.point or ref is None or s.year != ref.year or lr.stock_words.search(clause)
            or (scope is not None and not deadline)
            or (lr.target_cue.search(clause) and not deadline)):  # 截至5月…,预计投资约9500万元: what is expected
        return scope, covered
    if not (lr.flow_words.search(clause) or (unit is not None and unit.dimension in lr.flow_dimensions)):
        return scope, covered
    run = periods.Span(s.year * 12, s.last)
    if deadline:
        return scope, periods.code(run)
    if run == ref.span:
        return None, report.period
    return periods.months_in_year(run), periods.code(run)


def dated_around(text: str, f: Found, sentence_start: int, scope: str | None, covered: str | None, report: Report,
                 lr: LabelRules) -> tuple[str | None, str | None]:
    """(scope, covered) as the sentence fixes them around a figure: the years of an average written before it
    (由2017年的1339万元增长至2021年的2173.5万元，年均增长12.5%: over those years, unless a span is written: 过去五年,
    “十三五”期间), or a bracketed period right after it (完成财政收入5543万元(截至10月底)); else as given."""
    stop = _FULL_STOP_BEFORE.search(text, 0, sentence_start)  # the parts of the sentence before: an average's years
    average = lr.average_over.search(text, stop.end() if stop else 0, f.start) if scope is None else None
    if average:
        covered = periods.Span.years(int(average["first"]), int(average["last"])).code
        scope = periods.label(covered)
    aside = lr.aside_period.match(text, f.end)
    if aside and (dated := written_periods(aside["aside"], lr)):
        scope = scope_of(dated[-1], lr, report)
        covered = covered_period(dated[-1], scope, report)
    return scope, covered


def year_before_level(text: str, f: Found, major: int, sentence_start: int, covered: str | None, report: Report,
                      lr: LabelRules) -> str | None:
    """The year before's period for the first figure of a change of one year stated with its growth (2018年全镇财税收入从
    192.05万元提高到209.71万元，增长9.19%: 2017), when the figure covers a whole year and its sentence names no other."""
    s = periods.span(covered or report.period)
    if (s is None or s.point or s.months != 12 or not lr.level_from.search(text, major, f.start)
            or not lr.year_on_year_pair.match(text, f.end)
            or any(covered_period(m, scope_of(m, lr, report), report) not in (None, s.code)
                   for m in written_periods(text[sentence_start : f.start], lr))):
        return None
    return periods.Span.years(s.first // 12 - 1, s.first // 12 - 1).code


def whole_year_of(m: regex.Match, report: Report) -> tuple[str, str] | None:
    """(covered, scope) when ``m`` names only the year of a report on part of it (2024年 in a half-year report):
    a goal written so is for the whole year; None otherwise."""
    own = periods.span(report.period)
    if not m["year"] or own is None or own.whole_year or m["part"] or m["months"] or m["monthend"] or m["month"]:
        return None
    s = periods.read(m[0], _reference(report))
    return (periods.code(s), regex.sub(r"\s", "", m[0])) if s is not None and s.whole_year and s.year == own.year else None


def paragraph_span(text: str, line_start: int, lr: LabelRules, report: Report, section_start: int,
                    heads: dict[int, tuple | None]) -> tuple[str | None, str | None] | None:
    """(scope, covered) of a span of years opening a paragraph (五年来，… ; ——过去五年，…): it holds for every sentence
    of the paragraph, which reviews those years, not for the paragraph after it; or of a span opening a lead line
    before it in its section (——过去五年，我们聚焦项目提档、产业发展，经济质量效益持续向好。 ⏎ 一是…): one sentence,
    no figure, that heads the paragraphs after it up to the next lead line. ``heads`` keeps, by line start, the span
    the lead line above each paragraph gives, so that each paragraph is read once."""
    return _opening_span(text, line_start, lr, report) or _lead_span(text, line_start, lr, report, section_start, heads)


def _lead_span(text: str, line_start: int, lr: LabelRules, report: Report, section_start: int,
               heads: dict[int, tuple | None]) -> tuple[str | None, str | None] | None:
    """The span of the nearest lead line above ``line_start`` in its section (see paragraph_span)."""
    passed, at, found = [line_start], line_start, None
    while at not in heads and at > section_start + 1:
        start = text.rfind("\n", 0, at - 1) + 1
        line = text[start : at - 1].strip()
        if start <= section_start:
            break  # the heading itself (一、过去五年工作回顾) heads the section, not a paragraph
        if line and _LEAD_LINE.fullmatch(line):
            found = _opening_span(text, start, lr, report)
            break
        at = start
        if line:  # a paragraph of the text: the lead above it is that of the paragraphs below it
            passed.append(at)
    else:
        found = heads.get(at)
    for start in passed:
        heads[start] = found
    return found


def _opening_span(text: str, line_start: int, lr: LabelRules, report: Report) -> tuple[str | None, str | None] | None:
    brk = lr.clause_break.search(text, line_start, min(len(text), line_start + CLAUSE_MAX))
    clause = text[line_start : brk.start() if brk else min(len(text), line_start + CLAUSE_MAX)]
    for p in written_periods(clause, lr):
        lead = clause[: p.start()].strip()
        if p["span"] and (lead == "" or lead in lr.openers):
            scope = scope_of(p, lr, report)
            covered = covered_period(p, scope, report)
            # not 过去一年 (the report's own year)
            return (scope, covered) if scope and covered != report.period else None
        break
    return None
