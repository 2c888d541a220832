"""Whether a figure is a target or an actual result: plan words that are words of their own (计划新建,
not 雨露计划), plan sections (下半年工作打算), and periods still ahead of the report's."""

from __future__ import annotations

import regex

from .. import periods, rules
from ..figures import Found
from ..model import Figure, Report, Section, Sentence
from .clauses import segment
from .entity import opens_with_verb
from .loading import LabelRules, label_rules
from .scope import covered_period, scope_of, written_periods

_CLOSING_BRACKETS = ")）"  # a bracket closed before a clause: the clause goes on from before the aside


@rules.cached(maxsize=1024)
def is_plan(path: tuple[str, ...]) -> bool:
    """A section under a heading like 2026年工作计划 or 下半年工作打算 holds targets."""
    lr = label_rules()
    return any(lr.plan_sections.search(title := _before_a_figure(heading, lr)) and not lr.result_sections.search(title)
               for heading in path)


def _before_a_figure(title: str, lr: LabelRules) -> str:
    """The title up to its first figure, after its list number (3、工业固定资产规模投入2219万元,占年计划的61.6。: a
    numbered paragraph read as a heading, whose plan word is about its figure)."""
    marker = lr.row_marker.match(title)
    figure = lr.plan_title_end.search(title, marker.end() if marker else 0)
    return title[: figure.start()] if figure else title


def is_plan_report(report: Report) -> bool:
    """A report that is a plan by its title (梅陇镇人民政府2025年工作要点, 2024年工作计划) or by its head (2026年,中洲镇将…,
    in a report on 2026): read once per report, not per figure (its head is a slice of the text)."""
    return is_plan((report.title,)) or _opens_as_plan(report.text[: label_rules().plan_opening_chars], report.period)


def in_plan_report(plan_report: bool, path: tuple[str, ...]) -> bool:
    """A figure of a plan report (``plan_report``: is_plan_report) outside any section that reports results: a
    target, whatever its section's heading."""
    return plan_report and not any(label_rules().result_sections.search(title) for title in path)


@rules.cached(maxsize=256)
def _opens_as_plan(head: str, period: str | None) -> bool:
    """The head has a paragraph opening with the report's own year and what will be done in it."""
    return any(m["year"] == period for m in label_rules().plan_opening.finditer(head))


def plan_part_start(report: Report, sections: tuple[Section, ...]) -> Section | None:
    """The top-level section a 政府工作报告's plan part begins with (rules/labels.yaml plan_part_opens): the
    first that is a plan section or holds the words that open the year's targets (its heading may say
    干出新成效); None for a report that is not delivered after its period, or has no such section."""
    own = periods.span(report.period)
    if not (report.delivered and own and report.delivered > own.year):
        return None
    lr = label_rules()
    opens = lr.plan_part_opens.search(report.text)
    for s in sections:
        if s.level == 1 and ((opens is not None and s.start <= opens.start() < s.end)
                             or (is_plan((s.title,)) and not lr.result_sections.search(s.title))):
            return s
    return None


def notes_start(report: Report) -> int | None:
    """Where the notes after a report begin (rules/labels.yaml notes_heading: 注释, 名词解释), or None."""
    m = label_rules().notes_heading.search(report.text)
    return m.start() if m else None


def in_plan_part(section: Section | None, start: int, plan: Section | None) -> bool:
    """A figure at ``start`` stands in the plan part that begins with the top-level section ``plan``, and
    under no later top-level heading of results (附件 2022年工作完成情况)."""
    if plan is None or start < plan.start or section is None:  # the notes after the report (注释) are in no section
        return False
    top = section.path[0] if section and section.path else None
    return top is None or top == plan.title or not label_rules().result_sections.search(top)


