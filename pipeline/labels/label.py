"""The wording of a figure's label, read from the clause around it: the verb and object before it
(开展集中学习36次), the subject before 达/为/共 (受益群众达5000余人次), the object after a measure word
(整改4处畜禽养殖场排污设施), or, for the second half of a compound (24户71人), the label of the first;
back references (总量, 人均) and a bound that names the class the next figure counts (500万元以上项目)."""

from __future__ import annotations

import regex

from .. import rules
from ..dictionary import tagged_words
from ..figures import Found
from ..units import unit_of
from .bounds import age_of_next, bounds_next, is_threshold
from .clauses import HAN_WORD, cleaned, previous_clause, rate_base, segment, shorten, strip_label
from .entity import is_entity_name, names_a_thing
from .kind import is_goal_amount
from .lists import part_of
from .loading import LabelRules
from .objects import ARABIC_DIGIT, after_aside, head_after_modifiers, object_after, past_compound, phrase_after
from .state import SentenceState
from .topics import line_topic, thin

# Shapes of text (not language knowledge, which is in rules/labels.yaml), compiled once.
_WHOLE = 100  # a percentage of all of them (100%复工)
_NOTE = regex.compile(r"[（(][^（()）\n]{1,12}[）)]\s*$")  # 固定资产投资（含制造业）7.85亿元: a note before the figure


@rules.cached
def _doing_words(tags: frozenset[str]) -> frozenset[str]:
    """The words jieba's dictionary tags with one of ``tags`` (rules/labels.yaml level_doing_tags)."""
    return tagged_words(tags)


