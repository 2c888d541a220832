"""The figure rules as loaded once: the assembled figure pattern (number + approximation + scale + unit),
the numeral pattern, the exclusions, the scale-only and table rules, and what a located figure is (Found).

Everything here is built from rules/figures.yaml, rules/units.yaml and rules/exclusions.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import regex

from .. import rules
from ..model import Quantity
from ..units import Unit
from ..units import lexicon as units_lexicon

if TYPE_CHECKING:
    from .scan import _Reading


@dataclass(frozen=True)
class Exclusion:
    id: str
    reason: str
    pattern: regex.Pattern
    needs: regex.Pattern | None = None  # every match holds a match of it: a text without one is not scanned



@dataclass(frozen=True)
class FigureRules:
    figure: regex.Pattern
    numeral: regex.Pattern
    units: dict[str, Unit]
    scales: dict[str, Decimal]
    approx_before: dict[str, str | None]
    approx_after: dict[str, str | None]
    scale_chars: str  # every character of a scale word (万, 千万): a number of only these is no number
    lone_one: str  # 一 written alone
    lone_one_words: tuple[str, ...]
    lone_one_units: frozenset[str]
    exclusions: tuple[Exclusion, ...]
    set_phrases: regex.Pattern
    table_header_unit: regex.Pattern
    bare_number: regex.Pattern  # a table cell holding nothing but a number
    table: _TableRules
    scale_only: regex.Pattern  # 2.3万, 8000多万: a number and a scale word, no unit word (scanned backward)
    scale_only_words: tuple[str, ...]  # its scale words (万 and above): a text without one has no such figure
    scale_only_rules: _ScaleOnly
    unitless: regex.Pattern  # 居民消费价格指数控制在103左右: an index or a ratio, no unit
    unitless_words: tuple[str, ...]  # any of them in a text: look for unitless figures
    implied: regex.Pattern  # 农民人均可支配收入18363: a measure of one unit, its number bare
    implied_units: dict[str, str]  # that measure's unit
    implied_min: int
    listed_before: regex.Pattern  # a bare number and a joiner right before a figure (3.2、4.5和6.1亿元)
    # a line break the figure pattern may match across (None: any may): the figure pattern is matched line by line
    # in a text where it finds none (scan._figure_matches)
    line_join: regex.Pattern | None
    readings: dict[str, _Reading] = field(default_factory=dict)  # surface -> reading, filled by find()


@dataclass(frozen=True)
class _ScaleOnly:
    window: int
    clause_break: regex.Pattern
    clause_break_back: regex.Pattern
    after: regex.Pattern
    after_unit: dict[str, str]
    before: regex.Pattern
    before_unit: dict[str, str]
    same_as_before: regex.Pattern  # the goal or baseline of the figure before it: that figure's unit
    sentence_break_back: regex.Pattern


def _scale_only_rules(data) -> _ScaleOnly:
    section = data.scale_only
    window, breaks = section.window, section.clause_breaks
    units = {"after": dict(section.after), "before": dict(section.before)}
    return _ScaleOnly(
        window=window,
        clause_break=rules.compiled(f"[{regex.escape(breaks)}]"),
        clause_break_back=rules.compiled(f"(?r)[{regex.escape(breaks)}]"),
        after=rules.compiled(_alternation(units["after"])),
        after_unit=units["after"],
        before=rules.compiled(f"(?r){_alternation(units['before'])}"),
        before_unit=units["before"],
        same_as_before=rules.compiled(_alternation(section.same_as_before)),
        sentence_break_back=rules.compiled(f"(?r)[{regex.escape(section.sentence_breaks)}]"),
    )


@dataclass(frozen=True)
class Found:
    """A figure located in the text, before it is labelled."""

    start: int
    end: int
    quantity: Quantity
    rule: str


def _alternation(words) -> str:
    """Longest first, so 人次 is tried before 人."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _trie(words) -> str:
    """_alternation as a tree of first characters (人(?:次)?, not 人次|人), for a pattern matched forward only: regex
    tries a plain alternation word by word, the tree a character at a time. The same matches: two words that both
    match where they start share their first characters, so one is a prefix of the other, and the tree too tries
    the longer first. Backward ((?r)) two words that end in one place need not, and are tried in another order."""
    by_first: dict[str, list[str]] = {}
    ends = False  # a word ends here: tried after every longer one
    for w in sorted(words, key=len, reverse=True):
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    branches = "|".join(regex.escape(c) + _trie(rest) for c, rest in by_first.items())
    if not branches:
        return ""
    return f"(?:{branches})?" if ends else f"(?:{branches})" if len(by_first) > 1 else branches


