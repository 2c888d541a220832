"""LabelRules: the compiled patterns and word sets of rules/labels.yaml that every part of the labels stage reads,
each with what it is for (rules/labels.yaml says why, with the real text each rule came from)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..first_chars import Anchored


@dataclass(frozen=True)
class LabelRules:
    clause_break: regex.Pattern  # without 、, which is decided case by case
    last_clause_break: regex.Pattern  # the same, searched from the end (the last break before a figure)
    clause_break_reach: int  # how far before where it matches clause_break looks (its look-behinds)
    aside: regex.Pattern  # a short aside inside a phrase, dropped from labels: 建（构）筑物 -> 建筑物
    caliber_aside: regex.Pattern  # a bracketed note narrowing what a measure counts, kept in labels: (不含免抵调)
    caliber_word: regex.Pattern  # a word opening such a note, also run into a clause (…增加值剔除增加值率变化因素)
    list_cut: frozenset[str]
    list_kinds: frozenset[str]
    examples_end: tuple[str, ...]  # ends a list of named examples before a count (金盘科技、德力普等2个项目)
    list_total: tuple[str, ...]  # names listed with 、 and this word right before their count: its total (…、…共3个)
    example_kind_tags: frozenset[str]  # 茶叶种植能手张家品等两人: tags of the word ending the kind before the names
    example_name_max: int  # the longest name after that word
    example_name_tags: frozenset[str]  # tags of the words of more than one character in such a name (张家)
    named_lead_tags: frozenset[str]  # tags of the verbs before such names that stay (开发建设白城、松原)
    named_item_max: int  # the longest item of such a list
    part_places: tuple[str, ...]  # a label only of places so ending: their part of the subject before
    named_kinds: tuple[str, ...]  # an object ending in one of these after a list of names: the names are no label
    examples_count: regex.Pattern  # examples_end, then (a few words and) a count or the figure: the names are no entity
    described_by: str  # after a figure opening its clause: what follows it describes (32公里的农村道路)
    class_bound: regex.Pattern  # a bound or range that names a class of things (500万元以上, 10至500万元)
    bound_measures: tuple[str, ...]  # words naming what a bound bounds (税收100万元以上企业)
    class_bound_gap_not: regex.Pattern  # between it and the next figure's words: not a bound of them (由…扩大到…)
    strip_prefixes_long: regex.Pattern  # multi-character prefixes, longest first
    strip_prefixes_char: frozenset[str]
    strip_suffixes_long: regex.Pattern
    strip_suffixes_char: frozenset[str]
    object_stops: frozenset[str]
    level_chars: frozenset[str]  # 县、镇干部: levels listed with 、 before the noun they share
    level_doing_tags: frozenset[str]  # 110个县（市、区）实现…: what counted places did opens with a word so tagged
    level_doing_words: frozenset[str]  # …or with one of these (全部, 基本)
    object_units: frozenset[str]
    doer_units: frozenset[str]
    task_count_units: frozenset[str]  # 任务261条: tasks counted, no quota
    rate_words: frozenset[str]
    percent_rate_words: frozenset[str]  # name a change only before a percentage (增产40%)
    percent_of_goal: Anchored  # 完成镇人代会目标的54.4%: the completion of the figure before
    goal_amount_before: regex.Pattern  # an amount right after a goal's word with the share done after it…
    goal_share_after: regex.Pattern  # …with the share of it done written after it (目标45亿元的116%)…
    goal_word_after: Anchored  # …or right before a goal's word (2500万元目标任务): the goal itself, a target
    weak_before: frozenset[str]
    whole_area: regex.Pattern  # 辖区面积: the reporting area's own area
    bare_measure: Anchored  # a label of only a measure (产量): of the thing the figure before measured
    measured_subject: regex.Pattern  # that thing in the earlier label (种植马铃薯 -> 马铃薯)
    weak_lead: frozenset[str]
    times_units: frozenset[str]  # counts of times something was done (次): with no verb before, the doing is after
    yearly_capacity: Anchored  # a yearly capacity opening a clause: of the thing the clause before built
    verb_tags: frozenset[str]  # the tags jieba's dictionary gives verbs
    spent_on: frozenset[str]  # 投资: money whose label is what it was spent on, written after it
    done_before_object: tuple[str, ...]  # 完成, 签下: verbs ending a clause whose money's thing is written after it
    object_not_tags: frozenset[str]  # jieba tags of a first word that opens no thing (用于)
    opening_quotes: str  # “: opens a quoted name
    spent_at: tuple[str, ...]  # 在: the place money was spent, written before what it was spent on
    relative_to_previous: Anchored
    change_reached: regex.Pattern
    average_over: regex.Pattern
    estimate_clause_list: regex.Pattern
    respectively: str
    listed_measure_min: int
    list_joiners: frozenset[str]
    list_ends: tuple[str, ...]  # rate_words and list_verbs, longest first: what ends a listed subject before its figures
    pair_words: dict[str, tuple[str, ...]]  # 城乡 -> (城镇, 农村): a word that lists two subjects
    parts: dict[str, str]  # 城镇 -> 居民: a part of a subject, and the word of the subject it goes before
    milestone: regex.Pattern  # the mark a figure passed (突破70亿元目标、大关): says nothing of what the next figure is
    rank_label: regex.Pattern  # a label of a place in a ranking (总量排名较去年前进): no rate after it is of it
    added_verb_end: regex.Pattern  # 新增 ending a label: what was added, not the level a 达 after it states
    added_verb_start: regex.Pattern  # 新增 opening a subject: not what a total after it counts
    total_words: frozenset[str]  # a clause of only one of these (总数) states the total of the things before
    reading_aside: Anchored  # the pinyin a web page writes after a character: 5項(xiàng)全市 -> 5項全市
    caliber_clause: regex.Pattern  # 扣除…因素影响后同口径: a caliber note inside a clause, no part of its label
    back_reference: Anchored  # a label that only refers back to the sentence's subject (总量, 人均)
    goal_label: regex.Pattern  # a label naming a goal, not a subject (完成指标任务)
    quota_of: regex.Pattern  # a quota handed down for a subject (县下达我镇一般公共预算收入任务)
    held_count: regex.Pattern  # a count of what a place has (共有规模以上企业14家), group things
    held_measures: tuple[str, ...]  # a thin clause right after it with one of these measures those things (完成产值)
    thin_label: regex.Pattern  # a label of only a verb or a change (完成, 下降): the heading names the subject
    run_in_subject_end: regex.Pattern  # ends a paragraph's opening subject (规模以上工业。)
    topic_sentence: regex.Pattern  # a sentence of a subject and how it went (第三产业加快发展。), group subject
    thin_lead: regex.Pattern  # the verbs a thin label opens with, left out when a subject is put before it
    topic_amount: regex.Pattern  # a label of a verb and an amount only (实现增加值), for a topic sentence's subject
    subject_frame: regex.Pattern  # words around a heading's subject (方面)
    heading_subject_max: int
    row_marker: regex.Pattern  # the list number opening a table row's name (1.地区生产总值)
    item_at: regex.Pattern  # an item of a run-in list (二是…) starting here
    item_opens: regex.Pattern  # …opening a clause (also on a line a PDF copy wrapped)
    line_topic: regex.Pattern  # the topic opening a line before a colon (规上工业总产值：), after an item marker
    run_in_item: regex.Pattern  # where a numbered item run into a line starts (；二、)
    number_start: regex.Pattern  # a character a figure's number may begin with (a digit, 一 … 亿)
    number_next: regex.Pattern  # a figure's number next, or the end (after a name: what the figure counts)
    shared_tail_max: int  # 城镇、农村居民收入: short items that share the last item's tail
    shared_heads: tuple[str, ...]  # 第一、二、三产业: a head written once for every item
    list_item_max: int
    max_label: int
    quotes: regex.Pattern
    entity_at_start: regex.Pattern
    village_at_start: regex.Pattern
    entity_after: regex.Pattern
    entity_after_de: regex.Pattern
    entity_stop_names: frozenset[str]
    entity_suffixes: tuple[str, ...]  # the words a name ends in, longest first
    entity_own_word_suffixes: frozenset[str]  # 系: ends a name only as a jieba word of its own (万向系, not 体系)
    entity_admin_suffixes: tuple[str, ...]  # 村, 社区: a village's name, which may run into a word (黄沙村|村级)
    entity_phrase_tags: frozenset[str]  # 突出项目: verbs, adjectives, adverbs before a suffix make no name
    entity_proper_tags: frozenset[str]  # 三峡电站: a place, a person or a body among common words makes a name
    entity_kind_word_min: int  # 工程建设项目: a kind opens with a word at least this frequent
    entity_body_tags: frozenset[str]  # 特斯拉 (nrt): a body's own name with no ending of a kind…
    entity_body_measures: tuple[str, ...]  # …when a body's measure follows it (贡献社零额)
    entity_phrase_word_min: int
    entity_name_joiner: regex.Pattern  # 和 between two listed villages (店山村和黄沙村), written as 、
    entity_whole_names: frozenset[str]  # 兵团: a name on its own, short as it is
    entity_common_word_min: int  # a name that is a jieba dictionary word this frequent is a kind of place
    entity_stop_chars: tuple[str, ...]
    entity_lead_words: tuple[str, ...]
    entity_lead_chars: str
    entity_lead_verbs: frozenset[str]
    entity_stationed: frozenset[str]  # 驻: a name after the figure wins even over the clause's own
    entity_place_words: tuple[str, ...]  # 在: a name after it is where the clause's doing is, as in an object
    entity_part_openers: tuple[str, ...]  # 其中: a name opening the clause is the figure's place, not what it counts
    entity_topic_breaks: tuple[str, ...]  # ，: what ends a first clause that is only a name (the sentence's topic)
    entity_example_openers: frozenset[str]  # 主要是, 例如: the name after them is the figure's, no part of its label
    entity_described_dimensions: frozenset[str]  # 总投资4000余万元的形源坞水库: a figure describing the name after 的
    entity_described: regex.Pattern  # 的 and a name, closed on its left by 的 and so allowed longer
    entity_listed_leads: tuple[str, ...]  # 总投资50亿元的中信国安江南第一城、总投资23亿元的…: a list of sized projects
    entity_listed_described: regex.Pattern  # 的, a name of any ending, and the 、 or 等 that closes it in such a list
    entity_measured_right_after: dict[str, str]  # dimension -> label: 3.6平方公里浙江临港工业园 is the park's 面积
    compound_joiners: str  # what may stand between the two figures of a compound (24户71人, 3户、11人)
    compound_next: Anchored  # the second figure of a compound of persons, right after the first (…户4459人)
    persons_after_households: regex.Pattern  # …户低收入家庭752人: the persons after what the households are
    households_unit: str
    place_kinds: frozenset[str]  # 辖32个行政村(社区)、4.7万人: a count of persons labelled by places is their population
    resident_labels: dict[str, str]  # 人: 人口, by the base unit of a count of residents
    entity_not_last: frozenset[str]
    entity_phase: regex.Pattern  # a phase right before a name's kind (改造一期工程): part of the kind
    entity_not_inside: frozenset[str]  # 向: a word inside a name that makes it a clause (引导贫困户向中心村)
    entity_suffix_ends: regex.Pattern  # any last character of an entity suffix
    generic_place: regex.Pattern
    whole_people: Anchored  # a clause opening with the whole area's people (城乡居民): about the area
    places_counted: regex.Pattern  # a count right after a kind of place (10万元以上村8个): several places
    not_after_name: Anchored
    date_noise: regex.Pattern
    date_noise_chars: regex.Pattern
    baseline_figure: regex.Pattern
    from_to: regex.Pattern
    year_on_year_pair: regex.Pattern  # after a change's first figure: its end and a growth of one year
    baseline_of_change: Anchored  # after a period: it names a change's baseline (去年同期)
    flow_dimensions: frozenset[str]  # figures that, up to a month's end (截至10月底), run from January
    flow_words: regex.Pattern  # a clause naming a flow (完成, 新增)
    stock_words: regex.Pattern  # a clause naming a level at a date (余额, 现有)
    aside_period: Anchored  # a bracketed period right after a figure: (截至10月底)
    level_reached: regex.Pattern  # before a figure: a level reached (达到, 突破), the end of a span's years
    level_from: regex.Pattern  # before a figure: the start of a change (由), the level before a span's years
    change_started: regex.Pattern  # earlier in the clause: a change from a level (从3563元), whose end may follow
    period: regex.Pattern
    comparison: regex.Pattern
    whole_year: frozenset[str]
    half_year: frozenset[str]
    relative_year: dict[str, int]
    points: frozenset[str]
    qualifies: regex.Pattern
    earlier_whole: regex.Pattern  # 占去年全年…的: periods naming an earlier year's whole a share is of
    ratio_units: frozenset[str]
    period_chars: regex.Pattern  # every period expression contains one of these characters
    object_of_dui: regex.Pattern
    openers: frozenset[str]
    target_cue: regex.Pattern
    present_state: regex.Pattern  # in a plan section, a sentence stating the area's present state states facts
    result_cue: regex.Pattern  # in a plan section, a clause comparing with a year before (同比) states a result
    done_so_far: regex.Pattern  # 共计, 累计: a figure of the whole year in a report of part of it is done so far
    plan_compound: regex.Pattern  # 年度计划 before what the plan does: a plan cue though jieba joins it
    capacity_cue: regex.Pattern  # 可 before what a thing can yield (年产值可达): a target of no year
    estimate_cue: Anchored  # target cues that, about a period already over, mark an estimated result
    statistics_estimate: regex.Pattern  # estimate words that only ever state a result (初步统计)
    estimate_ahead: regex.Pattern  # before an estimate cue: it looks past the period (即将竣工验收，预计新增)
    estimate_rate: regex.Pattern  # right after one: a yearly or per-unit yield ahead (预计年发电量)
    estimate_list_opens: regex.Pattern  # what may stand before 预计 when it opens a list of estimates
    estimate_item_leaves: regex.Pattern  # how an item opens that leaves a list of estimates
    estimate_alone: regex.Pattern  # a cue standing alone (预计，…): no item leaves its list
    target_list: regex.Pattern  # after a target cue, opens a list whose items are all targets
    target_list_end: regex.Pattern
    estimate_list_end: regex.Pattern  # where a list of estimates that 预计 opens ends
    estimate_note: Anchored  # (预计数,下同) after a figure
    estimate_note_items: regex.Pattern  # a line opening a list's item (——): a 下同 holds over it
    label_marker: Anchored  # a paragraph's list number opening a label
    plan_title_end: regex.Pattern  # a title is read for plan words up to its first figure
    plan_sections: regex.Pattern
    result_sections: regex.Pattern
    plan_opening: regex.Pattern  # 2026年,中洲镇将… in a report's head: a plan for that year
    plan_opening_chars: int
    plan_part_opens: regex.Pattern  # words that open a 政府工作报告's plan part (主要预期目标)
    notes_heading: regex.Pattern  # the line that opens the notes after a report (注释, 名词解释)
