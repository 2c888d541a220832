"""Which reports of a batch come into the store, under which id and in which order (``admit``).

A report is what it says, not its file name: the same text again for the same town
and period (the same file, a copy under another name, a .docx beside its .txt) is stored once; the same file
(source path) re-extracted, or edited, replaces its own rows, with a notice when its text
changed; a different report whose file name gives an id already taken (five towns each
sending 2025年上半年工作总结.txt) is stored beside it under an id of its own. Nothing stored
is replaced by another file's report. Two different reports of one town and period are both
kept: pipeline/comparison.py says which one the comparison takes. This module only decides:
it reads the rows the store holds and writes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import rules
from ..model import Extraction, Report, evolve

_SPACE = re.compile(r"\s+")


def content_hash(report: Report) -> str | None:
    """sha256 of the text without its white space: the same report read from a .docx and from its .txt
    (whose lines break elsewhere) has one hash. None for a report not read."""
    if report.status != "ok":
        return None
    return hashlib.sha256(_SPACE.sub("", report.text).encode("utf-8")).hexdigest()


def source_of(report: Report) -> str:
    """The report's file as an absolute path: what tells one file from another of the same name."""
    return os.path.abspath(report.path) if report.path else ""


@dataclass(frozen=True)
class Admitted:
    """What a batch brings to the store (``Store.admit``): the reports to store, their ids and arrival
    order settled, and a notice in Chinese for each report not stored or stored otherwise than given."""

    new: list[Extraction]
    notices: list[str] = field(default_factory=list)


def admit(rows: Iterable[tuple], extractions: Iterable[Extraction]) -> Admitted:
    """What of ``extractions`` goes into a store holding ``rows`` (report_id, source, content_hash,
    received, town, period of each stored report).

    A report whose text (white space aside), town and period are stored under another id, or came
    earlier in the batch, is not stored again (the same text given to another town or period by a
    manifest is another report). A report of a stored id and the same file replaces it (keeping its
    place in the order received; a notice when its text changed); of a stored id but another file,
    it gets a free id (id-2, id-3 …). Every other report comes in after those stored."""
    extractions, rows = list(extractions), list(rows)
    stored = {rid: (src, h, n) for rid, src, h, n, _, _ in rows}
    by_hash = {(h, town, period): rid for rid, _, h, _, town, period in rows if h}
    taken = {rid.casefold() for rid in stored}
    taken |= {ex.report.report_id.casefold() for ex in extractions}
    arrived = max((n or 0 for _, _, n in stored.values()), default=0)
    same_text = rules.model("store").duplicates.same_text
    new: list[Extraction] = []
    notices: list[str] = []
    for ex in extractions:
        r = ex.report
        h, src = content_hash(r), source_of(r)
        earlier = by_hash.get((h, r.town, r.period)) if h else None
        if earlier is not None and (earlier != r.report_id or stored[earlier][0] not in (src, "")):
            notices.append(f"{r.path}：" + same_text.format(other=earlier))
            continue
        if r.report_id in stored and stored[r.report_id][0] in (src, ""):
            _, old_hash, received = stored[r.report_id]
            if h and old_hash and old_hash != h:
                notices.append(f"{r.path}：文件内容有变，库中的报告 {r.report_id} 已换成新内容")
        else:
            if r.report_id in stored:  # another file's report under a taken id: stored beside it
                rid = _free_id(r.report_id, taken)
                notices.append(f"{r.path}：编号 {r.report_id} 已属于库中另一文件（{stored[r.report_id][0]}），"
                               f"本报告以 {rid} 入库")
                ex = _renamed(ex, rid)
                taken.add(rid.casefold())
            arrived += 1
            received = arrived
        ex = Extraction(report=evolve(ex.report, received=received), sections=ex.sections, figures=ex.figures,
                        skipped=ex.skipped, sentences=ex.sentences)
        if h:
            by_hash[(h, r.town, r.period)] = ex.report.report_id
        stored[ex.report.report_id] = (src, h, received)
        new.append(ex)
    return Admitted(new, notices)


def _free_id(report_id: str, taken: set[str]) -> str:
    n = 2
    while f"{report_id}-{n}".casefold() in taken:
        n += 1
    return f"{report_id}-{n}"


def _renamed(ex: Extraction, report_id: str) -> Extraction:
    """The extraction under another report id (its figures and skipped numerals too)."""
    return Extraction(report=evolve(ex.report, report_id=report_id), sections=ex.sections,
                      figures=tuple(evolve(f, report_id=report_id) for f in ex.figures),
                      skipped=tuple(evolve(s, report_id=report_id) for s in ex.skipped), sentences=ex.sentences)
