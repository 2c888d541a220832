"""What opens the clauses before a figure: the entity and the period each clause names at its start (龙岩村投入…,
1-5月,…), read once a sentence up to each figure into its SentenceState; and the period that opens a sentence's first
part when no figure stands there (1-11月,…全区领先;完成…3.2亿元)."""

from __future__ import annotations

import regex

from ..model import Report, Sentence
from .entity import entity_opening, entity_topic, named_as_place, opens_with_verb
from .kind import opens_with_own_period, target_cues
from .loading import LabelRules
from .scope import CLAUSE_MAX, FULL_STOPS, covered_period, scope_of, written_periods
from .state import SentenceState

_FULL_STOP = regex.compile(f"[{FULL_STOPS}]")  # ends what a month's end opening a sentence holds for
_PART_BREAKS = "；;"  # end the parts of a sentence, which a period opening its first holds for


def read_clauses(text: str, state: SentenceState, upto: int, lr: LabelRules, report: Report) -> None:
    """Entities and periods that open the clauses between state.scanned and upto."""
    pos = state.scanned
    while pos < upto:
        m = lr.clause_break.search(text, pos, upto)
        end = m.start() if m else upto
        clause = text[pos:end]
        if lr.item_opens.search(clause):
            state.entity = None  # 二是…: a new item of a list (also on a line a PDF copy wrapped), about something else
        # read up to the clause's end (a figure may have cut it at a 、): 集成电路工业园、…改造等5个园区… lists examples
        whole = lr.clause_break.search(text, end, end + CLAUSE_MAX) if m is None else m
        listed = lr.examples_count.search(text, pos, whole.start() if whole else min(len(text), end + CLAUSE_MAX))
        found = None if listed else entity_opening(clause, lr, report)
        if not found and not listed and m and not text[state.start : pos].strip():
            found = entity_topic(text[pos : m.end()], lr, report)  # 姜家镇农田水利专项债券项目,分三期实施,…总投资1.64亿元
        if found:  # 小桥村挖掘…,积极打造小桥村葛山…: the subject again, named in an object
            # named in an object, or as where the doing was (率先在希勃图村开展…): that clause's place only
            state.entity_object = (found[1] or named_as_place(clause, found[0], lr)) and found[0] != state.entity
            state.entity = found[0]
        elif (listed or lr.generic_place.match(clause) or (state.entity_object and opens_with_verb(clause, lr))
              or (lr.whole_people.match(clause) and state.entity != state.subject)):
            state.entity = None  # 每村新增…: about every village, not the one named before; 建设唐宦村…示范点896亩,
            # 全面完成…: a verb of its own after a village named in an object: the town's doing; 成功推动银龙轨道、六一
            # 节能等2家企业…: examples of what a count counts, not the 信丰电厂 named before
        for p in written_periods(clause, lr):
            if lr.baseline_of_change.match(clause, p.end()):
                continue  # 去年6月同期完成2017万元: dates that figure only, not the change after it
            lead = clause[: p.start()].strip()
            if (lead == "" or lead in lr.openers) and p["word"] not in lr.points:  # 年初排查…: a time, no scope
                state.scope = scope_of(p, lr, report)
                state.covered = covered_period(p, state.scope, report)
                state.paragraph_span = None  # written in the sentence: 五年来，共引进…，总投资超40亿元 is the years' sum
                # a month range or a month's end opening a sentence (1-5月,…;…。), or a span opening any of its
                # clauses (…,五年来,…;…。), holds up to its full stop, not for the paragraph's next sentences,
                # which often state the year's own figures
                if p["span"] or not text[state.start : pos].strip():
                    holds = p["months"] or p["monthend"] or p["span"] or p["since"]
                    carried = (state.scope, state.covered) if holds else (None, None)
                    stop = _FULL_STOP.search(text, pos)
                    state.opening_scope = (text.rfind("\n", 0, pos) + 1, *carried, stop.end() if stop else len(text))
        if (state.target and not state.lead_in and text[state.start : pos].strip() and not target_cues(clause, lr)
                and opens_with_own_period(clause, lr, report)):
            # 全年计划新建2000亩，上半年已完成1500亩: this clause states a result again (not a clause holding a plan
            # word itself: …项目,2024年计划实施项目30个)
            state.end_plan(pos)
        if m is None:
            break
        pos = m.end()
    state.scanned = max(state.scanned, pos if pos <= upto else upto)


def _opening_of_lead_part(text: str, start: int, end: int, lr: LabelRules, report: Report) -> tuple | None:
    """The opening_scope that a part of a sentence holding no figure opens it with (1-11月,服务业和外资指标全区领先;
    完成规上营利性服务业营收3.2亿元,…。): a month range or a month's end holds for the parts after it up to the full
    stop, as if a figure stood in the first."""
    brk = lr.clause_break.search(text, start, end)
    clause = text[start : brk.start() if brk else end]
    for p in written_periods(clause, lr):
        lead = clause[: p.start()].strip()
        if (lead == "" or lead in lr.openers) and p["word"] not in lr.points and (p["months"] or p["monthend"]):
            scope = scope_of(p, lr, report)
            stop = _FULL_STOP.search(text, start)
            return (text.rfind("\n", 0, start) + 1, scope, covered_period(p, scope, report),
                    stop.end() if stop else len(text))
        break
    return None


def opened_without_figure(text: str, sentences: tuple[Sentence, ...], si: int, last_figure: int, lr: LabelRules,
                           report: Report) -> tuple | None:
    """The opening_scope of the first part of sentence si's full-stop sentence (parts cut at semicolons) when no
    figure stood in the parts before si, which so were never read."""
    first = si
    while first > 0 and text[sentences[first - 1].start : sentences[first].start].rstrip()[-1:] in _PART_BREAKS:
        first -= 1
    if first == si or last_figure >= sentences[first].start:
        return None
    return _opening_of_lead_part(text, sentences[first].start, sentences[first].end, lr, report)
