"""Find the figures in a text: number + approximation + scale + unit, minus exclusions.

The pattern is assembled once from rules/figures.yaml and rules/units.yaml;
rules/exclusions.yaml says which numerals are dates, ordinals, set phrases or
identifiers. Every numeral in the text ends up either in a figure or in the
skipped list with a reason, so nothing is dropped silently.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from .. import rules
from ..model import Quantity
from ..numbers import NumberError, arabic_value, chinese_range, chinese_value, is_arabic
from ..units import Unit
from ..units import lexicon as units_lexicon


@dataclass(frozen=True)
class Exclusion:
    id: str
    reason: str
    pattern: regex.Pattern
    needs: str = ""  # one of these characters is in every match: a text without any is not scanned


@dataclass(frozen=True)
class FigureRules:
    figure: regex.Pattern
    numeral: regex.Pattern
    units: dict[str, Unit]
    scales: dict[str, Decimal]
    approx_before: dict[str, str | None]
    approx_after: dict[str, str | None]
    lone_one_words: tuple[str, ...]
    lone_one_units: frozenset[str]
    exclusions: tuple[Exclusion, ...]
    set_phrases: regex.Pattern
    table_header_unit: regex.Pattern
    bare_number: regex.Pattern  # a table cell holding nothing but a number
    table: _TableRules
    scale_only: regex.Pattern  # 2.3万, 8000多万: a number and a scale word, no unit word (scanned backward)
    scale_only_rules: _ScaleOnly
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


def _scale_only_rules(data) -> _ScaleOnly:
    section = data.scale_only
    window, breaks = section.window, section.clause_breaks
    units = {"after": dict(section.after), "before": dict(section.before)}
    return _ScaleOnly(
        window=window,
        clause_break=regex.compile(f"[{regex.escape(breaks)}]"),
        clause_break_back=regex.compile(f"(?r)[{regex.escape(breaks)}]"),
        after=regex.compile(_alternation(units["after"])),
        after_unit=units["after"],
        before=regex.compile(f"(?r){_alternation(units['before'])}"),
        before_unit=units["before"],
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


@rules.cached
def figure_rules() -> FigureRules:
    lex = units_lexicon()
    units, scales = lex.units, lex.scales
    data = rules.model("figures")
    digit, cn = data.digits, data.cn_numeral
    approx_before, approx_after = data.approx_before, data.approx_after
    joiners = data.range_joiners
    percent_prefix, per_units = lex.percent_prefix, lex.per_units
    included = data.range_included

    # web copies space out digits one by one (1 9 9 8 年, 8 ．7 平方米): read them as one number
    # (\x20, not a blank: the figure pattern is compiled VERBOSE)
    spaced = rf"{digit}(?:\x20{digit})+(?!{digit})"
    # a number starts where a run of digits starts (00 0年 holds no figure 0 0年)
    arabic = rf"(?<!{digit})(?:{spaced}|{digit}+(?:[,，]{digit}{{3}}(?!{digit}))*)(?:\x20?[.．]\x20?{digit}(?:\x20?{digit})*)?"
    # 六点五 (a Chinese decimal) before plain Chinese numerals
    number = rf"(?:{arabic}|[{cn}]+点[零〇一二三四五六七八九]+|[{cn}]+)"
    # 余/多 go between number and scale (10万余元 has them after the scale too);
    # the words after the unit exclude them (多 after a unit starts a new word).
    inner_approx = _alternation(w for w in approx_after if w in data.inner_approx)
    outer_approx = _alternation(w for w in approx_after if w not in data.inner_approx)
    # a one-character approximation word must not end another word (附近, 最近)
    before = _alternation(approx_before)
    pattern = rf"""
        (?P<pre>(?<![{regex.escape(data.approx_not_after)}])(?:{before}))?  # not the 约 of 签约
        (?:
            (?P<pct>{_alternation(percent_prefix)})(?P<pnum>{number})(?P<ppost>{outer_approx})?
          |
            (?P<neg>(?<=[{regex.escape(data.negative_after)}])[-－−])?  # 自然增长率为-1.47‰
            (?P<num>{number})
            (?:[ \t\u00a0\u200b]{{0,3}}|\n(?={_alternation(scales)}))  # web copies put stray spaces between number and unit
            # 1万(含)-5万元, 1万元--5万元: the low end may repeat the unit and say it is included
            (?:(?P<scale1>{_alternation(scales)})?(?P<unit1>{_alternation(units)})?(?:{_alternation(included)})?
               \s*(?P<joiner>(?:{_alternation(joiners)}){{1,2}})\s*(?P<num2>{number}))?
            (?P<approx1>\s?(?:{inner_approx}))?
            (?P<scale>{_alternation(scales)})?
            (?P<approx2>{inner_approx})?
            (?:(?<=[万亿千余多])[ \t\u00a0\u200b]{{0,2}}\n?)?  # 5.12 亿 元, 20余⏎批次: a PDF copy's space or wrap
            (?P<unit>(?(unit1)(?P=unit1)|(?:{_alternation(units)})))  # 1万元--5万元: the same unit twice
            (?P<per>/(?:{_alternation(per_units)}))?  # 31.6万元/亩: an amount per unit
            (?P<post>{outer_approx})?
        )
    """
    try:
        figure = regex.compile(pattern, regex.VERSION1 | regex.VERBOSE)
    except regex.error as e:
        raise rules.RuleError(f"rules/figures.yaml: the assembled figure pattern: {e}") from None
    numeral = regex.compile(rf"{arabic}|[{cn}]+", regex.VERSION1)

    excl = rules.model("exclusions")
    subst = {"d": digit, "cn": cn.strip("[]"), "han": r"\p{Han}"}
    exclusions = []
    for i, entry in enumerate(excl.exclusions):
        pat = "(?r)" + entry.pattern if entry.scan == "backward" else entry.pattern  # (?r): matched from the end
        where = f"exclusions[{i}] ({entry.id}).pattern"
        exclusions.append(Exclusion(entry.id, entry.reason, rules.compile_pattern("exclusions", where, pat, **subst),
                                    entry.needs or ""))
    return FigureRules(
        figure=figure,
        numeral=numeral,
        units=units,
        scales=scales,
        approx_before=approx_before,
        approx_after=approx_after,
        lone_one_words=tuple(data.lone_one_words),
        lone_one_units=frozenset(data.lone_one_units),
        exclusions=tuple(exclusions),
        set_phrases=regex.compile(_alternation(excl.set_phrases)),
        table_header_unit=regex.compile(data.table_header_unit, regex.VERSION1),
        bare_number=regex.compile(rf"\s*(?P<sign>[-－−])?(?P<number>{arabic})\s*", regex.VERSION1),
        table=_table_rules(data),
        # scanned from the end of the text: found at the rare scale word instead of tried at every
        # character, four times faster, and the same matches (tests/test_figures.py)
        scale_only=regex.compile(
            rf"(?r)(?P<pre>(?<![{regex.escape(data.approx_not_after)}])(?:{before}))?(?P<num>{arabic})(?P<approx1>{inner_approx})?"
            rf"(?P<scale>{_alternation(w for w in scales if scales[w] >= 10_000)})(?P<approx2>{inner_approx})?"
            rf"(?![{cn}]|{digit})", regex.VERSION1),  # 万 and above only; not 1万6千
        scale_only_rules=_scale_only_rules(data),
    )


class _Shadow:
    """Traditional characters mapped one by one to simplified ones (萬 -> 万, 畝 -> 亩), with OpenCC.

    Each character is converted on its own, never a phrase, so the shadow text has exactly the
    length of the text as written and every offset found in it holds in the original. Characters
    are converted once per run (a report brings a few new ones at most) and kept.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.table: dict[int, str] = {}
        self.changed: set[str] = set()  # the characters the table changes
        self.converter = None
        self.recent: list[tuple[str, str]] = []  # ingest and extract ask for the same text in turn
        # searched in C instead of making a set of every text's characters: a character not seen when
        # the pattern was made (remade as `seen` grows by a quarter; those seen since are told apart
        # one by one), and a character the table changes
        self.unseen: re.Pattern | None = None
        self.unseen_made_at = 0
        self.changing: re.Pattern | None = None

    def convert(self, text: str) -> str:
        for seen_text, seen_shadow in self.recent:
            if seen_text is text:
                return seen_shadow
        seen, unseen = self.seen, self.unseen
        if unseen is None or any(m[0] not in seen for m in unseen.finditer(text)):
            self._learn(set(text))
        shadow = text if self.changing is None or not self.changing.search(text) else text.translate(self.table)
        self.recent = [(text, shadow), *self.recent[:3]]
        return shadow

    def _learn(self, chars: set[str]) -> None:
        new = [c for c in chars - self.seen if c >= "\u2e80"]  # CJK and beyond; ASCII and Latin stay
        if new:
            self.seen.update(new)
            if self.converter is None:
                import opencc  # on first use

                self.converter = opencc.OpenCC(rules.model("figures").opencc_config)
            out = self.converter.convert("\n".join(new)).split("\n")
            if len(out) == len(new):
                pairs = [(a, b) for a, b in zip(new, out) if len(b) == 1 and b != a]
                if pairs:
                    self.table.update((ord(a), b) for a, b in pairs)
                    self.changed.update(a for a, _ in pairs)
                    self.changing = re.compile("[" + re.escape("".join(sorted(self.changed))) + "]")
        if self.unseen is None or len(self.seen) >= 1.25 * self.unseen_made_at + 16:
            self.unseen = re.compile("[^\x00-\u2e7f" + re.escape("".join(sorted(self.seen))) + "]")
            self.unseen_made_at = len(self.seen)


