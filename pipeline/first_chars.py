"""The characters every match of a pattern starts with, read from the pattern's text, and the pattern led by a
look-ahead at them. The regex module tries each alternative of a pattern at every character it searches from; a
pattern of many alternatives that start at few characters (the period grammar's: 28 µs a clause on average) is
tried at one set test per character when led so (a tenth of the time), and matches the same.

Only plain shapes are read (literals, escaped marks, groups, alternatives, look-arounds, quantifiers, sets of
characters and ranges, \\s, ^ and $); a pattern holding a back reference or a flag, one whose first character may be
anything else (\\p{..}, \\d, ., a negated or nested set) and one that can match nothing are left as they are.
"""

from __future__ import annotations

import regex

RANGE_MAX = 1024  # a wider range of characters (a script's block) is left unread: the set would test no faster
# what \s may match: the characters str.isspace() holds (tests/test_speed.py checks both)
SPACES = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B)))


class Unread(ValueError):
    """A shape of pattern text this reader (or pipeline/normalize/literals.py's) does not know."""


def led(pattern: str, flags: int) -> str:
    """``pattern`` led by a look-ahead at the characters its matches start with, when they are known; else as it
    is. Read for VERSION1 patterns only (how a set nests depends on the version), not verbose or ignoring case."""
    chars = first_chars(pattern) if _read(flags) else None
    if not chars:
        return pattern
    members = "".join(c if c.isalnum() else "\\" + c for c in sorted(chars))
    return f"(?=[{members}])(?:{pattern})"


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with; None when not known, or when it may match nothing."""
    try:
        chars, empty, end = _alternatives(pattern, 0)
    except ValueError:  # Unread, or a group left open
        return None
    if end != len(pattern) or empty or chars is None:
        return None
    return frozenset(chars)


def _alternatives(s: str, i: int) -> tuple[set[str] | None, bool, int]:
    """(first characters, None when not known; whether it may match nothing; where it ends)."""
    chars: set[str] | None = set()
    empty = False
    while True:
        first, nothing, i = _sequence(s, i)
        chars = None if chars is None or first is None else chars | first
        empty = empty or nothing
        if i < len(s) and s[i] == "|":
            i += 1
            continue
        return chars, empty, i


def _sequence(s: str, i: int) -> tuple[set[str] | None, bool, int]:
    chars: set[str] | None = set()
    open_ = True  # every atom so far may match nothing: the next one's first characters count too
    while i < len(s) and s[i] not in "|)":
        first, nothing, i = _atom(s, i)
        least, i = least_count(s, i)
        if open_:
            chars = None if chars is None or first is None else chars | first
            open_ = nothing or least == 0
    return chars, open_, i


def least_count(s: str, i: int) -> tuple[int, int]:
    """The least count of the quantifier at ``i`` (1 when there is none) and where it ends."""
    if i >= len(s) or s[i] not in "?*+{":
        return 1, i
    if s[i] == "{":
        close = s.find("}", i)
        counts = s[i + 1 : close].split(",") if close > i + 1 else []
        if not 1 <= len(counts) <= 2 or not all(c.isdigit() or c == "" for c in counts) or counts == [""]:
            raise Unread(s)
        least, i = int(counts[0] or 0), close + 1
    else:
        least, i = (1 if s[i] == "+" else 0), i + 1
    if i < len(s) and s[i] in "?+":  # lazy or possessive
        i += 1
    return least, i


def _atom(s: str, i: int) -> tuple[set[str] | None, bool, int]:
    """What one atom may start with (None when not known), whether it may match nothing, and where it ends."""
    c = s[i]
    if c == "(":
        if s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):  # looks, takes nothing
            _, _, i = _alternatives(s, i + (4 if s[i + 2] == "<" else 3))
            chars: set[str] | None = set()
            empty = True
        elif s.startswith("(?:", i):
            chars, empty, i = _alternatives(s, i + 3)
        elif s.startswith(("(?P<", "(?<"), i):
            chars, empty, i = _alternatives(s, s.index(">", i) + 1)
        elif s.startswith("(?", i):
            raise Unread(s)  # flags, comments, conditions, atomic groups ...
        else:
            chars, empty, i = _alternatives(s, i + 1)
        if i >= len(s) or s[i] != ")":
            raise Unread(s)
        return chars, empty, i + 1
    if c == "[":
        return _set(s, i)
    if c == "\\":
        e = s[i + 1 : i + 2]
        if e in ("p", "P") and s.startswith("{", i + 2):
            return None, False, s.index("}", i) + 1
        if e == "s":
            return set(SPACES), False, i + 2
        if e in ("d", "D", "w", "W", "S"):
            return None, False, i + 2
        if e and not e.isalnum() and e.isprintable():
            return {e}, False, i + 2
        raise Unread(s)  # back references, \b, \A, \n, \uXXXX ...
    if c in "^$":
        return set(), True, i + 1
    if c == ".":
        return None, False, i + 1
    if c in "*+?{":
        raise Unread(s)
    return {c}, False, i + 1


def _set(s: str, i: int) -> tuple[set[str] | None, bool, int]:
    """The members of the set opened at ``i`` when plain (characters, escaped marks, ranges), else None; and its end
    (sets nest in VERSION1)."""
    end = set_end(s, i)
    body = s[i + 1 : end - 1]
    if not body or body[0] in "^]" or "[" in body or any(op in body for op in ("&&", "||", "--", "~~")):
        return None, False, end  # negated, nested, or an operation on sets
    chars: set[str] = set()
    k = 0
    while k < len(body):
        c = body[k]
        if c == "\\":
            c = body[k + 1 : k + 2]
            if not c or c.isalnum() or not c.isprintable():
                return None, False, end  # \d, \p{..}, \n ... in a set
            k += 2
        else:
            k += 1
        if k + 1 < len(body) and body[k] == "-":  # a range (a - last in the set is itself)
            last = body[k + 1]
            if last == "\\" or not 0 <= ord(last) - ord(c) <= RANGE_MAX:
                return None, False, end
            chars.update(map(chr, range(ord(c), ord(last) + 1)))
            k += 2
            continue
        chars.add(c)
    return chars, False, end


def of_pattern(pattern: regex.Pattern) -> frozenset[str] | None:
    """first_chars of a compiled pattern, None where its flags are not read (see led)."""
    return first_chars(pattern.pattern) if _read(pattern.flags) else None


def _read(flags: int) -> bool:
    return bool(flags & regex.VERSION1) and not flags & (regex.VERBOSE | regex.IGNORECASE)


class Anchored:
    """A pattern only ever matched at a given place (match, fullmatch): where the character there starts no match
    it answers None without calling the regex module, whose every call costs about a microsecond. The labels stage
    tries some patterns at every figure's clause, and most of those tries fail at their first character."""

    __slots__ = ("first", "pattern")

    def __init__(self, pattern: regex.Pattern):
        self.pattern = pattern
        self.first = of_pattern(pattern)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        if self.first is not None and string[pos : pos + 1] not in self.first:
            return None
        return self.pattern.match(string, pos) if endpos is None else self.pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        if self.first is not None and string[pos : pos + 1] not in self.first:
            return None
        return self.pattern.fullmatch(string, pos) if endpos is None else self.pattern.fullmatch(string, pos, endpos)


def set_end(s: str, i: int) -> int:
    """Where the set opened at ``i`` ends (sets nest in the regex module's VERSION1); shared with
    pipeline/normalize/literals.py."""
    if s.startswith(("[]", "[^]"), i):
        raise Unread(s)  # a ] first in a set: a member or the end, by flags
    depth = 0
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s[i] == "[":
            depth += 1
        elif s[i] == "]":
            depth -= 1
            if not depth:
                return i + 1
        i += 1
    raise Unread(s)
