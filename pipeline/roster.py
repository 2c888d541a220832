"""The roster: the towns expected to report (``zhibiao run --towns FILE``, or the town column of the manifest),
so that a town that sent nothing is seen (未报送) instead of missing without a word.

A roster file is one town a line, or a CSV whose header names the town column (rules/store.yaml
roster.town_columns: 乡镇, town …); UTF-8 (with or without BOM) or GBK, as Excel saves it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import rules
from .ingest.plain_text import table_text
from .model import Extraction


class RosterError(ValueError):
    """A roster file that cannot be read: one Chinese line naming the file."""


def read_towns(path: Path) -> list[str]:
    """The towns of a roster file, in its order, each once."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise RosterError(f"{path}：无法读取乡镇名单：{e.strerror}") from None
    text = table_text(data)
    if text is None:
        raise RosterError(f"{path}：乡镇名单既不是 UTF-8 也不是 GBK 文本")
    rows = [row for row in csv.reader(io.StringIO(text, newline="")) if any(c.strip() for c in row)]
    if not rows:
        raise RosterError(f"{path}：乡镇名单是空的")
    columns = rules.model("store").roster.town_columns
    head = [c.strip() for c in rows[0]]
    at = next((head.index(name) for name in columns if name in head), None)
    if at is None and len(head) > 1:
        raise RosterError(f"{path}：第1行：找不到乡镇列（列名应为 {'、'.join(columns)} 之一）")
    body = rows[1:] if at is not None else rows
    at = at or 0
    return unique(row[at].strip() for row in body if len(row) > at and row[at].strip())


def unique(towns: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for town in towns:
        seen.setdefault(town, None)
    return list(seen)


def missing(expected: Sequence[str], extractions: Iterable[Extraction], period: str | None) -> list[str]:
    """The expected towns with no report read for ``period``, in the roster's order."""
    reported = {ex.report.town for ex in extractions if ex.report.status == "ok" and ex.report.period == period}
    return [town for town in expected if town not in reported]
