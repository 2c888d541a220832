"""The entity a figure is about: a village, enterprise or project named at the start of a clause
(龙岩村投入…, 石门村产业路项目投入…), with the checks that make a match a name."""

from __future__ import annotations

import regex

from .. import dictionary, rules
from ..model import Report, Sentence
from ..sections import WRAP
from .clauses import _jieba, segment
from .loading import LabelRules, label_rules
from .scope import written_periods

# Shapes of text (not language knowledge, which is in rules/labels.yaml), compiled once.
WINDOW = 40  # characters before or after a figure a name near it is looked for in (a name is shorter)
_HAN = regex.compile(r"\p{Han}")
_PARALLEL_NAME = regex.compile(r"[\p{Han}A-Za-z0-9·]{2,}")  # the words of a name (百富·云创智谷, 4S店)


def entity_opening(clause: str, lr: LabelRules, report: Report, counted: bool = True) -> tuple[str, bool] | None:
    """A village, enterprise or project named at the start of a clause (龙岩村投入…), with whether it stood in the
    object of a verb (建设唐宦村、富达村…示范点)."""
    clause = clause.replace(WRAP, "")
    town = report.town if report.town and report.town in clause else None  # else the town changes nothing
    return _entity_opening(clause, town, counted)


def entity_of_sentence_before(text: str, before: Sentence, sentence: Sentence, lr: LabelRules,
                              report: Report) -> str | None:
    """The subject named at the start of the sentence right before, in the same paragraph, when that sentence holds
    no figure (the caller knows) and this one opens, after any period, with no verb, name or every-place word of its
    own and names that subject again by a word of its name: it goes on about it (枣园安置楼建设项目作为市级重点项目,
    …。截至12月底,15栋安置楼主体全部封顶)."""
    if "\n" in text[before.start : sentence.start].strip():
        return None
    brk = lr.clause_break.search(text, before.start, before.end)
    found = entity_opening(text[before.start : brk.start() if brk else before.end].strip(), lr, report)
    if not found or found[1]:
        return None  # none, or named in the object of a verb: the town's doing
    at = sentence.start
    while (brk := lr.clause_break.search(text, at, sentence.end)) and _only_a_period(text[at : brk.start()].strip(), lr):
        at = brk.end()  # 截至12月底,…: a period on its own opens the sentence
    clause = text[at : brk.start() if brk else sentence.end].replace(WRAP, "").strip()
    if opens_with_verb(clause, lr) or lr.generic_place.match(clause) or entity_opening(clause, lr, report):
        return None
    # it names the subject again by a word of its name after the first (安置楼 of 枣园安置楼建设项目), not by its
    # kind (项目) nor by its place (敦化 of 敦化抽水蓄能电站: the place), and names no place of its own (红旗…繁荣工厂)
    words = segment(clause)
    if any(w.endswith(lr.entity_suffixes) and ((len(w) > 2 and w not in lr.entity_stop_names) or _HAN.match(words[i - 1]))
           for i, w in enumerate(words[1:], 1)):
        return None
    own = [w for w in segment(found[0])[1:] if len(w) > 1 and not w.endswith(lr.entity_suffixes)
           and w not in lr.entity_lead_verbs and w not in lr.entity_stop_names]
    return found[0] if any(w in words for w in own) else None


def entity_of_topic_before(text: str, before: Sentence, sentence: Sentence, lr: LabelRules,
                           report: Report) -> str | None:
    """The topic of the sentence right before, in the same paragraph (a name that is its whole first clause:
    姜家镇农田水利专项债券项目,分三期实施,…), when this one opens with a period and nothing more (截至目前,施工总体形象进度
    一期完成53.01%) and names no subject of its own after it: the same thing's progress since."""
    if "\n" in text[before.start : sentence.start].strip():
        return None
    brk = lr.clause_break.search(text, before.start, before.end)
    if not brk:
        return None
    found = entity_topic(text[before.start : brk.end()].strip(), lr, report)
    if not found:
        return None
    first = lr.clause_break.search(text, sentence.start, sentence.end)
    if not first or not _only_a_period(text[sentence.start : first.start()].strip(), lr):
        return None
    nxt = lr.clause_break.search(text, first.end(), sentence.end)
    clause = text[first.end() : nxt.start() if nxt else sentence.end].replace(WRAP, "").strip()
    if lr.generic_place.match(clause) or entity_opening(clause, lr, report):
        return None
    return found[0]