_SHADOW = _Shadow()


def simplified(text: str) -> str:
    """``text`` with traditional characters as simplified ones, character for character (same length).

    The same string object when there is nothing to change, so callers can tell with ``is``.
    """
    return _SHADOW.convert(text)


@rules.cached(maxsize=4096)
def _shared_scale(high: str) -> tuple[Decimal, Decimal] | None:
    """(the number before the scale word ending ``high``, that scale): 一百五十万 -> (150, 10000)."""
    scales = figure_rules().scales
    for word in sorted(scales, key=len, reverse=True):  # 万亿 before 亿
        head = high.removesuffix(word)
        # 两千万: 千 is part of the number before 万; 万万 would be no number
        if head != high and head and scales.get(head[-1], 0) < scales[word]:
            try:
                return _value(head)[0], scales[word]
            except NumberError:
                return None
    return None


def _value(text: str) -> tuple[Decimal, Decimal | None]:
    """The value of one written number, and the high end when it is a range like 五六."""
    if is_arabic(text):
        return arabic_value(text), None
    pair = chinese_range(text)
    if pair:
        return pair
    return chinese_value(text), None


def parse(surface: str) -> Quantity | None:
    """The quantity written in ``surface`` ('10万余元', '近3000人', '百分之十五'), or None.

    The whole string must be one figure; exclusions are not applied here.
    """
    m = figure_rules().figure.fullmatch(surface)
    if not m:
        return None
    try:
        return _quantity(m)
    except NumberError:
        return None


