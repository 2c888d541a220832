"""What each figure measures: indicator label, entity, period and kind.

The label is read from the clause around the figure: the verb and object before
it (开展集中学习36次), the subject before 达/为/共 (受益群众达5000余人次), the object
after a measure word (整改4处畜禽养殖场排污设施), or, for the second half of a
compound (24户71人), the label of the first. jieba segments only these short
clauses, never the whole report.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .. import dictionary, periods, rules
from ..figures import Found, _alternation, figure_rules
from ..model import Figure, Report, Section, Sentence
from ..sections import WRAP, section_at, unwrapped
from ..units import unit_of

NAME = "labels"

# Shapes of text (not language knowledge, which is in rules/labels.yaml), compiled once.
_HAN_WORD = regex.compile(r"\p{Han}+")
_ASIDE = regex.compile(r"[（(][^）)]{0,8}[）)]")  # 11个社区（村）开展…: an aside after the object
_NUMBER_NEXT = regex.compile(r"\s*(?:$|[0-9０-９零〇一二两三四五六七八九十百千])")
_ITEM = regex.compile(r"\s*[一二三四五六七八九十]+是")
_LATER_DIGIT = regex.compile(r"(?<=\p{Han})[0-9０-９]")
_ARABIC_DIGIT = regex.compile(r"[0-9０-９]")
_TOPIC = regex.compile(r"(?:[一二三四五六七八九十]+是)?(?P<topic>[^\n：:。；，,0-9０-９]{2,14})[：:]")


@dataclass(frozen=True)
class LabelRules:
    clause_break: regex.Pattern  # without 、, which is decided case by case
    last_clause_break: regex.Pattern  # the same, searched from the end (the last break before a figure)
    aside: regex.Pattern  # a short aside inside a phrase, dropped from labels: 建（构）筑物 -> 建筑物
    list_cut: frozenset[str]
    list_kinds: frozenset[str]
    strip_prefixes_long: regex.Pattern  # multi-character prefixes, longest first
    strip_prefixes_char: frozenset[str]
    strip_suffixes_long: regex.Pattern
    strip_suffixes_char: frozenset[str]
    object_stops: frozenset[str]
    object_units: frozenset[str]
    doer_units: frozenset[str]
    rate_words: frozenset[str]
    weak_before: frozenset[str]
    weak_lead: frozenset[str]
    relative_to_previous: regex.Pattern
    respectively: str
    listed_measure_min: int
    list_joiners: frozenset[str]
    pair_words: dict[str, tuple[str, ...]]  # 城乡 -> (城镇, 农村): a word that lists two subjects
    back_reference: regex.Pattern  # a label that only refers back to the sentence's subject (总量, 人均)
    thin_label: regex.Pattern  # a label of only a verb or a change (完成, 下降): the heading names the subject
    subject_frame: regex.Pattern  # words around a heading's subject (方面)
    heading_subject_max: int
    row_marker: regex.Pattern  # the list number opening a table row's name (1.地区生产总值)
    shared_tail_max: int  # 城镇、农村居民收入: short items that share the last item's tail
    list_item_max: int
    max_label: int
    quotes: regex.Pattern
    entity_at_start: regex.Pattern
    village_at_start: regex.Pattern
    entity_after: regex.Pattern
    entity_after_de: regex.Pattern
    entity_stop_names: frozenset[str]
    entity_stop_chars: tuple[str, ...]
    entity_lead_words: tuple[str, ...]
    entity_lead_verbs: frozenset[str]
    entity_stationed: frozenset[str]  # 驻: a name after the figure wins even over the clause's own
    entity_part_openers: tuple[str, ...]  # 其中: a name opening the clause is the figure's place, not what it counts
    compound_joiners: str  # what may stand between the two figures of a compound (24户71人, 3户、11人)
    entity_not_last: frozenset[str]
    entity_suffix_ends: regex.Pattern  # any last character of an entity suffix
    generic_place: regex.Pattern
    not_after_name: regex.Pattern
    date_noise: regex.Pattern
    date_noise_chars: regex.Pattern
    baseline_figure: regex.Pattern
    from_to: regex.Pattern
    period: regex.Pattern
    comparison: regex.Pattern
    whole_year: frozenset[str]
    half_year: frozenset[str]
    relative_year: dict[str, int]
    points: frozenset[str]
    qualifies: regex.Pattern
    ratio_units: frozenset[str]
    period_chars: regex.Pattern  # every period expression contains one of these characters
    object_of_dui: regex.Pattern
    openers: frozenset[str]
    target_cue: regex.Pattern
    estimate_cue: regex.Pattern  # target cues that, about a period already over, mark an estimated result
    target_list: regex.Pattern  # after a target cue, opens a list whose items are all targets
    target_list_end: regex.Pattern
    plan_sections: regex.Pattern
    result_sections: regex.Pattern


def _words_at(words, where: str) -> regex.Pattern:
    """The multi-character words as one pattern anchored by ``where`` (longest first)."""
    long_words = sorted((w for w in words if len(w) > 1), key=len, reverse=True)
    return regex.compile(where.format("|".join(map(regex.escape, long_words)) or "(?!)"))


@rules.cached
def label_rules() -> LabelRules:
    r = rules.model(NAME)
    ent, lp = r.entity, r.periods
    suffix_words = sorted(ent.suffixes, key=len, reverse=True)
    suffixes = "|".join(regex.escape(s) for s in suffix_words)
    chars, lo, hi = ent.name_chars, ent.min_name, ent.max_name
    name = rf"(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}(?:{suffixes}))"
    admin = "|".join(regex.escape(s) for s in ent.admin_suffixes)
    village = rf"(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}?(?:{admin})(?:、{chars}{{1,{hi}}}?(?:{admin}))*)"
    opener = r"^(?:[一二三四五六七八九十]+是)?"  # an item marker may open the clause
    found = periods.in_text()  # the period grammar: rules/periods.yaml
    breaks = r.clause_breaks.replace("、", "")
    # a bracket breaks a clause, except around a short aside inside a phrase: 建（构）筑物, 11个村（社区）开展
    plain = "[" + regex.escape("".join(c for c in breaks if c not in "（()）")) + "]"
    inner = rf"[^（）()\n]{{1,{r.aside_max}}}"
    opening = rf"(?<!\p{{Han}})[（(]|[（(](?!{inner}[）)]\p{{Han}})"
    closing = rf"[）)](?!\p{{Han}})|(?<!\p{{Han}}[（(]{inner})[）)]"
    clause_break = f"{plain}|{opening}|{closing}"

    def compiled(pattern: str) -> regex.Pattern:  # checked by the schema: compiles
        return regex.compile(pattern, regex.VERSION1)

    def chars_of(text: str) -> regex.Pattern:
        return regex.compile("[" + regex.escape(text) + "]")

    return LabelRules(
        clause_break=regex.compile(clause_break),
        last_clause_break=regex.compile("(?r)" + clause_break),
        aside=regex.compile(rf"(?:(?<=\p{{Han}})|^)[（(]{inner}[）)](?=\p{{Han}})"),
        list_cut=frozenset(r.list_cut),
        list_kinds=frozenset(r.list_kinds),
        strip_prefixes_long=_words_at(r.strip_prefixes, "^(?:{})"),
        strip_prefixes_char=frozenset(p for p in r.strip_prefixes if len(p) == 1),
        strip_suffixes_long=_words_at(r.strip_suffixes, "(?:{})$"),
        strip_suffixes_char=frozenset(p for p in r.strip_suffixes if len(p) == 1),
        object_stops=frozenset(r.object_stops),
        object_units=frozenset(r.object_units),
        doer_units=frozenset(r.doer_units),
        rate_words=frozenset(r.rate_words),
        weak_before=frozenset(r.weak_before),
        weak_lead=frozenset(r.weak_lead),
        respectively=r.respectively,
        listed_measure_min=r.listed_measure_min,
        list_joiners=frozenset(r.list_joiners),
        pair_words={k: tuple(v) for k, v in r.pair_words.items()},
        shared_tail_max=r.shared_tail_max,
        row_marker=compiled(r.row_marker),
        back_reference=compiled(r.back_reference),
        thin_label=compiled(r.thin_label),
        subject_frame=compiled(r.subject_frame),
        heading_subject_max=r.heading_subject_max,
        relative_to_previous=compiled(r.relative_to_previous),
        list_item_max=r.list_item_max,
        max_label=r.max_label,
        quotes=chars_of(r.quote_chars),
        entity_at_start=rules.compile_pattern(NAME, "entity", opener + name),
        village_at_start=rules.compile_pattern(NAME, "entity", opener + village),
        entity_after_de=rules.compile_pattern(NAME, "entity", rf"的(?P<name>{chars}{{{max(lo - 1, 1)},{hi}}}(?:{suffixes}))"),
        entity_after=rules.compile_pattern(
            NAME, "entity",
            rf"\p{{Han}}{{0,6}}?(?P<how>{_alternation([*ent.after_words, *ent.stationed_words])})"
            rf"(?P<name>{chars}{{1,8}}?(?:{suffixes}))(?:、{chars}{{1,8}}?(?:{suffixes}))*",
        ),
        entity_stop_names=frozenset(ent.stop_names),
        entity_stop_chars=tuple(ent.stop_chars),
        entity_lead_words=tuple(ent.lead_words),
        entity_lead_verbs=frozenset(ent.lead_verbs),
        entity_stationed=frozenset(ent.stationed_words),
        entity_part_openers=tuple(ent.part_openers),
        compound_joiners=r.compound_joiners,
        entity_not_last=frozenset(ent.not_last_word),
        entity_suffix_ends=chars_of("".join({w[-1] for w in suffix_words})),
        not_after_name=compiled(ent.not_after_name),
        generic_place=compiled(ent.generic_place),
        date_noise=compiled(r.date_noise),
        date_noise_chars=chars_of(r.date_noise_chars),
        baseline_figure=compiled(lp.baseline_figure),
        period=found.pattern,
        from_to=compiled(lp.from_to),
        comparison=compiled(lp.comparison),
        whole_year=found.whole_year,
        half_year=found.half_year,
        relative_year=found.relative,
        points=found.points,
        qualifies=compiled(lp.qualifies),
        openers=frozenset(lp.openers),
        ratio_units=frozenset(lp.ratio_units),
        period_chars=found.chars,
        object_of_dui=compiled(r.object_of_dui),
        target_cue=compiled(r.target_cue),
        estimate_cue=compiled(r.estimate_cue),
        target_list=compiled(r.target_list),
        target_list_end=compiled(r.target_list_end),
        plan_sections=compiled(r.plan_sections),
        result_sections=compiled(r.result_sections),
    )


@rules.cached
def _jieba():
    """jieba with the domain words added; loaded on first use (see pipeline/dictionary.py)."""
    return dictionary.tokenizer(tuple(rules.model(NAME).user_words))


@rules.cached(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """jieba words of a short clause (no HMM: the user dictionary decides new words)."""
    return tuple(_jieba().lcut(text, HMM=False)) if text else ()


# --- clauses ---------------------------------------------------------------------


def clause_start(text: str, lo: int, pos: int, lr: LabelRules) -> int:
    """Where the clause ending at ``pos`` begins (not before ``lo``).

    Commas, semicolons and the like always break. A 、 right after the previous
    figure breaks (41个片区、119个网格), and so does one between two long
    stretches (…提质升级、枫林村投入24万元); between list items it does not
    (走访慰问老党员、困难党员43名).
    """
    last = lr.last_clause_break.search(text, lo, pos)
    start = last.end() if last else lo
    item_start = start
    i = text.find("、", start, pos)
    while i >= 0:
        after = pos - i - 1
        if i == lo or (i - item_start > lr.list_item_max and after > 4):
            start = i + 1
        item_start = i + 1
        i = text.find("、", i + 1, pos)
    return start


def _strip(label: str, lr: LabelRules) -> str:
    """Drop leading adverbs and place words, trailing 达/为/共, and quotes."""
    label = lr.quotes.sub("", label).strip("、")
    while label:
        label = label.lstrip("、")  # 突破4000亿元大关、达…: the 、 left after a stripped word
        m = lr.strip_prefixes_long.match(label)
        if m:
            label = label[m.end() :]
        # a one-character word only as a whole token: 共 goes, 共享 stays
        elif label[0] in lr.strip_prefixes_char and segment(label)[0] == label[0]:
            label = label[1:]
        else:
            break
    while label:
        m = lr.strip_suffixes_long.search(label)
        if m:
            label = label[: m.start()]
        elif label[-1] in lr.strip_suffixes_char and segment(label)[-1] == label[-1]:
            label = label[:-1]
        else:
            break
    return label


def _cut_list(clause: str, lr: LabelRules) -> str:
    """Keep what follows the last 等/通过 (…低保、特困供养等民政补助 -> 民政补助), unless that only names
    the kind of the things listed (占道经营、乱堆乱放等问题 stays whole)."""
    tokens = segment(clause)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in lr.list_cut and i < len(tokens) - 1:
            rest = "".join(tokens[i + 1 :])
            return clause if rest in lr.list_kinds else rest
    return clause


def _shorten(label: str, lr: LabelRules) -> str:
    """Keep the last words of an over-long label: the verb and object nearest the figure."""
    if len(label) <= lr.max_label:
        return label
    kept = ""
    for tok in reversed(segment(label)):
        if len(kept) + len(tok) > lr.max_label:
            break
        kept = tok + kept
    return kept or label[-lr.max_label :]


def _object_after(text: str, pos: int, lr: LabelRules) -> str:
    """The noun written right after a figure's measure word (4名执法人员参加… -> 执法人员)."""
    end = min(len(text), pos + 16)
    m = lr.clause_break.search(text, pos, end)
    chunk = text[pos : m.start() if m else end].split("、")[0]
    words = []
    for tok in segment(chunk):
        if tok in lr.object_stops or not _HAN_WORD.fullmatch(tok):
            break
        words.append(tok)
    return "".join(words)


