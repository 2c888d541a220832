"""One report file turned into a Report: its text, and its title, town and period.

The text comes from the format's reader (formats); town, period and county come from
the manifest where it gives them, else from the guesses (guess).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..figures import glosses, simplified, without_glosses
from ..model import Report
from .contract import LIMITS, UNSUPPORTED, Limits, Unreadable, Unsupported
from .formats import read_text
from .guess import guess_report
from .manifest import manifest_entry


def read_report(
    path: Path, report_id: str, manifest: dict[str, dict[str, str]] | None = None, *, limits: Limits = LIMITS
) -> Report:
    """The report in ``path``, or a failed Report saying in plain words why it cannot be read.

    An "ok" Report's message is empty unless the text was read despite a problem
    (a few undecodable bytes). town, period and county come from the manifest entry for the file (looked up
    by file name, then report id, then stem) where it gives them, else they are
    guessed from the title, the head of the text and the file name.
    """
    try:
        read = read_text(path, limits)
    except Unreadable as problem:
        status = UNSUPPORTED if isinstance(problem, Unsupported) else "failed"
        return Report(report_id, str(path), "", status=status, message=str(problem))
    # traditional characters (鎮, 萬) are read through a simplified copy of the same length, words with pinyin glosses
    # (鄉(xiāng)) through a copy without them; the title stays as written
    spans = glosses(read.text)
    bare, where = without_glosses(read.text, spans) if spans else (read.text, None)
    shadow = simplified(bare)
    guess = guess_report(shadow, simplified(path.stem))
    if shadow is not read.text and guess.title:
        at = shadow.find(guess.title)
        last = at + len(guess.title) - 1
        start, end = (where[at], where[last] + 1) if where else (at, last + 1)
        guess = replace(guess, title=read.text[start:end])
    given = manifest_entry(manifest or {}, path, report_id)
    return Report(
        report_id,
        str(path),
        read.text,
        encoding=read.encoding,
        title=guess.title,
        town=given.get("town") or guess.town,
        period=given.get("period") or guess.period,
        county=given.get("county") or guess.county,
        message=read.note,
        delivered=guess.delivered if given.get("period", guess.period) == guess.period else None,
    )
