"""Score extractions against gold written to ANNOTATION.md (figures.jsonl, documents.jsonl).

A prediction matches a gold figure when their spans overlap and their values
agree in a base unit (万元 -> 元, 公顷 -> 亩, 名 -> 人). Optional gold figures,
and predictions on them, are left out of both sides.

When the gold has `concept`, the alignment across reports is scored too: coverage (the
share of gold figures with a concept that get a comparison key from the tool) and
pairwise precision, recall and F1 over pairs of matched figures in different reports.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .figures import simplified
from .model import Extraction, Figure
from .units import to_base_scaled


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


def _same_value(pred: Figure, gold: GoldFigure, pred_value: float | None = None,
                gold_value: float | None = None) -> bool:
    a, ua = to_base_scaled(pred.value if pred_value is None else pred_value, pred.unit)
    b, ub = to_base_scaled(gold.value if gold_value is None else gold_value, gold.unit)
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) and (ua == ub or not gold.unit)


ATTRIBUTES = ("label", "entity", "scope_period", "approx", "kind", "estimated", "value_high", "section")


def _attribute_ok(name: str, pred: Figure, gold: GoldFigure) -> bool:
    if name == "estimated":
        return bool(getattr(pred, "estimated", False)) == gold.estimated
    if name == "value_high":
        if gold.value_high is None or pred.value_high is None:
            return gold.value_high is None and pred.value_high is None
        return _same_value(pred, gold, pred.value_high, gold.value_high)
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


def tool_key(pred: Figure) -> str | None:
    """The row the tool puts a figure in across reports: its comparison key (its canonical
    indicator, else a key made from its label). None for a figure about a part of the area
    (a village, a project: no town-total row takes it) or with no key at all."""
    if pred.entity:
        return None
    return getattr(pred, "compare_key", None) or pred.indicator_id or None


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


def score_concepts(matched: list[tuple[str, GoldFigure, Figure | None]]) -> ConceptScore:
    """Coverage and pairwise alignment over (doc, gold, prediction or None) of required gold figures."""
    from collections import Counter, defaultdict

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
    for concept, docs in sorted(by_concept.items()):
        n = _pairs(docs) - _pairs(*(v for c, v in by_both.items() if c[0] == concept))
        if n:
            keys: dict[str | None, list[dict]] = defaultdict(list)
            for m in members[concept]:
                keys[m["key"]].append(m)
            out.split.append({"concept": concept, "pairs": n,
                              "keys": [{"key": k, "figures": v} for k, v in
                                       sorted(keys.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))]})
    for key, docs in sorted(by_key.items()):
        n = _pairs(docs) - _pairs(*(v for c, v in by_both.items() if c[1] == key))
        if n:
            concepts: dict[str | None, list[dict]] = defaultdict(list)
            for m in key_members[key]:
                concepts[m["concept"]].append(m)
            out.merged.append({"key": key, "pairs": n,
                               "concepts": [{"concept": c, "figures": v} for c, v in
                                            sorted(concepts.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))]})
    out.split.sort(key=lambda d: (-d["pairs"], d["concept"]))
    out.merged.sort(key=lambda d: (-d["pairs"], d["key"]))
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
                matched.append((doc, g, None))
                out.misses.append({"doc": doc, "surface": g.surface, "value": g.value, "unit": g.unit,
                                   "label": g.label, "context": _context(text, g.start, g.end)})
                continue
            used.add(match)
            counts.tp += 1
            p = preds[match]
            matched.append((doc, g, p))
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
    if any(g.concept is not None for golds in gold_figures.values() for g in golds):
        out.concepts = score_concepts(matched)
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
    if "concepts" in d:
        c = d["concepts"]
        lines += ["", f"concepts: coverage {c['coverage']:.3f} (canonical indicator {c['coverage_canonical']:.3f}, "
                  f"of {c['figures_with_concept']} figures)  pairs across reports: precision {c['pair_precision']:.3f}  "
                  f"recall {c['pair_recall']:.3f}  F1 {c['pair_f1']:.3f}  "
                  f"(gold {c['gold_pairs']}, tool {c['tool_pairs']}, both {c['both_pairs']})"]

        def fig(m: dict) -> str:
            return f"{m['doc']}:{m['surface']}「{m['label']}」"

        if d["split_pairs"]:
            lines += ["", f"split pairs (same gold concept, different keys) by concept ({len(d['split_pairs'])}):"]
            for sp in d["split_pairs"]:
                lines.append(f"  {sp['concept']}: {sp['pairs']} pairs")
                lines += [f"    {k['key'] or '(no key)'}: " + "; ".join(fig(m) for m in k["figures"][:6])
                          for k in sp["keys"]]
        if d["merged_pairs"]:
            lines += ["", f"merged pairs (same key, different gold concepts) by key ({len(d['merged_pairs'])}):"]
            for mp in d["merged_pairs"]:
                lines.append(f"  {mp['key']}: {mp['pairs']} pairs")
                lines += [f"    {c['concept'] or '(null)'}: " + "; ".join(fig(m) for m in c["figures"][:6])
                          for c in mp["concepts"]]
    if d.get("uncovered"):
        lines += ["", f"uncovered (a gold concept, no row from the tool) ({len(d['uncovered'])}):"]
        lines += [f"  {u['doc']}: {u['surface']} {u['concept']}: "
                  + (f"label {u['label']!r}, entity {u['entity']!r}" if u["extracted"] else "not extracted")
                  + f"  {u['context']}" for u in d["uncovered"]]
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
