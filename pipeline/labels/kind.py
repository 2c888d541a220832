"""Whether a figure is a target or an actual result: plan words that are words of their own (计划新建,
not 雨露计划), plan sections (下半年工作打算), and periods still ahead of the report's."""

from __future__ import annotations

import regex

from .. import periods, rules
from ..model import Report
from .clauses import segment
from .loading import LabelRules, label_rules


@rules.cached(maxsize=1024)
def is_plan(path: tuple[str, ...]) -> bool:
    """A section under a heading like 2026年工作计划 or 下半年工作打算 holds targets."""
    lr = label_rules()
    return any(lr.plan_sections.search(title) and not lr.result_sections.search(title) for title in path)


def target_cues(before: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    """Plan words that are words of their own (计划新建 yes, 雨露计划 no)."""
    matches = list(lr.target_cue.finditer(before))
    if not matches:
        return ()
    starts, pos = set(), 0
    for tok in segment(before):
        starts.add(pos)
        pos += len(tok)
    return tuple(m for m in matches if m.start() in starts)


def has_target_cue(before: str, lr: LabelRules) -> bool:
    return bool(target_cues(before, lr))


def not_ahead(covered: str | None, report: Report) -> bool:
    own, s = periods.span(report.period), periods.span(covered)
    return bool(own and s and s.last <= own.last)


def kind_of(cues: tuple[regex.Match, ...], planning: bool, covered: str | None, report: Report,
          lr: LabelRules) -> str:
    """target for a plan word, a plan section or a period still ahead of the report's; actual otherwise.

    预计 about the period the report reviews (over when a 政府工作报告 of January is delivered, ending when a
    year's 工作总结 is written) is an estimated result: actual; not when the sentence puts what is estimated
    after that period (即将竣工验收，预计新增…) or yields a rate (预计年发电量)."""
    own, s = periods.span(report.period), periods.span(covered)
    if own and s and s.first > own.last:
        return "target"  # a period still ahead: 下半年, 2026年, 今年 in a report reviewing last year
    if (cues and own and s and own.contains(s) and not planning
            and all(lr.estimate_cue.fullmatch(m[0]) and not lr.estimate_ahead.search(m.string, 0, m.start())
                    and not lr.estimate_rate.match(m.string, m.end()) for m in cues)):
        return "actual"
    return "target" if cues or planning else "actual"
