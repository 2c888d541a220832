"""The literal text every match of a pattern holds, read from the pattern's text: a label holding none of it
cannot match, which a few dictionary look-ups tell faster than searching the label (30 µs for the patterns of %).

Only the shapes rules/indicators.yaml writes are read (literals, escaped marks, groups, alternatives, look-arounds,
quantifiers, plain sets, \\p{..}, ., ^, $); a pattern holding anything else (a range, a flag, a back reference)
is said to need nothing, so it is always searched.
"""

from __future__ import annotations

from ..first_chars import Unread, least_count, set_end

Needs = tuple[frozenset[str], ...]  # every match holds one string of each set


def needed(pattern: str) -> Needs:
    """Sets of strings of which every match of ``pattern`` holds one each; () when none is known."""
    try:
        needs, end = _alternatives(pattern, 0)
    except ValueError:  # Unread, or a group or \p{ left open
        return ()
    return tuple(needs) if end == len(pattern) else ()


def rarest(needs: list[frozenset[str]]) -> frozenset[str]:
    """The set whose shortest string is longest: the one fewest labels hold."""
    return max(needs, key=lambda strings: min(map(len, strings)))


def _alternatives(s: str, i: int) -> tuple[list[frozenset[str]], int]:
    branches = []
    while True:
        needs, i = _sequence(s, i)
        branches.append(needs)
        if i < len(s) and s[i] == "|":
            i += 1
            continue
        break
    if len(branches) == 1:
        return branches[0], i
    if not all(branches):
        return [], i  # a branch needing nothing: the whole needs nothing
    return [frozenset().union(*map(rarest, branches))], i


def _sequence(s: str, i: int) -> tuple[list[frozenset[str]], int]:
    needs: list[frozenset[str]] = []
    run = ""  # characters written one after the other, each once: needed together as one string
    while i < len(s) and s[i] not in "|)":
        atom, char, i = _atom(s, i)
        least, after = least_count(s, i)
        if char is not None and after == i:
            run += char
            continue
        if run:
            needs.append(frozenset([run]))
            run = ""
        if least:
            needs += atom
        i = after
    if run:
        needs.append(frozenset([run]))
    return needs, i


def _atom(s: str, i: int) -> tuple[list[frozenset[str]], str | None, int]:
    """What one atom needs, the character it is when a plain one, and where it ends."""
    c = s[i]
    if c == "(":
        if s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):  # looks, takes nothing: needs nothing of the match
            _, i = _alternatives(s, i + (4 if s[i + 2] == "<" else 3))
            needs: list[frozenset[str]] = []
        elif s.startswith("(?:", i):
            needs, i = _alternatives(s, i + 3)
        elif s.startswith(("(?P<", "(?<"), i):
            needs, i = _alternatives(s, s.index(">", i) + 1)
        elif s.startswith("(?", i):
            raise Unread(s)  # flags, comments, branch resets ...
        else:
            needs, i = _alternatives(s, i + 1)
        if i >= len(s) or s[i] != ")":
            raise Unread(s)
        return needs, None, i + 1
    if c == "[":
        close = set_end(s, i)
        members = s[i + 1 : close - 1]
        if any(m in members for m in "[^-\\&|~"):
            return [], None, close  # negated, nested, a range, an escape, an operation on sets: not read
        return [frozenset(members)], None, close
    if c == "\\":
        e = s[i + 1 : i + 2]
        if e in ("p", "P") and s.startswith("{", i + 2):
            return [], None, s.index("}", i) + 1
        if e in ("d", "D", "w", "W", "s", "S", "b", "B"):
            return [], None, i + 2
        if e and not e.isalnum() and e.isprintable():
            return [frozenset(e)], e, i + 2
        raise Unread(s)
    if c in ".^$":
        return [], None, i + 1
    if c in "*+?{":
        raise Unread(s)
    return [frozenset(c)], c, i + 1
