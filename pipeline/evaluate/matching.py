"""Matching figures: each prediction paired with the gold figure it overlaps and agrees with, and the score.

A prediction matches a gold figure when their spans overlap and their values
agree in a base unit (万元 -> 元, 公顷 -> 亩, 名 -> 人). Optional gold figures,
and predictions on them, are left out of both sides. ``score`` counts per report
and in total, lists every miss, false figure and wrong attribute, and, when the
gold has `concept`, scores the alignment across reports (concepts.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import periods
from ..model import Extraction, Figure
from .attributes import ATTRIBUTES, Counts, attribute_ok, same_value
from .concepts import ConceptScore, score_concepts
from .gold import GoldFigure, GoldReport


@dataclass
class Scored:
    """The score of a set of reports, totals first, then per report and every error."""

    total: Counts = field(default_factory=Counts)
    per_report: dict[str, Counts] = field(default_factory=dict)
    town_ok: int = 0
    period_ok: int = 0
    n_reports: int = 0
    report_facts: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_figures: list[dict] = field(default_factory=list)
    wrong_attributes: list[dict] = field(default_factory=list)
    concepts: ConceptScore | None = None  # when the gold has concepts

    def as_dict(self) -> dict:
        extra = {} if self.concepts is None else {
            "concepts": self.concepts.metrics(),
            "split_pairs": self.concepts.split,
            "merged_pairs": self.concepts.merged,
            "uncovered": self.concepts.uncovered,
        }
        return extra | {
            "total": self.total.metrics()
            | {"town_accuracy": self.town_ok / self.n_reports if self.n_reports else 0.0,
               "period_accuracy": self.period_ok / self.n_reports if self.n_reports else 0.0,
               "reports": self.n_reports},
            "per_report": {doc: c.metrics() for doc, c in sorted(self.per_report.items())},
            "report_facts": self.report_facts,
            "misses": self.misses,
            "false_figures": self.false_figures,
            "wrong_attributes": self.wrong_attributes,
        }


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    return (text[max(0, start - width) : start] + "[" + text[start:end] + "]" + text[end : end + width]).replace("\n", "⏎")


def score(extractions: list[Extraction], gold_figures: dict[str, list[GoldFigure]],
          gold_reports: dict[str, GoldReport]) -> Scored:
    out = Scored()
    matched: list[tuple[str, GoldFigure, Figure | None]] = []
    for ex in extractions:
        doc = ex.report.report_id
        if doc not in gold_reports and doc not in gold_figures:
            continue
        text = ex.report.text
        gold_period = gold_reports[doc].period if doc in gold_reports else None
        ref = periods.reference(gold_period or ex.report.period, ex.report.delivered)
        counts = Counts()
        golds = gold_figures.get(doc, [])
        optional = [g for g in golds if g.optional]
        required = [g for g in golds if not g.optional]
        preds = [p for p in ex.figures if not any(p.start < g.end and g.start < p.end for g in optional)]
        used: set[int] = set()
        for g in required:
            match = next((i for i, p in enumerate(preds)
                          if i not in used and p.start < g.end and g.start < p.end and same_value(p, g)), None)
            if match is None:
                counts.fn += 1
                matched.append((doc, g, None))
                out.misses.append({"doc": doc, "surface": g.surface, "value": g.value, "unit": g.unit,
                                   "label": g.label, "context": _context(text, g.start, g.end)})
                continue
            used.add(match)
            counts.tp += 1
            p = preds[match]
            matched.append((doc, g, p))
            for a in ATTRIBUTES:
                if attribute_ok(a, p, g, ref):
                    counts.attribute_ok[a] += 1
                else:
                    want = {"label": list(g.keywords), "section": g.section}.get(a, getattr(g, a, None))
                    got = {"label": p.indicator}.get(a, getattr(p, a, None))
                    out.wrong_attributes.append({"doc": doc, "attribute": a, "surface": p.surface,
                                                 "expected": want, "predicted": got,
                                                 "context": _context(text, p.start, p.end)})
        for i, p in enumerate(preds):
            if i not in used:
                counts.fp += 1
                out.false_figures.append({"doc": doc, "surface": p.surface, "value": p.value, "unit": p.unit,
                                          "label": p.indicator, "rule": p.rule,
                                          "context": _context(text, p.start, p.end)})
        out.per_report[doc] = counts
        out.total.add(counts)
        if doc in gold_reports:
            gr = gold_reports[doc]
            out.n_reports += 1
            out.town_ok += ex.report.town == gr.town
            out.period_ok += ex.report.period == gr.period
            out.report_facts.append({"doc": doc, "town": ex.report.town, "gold_town": gr.town,
                                     "period": ex.report.period, "gold_period": gr.period,
                                     "status": ex.report.status, "message": ex.report.message})
    if any(g.concept is not None for golds in gold_figures.values() for g in golds):
        out.concepts = score_concepts(matched)
    return out