def _quantity(m: regex.Match) -> Quantity:
    fr = figure_rules()
    approx = fr.approx_before.get(m["pre"]) if m["pre"] else None
    if m["pct"]:
        value, high = _value(m["pnum"])
        unit = "%"
        if m["ppost"]:
            approx = fr.approx_after[m["ppost"]]
    else:
        value, high = _value(m["num"])
        scale = fr.scales[m["scale"]] if m["scale"] else Decimal(1)
        if m["num2"]:
            high, _ = _value(m["num2"])
            high *= scale
            # 三至五万元, 一百二十到一百五十万元, 七千到九千亿元: the scale word ending the high end holds for
            # the low end too, when the low end is smaller than the high end's number before it (五千到一万元 is
            # 5000 to 10000: 五千 is not below 一)
            if not m["scale1"] and not is_arabic(m["num2"]) and not is_arabic(m["num"]):
                shared = _shared_scale(m["num2"])
                if shared and value < shared[0]:
                    value *= shared[1]
            # 3万至5万元 scales each end; 3-5万元 scales both by the one word
            value *= fr.scales[m["scale1"]] if m["scale1"] else scale
        else:
            value *= scale
            if high is not None:
                high *= scale
        if m["neg"]:
            value = -value
        unit = fr.units[m["unit"]].canonical + (m["per"] or "")
        for word in (m["approx1"], m["approx2"], m["post"]):
            if word and word.strip():
                approx = fr.approx_after[word.strip()]
    return Quantity(
        surface=m[0],
        value=float(value),
        unit=unit,
        approx=approx,
        value_high=float(high) if high is not None and high != value else None,
    )


class _Exclusions:
    """Every exclusion match in a text, queried by span: which rule (first in rule order) covers it."""

    def __init__(self, text: str):
        fr = figure_rules()
        spans = [(m.start(), m.end(), 0, "set_phrase") for m in fr.set_phrases.finditer(text)]
        for order, ex in enumerate(fr.exclusions, 1):
            if ex.needs and not any(c in text for c in ex.needs):
                continue
            spans.extend((m.start(), m.end(), order, ex.id) for m in ex.pattern.finditer(text) if m.end() > m.start())
        spans.sort()
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.longest = max((b - a for a, b, _, _ in spans), default=0)

    def covering(self, start: int, end: int) -> str | None:
        """The rule of the earliest-listed exclusion overlapping [start, end), if any."""
        best = None
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.spans[i][0] > start - self.longest:
            _, b, order, rule_id = self.spans[i]
            if b > start and (best is None or order < best[0]):
                best = (order, rule_id)
            i -= 1
        return best[1] if best else None


