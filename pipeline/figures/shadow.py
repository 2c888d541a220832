"""The traditional-character shadow of a text: 萬 read as 万, character for character, and a word's
pinyin glosses (預(yù)計(jì)) moved out of it (used by ingest, normalize, evaluate and extract).
"""

from __future__ import annotations

import re
from collections import Counter

import regex

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
        shadow = _full_stops(_unmarked(_unglossed(shadow)))
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


@rules.cached
def _gloss_patterns() -> tuple[re.Pattern, regex.Pattern, regex.Pattern]:
    """A tone mark; one gloss after a character; a run of characters at least one of which carries a gloss
    (rules/figures.yaml, pinyin_gloss)."""
    gloss = rules.model("figures").pinyin_gloss.pattern
    return (re.compile("[" + re.escape(rules.model("figures").pinyin_gloss.marks) + "]"),
            rules.compiled(rf"(?<=\p{{Han}}){gloss}"),
            rules.compiled(rf"(?:\p{{Han}}(?:{gloss})?)*\p{{Han}}(?:{gloss})(?:\p{{Han}}(?:{gloss})?)*"))


_HAN = regex.compile(r"\p{Han}")
_LATIN_ACCENTED = re.compile("[\u00c0-\u024f]")  # a text without such a letter has no gloss: its rules are not read


def glosses(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a pinyin gloss after a character (the (yù) of 預(yù)計(jì)), in order."""
    if not _LATIN_ACCENTED.search(text):
        return []
    marks, gloss, _ = _gloss_patterns()
    return [m.span() for m in gloss.finditer(text)] if marks.search(text) else []


def _unglossed(text: str) -> str:
    """``text`` with each run of glossed characters (預(yù)計(jì)全縣) as its characters alone (預計全縣), padded with as
    many spaces to the same length: before them, or after them when a digit stands right before the run (the unit
    of 132.4億(yì)元 stays with its number). The same object when the text holds no gloss."""
    if not _LATIN_ACCENTED.search(text):
        return text
    marks, gloss, run = _gloss_patterns()
    # every run holds a gloss after a character: a text with tone marks and no gloss (a name in pinyin, Hénán) is not
    # read by the run pattern, which tries every run of characters for one (0.05 s for two national reports)
    if not marks.search(text) or not gloss.search(text):
        return text

    def moved(m: regex.Match) -> str:
        chars = "".join(_HAN.findall(m[0]))
        pad = " " * (len(m[0]) - len(chars))
        return chars + pad if m.start() and text[m.start() - 1].isdigit() else pad + chars

    return run.sub(moved, text)


def _unmarked(text: str) -> str:
    """``text`` with the mark a copying site ends its lines with (…。c5s乡村百科--为乡村振兴助力) as spaces, same
    length (rules/figures.yaml, watermark); the same object when it has none."""
    if "\n" not in text:
        return text  # one line: nothing repeats at line ends (and the rules are not read)
    wm = rules.model("figures").watermark
    k = wm.tail_chars
    lines = text.split("\n")
    bodies = [line.rstrip() for line in lines]
    ends = Counter(body[-k:] for body in bodies if len(body) > k)
    if not ends:
        return text
    tail, n = ends.most_common(1)[0]
    if n < wm.min_lines or n < wm.min_share * sum(ends.values()) or not _HAN.search(tail):
        return text
    marked = [i for i, body in enumerate(bodies) if len(body) > k and body.endswith(tail)]
    stops, first, width = _pattern(wm.stops), bodies[marked[0]], k
    while (width < len(first) and not stops.fullmatch(first[-width - 1])
           and all(bodies[i][-width - 1 :] == first[-width - 1 :] for i in marked)):
        width += 1  # the rest of the mark and the copy's code before it (hS2), the same on every line
    ends = _pattern(wm.sentence_end)
    if not any(len(bodies[i]) > width and ends.fullmatch(bodies[i][-width - 1]) for i in marked):
        return text  # no line's sentence ends before it: words of the text (…,完成年度目标任务)
    for i in marked:
        lines[i] = bodies[i][:-width] + " " * width + lines[i][len(bodies[i]) :]
    return "\n".join(lines)


def _full_stops(text: str) -> str:
    """``text`` with each full stop typed as an ASCII point (任务1276.已完成) read as the stop it is, same length
    (rules/figures.yaml, full_stop); the same object when it has none."""
    if "." not in text:
        return text
    stop = rules.model("figures").full_stop
    return _regex_pattern(stop.pattern).sub(stop.as_, text)


@rules.cached
def _regex_pattern(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.VERSION1)


@rules.cached
def _pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def simplified(text: str) -> str:
    """``text`` with traditional characters as simplified ones, character for character (same length), and a
    word's pinyin glosses moved out of it (預(yù)計(jì) read as 预计 and four spaces, see ``_unglossed``).

    The same string object when there is nothing to change, so callers can tell with ``is``.
    """
    return _SHADOW.convert(text)


def without_glosses(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` without the glosses at ``spans`` (see ``glosses``), and the offset in ``text`` of each character kept."""
    kept, at = [], 0  # the stretches between the glosses
    for a, b in spans:
        kept.append((at, a))
        at = b
    kept.append((at, len(text)))
    return "".join(text[a:b] for a, b in kept), [i for a, b in kept for i in range(a, b)]


def simplified_words(text: str) -> str:
    """``text`` in simplified characters without its pinyin glosses (預(yù)計(jì) -> 预计), shorter: for words compared
    with what the tool gives, not for offsets."""
    spans = glosses(text)
    return simplified(without_glosses(text, spans)[0] if spans else text)
