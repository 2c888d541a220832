"""Find the figures in a text: number + approximation + scale + unit, minus exclusions.

The pattern is assembled once from rules/figures.yaml and rules/units.yaml;
rules/exclusions.yaml says which numerals are dates, ordinals, set phrases or
identifiers. Every numeral in the text ends up either in a figure or in the
skipped list with a reason, so nothing is dropped silently.

The package, along its seams:
- pattern: the rules loaded once (the assembled figure pattern, exclusions, scale-only and table rules), Found;
- quantity: a figure's surface read into a Quantity (parse);
- exclusions: the exclusion index of one text;
- tables: bare numbers in table cells, in the unit their column or row names;
- scan: the scan of a text into figures and skipped numerals (find), and the numerals of the report's own names;
- lines: a scan put together from its lines' scans, each distinct line scanned once per run;
- shadow: the traditional-character shadow of a text, and where its pinyin glosses stand.
"""

from .pattern import Exclusion, FigureRules, Found, _alternation, figure_rules
from .quantity import parse
from .scan import find, outside_names
from .shadow import glosses, simplified, simplified_words, without_glosses

__all__ = ["Exclusion", "FigureRules", "Found", "_alternation", "figure_rules", "find", "glosses", "outside_names", "parse",
           "simplified", "simplified_words", "without_glosses"]
