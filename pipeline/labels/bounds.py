"""What a bound or an age written right before a figure's words says (收入30万元以上的村达到5个, 500万元以上项目累计投资
4.86亿元, 15周岁人口339人): which things or persons the next figure counts."""

from __future__ import annotations

from ..figures import Found
from ..units import unit_of
from .clauses import HAN_WORD
from .loading import LabelRules


def is_threshold(f: Found, gap: str, lr: LabelRules) -> bool:
    """收入30万元以上的村达到5个, 收入超过20万元的村达到三个: a bound that says which things the next
    figure counts."""
    return f.quantity.approx in ("lower", "upper") and gap.startswith(lr.described_by) and len(gap) <= 8


def bounds_next(f: Found, gap: str, lr: LabelRules) -> bool:
    """500万元以上项目累计投资4.86亿元, 10至500万元项目累计投资0.54亿元: a bound or a range written right
    before the words of the next figure, in its clause (no longer than a subject), says which things that
    figure is of."""
    return (lr.class_bound.search(f.quantity.surface) is not None and 0 < len(gap) <= lr.heading_subject_max
            and HAN_WORD.fullmatch(gap) is not None and not lr.class_bound_gap_not.search(gap))


def age_of_next(f: Found, gap: str, lr: LabelRules) -> bool:
    """An age written right before the words of the next figure, no longer than a subject (15周岁人口339人): which
    persons that figure counts (not an age it changed to: 人均预期寿命由76.9岁提升到77.95岁)."""
    age = unit_of(f.quantity.unit)
    return (age is not None and age.dimension == "age" and 0 < len(gap) <= lr.heading_subject_max
            and HAN_WORD.fullmatch(gap) is not None)
