"""Finding the figures in a text: the figure pattern's matches read once per surface and checked against
the exclusions, then table cells and numbers with only a scale word; every other numeral is listed as
skipped with its reason.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from decimal import Decimal

import regex

from .. import rules
from ..model import Quantity
from ..numbers import NumberError, arabic_value, is_arabic
from ..sections import soft_wraps
from .exclusions import _Exclusions
from .lines import LineMemo, by_line
from .pattern import FigureRules, Found, figure_rules
from .quantity import _quantity, parse
from .tables import _table_cells


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
    unit_wrap: int | None  # where a line break stands between the number and its unit, from the match's start


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
    unit_wrap = m.start("wrap") - m.start() if m["wrap"] else None
    return _Reading(quantity, reason, rule, number, lone_one_words, unit_wrap)


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
    if not arabic and not (m["pre"] or m["approx1"] or m["approx2"]) and not num.strip(fr.scale_chars):
        return "bare_scale", False
    if not arabic and not m["scale"] and num == fr.lone_one and not (m["pre"] or m["approx1"] or m["approx2"] or m["post"]):
        if unit.name not in fr.lone_one_units:
            return "lone_one", False
        return None, True  # 一次 is a count, 一次性 is not: decided by the text after the match's start
    return None, False


def _scale_only(text: str, found: list[Found], excluded: _Exclusions, covered: list[tuple[int, int]]) -> list[Found]:
    """Numbers with a scale word and no unit word (解决2.3万贫困人口), given the unit of the words around them,
    or of the figure before them when they are its goal or baseline (748万元,占全年任务1550万)."""
    fr = figure_rules()
    so = fr.scale_only_rules
    out = []
    starts = [a for a, _ in covered]
    found_starts = [f.start for f in found]
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
            clause_start = cut.end() if cut else lo
            hit = so.before.search(text, clause_start, start)  # the nearest word before the figure
            unit = so.before_unit[hit[0]] if hit else None
            if unit is None and so.same_as_before.search(text, clause_start, start):
                unit = _unit_before(text, found, found_starts, start, so.sentence_break_back)
        if unit is None:
            continue
        written = m[0] if m["measure"] is None else text[start : m.start("measure")] + text[m.end("measure") : end]
        quantity = parse(written + unit)  # 4.9个亿 read as 4.9亿
        if quantity is None:
            continue
        out.append(Found(start, end, dataclasses.replace(quantity, surface=m[0]), "scale_only"))
    return out


def _unit_before(text: str, found: list[Found], found_starts: list[int], pos: int, sentence_break_back) -> str | None:
    """The unit of the nearest figure before ``pos`` in its sentence, when it has a scale word as well."""
    i = bisect.bisect_left(found_starts, pos) - 1
    if i < 0 or sentence_break_back.search(text, found[i].end, pos):
        return None
    quantity = found[i].quantity
    scaled = any(w in quantity.surface for w in figure_rules().scale_only_words)
    return quantity.unit if quantity.unit and scaled else None


def _listed_before(text: str, found: list[Found], excluded: _Exclusions, covered: list[tuple[int, int]]) -> list[Found]:
    """Bare numbers listed right before a figure share its scale and unit (分别为3.2、4.5和6.1亿元: 3.2亿元 and
    4.5亿元; 12、15、18个), or its unit when they have its scale word (分别达0.15万、2万头: 0.15万头): each a figure
    of its own, rule shared_unit."""
    fr = figure_rules()
    out = []
    for f in found:
        pos = f.start
        m = fr.listed_before.match(text, max(0, pos - 40), pos)
        if m is None:  # the common case, told first: no number listed right before
            continue
        own = fr.numeral.match(f.quantity.surface)
        if not own or not own[0][:1].isdigit() or f.quantity.value_high is not None:
            continue
        try:
            scale = Decimal(str(f.quantity.value)) / arabic_value(own[0])
        except (NumberError, ArithmeticError):
            continue
        while m is not None:
            start, end = m.start("num"), m.end("scale") if m["scale"] else m.end("num")
            if m["scale"] and not f.quantity.surface[len(own[0]):].lstrip().startswith(m["scale"]):
                break  # 5000、1.2万亩: another scale than the figure's
            if any(a < end and start < b for a, b in covered) or excluded.covering(start, end):
                break
            try:
                value = arabic_value(m["num"]) * scale
            except NumberError:
                break
            out.append(Found(start, end, Quantity(surface=text[start:end], value=float(value), unit=f.quantity.unit,
                                                  approx=None), "shared_unit"))
            pos = start
            m = fr.listed_before.match(text, max(0, pos - 40), pos)
    return out


def _unitless(text: str, excluded: _Exclusions, covered: list[tuple[int, int]]) -> list[Found]:
    """Numbers without a unit that state an index or a ratio (居民消费价格指数控制在103左右, 城乡居民收入比降至
    1.32): unit ""; or a measure of one unit (农民人均可支配收入18363): that unit. Not where a figure with a unit stands."""
    fr = figure_rules()
    out = []
    matches = [(m, "") for m in fr.unitless.finditer(text)]
    matches += [(m, fr.implied_units[m["word"]]) for m in fr.implied.finditer(text)]  # 人均可支配收入18363: 元
    for m, unit in matches:
        start, end = m.start("num"), m.end()
        if any(a < end and start < b for a, b in covered) or excluded.covering(start, m.end("num")):
            continue
        try:
            value = arabic_value(m["num"])
        except NumberError:
            continue
        if unit and value < fr.implied_min:
            continue
        approx = fr.approx_after[m["post"]] if m["post"] else None
        out.append(Found(start, end, Quantity(surface=text[start:end], value=float(value), unit=unit, approx=approx),
                         "unitless"))
    return sorted(out, key=lambda f: f.start)


_READINGS_MAX = 100_000  # surfaces remembered; then start afresh: bounded memory on any corpus


@rules.cached
def _line_figures() -> LineMemo:
    """The figure pattern's matches by line (start, end, reading)."""
    return LineMemo()


