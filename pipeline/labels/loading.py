"""How rules/labels.yaml is read: LabelRules, the compiled patterns and word sets every part of the
labels stage uses, built once by label_rules() (with the period grammar of rules/periods.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import periods, rules
from ..figures import _alternation
from ..sections import WRAP

NAME = "labels"


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
    percent_of_goal: regex.Pattern  # 完成镇人代会目标的54.4%: the completion of the figure before
    goal_amount_before: regex.Pattern  # an amount right after a goal's word with the share done after it…
    goal_share_after: regex.Pattern  # …with the share of it done written after it (目标45亿元的116%)…
    goal_word_after: regex.Pattern  # …or right before a goal's word (2500万元目标任务): the goal itself, a target
    weak_before: frozenset[str]
    whole_area: regex.Pattern  # 辖区面积: the reporting area's own area
    bare_measure: regex.Pattern  # a label of only a measure (产量): of the thing the figure before measured
    measured_subject: regex.Pattern  # that thing in the earlier label (种植马铃薯 -> 马铃薯)
    weak_lead: frozenset[str]
    times_units: frozenset[str]  # counts of times something was done (次): with no verb before, the doing is after
    yearly_capacity: regex.Pattern  # a yearly capacity opening a clause: of the thing the clause before built
    verb_tags: frozenset[str]  # the tags jieba's dictionary gives verbs
    spent_on: frozenset[str]  # 投资: money whose label is what it was spent on, written after it
    spent_at: tuple[str, ...]  # 在: the place money was spent, written before what it was spent on
    relative_to_previous: regex.Pattern
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
    reading_aside: regex.Pattern  # the pinyin a web page writes after a character: 5項(xiàng)全市 -> 5項全市
    caliber_clause: regex.Pattern  # 扣除…因素影响后同口径: a caliber note inside a clause, no part of its label
    back_reference: regex.Pattern  # a label that only refers back to the sentence's subject (总量, 人均)
    goal_label: regex.Pattern  # a label naming a goal, not a subject (完成指标任务)
    quota_of: regex.Pattern  # a quota handed down for a subject (县下达我镇一般公共预算收入任务)
    held_count: regex.Pattern  # a count of what a place has (共有规模以上企业14家), group things
    held_measures: tuple[str, ...]  # a thin clause right after it with one of these measures those things (完成产值)
    thin_label: regex.Pattern  # a label of only a verb or a change (完成, 下降): the heading names the subject
    run_in_subject_end: regex.Pattern  # ends a paragraph's opening subject (规模以上工业。)
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
    compound_next: regex.Pattern  # the second figure of a compound of persons, right after the first (…户4459人)
    persons_after_households: regex.Pattern  # …户低收入家庭752人: the persons after what the households are
    households_unit: str
    entity_not_last: frozenset[str]
    entity_not_inside: frozenset[str]  # 向: a word inside a name that makes it a clause (引导贫困户向中心村)
    entity_suffix_ends: regex.Pattern  # any last character of an entity suffix
    generic_place: regex.Pattern
    places_counted: regex.Pattern  # a count right after a kind of place (10万元以上村8个): several places
    not_after_name: regex.Pattern
    date_noise: regex.Pattern
    date_noise_chars: regex.Pattern
    baseline_figure: regex.Pattern
    from_to: regex.Pattern
    baseline_of_change: regex.Pattern  # after a period: it names a change's baseline (去年同期)
    flow_dimensions: frozenset[str]  # figures that, up to a month's end (截至10月底), run from January
    flow_words: regex.Pattern  # a clause naming a flow (完成, 新增)
    stock_words: regex.Pattern  # a clause naming a level at a date (余额, 现有)
    aside_period: regex.Pattern  # a bracketed period right after a figure: (截至10月底)
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
    plan_compound: regex.Pattern  # 年度计划 before what the plan does: a plan cue though jieba joins it
    capacity_cue: regex.Pattern  # 可 before what a thing can yield (年产值可达): a target of no year
    estimate_cue: regex.Pattern  # target cues that, about a period already over, mark an estimated result
    statistics_estimate: regex.Pattern  # estimate words that only ever state a result (初步统计)
    estimate_ahead: regex.Pattern  # before an estimate cue: it looks past the period (即将竣工验收，预计新增)
    estimate_rate: regex.Pattern  # right after one: a yearly or per-unit yield ahead (预计年发电量)
    estimate_list_opens: regex.Pattern  # what may stand before 预计 when it opens a list of estimates
    estimate_item_leaves: regex.Pattern  # how an item opens that leaves a list of estimates
    estimate_alone: regex.Pattern  # a cue standing alone (预计，…): no item leaves its list
    target_list: regex.Pattern  # after a target cue, opens a list whose items are all targets
    target_list_end: regex.Pattern
    estimate_list_end: regex.Pattern  # where a list of estimates that 预计 opens ends
    estimate_note: regex.Pattern  # (预计数,下同) after a figure
    label_marker: regex.Pattern  # a paragraph's list number opening a label
    plan_title_end: regex.Pattern  # a title is read for plan words up to its first figure
    plan_sections: regex.Pattern
    result_sections: regex.Pattern
    plan_opening: regex.Pattern  # 2026年,中洲镇将… in a report's head: a plan for that year
    plan_opening_chars: int
    plan_part_opens: regex.Pattern  # words that open a 政府工作报告's plan part (主要预期目标)
    notes_heading: regex.Pattern  # the line that opens the notes after a report (注释, 名词解释)


def _words_at(words, where: str) -> regex.Pattern:
    """The multi-character words as one pattern anchored by ``where`` (longest first)."""
    long_words = sorted((w for w in words if len(w) > 1), key=len, reverse=True)
    return rules.compiled(where.format("|".join(map(regex.escape, long_words)) or "(?!)"))


@rules.cached
def label_rules() -> LabelRules:
    r = rules.model(NAME)
    ent, lp = r.entity, r.periods
    suffix_words = sorted(ent.suffixes, key=len, reverse=True)
    suffixes = "|".join(regex.escape(s) for s in suffix_words)
    chars, lo, hi = ent.name_chars, ent.min_name, ent.max_name
    whole = "".join(f"|{regex.escape(w)}" for w in ent.whole_names)  # 兵团: a name on its own
    name = rf"(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}(?:{suffixes}){whole})"
    admin = "|".join(regex.escape(s) for s in ent.admin_suffixes)
    joiners = _alternation(["、", *ent.name_joiners])
    village = rf"(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}?(?:{admin})(?:(?:{joiners}){chars}{{1,{hi}}}?(?:{admin}))*)"
    described = regex.escape(r.described_by)  # 的 and a name after it
    opener = rf"^(?:{r.item_marker})?"  # an item marker may open the clause
    figure_data = rules.model("figures")
    number_start = rf"(?:{figure_data.digits}|[{regex.escape(figure_data.cn_numeral)}])"  # 万亿元 is one 万亿
    found = periods.in_text()  # the period grammar: rules/periods.yaml
    breaks = r.clause_breaks.replace("、", "")
    # a bracket breaks a clause, except around a short aside inside a phrase: 建（构）筑物, 11个村（社区）开展
    plain = "[" + regex.escape("".join(c for c in breaks if c not in "（()）")) + "]"
    inner = rf"[^（）()\n]{{1,{r.aside_max}}}"
    # …or a note on what the measure counts, of any neighbours: 财政总收入(不含免抵调)完成
    caliber = rf"(?:{_alternation(r.caliber_aside)})[^（）()\n]{{1,{r.caliber_aside_max}}}"
    # every alternative starts at its bracket, so the look-arounds run only where one stands
    opening = rf"[（(](?!{caliber}[）)])(?:(?<!\p{{Han}}[（(])|(?!{inner}[）)]\p{{Han}}))"
    closing = (rf"[）)](?:(?![\p{{Han}}0-9０-９])"  # …and a note before the words or figure it qualifies: (不含鄂钢)、 breaks
               rf"|(?<![（(]{caliber}[）)])(?:(?!\p{{Han}})|(?<!\p{{Han}}[（(]{inner}[）)])))")
    clause_break = f"{plain}|{opening}|{closing}"

    def compiled(pattern: str) -> regex.Pattern:  # checked by the schema: compiles
        return rules.compiled(pattern, regex.VERSION1)

    def chars_of(text: str) -> regex.Pattern:
        return rules.compiled("[" + regex.escape(text) + "]")

    return LabelRules(
        clause_break=regex.compile(clause_break),
        last_clause_break=regex.compile("(?r)" + clause_break),
        # (?<!\p{Han}[（(]{inner}[）)]): a Han, two brackets and the aside, or two brackets and a caliber note
        clause_break_reach=1 + 2 + max(r.aside_max, max(map(len, r.caliber_aside)) + r.caliber_aside_max),
        aside=regex.compile(rf"(?:(?<=\p{{Han}})|^)[（(](?!{caliber}[）)]){inner}[）)](?=\p{{Han}})"),
        caliber_aside=regex.compile(rf"[（(]{caliber}[）)]"),
        caliber_word=regex.compile(_alternation(r.caliber_aside)),
        list_cut=frozenset(r.list_cut),
        list_kinds=frozenset(r.list_kinds),
        examples_end=tuple(r.examples_end),
        list_total=tuple(r.entity.list_total),
        example_kind_tags=frozenset(r.example_kind_tags),
        example_name_max=r.example_name_max,
        example_name_tags=frozenset(r.example_name_tags),
        named_kinds=tuple(r.named_kinds),
        part_places=tuple(r.part_places),
        named_item_max=r.named_item_max,
        named_lead_tags=frozenset(r.named_lead_tags),
        examples_count=regex.compile(
            f"(?:{_alternation(r.examples_end)})" + rf"\s*(?:$|\p{{Han}}{{0,6}}?{number_start})"
            + f"|、[^、]*?(?:{_alternation(r.entity.list_total)})" + rf"\s*(?:$|{number_start})"  # up to the figure, or past it
            # 新上米厂、预制构件厂、…等企业12家: names listed up to 等 and their kind, right before the figure
            + f"|、[^、]*?(?:{_alternation(r.examples_end)})" + r"\s*\p{Han}{1,4}$"),
        described_by=r.described_by,
        class_bound=regex.compile(r.class_bound),
        class_bound_gap_not=regex.compile(r.class_bound_gap_not),
        bound_measures=tuple(r.bound_measures),
        strip_prefixes_long=_words_at(r.strip_prefixes, "^(?:{})"),
        strip_prefixes_char=frozenset(p for p in r.strip_prefixes if len(p) == 1),
        strip_suffixes_long=_words_at(r.strip_suffixes, "(?:{})$"),
        strip_suffixes_char=frozenset(p for p in r.strip_suffixes if len(p) == 1),
        object_stops=frozenset(r.object_stops),
        level_chars=frozenset(r.level_chars),
        level_doing_tags=frozenset(r.level_doing_tags),
        level_doing_words=frozenset(r.level_doing_words),
        object_units=frozenset(r.object_units),
        doer_units=frozenset(r.doer_units),
        task_count_units=frozenset(r.task_count_units),
        rate_words=frozenset(r.rate_words),
        percent_rate_words=frozenset(r.percent_rate_words),
        percent_of_goal=compiled(r.percent_of_goal),
        goal_amount_before=compiled(r.goal_amount_before),
        goal_share_after=compiled(r.goal_share_after),
        goal_word_after=compiled(r.goal_word_after),
        weak_before=frozenset(r.weak_before),
        whole_area=compiled(r.whole_area),
        bare_measure=compiled(r.bare_measure),
        measured_subject=compiled(r.measured_subject),
        weak_lead=frozenset(r.weak_lead),
        times_units=frozenset(r.times_units),
        yearly_capacity=compiled(r.yearly_capacity),
        verb_tags=frozenset(r.verb_tags),
        spent_on=frozenset(r.spent_on),
        spent_at=tuple(r.spent_at),
        respectively=r.respectively,
        listed_measure_min=r.listed_measure_min,
        list_joiners=frozenset(r.list_joiners),
        list_ends=tuple(sorted({*r.rate_words, *r.list_verbs}, key=len, reverse=True)),
        pair_words={k: tuple(v) for k, v in r.pair_words.items()},
        parts=dict(r.parts),
        shared_tail_max=r.shared_tail_max,
        shared_heads=tuple(r.shared_heads),
        row_marker=compiled(r.row_marker),
        item_at=regex.compile(rf"\s*(?:{r.item_marker})"),
        item_opens=regex.compile(rf"(?:^|{WRAP})\s*(?:{r.item_marker})"),
        line_topic=regex.compile(rf"(?:{r.item_marker})?(?:{r.line_topic})"),
        run_in_item=compiled(r.run_in_item),
        number_start=regex.compile(number_start),
        number_next=regex.compile(rf"\s*(?:$|{number_start})"),
        back_reference=compiled(r.back_reference),
        milestone=compiled(r.milestone),
        reading_aside=compiled(r.reading_aside),
        caliber_clause=compiled(r.caliber_clause),
        rank_label=compiled(r.rank_label),
        added_verb_end=compiled(r.added_verb_end),
        added_verb_start=compiled(r.added_verb_start),
        total_words=frozenset(r.total_words),
        thin_label=compiled(r.thin_label),
        goal_label=compiled(r.goal_label),
        quota_of=compiled(r.quota_of),
        held_count=compiled(r.held_count),
        held_measures=tuple(r.held_measures),
        run_in_subject_end=compiled(r.run_in_subject_end),
        subject_frame=compiled(r.subject_frame),
        heading_subject_max=r.heading_subject_max,
        relative_to_previous=compiled(r.relative_to_previous),
        change_reached=compiled(r.change_reached),
        average_over=compiled(r.average_over),
        estimate_clause_list=compiled(r.estimate_clause_list),
        list_item_max=r.list_item_max,
        max_label=r.max_label,
        quotes=chars_of(r.quote_chars),
        entity_at_start=rules.compile_pattern(NAME, "entity", opener + name),
        village_at_start=rules.compile_pattern(NAME, "entity", opener + village),
        entity_after_de=rules.compile_pattern(
            NAME, "entity", described + rf"(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}(?:{suffixes}))"),
        entity_after=rules.compile_pattern(
            NAME, "entity",
            rf"\p{{Han}}{{0,6}}?(?P<how>{_alternation([*ent.after_words, *ent.stationed_words])})"
            rf"(?P<name>{chars}{{1,8}}?(?:{suffixes}))(?:、{chars}{{1,8}}?(?:{suffixes}))*",
        ),
        entity_stop_names=frozenset(ent.stop_names),
        entity_suffixes=tuple(suffix_words),
        entity_own_word_suffixes=frozenset(ent.own_word_suffixes),
        entity_admin_suffixes=tuple(ent.admin_suffixes),
        entity_phrase_tags=frozenset(ent.phrase_tags),
        entity_proper_tags=frozenset(ent.proper_tags),
        entity_kind_word_min=ent.kind_word_min,
        entity_body_tags=frozenset(ent.body_tags),
        entity_body_measures=tuple(sorted(ent.body_measures, key=len, reverse=True)),
        entity_phrase_word_min=ent.phrase_word_min,
        entity_name_joiner=regex.compile(rf"(?<=(?:{admin}))(?:{_alternation(ent.name_joiners)})(?=\p{{Han}})"),
        entity_whole_names=frozenset(ent.whole_names),
        entity_common_word_min=ent.common_word_min,
        entity_stop_chars=tuple(ent.stop_chars),
        entity_lead_words=tuple(ent.lead_words),
        entity_lead_chars=ent.lead_chars,
        entity_lead_verbs=frozenset(ent.lead_verbs),
        entity_stationed=frozenset(ent.stationed_words),
        entity_place_words=tuple(ent.place_words),
        entity_part_openers=tuple(ent.part_openers),
        entity_topic_breaks=tuple(ent.topic_breaks),
        entity_example_openers=frozenset(ent.example_openers),
        entity_measured_right_after=dict(ent.measured_right_after),
        entity_described_dimensions=frozenset(ent.described_dimensions),
        entity_described=rules.compile_pattern(
            NAME, "entity", described + rf"(?P<name>{chars}{{{max(lo - 1, 1)},{ent.described_max_name}}}(?:{suffixes}))"),
        entity_listed_leads=tuple(ent.listed_leads),
        entity_listed_described=regex.compile(
            described + rf"(?P<name>{chars}{{{max(lo - 1, 1)},{ent.described_max_name}}}?)"
            rf"(?P<close>、|{regex.escape(ent.listed_end)})"),
        compound_joiners=r.compound_joiners,
        compound_next=compiled(r.compound_next),
        persons_after_households=compiled(r.persons_after_households),
        households_unit=r.households_unit,
        entity_not_last=frozenset(ent.not_last_word),
        entity_not_inside=frozenset(ent.not_inside),
        entity_suffix_ends=chars_of("".join({w[-1] for w in suffix_words})),
        not_after_name=compiled(ent.not_after_name),
        generic_place=compiled(ent.generic_place),
        places_counted=compiled(ent.places_counted),
        date_noise=compiled(r.date_noise),
        date_noise_chars=chars_of(r.date_noise_chars),
        baseline_figure=compiled(lp.baseline_figure),
        period=found.pattern,
        from_to=compiled(lp.from_to),
        baseline_of_change=compiled(lp.baseline_of_change),
        flow_dimensions=frozenset(lp.flow_dimensions),
        flow_words=compiled(lp.flow_words),
        stock_words=compiled(lp.stock_words),
        aside_period=compiled(lp.aside_period),
        level_reached=compiled(lp.level_reached),
        level_from=compiled(lp.level_from),
        change_started=compiled(lp.change_started),
        comparison=compiled(lp.comparison),
        whole_year=found.whole_year,
        half_year=found.half_year,
        relative_year=found.relative,
        points=found.points,
        qualifies=compiled(lp.qualifies),
        earlier_whole=compiled(lp.earlier_whole),
        openers=frozenset(lp.openers),
        ratio_units=frozenset(lp.ratio_units),
        period_chars=found.chars,
        object_of_dui=compiled(r.object_of_dui),
        target_cue=compiled(r.target_cue),
        plan_compound=compiled(r.plan_compound),
        capacity_cue=compiled(r.capacity_cue),
        estimate_cue=compiled(r.estimate_cue),
        statistics_estimate=compiled(r.statistics_estimate),
        estimate_ahead=compiled(r.estimate_ahead),
        estimate_rate=compiled(r.estimate_rate),
        estimate_list_opens=compiled(r.estimate_list_opens),
        estimate_item_leaves=compiled(r.estimate_item_leaves),
        estimate_alone=compiled(r.estimate_alone),
        target_list=compiled(r.target_list),
        target_list_end=compiled(r.target_list_end),
        estimate_list_end=compiled(r.estimate_list_end),
        estimate_note=compiled(r.estimate_note),
        plan_sections=compiled(r.plan_sections),
        plan_title_end=compiled(r.plan_title_end),
        label_marker=compiled(r.label_marker),
        result_sections=compiled(r.result_sections),
        plan_opening=compiled(r.plan_opening.pattern),
        plan_opening_chars=r.plan_opening.head_chars,
        plan_part_opens=compiled(r.plan_part_opens),
        notes_heading=regex.compile(r.notes_heading, regex.VERSION1 | regex.MULTILINE),
    )
