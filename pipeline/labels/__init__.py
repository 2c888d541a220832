"""What each figure measures: indicator label, entity, period and kind (the labels stage).

The label is read from the clause around the figure: the verb and object before
it (开展集中学习36次), the subject before 达/为/共 (受益群众达5000余人次), the object
after a measure word (整改4处畜禽养殖场排污设施), or, for the second half of a
compound (24户71人), the label of the first. jieba segments only these short
clauses, never the whole report.

The rooms: loading (rules/labels.yaml as LabelRules), clauses (jieba, where a clause
begins, a clause cleaned into label text), label (the wording), table (a figure in a
table row), entity (villages, enterprises, projects), scope (the period a figure
covers), kind (target or actual), state (what carries within a sentence), and driver
(label_figures, which walks the figures and asks the others).
"""

from .clauses import _jieba as _jieba  # tests check the dictionary it loads
from .clauses import clause_start, segment
from .driver import label_figures
from .loading import LabelRules, label_rules

__all__ = ["LabelRules", "clause_start", "label_figures", "label_rules", "segment"]