def _phrase_after(text: str, pos: int, lr: LabelRules) -> str:
    """The rest of the clause after ``pos`` (分3批组织党员干部开展警示教育 -> 组织…警示教育)."""
    aside = _ASIDE.match(text, pos, pos + 10)
    if aside:
        pos = aside.end()  # 11个社区（村）开展…: skip the aside
    end = min(len(text), pos + 30)
    m = lr.clause_break.search(text, pos, end)
    phrase = text[pos : m.start() if m else end]
    # up to the next figure: 对1家加油站开展常态化检查12次 -> 加油站开展常态化检查
    # (a number that opens the phrase is kept: 为1.8万名60周岁以上老年人建立健康档案)
    digit = _LATER_DIGIT.search(phrase)
    return _strip(phrase[: digit.start()] if digit else phrase, lr)


# --- entity, period, kind -------------------------------------------------------


def _entity_at(clause: str, lr: LabelRules, report: Report, counted: bool = True) -> str | None:
    """A village, enterprise or project named at the start of a clause (龙岩村投入…)."""
    clause = clause.replace(WRAP, "")
    town = report.town if report.town and report.town in clause else None  # else the town changes nothing
    return _entity_opening(clause, town, counted)


@rules.cached(maxsize=8192)
def _entity_opening(clause: str, town: str | None, counted: bool = True) -> str | None:
    """The longest name opening the clause (石门村产业路项目投入…), but the village when the name is
    the object of a verb (新建鹰嘴村饮水工程蓄水池2座 -> 鹰嘴村)."""
    lr = label_rules()
    if not lr.entity_suffix_ends.search(clause):
        return None  # no name can end in this clause: skip the patterns
    period = lr.period.match(clause)
    if period:  # 二季度完成老旧小区改造…: the period is no part of a name
        clause = clause[period.end() :]
    # 桥南社区引进的恒信电子元器件项目总投资…: the head noun after 的 is what the figure is about
    for m in lr.entity_after_de.finditer(clause):
        head = _name_at(m, clause, town, lr, counted)
        if head:
            return head[0]
    longest = _name_at(lr.entity_at_start.match(clause), clause, town, lr, counted)
    village = _name_at(lr.village_at_start.match(clause), clause, town, lr, counted)
    if longest and not longest[1] and (not village or len(longest[0]) >= len(village[0])):
        return longest[0]
    return village[0] if village else None


