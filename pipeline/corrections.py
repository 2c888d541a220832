"""What the analyst adds, kept from run to run: the corrections file and the notes of the 疑点 sheet.

The corrections file (核实.csv beside the store unless --corrections names another; its column names
in rules/store.yaml) is the analyst's: the tool creates it with its header row when it is missing and
never writes it again. Each row is one of
  a flag's verdict   疑点编号, 核实状态 (待核实, 已核实 or 误报), 核实结果 (a note)
  a figure's fix     报告编号, 原文 (and 起 where the report states the same 原文 twice),
                     更正值 (written like 原文, 23万元, or a bare number in 原文's scale: 230万元
                     corrected to 23 is 23万元)
                     and/or 指标编号 (the canonical indicator the figure is of), 核实结果
Every run reads it: a fixed figure's value or indicator is what the checks, 对比 and 明细 use (the
store keeps what the report says), and a flag carries its verdict (a flag 已核实 or 误报 is no open
flag). A 核实状态 or 核实结果 typed into the 疑点 sheet of the previous workbook is read back from it
before the workbook is rewritten (the corrections file wins where both say something), and is
kept in the store, so a later workbook shows it again.

The library never prints: what is wrong with a row is in ``Corrections.problems``, one Chinese line each.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import figures, normalize, rules
from .ingest.plain_text import table_text
from .model import Extraction, Figure, Flag, evolve
from .present import grouped


@dataclass(frozen=True)
class Verdict:
    """The analyst's word on a flag."""

    status: str
    note: str = ""


@dataclass(frozen=True)
class Fix:
    """The analyst's correction of a figure."""

    row: int
    report_id: str
    surface: str
    start: int | None
    value: str | None  # as typed: 23 (in the scale of 原文: 230万元 -> 23万元) or a figure (23万元)
    indicator_id: str | None
    note: str = ""


@dataclass
class Corrections:
    path: Path | None = None
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    fixes: list[Fix] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one Chinese line a row not understood or not applied
    applied: dict[tuple[str, int, int], str] = field(default_factory=dict)  # (report, start, end) -> what was done

    def apply(self, extractions: Iterable[Extraction]) -> list[Extraction]:
        """The extractions with the fixes applied to their figures (the others as they are); a fix that
        finds no figure adds a problem."""
        extractions = list(extractions)
        if not self.fixes:
            return extractions
        by_report: dict[str, list[Fix]] = {}
        for fix in self.fixes:
            by_report.setdefault(fix.report_id, []).append(fix)
        used: set[int] = set()
        out = []
        for ex in extractions:
            mine = by_report.get(ex.report.report_id)
            if not mine:
                out.append(ex)
                continue
            figures = []
            for f in ex.figures:
                fix = next((x for x in mine if x.surface == f.surface and x.start in (None, f.start)), None)
                if fix is not None:
                    used.add(fix.row)
                    fixed = _fixed(f, fix)
                    if fixed is None:
                        self.problems.append(f"{self.path}：第{fix.row}行：更正值“{fix.value}”与原文“{f.surface}”"
                                             "的单位不同，该更正未用上")
                    else:
                        self.applied[(f.report_id, f.start, f.end)] = _said(f, fixed, fix)
                        f = fixed
                figures.append(f)
            out.append(Extraction(report=ex.report, sections=ex.sections, figures=tuple(figures), skipped=ex.skipped,
                                  sentences=ex.sentences))
        for fix in self.fixes:
            if fix.row not in used:
                self.problems.append(f"{self.path}：第{fix.row}行：报告 {fix.report_id} 中没有“{fix.surface}”"
                                     + (f"（起 {fix.start}）" if fix.start is not None else "") + "，该更正未用上")
        return out

    def mark(self, flags: Iterable[Flag], *earlier: dict[str, Verdict]) -> list[Flag]:
        """The flags with the analyst's verdicts: the corrections file's, else the first of ``earlier``
        (the previous workbook's 疑点 sheet, the store's) that has one for the flag."""
        out = []
        for flag in flags:
            verdict = self.verdicts.get(flag.flag_id) or next((e[flag.flag_id] for e in earlier if flag.flag_id in e),
                                                              None)
            out.append(evolve(flag, status=verdict.status, note=verdict.note) if verdict else flag)
        known = {f.flag_id for f in out}
        self.problems += [f"{self.path}：疑点 {flag_id} 已不在本次的疑点中（数字已更正，或报告已改），其核实结果未用上"
                          for flag_id in self.verdicts if flag_id not in known]
        return out


def corrected_value(f: Figure, typed: str) -> float | None:
    """The value (in the figure's unit, scale words multiplied out, like Figure.value) an analyst's
    更正值 gives: a figure written like 原文 (23万元), or a bare number in the scale 原文 is written in
    (23 for 230万元 is 23万元); None when its unit is not the figure's."""
    if _NUMBER.fullmatch(typed):
        bare = float(typed)
        m = _WRITTEN_NUMBER.search(f.surface)
        q = figures.parse(f.surface[: m.start()] + typed + f.surface[m.end() :]) if m else None
        return q.value if q is not None and q.unit == f.unit else bare
    q = figures.parse(typed)
    return q.value if q is not None and q.unit == f.unit else None


def _fixed(f: Figure, fix: Fix) -> Figure | None:
    changes: dict = {}
    if fix.value is not None:
        value = corrected_value(f, fix.value)
        if value is None:
            return None
        factor = f.value_norm / f.value if f.value and f.value_norm is not None else None
        changes.update(value=value, value_high=None, approx=None,
                       value_norm=value * factor if factor is not None else f.value_norm)
    if fix.indicator_id:
        ind = normalize.lexicon().by_id[fix.indicator_id]
        changes.update(indicator_id=ind.id, indicator_name=ind.name, compare_key=ind.id)
    return evolve(f, **changes)


