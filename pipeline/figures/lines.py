"""A scan of a text put together from scans of its distinct lines, for a scan whose matches never hold a line
break (but those it is told of) and read the same in a line as in the text: reports repeat their lines (a town's
reports, a template), so each distinct line is scanned once per run.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

LINES_MAX = 200_000  # distinct lines remembered per scan; then start afresh: bounded memory on any corpus


class LineMemo:
    """One scan's rows by distinct line (offsets from the line's start). A text scanned whole is shared out to its
    lines only when one of them comes again: most texts that are not copies never are (a national report)."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple] = {}
        self.pending: dict[str, tuple[list[str], tuple]] = {}  # line -> (lines, rows) of a text scanned whole


def by_line(text: str, memo: LineMemo, scan: Callable[[str], list[tuple]],
            joined: set[int] | frozenset[int] = frozenset(), apart: Callable[[str], bool] = lambda lines: True
            ) -> list[tuple]:
    """``scan(text)``, its rows (start, end, ...) put together from the rows of its lines, each distinct line
    scanned once. The line breaks at the offsets ``joined`` (those a match may hold) join their lines into one.
    The lines not seen yet are scanned in one text, one after the other, when ``apart`` says no match there holds
    a line break."""
    lines = pieces(text, joined)
    known, pending = memo.rows, memo.pending
    for line in lines:
        if line not in known and line in pending:
            _share_out(*pending[line], memo)
    new = list(dict.fromkeys(line for line in lines if line not in known))
    if len(known) + len(pending) + len(new) > LINES_MAX:
        known.clear()
        pending.clear()
        new = list(dict.fromkeys(lines))
    if sum(map(len, new)) * 2 > len(text):  # mostly unseen: one scan of the text, shared out when a line comes again
        rows = scan(text)
        scanned = (lines, tuple(rows))  # not the list returned: the caller may add to it
        pending.update(dict.fromkeys(lines, scanned))
        return rows
    if len(new) > 1 and apart(together := "\n".join(new)):  # one scan, not one per line: a call costs
        _share_out(new, scan(together), memo)
    else:
        for line in new:
            known[line] = tuple(scan(line))
    rows, at = [], 0
    for line in lines:
        for a, b, *rest in known[line]:
            rows.append((a + at, b + at, *rest))
        at += len(line) + 1
    return rows


def _share_out(lines: list[str], rows: list[tuple] | tuple, memo: LineMemo) -> None:
    """Remember the rows of the scan of the lines joined by line breaks, each for its line."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    per_line: list[list] = [[] for _ in lines]
    for a, b, *rest in rows:
        li = bisect.bisect_right(starts, a) - 1
        per_line[li].append((a - starts[li], b - starts[li], *rest))
    for line, found in zip(lines, per_line, strict=True):
        memo.rows[line] = tuple(found)
        memo.pending.pop(line, None)


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
