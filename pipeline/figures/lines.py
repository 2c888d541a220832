"""A scan of a text put together from scans of its distinct lines, for a scan whose matches never hold a line
break (but those it is told of) and read the same in a line as in the text: reports repeat their lines (a town's
reports, a template), so each distinct line is scanned once per run.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

LINES_MAX = 200_000  # distinct lines remembered per scan; then start afresh: bounded memory on any corpus


def by_line(text: str, memo: dict[str, tuple], scan: Callable[[str], list[tuple]],
            joined: set[int] | frozenset[int] = frozenset()) -> list[tuple]:
    """``scan(text)``, its rows (start, end, ...) taken from ``memo`` (line -> the rows of that line, offsets
    from the line's start) and the lines not in it scanned and remembered. The line breaks at the offsets
    ``joined`` (those a match may hold) join their lines into one."""
    lines = pieces(text, joined)
    new = {line for line in lines if line not in memo}
    if len(memo) + len(new) > LINES_MAX:
        memo.clear()
        new = set(lines)
    if sum(map(len, new)) * 2 > len(text):  # mostly unseen: one scan of the text, shared out to its lines
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        per_line: list[list] = [[] for _ in lines]
        rows = scan(text)
        for a, b, *rest in rows:
            li = bisect.bisect_right(starts, a) - 1
            per_line[li].append((a - starts[li], b - starts[li], *rest))
        for line, found in zip(lines, per_line, strict=True):
            memo[line] = tuple(found)
        return rows
    for line in new:
        memo[line] = tuple(scan(line))
    rows, at = [], 0
    for line in lines:
        for a, b, *rest in memo[line]:
            rows.append((a + at, b + at, *rest))
        at += len(line) + 1
    return rows


def pieces(text: str, joined: set[int] | frozenset[int]) -> list[str]:
    """The lines of ``text``, those on either side of a break at an offset in ``joined`` as one."""
    lines = text.split("\n")
    if not joined:
        return lines
    out, at = [lines[0]], len(lines[0])  # at: the offset of the break before the next line
    for line in lines[1:]:
        if at in joined:
            out[-1] += "\n" + line
        else:
            out.append(line)
        at += len(line) + 1
    return out