def _line_join(digit: str, cn: str, fragments: tuple[str, ...], before: list[str], after: list[str],
               looked_behind: str) -> regex.Pattern | None:
    """A line break that a match of the figure pattern could hold. The pattern takes a break only in a run of blanks
    (\\s, and the zero-width space) between two of its pieces: after a number, a scale, a unit, an inner
    approximation word, a range's joiner or the word saying its low end is included (``before``), and before a
    number, a scale, a unit, an inner approximation word or a joiner (``after``); a number is digits, numerals and
    the characters of the rules' number fragments. Where no run holding a break lies between a character that can
    end a piece before it and one that can start a piece after it, no match holds a break, and a look-around at a
    line's edge reads the break as nothing it can match: the pattern finds in the text exactly what it finds in each
    line. None (match the whole text) when a word or a fragment could hold a blank or a break itself, or a
    look-behind read a break as something it can match."""
    if any(not w or w[0].isspace() or w[-1].isspace() or "\n" in w for w in (*before, *after)) or any(
            c.isspace() for c in cn + looked_behind):
        return None
    # a fragment is digits ({d}, \\d), characters other than ASCII, groups, sets, repeats and alternatives: no escape,
    # no ., no negated set, no ASCII character that could be a blank or stand for itself
    bare = [f.replace("{d}", "").replace(r"\d", "") for f in (*fragments, digit)]
    if any(regex.search(r"[\x00-\x7f--[()\[\]{}?*+|:,\-0-9]]|\[\^", f, regex.VERSION1) for f in bare):
        return None
    number = f"{digit}[{cn}]" + regex.escape("".join(sorted({c for f in bare for c in f if not c.isascii()})))
    ends = regex.escape("".join(sorted({w[-1] for w in before})))
    starts = regex.escape("".join(sorted({w[0] for w in after})))
    return rules.compiled(rf"(?<=[{number}{ends}][\s\u200b]*)\n[\s\u200b]*[{number}{starts}]", regex.VERSION1)


