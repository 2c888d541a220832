"""Normalize: every figure in a base unit, and under a canonical indicator where one matches.

value_norm and unit_norm come from rules/units.yaml (万元 are already 元 after
parsing; 公顷 -> 亩, 公里 -> 米, 公斤 -> 吨, 名/位 -> 人; counts keep their measure
word). indicator_id and indicator_name come from rules/indicators.yaml, matched
on the raw label (which stays in ``Figure.indicator``) and, for `context` words,
on the figure's sentence. An indicator takes only figures whose measure fits it:
``measure`` (rules/measures.yaml) is read from the words right before the figure and
from its label, so a growth rate never lands in a level's row. Every figure gets a
``compare_key``: its indicator id, or a key made from its label, so that a measure no
indicator knows still lands in one row across reports.

The package, one module a seam:
    measures     what a figure measures (rules/measures.yaml), what it is of, the comparison key
    indicators   the canonical indicators (rules/indicators.yaml) as one Lexicon, with its derived rows
    matching     match(): a label's canonical indicator
    sentence     figures read with those before them in their sentence (a growth after its level, a subject carried)
    normalizing  normalize_figure() and normalize(): a figure's base value, measure, indicator and key
"""

from .indicators import Indicator, lexicon
from .matching import match
from .measures import measure_of, measure_rules
from .normalizing import normalize, normalize_figure, signed_value

__all__ = ["Indicator", "lexicon", "match", "measure_of", "measure_rules", "normalize", "normalize_figure", "signed_value"]
