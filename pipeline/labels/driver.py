"""The labels stage's driver: label_figures walks the figures of a report sentence by sentence and
attaches to each its indicator label, entity, period (scope and covered), kind, section and sentence,
reading the clauses before each figure once."""

from __future__ import annotations

import bisect

from .. import periods
from ..figures import Found
from ..model import Figure, Report, Section, Sentence, built, evolve
from ..sections import WRAP, section_at, unwrapped
from ..units import unit_of
from .clauses import clause_start, shorten
from .entity import (
    entity_of_sentence_before,
    entity_of_topic_before,
    entity_opening,
    is_entity_name,
    object_of_clause_before,
    opens_with_verb,
    subject_in_parallel,
    word_alone,
)
from .kind import (
    has_target_cue,
    in_plan_part,
    in_plan_report,
    is_estimate,
    is_goal_amount,
    is_plan,
    is_plan_report,
    is_share_of_goal,
    kind_of,
    lead_in_list,
    leaves_estimate,
    leaves_estimate_list,
    names_the_figure,
    notes_start,
    of_no_year,
    only_estimates,
    opens_with_own_period,
    plan_part_start,
    share_done_of,
    target_cues,
    year_ahead,
)
from .label import breakdown_place, label_of
from .lists import goes_on, listed_with, lists_of, paired_label, past_respectively
from .loading import LabelRules, label_rules
from .named_after import entity_after_its_noun, entity_described, entity_right_after
from .openings import opened_without_figure, read_clauses
from .scope import (
    change_from,
    covered_period,
    dated_around,
    holds_for,
    paragraph_span,
    ratio_to,
    scope_of,
    section_scope,
    to_date,
    whole_year_of,
    written_periods,
    year_before_level,
)
from .state import SentenceState
from .table import table_cell
from .topics import rate_word, run_in_subject, subject_words, thin, topic_before

# Shapes of text (not language knowledge, which is in rules/labels.yaml), compiled once.
_TO_MAX = 4  # how far after a figure the 到 of a change from it is looked for (由11426元增加至…)


