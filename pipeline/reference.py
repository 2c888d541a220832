"""Official figures beside reported ones: the bureau's tables and the 统计公报 as reference, and the check
报告数与统计数不一致 (``report_vs_official`` in rules/checks.yaml).

    --reference FILE ─> load(FILE) ─> Officials (a table: one a row; a communiqué: its results)
                                          │  stored beside the report figures (store.official_figures)
    extractions + officials ─> compare() ─> Comparisons (一致 / 不一致 / 口径不同), the 核对 sheet
                                          └> flags()    ─> Flags of report_vs_official

A table in long form (CSV or XLSX, one figure a row: area, period, indicator name
or id, value, unit; the headers of rules/reference.yaml, Chinese or English) gives
one official figure a row; its indicator name is matched to the canonical
indicators as report labels are (normalize.match). Any other file is read as a
communiqué by the same engine as the reports (ingest + extract): every result for
the whole area and the communiqué's own period is an official figure.

A report figure (a result, for the town as a whole) is compared with the official
figures of the same canonical indicator, unit, area and covered period, in base
units and with the rounding either side uses. See rules/checks.yaml for the rest.
"""

from __future__ import annotations

import hashlib
import io
import math
import string
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from pathlib import Path

import regex

from . import batch, checks, figures, normalize, periods, rules
from .model import Extraction, Figure, Flag, FlagItem, Report

NAME = "reference"
CHECK = "report_vs_official"
AGREE, DIFFER, CALIBER = "一致", "不一致", "口径不同"
TABLE, COMMUNIQUE = "统计表", "统计公报"


class ReferenceError(ValueError):
    """A reference file cannot be read (missing, not a table, no such columns)."""


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rules:
    table_suffixes: frozenset[str]
    columns: dict[str, tuple[str, ...]]  # field -> headers, normalised
    preliminary: tuple[str, ...]
    revised: tuple[str, ...]
    label_noise: regex.Pattern
    measure_words: tuple[str, ...]
    start_cue: regex.Pattern
    plan_label: regex.Pattern
    areas: dict[str, str]  # name -> the area's first name


_FIELDS = ("area", "period", "indicator", "value", "unit", "note")
_REQUIRED = ("area", "period", "indicator", "value")


def _header_key(text: object) -> str:
    return regex.sub(r"\s+", "", str(text or "")).lower()


@rules.cached
def reference_rules() -> _Rules:
    """rules/reference.yaml (validated against pipeline/schema.py), loaded once."""
    m = rules.model(NAME)
    areas: dict[str, str] = {}
    for names in m.areas:
        areas.update({n: names[0] for n in names})
    return _Rules(
        table_suffixes=frozenset(s.lower() for s in m.table_suffixes),
        columns={field: tuple(_header_key(h) for h in getattr(m.columns, field)) for field in _FIELDS},
        preliminary=tuple(m.preliminary),
        revised=tuple(m.revised),
        label_noise=rules.compile_pattern(NAME, "label_noise", m.label_noise),
        measure_words=tuple(m.measure_words),
        start_cue=rules.compile_pattern(NAME, "start_cue", m.start_cue),
        plan_label=rules.compile_pattern(NAME, "plan_label", m.plan_label),
        areas=areas,
    )


@dataclass(frozen=True)
class _Check:
    rule: checks.CheckRule
    about: float  # about_tolerance of rules/checks.yaml: 约/左右 within that share
    error_share: float
    warning_share: float
    error_points: float
    warning_points: float
    min_similarity: float
    max_extra: int
    calibers: tuple[tuple[str, tuple[str, ...]], ...]
    notes: dict[str, str]


FIELDS = ("label", "reported", "official", "report", "source", "period", "gap", "sentence", "official_sentence", "note")