def label_of(text: str, f: Found, raw: str, entity: str | None, state: SentenceState,
           lr: LabelRules) -> tuple[str, str, str]:
    """(label, the verb part before the figure, the object written after it)."""
    # 一般公共预算收入扣除…因素影响后同口径实现12亿元: the caliber note run into the figure's clause is no part of its label
    pre = cleaned(lr.caliber_clause.sub("", raw))
    own = f.start - len(raw)
    if not pre and (note := _NOTE.search(text, max(0, own - 16), own)):
        # 固定资产投资（含制造业）7.85亿元: the note qualifies the subject before it, which the figure measures;
        # one narrowing what it counts stays with it (财政总收入(不含免抵调)8.02亿元)
        pre = previous_clause(text, max(state.start, state.prev_end), note.start() + 1, "", lr)
        if not pre and state.prev and state.prev_end == note.start() and not text[note.end() : f.start].strip():
            pre = cleaned(text[state.prev.end : note.start()])  # 29幢商务楼宇税收(不含房地产)3.7亿元: what the count counted
        if pre and lr.caliber_aside.fullmatch(note[0].rstrip()):
            pre += note[0].rstrip()
    only_entity = False
    if entity and pre.startswith(entity):
        pre = strip_label(pre[len(entity) :], lr)
        only_entity = not pre
    elif entity and (at := pre.find(entity)) > 0 and all(w in lr.entity_example_openers for w in segment(pre[:at])):
        pre = strip_label(pre[at + len(entity) :], lr)  # 主要是建瓴制砖有限公司14362万元: the example is the entity
        only_entity = not pre
    unit = unit_of(f.quantity.unit)
    obj = object_after(text, f.end, lr) if unit and unit.dimension in lr.object_units else ""
    if unit and unit.dimension == "percent" and f.quantity.value == _WHOLE and (done := _done_right_after(text, f.end, lr)):
        obj = done  # 推动规上工业企业100%复工: all of them did what the verb right after says (not the next clause's)
    gap = text[state.prev_end : f.start] if state.prev else None
    if (obj and unit.dimension == "count" and (obj.endswith(lr.named_kinds) or raw.rstrip().endswith(lr.list_total))
            and (lead := _before_names(pre, lr)) is not None):
        pre = lead  # 培育优特科、普莱克红梅、博旺电子和常胜精密4家后备企业, …世纪皇廷酒店、明天酒店共3个健康驿站: the names are
        # no part of the label

    if not pre and not obj and gap is not None and not gap.strip(lr.compound_joiners + " "):
        label = state.prev_label  # 24户71人: the second figure shares the first's label
        if state.prev and (age := unit_of(state.prev.quantity.unit)) and age.dimension == "age":
            label += state.prev.quantity.surface  # 其中35岁以下5名: the age says which persons
    elif (not pre and not obj and gap is not None and state.prev_label and not cleaned(lr.milestone.sub("", gap).strip("、，, "))
          and not _doers_did(text, f, obj, unit, lr)):  # not 2549户5304人脱贫: persons saying what they did
        # 地区生产总值突破11万亿元、达到11.6万亿元: a clause of only a verb goes on about the same subject
        label = rate_base(state.prev_label, lr)
        if lr.level_reached.search(gap):  # 新增468公里、达8608公里: the level reached, not what was added
            label = lr.added_verb_end.sub("", label)
    elif not pre and text.startswith(lr.described_by, f.end + len(obj)) and (
            after := phrase_after(text, f.end + len(obj) + len(lr.described_by), lr)):
        label = obj + after  # 、32公里的农村道路新建维修、9个行政村的城乡供水一体化: what the figure is of
    elif (pre and obj and unit and unit.dimension == "count" and not raw.rstrip().endswith(lr.examples_end)
          and text.startswith(lr.described_by, f.end + len(obj))
          and (after := phrase_after(text, f.end + len(obj) + len(lr.described_by), lr))
          and not ARABIC_DIGIT.match(after)):
        label = pre + obj + after  # 整理整顿了6个村的“三室两栏”: the count says whose, what follows what was done
    elif (pre and obj and unit and unit.dimension == "count" and text.startswith("、", f.end + len(obj))
          and (head := head_after_modifiers(text, f.end + len(obj), lr))):
        label = pre + head  # 选拔出97位愿意扎根基层、敢拚敢闯的村党组织书记后备力量人选: what the modifiers describe
    elif (not obj and unit and unit.dimension == "count" and raw.rstrip().endswith(lr.examples_end)
          and not HAN_WORD.match(text, after_aside(text, f.end)) and (kind := _kind_before_names(raw, lr))):
        label = kind  # 优秀罗汉果收购网点龙见顶等2人、…: the persons counted are of the kind named before the names
    elif state.prev and gap is not None and is_threshold(state.prev, gap, lr) and pre:
        # 集体经济收入30万元以上的村达到5个 -> 集体经济收入30万元以上村: what the bound is a bound of, too
        label = rate_base(state.prev_label, lr) + state.prev.quantity.surface + pre
    elif state.prev and gap is not None and pre and bounds_next(state.prev, gap, lr):
        # 500万元以上项目累计投资4.86亿元: the bound is the caliber; of the measure its own clause names
        # (新增税收100万元以上企业2个)
        label = _measure_of(cleaned(state.prev_raw), lr) + state.prev.quantity.surface + pre
    elif state.prev and gap is not None and pre and unit and unit.dimension != "age" and age_of_next(state.prev, gap, lr):
        label = state.prev.quantity.surface + pre  # 15周岁人口339人: the age says which persons the count is of
    elif not pre and obj and gap is not None and gap.strip() == "、":
        label = state.prev_verb + obj  # 新建6间冷库、1300立方冷冻室 -> 新建冷冻室
    elif obj and lr.object_of_dui.search(raw):
        label = obj + phrase_after(text, f.end + len(obj), lr)  # 对14家工贸企业开展安全培训
    elif (pre in lr.rate_words or lr.relative_to_previous.match(pre)
          or ((pre in lr.percent_rate_words or lr.percent_of_goal.match(pre)) and unit and unit.dimension == "percent")
          ) and state.prev_label:
        # 地区生产总值86亿元,增长6.5% -> 地区生产总值增长; 环比增长4.6%,同比增长7.9% -> …同比增长
        written = raw.strip(" ，,、").replace(lr.respectively, "")  # 分别增长 with nothing to pair: 增长
        # 较去年增加1个标段: a count of its own things is a change of those things, not of the figure before
        subject = obj if obj and unit and unit.dimension == "count" and pre in lr.rate_words else state.prev_label
        if lr.rank_label.search(subject):  # 总量排名较去年前进2位，同比增长5%: the rate is of the subject before the rank
            subject = next((lab for lab in reversed(state.labels) if not lr.rank_label.search(lab)), subject)
        elif lr.goal_label.search(subject):  # 完成税收收入7106万元,完成预期目标5100万元的139.3%,同比增长37.2%: of the tax
            subject = next((lab for lab in reversed(state.labels) if not lr.goal_label.search(lab)), subject)
        label = rate_base(subject, lr)
        if not lr.change_reached.search(raw):  # 由1339万元增长至2173.5万元: the level reached is the subject's
            label += written if written in lr.rate_words else pre
    elif ((pre in lr.rate_words or lr.relative_to_previous.match(pre)) and not state.prev_label
          and (subject := _subject_before_note(previous_clause(text, state.start, f.start, raw, lr), lr))):
        # 规模以上工业增加值剔除增加值率变化因素,同比增长2.2%: no figure before in the sentence, the subject stands in
        # the clause before, ahead of the note narrowing what it counts
        written = raw.strip(" ，,、").replace(lr.respectively, "")
        label = rate_base(subject, lr) + (written if written in lr.rate_words else pre)
    elif pre in lr.weak_lead and (after := phrase_after(text, f.end + len(obj), lr)):
        # 分3批组织…开展警示教育; 共分9个标段进行除治: what the count counts, written after it (not 分两期投放…|7400亿元;
        # not persons: 剩余551万农村贫困人口全部脱贫 stays 全部脱贫, what rules/reference.yaml compares)
        label = after if ARABIC_DIGIT.match(after) or unit is None or unit.canonical in lr.doer_units else obj + after
    elif (pre and not obj and unit and unit.canonical in lr.times_units
          and (after := phrase_after(text, f.end, lr)) and HAN_WORD.match(after)
          and not lr.number_start.match(after)  # not 七次、八次、九次全会: ordinals, a list
          and not any(word in _doing_words(lr.verb_tags) for word in segment(pre))):
        label = after  # 农业农村部先后2次到次邱镇调研: the count is of the visits, its subject no part of the label
    elif (pre in lr.spent_on and unit and unit.dimension == "money" and not text.startswith(lr.described_by, f.end)
          and (after := phrase_after(text, f.end, lr))):  # not 投资5000万元的县人民医院项目: the name it describes
        # 投资2000多万元创建产业园 -> 投资创建产业园; a long purpose keeps its last words after the verb
        if text.startswith(lr.spent_at, f.end):  # 投入10万余元在义仁村秀才堡河段开展示范河的打造: not the place
            words = segment(after)
            verb = next((i for i, w in enumerate(words) if w in lr.entity_lead_verbs), 0)
            kept = ""
            for word in words[verb:]:  # what it went to is the verb and the object right after it
                if word == "、" or len(kept) + len(word) > lr.max_label - len(pre):
                    break
                kept += word
            after = kept
        label = pre + shorten(after, lr, lr.max_label - len(pre))
    elif (unit and unit.dimension == "money" and not obj
          and (verb := next((v for v in lr.done_before_object if pre.endswith(v)), None))
          and not text.startswith(lr.described_by, f.end) and (after := phrase_after(text, f.end, lr))
          and HAN_WORD.match(after) and segment(after)[0] not in _doing_words(lr.object_not_tags)
          and not any(word in after for word in lr.rate_words)):
        # 引导…有限公司完成1300万元设备技术改造 -> 完成设备技术改造: what the sum was of, after the verb (the doer is no part)
        label = verb + shorten(after, lr, lr.max_label - len(verb))
    elif ((measure := lr.bare_measure.fullmatch(pre)) and not obj and state.prev_label
          and (thing := lr.measured_subject.fullmatch(state.prev_label))
          and thing["subject"] != state.prev_label  # 种植马铃薯, 茶叶种植面积; not a list's item (旱粮作物1.05万亩,播种面积…)
          and not lr.bare_measure.fullmatch(thing["subject"]) and names_a_thing(thing["subject"], lr)):
        label = thing["subject"] + measure["measure"]  # 种植马铃薯2万亩、产量2.5万吨: the 马铃薯's
    elif (pre and not obj and state.prev and gap is not None and gap[:1] in "，," and gap[1:] == raw
          and thin(pre, lr) and any(m in pre for m in lr.held_measures)
          and (counted := unit_of(state.prev.quantity.unit)) and counted.dimension == "count"
          and (held := lr.held_count.fullmatch(state.prev_label))):
        label = held["things"] + pre  # 共有规模以上企业14家,预计完成产值30.68亿元: the firms' 产值
    elif pre in lr.weak_before and not lr.whole_area.search(raw):
        before = previous_clause(text, max(state.start, state.prev_end), f.start, raw, lr)
        subject = before or state.prev_label
        if pre in lr.total_words:  # 新增规模工业企业24家,总数达到159家: the total of the things, not of those added
            subject = lr.added_verb_start.sub("", subject)
        label = subject + pre + obj  # 发展稻虾综合种养，面积达15公顷
    elif (unit and unit.dimension == "count" and obj in lr.level_chars
          and not text.startswith("、", after_aside(text, f.end + len(obj)))
          and (done := phrase_after(text, f.end + len(obj), lr)) and done not in lr.rate_words
          and ((word := segment(done)[0]) in _doing_words(lr.level_doing_tags) or word in lr.level_doing_words)):
        # 110个县（市、区）实现通高速, 15个村被命名为省级卫生村: a count of places of one level says what they did or
        # became (not 25个省、内蒙古自治区…: a list of places; not 4个村874亩征地, 14个村(社区)党组织: no doing)
        label = pre + obj + done
    elif done := _doers_did(text, f, obj, unit, lr):
        # (…贫困户1121户4459人全部脱贫: past the second figure of a compound, what both did)
        # 干部百余人赴县廉政教育基地开展警示教育; 帮助4名失业人员实现再就业 (not 由929家增长到3605家: a change)
        label = pre + obj + done
    elif (unit and unit.dimension == "count" and raw.rstrip().endswith(lr.examples_end)
          and (after := _examples_did(text, f.end, obj, lr))):
        # 金盘科技、德力普等2个项目实现“拿地即开工”: the names are examples, the count is of what the clause says
        # (not the next figure and what follows it: 银龙轨道、建安混凝土等2家公司纳税突破1000万元推进… -> 公司纳税)
        label = after
    elif pre and (not unit or unit.dimension != "count") and _counted_subject(state, gap, raw):
        # 15个技改项目完成投资3.95亿元: the things the count before counted are the subject of the amount after
        # them (not of a count of events: 11个村（社区）开展宣讲120场次 -> 开展宣讲)
        label = text[state.prev.end : state.prev_end] + pre + obj
    else:
        label = pre + obj
    if not label and only_entity:
        label = _same_unit_label(f, state, lr)  # 集体经济收入386万元，其中茶岭村52万元: 茶岭村's 集体经济收入
        if label in state.names_measured:
            label = entity  # 桃产业基地达到2200余亩,莲藕基地达630亩: another named thing measured alike, not a part of the first
    if not label:
        label = (phrase_after(text, f.end + len(obj), lr).lstrip(lr.described_by)  # 为辖区1.8万名老年人建立健康档案
                 or previous_clause(text, max(state.start, state.prev_end), f.start, raw, lr)
                 # 合作社达26个,桃产业基地达到2200余亩: no figure of its unit before, the named thing's own measure
                 or (entity if only_entity and unit and unit.dimension not in _RELATIVE else "")
                 or state.prev_label or obj or _text_before(text, f.start, lr))
    if (state.prev_label and lr.goal_label.search(label) and label in (state.prev_label, rate_base(state.prev_label, lr))
            and unit and unit.dimension not in ("percent", "count") and (subject := _same_dimension_label(unit, state, lr))):
        label = subject  # …完成全年指标任务37亿元的120.43%,预计全年可实现43亿元: of the investment, not the goal
    if ((goal := lr.goal_label.search(label)) and is_goal_amount(text, f, raw, lr)
            and (subject := _same_unit_label(f, state, lr)) and not lr.goal_label.search(subject)):
        label = subject + goal[0]  # 完成固定资产投资5.1亿元,占目标任务5.5亿元的106%: the goal of the investment
    if state.prev_label and thin(label, lr) and (quota := lr.quota_of.fullmatch(state.prev_label)):
        label = quota["subject"] + label  # 县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元: of that subject
    elif (label and unit and unit.dimension not in ("percent", "count") and thin(label, lr)
          and (subject := _same_dimension_label(unit, state, lr)) and not lr.target_cue.search(subject)):
        # 限额以上社会消费品零售总额12.58亿元,同比增长15.1%,1-6月预计完成15.09亿元: a clause of only a verb goes on
        # about the last amount of its kind before it (not a quota: 市级下达目标1.16亿元,累计已完成1.24亿元; not a
        # count, which lists other things as often); its rate after it follows (rate_words above); a verb the subject
        # already ends with is not written twice (…投资完成5.1亿元,预计1-6月完成5.84亿元)
        label = subject if subject.endswith(label) else subject + label
    if label in lr.parts:
        label = part_of(label, state, lr)  # 其中城镇38291元: the 城镇 part of the subject before
    if state.prev_label and (ref := lr.back_reference.match(label)):
        # 地区生产总值增长8.6%，总量再上一个万亿元台阶，人均达13.7万元: 总量 and 人均 are of that subject
        label = (ref["keep"] or "") + rate_base(state.prev_label, lr)
    if unit and (residents := lr.resident_labels.get(unit.base)) and (
            label in lr.place_kinds or label in lr.resident_labels.values()
            or (label == state.prev_label and not _same_dimension(state.prev, unit)
                and gap is not None and lr.clause_break.search(gap))):  # not 注册资本100万元以上的18户
        # 辖32个行政村(社区)、4.7万人, 耕地166990畝,有7205戶, 25185口人: the place's people, households
        label = residents
    topic = line_topic(text, f.start, lr)
    if topic and topic not in label:
        label = topic + label  # 固定资产投资：本季度完成2.15亿元 -> 固定资产投资完成
    return shorten(lr.quotes.sub("", label), lr), pre, obj


