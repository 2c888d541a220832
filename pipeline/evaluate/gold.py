"""Reading the gold: figures.jsonl and documents.jsonl (ANNOTATION.md), each figure located in its report's text.

A gold figure is found by its context and surface in the decoded text; its words
are compared in simplified characters, as the tool gives them. A missing or
malformed file is a ``GoldError`` with its path and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..figures import simplified_words as simplified


class GoldError(ValueError):
    """A gold file is missing or malformed."""


@dataclass(frozen=True)
class GoldFigure:
    doc: str
    start: int
    end: int
    surface: str
    context: str
    value: float
    unit: str
    approx: str | None
    label: str
    keywords: tuple[str, ...]
    entity: str | None
    scope_period: str | None
    kind: str
    section: str | None
    optional: bool
    value_high: float | None = None
    estimated: bool = False
    concept: str | None = None


@dataclass(frozen=True)
class GoldReport:
    doc: str
    town: str | None
    period: str | None


def _jsonl(path: Path) -> list[tuple[int, dict]]:
    if not path.is_file():
        raise GoldError(f"{path}: not found")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: not JSON: {e}") from None
    return rows


def _number(row: dict, key: str, where: str) -> float | None:
    if row.get(key) is None:
        return None
    try:
        return float(row[key])
    except (TypeError, ValueError):
        raise GoldError(f"{where}: {key} {row[key]!r} is not a number") from None


def load_gold(gold_dir: Path, texts: dict[str, str]) -> tuple[dict[str, list[GoldFigure]], dict[str, GoldReport]]:
    """Gold figures located in ``texts`` (doc id -> decoded text), and gold report facts."""
    figures: dict[str, list[GoldFigure]] = {}
    for n, row in _jsonl(gold_dir / "figures.jsonl"):
        where = f"{gold_dir / 'figures.jsonl'}:{n}"
        try:
            doc, context, surface = row["doc"], row["context"], row["surface"]
        except KeyError as e:
            raise GoldError(f"{where}: missing field {e}") from None
        if doc not in texts:
            continue
        text = texts[doc]
        at = text.find(context)
        if at < 0 or surface not in context:
            raise GoldError(f"{where}: context {context!r} or surface {surface!r} not found in the text of {doc}")
        start = at + context.find(surface)
        if "value" not in row:
            raise GoldError(f"{where}: missing field 'value'")
        figures.setdefault(doc, []).append(
            GoldFigure(
                doc=doc,
                start=start,
                end=start + len(surface),
                surface=surface,
                context=context,
                value=_number(row, "value", where) or 0.0,
                # words are compared in simplified characters, as the tool gives them (萬元 -> 万元, 鎮 -> 镇), without
                # pinyin glosses (持續(xù) -> 持续)
                unit=simplified(row.get("unit") or ""),
                approx=row.get("approx"),
                label=row.get("label", ""),
                keywords=tuple(simplified(k) for k in row.get("keywords") or ()),
                entity=_simplified(row.get("entity")),
                scope_period=_simplified(row.get("scope_period")),
                kind=row.get("kind", "actual"),
                section=_simplified(row.get("section")),
                optional=bool(row.get("optional", False)),
                value_high=_number(row, "value_high", where),
                estimated=bool(row.get("estimated", False)),
                concept=row.get("concept") or None,
            )
        )
    reports = {}
    for _, row in _jsonl(gold_dir / "documents.jsonl"):
        reports[row["doc"]] = GoldReport(row["doc"], _simplified(row.get("town")), row.get("period"))
    return figures, reports


def _simplified(word: str | None) -> str | None:
    return simplified(word) if isinstance(word, str) else word


