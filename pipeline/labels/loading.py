"""How rules/labels.yaml is read: label_rules() builds LabelRules (pipeline/labels/compiled.py), the compiled
patterns and word sets every part of the labels stage uses, once (with the period grammar of rules/periods.yaml)."""

from __future__ import annotations

import regex

from .. import first_chars, periods, rules
from ..figures import _alternation
from ..first_chars import Anchored
from ..sections import WRAP
from .compiled import LabelRules

NAME = "labels"


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

    def anchored(pattern: str) -> Anchored:  # a pattern only matched at a given place, mostly failing at once there
        return Anchored(compiled(pattern))

    def chars_of(text: str) -> regex.Pattern:
        return rules.compiled("[" + regex.escape(text) + "]")

    return LabelRules(
        clause_break=rules.compiled(clause_break),
        last_clause_break=rules.compiled("(?r)" + clause_break),
        # (?<!\p{Han}[（(]{inner}[）)]): a Han, two brackets and the aside, or two brackets and a caliber note
        clause_break_reach=1 + 2 + max(r.aside_max, max(map(len, r.caliber_aside)) + r.caliber_aside_max),
        aside=rules.compiled(rf"(?:(?<=\p{{Han}})|^)[（(](?!{caliber}[）)]){inner}[）)](?=\p{{Han}})"),
        caliber_aside=rules.compiled(rf"[（(]{caliber}[）)]"),
        caliber_word=rules.compiled(_alternation(r.caliber_aside)),
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
        examples_count=rules.compiled(
            f"(?:{_alternation(r.examples_end)})" + rf"\s*(?:$|\p{{Han}}{{0,6}}?{number_start})"
            + f"|、[^、]*?(?:{_alternation(r.entity.list_total)})" + rf"\s*(?:$|{number_start})"  # up to the figure, or past it
            # 新上米厂、预制构件厂、…等企业12家: names listed up to 等 and their kind, right before the figure
            + f"|、[^、]*?(?:{_alternation(r.examples_end)})" + r"\s*\p{Han}{1,4}$"),
        described_by=r.described_by,
        class_bound=rules.compiled(r.class_bound),
        class_bound_gap_not=rules.compiled(r.class_bound_gap_not),
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
        percent_of_goal=anchored(r.percent_of_goal),
        goal_amount_before=compiled(r.goal_amount_before),
        goal_share_after=compiled(r.goal_share_after),
        goal_word_after=anchored(r.goal_word_after),
        weak_before=frozenset(r.weak_before),
        whole_area=compiled(r.whole_area),
        bare_measure=anchored(r.bare_measure),
        measured_subject=compiled(r.measured_subject),
        weak_lead=frozenset(r.weak_lead),
        times_units=frozenset(r.times_units),
        yearly_capacity=anchored(r.yearly_capacity),
        verb_tags=frozenset(r.verb_tags),
        spent_on=frozenset(r.spent_on),
        done_before_object=tuple(r.done_before_object),
        opening_quotes=r.opening_quotes,
        object_not_tags=frozenset(r.object_not_tags),
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
        item_at=rules.compiled(rf"\s*(?:{r.item_marker})"),
        item_opens=rules.compiled(rf"(?:^|{WRAP})\s*(?:{r.item_marker})"),
        line_topic=rules.compiled(rf"(?:{r.item_marker})?(?:{r.line_topic})"),
        run_in_item=compiled(r.run_in_item),
        number_start=rules.compiled(number_start),
        number_next=rules.compiled(rf"\s*(?:$|{number_start})"),
        back_reference=anchored(r.back_reference),
        milestone=compiled(r.milestone),
        reading_aside=anchored(r.reading_aside),
        caliber_clause=compiled(r.caliber_clause),
        rank_label=compiled(r.rank_label),
        added_verb_end=compiled(r.added_verb_end),
        added_verb_start=compiled(r.added_verb_start),
        total_words=frozenset(r.total_words),
        thin_label=compiled(r.thin_label),
        goal_label=rules.compiled(first_chars.led(r.goal_label, regex.VERSION1), regex.VERSION1),  # searched in every label
        quota_of=compiled(r.quota_of),
        held_count=compiled(r.held_count),
        held_measures=tuple(r.held_measures),
        run_in_subject_end=compiled(r.run_in_subject_end),
        topic_sentence=compiled(r.topic_sentence),
        thin_lead=compiled(r.thin_lead),
        topic_amount=compiled(r.topic_amount),
        subject_frame=compiled(r.subject_frame),
        heading_subject_max=r.heading_subject_max,
        relative_to_previous=anchored(r.relative_to_previous),
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
        entity_name_joiner=rules.compiled(rf"(?<=(?:{admin}))(?:{_alternation(ent.name_joiners)})(?=\p{{Han}})"),
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
            NAME, "entity",
            described + rf"(?P<name>{ent.described_name_chars}{{{max(lo - 1, 1)},{ent.described_max_name}}}(?:{suffixes}))"),
        entity_listed_leads=tuple(ent.listed_leads),
        entity_listed_described=rules.compiled(
            described + rf"(?P<name>{chars}{{{max(lo - 1, 1)},{ent.described_max_name}}}?)"
            rf"(?P<close>、|{regex.escape(ent.listed_end)})"),
        compound_joiners=r.compound_joiners,
        compound_next=anchored(r.compound_next),
        persons_after_households=compiled(r.persons_after_households),
        households_unit=r.households_unit,
        place_kinds=frozenset(r.place_kinds),
        resident_labels=dict(r.resident_labels),
        entity_not_last=frozenset(ent.not_last_word),
        entity_phase=compiled(ent.phase),
        entity_not_inside=frozenset(ent.not_inside),
        entity_suffix_ends=chars_of("".join({w[-1] for w in suffix_words})),
        not_after_name=anchored(ent.not_after_name),
        generic_place=compiled(ent.generic_place),
        whole_people=anchored(ent.whole_people),
        places_counted=compiled(ent.places_counted),
        date_noise=compiled(r.date_noise),
        date_noise_chars=chars_of(r.date_noise_chars),
        baseline_figure=compiled(lp.baseline_figure),
        period=found.pattern,
        from_to=compiled(lp.from_to),
        year_on_year_pair=compiled(lp.year_on_year_pair),
        baseline_of_change=anchored(lp.baseline_of_change),
        flow_dimensions=frozenset(lp.flow_dimensions),
        flow_words=compiled(lp.flow_words),
        stock_words=compiled(lp.stock_words),
        aside_period=anchored(lp.aside_period),
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
        result_cue=compiled(r.result_cue),
        present_state=compiled(r.present_state),
        done_so_far=compiled(r.done_so_far),
        capacity_cue=compiled(r.capacity_cue),
        estimate_cue=anchored(r.estimate_cue),
        statistics_estimate=compiled(r.statistics_estimate),
        estimate_ahead=compiled(r.estimate_ahead),
        estimate_rate=compiled(r.estimate_rate),
        estimate_list_opens=compiled(r.estimate_list_opens),
        estimate_item_leaves=compiled(r.estimate_item_leaves),
        estimate_alone=compiled(r.estimate_alone),
        target_list=compiled(r.target_list),
        target_list_end=compiled(r.target_list_end),
        estimate_list_end=compiled(r.estimate_list_end),
        estimate_note=anchored(r.estimate_note),
        estimate_note_items=compiled(r.estimate_note_items),
        plan_sections=compiled(r.plan_sections),
        plan_title_end=compiled(r.plan_title_end),
        label_marker=anchored(r.label_marker),
        result_sections=compiled(r.result_sections),
        plan_opening=compiled(r.plan_opening.pattern),
        plan_opening_chars=r.plan_opening.head_chars,
        plan_part_opens=compiled(r.plan_part_opens),
        notes_heading=rules.compiled(r.notes_heading, regex.VERSION1 | regex.MULTILINE),
    )