@dataclass(frozen=True)
class _Reading:
    """What a match's surface says, wherever it stands (the pattern looks no further than the match).

    Reports repeat 3个, 100万元, 5% hundreds of times, so each surface is read once per run.
    """

    quantity: Quantity | None  # None: no figure, for ``reason``
    reason: str | None
    rule: str
    number: tuple[int, int]  # the span of the number (both ends of a range), from the match's start
    lone_one_words: bool  # a lone 一 in a unit that can take one: no figure if a lone_one word starts there


def _read(m: regex.Match, fr: FigureRules) -> _Reading:
    pct = bool(m["pct"])
    if pct:
        number = m.span("pnum")
    else:
        number = m.start("num"), (m.end("num2") if m["num2"] else m.end("num"))
    number = number[0] - m.start(), number[1] - m.start()
    reason, lone_one_words = _reject(m, fr)
    quantity = None
    if not reason:
        try:
            quantity = _quantity(m)
        except NumberError:
            reason = "unreadable_number"
    rule = "percent_words" if pct else ("range" if quantity and quantity.value_high is not None else "number_unit")
    return _Reading(quantity, reason, rule, number, lone_one_words)


def _reject(m: regex.Match, fr: FigureRules) -> tuple[str | None, bool]:
    """(why a pattern match is still not a figure or None, whether that depends on the lone_one words)."""
    if m["pct"]:
        return None, False
    num = m["num"]
    arabic = is_arabic(num)
    unit = fr.units[m["unit"]]
    if unit.after_digits_only and not arabic:
        return "unit_needs_digits", False
    # 万亿元 cut off from its digits, or 亿元以上 (a class of projects): no number of its own;
    # 近千人, 百余人 are figures
    if not arabic and not (m["pre"] or m["approx1"] or m["approx2"]) and not num.strip("万亿千百"):
        return "bare_scale", False
    if not arabic and not m["scale"] and num == "一" and not (m["pre"] or m["approx1"] or m["approx2"] or m["post"]):
        if unit.name not in fr.lone_one_units:
            return "lone_one", False
        return None, True  # 一次 is a count, 一次性 is not: decided by the text after the match's start
    return None, False


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
    return _TableRules(*(regex.compile(getattr(table, key), regex.VERSION1)
                         for key in ("unit_column", "percent_column", "skip_column", "indicator_column", "unit_note",
                                     "group_row")))


def _column_units(header: list[str], note: str | None, tr: _TableRules) -> list[tuple[str, str | None]]:
    """(how, unit) for each column: ("header", 万元) when its header names it, ("row", None) for the unit
    in the row's unit column, ("skip", None) for the unit column itself and ranks."""
    fr = figure_rules()
    unit_column = any(tr.unit_column.fullmatch(h.strip()) for h in header)
    out = []
    for h in header:
        named = fr.table_header_unit.search(h)
        if named:
            out.append(("header", named["unit"]))
        elif tr.unit_column.fullmatch(h.strip()) or tr.skip_column.search(h):
            out.append(("skip", None))
        elif tr.percent_column.search(h):
            out.append(("header", "%"))
        elif unit_column:
            out.append(("row", None))
        else:
            out.append(("header", note) if note else ("skip", None))
    return out


def _table_cells(text: str) -> list[Found]:
    """Bare numbers in tables, in the unit their column or row names.

    A table is a run of lines with tabs (ingest writes .docx table rows so); its first line is the
    header. A column headed with its unit (总投资（万元）) holds figures in that unit (1850 is 1850万元);
    in a statistical table with a unit column (指标名称 | 单位 | 1-6月完成 | 同比增长（%）) each value
    takes its row's unit, a rate column without one is in %, and a note above the table (单位：万元)
    holds for the columns that name no unit.
    """
    fr = figure_rules()
    tr = fr.table
    out: list[Found] = []
    header: list[str] | None = None
    columns: list[tuple[str, str | None]] = []
    unit_at = -1
    note: str | None = None
    previous = ""
    pos = 0
    for line in text.split("\n"):
        if "\t" not in line:
            if header is not None and tr.group_row.fullmatch(line):
                pos += len(line) + 1
                continue  # 一、综合发展 between the rows: the table goes on
            header = None
            if line.strip():
                previous = line
        elif header is None:
            header = line.split("\t")
            found_note = tr.unit_note.search(previous) or tr.unit_note.search(line)
            note = found_note["unit"] if found_note else None
            columns = _column_units(header, note, tr)
            unit_at = next((i for i, h in enumerate(header) if tr.unit_column.fullmatch(h.strip())), -1)
        else:
            start = pos
            cells = line.split("\t")
            row_unit = cells[unit_at].strip() if 0 <= unit_at < len(cells) else ""
            for column, cell in enumerate(cells):
                m = fr.bare_number.fullmatch(cell)
                how, unit = columns[column] if m and column < len(columns) else ("skip", None)
                if how == "row":
                    unit = row_unit or note
                quantity = parse(m["number"] + unit) if m and unit else None
                if quantity:
                    at = start + m.start("number")
                    surface = text[at : start + m.end("number")]
                    if m["sign"]:
                        at -= len(m["sign"])
                        surface = m["sign"] + surface
                        quantity = dataclasses.replace(quantity, value=-quantity.value)
                    out.append(Found(at, at + len(surface), dataclasses.replace(quantity, surface=surface), "table_cell"))
                start += len(cell) + 1
        pos += len(line) + 1
    return out