def label_figures(report: Report, found: list[Found], sections: tuple[Section, ...],
                  sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    """Attach indicator, entity, scope period, kind, section and sentence to each found figure."""
    lr = label_rules()
    text = unwrapped(report.text)  # a line wrapped mid-sentence (a PDF copy) breaks no clause
    section_starts = [s.start for s in sections]
    has_tables = "\t" in text  # ingest writes table rows as tab-separated cells
    sentence_starts = [s.start for s in sentences]
    out: list[Figure] = []
    state: SentenceState | None = None
    plan_from = plan_part_start(report, sections)  # a 政府工作报告's plan part, headed by a plan word or not
    notes_from = notes_start(report)  # the notes after the report (注释) are in no plan section
    plan_report = is_plan_report(report)
    para_spans: dict[int, tuple | None] = {}  # the span each paragraph's figures take, by its first character
    heads: dict[int, tuple | None] = {}  # the span of the lead line above each paragraph, by its first character
    lists = lists_of(text, found, lr)
    noted_until = -1  # (预计数,下同) after a figure: the rest of its paragraph is estimated
    share_done: Found | None = None  # the last share of a goal done (占全年目标108.74%、…): the list after it is of its kind
    place: tuple[str, int] | None = None  # the places of a breakdown and where their figure ends (洪广镇1199户|5745人)
    for i, f in enumerate(found):
        si = bisect.bisect_right(sentence_starts, f.start) - 1
        sentence = sentences[si] if si >= 0 else Sentence(0, len(text), text)
        if state is None or state.start != sentence.start:
            carried = state.opening_scope if state else None
            if si > 0 and (carried is None or carried[3] <= sentence.start):
                carried = opened_without_figure(text, sentences, si, found[i - 1].start if i else -1, lr, report)
            listed = state.target_list if state else None
            # 天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;…: items after a semicolon opening with no name
            # of their own go on about the doer the item before opened with
            subject = (state.subject if state and state.subject and si > 0
                       and goes_on(text, sentences[si - 1], sentence, f, lr, report) else None)
            state = SentenceState(start=sentence.start, scanned=sentence.start)
            if subject:
                state.entity = state.subject = subject
            elif si > 0 and not (i > 0 and found[i - 1].start >= sentences[si - 1].start):  # no figure in the one before
                state.entity = entity_of_sentence_before(text, sentences[si - 1], sentence, lr, report)
            if si > 0 and state.entity is None:  # 姜家镇…项目,分三期实施,…。截至目前,施工…完成53.01%: its progress
                state.entity = entity_of_topic_before(text, sentences[si - 1], sentence, lr, report)
            line_start = text.rfind("\n", 0, sentence.start) + 1
            if line_start not in para_spans:
                held = section_at(sections, section_starts, line_start)
                para_spans[line_start] = paragraph_span(text, line_start, lr, report, held.start if held else 0, heads)
            # 1-6月,…;… holds past a semicolon up to its full stop, not into the next item (三是…)
            if (carried and carried[0] == line_start and sentence.start < carried[3]
                    and not lr.item_at.match(text, sentence.start)):
                state.opening_scope, state.scope, state.covered = carried, carried[1], carried[2]
            elif ((spanned := para_spans.get(line_start))
                  and not lr.stock_words.match(text[sentence.start : sentence.end].lstrip())):
                # ——五年来,全镇减贫任务全面完成。顺利实现7个贫困村退出,…; not a level now (这十年,… 。现有基层党组织8个)
                state.scope, state.covered = spanned
                state.paragraph_span = spanned
            if not listed and si > 0:
                listed = lead_in_list(text, sentences[si - 1], sentence, lr, report)
            # an item of a list of targets (or of estimates, unless it opens with its own verb or period)
            if listed and listed[0] > sentence.start and not (
                    only_estimates(listed[3], lr) and leaves_estimate_list(text, sentence.start, listed[3], lr)):
                state.target_list, state.target, state.cues = listed, True, listed[3]
                if listed[1] and not state.scope:
                    state.scope, state.covered = listed[1], listed[2]
        lo = max(sentence.start, state.prev_end)
        cstart = clause_start(text, lo, f.start, lr)
        read_clauses(text, state, cstart, lr, report)
        raw = text[cstart : f.start]

        # entity: opening this clause, carried from earlier in the sentence, or named after the figure
        # (1支市队驻龙岩村; 投入资金380万元对东关社区… when the clause names none)
        unit = unit_of(f.quantity.unit)
        counted = unit is None or unit.dimension == "count"
        opening = entity_opening(raw, lr, report, counted)
        own = opening[0] if opening else None
        if opening and not opening[1] and (not (lead := text[sentence.start : cstart].strip(" ，,"))
                                           or lr.period.fullmatch(lead)):
            state.subject = own  # the doer the sentence opens with (天易经开区实现技工贸总收入1200亿元; 2021年，兵团…)
        if own and counted and text[cstart - 1 : cstart] == "、" and lr.examples_count.search(text, lo, f.start):
            own = None  # 召开…议事会、楼宇园区经济座谈会等各类活动9次: the last of the examples the count counts
        measured = None
        entity = own or (None if lr.generic_place.match(raw) or (state.entity_object and opens_with_verb(raw, lr))
                         or (lr.whole_people.match(raw) and state.entity != state.subject)
                         or (counted and (lr.places_counted.search(raw) or raw.rstrip().endswith(lr.examples_end)))
                         else state.entity)  # 龙岩公司、石门公司等2家: examples of what it counts, no name before
        if state.named_span and state.named_span[0] <= f.start < state.named_span[1]:
            entity = state.named_span[2]  # 总投资5.2亿元的戴家汇铜矿年产9.9万吨铜基材料项目: the project's own capacity
        if entity is None and (built_thing := object_of_clause_before(text, cstart, lr, report)):
            entity = state.entity = built_thing  # 新建芦花鸡生产基地,实现年屠宰3000万只、冷链仓储3万吨: the base's capacity
            state.entity_object = False
        if not own and entity and (other := subject_in_parallel(raw, state.prev_raw, entity, lr, report.town)) is not None:
            entity = other or None  # 双碳产业园新招引企业3家,百富·云创智谷新招引企业23家: the second is the other's
        after = lr.entity_after.match(text, f.end, min(len(text), f.end + 40))
        if (after and is_entity_name(after["name"], lr, report.town) and (after["how"] in lr.entity_stationed or not own)
                and word_alone(text, after.start("how"), after.end("how"))
                and word_alone(text, after.start("name"), after.end("name"))):  # not 在建项目, 在永久性校舍中学习
            entity = after[0][after.start("name") - after.start() :]
            if "、" not in entity:  # 在义仁村秀才堡河段开展…: the longest name there, not its village only
                entity = entity_right_after(text, after.start("name"), lr, report) or entity
        elif (not raw.strip() and f.quantity.approx is None and unit is not None
              and unit.dimension in lr.entity_measured_right_after):
            # 、83亩中新数字创新产业园、…: a figure opening its clause measures the name right after it; not a
            # threshold (500万元以上工业技改项目) or the object of a verb (实施1.5万公里农村公路安防工程)
            measured = entity_right_after(text, f.end, lr, report)
            entity = measured or entity
        elif (unit is not None and unit.dimension in lr.entity_described_dimensions
              and (described := entity_described(text, f.start, f.end, f.quantity.surface, lr, report))):
            entity = described[0]  # 建成总投资4000余万元的形源坞水库
            if (at := text.find(entity, f.end, f.end + len(lr.described_by) + len(entity) + 1)) >= 0:
                state.named_span = (at, at + len(entity), entity)
            if (out and out[-1].entity is None and out[-1].start >= sentence.start and out[-1].end == state.prev_end
                    and text[out[-1].end : cstart].strip() == "、"):
                out[-1] = evolve(out[-1], entity=entity)  # 投资4.2亿元、日处理垃圾600吨的光大…项目: both describe it
            if described[1]:  # 引进总投资11亿元的金铜…项目,该项目…,年营业收入达22.4亿元: the project's too
                state.entity, state.entity_object = entity, False
        elif not own and unit is not None and unit.dimension in lr.entity_measured_right_after and raw.strip():
            entity = entity_after_its_noun(text, raw, f.end, f.quantity.approx, lr, report) or entity  # 资金1250万元陈也示范点

        # period: one written in this clause, else the sentence's, else the section's; a figure listed with others
        # (由25940元、9234元分别提高到38625、14468元) shares the role of the list's first and last (from, reached)
        head, tail = listed_with(found, i, lists)
        section = section_at(sections, section_starts, f.start) if notes_from is None or f.start < notes_from else None
        major = cstart if lo == sentence.start else clause_start(text, sentence.start, f.start, lr)
        clause_periods = written_periods(text[major : f.start], lr)
        if head is not f and state.listed_period is not None:
            scope, covered = state.listed_period  # 由25940元、9234元: the items of a list share one period
        elif (clause_periods and holds_for(clause_periods[-1], lr) and not ratio_to(clause_periods[-1], f, lr)
                and not change_from(clause_periods[-1], major, f, state, text, lr)):
            scope = scope_of(clause_periods[-1], lr, report)
            covered = covered_period(clause_periods[-1], scope, report)
            if scope is None:
                scope = section_scope(section, lr, report)
                covered = covered if scope is None else covered_period(None, scope, report)
        elif (state.paragraph_span == (state.scope, state.covered)
              and lr.level_reached.search(text, cstart,
                                          head.start + lr.number_start.search(head.quantity.surface + "0").start())):
            # 五年来，…。…总量突破2.5万亿元: a level the span ends at, the report's own period's
            scope, covered = section_scope(section, lr, report), report.period
            covered = covered if scope is None else covered_period(None, scope, report)
        elif (state.paragraph_span == (state.scope, state.covered) and (s := periods.span(state.covered))
              and lr.level_from.search(text, cstart, head.start)
              and lr.from_to.search(text, tail_end := past_respectively(text, tail.end, lr), tail_end + _TO_MAX)):
            # 过去的五年，…。…收入由11426元增加至18355元: the level the span starts from, the year before its first
            covered = periods.Span.years(s.first // 12 - 1, s.first // 12 - 1).code
            scope = periods.label(covered)
        else:
            scope = state.scope or section_scope(section, lr, report)
            covered = state.covered if state.scope or (state.covered and scope is None) else covered_period(None, scope, report)

        span_dated = False
        if (state.paragraph_span != (state.scope, state.covered) and (s := periods.span(covered)) and not s.point
                and s.months > 12):
            # 五年来，农民人均纯收入从3563元增加到7270元: a change across the span runs from the level of the year before
            # it to the level of its last year (not the years' sum: 五年来累计完成…达到…)
            number_at = head.start + lr.number_start.search(head.quantity.surface + "0").start()
            if lr.level_from.search(text, major, number_at) and lr.from_to.search(
                    text, tail_end := past_respectively(text, tail.end, lr), tail_end + _TO_MAX):
                covered = periods.Span.years(s.first // 12 - 1, s.first // 12 - 1).code
            elif lr.level_reached.search(text, major, number_at) and lr.change_started.search(text, major, number_at):
                own_span = periods.span(report.period)  # the span ends in the report's year: its period's level
                covered = report.period if own_span and own_span.year == s.year else periods.Span.years(s.year, s.year).code
            span_dated = covered != s.code  # a year the text fixes: no goal's year of delivery (below)
            scope = scope if not span_dated else None if covered == report.period else periods.label(covered)
        elif head is f and (before := year_before_level(text, f, major, sentence.start, covered, report, lr)):
            scope, covered = periods.label(before), before
        scope, covered = dated_around(text, f, sentence.start, scope, covered, report, lr)
        scope, covered = to_date(scope, covered, raw, unit, report, lr)
        state.listed_period = scope, covered

        # kind: a plan word before the figure in its sentence (or opening the list it stands in), a plan
        # section, or a period after the report's
        if (state.target and not state.lead_in and text[state.start : cstart].strip()
                and opens_with_own_period(raw, lr, report)):
            state.end_plan(cstart)  # the figure's own clause states a result again
        elif state.target and not state.target_list and leaves_estimate(state.cues, text, cstart, raw, own, lr):
            state.end_plan(cstart)
        if state.quota_end is not None and lr.clause_break.search(text, state.quota_end, f.start) and not (
                only_estimates(state.cues, lr) and raw.strip(" ，,") in lr.rate_words):
            # 预期5.3%左右，完成5.7%左右; not 目标任务1275万亩、较上年增加75万亩; nor the rate of an estimate
            # (税收预计1700余万元,同比增长10%,固定资产投资完成16679万元: the rate is estimated, the next subject not)
            state.end_plan(state.quota_end)
        quota_only = False  # the plan word names this figure alone (服务市场主体任务261条): no plan after its clause
        if not state.target:
            cue_from = max(sentence.start, state.cue_from)
            before = text[cue_from : f.start]
            cues = target_cues(before, lr)
            # an estimate word that is a clause of its own leads the sentence in (初步统计，2023年全镇实现…)
            lead_in = only_estimates(cues, lr) and bool(lr.clause_break.match(before, cues[-1].end()))
            if cues and cues[0].start() < cstart - cue_from and not lead_in and (
                    opens_with_own_period(raw, lr, report) or leaves_estimate(cues, text, cstart, raw, own, lr)):
                # …研发计划取得一批成果，去年全省研发经费支出约4200亿元: a plan word in a clause before one that opens
                # with the report's period, which states a result: plan words are looked for from this clause on
                state.end_plan(cstart)
                cue_from, before = cstart, text[cstart : f.start]
                cues = target_cues(before, lr)
            if cues:
                state.target, state.cues, state.lead_in = True, cues, lead_in  # and stays so for the rest of the sentence
                opener = lr.target_list.match(before, cues[-1].end())
                quota_only = not opener and names_the_figure(cues, before, lr)
                if quota_only and f.quantity.unit in lr.task_count_units:
                    state.target, state.cues = False, ()
                if opener:  # 主要预期目标是：A；B；C。 every item of the list is a target, of the list's period
                    end = lr.target_list_end.search(text, cue_from + opener.end())
                    state.target_list = (end.start() if end else len(text), scope, covered, cues)
                elif ((only_estimates(cues, lr) and lr.estimate_list_opens.fullmatch(before, 0, cues[0].start()))
                      or (only_estimates(cues[-1:], lr) and cues[-1].start() >= cstart - cue_from  # opening a clause,
                          and lr.estimate_list_opens.fullmatch(before, cstart - cue_from, cues[-1].start())
                          and lr.estimate_clause_list.match(before, cues[-1].end()))):
                    # 预计全年实现A；B；C。 and …主要经济指标不及预期，预计全年A；B；C。
                    end = lr.estimate_list_end.search(text, f.start)
                    state.target_list = (end.start() if end else len(text), None, None, cues)
        planning = ((bool(section) and is_plan(section.path)) or in_plan_part(section, f.start, plan_from)
                    or in_plan_report(plan_report, section.path if section else ()))
        if planning and not state.target and (lr.result_cue.search(raw)
                                              or lr.present_state.search(text[sentence.start : f.start])):
            planning = False  # 区发展改革委 地区生产总值同比增长2.9%; 同心镇辖区面积…: a result, a fact, under a heading of goals
        # the nearest cue decides: 县下达任务8000万元,全年预计完成8600万元 (a quota, then an estimate)
        cues = state.cues
        if state.target and lr.target_cue.search(raw):
            cue_from = max(sentence.start, state.cue_from)  # read from there: 即将竣工验收，预计… looks ahead
            cues = tuple(m for m in target_cues(text[cue_from : f.start], lr) if m.start() >= cstart - cue_from) or cues
        if len(cues) > 1 and only_estimates(cues[-1:], lr):
            cues = cues[-1:]  # …要防住、经济要稳住…，预计全年生产总值增长4.5%左右，固定资产投资增长8.1%: 预计 is nearest
        kind = kind_of(cues, planning, covered, report, lr)
        if kind == "actual" and year_ahead(covered, report) and not lr.done_so_far.search(text, sentence.start, f.start):
            kind = "target"  # 全年新签约过亿元项目4个以上 in a report on the first quarter; not 全年共计外出招商5批次
        estimated = kind == "actual" and is_estimate(cues, planning, covered, report, lr)
        note = lr.estimate_note.match(text, f.end)
        if note and note["below"]:
            noted_until = _paragraph_end(text, f.end, lr)
        if kind == "actual" and periods.contains(report.period, covered) and (
                note or (f.start < noted_until and not text.startswith(lr.described_by, f.end) and entity is None)):
            # (预计,下同) holds for the report's own figures after it, not for a body's (天易经开区实现…)
            estimated = True
        if note and estimated:
            # and for the report's own figures before it in its sentence (实现地区生产总值1635亿元,同比增长3.1%(预计,下同))
            out[:] = [evolve(g, estimated=True) if g.start >= sentence.start and g.kind == "actual" and g.entity is None
                      and periods.contains(report.period, g.covered) else g for g in out]
        if quota_only:
            state.quota_end = f.end
        if (kind == "target" and report.delivered and covered == report.period and not of_no_year(cues, lr)
                and not span_dated):
            # a 政府工作报告 delivered in January 2025 reviews 2024; its goals are for 2025 (what it expects
            # of a project, 4个即将竣工验收，预计新增…, has no year)
            covered, scope = str(report.delivered), scope or periods.label(str(report.delivered))
        elif kind == "target" and scope is None and clause_periods and (year := whole_year_of(clause_periods[-1],
                                                                                               report)):
            covered, scope = year  # 2024年计划实施项目30个 in a half-year report: a goal for the whole year
        if is_goal_amount(text, f, raw, lr):
            kind, estimated = "target", False  # 完成年初人代会目标45亿元的116%: the goal itself, of the sentence's period
            state.goal_end = f.end
        elif is_share_of_goal(text, f, state.goal_end, lr):
            kind = "actual"  # …的116%
        elif (unit is not None and unit.dimension == "percent"
              and (of := share_done_of(out, sentence, f, raw, text, lr, share_done))):
            # 2022年计划投资40.6亿元,预计完成…86.23亿元,完成全年计划的212.39%: the share done of the plan is as the
            # amount done before it is (2024年计划完成…5亿元,完成年度计划的80%以上: a goal too)
            kind, estimated, share_done = of.kind, of.estimated, f

        if entity is None and (named := breakdown_place(text, f, raw, state, lr)):
            entity, place = named, (named, f.end)  # (洪广镇1199户5745人,…), 其中宗加镇1170户: its part of the subject before
        else:
            if entity is None and place and not text[place[1] : f.start].strip():
                entity = place[0]  # …5745人: the second figure of its compound
            place = None
        if (state.prev and out[-1].entity and entity != out[-1].entity and out[-1].end == state.prev.end
                and raw.startswith(lr.described_by + out[-1].entity)):
            # 总投资3600万元的成泽…项目、总投资1200万元的星星养殖场项目: the name the figure before described is no label
            raw = raw[len(lr.described_by) + len(out[-1].entity) :].lstrip("、" + lr.compound_joiners)
        label, verb, obj = label_of(text, f, raw, entity, state, lr)
        label = paired_label(text, found, i, raw, label, state, lr, lists).replace(WRAP, "")
        if report.town and label.startswith(report.town) and len(label) > len(report.town):
            label = label[len(report.town) :]  # 大桥镇完成一般公共预算收入: the report's own town measures nothing
        if measured and unit is not None:
            label = lr.entity_measured_right_after[unit.dimension]  # 3.6平方公里浙江临港工业园…: its 面积
        if label == entity:
            entity = None  # 桃产业基地达到2200余亩: the named thing is what is measured, no part it belongs to
            state.names_measured.add(label)
        if thin(label, lr) and (
                subject := run_in_subject(text, text.rfind("\n", 0, f.start) + 1, lr)
                or (subject_words(section.title, lr) if section else "")):
            label = subject + label  # 二、固定资产投资 ⏎ 全年完成12亿元: the heading names what is measured
        elif (lr.topic_amount.fullmatch(label) and not (out and out[-1].start >= sentence.start)
              and (subject := topic_before(text, sentence.start, lr))):
            label = subject + lr.thin_lead.sub("", label)  # 第三产业加快发展。预计全年实现增加值290亿元
        cell = table_cell(text, f.start, lr) if has_tables else None
        if cell:
            if has_target_cue(cell.head, lr):  # a column of goals (预期目标 | 实际完成)
                kind, estimated = "target", False
            if cell.row_is_label:  # 指标名称 | 单位 | 1-6月完成 | 同比增长（%）: the row names what is measured, no place
                rate = cell.head if cell.rate_column else ""
                label = shorten(lr.row_marker.sub("", cell.row) + (rate_word(cell.before, lr) or rate), lr)
            else:
                label = shorten(cell.before or cell.head or label, lr)
                entity = cell.row or entity
        out.append(
            built(
                Figure,
                report_id=report.report_id,
                start=f.start,
                end=f.end,
                surface=f.quantity.surface,
                value=f.quantity.value,
                unit=f.quantity.unit,
                approx=f.quantity.approx,
                indicator=label,
                rule=f.rule,
                value_high=f.quantity.value_high,
                entity=entity,
                scope_period=scope,
                covered=covered,
                kind=kind,
                estimated=estimated,
                section=section.title if section else None,
                section_path=section.path_text if section else "",
                sentence=sentence.text.strip(),
            )
        )
        state.prev, state.prev_end, state.prev_label, state.prev_verb = f, f.end + len(obj), label, verb
        state.prev_raw = raw.replace(WRAP, "").strip()
        state.labels.append(label)
        state.units.append(f.quantity.unit)
    return tuple(out)


def _paragraph_end(text: str, at: int, lr: LabelRules) -> int:
    """The end of the paragraph holding ``at``, and of the lines after it that are items of its list (——…)."""
    end = text.find("\n", at)
    while end >= 0 and lr.estimate_note_items.match(text, end + 1):
        end = text.find("\n", end + 1)
    return end if end >= 0 else len(text)
