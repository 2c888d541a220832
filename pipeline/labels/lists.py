"""Lists in a sentence: a 分别 list pairs its figures, one by one, with the things a subject lists
(城镇、农村居民人均可支配收入分别… -> 城镇居民…, 农村居民…) or with as many figures before it; a part of a
subject (其中城镇) is that part of the subject named before it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from ..figures import Found
from ..model import Report, Sentence
from ..sections import WRAP
from .clauses import cleaned, rate_base, segment, shorten
from .entity import entity_opening
from .loading import LabelRules
from .state import SentenceState

_SEMICOLONS = (";", "；")  # a sentence ending so is an item of a list the next one goes on

_LEADING_DIGIT = regex.compile(r"[0-9０-９]")  # 100亩以上、50亩以上的种粮大户: list items that are bounds


def _between(text: str, start: int, end: int) -> str:
    """The text between two figures, without blanks or soft wraps (分别增长9.1%、⏎8.7% in a PDF copy)."""
    return text[start:end].replace(WRAP, "").strip()


def paired_label(text: str, found: list[Found], i: int, raw: str, label: str, state: SentenceState,
                  lr: LabelRules, lists: Lists) -> str:
    """The label of a figure in a 分别 list: the change it states, of what it pairs with.

    游客1860万人次、旅游收入168亿元，分别增长12.7%和14.2%: with no subject of its own, the list pairs with as
    many figures before it (12.7% with 游客, 14.2% with 旅游收入). 工业增加值、固定资产投资分别增长8.2%和9.5%:
    a subject listing as many things as the list has figures pairs with those things. Otherwise
    (城镇、农村居民收入分别达到…: 城镇 is no measure) the label stays as read.
    """
    word = lr.respectively
    at = raw.find(word)
    n = lists.length[i]
    if at < 0 and n >= 2 and not state.paired and text[found[i + n - 1].end :].lstrip().startswith(word):
        # 城镇、农村居民人均可支配收入由25940元、9234元分别提高到…: the list before 分别 pairs with the subject's things
        things = _listed_subject(text, state.start, found[i].start, lr, cut=0, state=state)
        if len(things) == n:
            state.paired, state.paired_word = things, ""
    elif at >= 0:
        state.paired = []
        ahead = raw[:at].strip(" ，,、")  # 同比增长分别达13.2%、66.67%、22%: the change written before 分别
        if n >= 2 and (not cleaned(ahead) or ahead in lr.rate_words) and n <= len(state.labels):
            written = (ahead if ahead in lr.rate_words and not cleaned(raw[at + len(word) :].strip(" ，,、"))
                       else (raw[:at] + raw[at + len(word) :]).strip(" ，,、"))  # 占比分别提高: 占比提高
            # 20个建新项目建成率和投产率分别达100%和70%: the object the count before named lists the subjects
            own = (_listed_subject(text, state.prev.end, found[i].start, lr, state=state)
                   if state.prev and state.prev_end > state.prev.end else [])
            state.paired = own if len(own) == n else state.labels[-n:]
            state.paired_word = written if written in lr.rate_words else cleaned(written)
        elif n >= 2 and lists.first[i] == i:
            after = raw[at + len(word) :].strip(" ，,、")
            # 中小学、幼儿园分别新增学位: the words after 分别 name the measure, so short items are its subjects
            names_measure = bool(cleaned(after)) and after not in lr.rate_words
            things = _listed_subject(text, state.start, found[i].start, lr, plain=names_measure, state=state)
            if len(things) == n:
                state.paired = things
                # 分别增长: the change; 分别达到: the level itself (达到 names no measure)
                state.paired_word = after if after in lr.rate_words and cleaned(after) else cleaned(after)
    elif not (state.paired and _joined(text, state.prev, found[i], lr)):
        state.paired = []  # the list ended
        # 城镇和农村常住居民人均可支配收入增长3%和7.7%: a listed subject, a change and as many figures, no 分别
        written = raw.rstrip(" ，,、")
        ends = lr.list_ends
        change = next((w for w in ends if written.endswith(w)), None) if written.endswith(ends) else None
        if change and n >= 2:
            things = _listed_subject(text, state.start, found[i].start, lr, len(raw) - len(written) + len(change),
                                     state=state)
            if len(things) == n:
                state.paired, state.paired_word = things, change
            elif not cleaned(written[: len(written) - len(change)]) and _listed_before(text, found, i, n, state, lr):
                # …分别完成33680元、8849元，同比增长5.1%、7.1%: the changes of the list just before
                state.paired, state.paired_word = state.labels[-n:], change
        elif n >= 2 and lists.first[i] == i:
            # 新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、2000家: as many things listed right before as
            # figures, no 分别 and no change word: each figure is its thing's
            things = _listed_subject(text, state.start, found[i].start, lr, 0, state=state)
            if len(things) == n:
                state.paired, state.paired_word = things, ""
    if not state.paired:
        return label
    return shorten(rate_base(state.paired.pop(0), lr) + state.paired_word, lr)


@dataclass(frozen=True)
class Lists:
    """For each figure of a report, the first figure of the list it is an item of and how many figures from it on
    are items of that list (25940元、9234元: only list joiners between them). Worked out once per report, in one
    pass each way: every figure asks for its list twice."""

    first: list[int]
    length: list[int]


def lists_of(text: str, found: list[Found], lr: LabelRules) -> Lists:
    joined = [_joined(text, a, b, lr) for a, b in itertools.pairwise(found)]
    first = list(range(len(found)))
    for k, is_joined in enumerate(joined):
        if is_joined:
            first[k + 1] = first[k]
    length = [1] * len(found)
    for k in range(len(joined) - 1, -1, -1):
        if joined[k]:
            length[k] = length[k + 1] + 1
    return Lists(first, length)


def _joined(text: str, a: Found, b: Found, lr: LabelRules) -> bool:
    """Figures ``a`` and ``b`` are items of one list: only a list joiner between them, or nothing between two figures
    of one unit (a joiner the text lost: 分别增长55.5%24.6%, not the compound 24户71人)."""
    between = _between(text, a.end, b.start)
    return between in lr.list_joiners or (not between and a.quantity.unit == b.quantity.unit)


def listed_with(found: list[Found], i: int, lists: Lists) -> tuple[Found, Found]:
    """The first and last figures of the list figure ``i`` is an item of (only list joiners between them)."""
    return found[lists.first[i]], found[i + lists.length[i] - 1]


def past_respectively(text: str, pos: int, lr: LabelRules) -> int:
    """Past a 分别 right at ``pos`` (由25940元、9234元|分别提高到), else ``pos``."""
    return pos + len(lr.respectively) if text.startswith(lr.respectively, pos) else pos


def _listed_before(text: str, found: list[Found], i: int, n: int, state: SentenceState, lr: LabelRules) -> bool:
    """The ``n`` figures right before figure ``i`` are a list of their own in its sentence (33680元、8849元;
    粮食产量1.2万吨、油料产量300吨), not the end of a longer one."""
    if i < n or len(state.labels) < n:
        return False

    def joined(k: int) -> bool:  # figure k and the next one are items of one list
        return _between(text, found[k].end, found[k + 1].start).startswith(tuple(lr.list_joiners))

    starts_list = len(state.labels) == n or not joined(i - n - 1)
    return starts_list and all(joined(k) for k in range(i - n, i - 1))


def _listed_subject(text: str, sentence_start: int, pos: int, lr: LabelRules, cut: int | None = None,
                    plain: bool = False, state: SentenceState | None = None) -> list[str]:
    """The things a 分别 clause lists before 分别 (规模以上工业增加值、固定资产投资分别增长 -> both). Short
    items share the last item's tail (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入;
    一产、二产、三产增加值), and a pair word lists its two subjects (城乡居民收入 -> 城镇居民收入, 农村居民收入);
    [] when the items are too short to be measures on their own and share nothing; with ``state``, items
    that are all parts (城镇和农村) are those parts of the sentence's subject before. ``cut``: how many
    characters end the subject instead of 分别 and what follows it (the change of a list without 分别);
    ``plain``: the words after 分别 name the measure, so items of any length are its subjects."""
    last = lr.last_clause_break.search(text, sentence_start, pos)
    clause = text[last.end() if last else sentence_start : pos]
    subject = cleaned(clause[: clause.find(lr.respectively) if cut is None else len(clause) - cut])
    parts = [subject]
    for joiner in ("、", *sorted(lr.list_joiners, key=len, reverse=True)):
        parts = [piece for part in parts for piece in part.split(joiner)]
    parts = [part for part in parts if part]
    if len(parts) > 1 and all(_LEADING_DIGIT.match(part) for part in parts) and lr.described_by in parts[-1]:
        # 100亩以上、50亩以上、30亩以上的种粮大户分别达到了5户、30户、100户: bounds of the one thing after 的
        at = parts[-1].rfind(lr.described_by)
        thing = parts[-1][at + len(lr.described_by) :]
        return [part.split(lr.described_by)[0] + thing for part in parts] if thing else []
    if state is not None and len(parts) > 1 and all(part in lr.parts for part in parts):
        whole = [part_of(part, state, lr) for part in parts]  # 其中城镇和农村分别增长: parts of the subject before
        if all(w != part for w, part in zip(whole, parts, strict=True)):
            return whole
    if len(parts) == 1:
        pair = next((w for w in lr.pair_words if w in parts[0]), None)
        if pair is None:
            return []
        return [parts[0].replace(pair, word, 1) for word in lr.pair_words[pair]]
    if not parts:
        return []
    head = next((h for h in lr.shared_heads if parts[0].startswith(h)), None)
    if head and not any(part.startswith(head) for part in parts[1:]):
        parts = [parts[0], *(head + part for part in parts[1:])]  # 第一、二、三产业: 第一, 第二, 第三产业
    short, last_part = parts[:-1], parts[-1]
    width = len(short[0])
    same_width = width <= lr.shared_tail_max and all(len(t) == width for t in short)
    tail = _shared_tail(width, last_part) if same_width else ""
    if tail:  # before `plain`: 城镇、农村居民人均可支配收入分别完成 lists two incomes
        return [t + tail for t in short] + [last_part]
    tail = _parallel_tail(short, last_part)
    if tail:  # 规上工业、农业、服务业增加值; 城镇居民、农村居民人均可支配收入
        return [t + tail for t in short] + [last_part]
    if head := _shared_head(parts, lr):  # 一般公共预算收入和支出: the first item's head, each later item's last word
        return [parts[0], *(head + t for t in parts[1:])]
    if all(len(t) >= lr.listed_measure_min for t in parts) or (plain and len(parts) > 1):
        return parts
    if same_width and len(last_part) > width and (width == 1 or _word_starts_at(last_part, width)):
        # 一、二、三产: the tail at the items' width; not inside a word (进出口、实际使用外资: 实际使|用外资)
        return [t + last_part[width:] for t in short] + [last_part]
    if min(map(len, parts)) >= lr.shared_tail_max and len(set(map(len, parts))) > 1:
        return parts  # 规上工业增加值、固定资产投资、进出口: measures of their own, one of them short
    if same_width and len(parts) > 2:
        return parts  # 其中，一产、二产、三产分别为…: three or more short names of one kind, each its own
    return []


def _shared_tail(width: int, last_part: str) -> str:
    """What the last item of a list says after its own head, when the items before it, ``width`` characters
    each, leave it out: split where a word starts (农村居民人均可支配收入 after 城镇 -> 居民人均可支配收入), else
    after the last item's first word when that is longer (天然气|产量 after 煤炭 -> 产量); '' when neither
    (中央单位 after 北京市, 老旧小区改造 after 棚户区). A word of one character there still belongs to the head
    (肉蛋|奶|产量 after 粮食 -> 产量)."""
    words = segment(last_part)
    if len(last_part) > width + 1 and _word_starts_at(last_part, width):
        starts = [sum(map(len, words[:k])) for k in range(len(words))]
        if width in starts and len(words[starts.index(width)]) == 1 and starts.index(width) + 1 < len(words):
            tail = last_part[width + 1 :]
            return tail if len(tail) > 1 else ""
        return last_part[width:]
    if len(words) > 1 and len(words[0]) > width and len(last_part) - len(words[0]) > 1:
        return last_part[len(words[0]) :]
    return ""


def _shared_head(parts: list[str], lr: LabelRules) -> str:
    """The head of a measure listed first that the short items after it leave out, each one word as long as its
    last word (一般公共预算收入和支出 -> 一般公共预算; 牟定县 2023, fresh set42); '' when they are not so."""
    width = len(parts[1])
    last = parts[0][-width:]
    if len(parts[0]) < lr.listed_measure_min or width < 2 or segment(last) != (last,):
        return ""  # 收入 of 一般公共预算收入 is a word; not 县乡 of 改善县乡
    if all(len(t) == width and t != last and segment(t) == (t,) for t in parts[1:]):
        return parts[0][:-width]
    return ""


def _parallel_tail(short: list[str], last_part: str) -> str:
    """What the last item of a list says after its first word, when that word and every item before it end in
    one character, so are nouns of one kind (规上工业、农业、服务业|增加值; 城镇居民、农村居民|人均可支配收入);
    '' when they do not (地区生产总值、一般公共预算|收入; 棚户区、老旧|小区改造)."""
    words = segment(last_part)
    if len(words) < 2:
        return ""
    head, tail = words[0], last_part[len(words[0]) :]
    return tail if all(t[-1] == head[-1] and not t.endswith(tail) for t in short) else ""


def _word_starts_at(words: str, at: int) -> bool:
    """A word of ``words`` starts at ``at``: a jieba word, or the second of two words jieba joined into one
    (高速|通车…, 农村居民|… at 2; not 老旧|小|区改造 or 中央单|位 at 3)."""
    start = 0
    for word in segment(words):
        if start == at:
            return True
        if start < at < start + len(word):
            left, right = word[: at - start], word[at - start :]
            return min(len(left), len(right)) > 1 and segment(left) == (left,) and segment(right) == (right,)
        start += len(word)
    return False


def part_of(part: str, state: SentenceState, lr: LabelRules) -> str:
    """A part (城镇) of the latest subject of the sentence that holds its word (全体居民人均可支配收入 ->
    城镇居民人均可支配收入), or the part as it is when none does."""
    word = lr.parts[part]
    for label in reversed(state.labels):
        base = rate_base(label, lr)
        at = base.find(word)
        if at >= 0 and base[:at] not in lr.parts:
            return part + base[at:]
    return part


def goes_on(text: str, before: Sentence, sentence: Sentence, f: Found, lr: LabelRules, report: Report) -> bool:
    """``sentence`` is the next item of a list that ``before`` opened, divided by a semicolon in one line: its first clause
    states its first figure ``f`` (完成地区生产总值430亿元) and names no doer, kind of body, item marker or every-place
    word of its own (小学学生数增长了…: of the 小学, not the 普通中学 before)."""
    if not before.text.rstrip().endswith(_SEMICOLONS) or "\n" in text[before.end : sentence.start]:
        return False
    brk = lr.clause_break.search(text, sentence.start, sentence.end)
    if brk and brk.start() < f.start:
        return False
    clause = text[sentence.start : f.start].strip()
    return not (lr.item_at.match(text, sentence.start) or lr.item_opens.search(clause) or lr.generic_place.match(clause)
                or entity_opening(clause, lr, report) or next(iter(segment(clause)), "").endswith(lr.entity_suffixes))
