"""Split a report into its numbered sections and its sentences, keeping offsets."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

import regex

from . import rules
from .model import Section, Sentence


@dataclass(frozen=True)
class SectionRules:
    levels: tuple[tuple[int, regex.Pattern], ...]
    inline: regex.Pattern  # a heading run into the line after a sentence and a space (a flattened web page)
    phrase_end: str
    max_heading_line: int
    sentence_end: regex.Pattern
    ends: str
    wrap_min_line: int
    wrap_not_after: str
    wrap_min_count: int


@rules.cached
def section_rules() -> SectionRules:
    r = rules.model("sections")
    levels = tuple((h.level, rules.compiled(r"[ \t\u3000]*(?:" + h.pattern + ")", regex.VERSION1)) for h in r.headings)
    ends = regex.escape(r.sentence_end)
    inline = "|".join(f"(?P<l{i}>{h.pattern})" for i, h in enumerate(r.headings))
    return SectionRules(
        levels=levels,
        inline=rules.compiled(rf"(?:(?<=[{regex.escape(r.inline_heading_after)}][ \t\u3000]*)"
                             rf"|(?<=^[^\n]{{0,{r.max_heading_line}}}?(?:{r.inline_heading_after_title})[ \t\u3000]*))"
                             rf"(?:{inline})",
                             regex.VERSION1),
        phrase_end=r.heading_phrase_end,
        max_heading_line=r.max_heading_line,
        # a run up to and with its end mark, or a lone end mark (never an empty match: there are many)
        sentence_end=rules.compiled(rf"[^{ends}\n]+[{ends}]?|[{ends}]"),
        ends=r.sentence_end,
        wrap_min_line=r.wrap_min_line,
        wrap_not_after=r.wrap_not_after,
        wrap_min_count=r.wrap_min_count,
    )


_RUN_ON = regex.compile(r"(?<=\S{4})[ \t\u3000]+(?=\S)")


def _heading_title(line: str, sr: SectionRules) -> str:
    """The heading line itself, or the leading phrase of a paragraph that opens with a marker
    (up to a phrase end, or a space after which the paragraph runs on: 一、2024年工作总结 2024年,在…)."""
    line = line.strip()
    if len(line) <= sr.max_heading_line and not any(c in line[:-1] for c in "。"):
        return line.rstrip("。")
    for i, c in enumerate(line):
        if c in sr.phrase_end:
            run_on = _RUN_ON.search(line, 0, i)
            return line[: run_on.start()] if run_on else line[:i]
    return line[: sr.max_heading_line]


def split_sections(text: str) -> tuple[Section, ...]:
    """Every numbered heading, in text order, with the span it governs and its path."""
    found: list[tuple[int, int, str]] = []  # (start, level, title)
    pos = 0
    for line in text.split("\n"):
        headings = _line_headings(line)
        if headings:  # most lines hold none
            found.extend((pos + at, level, title) for at, level, title in headings)
        pos += len(line) + 1
    found = sorted(set(found))

    sections = []
    stack: list[tuple[int, str]] = []  # (level, title) of the open headings
    for i, (start, level, title) in enumerate(found):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        end = len(text)
        for later_start, later_level, _ in found[i + 1 :]:
            if later_level <= level:
                end = later_start
                break
        sections.append(Section(level, title, start, end, tuple(t for _, t in stack)))
    return tuple(sections)


@rules.cached(maxsize=65536)
def _line_headings(line: str) -> tuple[tuple[int, int, str], ...]:
    """(offset in the line, level, title) of the headings a line holds: a function of the line alone, which
    reports repeat (a town's reports, a template), so each distinct line is read once."""
    sr = section_rules()
    found: list[tuple[int, int, str]] = []
    if "\t" in line and sum(bool(cell.strip()) for cell in line.split("\t")) > 1:
        return ()  # a table row (1.地区生产总值 | 增长6.5% | …) is no heading; a row of one cell may be
    for level, pattern in sr.levels:
        if pattern.match(line):
            offset = len(line) - len(line.lstrip())
            found.append((offset, level, _heading_title(line, sr)))
            break
    if len(line) > sr.max_heading_line:
        starts = [m.start() for m in sr.inline.finditer(line)]
        if found:
            starts.insert(0, -1)  # the line's own heading, which another may follow
        for at in starts:
            while True:  # 一、2024年工作总结 (一)坚持稳增长…: a heading run on into the next one
                if at >= 0:
                    title = _heading_title(line[at:], sr)
                    level = next(level for level, pattern in sr.levels if pattern.match(line, at))
                    found.append((at, level, title))
                else:
                    at, title = found[-1][0], found[-1][2]
                after = at + len(title)
                gap = len(line[after:]) - len(line[after:].lstrip(" \t\u3000"))
                if not gap or not any(pattern.match(line, after + gap) for _, pattern in sr.levels):
                    break
                at = after + gap
    return tuple(found)


def section_at(sections: tuple[Section, ...], starts: list[int], pos: int) -> Section | None:
    """The innermost section in force at ``pos`` (``starts`` are the sections' starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return sections[i] if i >= 0 else None


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences ended by 。！？； or a line end (not a soft wrap); empty stretches are left out."""
    out: list[Sentence] = []
    wraps = soft_wraps(text)
    for m in section_rules().sentence_end.finditer(text):
        if not m[0].strip():
            continue
        if out and m.start() - 1 in wraps and out[-1].end == m.start() - 1:  # the line before wrapped into this one
            out[-1] = Sentence(out[-1].start, m.end(), text[out[-1].start : m.end()])
        else:
            out.append(Sentence(m.start(), m.end(), m[0]))
    return tuple(out)


@rules.cached(maxsize=16)
def soft_wraps(text: str) -> frozenset[int]:
    """Offsets of the line breaks that only wrap a long line mid-sentence, as text copied from a PDF
    has them ("…累计新增市\n场主体1862户"): after a line of at least wrap_min_line characters that ends
    in no sentence mark, before a line that goes on; neither line a heading or a table row; and only
    in a text with at least wrap_min_count of them."""
    sr = section_rules()
    wraps = set()
    lines = text.split("\n")
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line) + 1
        if (len(line) >= sr.wrap_min_line and line[-1] not in sr.wrap_not_after and following[:1].strip()
                and "\t" not in line and "\t" not in following
                and not _is_heading(line, sr) and not _is_heading(following, sr)):
            wraps.add(pos - 1)
    # one or two such breaks are a title and its date line, not a wrapped paragraph
    return frozenset(wraps) if len(wraps) >= sr.wrap_min_count else frozenset()


# What a soft wrap becomes in the text the labels are read from: a character that breaks no clause.
WRAP = "\u2063"  # INVISIBLE SEPARATOR


def unwrapped(text: str) -> str:
    """``text`` with its soft wraps replaced by WRAP: the same length, so every offset still holds."""
    wraps = soft_wraps(text)
    if not wraps:
        return text
    parts, at = [], 0  # the stretches between the wraps, joined by WRAP: not a list of every character
    for pos in sorted(wraps):
        parts.append(text[at:pos])
        at = pos + 1
    parts.append(text[at:])
    return WRAP.join(parts)


def _is_heading(line: str, sr: SectionRules) -> bool:
    return any(pattern.match(line) for _, pattern in sr.levels)
