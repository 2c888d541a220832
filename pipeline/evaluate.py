"""Score extractions against gold written to ANNOTATION.md (figures.jsonl, documents.jsonl).

A prediction matches a gold figure when their spans overlap and their values
agree in a base unit (万元 -> 元, 公顷 -> 亩, 名 -> 人). Optional gold figures,
and predictions on them, are left out of both sides.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .figures import figure_rules, simplified
from .model import Extraction, Figure


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
        figures.setdefault(doc, []).append(
            GoldFigure(
                doc=doc,
                start=start,
                end=start + len(surface),
                surface=surface,
                context=context,
                value=float(row["value"]),
                # words are compared in simplified characters, as the tool gives them (萬元 -> 万元, 鎮 -> 镇)
                unit=simplified(row.get("unit") or ""),
                approx=row.get("approx"),
                label=row.get("label", ""),
                keywords=tuple(simplified(k) for k in row.get("keywords") or ()),
                entity=_simplified(row.get("entity")),
                scope_period=_simplified(row.get("scope_period")),
                kind=row.get("kind", "actual"),
                section=_simplified(row.get("section")),
                optional=bool(row.get("optional", False)),
            )
        )
    reports = {}
    for _, row in _jsonl(gold_dir / "documents.jsonl"):
        reports[row["doc"]] = GoldReport(row["doc"], _simplified(row.get("town")), row.get("period"))
    return figures, reports


def _simplified(word: str | None) -> str | None:
    return simplified(word) if isinstance(word, str) else word


@functools.cache
def _base_units() -> dict[str, tuple[str, float]]:
    out = {}
    for u in figure_rules().units.values():
        out.setdefault(u.name, (u.base, u.factor))
        out.setdefault(u.canonical, (u.base, u.factor))
    return out


def base_value(value: float, unit: str) -> tuple[float, str]:
    """The value in its base unit: (1300, 立方) -> (1300, 立方米), (2, 公顷) -> (30, 亩), and with a
    scale word written into the unit, as in a table headed 总投资（万元）: (1850, 万元) -> (18500000, 元)."""
    units = _base_units()
    if unit not in units:
        scales = figure_rules().scales
        scale = next((w for w in sorted(scales, key=len, reverse=True) if unit.startswith(w) and unit[len(w):] in units), None)
        if scale:
            value, unit = value * float(scales[scale]), unit[len(scale) :]
    base, factor = units.get(unit, (unit, 1.0))
    return value * factor, base


def _same_value(pred: Figure, gold: GoldFigure) -> bool:
    a, ua = base_value(pred.value, pred.unit)
    b, ub = base_value(gold.value, gold.unit)
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) and (ua == ub or not gold.unit)


ATTRIBUTES = ("label", "entity", "scope_period", "approx", "kind", "section")


def _attribute_ok(name: str, pred: Figure, gold: GoldFigure) -> bool:
    if name == "label":
        return all(k in pred.indicator for k in gold.keywords)
    if name == "section":
        if gold.section is None:
            return pred.section is None
        return bool(pred.section) and (pred.section.startswith(gold.section) or gold.section.startswith(pred.section))
    if name == "entity":
        return pred.entity == gold.entity
    return getattr(pred, name) == getattr(gold, name)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attribute_ok: dict[str, int] = field(default_factory=lambda: {a: 0 for a in ATTRIBUTES})

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for a in ATTRIBUTES:
            self.attribute_ok[a] += other.attribute_ok[a]

    def metrics(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, float | int] = {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                                       "precision": p, "recall": r, "f1": f1}
        for a in ATTRIBUTES:
            out[f"{a}_accuracy"] = self.attribute_ok[a] / self.tp if self.tp else 0.0
        return out


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

    def as_dict(self) -> dict:
        return {
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
    for ex in extractions:
        doc = ex.report.report_id
        if doc not in gold_reports and doc not in gold_figures:
            continue
        text = ex.report.text
        counts = Counts()
        golds = gold_figures.get(doc, [])
        optional = [g for g in golds if g.optional]
        required = [g for g in golds if not g.optional]
        preds = [p for p in ex.figures if not any(p.start < g.end and g.start < p.end for g in optional)]
        used: set[int] = set()
        for g in required:
            match = next((i for i, p in enumerate(preds)
                          if i not in used and p.start < g.end and g.start < p.end and _same_value(p, g)), None)
            if match is None:
                counts.fn += 1
                out.misses.append({"doc": doc, "surface": g.surface, "value": g.value, "unit": g.unit,
                                   "label": g.label, "context": _context(text, g.start, g.end)})
                continue
            used.add(match)
            counts.tp += 1
            p = preds[match]
            for a in ATTRIBUTES:
                if _attribute_ok(a, p, g):
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
    return out


def format_scored(s: Scored) -> str:
    """A plain-text summary an engineer reads in the terminal."""
    d = s.as_dict()
    t = d["total"]
    lines = [
        f"figures: precision {t['precision']:.3f}  recall {t['recall']:.3f}  F1 {t['f1']:.3f}  "
        f"(tp {t['tp']}, fp {t['fp']}, fn {t['fn']})",
        "accuracy on matched figures: " + "  ".join(f"{a} {t[a + '_accuracy']:.3f}" for a in ATTRIBUTES),
        f"reports: {t['reports']}  town {t['town_accuracy']:.3f}  period {t['period_accuracy']:.3f}",
        "",
        f"{'report':<28}{'P':>7}{'R':>7}{'F1':>7}{'label':>7}",
    ]
    for doc, m in d["per_report"].items():
        lines.append(f"{doc:<28}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['label_accuracy']:>7.3f}")
    for r in d["report_facts"]:
        if r["town"] != r["gold_town"] or r["period"] != r["gold_period"]:
            lines.append(f"report facts {r['doc']}: town {r['town']!r} (gold {r['gold_town']!r}), "
                         f"period {r['period']!r} (gold {r['gold_period']!r}) {r['message']}")
    if d["misses"]:
        lines += ["", f"missed figures ({len(d['misses'])}):"]
        lines += [f"  {m['doc']}: {m['surface']}  {m['context']}" for m in d["misses"]]
    if d["false_figures"]:
        lines += ["", f"false figures ({len(d['false_figures'])}):"]
        lines += [f"  {m['doc']}: {m['surface']}  {m['context']}" for m in d["false_figures"]]
    if d["wrong_attributes"]:
        lines += ["", f"wrong attributes ({len(d['wrong_attributes'])}):"]
        lines += [f"  {w['doc']}: {w['attribute']}: expected {w['expected']!r}, got {w['predicted']!r}  {w['context']}"
                  for w in d["wrong_attributes"]]
    return "\n".join(lines)


def dumps(s: Scored) -> str:
    return json.dumps(s.as_dict(), ensure_ascii=False, indent=2, default=asdict)
