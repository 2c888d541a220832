"""Comparing report figures with official ones: the official figures of the same canonical indicator, unit,
area and covered period, labels alike enough, and the values compared in base units with the rounding
either side uses (一致 / 不一致 / 口径不同, and the severity of a gap).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

import regex

from .. import figures, normalize, rules, units
from ..model import Extraction, Figure, Report
from .communiques import covered
from .official import AGREE, CALIBER, DIFFER, TABLE, Official, _Check, _check, area_key, is_rate, reference_rules


@dataclass(frozen=True)
class Comparison:
    """A report figure and the official figure it was compared with."""

    report: Report
    figure: Figure
    period: str  # the period both cover
    official: Official
    result: str  # 一致 | 不一致 | 口径不同
    gap: float  # report minus official, in the base unit
    severity: str | None = None  # for 不一致
    note: str = ""

    @property
    def gap_share(self) -> float | None:
        """The gap as a share of the official value; None for rates (their gap is in points)."""
        if is_rate(self.official.unit_norm) or not self.official.value_norm:
            return None
        return self.gap / abs(self.official.value_norm)


@rules.cached(maxsize=16384)
def _clean(label: str) -> str:
    return reference_rules().label_noise.sub("", label or "")


@rules.cached(maxsize=65536)
def _alike(report_label: str, official_label: str, max_extra: int = 10**6) -> float:
    """0 when the labels name different measures (人均, 年均 in one only), or when the report's label says
    more than ``max_extra`` characters the official one does not (电动汽车、锂电池、光伏产品出口增长 is
    not 出口增长); else 1 when the official label (cleaned) stands in the report's, or how alike the two are."""
    if not _same_measure(report_label, official_label):
        return 0.0
    r, o = _clean(report_label), _clean(official_label)
    if not r or not o:
        return 0.0
    matcher = SequenceMatcher(None, r, o, autojunk=False)
    if len(r) - sum(b.size for b in matcher.get_matching_blocks()) > max_extra:
        return 0.0
    return 1.0 if o in r else matcher.ratio()


def _same_measure(a: str, b: str) -> bool:
    words = reference_rules().measure_words
    return {w for w in words if w in a} == {w for w in words if w in b}


@rules.cached(maxsize=16384)
def _caliber(label: str) -> str:
    c = _check()
    for name, words in c.calibers if c else ():
        if any(w in (label or "") for w in words):
            return name
    return ""


def _step(surface: str, value: float, rounded: bool = True) -> float:
    """The rounding step of a written figure, in its written unit: 134.9万亿元 -> 1e11, 5.2% -> 0.1, 1300 -> 100
    (``rounded``: the trailing zeros of a whole number are rounding, as in a report; else 1300 -> 1)."""
    m = regex.search(r"[0-9０-９][0-9０-９,，.．]*", surface or "")
    digits = None
    if m:
        text = m[0].translate(str.maketrans("０１２３４５６７８９．", "0123456789.")).replace(",", "").replace("，", "")
        text = text.rstrip(".")
        try:
            digits = Decimal(text)
        except InvalidOperation:
            digits = None
    if digits is None or digits == 0:
        d = Decimal(repr(abs(value))).normalize() if value else Decimal(1)
        return float(Decimal(1).scaleb(d.as_tuple().exponent))
    exponent = digits.as_tuple().exponent if "." in text or not rounded else digits.normalize().as_tuple().exponent
    scale = abs(value) / float(digits) if value else 1.0
    return float(Decimal(1).scaleb(exponent)) * scale


def _bounds(value_norm: float, value: float, surface: str, approx: str | None, value_high: float | None,
            about: float, rounded: bool = True) -> tuple[float, float]:
    """The values a written figure allows, in its base unit: its rounding, its approximation word, its range."""
    factor = value_norm / value if value else 1.0
    half = _step(surface, value, rounded) * abs(factor) / 2
    lo, hi = value_norm - half, value_norm + half
    if value_high is not None:
        hi = value_high * factor + half
    if approx == "lower":  # 超过126万亿元: anything from 126万亿元 up (as the checks read it); a statistic
        # written 超1万亿元 states its value to its last digit: below 2万亿元
        lo, hi = value_norm, math.inf if rounded else value_norm + _step(surface, value, True) * abs(factor)
    elif approx == "upper":  # 近600万人: anything up to 600万
        lo, hi = -math.inf, value_norm
    elif approx == "about":  # 约5万元, 5%左右: within the checks' about_tolerance
        lo, hi = min(lo, value_norm * (1 - about) - half), max(hi, value_norm * (1 + about) + half)
    return lo, hi


