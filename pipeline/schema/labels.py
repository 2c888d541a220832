"""The shape of rules/labels.yaml: what the labels stage reads around a figure."""

from __future__ import annotations

from .base import Chars, Count, Dimension, Positive, Regex, Strict, Word, Words

# --------------------------------------------------------------------------- rules/labels.yaml


class EntityRules(Strict):
    admin_suffixes: Words
    suffixes: Words
    own_word_suffixes: Words  # suffixes that end a name only as a jieba word of their own (万向系, not 体系)
    phrase_tags: Words  # jieba part-of-speech tags of words that make a doing or a kind before a suffix (突出项目)
    proper_tags: Words = []  # jieba tags of the words that make a name among common words (三峡 of 三峡电站)
    kind_word_min: Positive = 1000  # …and a kind opens with a word at least this frequent (not 石门 of 石门茶叶基地)
    body_tags: Words  # jieba tags of a word that is a body's own name with no ending of a kind (特斯拉)
    body_measures: Words  # …when a body's measure follows it (特斯拉全年贡献社零额…)
    phrase_word_min: Positive  # …and words at least this frequent in jieba's dictionary (not 固安 in 固安一中)
    name_joiners: Words  # villages listed with these (店山村和黄沙村) are one entity, a list written with 、
    whole_names: Words  # names that are a part of the area on their own, short as they are (兵团)
    list_total: Words  # after names listed with 、, right before their count (…、…共5个在建项目): no entity
    name_chars: Regex
    min_name: Positive
    max_name: Positive
    stop_names: Words
    common_word_min: Positive  # a name that is a dictionary word this frequent is a kind of place
    not_last_word: Words
    phase: Regex = '(?!)'  # a phase right before a name's kind (改造一期工程): part of the kind, no word of the clause
    not_inside: Words
    not_after_name: Regex
    generic_place: Regex
    whole_people: Regex = '(?!)'  # a clause opening with the whole area's people (城乡居民): about the area
    places_counted: Regex
    stop_chars: Words
    lead_words: Words
    lead_chars: str
    after_words: Words
    stationed_words: Words
    part_openers: Words
    topic_breaks: Words
    example_openers: Words = []  # 主要是, 例如: a name after them is the example a figure is about
    place_words: Words  # a name right after these (在希勃图村开展…) is where its clause's doing is, as an object
    lead_verbs: Words
    measured_right_after: dict[Dimension, Word]  # a name right after a figure in these is what it measures; its label
    described_dimensions: list[Dimension]  # a figure in these before 的 and a name describes that place
    described_max_name: Positive
    described_name_chars: Regex  # the characters of a name described by a figure before it (it may hold a size)
    listed_leads: Words  # 总投资50亿元的中信国安江南第一城、总投资23亿元的…: a list of projects, each sized before its name
    listed_end: Word


class LabelPeriods(Strict):
    """How a period found in a clause (rules/periods.yaml, in_text) bears on a figure."""

    comparison: Regex
    qualifies: Regex
    earlier_whole: Regex
    ratio_units: Words
    openers: Words
    baseline_figure: Regex
    from_to: Regex
    year_on_year_pair: Regex
    baseline_of_change: Regex
    flow_dimensions: list[Dimension]  # figures of these up to a month's end (截至10月底) run from January
    flow_words: Regex
    stock_words: Regex
    aside_period: Regex  # a bracketed period right after a figure dates it
    level_reached: Regex  # a level reached before a figure (达到, 突破): not a span's flow
    level_from: Regex  # the start of a change before a figure (由): the level before a span
    change_started: Regex  # earlier in a clause, the level a change starts from (从3563元): the change's end follows


class PlanOpening(Strict):
    pattern: Regex  # a head paragraph opening with a year and 将 (group year)
    head_chars: Positive


