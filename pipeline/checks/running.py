"""Running the checks: every registered check of rules/checks.yaml over the prepared reports, its findings
turned into ``Flag`` records with stable ids (the same finding has the same flag_id on every run).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable

from ..model import Extraction, Flag, FlagItem
from .prepared import Context, Doc
from .registry import _REGISTRY, CheckRule, Finding, check_rules


def _flag(rule: CheckRule, finding: Finding) -> Flag:
    items = tuple(FlagItem(d.report.report_id, f.start, f.end, f.surface, f.indicator) for d, f in finding.items)
    key = rule.name + "|" + "|".join(f"{i.report_id}:{i.start}-{i.end}" for i in items)
    flag_id = "F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    template = rule.messages.get(finding.case) or next(iter(rule.messages.values()))
    scalars = {k: v for k, v in rule.params.data.items() if isinstance(v, (int, float, str))}
    return Flag(flag_id=flag_id, check=rule.name, severity=rule.severity,
                message=template.format_map({**scalars, **finding.fields}), items=items)


def run_checks(extractions: Iterable[Extraction], history: Iterable[Extraction] = ()) -> list[Flag]:
    """Every flag on the reports of ``extractions`` and ``history`` taken together.

    history holds reports from earlier runs (from the store): cross-period and
    cross-town checks compare the new reports with them, and since they are
    checked together, a store's flags are always those of the store as a whole.
    Failed reports are left out. Flags come in the order of rules/checks.yaml,
    then of the reports and offsets of their first figure.
    """
    docs = [Doc.of(ex) for ex in itertools.chain(extractions, history) if ex.report.status == "ok"]
    seen: dict[str, Flag] = {}
    ctx = Context(docs)
    for rule in check_rules():
        fn = _REGISTRY[rule.name][0]
        for finding in fn(ctx, rule.params):
            flag = _flag(rule, finding)
            seen.setdefault(flag.flag_id, flag)
    order = {rule.name: rule.order for rule in check_rules()}
    return sorted(seen.values(), key=lambda f: (order[f.check], f.items[0].report_id, f.items[0].start, f.flag_id))


def touching(flags: Iterable[Flag], report_ids: Iterable[str]) -> list[Flag]:
    """The flags that involve at least one of the reports."""
    ids = set(report_ids)
    return [f for f in flags if any(i.report_id in ids for i in f.items)]
