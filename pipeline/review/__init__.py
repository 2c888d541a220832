"""The review page (an output): every figure highlighted in its report's text, with the checks' flags."""

from .page import _comparison_groups, _plan, indicator_key, outliers, render_review, write_review

__all__ = ["_comparison_groups", "_plan", "indicator_key", "outliers", "render_review", "write_review"]
