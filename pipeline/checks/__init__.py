"""Checks: flags on figures that do not add up, within a report, across periods and across towns.

Each check is one small function registered under its name with ``@check``; its
severity, message and parameters come from the entry of the same name in
rules/checks.yaml (a check without an entry there does not run). A check gets
the prepared reports (``Doc``) and yields ``Finding``s: the figures involved and
the values for its message. ``run_checks`` turns findings into ``Flag`` records
with stable ids, so the same finding has the same flag_id on every run.

The package, one module a seam:
    registry          @check, Params, Finding, check_rules (the entries of rules/checks.yaml)
    reading           what a figure measures and when, from the text before it
    prepared          Doc (one report prepared for the checks) and Context (all of them)
    comparing         bounds, comparable, additive and the helpers for messages
    within one report: parts_and_wholes, rates_and_shares, covered_periods, restatements, totals, changes
    across reports:    across_periods (cumulative, half vs year, growth), outliers (across towns),
                       copies (copied across towns, repeated from the previous report)
    running           run_checks and touching: findings into Flags
"""

from __future__ import annotations

from ..present import brief as show
from . import (  # the check families register themselves with @check when imported
    across_periods,
    changes,
    copies,
    covered_periods,
    outliers,
    parts_and_wholes,
    rates_and_shares,
    restatements,
    totals,
)
from .comparing import INF, additive, bounds, comparable, exact, label, significant_digits, surfaces
from .prepared import Context, Doc
from .reading import Reading, ReadingRules, reading_rules
from .registry import NAME, SEVERITIES, CheckFn, CheckRule, Finding, Params, check, check_rules, ctx_pattern
from .running import run_checks, touching

__all__ = [
    "INF", "NAME", "SEVERITIES", "CheckFn", "CheckRule", "Context", "Doc", "Finding", "Params", "Reading",
    "ReadingRules", "across_periods", "additive", "bounds", "changes", "check", "check_rules", "comparable", "copies",
    "covered_periods", "ctx_pattern", "exact", "label", "outliers", "parts_and_wholes", "rates_and_shares",
    "reading_rules", "restatements", "run_checks", "show", "significant_digits", "surfaces", "totals", "touching",
]