@rules.cached
def _check() -> _Check | None:
    """reference_checks.report_vs_official of rules/checks.yaml; None when it is absent or disabled."""
    where = f"reference_checks.{CHECK}"
    block = rules.model("checks").reference_checks
    if block is None or not block.report_vs_official.enabled:
        return None
    m = block.report_vs_official
    allowed = set(FIELDS) | {k for k, v in m.model_dump().items() if isinstance(v, (int, float, str))}
    try:
        used = {f for _, f, _, _ in string.Formatter().parse(m.message) if f}
    except ValueError as e:
        raise rules.RuleError(f"rules/checks.yaml: {where}.message: bad template: {e}") from None
    if used - allowed:
        raise rules.RuleError(f"rules/checks.yaml: {where}.message: unknown field(s) {', '.join(sorted(used - allowed))}")
    data = rules.load("checks")["reference_checks"][CHECK]
    return _Check(
        rule=checks.CheckRule(CHECK, m.severity, {"": m.message}, checks.Params(CHECK, data), 0),
        about=rules.model("checks").about_tolerance,
        error_share=m.error_share,
        warning_share=m.warning_share,
        error_points=m.error_points,
        warning_points=m.warning_points,
        min_similarity=m.min_label_similarity,
        max_extra=m.max_extra_chars,
        calibers=tuple((k, tuple(v)) for k, v in m.calibers.items()),
        notes=m.notes.model_dump(),
    )


# --------------------------------------------------------------------------- official figures


@dataclass(frozen=True)
class Official:
    """One official figure: a row of a bureau's table or a result of a 统计公报."""

    source: str  # the file name
    seq: int  # its row (table) or its figure's place (communiqué) in the source, from 1
    kind: str  # 统计表 | 统计公报
    area: str  # as written; compared through area_key
    period: str  # canonical period code (2024, 2025H1)
    label: str  # the indicator as written
    surface: str  # the figure as written (1349084亿元)
    value: float
    unit: str
    value_norm: float
    unit_norm: str
    indicator_id: str | None = None
    indicator_name: str | None = None
    approx: str | None = None
    value_high: float | None = None
    status: str = ""  # preliminary | revised | ""
    sentence: str = ""  # the communiqué's sentence, or the table row as text


@dataclass(frozen=True)
class Loaded:
    officials: list[Official]
    problems: list[str]  # rows left out, each a line naming the file and row


def is_table(path: Path) -> bool:
    return path.suffix.lower() in reference_rules().table_suffixes


def load(path: Path) -> Loaded:
    """The official figures of one reference file (a table by its suffix, else a communiqué)."""
    path = Path(path)
    if not path.is_file():
        raise ReferenceError(f"{path}: no such file")
    return _load_table(path) if is_table(path) else _load_communique(path)


def read_period(written: str, context: str | None = None) -> str | None:
    """A period as written (2024, 2024年, 2025年1-6月, 2025年上半年) as a canonical code, or None; ``context``:
    the period relative words (上半年, 去年) are read against."""
    written = str(written or "").strip()
    if written.endswith(".0") and written[:-2].isdigit():
        written = written[:-2]  # a year read from a spreadsheet as a number
    if periods.span(written):
        return periods.code(periods.span(written))
    return periods.read_code(written, periods.reference(context) if context else None)


def area_key(name: str | None) -> str:
    name = regex.sub(r"\s+", "", name or "")
    return reference_rules().areas.get(name, name)


