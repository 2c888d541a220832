"""Split a report into its numbered sections and its sentences, keeping offsets."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from . import rules
from .model import Section, Sentence


@dataclass(frozen=True)
class SectionRules:
    levels: tuple[tuple[int, regex.Pattern], ...]
    phrase_end: str
    max_heading_line: int
    sentence_end: regex.Pattern


@functools.cache
def section_rules() -> SectionRules:
    data = rules.load("sections")
    levels = []
    for i, entry in enumerate(rules.need("sections", data, "headings", list)):
        where = f"headings[{i}]"
        level = rules.need("sections", entry, "level", int, where)
        pattern = rules.need("sections", entry, "pattern", str, where)
        levels.append((level, rules.compile_pattern("sections", f"{where}.pattern", r"[ \t\u3000]*(?:" + pattern + ")")))
    ends = rules.need("sections", data, "sentence_end", str)
    return SectionRules(
        levels=tuple(levels),
        phrase_end=rules.need("sections", data, "heading_phrase_end", str),
        max_heading_line=rules.need("sections", data, "max_heading_line", int),
        # a run up to and with its end mark, or a lone end mark (never an empty match: there are many)
        sentence_end=regex.compile(rf"[^{regex.escape(ends)}\n]+[{regex.escape(ends)}]?|[{regex.escape(ends)}]"),
    )


def _heading_title(line: str, sr: SectionRules) -> str:
    """The heading line itself, or the leading phrase of a paragraph that opens with a marker."""
    line = line.strip()
    if len(line) <= sr.max_heading_line and not any(c in line[:-1] for c in "。"):
        return line.rstrip("。")
    for i, c in enumerate(line):
        if c in sr.phrase_end:
            return line[:i]
    return line[: sr.max_heading_line]


def split_sections(text: str) -> tuple[Section, ...]:
    """Every numbered heading, in text order, with the span it governs and its path."""
    sr = section_rules()
    found: list[tuple[int, int, str]] = []  # (start, level, title)
    pos = 0
    for line in text.split("\n"):
        for level, pattern in sr.levels:
            if pattern.match(line):
                offset = len(line) - len(line.lstrip())
                found.append((pos + offset, level, _heading_title(line, sr)))
                break
        pos += len(line) + 1

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


def section_at(sections: tuple[Section, ...], starts: list[int], pos: int) -> Section | None:
    """The innermost section in force at ``pos`` (``starts`` are the sections' starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return sections[i] if i >= 0 else None


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences ended by 。！？； or a line end; empty stretches are left out."""
    out = []
    for m in section_rules().sentence_end.finditer(text):
        if m[0].strip():
            out.append(Sentence(m.start(), m.end(), m[0]))
    return tuple(out)