def _done_right_after(text: str, end: int, lr: LabelRules) -> str:
    """The verb phrase written right after 100%, up to its clause's end (100%复工, 100%通硬化路), when its first word is
    one jieba's dictionary tags a verb (verb_tags); else "". Not after other shares: 完成…目标的51.2%实现…, a comma left
    out, and 由下降2.3%转为增长8.5% go on to another figure."""
    if not HAN_WORD.match(text, end, end + 1):
        return ""
    phrase = phrase_after(text, end, lr)
    words = segment(phrase) if phrase and text.startswith(phrase, end) else []
    return phrase if words and words[0] in _doing_words(lr.verb_tags) and words[0] not in lr.rate_words else ""


def _examples_did(text: str, end: int, obj: str, lr: LabelRules) -> str:
    """What the things a count after named examples counts did: its object and the rest of the clause
    (金盘科技、德力普等2个项目实现“拿地即开工”), or only the object when it ends in a level reached and the next figure
    follows, that level (银龙轨道、建安混凝土等2家公司纳税突破1000万元推进… -> 公司纳税; not 8个领域实施10项以上…)."""
    phrase = phrase_after(text, end + len(obj), lr)
    if obj and ARABIC_DIGIT.match(phrase) and (held := strip_label(obj, lr)) != obj:
        return held
    return obj + phrase