def _figure_matches(text: str, fr: FigureRules) -> list[tuple[int, int, _Reading]]:
    """(start, end, reading) of every match of the figure pattern in ``text``: line by line, each distinct line
    matched once per run; lines a match may run across (FigureRules.line_join) as one."""
    readings = fr.readings

    def scan(part: str) -> list[tuple[int, int, _Reading]]:
        out = []
        for m in fr.figure.finditer(part, overlapped=False):
            r = readings.get(m[0])
            if r is None:
                if len(readings) >= _READINGS_MAX:
                    readings.clear()
                r = readings[m[0]] = _read(m, fr)
            out.append((m.start(), m.end(), r))
        return out

    if fr.line_join is None:
        return scan(text)
    return by_line(text, _line_figures(), scan, breaks_held(text, fr), lambda lines: not fr.line_join.search(lines))


def breaks_held(text: str, fr: FigureRules) -> set[int]:
    """The offsets of the line breaks a match of the figure pattern may hold (FigureRules.line_join)."""
    return {i for m in fr.line_join.finditer(text) for i in range(m.start(), m.end()) if text[i] == "\n"}


def find(text: str) -> tuple[list[Found], list[tuple[int, int, str, str]]]:
    """Figures in ``text`` and the numerals that are not figures.

    Returns (found, skipped) where skipped rows are (start, end, numeral, reason id).
    """
    fr = figure_rules()
    excluded = _Exclusions(text)
    found: list[Found] = []
    covered: list[tuple[int, int]] = []
    rejected: dict[int, str] = {}  # numeral start -> why a pattern match there is not a figure
    for start, end, r in _figure_matches(text, fr):
        num_start, num_end = start + r.number[0], start + r.number[1]
        if excluded.covering(num_start, num_end):
            continue
        if r.unit_wrap is not None and start + r.unit_wrap not in soft_wraps(text):
            continue  # a line ending in a number, not a paragraph wrapped inside a figure: the numeral is listed
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
    listed = _listed_before(text, found, excluded, covered)
    if listed:
        found = sorted(found + listed, key=lambda f: f.start)
        covered = sorted(covered + [(f.start, f.end) for f in listed])
    if any(w in text for w in (*fr.unitless_words, *fr.implied_units)):
        bare = _unitless(text, excluded, covered)
        if bare:
            found = sorted(found + bare, key=lambda f: f.start)
            covered = sorted(covered + [(f.start, f.end) for f in bare])
    if any(w in text for w in fr.scale_only_words):
        bare = _scale_only(text, found, excluded, covered)
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


PLACE_NAME = "place_name"  # skipped reason: a numeral inside the name of the report's own town or county


def outside_names(text: str, found: list[Found], names: tuple[str, ...]
                  ) -> tuple[list[Found], list[tuple[int, int, str, str]]]:
    """``found`` without the figures that lie inside a written name of ``names`` (四面城镇: no 四面), and those as
    skipped rows (start, end, numeral, reason)."""
    numeral = figure_rules().numeral
    spans = [(m.start(), m.end()) for name in names if name and numeral.search(name)
             for m in regex.finditer(regex.escape(name), text)]
    if not spans:
        return found, []
    kept, skipped = [], []
    for f in found:
        if any(a < f.end and f.start < b for a, b in spans):
            skipped.append((f.start, f.end, text[f.start : f.end], PLACE_NAME))
        else:
            kept.append(f)
    return kept, skipped
