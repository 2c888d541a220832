"""Names written after the figure they are of: right after it (3.6平方公里浙江临港工业园), after the noun it measures
(争取项目资金1250万元陈也示范点建设…), or after 的 when the figure describes the name (建成总投资4000余万元的形源坞水库;
a list of sized projects: 总投资50亿元的中信国安江南第一城、总投资23亿元的…)."""

from __future__ import annotations

import regex

from ..model import Report
from ..sections import WRAP
from .clauses import HAN_WORD, segment
from .entity import WINDOW, is_entity_name, name_at
from .loading import LabelRules

_COUNT_BEFORE = regex.compile(r"[0-9０-９]")  # a number earlier in the clause (its count) before a figure


def entity_right_after(text: str, end: int, lr: LabelRules, report: Report) -> str | None:
    """A name written right after a figure that measures it, no word between (3.6平方公里浙江临港工业园不断
    提质做强): the longest name there, not the object of a verb nor what a count after it counts."""
    window = text[end : end + WINDOW].replace(WRAP, "")
    if window.startswith(lr.described_by):
        return None  # 总投资2471亿元的重大水利项目: a kind of project, described
    town = report.town if report.town and report.town in window else None
    found = name_at(lr.entity_at_start.match(window), window, town, lr)  # not 50亿元制造业项目56个
    return found[0] if found and not found[1] else None


def entity_after_its_noun(text: str, raw: str, end: int, approx: str | None, lr: LabelRules,
                          report: Report) -> str | None:
    """A name written right after a figure that follows the noun it measures, no word or mark between (争取项目资金
    1250万元陈也示范点建设逐步推进): what the amount is for. Not after a verb (实施1.5万公里农村公路安防工程: the
    object the figure counts), nor after a threshold (500万元以上…)."""
    if approx is not None:
        return None
    name = entity_right_after(text, end, lr, report)  # most often none: the words before are then not segmented
    if not name or not text.startswith(name, end):
        return None
    words = segment(raw.strip()[-6:])
    if not words or words[-1] in lr.entity_lead_verbs or words[-1] in lr.entity_lead_words:
        return None
    # the name opens what follows (陈也示范点建设逐步推进), not the head of an object ending its clause (新开工长春都市圈
    # 东环线126公里高速公路项目，)
    return name if HAN_WORD.match(text, end + len(name)) else None


def entity_described(text: str, start: int, end: int, surface: str, lr: LabelRules,
                     report: Report) -> tuple[str, bool] | None:
    """A name written after a figure and 的 that the figure describes (建成总投资4000余万元的形源坞水库), with whether
    it ends its clause: the longest name right after 的, not a kind of place (总投资2471亿元的重大水利项目), not what
    a count counts (总投资25.9亿元的20个…项目, 实施359个总投资…的…), not a class of places (10万元以上的村)."""
    if not text.startswith(lr.described_by, end) or lr.class_bound.search(surface):
        return None
    window = text[end : end + WINDOW].replace(WRAP, "")
    town = report.town if report.town and report.town in window else None
    if listed := _listed_described(text, start, window, lr, town):
        return listed, False
    opening = lr.last_clause_break.search(text, max(0, start - WINDOW), start)
    # the figure's own item: not a figure before it in a list (投资4.2亿元、日处理…), nor one describing a name of its own
    # (总投资1200万元的星星养殖场项目和总投资900万元的…)
    lo = max(0, start - WINDOW)
    item = max(opening.end() if opening else lo, text.rfind("、", lo, start) + 1,
               text.rfind(lr.described_by, lo, start) + len(lr.described_by))
    if _COUNT_BEFORE.search(text, item, start):
        return None  # 实施359个总投资2471亿元的…: the sum of the projects counted
    m = lr.entity_described.match(window)
    found = name_at(m, window, town, lr)
    if not found or found[1]:
        return None
    # the name ends its clause (…的金铜…项目,该项目…): what the sentence goes on about; not an item of a list (、)
    return found[0], window.startswith(("，", ","), m.end("name"))


def _listed_described(text: str, start: int, window: str, lr: LabelRules, town: str | None) -> str | None:
    """The name an item of a list of sized projects describes (总投资50亿元的中信国安江南第一城、总投资23亿元的本裕国际、
    …的明顿国际学校等项目): the figure's lead opens its clause or item, and the name after 的 is closed by 、 and the same
    lead again, or by the list's end word after an item before it."""
    lead = next((w for w in lr.entity_listed_leads if text.endswith(w, 0, start)), None)
    if lead is None:
        return None
    at = start - len(lead)
    if at > 0 and not (text[at - 1] == "、" or lr.clause_break.match(text, at - 1)):
        return None  # 完成总投资…: the lead is no item's opening
    m = lr.entity_listed_described.match(window)
    if not m or (m["close"] == "、" and not window.startswith(lead, m.end())) or (
            m["close"] != "、" and not (at > 0 and text[at - 1] == "、")):
        return None
    return m["name"] if is_entity_name(m["name"], lr, town) else None