def breakdown_place(text: str, f: Found, raw: str, state: SentenceState, lr: LabelRules) -> str | None:
    """The places a figure's clause names and nothing else, in a breakdown of a figure of the same unit before it in
    its sentence (in brackets, or after entity part_openers): (洪广镇1199户5745人,…), 其中宗加镇1170户; else None."""
    if not (state.labels and (raw.lstrip().startswith(lr.entity_part_openers) or _in_brackets(text, state.start, f.start))):
        return None  # the common case, told first: no breakdown
    pre = cleaned(raw)
    return pre if pre and _only_names(pre, lr) and _same_unit_label(f, state, lr) else None


def _measure_of(words: str, lr: LabelRules) -> str:
    """``words`` without the verbs opening them (entity lead_verbs) when they name a measure of bound_measures (新增税收
    -> 税收, 注册资本, 集体经济年收入), else "" (实施, 成功引进, 安排投资: the bound is of what the count counts)."""
    parts = segment(words)
    verbs = next((k for k, word in enumerate(parts) if word not in lr.entity_lead_verbs), len(parts))
    measure = "".join(parts[verbs:])
    return measure if any(word in measure for word in lr.bound_measures) else ""


def _in_brackets(text: str, start: int, end: int) -> bool:
    """A bracket opened between ``start`` and ``end`` is still open at ``end`` (…1662户7805人(洪广镇1199户…)."""
    opened = max(text.rfind("(", start, end), text.rfind("（", start, end))
    return opened >= 0 and max(text.rfind(")", opened, end), text.rfind("）", opened, end)) < 0