def target_cues(before: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    """Plan words that are words of their own (计划新建 yes, 雨露计划 no)."""
    return _target_cues(before) if lr is label_rules() else _cues(before, lr)


@rules.cached(maxsize=16384)
def _target_cues(before: str) -> tuple[regex.Match, ...]:
    """target_cues under rules/: a sentence's words before each of its figures are read for plan words, and
    copies of a report repeat them, so each distinct stretch is read once (the matches are of an equal string)."""
    return _cues(before, label_rules())


def _cues(before: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    matches = [*lr.target_cue.finditer(before), *lr.plan_compound.finditer(before),  # 年度计划完成投资
               *lr.capacity_cue.finditer(before)]
    if not matches:
        return ()
    starts, pos = set(), 0
    for tok in segment(before):
        starts.add(pos)
        pos += len(tok)
    return tuple(sorted((m for m in matches if m.start() in starts), key=lambda m: m.start()))


def has_target_cue(before: str, lr: LabelRules) -> bool:
    return bool(target_cues(before, lr))


def not_ahead(covered: str | None, report: Report) -> bool:
    own, s = periods.span(report.period), periods.span(covered)
    return bool(own and s and s.last <= own.last)


def year_ahead(covered: str | None, report: Report) -> bool:
    """The figure covers the whole of the report's year, which is not over when the report's own period ends."""
    own, s = periods.span(report.period), periods.span(covered)
    return bool(own and s and s.whole_year and s.year == own.year and own.last < s.last)


def of_no_year(cues: tuple[regex.Match, ...], lr: LabelRules) -> bool:
    """The plan words only estimate (预计) or say what a thing can yield (可达): a 政府工作报告's goals for its year
    are not among them."""
    return bool(cues) and all(lr.estimate_cue.fullmatch(m[0]) or m.re is lr.capacity_cue for m in cues)


def only_estimates(cues: tuple[regex.Match, ...], lr: LabelRules) -> bool:
    """The plan words are all words of estimating (预计, 初步测算), none of aiming (力争, 计划)."""
    return bool(cues) and all(lr.estimate_cue.fullmatch(m[0]) for m in cues)


def is_estimate(cues: tuple[regex.Match, ...], planning: bool, covered: str | None, report: Report,
                lr: LabelRules) -> bool:
    """预计 about the period the report reviews is an estimated result, not a goal: 预计全年完成… in a
    report on that year (a 工作总结 of December, a 政府工作报告 of January on the year just ended), 预计6月…
    in a half-year report; 预计全年 in a half-year report looks ahead, and so does what the sentence puts
    after the period (4个即将竣工验收，预计新增…) or a yield per year or unit (预计年发电量, 预计每亩增收)."""
    if planning or not only_estimates(cues, lr):
        return False
    if _only_statistics(cues, lr):
        return True
    own, s = periods.span(report.period), periods.span(covered)
    if own is None and covered is None:
        pass  # a report of no known year (20xx年 removed), a figure of no period: its own period's
    elif not (own and s and (own.contains(s) or (s.last == own.last and s.contains(own)))):
        return False  # not the reviewed period, nor years ending with it (五年来，…预计年均增长5.5%)
    return not any(lr.estimate_ahead.search(m.string, 0, m.start()) or lr.estimate_rate.match(m.string, m.end())
                   for m in cues)


def _only_statistics(cues: tuple[regex.Match, ...], lr: LabelRules) -> bool:
    """The plan words are all preliminary statistics (初步统计, 初步测算): a result, never a goal."""
    return bool(cues) and all(lr.statistics_estimate.fullmatch(m[0]) for m in cues)


def kind_of(cues: tuple[regex.Match, ...], planning: bool, covered: str | None, report: Report,
            lr: LabelRules) -> str:
    """target for a plan word, a plan section or a period still ahead of the report's; actual otherwise,
    and for an estimate of the reviewed period (``is_estimate``)."""
    own, s = periods.span(report.period), periods.span(covered)
    if own and s and s.first > own.last:
        return "target"  # a period still ahead: 下半年, 2026年, 今年 in a report reviewing last year
    if own and s and s.last < own.first:
        return "actual"  # a period over before the report's began: 去年6月同期完成501万元 is a baseline
    if is_estimate(cues, planning, covered, report, lr):
        return "actual"
    return "target" if cues or planning else "actual"


def leaves_estimate(cues: tuple, text: str, cstart: int, raw: str, own: str | None, lr: LabelRules) -> bool:
    """After an estimate (…,预计年底前完工,), a clause with its own verb or subject states a result (新建灵山葡萄园大棚50亩);
    one going on without either (预计全年生产总值增长4.5%左右,固定资产投资增长8.1%), or an item of a list
    (预计全年接待游客1.3亿人次、实现旅游收入899.4亿元), is still estimated."""
    return (only_estimates(cues, lr) and cstart > 0 and bool(lr.clause_break.match(text, cstart - 1))
            and text[cstart - 1] not in _CLOSING_BRACKETS  # 预计2018年全镇(含…园区,下同)完成…: an aside, the same clause
            and not target_cues(raw, lr) and (opens_with_verb(raw, lr) or own is not None))


def is_goal_amount(text: str, f: Found, raw: str, lr: LabelRules) -> bool:
    """An amount that is the goal itself, not what was done towards it: right after the goal's word with the share done
    after it (完成年初人代会目标45亿元的116%, 占半年目标任务13%的102%: a rate aimed at), or right before the goal's word
    (下达的2500万元目标任务); not a number of tasks (三项任务). Its kind is target whatever verb stands before it."""
    return ((lr.goal_amount_before.search(raw) is not None and lr.goal_share_after.match(text, f.end) is not None)
            or (f.quantity.unit != "%" and lr.goal_word_after.match(text, f.end) is not None
                and f.quantity.unit not in lr.task_count_units))


def is_share_of_goal(text: str, f: Found, goal_end: int | None, lr: LabelRules) -> bool:
    """The share of a goal done, written right after the goal (目标45亿元的116%): a result."""
    return (f.quantity.unit == "%" and goal_end is not None
            and lr.goal_share_after.fullmatch(text, goal_end, f.start + 1) is not None)


def leaves_estimate_list(text: str, item_start: int, cues: tuple[regex.Match, ...], lr: LabelRules) -> bool:
    """An item of a list of estimates that opens with its own verb or period leaves the list (…；加强企业上规入统，
    新增11家); one repeating the verb the estimate opened with (预计完成地区生产总值60亿元…；完成固定资产投资34.7亿元)
    is another item of it, also when a period stands between (预计一季度完成…；完成…)."""
    item = lr.estimate_item_leaves.match(text, item_start)
    opened = cues[-1].string, cues[-1].end()
    if item is None or lr.estimate_alone.match(*opened):
        return False
    period = lr.estimate_list_opens.match(*opened)  # 预计一季度完成…: the verb after the period estimated
    first = lr.estimate_item_leaves.match(opened[0], period.end() if period else opened[1])
    return first is None or first[0].strip() != item[0].strip()


def opens_with_own_period(clause: str, lr: LabelRules, report: Report) -> bool:
    """The clause opens with the report's own period or an earlier one (上半年已完成…, 1-5月份累计已完成…):
    after a plan in its sentence it states a result again. Not a point (年初) or a change's baseline (去年同期)."""
    for p in written_periods(clause, lr):
        if clause[: p.start()].strip() or p["word"] in lr.points or lr.baseline_of_change.match(clause, p.end()):
            return False
        return not_ahead(covered_period(p, scope_of(p, lr, report), report), report)
    return False


def lead_in_list(text: str, before: Sentence, sentence: Sentence, lr: LabelRules, report: Report) -> tuple | None:
    """The list of targets that ``sentence`` opens when the sentence right before it is only its lead-in
    (2023年…的主要预期目标是: ⏎ 地区生产总值增长6.5%以上;…), as state.target_list holds one."""
    lead = before.text.strip()
    if text[before.end : sentence.start].strip() or not lead.endswith(("：", ":")):
        return None
    cues = target_cues(lead, lr)
    if not cues or only_estimates(cues, lr) or not lr.target_list.fullmatch(lead, cues[-1].end()):
        return None
    periods = written_periods(lead, lr)
    scope = scope_of(periods[-1], lr, report) if periods else None
    covered = covered_period(periods[-1], scope, report) if periods else None
    end = lr.target_list_end.search(text, sentence.start + 1)
    return (end.start() if end else len(text), scope, covered, cues)


def share_done_of(out: list[Figure], sentence: Sentence, f: Found, raw: str, text: str, lr: LabelRules,
                   share_done: Found | None) -> Figure | None:
    """The figure before in the sentence whose kind a share of a goal done takes (…8203万元,占全年目标108.74%、109.92%:
    the amount before the clause naming the goal, or ``share_done``, the share just before in a list of them); else None."""
    before = out[-1] if out and out[-1].start >= sentence.start else None
    if before is None:
        return None
    if lr.percent_of_goal.match(raw.strip(" ，,、")):
        return before
    listed = share_done is not None and share_done.start == before.start and not raw.strip()
    return before if listed and text[before.end : f.start].strip() == "、" else None


def names_the_figure(cues: tuple[regex.Match, ...], before: str, lr: LabelRules) -> bool:
    """The plan words form one phrase right before the figure, maybe with a goal word and in its bracket
    (服务市场主体任务261条, 完成预期目标(5100万元)): they name this figure alone."""
    end = len(before.rstrip(" (（"))
    if goal := lr.goal_label.search(before, 0, end):
        end = goal.start()
    for m in reversed(cues):
        if m.end() < end:
            return False
        end = min(end, m.start())
    return True