def _name_at(m: regex.Match | None, clause: str, town: str | None, lr: LabelRules,
             counted: bool = True) -> tuple[str, bool] | None:
    """(name, whether a verb stood before it) for a candidate name match, or None if it is no name."""
    if not m:
        return None
    # the name must end on a word boundary: not 集中学(习), 村(级), 厂(房)
    tokens = segment(clause[: m.end("name") + 3])
    ends = {sum(map(len, tokens[: i + 1])) for i in range(len(tokens))}
    if m.end("name") not in ends or lr.not_after_name.match(clause, m.end("name")):
        return None
    if counted and _NUMBER_NEXT.match(clause, m.end("name")) and not clause.startswith(lr.entity_part_openers):
        return None  # 新建学校3所: the name is what the figure counts (其中云雾村突破20万元 is the village's)
    # drop verbs in front of the name: 完成黄泥村 -> 黄泥村, 改造农村 -> 农村 (then refused)
    words = list(segment(m["name"]))
    verb = False
    while len(words) > 1 and (words[0] in lr.entity_lead_verbs or words[0] in lr.entity_lead_words):
        verb = verb or words[0] in lr.entity_lead_verbs
        words.pop(0)
    if any(w in lr.entity_lead_verbs for w in words[1:-2]) or words[-1] in lr.entity_not_last:
        return None  # 新田村依托龙潭水库景区: a verb inside makes it a clause (种植基地 is still a name)
    name = "".join(words)
    if town and name.startswith(town):
        name = name[len(town) :]
    return (name, verb) if _is_entity_name(name, lr, town) else None


