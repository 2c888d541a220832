"""Scoring extractions against gold written to ANNOTATION.md."""

from .matching import GoldError, GoldFigure, GoldReport, dumps, format_scored, load_gold, score

__all__ = ["GoldError", "GoldFigure", "GoldReport", "dumps", "format_scored", "load_gold", "score"]