@rules.cached
def figure_rules() -> FigureRules:
    lex = units_lexicon()
    units, scales = lex.units, {**lex.scales, **lex.digit_scales}  # a Chinese number holds its own 千万 (三千万元)
    data = rules.model("figures")
    digit, cn = data.digits, data.cn_numeral
    approx_before, approx_after = data.approx_before, data.approx_after
    joiners = data.range_joiners
    percent_prefix, per_units = lex.percent_prefix, lex.per_units
    included = data.range_included
    large_scales = tuple(w for w in scales if scales[w] >= 10_000)
    # a measure word belongs to the scale word after it where that ends the number (4.9个亿，10个亿的项目), not where
    # a word goes on from it (3个万亿级产业基地, 4个万亩基地)
    measure_words = _alternation(data.scale_measure_words)
    spoken_scale_end = _alternation(data.spoken_scale_end)
    scale_measure = rf"(?:{measure_words})(?={_alternation(large_scales)}(?:[^\p{{Han}}]|{spoken_scale_end}|$))"

    # web copies space out digits one by one (1 9 9 8 年, 8 ．7 平方米): read them as one number
    # (\x20, not a blank: the figure pattern is compiled VERBOSE)
    spaced = rf"{digit}(?:\x20{digit})+(?!{digit})"
    # a journal's print groups thousands with a thin space (1 791.3 km2)
    grouped = rf"{digit}{{1,3}}(?:\x20{digit}{{3}})+(?!{digit})"
    # a number starts where a run of digits starts (00 0年 holds no figure 0 0年)
    # a PDF copy may wrap a line inside the decimals (1.2⏎3亿元)
    decimals = rf"\x20?[.．]\x20?{digit}(?:[\x20\n]?{digit})*"
    arabic = rf"(?<!{digit})(?:{grouped}|{spaced}|{digit}+(?:[,，]{digit}{{3}}(?!{digit}))*)(?:{decimals})?"
    mixed = rf"(?<!{digit})" + data.mixed_number.format(d=digit)  # 1万6千多户
    # 六点五 (a Chinese decimal) before plain Chinese numerals
    number = rf"(?:{mixed}|{arabic}|[{cn}]+(?:{data.cn_decimal})|[{cn}]+)"
    # 余/多 go between number and scale (10万余元 has them after the scale too);
    # the words after the unit exclude them (多 after a unit starts a new word).
    inner_approx = _alternation(w for w in approx_after if w in data.inner_approx)
    outer_approx = _alternation(w for w in approx_after if w not in data.inner_approx)
    # a one-character approximation word must not end another word (附近, 最近)
    before = _alternation(approx_before)
    count_units = _trie(name for name, unit in units.items() if unit.dimension == "count")
    # not a date's or a time's word (截至2019⏎年底): the exclusions that know dates read one line at a time
    wrapped_units = _trie(name for name, unit in units.items() if unit.dimension != "duration")
    alternative_unit = "|".join(rf"{regex.escape(b[0])}(?P<alt_unit>{count_units}){regex.escape(b[1])}"
                                for b in data.unit_alternative_brackets)
    # the figure pattern is matched forward: its word lists as trees (_trie)
    inner_forward = _trie(w for w in approx_after if w in data.inner_approx)
    outer_forward = _trie(w for w in approx_after if w not in data.inner_approx)
    pattern = rf"""
        (?P<pre>(?<![{regex.escape(data.approx_not_after)}])(?:{_trie(approx_before)}))?  # not the 约 of 签约
        (?:
            (?P<pct>{_trie(percent_prefix)})(?P<pnum>{number})(?P<ppost>{outer_forward})?
          |
            (?:(?P<neg>(?<=[{regex.escape(data.negative_after)}])[-－−])  # 自然增长率为-1.47‰
              |(?<=[{regex.escape(data.positive_after)}])[+＋])?  # 同比+19.82%
            (?P<num>{number})
            (?:[ \t\u00a0\u200b]{{0,3}}|\n(?={_trie(scales)})  # web copies put stray spaces between number and unit
               # a PDF copy's wrap before the unit (共占地 50⏎亩): after words on the number's line, not a page number's;
               # only a soft wrap of the text (scan.find), not a line of its own (全镇12⏎人员到岗)
               |(?<=[^\s0-9０-９.．{cn}][^\n]*)[ \t\u00a0\u200b]{{0,2}}(?P<wrap>\n)(?={wrapped_units}))
            # 1万(含)-5万元, 1万元--5万元: the low end may repeat the unit and say it is included
            (?:(?P<scale1>{_trie(scales)})?(?P<unit1>{_trie(units)})?(?:{_trie(included)})?
               \s*(?P<joiner>(?:{_trie(joiners)}){{1,2}})\s*(?P<num2>{number}))?
            (?P<approx1>\s?(?:{inner_forward}))?
            (?P<scale>{_trie(scales)})?
            (?P<approx2>{inner_forward})?
            (?:(?<=[万亿千余多])[ \t\u00a0\u200b]{{0,2}}\n?)?  # 5.12 亿 元, 20余⏎批次: a PDF copy's space or wrap
            (?P<unit>(?(unit1)(?P=unit1)|(?:{_trie(units)})))  # 1万元--5万元: the same unit twice
            (?!(?<={measure_words})(?:{_trie(large_scales)})(?:[^\p{{Han}}]|{spoken_scale_end}|$))  # not the 个 of 4.9个亿
            (?:{alternative_unit})?  # 386台(套)
            (?P<per>/(?:{_trie(per_units)}))?  # 31.6万元/亩: an amount per unit
            (?P<post>{outer_forward})?
        )
    """
    try:
        figure = rules.compiled(pattern, regex.VERSION1 | regex.VERBOSE)
    except regex.error as e:
        raise rules.RuleError(f"rules/figures.yaml: the assembled figure pattern: {e}") from None
    numeral = rules.compiled(rf"{arabic}|[{cn}]+", regex.VERSION1)
    inner = [w for w in approx_after if w in data.inner_approx]
    line_join = _line_join(digit, cn, (data.mixed_number, data.cn_decimal), [*scales, *units, *inner, *joiners, *included],
                           [*scales, *units, *inner, *joiners], data.approx_not_after + data.negative_after + data.positive_after)

    excl = rules.model("exclusions")
    subst = {"d": digit, "cn": cn.strip("[]"), "han": r"\p{Han}"}
    exclusions = []
    for i, entry in enumerate(excl.exclusions):
        pat = "(?r)" + entry.pattern if entry.scan == "backward" else entry.pattern  # (?r): matched from the end
        where = f"exclusions[{i}] ({entry.id}).pattern"
        needs = entry.needs and rules.compile_pattern("exclusions", f"exclusions[{i}] ({entry.id}).needs", entry.needs,
                                                      **subst)
        exclusions.append(Exclusion(entry.id, entry.reason, rules.compile_pattern("exclusions", where, pat, **subst),
                                    needs or None))
    return FigureRules(
        figure=figure,
        numeral=numeral,
        units=units,
        scales=scales,
        approx_before=approx_before,
        approx_after=approx_after,
        scale_chars="".join(sorted(set("".join(scales)))),
        lone_one=data.lone_one,
        lone_one_words=tuple(data.lone_one_words),
        lone_one_units=frozenset(data.lone_one_units),
        exclusions=tuple(exclusions),
        set_phrases=rules.compiled(_alternation(excl.set_phrases)),
        table_header_unit=rules.compiled(data.table_header_unit, regex.VERSION1),
        bare_number=rules.compiled(rf"\s*(?P<sign>[-－−])?(?P<number>{arabic})\s*", regex.VERSION1),
        table=_table_rules(data),
        # scanned from the end of the text: found at the rare scale word instead of tried at every
        # character, four times faster, and the same matches (tests/test_figures.py)
        scale_only=rules.compiled(
            rf"(?r)(?P<pre>(?<![{regex.escape(data.approx_not_after)}])(?:{before}))?(?P<num>{arabic})(?P<approx1>{inner_approx})?"
            rf"(?P<measure>{scale_measure})?(?P<scale>{_alternation(large_scales)})(?P<approx2>{inner_approx})?"
            rf"(?![{cn}]|{digit})", regex.VERSION1),  # 万 and above only; not 1万6千
        scale_only_words=large_scales,
        scale_only_rules=_scale_only_rules(data),
        unitless=rules.compile_pattern(
            "figures", "unitless",
            rf"(?:{_alternation(data.unitless.words)})(?:{data.unitless.link})(?P<num>{arabic})"
            rf"(?P<post>{outer_approx})?(?![0-9０-９.．%％‰∶:：/\p{{Han}}]|\x20?[0-9])"),  # not 100强, 2.16∶1
        unitless_words=tuple(data.unitless.words),
        implied=rules.compile_pattern(
            "figures", "unitless.implied",
            rf"(?P<word>{_alternation(data.unitless.implied)})(?:{data.unitless.link})(?P<num>{arabic})"
            rf"(?P<post>{outer_approx})?(?![0-9０-９.．%％‰∶:：/{regex.escape(''.join(scales))}]|\x20?[0-9])"),
        implied_units=dict(data.unitless.implied),
        implied_min=data.unitless.implied_min,
        # matched from the end, ending where the next number starts
        line_join=line_join,
        listed_before=rules.compiled(
            rf"(?r)(?<![0-9０-９.．])(?P<num>{arabic})(?P<scale>{_alternation(scales)})?\s*"
            rf"(?:{_alternation(data.shared_unit_joiners)})\s*", regex.VERSION1),
    )


@dataclass(frozen=True)
class _TableRules:
    unit_column: regex.Pattern  # a header naming the column of units (单位, 计量单位)
    percent_column: regex.Pattern  # a header of rates with no unit written (同比增长, 增速)
    skip_column: regex.Pattern  # a header of ranks or numbers that are no figures (排名, 序号)
    indicator_column: regex.Pattern  # a first header naming indicators (指标名称): the row name is the label
    unit_note: regex.Pattern  # 单位：万元 above a table or in its header
    group_row: regex.Pattern  # a line of one cell inside a table, heading a group of rows (一、综合发展)


def _table_rules(data) -> _TableRules:
    table = data.table
    return _TableRules(*(rules.compiled(getattr(table, key), regex.VERSION1)
                         for key in ("unit_column", "percent_column", "skip_column", "indicator_column", "unit_note",
                                     "group_row")))