def _scale_only(text: str, excluded: _Exclusions, covered: list[tuple[int, int]]) -> list[Found]:
    """Numbers with a scale word and no unit word (解决2.3万贫困人口), given the unit of the words around them."""
    fr = figure_rules()
    so = fr.scale_only_rules
    out = []
    starts = [a for a, _ in covered]
    for m in reversed(list(fr.scale_only.finditer(text))):  # in the order of the text
        start, end = m.span()
        i = bisect.bisect_right(starts, start) - 1
        if (i >= 0 and covered[i][1] > start) or (i + 1 < len(starts) and starts[i + 1] < end):
            continue  # part of a figure with a unit
        if excluded.covering(m.start("num"), m.end("scale")):
            continue
        after = text[end : end + so.window]
        cut = so.clause_break.search(after)
        after = after[: cut.start()] if cut else after
        hit = so.after.search(after)
        unit = so.after_unit[hit[0]] if hit else None
        if unit is None:
            lo = max(0, start - 3 * so.window)
            cut = so.clause_break_back.search(text, lo, start)
            hit = so.before.search(text, cut.end() if cut else lo, start)  # the nearest word before the figure
            unit = so.before_unit[hit[0]] if hit else None
        if unit is None:
            continue
        quantity = parse(m[0] + unit)
        if quantity is None:
            continue
        out.append(Found(start, end, dataclasses.replace(quantity, surface=m[0]), "scale_only"))
    return out


_READINGS_MAX = 100_000  # surfaces remembered; then start afresh: bounded memory on any corpus


def find(text: str) -> tuple[list[Found], list[tuple[int, int, str, str]]]:
    """Figures in ``text`` and the numerals that are not figures.

    Returns (found, skipped) where skipped rows are (start, end, numeral, reason id).
    """
    fr = figure_rules()
    readings = fr.readings
    excluded = _Exclusions(text)
    found: list[Found] = []
    covered: list[tuple[int, int]] = []
    rejected: dict[int, str] = {}  # numeral start -> why a pattern match there is not a figure
    for m in fr.figure.finditer(text, overlapped=False):
        start, end = m.span()
        r = readings.get(m[0])
        if r is None:
            if len(readings) >= _READINGS_MAX:
                readings.clear()
            r = readings[m[0]] = _read(m, fr)
        num_start, num_end = start + r.number[0], start + r.number[1]
        if excluded.covering(num_start, num_end):
            continue
        reason = r.reason
        if r.lone_one_words and text.startswith(fr.lone_one_words, num_start):
            reason = "lone_one"
        if reason:
            rejected[num_start] = reason
            continue
        found.append(Found(start, end, r.quantity, r.rule))
        covered.append((start, end))
    if "\t" in text:
        cells = [f for f in _table_cells(text) if not excluded.covering(f.start, f.end)]
        if cells:
            found = sorted(found + cells, key=lambda f: f.start)
            covered = sorted(covered + [(f.start, f.end) for f in cells])
    if "万" in text or "亿" in text:
        bare = _scale_only(text, excluded, covered)
        if bare:
            found = sorted(found + bare, key=lambda f: f.start)
            covered = sorted(covered + [(f.start, f.end) for f in bare])

    skipped = []
    fi = 0
    for m in fr.numeral.finditer(text):
        while fi < len(covered) and covered[fi][1] <= m.start():
            fi += 1
        if fi < len(covered) and covered[fi][0] < m.end():
            continue
        reason = excluded.covering(m.start(), m.end()) or rejected.get(m.start(), "no_unit")
        skipped.append((m.start(), m.end(), m[0], reason))
    return found, skipped
