"""Scoring extractions against gold written to ANNOTATION.md (figures.jsonl, documents.jsonl).

gold        -- reading the gold files, each figure located in its report's text
attributes  -- when values agree, which attributes of a matched figure are right, and the counts
matching    -- pairing predictions with gold figures: ``score`` and its result ``Scored``
concepts    -- the alignment of matched figures across reports (coverage, pairwise F1)
cells       -- the comparison table scored cell by cell against a cells file (cells.tsv)
report      -- the score as terminal text (``format_scored``) or JSON (``dumps``)
"""

from .attributes import ATTRIBUTES, Counts
from .cells import CellScore, GoldCell, format_cells, load_cells, score_cells
from .concepts import ConceptScore, score_concepts, tool_key
from .gold import GoldError, GoldFigure, GoldReport, load_gold
from .matching import Scored, score
from .report import dumps, format_scored

__all__ = ["ATTRIBUTES", "CellScore", "ConceptScore", "Counts", "GoldCell", "GoldError", "GoldFigure", "GoldReport",
           "Scored", "dumps", "format_cells", "format_scored", "load_cells", "load_gold", "score", "score_cells",
           "score_concepts", "tool_key"]