def entity_topic(clause: str, lr: LabelRules, report: Report) -> tuple[str, bool] | None:
    """A name that is the whole first clause of its sentence, with the break that ends it (姜家镇农田水利专项债券项目,
    分三期实施,工程概算总投资1.64亿元): the subject of the clauses after, no count of a figure after it. Not a name
    after 的 or lead words, nor one holding a word of doing (千方百计招引大项目好项目: 招引)."""
    if not clause.endswith(lr.entity_topic_breaks):
        return None
    found = entity_opening(clause, lr, report)
    if not found or found[1]:
        return None
    words = segment(clause[:-1].replace(WRAP, "").strip())
    if not "".join(words).endswith(found[0]) or any(
            w in lr.entity_lead_words or w in _tagged(lr.entity_phrase_tags) for w in words[:-1]):
        return None
    return found


def object_of_clause_before(text: str, start: int, lr: LabelRules, report: Report) -> str | None:
    """The name the clause right before ``start`` is about, when that clause is only a verb and the name (新建芦花鸡生产
    基地, 引进华润万家超市) and the clause at ``start`` opens with a yearly capacity (年销售额约1亿元, 实现年屠宰3000万只):
    the capacity is the thing's just built or brought in; else None."""
    if not lr.yearly_capacity.match(text, start):
        return None
    brk = lr.last_clause_break.search(text, max(0, start - 1 - WINDOW), start - 1)
    clause = text[brk.end() if brk else max(0, start - 1 - WINDOW) : start - 1].replace(WRAP, "").strip()
    m = lr.entity_at_start.match(clause)
    if not m or m.end("name") != len(clause):
        return None
    found = name_at(m, clause, report.town if report.town and report.town in clause else None, lr, counted=False)
    return found[0] if found and found[1] else None


def named_as_place(clause: str, name: str, lr: LabelRules) -> bool:
    """The clause names ``name`` right after a word of place (率先在希勃图村开展…): where its doing was, not its doer."""
    clause = clause.replace(WRAP, "")
    at = clause.find(name)
    words = segment(clause[:at]) if at > 0 else []
    return bool(words) and words[-1] in lr.entity_place_words


def subject_in_parallel(raw: str, prev_raw: str, entity: str, lr: LabelRules, town: str | None) -> str | None:
    """When the clause repeats the words the previous figure's clause had after its entity, with other words before
    them (双碳产业园新招引企业3家,百富·云创智谷新招引企业23家), those words name another subject: the name they
    are, or "" when they are no name (农民合作社发展到20万家，家庭农场发展到27万家: a kind); None when the clause is no
    such repetition."""
    raw = raw.replace(WRAP, "").strip()
    if not prev_raw.startswith(entity):
        return None
    tail = prev_raw[len(entity) :]
    if len(tail) < 2 or not _HAN.search(tail) or not raw.endswith(tail) or len(raw) == len(tail):
        return None
    if all(w in _tagged(lr.entity_phrase_tags) for w in segment(tail)):
        return ""  # 农民合作社发展到20万家，家庭农场发展到27万家: only a doing repeated; what is before it is counted
    head = raw[: -len(tail)].strip()
    if head == entity:
        return None
    words = segment(head)
    if (not _PARALLEL_NAME.fullmatch(head) or len(head) > WINDOW // 2 or words[0] in lr.entity_lead_verbs
            or words[0] in lr.entity_lead_words or lr.generic_place.match(head)):
        return ""
    return head if is_entity_name(head, lr, town) else ""


def _only_a_period(clause: str, lr: LabelRules) -> bool:
    """The clause is a period and nothing more, after an opener (截至12月底, 上半年)."""
    found = written_periods(clause, lr)
    return bool(found) and clause[: found[0].start()].strip() in ("", *lr.openers) and not clause[found[0].end() :].strip()


def opens_with_verb(clause: str, lr: LabelRules) -> bool:
    """The clause opens with a verb of its own, after any lead words (全面完成2021年度高标准农田2000亩建设): a new
    doing, not more of the object named in the clause before it."""
    for word in segment(clause.replace(WRAP, "").strip()):
        verbs = lr.entity_lead_verbs
        if word in verbs or any(word[:i] in verbs and word[i:] in verbs for i in range(1, len(word))):  # 全面完成
            return True
        if word not in lr.entity_lead_words:
            return False
    return False


@rules.cached(maxsize=8192)
def _entity_opening(clause: str, town: str | None, counted: bool = True) -> tuple[str, bool] | None:
    """The longest name opening the clause (石门村产业路项目投入…), but the village when the name is
    the object of a verb (新建鹰嘴村饮水工程蓄水池2座 -> 鹰嘴村), with whether a verb stood before it."""
    lr = label_rules()
    if any(m in clause for m in lr.entity_body_measures) and (body := _body_named(clause, lr)):
        return body, False  # 特斯拉全年贡献社零额215.7亿元: a body's own name, no ending of a kind
    if not lr.entity_suffix_ends.search(clause):
        return None  # no name can end in this clause: skip the patterns
    if lr.examples_count.search(clause):
        return None  # 集成电路工业园、…改造等5个园区标准化项目: the names are what the count counts, several places
    period = lr.period.match(clause)
    if period:  # 二季度完成老旧小区改造…: the period is no part of a name
        clause = clause[period.end() :]
    # 桥南社区引进的恒信电子元器件项目总投资…: the head noun after 的 is what the figure is about
    for m in lr.entity_after_de.finditer(clause):
        head = name_at(m, clause, town, lr, counted)
        if head:
            return head
    longest = name_at(lr.entity_at_start.match(clause), clause, town, lr, counted)
    village = name_at(lr.village_at_start.match(clause), clause, town, lr, counted)
    if longest and not longest[1] and (not village or len(longest[0]) >= len(village[0])):
        return longest
    return village