def _status(text: str) -> str:
    rr = reference_rules()
    if any(w in text for w in rr.revised):
        return "revised"
    if any(w in text for w in rr.preliminary):
        return "preliminary"
    return ""


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_rows(path: Path) -> list[list[str]]:
    """The table's rows as text cells, header first."""
    import pandas as pd

    try:
        if path.suffix.lower() == ".csv":
            data = path.read_bytes()
            for codec in ("utf-8-sig", "gb18030"):
                try:
                    text = data.decode(codec)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise ReferenceError(f"{path}: neither UTF-8 nor GBK text")
            frame = pd.read_csv(io.StringIO(text), dtype=str, header=None, keep_default_na=False)
        else:
            frame = pd.read_excel(path, dtype=str, header=None, keep_default_na=False)
    except ReferenceError:
        raise
    except Exception as e:  # pandas raises many kinds for a file that is no table
        raise ReferenceError(f"{path}: cannot read as a table: {' '.join(str(e).split())[:200]}") from None
    return [[_cell(v) for v in row] for row in frame.itertuples(index=False)]


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    rr = reference_rules()
    keys = [_header_key(h) for h in header]
    found = {}
    for field in _FIELDS:
        at = next((i for i, k in enumerate(keys) if k in rr.columns[field]), None)
        if at is not None:
            found[field] = at
    missing = [f for f in _REQUIRED if f not in found]
    if missing:
        names = "; ".join(f"{f}: {'/'.join(rr.columns[f][:3])}" for f in missing)
        raise ReferenceError(f"{path}: row 1: no column for {names} (headers: {', '.join(header)})")
    return found


def _quantity(value: str, unit: str):
    """(value, unit, value_norm, unit_norm, approx, surface) of a table cell and its unit, or None."""
    value = value.replace(",", "").replace("，", "").strip()
    surface = value + unit.strip()
    q = figures.parse(surface)
    if q is None:
        try:
            number = float(value)
        except ValueError:
            return None
        u = figures.unit_of(unit.strip()) if unit.strip() else None
        q_unit = u.canonical if u else unit.strip()
        value_norm, unit_norm = normalize.to_base(number, q_unit)
        return number, q_unit, value_norm, unit_norm, None, surface
    value_norm, unit_norm = normalize.to_base(q.value, q.unit)
    return q.value, q.unit, value_norm, unit_norm, q.approx, q.surface


def _indicator(name: str, unit_norm: str) -> normalize.Indicator | None:
    lexicon = normalize.lexicon()
    if name in lexicon.by_id:
        return lexicon.by_id[name]
    return normalize.match(name, name, unit_norm)


def _load_table(path: Path) -> Loaded:
    rows = _read_rows(path)
    header_at = next((i for i, row in enumerate(rows) if any(row)), None)
    if header_at is None:
        raise ReferenceError(f"{path}: empty table")
    header = rows[header_at]
    cols = _columns(path, header)
    out: list[Official] = []
    problems: list[str] = []
    for n, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not any(row):
            continue
        get = {f: (row[i] if i < len(row) else "") for f, i in cols.items()}
        period = read_period(get["period"])
        if period is None:
            problems.append(f"{path.name}: row {n}: period {get['period']!r} is not a period (2024, 2024年, 2025年1-6月)")
            continue
        q = _quantity(get["value"], get.get("unit", ""))
        if q is None:
            problems.append(f"{path.name}: row {n}: value {get['value']!r} is not a number")
            continue
        value, unit, value_norm, unit_norm, approx, surface = q
        ind = _indicator(get["indicator"], unit_norm)
        if ind is None:
            problems.append(f"{path.name}: row {n}: indicator {get['indicator']!r} ({unit_norm}) matches no canonical "
                            "indicator (rules/indicators.yaml)")
        label = ind.name if ind is not None and get["indicator"] == ind.id else get["indicator"]
        out.append(Official(
            source=path.name, seq=n, kind=TABLE, area=get["area"], period=period, label=label, surface=surface,
            value=value, unit=unit, value_norm=value_norm, unit_norm=unit_norm,
            indicator_id=ind.id if ind else None, indicator_name=ind.name if ind else None, approx=approx,
            status=_status(get.get("note", "")),
            sentence=f"{path.name}第{n}行：" + "，".join(c for c in (get["area"], get["period"], get["indicator"],
                                                                    surface, get.get("note", "")) if c)))
    return Loaded(out, problems)


def _paragraph(text: str, start: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo : hi if hi >= 0 else len(text)]


