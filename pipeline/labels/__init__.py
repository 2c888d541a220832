"""What each figure measures: indicator label, entity, period and kind (the labels stage)."""

from .driver import LabelRules, clause_start, label_figures, label_rules, segment
from .driver import _jieba as _jieba  # tests check the dictionary it loads

__all__ = ["LabelRules", "clause_start", "label_figures", "label_rules", "segment"]