def _only_names(pre: str, lr: LabelRules) -> bool:
    """``pre`` names places and nothing else (洪广镇, 金贵镇和立岗镇, 诺木洪农场): each a name ending in part_places."""
    parts = [pre]
    for joiner in lr.list_joiners:
        parts = [piece for part in parts for piece in part.split(joiner)]
    return all(part.endswith(lr.part_places) and is_entity_name(part, lr, None) for part in parts)


def _before_names(pre: str, lr: LabelRules) -> str | None:
    """The verbs opening ``pre`` (entity lead_verbs, or words of two characters tagged with one of named_lead_tags) when
    it is a list of names (培育优特科、普莱克红梅、博旺电子和常胜精密 -> 培育; 开发建设白城、松原 -> 开发建设): at least two
    items joined by 、, each of two to named_item_max characters and no figure, none only of words tagged as kinds
    (example_kind_tags: 航空、石油化工、有色金属); else None."""
    items = pre.split("、")
    if len(items) < 2 or any(not 2 <= len(item) <= lr.named_item_max or ARABIC_DIGIT.search(item) for item in items):
        return None
    kinds, doings = _doing_words(lr.example_kind_tags), _doing_words(lr.named_lead_tags)
    if any(all(word in kinds for word in segment(item)) for item in items):
        return None  # 航空、石油化工、有色金属国家控股公司: kinds of things, not names
    words = segment(items[0])
    verbs = next((k for k, word in enumerate(words)
                  if word not in lr.entity_lead_verbs and (len(word) < 2 or word not in doings)), len(words))
    return "".join(words[:verbs]) if verbs < len(words) else None


