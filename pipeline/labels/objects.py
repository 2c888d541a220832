"""The object written after a figure (整改4处畜禽养殖场排污设施: 畜禽养殖场排污设施), the phrase after it, and the
second half of a compound (24户71人): what labels read after a figure.
"""

from __future__ import annotations

import regex

from .. import rules
from .clauses import HAN_WORD, segment, strip_label
from .loading import LabelRules, label_rules

_ASIDE = regex.compile(r"[（(][^）)]{0,8}[）)]")  # 11个社区（村）开展…: an aside after the object
_LATER_DIGIT = regex.compile(r"(?<=\p{Han}|、)[0-9０-９]")  # a later figure, or the next item opening with one
ARABIC_DIGIT = regex.compile(r"[0-9０-９]")


def past_compound(text: str, end: int, obj: str, unit: str, lr: LabelRules) -> int:
    """Past the second figure of a compound written right after the figure that ends at ``end`` (1121户|4459人全部
    脱贫), or after its object when it counts households (480户低收入家庭|752人实现脱贫); else past the object."""
    pos = end + len(obj)
    m = (lr.persons_after_households.match(text, pos) if obj and unit == lr.households_unit
         else None if obj else lr.compound_next.match(text, pos))
    return m.end() if m else pos


def object_after(text: str, pos: int, lr: LabelRules) -> str:
    """The noun written right after a figure's measure word (4名执法人员参加… -> 执法人员)."""
    if reading := lr.reading_aside.match(text, pos):
        pos = reading.end()  # 5項(xiàng)全市“單打冠軍”: past the pinyin of the measure word
    end = min(len(text), pos + 16)
    if lr is label_rules():  # what it reads: the 16 characters, and what clause_break looks back at before them
        back = max(0, pos - lr.clause_break_reach)
        return _object_in(text[back:end], pos - back)
    return _object_of(text, pos, end, lr)


@rules.cached(maxsize=16384)
def _object_in(window: str, pos: int) -> str:
    """object_after in a window that ends where the object is looked for no further: reports repeat the words
    after their figures (3个村, 5家企业), so each distinct window is read once."""
    return _object_of(window, pos, len(window), label_rules())


def _object_of(text: str, pos: int, end: int, lr: LabelRules) -> str:
    m = lr.clause_break.search(text, pos, end)
    items = text[pos : m.start() if m else end].split("、")
    levels = 0  # 68名县、镇干部: levels of one character each, listed before the noun they share
    while levels < len(items) - 1 and items[levels] in lr.level_chars and items[levels + 1][:1] in lr.level_chars:
        levels += 1
    chunk = items[levels]
    words = ["、".join(items[:levels]) + "、"] if levels else []
    toks = segment(chunk)
    quoted = False  # inside a quoted name, which holds signs too (8家“高·幸食堂”, “党建+”邻里中心)
    for k, tok in enumerate(toks):
        if not lr.quotes.sub("", tok) and tok.strip():
            words.append(tok)  # 5项全市“单打冠军”, 47个“三园”试点建设项目: quotes inside the object (dropped from the label)
            quoted = any(c in lr.opening_quotes for c in tok)  # not a quote the figure stood in (“23条”等措施)
            continue
        if quoted and tok.strip() and not ARABIC_DIGIT.search(tok):
            words.append(tok)  # not a number: another figure (“稳就业保就业18条”)
            continue
        if tok == " " and words and HAN_WORD.fullmatch(words[-1]) and HAN_WORD.fullmatch("".join(toks[k + 1 : k + 2])):
            continue  # 下设39个行政 村: a copy's stray space inside the object
        # a stop word jieba cut in two stops it too (企业亩均税收: 亩 / 均)
        if tok in lr.object_stops or not HAN_WORD.fullmatch(tok) or "".join(toks[k : k + 2]) in lr.object_stops:
            break
        words.append(tok)
    while words and (not lr.quotes.sub("", words[-1]) or words[-1] in lr.list_joiners):
        words.pop()  # a quote closing nothing of the object; a joiner before the next item (30个重点民生项目和|10个…)
    return "".join(words) if not levels or len(words) > 1 else ""


def after_aside(text: str, pos: int) -> int:
    """Past an aside written at ``pos`` (县（市、区）), else ``pos``."""
    aside = _ASIDE.match(text, pos, pos + 10)
    return aside.end() if aside else pos


def phrase_after(text: str, pos: int, lr: LabelRules) -> str:
    """The rest of the clause after ``pos`` (分3批组织党员干部开展警示教育 -> 组织…警示教育)."""
    pos = after_aside(text, pos)  # 11个社区（村）开展…: skip the aside
    end = min(len(text), pos + 30)
    m = lr.clause_break.search(text, pos, end)
    phrase = text[pos : m.start() if m else end]
    # up to the next figure: 对1家加油站开展常态化检查12次 -> 加油站开展常态化检查
    # (a number that opens the phrase is kept: 为1.8万名60周岁以上老年人建立健康档案)
    digit = _LATER_DIGIT.search(phrase)
    if digit:  # …提质升级、枫林村投入24万元: the list item the next figure opens is not this one's
        phrase = phrase[: digit.start()]
        phrase = phrase[: phrase.rfind("、")] if "、" in phrase else phrase
    return strip_label(phrase, lr)


def head_after_modifiers(text: str, pos: int, lr: LabelRules) -> str:
    """What a count counts when the words after its measure word are a list of modifiers ending in 的, up to
    the clause's end (97位愿意扎根基层、敢拚敢闯的村党组织书记后备力量人选 -> 村党组织书记后备力量人选), or ""
    when the clause holds no 的 or another figure."""
    end = min(len(text), pos + 30)
    m = lr.clause_break.search(text, pos, end)
    span = text[pos : m.start() if m else end]
    at = span.rfind(lr.described_by)
    if at < 0 or ARABIC_DIGIT.search(span):
        return ""
    head = strip_label(span[at + len(lr.described_by) :], lr)
    return head if HAN_WORD.fullmatch(head) and len(head) > 1 else ""