def covered(f: Figure, report: Report) -> str | None:
    """The period a figure covers (set by the labels stage): the report's own unless the text says otherwise."""
    return f.covered or report.period


def _subject_and_label(f: Figure) -> str:
    """The label, with the subject a growth took from the figure before it (实际增长 -> 居民人均可支配收入实际增长)."""
    label = f.indicator or ""
    return label if not f.measure_of or f.measure_of in label else f.measure_of + label


def _load_communique(path: Path) -> Loaded:
    ex = batch.extract_one(path, path.stem)
    r = ex.report
    if r.status != "ok":
        raise ReferenceError(f"{path}: {r.message}")
    if not r.period:
        raise ReferenceError(f"{path}: no period read from the title (name the year in the file name: 2023年…统计公报.txt)")
    area = r.town or r.county or ""
    out = []
    for i, f in enumerate(sorted(ex.figures, key=lambda f: (f.start, f.end)), start=1):
        if f.kind != "actual" or f.entity or covered(f, r) != r.period or f.value_norm is None:
            continue
        out.append(Official(
            source=path.name, seq=i, kind=COMMUNIQUE, area=area, period=r.period, label=_subject_and_label(f),
            surface=f.surface, value=f.value, unit=f.unit, value_norm=f.value_norm, unit_norm=f.unit_norm or f.unit,
            indicator_id=f.indicator_id, indicator_name=f.indicator_name, approx=f.approx, value_high=f.value_high,
            status=_status(_paragraph(r.text, f.start)), sentence=f.sentence))
    return Loaded(out, [])


# --------------------------------------------------------------------------- comparing


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


def is_rate(unit: str | None) -> bool:
    return unit in ("%", "百分点", "‰")


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


# --------------------------------------------------------------------------- flags and display


def show(value: float, unit: str) -> str:
    """A value for a message, in the scale a reader expects: 1260582亿元, 5.2%."""
    return checks.show(value, unit)


def show_gap(cmp: Comparison) -> str:
    unit = cmp.official.unit_norm
    if is_rate(unit):
        return f"{abs(cmp.gap):.2f}".rstrip("0").rstrip(".") + ("个百分点" if unit == "%" else unit)
    share = cmp.gap_share
    text = show(abs(cmp.gap), unit)
    return f"{text}（{abs(share) * 100:.1f}%）" if share is not None else text


def flags(comparisons: Iterable[Comparison]) -> list[Flag]:
    """One flag for every report figure that differs from the official one."""
    c = _check()
    if c is None:
        return []
    out = []
    template = c.rule.messages.get("") or next(iter(c.rule.messages.values()))
    scalars = {k: v for k, v in c.rule.params.data.items() if isinstance(v, (int, float, str))}
    for cmp in comparisons:
        if cmp.result != DIFFER:
            continue
        f, o, r = cmp.figure, cmp.official, cmp.report
        key = f"{CHECK}|{r.report_id}:{f.start}-{f.end}|{o.source}:{o.seq}"
        fields = {
            "label": f.indicator_name or f.indicator, "reported": f.surface, "official": o.surface,
            "report": r.report_id, "source": f"{o.source}（{o.kind}）", "period": periods.label(cmp.period),
            "gap": show_gap(cmp), "sentence": f.sentence.strip(), "official_sentence": o.sentence.strip(),
            "note": cmp.note,
        }
        out.append(Flag(
            flag_id="F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10], check=CHECK,
            severity=cmp.severity or c.rule.severity, message=template.format_map({**scalars, **fields}),
            items=(FlagItem(r.report_id, f.start, f.end, f.surface, f.indicator),)))
    return out


# --------------------------------------------------------------------------- beside a pivot


@dataclass(frozen=True)
class Beside:
    """统计数 for the cells of a pivot (对比): per (row, column) the official figure and, where the
    report has a figure there, its comparison; rows only the official figures have come last."""

    columns: frozenset[str]  # the pivot's columns that have at least one official figure
    cells: dict[tuple[tuple[str, str], str], tuple[Official, Comparison | None]]
    extra_rows: tuple[tuple[str, str], ...]


