"""Concept alignment across reports (ANNOTATION.md, Scoring, Concepts).

Coverage is the share of gold figures with a concept that get a comparison key
from the tool; pairwise precision, recall and F1 are over pairs of matched
figures in different reports (same gold concept against same tool key); the
split and merged pairs are listed for an engineer to read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..comparison import row_of
from ..model import Figure
from .gold import GoldFigure


def tool_key(pred: Figure) -> str | None:
    """The row of the 对比 table the figure takes across reports (comparison.row_of: its canonical
    indicator, a level of a flow indicator in that indicator's 存量 row, else a key made from its
    label; with its unit, as the table splits rows by unit). None for a figure about a part of the
    area (a village, a project: no town-total row takes it) or with no key at all."""
    if pred.entity:
        return None
    row = row_of(pred)
    if row is None:
        return None
    key, unit = row
    return key if key.startswith("~") or not unit else f"{key}/{unit}"  # a label's key already ends in its unit


def _pairs(*per_doc_counts) -> int:
    """Pairs in different reports among the members of each group, given each group's count per report."""
    total = 0
    for per_doc in per_doc_counts:
        n = sum(per_doc.values())
        total += (n * n - sum(c * c for c in per_doc.values())) // 2
    return total


@dataclass
class ConceptScore:
    """Alignment of matched figures across reports (ANNOTATION.md, Scoring, Concepts)."""

    with_concept: int = 0  # required gold figures with a non-null concept
    covered: int = 0  # ... that are extracted and get a comparison key
    covered_canonical: int = 0  # ... that get a canonical indicator
    gold_pairs: int = 0  # pairs in different reports with the same gold concept
    tool_pairs: int = 0  # pairs in different reports with the same tool key
    both_pairs: int = 0
    split: list[dict] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)
    uncovered: list[dict] = field(default_factory=list)  # gold figures with a concept and no key

    def metrics(self) -> dict[str, float | int]:
        p = self.both_pairs / self.tool_pairs if self.tool_pairs else 0.0
        r = self.both_pairs / self.gold_pairs if self.gold_pairs else 0.0
        return {"figures_with_concept": self.with_concept,
                "coverage": self.covered / self.with_concept if self.with_concept else 0.0,
                "coverage_canonical": self.covered_canonical / self.with_concept if self.with_concept else 0.0,
                "gold_pairs": self.gold_pairs, "tool_pairs": self.tool_pairs, "both_pairs": self.both_pairs,
                "pair_precision": p, "pair_recall": r, "pair_f1": 2 * p * r / (p + r) if p + r else 0.0}


def _member(doc: str, g: GoldFigure, p: Figure) -> dict:
    return {"doc": doc, "surface": g.surface, "concept": g.concept, "key": tool_key(p),
            "label": p.indicator, "context": g.context}


def _apart(totals: dict, members: dict[str, list[dict]], by_both: dict[tuple[str, str], Counter], side: str,
           other: str) -> list[dict]:
    """The pairs one side puts together and the other does not: for each group of ``side`` (a gold concept, or
    a tool key), those pairs, with its figures grouped by their ``other`` value; most pairs first."""
    at = ("concept", "key").index(side)
    out = []
    for group, docs in sorted(totals.items()):
        n = _pairs(docs) - _pairs(*(v for both, v in by_both.items() if both[at] == group))
        if n:
            grouped: dict[str | None, list[dict]] = defaultdict(list)
            for m in members[group]:
                grouped[m[other]].append(m)
            out.append({side: group, "pairs": n,
                        f"{other}s": [{other: k, "figures": v} for k, v in
                                      sorted(grouped.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))]})
    return sorted(out, key=lambda d: (-d["pairs"], d[side]))


def score_concepts(matched: list[tuple[str, GoldFigure, Figure | None]]) -> ConceptScore:
    """Coverage and pairwise alignment over (doc, gold, prediction or None) of required gold figures."""
    out = ConceptScore()
    by_concept: dict[str, Counter] = defaultdict(Counter)
    by_key: dict[str, Counter] = defaultdict(Counter)
    by_both: dict[tuple[str, str], Counter] = defaultdict(Counter)
    members: dict[str, list[dict]] = defaultdict(list)  # gold concept -> matched figures
    key_members: dict[str, list[dict]] = defaultdict(list)  # tool key -> matched figures
    for doc, g, p in matched:
        if g.concept is not None:
            out.with_concept += 1
            out.covered += p is not None and tool_key(p) is not None
            if p is None or tool_key(p) is None:
                out.uncovered.append({"doc": doc, "surface": g.surface, "concept": g.concept, "context": g.context,
                                      "label": p.indicator if p else None, "entity": p.entity if p else None,
                                      "extracted": p is not None})
            out.covered_canonical += p is not None and bool(p.indicator_id) and not p.entity
        if p is None:
            continue
        key = tool_key(p)
        if g.concept is not None:
            by_concept[g.concept][doc] += 1
            members[g.concept].append(_member(doc, g, p))
        if key is not None:
            by_key[key][doc] += 1
            key_members[key].append(_member(doc, g, p))
        if g.concept is not None and key is not None:
            by_both[(g.concept, key)][doc] += 1
    out.gold_pairs = _pairs(*by_concept.values())
    out.tool_pairs = _pairs(*by_key.values())
    out.both_pairs = _pairs(*by_both.values())
    out.split = _apart(by_concept, members, by_both, "concept", "key")
    out.merged = _apart(by_key, key_members, by_both, "key", "concept")
    return out
