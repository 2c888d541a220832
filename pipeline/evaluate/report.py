"""The report of a score: plain text an engineer reads in the terminal, or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from .attributes import ATTRIBUTES
from .matching import Scored


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

        for name, title, side, other, none in (
                ("split_pairs", "split pairs (same gold concept, different keys) by concept", "concept", "key", "(no key)"),
                ("merged_pairs", "merged pairs (same key, different gold concepts) by key", "key", "concept", "(null)")):
            if d[name]:
                lines += ["", f"{title} ({len(d[name])}):"]
                for group in d[name]:
                    lines.append(f"  {group[side]}: {group['pairs']} pairs")
                    lines += [f"    {g[other] or none}: " + "; ".join(fig(m) for m in g["figures"][:6])
                              for g in group[f"{other}s"]]
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