def beside(p, officials: Iterable[Official], comparisons: Iterable[Comparison], *, period: str | None = None,
           town: str | None = None) -> Beside:
    """The official figures beside a pivot's cells: towns of ``period`` (pivot.by_town), or ``town``'s periods
    (pivot.by_period)."""
    index = _index(officials)
    by_figure = {(c.report.report_id, c.figure.start, c.figure.end): c for c in comparisons}
    lexicon = normalize.lexicon()
    cells: dict = {}
    rows = set(p.rows)
    extra: set = set()
    for column in p.columns:
        area, when = (area_key(town), column) if town else (area_key(column), period)
        keys = {k for k in index if k[0] == area and k[1] == when}
        for key in sorted({(k[2], k[3]) for k in keys} | {r for r in rows}):
            cell = p.cells.get((key, column))
            cmp = by_figure.get((cell.report_id, cell.figure.start, cell.figure.end)) if cell else None
            if cmp is not None:
                cells[(key, column)] = (cmp.official, cmp)
                continue
            candidates = index.get((area, when, *key), ())
            ind = lexicon.by_id.get(key[0])
            name = ind.name if ind else key[0]
            alike = [o for o in candidates if o.kind == TABLE or _alike(name, _official_label(o)) >= 1.0]
            if alike:
                cells[(key, column)] = (alike[0], None)
                if key not in rows:
                    extra.add(key)
    order = {ind.id: ind.order for ind in lexicon.indicators}
    return Beside(frozenset(c for _, c in cells), cells,
                  tuple(sorted(extra, key=lambda k: (order.get(k[0], 10**6), k))))


def comment(o: Official, cmp: Comparison | None) -> str:
    """A cell comment on an official figure: its source, its text and the result of the comparison."""
    c = _check()
    status = c.notes.get(o.status, "") if c and o.status else ""
    lines = [f"统计数：{o.surface}{status}", f"来源：{o.source}（{o.kind}）", f"原文：{o.sentence.strip()}"]
    if cmp is not None:
        lines.append(f"核对：{cmp.result}" + (f"，相差{show_gap(cmp)}" if cmp.result == DIFFER else "")
                     + (f"；{cmp.note}" if cmp.note else ""))
    return "\n".join(lines)


def render_text(p, b: Beside) -> str:
    """The official figures beside a pivot, for a terminal: one line per cell that has one."""
    lines = ["", "统计数对照（报告数 / 统计数 / 差异 / 核对）"]
    for key in [*p.rows, *b.extra_rows]:
        for column in p.columns:
            o, cmp = b.cells.get((key, column), (None, None))
            if o is None:
                continue
            cell = p.cells.get((key, column))
            reported = show(cell.value, key[1]) if cell else "—"
            result = cmp.result if cmp else ("未核对" if cell else "报告未提及")
            gap = show_gap(cmp) if cmp and cmp.result == DIFFER else ""
            lines.append(f"{p.row_name(key)}  {column}  {reported} / {show(o.value_norm, o.unit_norm)} / {gap or '—'} / "
                         f"{result}  （{o.source}）")
    return "\n".join(lines) + "\n"


def agree(reported: str, official: str) -> bool | None:
    """Whether two figures as written agree within the rounding either side uses (134.9万亿元 and
    1349084亿元 do); None when either is no figure or their units differ."""
    c = _check()
    a, b = figures.parse(reported), figures.parse(official)
    if a is None or b is None or c is None:
        return None
    (va, ua), (vb, ub) = normalize.to_base(a.value, a.unit), normalize.to_base(b.value, b.unit)
    if ua != ub:
        return None
    return _overlap(_bounds(va, a.value, a.surface, a.approx, a.value_high, c.about),
                    _bounds(vb, b.value, b.surface, b.approx, b.value_high, c.about, rounded=False))