def _is_entity_name(name: str, lr: LabelRules, town: str | None) -> bool:
    if len(name) < 3 or name in lr.entity_stop_names or any(c in name for c in lr.entity_stop_chars):
        return False
    return not (town and name == town)


def _reference(report: Report) -> periods.Reference | None:
    return periods.reference(report.period, report.delivered)


def _scope(m: regex.Match, lr: LabelRules, report: Report) -> str | None:
    """The written period when it is not the report's own period, else None."""
    ref = _reference(report)
    own = ref.span if ref else None
    year = own.year if own else None
    part = m["part"] if m["year"] else m["word"]
    if m["year"] and year is not None and periods.year_of(m["year"]) != year:
        return m[0]
    if m["since"] or m["span"]:
        return m[0]  # 2021年以来 (cumulative since), “十四五”时期, 过去五年: never the report's own period
    quarter = m["quarter"] or m["part"]
    s = periods.read(quarter, ref) if quarter else None
    if s is not None and s.months == 3:  # 第二季度 in a half-year report is part of it
        return None if own and own.contains(s) else quarter
    if m["months"]:
        s = periods.read(m["months"], ref)
        return None if own and s == own else regex.sub(r"\s|份", "", m["months"])
    if m["monthend"]:
        return None  # 6月末: a point inside the report's period
    if m["month"]:
        return regex.sub(r"\s", "", m["month"])  # 9月当月销售额: one month of the report's period
    if part in lr.points:
        return part
    if part in lr.whole_year:
        return part if own and not own.whole_year else None
    if part in lr.half_year:
        s = periods.read(part, ref)
        return None if s == own else part
    if part in lr.relative_year:
        # counted from the year of writing: in a 政府工作报告 of January 2025 (period 2024), 去年 is the
        # reviewed year (no scope) and 今年 the year ahead
        s = periods.read(part, ref)
        return part if s is not None and s.year != year else None
    return None


def _covered(m: regex.Match | None, scope: str | None, report: Report) -> str | None:
    """The period a figure covers, as a canonical code: the one ``m`` (or the section's ``scope``) names,
    else the report's own period; a point in time (6月末) stays a point."""
    ref = _reference(report)
    if m is not None:
        s = periods.read(m[0], ref)
        if s is not None and (scope is not None or s.point):
            return periods.code(s)
    if scope is not None and m is None:
        s = periods.read(scope, ref)
        if s is not None:
            return periods.code(s)
    return report.period


def _ratio_to(m: regex.Match, f: Found, lr: LabelRules) -> bool:
    """是2020年的1.4倍: a ratio to an earlier period is about now, not about that period."""
    return f.quantity.unit in lr.ratio_units and bool(lr.comparison.search(m.string[: m.start()]))


def _change_from(m: regex.Match, offset: int, f: Found, state: _SentenceState, text: str, lr: LabelRules) -> bool:
    """由2017年929家增长到3605家: the period (at ``offset`` + its place) dates the figure the change starts
    from, not the one it reaches."""
    prev = state.prev
    return (prev is not None and prev.start >= offset + m.end() and prev.end <= f.start
            and bool(lr.from_to.search(text, prev.end, f.start)))


def _holds_for(m: regex.Match, lr: LabelRules) -> bool:
    """A point in time (年初) dates only the figure right after it (由年初的38个减少至9个: not the 9个).

    ``m`` was found in the clause that ends at the figure.
    """
    return m["word"] not in lr.points or m.string[m.end() :].strip() in ("", "的")


