"""The review page (an output): every figure highlighted in its report's text, with the checks' flags.

page    -- ``render_review`` / ``write_review``: the whole page, its safety, its CSS and script (page.css, page.js)
plan    -- ids and cross references worked out before any HTML is written
text    -- each report's text with its figures, skipped numerals, headings and flags marked in place
charts  -- the comparison charts of the towns, ringed where the checks flagged an outlier
data    -- the figures' details and the flags as JSON for the page's script
"""

from .charts import OUTLIER_CHECK, comparison_groups, flagged_outliers
from .page import render_review, write_review
from .plan import dimension, indicator_key, plan

__all__ = ["OUTLIER_CHECK", "comparison_groups", "dimension", "flagged_outliers", "indicator_key", "plan", "render_review",
           "write_review"]