class LabelsFile(Strict):
    user_words: Words
    aside_max: Count
    caliber_aside: Words
    caliber_aside_max: Count
    clause_breaks: Chars
    list_cut: Words
    list_kinds: Words
    examples_end: Words
    example_kind_tags: list[str] = []  # 茶叶种植能手张家品等两人: jieba tags of the word ending the kind before the names
    example_name_max: int = 4  # …and the longest name after it
    example_name_tags: list[str] = []  # …and the jieba tags of the words of more than one character in that name
    named_lead_tags: list[str] = []  # …and the jieba tags of the verbs before those names that stay
    named_item_max: int = 12  # …and the longest item of that list
    part_places: Words = []  # (洪广镇1199户…): a label only of such places is their part of the subject before
    named_kinds: Words = []  # 培育优特科、普莱克红梅4家后备企业: things a count's object names whose names a list before it gives
    described_by: Word
    class_bound: Regex
    class_bound_gap_not: Regex
    bound_measures: Words = []  # 新增税收100万元以上企业2个: what a bound bounds, opening the next figure's label
    strip_prefixes: Words
    strip_suffixes: Words
    object_stops: Words
    level_chars: str = ''  # 县、镇干部: levels listed with 、 before the noun they share
    level_doing_tags: list[str] = []  # 110个县（市、区）实现…: jieba tags of the word that says what counted places did
    level_doing_words: Words = []  # …and words that open it though jieba tags them nouns (全部, 基本)
    object_units: list[Dimension]
    doer_units: Words
    task_count_units: Words
    rate_words: Words
    percent_rate_words: Words
    percent_of_goal: Regex
    goal_amount_before: Regex
    goal_share_after: Regex
    goal_word_after: Regex
    weak_before: Words
    whole_area: Regex  # 辖区面积: the reporting area's own area
    bare_measure: Regex
    measured_subject: Regex
    weak_lead: Words
    times_units: Words = []
    yearly_capacity: Regex = "(?!)"  # a clause opening with a yearly capacity (年销售额, 实现年屠宰) after a thing named
    verb_tags: Words = []
    spent_on: Words
    done_before_object: Words
    opening_quotes: Chars
    object_not_tags: Words
    spent_at: Words
    respectively: Word
    listed_measure_min: Count
    list_joiners: Words
    list_verbs: Words
    pair_words: dict[str, Words]  # a word that names two subjects of a list (城乡: 城镇, 农村)
    parts: dict[str, Word] = {}  # a part of a subject -> the word of the subject it goes before (城镇: 居民)
    shared_tail_max: Positive
    shared_heads: Words  # 第一、二、三产业: written once before the first item, the head of every item
    row_marker: Regex
    item_marker: Regex  # 一是, 二是: an item of a run-in list
    line_topic: Regex  # a topic before a colon opening a line (group topic)
    run_in_item: Regex  # where a numbered item run into a line starts (；二、)
    back_reference: Regex
    milestone: Regex
    reading_aside: Regex
    caliber_clause: Regex  # an unbracketed note on the caliber inside a clause, dropped from labels
    rank_label: Regex
    added_verb_end: Regex
    added_verb_start: Regex  # 新增 opening a subject: dropped before a total of the things (总数)
    total_words: Words
    thin_label: Regex
    goal_label: Regex
    quota_of: Regex
    held_count: Regex  # 共有规模以上企业14家: a count of what a place has (group things)
    held_measures: Words  # …,预计完成产值30.68亿元: a thin clause measuring those things
    run_in_subject_end: Regex
    topic_sentence: Regex
    thin_lead: Regex
    topic_amount: Regex
    subject_frame: Regex
    heading_subject_max: Positive
    relative_to_previous: Regex
    estimate_clause_list: Regex  # after 预计 opening a clause: it opens a list of estimates (预计全年…；…)
    average_over: Regex  # 由2017年的…增长至2021年的…，年均增长: the years an average is over (groups first, last)
    change_reached: Regex  # a change word naming the level it reached (增长到, 降至): the figure is the subject's level
    list_item_max: Count
    compound_joiners: Chars
    compound_next: Regex  # the second figure of a compound of persons (1121户4459人全部脱贫)
    persons_after_households: Regex  # the persons of households named between them (480户低收入家庭752人实现脱贫)
    households_unit: Word
    place_kinds: Words = []  # a count of persons whose label came out as one of these kinds of place is their population
    resident_labels: dict[Word, Word] = {}  # base unit of a count of residents -> its label (人: 人口)
    object_of_dui: Regex
    max_label: Positive
    date_noise: Regex
    date_noise_chars: Chars
    quote_chars: Chars
    entity: EntityRules
    periods: LabelPeriods
    target_cue: Regex
    present_state: Regex = '(?!)'  # in a plan section, a sentence stating the area's present state: facts
    result_cue: Regex = '(?!)'  # in a plan section, a clause comparing with a year before states a result
    done_so_far: Regex = '(?!)'  # a figure of the whole year in a report of part of it is a goal unless these say done
    plan_compound: Regex = '(?!)'  # 年度计划 before what the plan does (年度计划完成投资…): a plan cue
    capacity_cue: Regex = '(?!)'  # 可 before what a thing can yield (年产值可达…): a target of no year
    estimate_cue: Regex
    statistics_estimate: Regex
    estimate_ahead: Regex
    estimate_rate: Regex
    estimate_list_opens: Regex
    estimate_item_leaves: Regex
    estimate_alone: Regex  # right after the cue: it stands alone (预计，), over the whole sentence
    target_list: Regex
    target_list_end: Regex
    estimate_list_end: Regex
    estimate_note: Regex
    estimate_note_items: Regex = '(?!)'  # lines a 下同 note holds over after its paragraph: a list's items
    label_marker: Regex = '(?!)'  # a paragraph's list number opening a label
    plan_title_end: Regex = '(?!)'  # a title is read for plan words up to its first figure
    plan_sections: Regex
    result_sections: Regex
    plan_opening: PlanOpening
    plan_part_opens: Regex
    notes_heading: Regex