def _agrees(f: Figure, o: Official, about: float) -> bool:
    return _overlap(_bounds(f.value_norm, f.value, f.surface, f.approx, f.value_high, about),
                    _bounds(o.value_norm, o.value, o.surface, o.approx, o.value_high, about, rounded=False))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two ranges of rounding share a value: 5.2% ([5.15, 5.25)) and 5.3% ([5.25, 5.35)) do not."""
    eps = 1e-9 * max([1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x))])
    return a[0] < b[1] - eps and b[0] < a[1] - eps


def _severity(c: _Check, f: Figure, o: Official) -> str:
    gap = round(abs(f.value_norm - o.value_norm), 9)  # 1.9% - 0.9% is a point, not 0.9999999999999999
    if is_rate(o.unit_norm):
        return "error" if gap >= c.error_points else "warning" if gap >= c.warning_points else "info"
    share = round(gap / abs(o.value_norm), 9) if o.value_norm else math.inf
    return "error" if share >= c.error_share else "warning" if share >= c.warning_share else "info"


def _index(officials: Iterable[Official]) -> dict[tuple, list[Official]]:
    index: dict[tuple, list[Official]] = defaultdict(list)
    for o in officials:
        if o.indicator_id:
            index[(area_key(o.area), o.period, o.indicator_id, o.unit_norm)].append(o)
    return index


@rules.cached
def _siblings() -> dict[str, tuple[str, ...]]:
    """indicator id -> the ids of the same measure in another caliber (规模以上工业增加值 and 工业增加值)."""
    c = _check()
    words = [w for _, ws in (c.calibers if c else ()) for w in sorted(ws, key=len, reverse=True)]
    by_stem: dict[tuple, list[str]] = defaultdict(list)
    for ind in normalize.lexicon().indicators:
        stem = ind.name
        for w in words:
            stem = stem.replace(w, "")
        by_stem[(stem, ind.unit)].append(ind.id)
    return {i: tuple(x for x in ids if x != i) for ids in by_stem.values() for i in ids if len(ids) > 1}


def _official_label(o: Official) -> str:
    return o.label or o.indicator_name or ""


def _score(c: _Check, label: str, o: Official) -> float:
    """How surely a report label and an official figure name the same measure. A table row names one
    indicator, matched as report labels are: enough unless the labels name different measures (人均);
    a communiqué's figures under one indicator differ more (东部地区生产总值): their labels must be alike."""
    score = _alike(label, _official_label(o), c.max_extra)
    if o.kind == TABLE and score > 0:
        return max(score, c.min_similarity)
    return score


def compare(extractions: Iterable[Extraction], officials: Iterable[Official]) -> list[Comparison]:
    """Every report figure that has an official counterpart, with the result of comparing the two."""
    c = _check()
    if c is None:
        return []
    index = _index(officials)
    if not index:
        return []
    order = {id(o): i for i, o in enumerate(o for os in index.values() for o in os)}
    start_cue, plan = reference_rules().start_cue, reference_rules().plan_label
    out: list[Comparison] = []
    for ex in sorted(extractions, key=lambda ex: ex.report.report_id):
        r = ex.report
        if r.status != "ok":
            continue
        area = area_key(r.town or r.county or "")
        for f in sorted(ex.figures, key=lambda f: (f.start, f.end)):
            if f.kind != "actual" or f.entity or not f.indicator_id or f.value_norm is None:
                continue
            period = covered(f, r)
            if not period or start_cue.search(r.text, max(0, f.start - 8), f.start) or plan.search(f.indicator or ""):
                continue
            found = _compare_one(c, f, r, period, area, index, order)
            if found is not None:
                out.append(found)
    return out


def _compare_one(c: _Check, f: Figure, r: Report, period: str, area: str, index: dict, order: dict) -> Comparison | None:
    label = f.indicator or f.indicator_name or ""
    for name in {r.town, r.county} - {None, ""}:  # 青山镇实现地区生产总值: the report's own area is no subject
        label = label.replace(name, "")
    keys = [f.indicator_id, *_siblings().get(f.indicator_id, ())]
    candidates = [o for k in keys for o in index.get((area, period, k, f.unit_norm), ())]
    alike = [(o, _score(c, label, o)) for o in candidates]
    alike = [(o, s) for o, s in alike if s >= c.min_similarity]
    if not alike:
        return None
    mine = _caliber(label)
    same = [(o, s) for o, s in alike if o.indicator_id == f.indicator_id and _caliber(_official_label(o)) == mine]
    taken = {id(o) for o, _ in same}
    other = [(o, s) for o, s in alike if id(o) not in taken]

    def best(pairs):  # the revised figure first, then the most alike label, then the first stated
        return max(pairs, key=lambda p: (p[0].status == "revised", p[1], -order[id(p[0])]))[0]

    def made(o: Official, result: str, severity: str | None = None, note: str = "") -> Comparison:
        note = note or c.notes.get(o.status, "")
        versions = [v for v, _ in same if v.status and v.status != o.status and v.value_norm != o.value_norm]
        if result != CALIBER and versions:
            v = versions[0]
            note += c.notes["other_version"].format(status=c.notes[v.status].strip("（）()"), value=v.surface,
                                                    source=v.source)
        return Comparison(r, f, period, o, result, f.value_norm - o.value_norm, severity, note)

    def caliber(o: Official) -> str:
        return _caliber(_official_label(o)) or c.notes["all_units"]

    agreeing = [(o, s) for o, s in same if _agrees(f, o, c.about)]
    if agreeing:
        return made(best(agreeing), AGREE)
    # a label that names its caliber (实际增长, 规模以上) is held to the official figure of that caliber;
    # one that names none may be of any (增长6.1% is the 实际增长 of the communiqué)
    agreeing = [] if mine and same else [(o, s) for o, s in other if _agrees(f, o, c.about)]
    if agreeing:
        o = best(agreeing)
        return made(o, CALIBER, note=c.notes["caliber_agrees"].format(caliber=caliber(o)))
    if same:
        o = best(same)
        return made(o, DIFFER, _severity(c, f, o))
    o = best(other)
    return made(o, CALIBER, note=c.notes["caliber_differs"].format(mine=mine or c.notes["all_units"], theirs=caliber(o)))


def agree(reported: str, official: str) -> bool | None:
    """Whether two figures as written agree within the rounding either side uses (134.9万亿元 and
    1349084亿元 do); None when either is no figure or their units differ."""
    c = _check()
    a, b = figures.parse(reported), figures.parse(official)
    if a is None or b is None or c is None:
        return None
    (va, ua), (vb, ub) = units.to_base(a.value, a.unit), units.to_base(b.value, b.unit)
    if ua != ub:
        return None
    return _overlap(_bounds(va, a.value, a.surface, a.approx, a.value_high, c.about),
                    _bounds(vb, b.value, b.surface, b.approx, b.value_high, c.about, rounded=False))