def _kind_before_names(raw: str, lr: LabelRules) -> str:
    """The kind of the named examples before 等 (优秀罗汉果收购网点龙见顶等 -> 优秀罗汉果收购网点; 对百香果种植能手杨杰等
    -> 百香果种植能手): the words of the last item up to its last word tagged as a kind (example_kind_tags), back to
    an object_stops word, when after that word stands only a name: at most example_name_max characters jieba cut into
    words of one character or tagged as names (example_name_tags); else ""."""
    body = raw.rstrip()
    body = body[: -len(next(e for e in lr.examples_end if body.endswith(e)))]
    words = segment(body.split("、")[-1])
    kinds, names = _doing_words(lr.example_kind_tags), _doing_words(lr.example_name_tags)
    for k, word in enumerate(words):
        name = words[k + 1 :]
        if (word not in kinds or len(name) < 2 or len("".join(name)) > lr.example_name_max
                or any(len(w) > 1 and w not in names for w in name)):
            continue  # a name is no word of the dictionary: jieba cuts it (杨|杰, 龙|见|顶, 张家|品), not 群众|留言
        start = k
        while start > 0 and words[start - 1] not in lr.object_stops and HAN_WORD.fullmatch(words[start - 1]):
            start -= 1
        return strip_label("".join(words[start : k + 1]), lr)
    return ""