def _said(before: Figure, after: Figure, fix: Fix) -> str:
    """What a correction did, for the comment of 明细's cell: 核实更正：原文230万元（2300000元），更正为230000元；笔误。"""
    parts = []
    if after.value != before.value:
        parts.append(f"原文{before.surface}（{grouped(before.value)}{before.unit}），"
                     f"更正为{grouped(after.value)}{after.unit}")
    if after.indicator_id != before.indicator_id:
        parts.append(f"指标由{before.indicator_id or '无'}改为{after.indicator_id}（{after.indicator_name}）")
    return "核实更正：" + "；".join(parts) + (f"。{fix.note}" if fix.note else "")


def is_open(flag: Flag) -> bool:
    """A flag no analyst has closed (已核实 or 误报)."""
    return flag.status not in rules.model("store").corrections.closed


def default_path(db: Path) -> Path:
    """The corrections file beside the store."""
    return Path(db).parent / rules.model("store").corrections.file


def header() -> list[str]:
    c = rules.model("store").corrections.columns
    return [c.flag, c.status, c.note, c.report, c.surface, c.start, c.value, c.indicator]


def create(path: Path) -> bool:
    """Write an empty corrections file (its header row, UTF-8 with BOM for Excel) if none is there; True if written.
    An existing file is never touched."""
    try:
        with open(path, "x", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerow(header())
    except FileExistsError:
        return False
    return True


_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_WRITTEN_NUMBER = re.compile(r"\d[\d,，]*(?:\.\d+)?")  # a number as a report writes it (1,200)


def load(path: Path) -> Corrections:
    """The corrections file at ``path`` (UTF-8 or GBK, as Excel saves it); empty when there is none."""
    found = Corrections(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return found
    except OSError as e:
        found.problems.append(f"{path}：无法读取核实文件：{e.strerror}")
        return found
    text = table_text(data)
    if text is None:
        found.problems.append(f"{path}：核实文件既不是 UTF-8 也不是 GBK 文本，未读取")
        return found
    spec = rules.model("store").corrections
    c, statuses = spec.columns, spec.statuses
    allowed = (statuses.open, statuses.checked, statuses.false_alarm)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    unknown = [h for h in reader.fieldnames or () if h and h.strip() not in header()]
    if unknown:
        found.problems.append(f"{path}：第1行：不认识的列“{unknown[0]}”（应为 {'、'.join(header())}），该列不读")
    lexicon = normalize.lexicon()
    for row in reader:
        line = reader.line_num
        get = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}.get
        status, note = get(c.status, ""), get(c.note, "")
        if status and status not in allowed:
            found.problems.append(f"{path}：第{line}行：核实状态“{status}”应为 {'、'.join(allowed)} 之一，该行不用")
            continue
        if get(c.flag, ""):
            if status or note:
                found.verdicts[get(c.flag, "")] = Verdict(status or statuses.open, note)
            continue
        report, surface = get(c.report, ""), get(c.surface, "")
        if not (report and surface):
            if any(get(k, "") for k in header()):
                found.problems.append(f"{path}：第{line}行：既没有疑点编号，也没有报告编号和原文，该行不用")
            continue
        raw_value, raw_start, indicator = get(c.value, "").replace(",", ""), get(c.start, ""), get(c.indicator, "")
        if raw_value and not _NUMBER.fullmatch(raw_value) and figures.parse(raw_value) is None:
            found.problems.append(f"{path}：第{line}行：更正值“{raw_value}”不是数字，该行不用")
            continue
        if raw_start and not raw_start.isdigit():
            found.problems.append(f"{path}：第{line}行：起“{raw_start}”不是字符位置，该行不用")
            continue
        if indicator and indicator not in lexicon.by_id:
            found.problems.append(f"{path}：第{line}行：没有指标编号“{indicator}”（见 rules/indicators.yaml），该行不用")
            continue
        if not raw_value and not indicator:
            continue
        found.fixes.append(Fix(line, report, surface, int(raw_start) if raw_start else None, raw_value or None,
                               indicator or None, note))
    return found


def read_workbook(path: Path) -> dict[str, Verdict] | None:
    """The 核实状态 and 核实结果 an analyst typed into the 疑点 sheet of a workbook the tool wrote, by flag
    id; None when there is no such workbook, sheet or column (or it cannot be read)."""
    if not path.is_file():
        return None
    import zipfile

    import openpyxl

    spec = rules.model("store").corrections
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    try:
        if "疑点" not in book.sheetnames:
            return None
        rows = book["疑点"].iter_rows(values_only=True)
        head = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        at_flag = next((head.index(n) for n in spec.flag_columns if n in head), None)
        at_status = head.index(spec.columns.status) if spec.columns.status in head else None
        at_note = head.index(spec.columns.note) if spec.columns.note in head else None
        if at_flag is None or (at_status is None and at_note is None):
            return None
        allowed = (spec.statuses.open, spec.statuses.checked, spec.statuses.false_alarm)
        found: dict[str, Verdict] = {}

        def cell(row: tuple, at: int | None) -> str:
            return str(row[at]).strip() if at is not None and at < len(row) and row[at] is not None else ""

        for row in rows:
            flag_id, status, note = cell(row, at_flag), cell(row, at_status), cell(row, at_note)
            if flag_id and (status or note) and flag_id not in found:
                found[flag_id] = Verdict(status if status in allowed else spec.statuses.open, note)
        return found
    finally:
        book.close()
