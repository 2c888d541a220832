"""The traditional-character shadow of a text: 萬 read as 万, character for character (used by ingest,
normalize, evaluate and extract).
"""

from __future__ import annotations

import re

from .. import rules


class _Shadow:
    """Traditional characters mapped one by one to simplified ones (萬 -> 万, 畝 -> 亩), with OpenCC.

    Each character is converted on its own, never a phrase, so the shadow text has exactly the
    length of the text as written and every offset found in it holds in the original. Characters
    are converted once per run (a report brings a few new ones at most) and kept.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.table: dict[int, str] = {}
        self.changed: set[str] = set()  # the characters the table changes
        self.converter = None
        self.recent: list[tuple[str, str]] = []  # ingest and extract ask for the same text in turn
        # searched in C instead of making a set of every text's characters: a character not seen when
        # the pattern was made (remade as `seen` grows by a quarter; those seen since are told apart
        # one by one), and a character the table changes
        self.unseen: re.Pattern | None = None
        self.unseen_made_at = 0
        self.changing: re.Pattern | None = None

    def convert(self, text: str) -> str:
        for seen_text, seen_shadow in self.recent:
            if seen_text is text:
                return seen_shadow
        seen, unseen = self.seen, self.unseen
        if unseen is None:
            self._learn(set(text))
        else:  # the characters the pattern finds, not a set of the whole text (a national report: 0.5 ms)
            new = {m[0] for m in unseen.finditer(text)}
            if not new <= seen:
                self._learn(new)
        # only the characters to change are replaced: str.translate would look up every character of the
        # text in the table (6 ms for a national report holding one)
        changing = self.changing
        shadow = text if changing is None else changing.sub(self._simplified_char, text)
        self.recent = [(text, shadow), *self.recent[:3]]
        return shadow

    def _simplified_char(self, m: re.Match) -> str:
        return self.table[ord(m[0])]

    def _learn(self, chars: set[str]) -> None:
        new = [c for c in chars - self.seen if c >= "\u2e80"]  # CJK and beyond; ASCII and Latin stay
        if new:
            self.seen.update(new)
            if self.converter is None:
                import opencc  # on first use

                self.converter = opencc.OpenCC(rules.model("figures").opencc_config)
            out = self.converter.convert("\n".join(new)).split("\n")
            if len(out) == len(new):
                pairs = [(a, b) for a, b in zip(new, out) if len(b) == 1 and b != a]
                if pairs:
                    self.table.update((ord(a), b) for a, b in pairs)
                    self.changed.update(a for a, _ in pairs)
                    self.changing = re.compile("[" + re.escape("".join(sorted(self.changed))) + "]")
        if self.unseen is None or len(self.seen) >= 1.25 * self.unseen_made_at + 16:
            self.unseen = re.compile("[^\x00-\u2e7f" + re.escape("".join(sorted(self.seen))) + "]")
            self.unseen_made_at = len(self.seen)


_SHADOW = _Shadow()


def simplified(text: str) -> str:
    """``text`` with traditional characters as simplified ones, character for character (same length).

    The same string object when there is nothing to change, so callers can tell with ``is``.
    """
    return _SHADOW.convert(text)
