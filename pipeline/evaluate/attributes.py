"""Values and attributes compared: when a prediction's value agrees with a gold figure's, and which of its attributes do.

Values agree in a base unit (万元 -> 元, 公顷 -> 亩, 名 -> 人); ``Counts`` adds up
true and false figures and the attributes right on the matched ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import periods
from ..model import Figure
from ..units import to_base_scaled
from .gold import GoldFigure


def same_value(pred: Figure, gold: GoldFigure, pred_value: float | None = None,
               gold_value: float | None = None) -> bool:
    a, ua = to_base_scaled(pred.value if pred_value is None else pred_value, pred.unit)
    b, ub = to_base_scaled(gold.value if gold_value is None else gold_value, gold.unit)
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) and (ua == ub or not gold.unit)


ATTRIBUTES = ("label", "entity", "scope_period", "approx", "kind", "estimated", "value_high", "section")


def same_period(pred: str | None, gold: str | None, ref: periods.Reference | None) -> bool:
    """Two written periods name the same one: 1—5月 and 2024年1-5月 in a report on 2024, 2021 年度 and 2021年."""
    if pred is None or gold is None:
        return pred is None and gold is None
    if "".join(pred.split()) == "".join(gold.split()):
        return True
    a, b = periods.read(pred, ref), periods.read(gold, ref)
    return a is not None and a == b


def attribute_ok(name: str, pred: Figure, gold: GoldFigure, ref: periods.Reference | None = None) -> bool:
    """Whether the predicted figure has the gold's attribute ``name``; periods are read against ``ref``,
    the report's own period."""
    if name == "estimated":
        return bool(getattr(pred, "estimated", False)) == gold.estimated
    if name == "value_high":
        if gold.value_high is None or pred.value_high is None:
            return gold.value_high is None and pred.value_high is None
        return same_value(pred, gold, pred.value_high, gold.value_high)
    if name == "label":
        return all(k in pred.indicator for k in gold.keywords)
    if name == "section":
        if gold.section is None:
            return pred.section is None
        return bool(pred.section) and (pred.section.startswith(gold.section) or gold.section.startswith(pred.section))
    if name == "entity":
        return pred.entity == gold.entity
    if name == "scope_period":
        return same_period(pred.scope_period, gold.scope_period, ref)
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