def _subject_before_note(clause: str, lr: LabelRules) -> str:
    """The words of ``clause`` before a caliber word run into it (规模以上工业增加值剔除增加值率变化因素 ->
    规模以上工业增加值), or "" when it holds none or opens with one (扣除物价上涨因素: the subject is further back)."""
    m = lr.caliber_word.search(clause)
    return clause[: m.start()] if m and m.start() >= 2 else ""


_RELATIVE = ("percent", "ratio")  # 总装机容量达到4646万千瓦,是三峡电站的两倍: a figure relative to the thing named


def _same_unit_label(f: Found, state: SentenceState, lr: LabelRules) -> str:
    """The label of the latest figure before ``f`` in its sentence that is in the same unit, if any."""
    for label, unit in zip(reversed(state.labels), reversed(state.units), strict=True):
        if unit == f.quantity.unit:
            return rate_base(label, lr)
    return ""


def _same_dimension(prev: Found | None, unit) -> bool:
    """The figure before, if any, is of the dimension of ``unit`` (a Unit)."""
    before = unit_of(prev.quantity.unit) if prev else None
    return before is None or before.dimension == unit.dimension


def _counted_subject(state: SentenceState, gap: str | None, raw: str) -> bool:
    """The clause goes on right after the things a count before it counted (15个技改项目|完成投资): no break
    between, and the count was written with its object."""
    prev = state.prev
    if prev is None or gap != raw or state.prev_end <= prev.end:
        return False
    unit = unit_of(prev.quantity.unit)
    return unit is not None and unit.dimension == "count"


def _same_dimension_label(unit, state: SentenceState, lr: LabelRules) -> str:
    """The subject of the sentence's last figure before this one when it is of the same dimension as ``unit``, or
    a change of that subject (财政总收入可比增3%,预计完成45.0亿元), and its label names one (not itself only a
    verb), else ""."""
    for label, written in zip(reversed(state.labels), reversed(state.units), strict=True):
        before = unit_of(written)
        if before is None or lr.goal_label.search(label):
            continue  # a goal (完成全年指标任务37亿元) is not the subject
        if before.dimension == "percent":
            base = rate_base(label, lr)
            if base != label and not thin(base, lr):
                return base  # the change of a subject: 税收收入同比增长3%,预计完成43.5亿元
            continue  # other rates stand between
        if before.dimension != unit.dimension:
            return ""  # another kind of figure came between: another subject (高新技术企业突破1万家、营业收入…)
        return "" if thin(label, lr) else rate_base(label, lr)
    return ""


def _text_before(text: str, pos: int, lr: LabelRules) -> str:
    """Last resort: the words before the figure across a stray line break (设定\n\u200b\n为6%)."""
    words = lr.quotes.sub("", lr.clause_break.sub("", text[max(0, pos - 24) : pos].replace("\n", "")))
    return shorten(strip_label(words, lr), lr)


def _doers_did(text: str, f: Found, obj: str, unit, lr: LabelRules) -> str | None:
    """What persons or households counted (of lr.doer_units) did, written right after them or after the second figure of
    their compound (…1121户4459人全部脱贫); None when no doing follows, or a change does (由929家增长到3605家, 比一九五二年的
    五万八千人增长两倍)."""
    if not (unit and unit.canonical in lr.doer_units):
        return None
    at = past_compound(text, f.end, obj, unit.canonical, lr)
    if not HAN_WORD.match(text, at, at + 1):
        return None
    done = phrase_after(text, at, lr)
    changed = any(done.startswith(w) and (lr.number_start.match(done, len(w)) or lr.from_to.match(done, len(w)))
                  for w in lr.rate_words)
    return None if not done or done in lr.rate_words or changed else done