def _periods(clause: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    """Periods written in a clause, leaving out baselines of comparisons (较上年提高), unless the
    figure is the baseline itself (比2020年的61.2亿元), and periods that qualify a goal (全年目标)."""
    if not lr.period_chars.search(clause):
        return ()  # most clauses name no period: skip the pattern
    return _periods_in(clause)


@rules.cached(maxsize=8192)
def _periods_in(clause: str) -> tuple[regex.Match, ...]:
    lr = label_rules()
    return tuple(m for m in lr.period.finditer(clause)
                 if (not lr.comparison.search(clause[: m.start()]) or lr.baseline_figure.match(clause[m.end() :]))
                 and not lr.qualifies.match(clause[m.end() :]))


def _section_scope(section: Section | None, lr: LabelRules, report: Report) -> str | None:
    """A section titled 2026年工作计划 in a 2025 report gives its figures that year.

    Only another year: a 下半年工作打算 section of a half-year report is already
    marked by kind (target), as the reference gold has it.
    """
    return _path_scope(section.path, _reference(report)) if section else None


@rules.cached(maxsize=1024)
def _path_scope(path: tuple[str, ...], ref: periods.Reference | None) -> str | None:
    """Another year a heading names: 2026年工作计划, or 今年主要任务 in a 政府工作报告 reviewing last year."""
    lr = label_rules()
    for title in reversed(path):
        for m in _periods(title, lr):
            if not (m["year"] or m["word"] in lr.relative_year) or ref is None:
                continue
            s = periods.read(m[0], ref)
            if s is not None and s.whole_year and s.year != ref.year:
                return f"{s.year}年"
    return None


@rules.cached(maxsize=1024)
def _is_plan(path: tuple[str, ...]) -> bool:
    """A section under a heading like 2026年工作计划 or 下半年工作打算 holds targets."""
    lr = label_rules()
    return any(lr.plan_sections.search(title) and not lr.result_sections.search(title) for title in path)


def _target_cues(before: str, lr: LabelRules) -> tuple[regex.Match, ...]:
    """Plan words that are words of their own (计划新建 yes, 雨露计划 no)."""
    matches = list(lr.target_cue.finditer(before))
    if not matches:
        return ()
    starts, pos = set(), 0
    for tok in segment(before):
        starts.add(pos)
        pos += len(tok)
    return tuple(m for m in matches if m.start() in starts)


def _has_target_cue(before: str, lr: LabelRules) -> bool:
    return bool(_target_cues(before, lr))


def _not_ahead(covered: str | None, report: Report) -> bool:
    own, s = periods.span(report.period), periods.span(covered)
    return bool(own and s and s.last <= own.last)


def _kind(cues: tuple[regex.Match, ...], planning: bool, covered: str | None, report: Report,
          lr: LabelRules) -> str:
    """target for a plan word, a plan section or a period still ahead of the report's; actual otherwise.

    预计 about a period already over when the report was delivered (a 政府工作报告 of January on the year
    just ended) is an estimated result: actual."""
    own, s = periods.span(report.period), periods.span(covered)
    if own and s and s.first > own.last:
        return "target"  # a period still ahead: 下半年, 2026年, 今年 in a report reviewing last year
    if cues and report.delivered and own and s and own.contains(s) and all(lr.estimate_cue.fullmatch(m[0]) for m in cues):
        return "actual"
    return "target" if cues or planning else "actual"


@dataclass
class _SentenceState:
    """What carries from one figure to the next within a sentence."""

    start: int
    scanned: int  # clauses before this offset have been read for entity and period
    entity: str | None = None
    scope: str | None = None
    covered: str | None = None  # the period ``scope`` names, as a code
    target: bool = False
    cues: tuple[regex.Match, ...] = ()  # the plan words that made it a target
    cue_from: int = -1  # plan words are looked for from here (a result clause after a plan ends them)
    target_list: tuple[int, str | None, str | None, tuple] | None = None  # (end, scope, covered, cues) of a list of targets
    prev: Found | None = None
    prev_end: int = -1  # end of the previous figure and of the object written after it
    prev_label: str = ""
    prev_verb: str = ""  # what the previous figure's label had before its object
    paragraph_scope: tuple[int, str | None, str | None] | None = None  # (paragraph start, period, its code)
    labels: list[str] = field(default_factory=list)  # of the figures so far in the sentence
    units: list[str] = field(default_factory=list)  # of the same figures
    paired: list[str] = field(default_factory=list)  # labels the rest of a 分别 list pairs with, in order
    paired_word: str = ""  # what the 分别 list says of each (增长)


def _read_clauses(text: str, state: _SentenceState, upto: int, lr: LabelRules, report: Report) -> None:
    """Entities and periods that open the clauses between state.scanned and upto."""
    pos = state.scanned
    while pos < upto:
        m = lr.clause_break.search(text, pos, upto)
        end = m.start() if m else upto
        clause = text[pos:end]
        entity = _entity_at(clause, lr, report)
        if entity:
            state.entity = entity
        elif lr.generic_place.match(clause):
            state.entity = None  # 每村新增…: about every village, not the one named before
        for p in _periods(clause, lr):
            lead = clause[: p.start()].strip()
            if (lead == "" or lead in lr.openers) and p["word"] not in lr.points:  # 年初排查…: a time, no scope
                state.scope = _scope(p, lr, report)
                state.covered = _covered(p, state.scope, report)
                if state.target and lead == "" and text[state.start : pos].strip() and _not_ahead(state.covered, report):
                    # 全年计划新建2000亩，上半年已完成1500亩: a clause opening with the report's own period
                    # (or an earlier one) states a result again
                    state.target, state.cues, state.cue_from, state.target_list = False, (), pos, None
                # a month range opening a sentence (1-6月,全县…) holds for the rest of its paragraph,
                # until another period opens a sentence (6月末,…)
                if not text[state.start : pos].strip():
                    carried = (state.scope, state.covered) if p["months"] else (None, None)
                    state.paragraph_scope = (text.rfind("\n", 0, pos) + 1, *carried)
        if m is None:
            break
        pos = m.end()
    state.scanned = max(state.scanned, pos if pos <= upto else upto)


def label_figures(report: Report, found: list[Found], sections: tuple[Section, ...],
                  sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    """Attach indicator, entity, scope period, kind, section and sentence to each found figure."""
    lr = label_rules()
    text = unwrapped(report.text)  # a line wrapped mid-sentence (a PDF copy) breaks no clause
    section_starts = [s.start for s in sections]
    has_tables = "\t" in text  # ingest writes table rows as tab-separated cells
    sentence_starts = [s.start for s in sentences]
    out: list[Figure] = []
    state: _SentenceState | None = None
    for i, f in enumerate(found):
        si = bisect.bisect_right(sentence_starts, f.start) - 1
        sentence = sentences[si] if si >= 0 else Sentence(0, len(text), text)
        if state is None or state.start != sentence.start:
            carried = state.paragraph_scope if state else None
            listed = state.target_list if state else None
            state = _SentenceState(start=sentence.start, scanned=sentence.start)
            line_start = text.rfind("\n", 0, sentence.start) + 1
            # 1-6月,… holds for its paragraph, up to the next item (三是…)
            if carried and carried[0] == line_start and not _ITEM.match(text, sentence.start):
                state.paragraph_scope, state.scope, state.covered = carried, carried[1], carried[2]
            if listed and listed[0] > sentence.start:  # an item of a list of targets
                state.target_list, state.target, state.cues = listed, True, listed[3]
                if listed[1] and not state.scope:
                    state.scope, state.covered = listed[1], listed[2]
        lo = max(sentence.start, state.prev_end)
        cstart = clause_start(text, lo, f.start, lr)
        _read_clauses(text, state, cstart, lr, report)
        raw = text[cstart : f.start]

        # entity: opening this clause, carried from earlier in the sentence, or named after the figure
        # (1支市队驻龙岩村; 投入资金380万元对东关社区… when the clause names none)
        unit = unit_of(f.quantity.unit)
        counted = unit is None or unit.dimension == "count"
        own = _entity_at(raw, lr, report, counted)
        entity = own or (None if lr.generic_place.match(raw) else state.entity)
        after = lr.entity_after.match(text, f.end, min(len(text), f.end + 40))
        if after and _is_entity_name(after["name"], lr, report.town) and (after["how"] in lr.entity_stationed or not own):
            entity = after[0][after.start("name") - after.start() :]

        # period: one written in this clause, else the sentence's, else the section's
        section = section_at(sections, section_starts, f.start)
        major = cstart if lo == sentence.start else clause_start(text, sentence.start, f.start, lr)
        clause_periods = _periods(text[major : f.start], lr)
        if (clause_periods and _holds_for(clause_periods[-1], lr) and not _ratio_to(clause_periods[-1], f, lr)
                and not _change_from(clause_periods[-1], major, f, state, text, lr)):
            scope = _scope(clause_periods[-1], lr, report)
            covered = _covered(clause_periods[-1], scope, report)
            if scope is None:
                scope = _section_scope(section, lr, report)
                covered = covered if scope is None else _covered(None, scope, report)
        else:
            scope = state.scope or _section_scope(section, lr, report)
            covered = state.covered if state.scope or (state.covered and scope is None) else _covered(None, scope, report)

        # kind: a plan word before the figure in its sentence (or opening the list it stands in), a plan
        # section, or a period after the report's
        if not state.target:
            cue_from = max(sentence.start, state.cue_from)
            before = text[cue_from : f.start]
            cues = _target_cues(before, lr)
            if cues:
                state.target, state.cues = True, cues  # and stays so for the rest of the sentence
                opener = lr.target_list.match(before, cues[-1].end())
                if opener:  # 主要预期目标是：A；B；C。 every item of the list is a target, of the list's period
                    end = lr.target_list_end.search(text, cue_from + opener.end())
                    state.target_list = (end.start() if end else len(text), scope, covered, cues)
        planning = bool(section) and _is_plan(section.path)
        kind = _kind(state.cues, planning, covered, report, lr)
        if kind == "target" and report.delivered and covered == report.period:
            # a 政府工作报告 delivered in January 2025 reviews 2024; its goals are for 2025
            covered, scope = str(report.delivered), scope or f"{report.delivered}年"

        label, verb, obj = _label(text, f, raw, entity, state, lr)
        label = _respectively(text, found, i, raw, label, state, lr).replace(WRAP, "")
        if section and lr.thin_label.fullmatch(label) and (subject := _subject_words(section.title, lr)):
            label = subject + label  # 二、固定资产投资 ⏎ 全年完成12亿元: the heading names what is measured
        cell = _table_cell(text, f.start, lr) if has_tables else None
        if cell:
            head, row, cell_pre, row_is_label = cell
            if _has_target_cue(head, lr):  # a column of goals (预期目标 | 实际完成)
                kind = "target"
            if row_is_label:  # 指标名称 | 单位 | 1-6月完成 | 同比增长（%）: the row names what is measured, no place
                rate = head if figure_rules().table.percent_column.search(head) else ""
                label = _shorten(lr.row_marker.sub("", row) + (_rate_word(cell_pre, lr) or rate), lr)
            else:
                label = _shorten(cell_pre or head or label, lr)
                entity = row or entity
        out.append(
            Figure(
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
                section=section.title if section else None,
                section_path=section.path_text if section else "",
                sentence=sentence.text.strip(),
            )
        )
        state.prev, state.prev_end, state.prev_label, state.prev_verb = f, f.end + len(obj), label, verb
        state.labels.append(label)
        state.units.append(f.quantity.unit)
    return tuple(out)


def _label(text: str, f: Found, raw: str, entity: str | None, state: _SentenceState,
           lr: LabelRules) -> tuple[str, str, str]:
    """(label, the verb part before the figure, the object written after it)."""
    pre = _cleaned(raw)
    only_entity = False
    if entity and pre.startswith(entity):
        pre = _strip(pre[len(entity) :], lr)
        only_entity = not pre
    unit = unit_of(f.quantity.unit)
    obj = _object_after(text, f.end, lr) if unit and unit.dimension in lr.object_units else ""
    gap = text[state.prev_end : f.start] if state.prev else None

    if not pre and not obj and gap is not None and not gap.strip(lr.compound_joiners + " "):
        label = state.prev_label  # 24户71人: the second figure shares the first's label
        if state.prev and (age := unit_of(state.prev.quantity.unit)) and age.dimension == "age":
            label += state.prev.quantity.surface  # 其中35岁以下5名: the age says which persons
    elif not pre and not obj and gap is not None and state.prev_label and not _cleaned(gap.strip("、，, ")):
        # 地区生产总值突破11万亿元、达到11.6万亿元: a clause of only a verb goes on about the same subject
        label = _rate_base(state.prev_label, lr)
    elif state.prev and gap is not None and _is_threshold(state.prev, gap) and pre:
        # 集体经济收入30万元以上的村达到5个 -> 集体经济收入30万元以上村: what the bound is a bound of, too
        label = _rate_base(state.prev_label, lr) + state.prev.quantity.surface + pre
    elif not pre and obj and gap is not None and gap.strip() == "、":
        label = state.prev_verb + obj  # 新建6间冷库、1300立方冷冻室 -> 新建冷冻室
    elif obj and lr.object_of_dui.search(raw):
        label = obj + _phrase_after(text, f.end + len(obj), lr)  # 对14家工贸企业开展安全培训
    elif (pre in lr.rate_words or lr.relative_to_previous.match(pre)) and state.prev_label:
        # 地区生产总值86亿元,增长6.5% -> 地区生产总值增长; 环比增长4.6%,同比增长7.9% -> …同比增长
        written = raw.strip(" ，,、").replace(lr.respectively, "")  # 分别增长 with nothing to pair: 增长
        label = _rate_base(state.prev_label, lr) + (written if written in lr.rate_words else pre)
    elif pre in lr.weak_lead and (after := _phrase_after(text, f.end + len(obj), lr)):
        label = after  # 分3批组织…开展警示教育
    elif pre in lr.weak_before:
        before = _previous_clause(text, max(state.start, state.prev_end), f.start, raw, lr)
        label = (before or state.prev_label) + pre + obj  # 发展稻虾综合种养，面积达15公顷
    elif unit and unit.canonical in lr.doer_units and _HAN_WORD.match(text, f.end + len(obj), f.end + len(obj) + 1):
        # 干部百余人赴县廉政教育基地开展警示教育; 帮助4名失业人员实现再就业
        label = pre + obj + _phrase_after(text, f.end + len(obj), lr)
    else:
        label = pre + obj
    if not label and only_entity:
        label = _same_unit_label(f, state, lr)  # 集体经济收入386万元，其中茶岭村52万元: 茶岭村's 集体经济收入
    if not label:
        label = (_phrase_after(text, f.end + len(obj), lr).lstrip("的")  # 为辖区1.8万名老年人建立健康档案
                 or _previous_clause(text, max(state.start, state.prev_end), f.start, raw, lr)
                 or state.prev_label or obj or _text_before(text, f.start, lr))
    if state.prev_label and (ref := lr.back_reference.match(label)):
        # 地区生产总值增长8.6%，总量再上一个万亿元台阶，人均达13.7万元: 总量 and 人均 are of that subject
        label = (ref["keep"] or "") + _rate_base(state.prev_label, lr)
    topic = _line_topic(text, f.start, lr)
    if topic and topic not in label:
        label = topic + label  # 固定资产投资：本季度完成2.15亿元 -> 固定资产投资完成
    return _shorten(label, lr), pre, obj


def _respectively(text: str, found: list[Found], i: int, raw: str, label: str, state: _SentenceState,
                  lr: LabelRules) -> str:
    """The label of a figure in a 分别 list: the change it states, of what it pairs with.

    游客1860万人次、旅游收入168亿元，分别增长12.7%和14.2%: with no subject of its own, the list pairs with as
    many figures before it (12.7% with 游客, 14.2% with 旅游收入). 工业增加值、固定资产投资分别增长8.2%和9.5%:
    a subject listing as many things as the list has figures pairs with those things. Otherwise
    (城镇、农村居民收入分别达到…: 城镇 is no measure) the label stays as read.
    """
    word = lr.respectively
    at = raw.find(word)
    if at >= 0:
        n = 1
        while i + n < len(found) and text[found[i + n - 1].end : found[i + n].start].strip() in lr.list_joiners:
            n += 1
        state.paired = []
        if n >= 2 and not _cleaned(raw[:at]) and n <= len(state.labels):
            written = (raw[:at] + raw[at + len(word) :]).strip(" ，,、")
            state.paired = state.labels[-n:]
            state.paired_word = written if written in lr.rate_words else _cleaned(written)
        elif n >= 2:
            after = raw[at + len(word) :].strip(" ，,、")
            # 中小学、幼儿园分别新增学位: the words after 分别 name the measure, so short items are its subjects
            names_measure = bool(_cleaned(after)) and after not in lr.rate_words
            things = _listed_subject(text, state.start, found[i].start, lr, plain=names_measure)
            if len(things) == n:
                state.paired = things
                # 分别增长: the change; 分别达到: the level itself (达到 names no measure)
                state.paired_word = after if after in lr.rate_words and _cleaned(after) else _cleaned(after)
    elif not (state.paired and text[state.prev.end : found[i].start].strip() in lr.list_joiners):
        state.paired = []  # the list ended
        # 城镇和农村常住居民人均可支配收入增长3%和7.7%: a listed subject, a change and as many figures, no 分别
        written = raw.rstrip(" ，,、")
        change = next((w for w in sorted(lr.rate_words, key=len, reverse=True) if written.endswith(w)), None)
        n = 1
        while i + n < len(found) and text[found[i + n - 1].end : found[i + n].start].strip() in lr.list_joiners:
            n += 1
        if change and n >= 2:
            things = _listed_subject(text, state.start, found[i].start, lr, len(raw) - len(written) + len(change))
            if len(things) == n:
                state.paired, state.paired_word = things, change
    if not state.paired:
        return label
    return _shorten(_rate_base(state.paired.pop(0), lr) + state.paired_word, lr)


def _listed_subject(text: str, sentence_start: int, pos: int, lr: LabelRules, cut: int | None = None,
                    plain: bool = False) -> list[str]:
    """The things a 分别 clause lists before 分别 (规模以上工业增加值、固定资产投资分别增长 -> both). Short
    items share the last item's tail (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入;
    一产、二产、三产增加值), and a pair word lists its two subjects (城乡居民收入 -> 城镇居民收入, 农村居民收入);
    [] when the items are too short to be measures on their own and share nothing. ``cut``: how many
    characters end the subject instead of 分别 and what follows it (the change of a list without 分别);
    ``plain``: the words after 分别 name the measure, so items of any length are its subjects."""
    last = lr.last_clause_break.search(text, sentence_start, pos)
    clause = text[last.end() if last else sentence_start : pos]
    subject = _cleaned(clause[: clause.find(lr.respectively) if cut is None else len(clause) - cut])
    parts = [subject]
    for joiner in ("、", *sorted(lr.list_joiners, key=len, reverse=True)):
        parts = [piece for part in parts for piece in part.split(joiner)]
    parts = [part for part in parts if part]
    if len(parts) == 1:
        pair = next((w for w in lr.pair_words if w in parts[0]), None)
        if pair is None:
            return []
        return [parts[0].replace(pair, word, 1) for word in lr.pair_words[pair]]
    if all(len(t) >= lr.listed_measure_min for t in parts) or (plain and len(parts) > 1):
        return parts
    short, last_part = parts[:-1], parts[-1]
    width = len(short[0])
    if width <= lr.shared_tail_max and all(len(t) == width for t in short) and len(last_part) > width:
        tail = last_part[width:]
        return [t + tail for t in short] + [last_part]
    if min(map(len, parts)) >= lr.shared_tail_max and len(set(map(len, parts))) > 1:
        return parts  # 规上工业增加值、固定资产投资、进出口: measures of their own, one of them short
    return []


def _same_unit_label(f: Found, state: _SentenceState, lr: LabelRules) -> str:
    """The label of the latest figure before ``f`` in its sentence that is in the same unit, if any."""
    for label, unit in zip(reversed(state.labels), reversed(state.units), strict=True):
        if unit == f.quantity.unit:
            return _rate_base(label, lr)
    return ""


def _is_threshold(f: Found, gap: str) -> bool:
    """收入30万元以上的村达到5个, 收入超过20万元的村达到三个: a bound that says which things the next
    figure counts."""
    return f.quantity.approx in ("lower", "upper") and gap.startswith("的") and len(gap) <= 8


def _rate_base(label: str, lr: LabelRules) -> str:
    """The label of what changes, without the change a previous figure named (产值环比增长 -> 产值)."""
    for word in sorted(lr.rate_words, key=len, reverse=True):
        if label.endswith(word) and len(label) > len(word):
            return label[: -len(word)]
    return label


def _line_topic(text: str, pos: int, lr: LabelRules) -> str:
    """The short topic opening the figure's line before a colon (规上工业总产值：7-9月完成…)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _TOPIC.match(text, line_start, pos)
    return _subject_words(m["topic"], lr) if m else ""


def _subject_words(heading: str, lr: LabelRules) -> str:
    """A topic or heading as the subject of a label: without its list marker and a trailing 方面
    (一、工业方面 -> 工业), or "" when it is too long or holds a number to be one."""
    words = lr.subject_frame.sub("", _strip(lr.row_marker.sub("", heading).strip(), lr))
    return words if len(words) <= lr.heading_subject_max and not _ARABIC_DIGIT.search(words) else ""


def _rate_word(words: str, lr: LabelRules) -> str:
    """The change a table cell states before its figure (增长, 下降), or nothing."""
    return words if words in lr.rate_words else ""


def _table_cell(text: str, pos: int, lr: LabelRules) -> tuple[str, str, str, bool] | None:
    """(column header, row name, text before the figure in its cell, whether the row name is the label: a
    first column of indicators, 指标名称) when the figure stands in a table row (cells joined by tabs, as
    ingest writes .docx tables), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "\t" not in line:
        return None
    column = text[line_start:pos].count("\t")
    cells = line.split("\t")
    table = figure_rules().table
    header_start = line_start
    while header_start > 0:  # the table's first row: the topmost of the lines with tabs above
        above = text.rfind("\n", 0, header_start - 1) + 1
        if "\t" not in text[above : header_start - 1]:
            # a group row of one cell inside the table (一、综合发展), with rows of cells above it
            higher = text.rfind("\n", 0, above - 1) + 1 if above > 0 else -1
            group = table.group_row.fullmatch(text[above : header_start - 1])
            if higher < 0 or not group or "\t" not in text[higher : above - 1]:
                break
            above = higher
        header_start = above
    header = text[header_start : text.find("\n", header_start)].split("\t")
    head = regex.sub(r"[（(][^）)]*[）)]", "", header[column]).strip() if column < len(header) else ""
    row = cells[0].strip() if column > 0 and regex.search(r"\p{Han}{2}", cells[0]) else ""
    cell_start = line_start + text[line_start:pos].rfind("\t") + 1 if column else line_start
    row_is_label = bool(row) and bool(figure_rules().table.indicator_column.search(header[0]))
    return head, row, _strip(text[cell_start:pos], lr), row_is_label


def _text_before(text: str, pos: int, lr: LabelRules) -> str:
    """Last resort: the words before the figure across a stray line break (设定\n\u200b\n为6%)."""
    words = lr.quotes.sub("", lr.clause_break.sub("", text[max(0, pos - 24) : pos].replace("\n", "")))
    return _shorten(_strip(words, lr), lr)


def _previous_clause(text: str, sentence_start: int, pos: int, raw: str, lr: LabelRules) -> str:
    """The cleaned clause before the figure's own clause (开展专项巡查，历时2个月 -> 开展专项巡查)."""
    own_start = pos - len(raw)
    if own_start <= sentence_start:
        return ""
    prev_end = own_start - 1
    prev_start = clause_start(text, sentence_start, prev_end, lr)
    return _cleaned(text[prev_start:prev_end])


def _period_stays(m: regex.Match, clause: str, lr: LabelRules) -> bool:
    """A period that names the goal a figure is a share of (占全年任务的96%) or the baseline its subject
    is compared with (增速比上半年加快0.3个百分点) is part of what the figure measures: it stays in the
    label. With no subject (较年初提高6.2个百分点) the figure relates to the one before, as its label says."""
    if lr.qualifies.match(clause[m.end() :]):
        return True
    compared = lr.comparison.search(clause[: m.start()])
    return bool(compared and _HAN_WORD.search(clause, 0, compared.start()))


@rules.cached(maxsize=8192)
def _cleaned(clause: str) -> str:
    """A clause as label text: without its dates and periods, the list before 等, adverbs and 达/为."""
    lr = label_rules()
    clause = lr.aside.sub("", clause.replace(WRAP, ""))
    if lr.period_chars.search(clause) or lr.date_noise_chars.search(clause):
        clause = lr.date_noise.sub("", lr.period.sub(lambda m: m[0] if _period_stays(m, clause, lr) else "", clause))
    return _strip(_cut_list(clause, lr), lr)
