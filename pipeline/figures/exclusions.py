"""The exclusion index of one text: every match of rules/exclusions.yaml (dates, ordinals, set phrases,
identifiers), queried by span.

A pattern that can neither match nor look across a line break finds in a text exactly what it finds in
each of its lines: those patterns are run once per distinct line (reports repeat their lines: a town's
reports, a template), the others over the whole text.
"""

from __future__ import annotations

import bisect

import regex

from .. import rules
from .lines import LineMemo, by_line
from .pattern import figure_rules

# Shapes of a pattern's text (not language knowledge): inline flags and bounded repeats {m,n}.
_INLINE_FLAGS = regex.compile(r"\(\?([a-zA-Z0-9-]+)[:)]")
_REPEAT = regex.compile(r"(?<!\\p)\{([^}]*)\}")
_COUNTS = regex.compile(r"\d*(?:,\d*)?")
_POSIX_CLASS = regex.compile(r"\[:\^?\w+:\]")  # [:space:] in a set
_CODE = regex.compile(r"[0-9a-fA-F]{4}")  # \uXXXX
_BREAKS = {chr(c) for c in range(0x20)} | set("\x85\u2028\u2029")  # control characters and breaks: not read in a pattern


def line_local(pattern: regex.Pattern) -> bool:
    """Whether no match of ``pattern`` can hold or look at a line break: true only of patterns made of
    plain characters, sets that are not negated or list \\n ([^\\S\\n]: whitespace within a line), \\d \\w \\b
    \\B \\t \\uXXXX \\p{Han}, groups, lookarounds, bounded repeats, back references, and ^ $ in MULTILINE mode.
    Such a pattern finds the same matches in a text as in its lines one by one (at a line's edge a look-around
    sees a break or nothing, and neither is anything it can match). Anything else is taken to reach across lines."""
    if pattern.flags & (regex.DOTALL | regex.VERBOSE | regex.WORD | regex.ASCII | regex.LOCALE):
        return False
    s = pattern.pattern
    if any(set(m[1]) - set("imrfuV01") for m in _INLINE_FLAGS.finditer(s)):
        return False  # a scoped flag that may change what matches a break
    if any(not _COUNTS.fullmatch(m[1]) for m in _REPEAT.finditer(s)):
        return False  # fuzzy matching may insert a break
    if "[]" in s or "[^]" in s or _POSIX_CLASS.search(s):
        return False
    multiline = bool(pattern.flags & regex.MULTILINE)
    depth, i = 0, 0
    while i < len(s):
        c = s[i]
        if s.startswith("[^", i):
            end = None if depth else _negated_set_end(s, i)
            if end is None:
                return False
            i = end
            continue
        if c == "\\":
            e = s[i + 1 : i + 2]
            if s.startswith(r"\p{Han}", i):
                i += 7
                continue
            if e in ("d", "w", "b", "B", "t") or (e and not e.isalnum() and ord(e) >= 0x20) or (
                    e and e in "123456789" and not s[i + 2 : i + 3].isdigit()):
                i += 2
                continue
            if e == "u" and (code := _CODE.fullmatch(s, i + 2, i + 6)) and chr(int(code[0], 16)) not in _BREAKS:
                i += 6
                continue
            return False  # \s, \n, \x0a, \u000a, \P, \A ...
        if c in _BREAKS:
            return False
        if c == "[":
            depth += 1
        elif c == "]" and depth:
            depth -= 1
        elif depth == 0 and (c == "." or (c in "^$" and not multiline)):
            return False
        i += 1
    return True


def _negated_set_end(s: str, start: int) -> int | None:
    """The offset after the negated set opening at ``start`` when it lists \\n among what it excludes (so never
    matches a break, whatever else it holds: [^\\S\\n], whitespace within a line), else None. Sets nested in it
    only add to what it excludes; an operation on sets (--, &&, ||, ~~) might take the break out again."""
    depth, i, lists_break = 0, start + 2, False
    while i < len(s):
        c = s[i]
        if c == "\\":
            lists_break = lists_break or (depth == 0 and s[i + 1 : i + 2] == "n")
            i += 2
            continue
        if s[i : i + 2] in ("--", "&&", "||", "~~"):
            return None
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return i + 1 if lists_break else None
            depth -= 1
        i += 1
    return None


@rules.cached
def _patterns() -> tuple[tuple, tuple]:
    """(patterns run per line, patterns run over the whole text), each entry (order, rule id, pattern,
    needs, whether an empty match counts), in rule order (set phrases first)."""
    fr = figure_rules()
    entries = [(0, "set_phrase", fr.set_phrases, None, True)]
    entries += [(order, ex.id, ex.pattern, ex.needs, False) for order, ex in enumerate(fr.exclusions, 1)]
    local = tuple(e for e in entries if line_local(e[2]) and (e[3] is None or line_local(e[3])))
    return local, tuple(e for e in entries if e not in local)


@rules.cached
def _line_spans() -> LineMemo:
    """The line-local patterns' matches by line (start, end, order, rule id)."""
    return LineMemo()


def _spans_in(text: str, local: tuple) -> list[tuple]:
    spans = []
    for order, rule_id, pattern, needs, empty in local:
        if needs is None:
            spans.extend((m.start(), m.end(), order, rule_id) for m in pattern.finditer(text)
                         if empty or m.end() > m.start())
            continue
        for start, end in _lines_holding(text, needs):  # only these lines hold what every match holds
            spans.extend((m.start(), m.end(), order, rule_id) for m in pattern.finditer(text, start, end)
                         if empty or m.end() > m.start())
    return spans


def _lines_holding(text: str, needs: regex.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a match of ``needs`` (a line-local pattern: each of
    its matches stays in a line, so no match found hides one of the next line)."""
    lines: list[tuple[int, int]] = []
    end = -1
    for m in needs.finditer(text):
        if m.start() <= end:
            continue  # in the line listed last
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        lines.append((start, end))
    return lines


class _Exclusions:
    """Every exclusion match in a text, queried by span: which rule (first in rule order) covers it."""

    def __init__(self, text: str):
        local, whole = _patterns()
        if "\r" in text:  # \r\n: a break of two characters, which ^ and $ may read otherwise in a line alone
            local, whole = (), tuple(sorted(local + whole))
        spans = by_line(text, _line_spans(), lambda part: _spans_in(part, local)) if local else []
        for order, rule_id, pattern, needs, empty in whole:
            if needs is not None and not needs.search(text):
                continue
            spans.extend((m.start(), m.end(), order, rule_id) for m in pattern.finditer(text)
                         if empty or m.end() > m.start())
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
