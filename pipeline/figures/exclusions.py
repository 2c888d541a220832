"""The exclusion index of one text: every match of rules/exclusions.yaml (dates, ordinals, set phrases,
identifiers), queried by span.
"""

from __future__ import annotations

import bisect

from .pattern import figure_rules


class _Exclusions:
    """Every exclusion match in a text, queried by span: which rule (first in rule order) covers it."""

    def __init__(self, text: str):
        fr = figure_rules()
        spans = [(m.start(), m.end(), 0, "set_phrase") for m in fr.set_phrases.finditer(text)]
        for order, ex in enumerate(fr.exclusions, 1):
            if ex.needs and not any(c in text for c in ex.needs):
                continue
            spans.extend((m.start(), m.end(), order, ex.id) for m in ex.pattern.finditer(text) if m.end() > m.start())
        spans.sort()
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.longest = max((b - a for a, b, _, _ in spans), default=0)

    def covering(self, start: int, end: int) -> str | None:
        """The rule of the earliest-listed exclusion overlapping [start, end), if any."""
        best = None
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.spans[i][0] > start - self.longest:
            _, b, order, rule_id = self.spans[i]
            if b > start and (best is None or order < best[0]):
                best = (order, rule_id)
            i -= 1
        return best[1] if best else None