def _body_named(clause: str, lr: LabelRules) -> str | None:
    """A body's own name opening the clause (after lead words), one word jieba's dictionary tags as a name (特斯拉),
    with a body's measure right after it or after a period (特斯拉全年贡献社零额…)."""
    words = segment(clause[: WINDOW // 2])
    i = 0
    while i < len(words) - 1 and words[i] in lr.entity_lead_words:
        i += 1
    name = words[i] if words else ""
    if len(name) < 2 or name not in _tagged(lr.entity_body_tags) or name in lr.entity_lead_verbs or name in lr.entity_stop_names:
        return None
    rest = clause[sum(map(len, words[: i + 1])) :]
    period = lr.period.match(rest)
    return name if rest[period.end() if period else 0 :].startswith(lr.entity_body_measures) else None


def name_at(m: regex.Match | None, clause: str, town: str | None, lr: LabelRules,
             counted: bool = True) -> tuple[str, bool] | None:
    """(name, whether a verb stood before it) for a candidate name match, or None if it is no name."""
    if not m:
        return None
    if lr.not_after_name.match(clause, m.end("name")):
        return None
    if (counted and lr.number_next.match(clause, m.end("name")) and not clause.startswith(lr.entity_part_openers)
            and not lr.period.match(clause, m.end("name"))):
        # 新建学校3所: the name is what the figure counts (其中云雾村突破20万元 is the village's, and so is
        # 农商银行益农支行2020年12月底…: a date is no count)
        return None
    # the name must end on a word boundary: not 集中学(习), 村(级), 厂(房) (segmented: asked after the patterns)
    if not _ends_a_word(clause, m.end("name"), lr):
        return None
    # drop verbs in front of the name: 完成黄泥村 -> 黄泥村, 改造农村 -> 农村 (then refused)
    words = list(segment(m["name"]))
    if any(words[-1] != s and words[-1].endswith(s) for s in lr.entity_own_word_suffixes):
        return None  # 公共服务体系: 系 ends a name only as a word of its own (万向系)
    verb = False
    while len(words) > 1 and (words[0] in lr.entity_lead_verbs or words[0] in lr.entity_lead_words):
        verb = verb or words[0] in lr.entity_lead_verbs
        words.pop(0)
    if _a_clause(words, lr):
        # 新田村依托龙潭水库景区: a verb after a name makes it a clause (种植基地, 创新发展中心 are names); but a
        # name may follow a description of it that ends in a kind of body (百度电商在杭公司泽优好物科技有限公司)
        return _named_after_description(clause, m.end("name"), words, town, lr, counted)
    parts = lr.entity_name_joiner.split("".join(words))  # 店山村和黄沙村 -> 店山村、黄沙村
    # 兰溪村与联通公司试点成立…: villages are listed as one entity, a village with a partner of another kind is the village
    name = "、".join(parts) if parts[-1].endswith(lr.entity_admin_suffixes) else parts[0]
    if (name[:1] in lr.entity_lead_chars and len(name) > 3 and lr.places_counted.search(name)
            and is_entity_name(name[1:], lr, town)):
        name = name[1:]  # 对大塘村: jieba joined the 对 to 大 (a place's name; not 对外工程)
    if town and name.startswith(town) and name.endswith(lr.entity_admin_suffixes):
        name = name[len(town) :]  # 白石镇龙岩村: the town's village; a project or body keeps its town (姜家镇农田水利…项目)
    return (name, verb) if is_entity_name(name, lr, town) else None


def _ends_a_word(clause: str, end: int, lr: LabelRules) -> bool:
    """A name ending at ``end`` ends a word there (not 集中学|习, 厂|房); a village's name may run into a word jieba
    joins to its last character (黄沙村|村级 read as 黄沙/村村/级), when the text up to it and from it both split there."""
    tokens = segment(clause[: end + 3])
    if end in {sum(map(len, tokens[: i + 1])) for i in range(len(tokens))}:
        return True
    if not clause.endswith(lr.entity_admin_suffixes, 0, end):
        return False
    after = segment(clause[end : end + 4])
    return bool(after) and len(after[0]) > 1 and sum(map(len, segment(clause[:end]))) == end


def _a_clause(words: list[str], lr: LabelRules) -> bool:
    """The words of a candidate name make a clause, no name (新田村依托龙潭水库景区, 引导贫困户向中心村集中)."""
    if len(words) > 2 and lr.entity_phase.match(words[-2]):
        words = [*words[:-2], words[-1]]  # …改造一期工程 reads as …改造工程
    return (any(w in lr.entity_lead_verbs and (i == 1 or _clause_before(words[i - 1], lr))
                for i, w in enumerate(words[1:-2], 1))
            or words[-1] in lr.entity_not_last or any(w in lr.entity_not_inside for w in words[1:-1]))


def _named_after_description(clause: str, end: int, words: list[str], town: str | None, lr: LabelRules,
                             counted: bool) -> tuple[str, bool] | None:
    """The name right after a description of it that ends in a kind of body (百度电商在杭公司 | 泽优好物科技有限公司…):
    a name opening the text after the last word of the description ending in a suffix, opening with no verb."""
    at = end
    for word in reversed(words[1:]):
        if word in lr.entity_suffixes:  # 公司 as a word of its own (not 农村 in 电子商务进农村综合示范项目)
            rest = clause[at:]
            first = segment(rest[:4])[:1]
            if not first or first[0] in lr.entity_lead_verbs or first[0] in lr.entity_lead_words:
                return None
            found = name_at(lr.entity_at_start.match(rest), rest, town, lr, counted)
            return found if found and not found[1] else None
        at -= len(word)
    return None


def _clause_before(word: str, lr: LabelRules) -> bool:
    """A word before a verb inside a candidate name (past its second word) that makes it a clause: a name (新田村
    依托…), an adverb or another verb (积极 发展…, 稳慎 推进…: one character), not a noun modifying the verb
    (浙江创新 发展中心)."""
    return (len(word) == 1 or word in lr.entity_lead_verbs or word in lr.entity_lead_words
            or any(word.endswith(s) for s in lr.entity_suffixes))


def is_entity_name(name: str, lr: LabelRules, town: str | None) -> bool:
    if name in lr.entity_whole_names:
        return not (town and name == town)
    if len(name) < 3 or name in lr.entity_stop_names or any(c in name for c in lr.entity_stop_chars):
        return False
    if _jieba().frequency(name) >= lr.entity_common_word_min:
        return False  # a word of the dictionary, used often (工业园区, 水电站, 建设项目): a kind of place, no name
    return not _a_phrase(name) and not (town and name == town)


@rules.cached(maxsize=8192)
def _a_phrase(name: str) -> bool:
    """A doing or a kind, no name: only common verbs, adjectives or adverbs before the last word (突出项目, 较大园区),
    unless a village's (新建村)."""
    lr = label_rules()
    if name.endswith(lr.entity_admin_suffixes) or "、" in name:
        return False
    words, freq, tagged = segment(name), _jieba().frequency, _tagged(lr.entity_phrase_tags)
    # common words only: a rare word tagged a verb is likely a name (传化系, 固安一中)
    if len(words) > 1 and all(w in tagged and freq(w) >= lr.entity_phrase_word_min for w in words[:-1]):
        return True
    # a kind: common words of two or more characters, none a proper noun, the first a word of every day (工程建设项目,
    # 农民合作社, 高标准农田建设项目); a name holds a place, a person or a body (三峡电站, 宝钢二期工程), a word jieba cut
    # up (赤田水库) or opens with a rarer word (固安一中, 石门茶叶基地)
    proper = _tagged(lr.entity_proper_tags)
    return (len(words) > 1 and freq(words[0]) >= lr.entity_kind_word_min
            and all(len(w) > 1 and freq(w) >= lr.entity_common_word_min and w not in proper for w in words))


def names_a_thing(phrase: str, lr: LabelRules) -> bool:
    """No verb, adjective or adverb among the words of ``phrase``: a crop or a product (马铃薯, 特色产业), not a doing
    (增产, 新增煤炭产能) or a manner (粮食平均)."""
    tagged = _tagged(lr.entity_phrase_tags)
    return not any(w in tagged for w in segment(phrase))


@rules.cached
def _tagged(tags: frozenset[str]) -> frozenset[str]:
    """The words jieba's dictionary tags with one of ``tags`` (rules/labels.yaml entity phrase_tags, body_tags)."""
    return dictionary.tagged_words(tags)


def word_alone(text: str, start: int, end: int) -> bool:
    """text[start:end] is a word or words of their own there (在 in 在义仁村…, not in 在建项目 or 所在地; 校舍中学
    not in 在永久性校舍中学习)."""
    lo = max(0, start - 4)
    bounds, at = {lo}, lo
    for token in segment(text[lo : end + 4]):
        at += len(token)
        bounds.add(at)
    return start in bounds and end in bounds
