"""The reports prepared for the checks: a ``Doc`` holds one report's figures grouped by sentence, with what
the text around a figure tells (its reading, the period it covers, whether it is a goal), cached per figure;
a ``Context`` holds all of them, by town and in period order.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import labels, periods
from ..comparison import town_values
from ..model import Extraction, Figure, Report, Sentence
from ..sections import split_sentences
from .reading import Reading, _read, reading_rules


@dataclass
class Doc:
    """One report prepared for the checks: its figures in text order, grouped by sentence."""

    report: Report
    figures: tuple[Figure, ...]
    sentences: tuple[tuple[Sentence, tuple[Figure, ...]], ...]
    span: periods.Span | None
    town_values: dict[tuple[str, str], Figure] = field(default_factory=dict)
    _readings: dict[int, Reading] = field(default_factory=dict, repr=False)
    _where: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)  # figure start -> sentence, index
    _paragraphs: dict[int, list[tuple[int, str]]] = field(default_factory=dict, repr=False)  # start -> periods named
    _headings: dict[str, str | None] = field(default_factory=dict, repr=False)
    _covered: dict[int, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, ex: Extraction) -> Doc:
        figs = tuple(sorted(ex.figures, key=lambda f: (f.start, f.end)))
        sents = ex.sentences or split_sentences(ex.report.text)
        starts = [s.start for s in sents]
        grouped: dict[int, list[Figure]] = defaultdict(list)
        for f in figs:
            grouped[bisect_right(starts, f.start) - 1].append(f)
        sentences = tuple(
            (sents[i] if i >= 0 else Sentence(0, len(ex.report.text), ex.report.text), tuple(fs))
            for i, fs in sorted(grouped.items())
        )
        values = {key: f for key, (f, _) in town_values(ex).items()}
        return cls(ex.report, figs, sentences, periods.span(ex.report.period), values)

    @property
    def text(self) -> str:
        return self.report.text

    def paragraph_of(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` starts (its line)."""
        return self.text.rfind("\n", 0, pos) + 1

    @functools.cached_property
    def by_paragraph(self) -> dict[int, tuple[Figure, ...]]:
        """The figures of each paragraph, by where it starts, in text order."""
        grouped: dict[int, list[Figure]] = defaultdict(list)
        for f in self.figures:
            grouped[self.paragraph_of(f.start)].append(f)
        return {start: tuple(figs) for start, figs in grouped.items()}

    @property
    def town(self) -> str | None:
        return self.report.town

    def gap(self, sentence: Sentence, figs: tuple[Figure, ...], i: int) -> str:
        """The text between the previous figure of the sentence (or its start) and figure i."""
        lo = figs[i - 1].end if i else sentence.start
        return self.text[max(lo, sentence.start) : figs[i].start]

    def back_in_list(self, sentence: Sentence, figs: tuple[Figure, ...], k: int, item_break: regex.Pattern
                     ) -> Iterator[int]:
        """The indexes of the figures before figure k in its clause list, nearest first: up to an ``item_break``."""
        for j in range(k - 1, -1, -1):
            if item_break.search(self.gap(sentence, figs, j + 1)):
                return
            yield j

    def clause_list_before(self, sentence: Sentence, opener: regex.Pattern) -> tuple[Figure, ...]:
        """The figures of the sentence before ``sentence`` when ``sentence`` goes on from it: it follows in
        the same paragraph a sentence that ``opener`` says runs on (ended by ；, so 其中 opening this one
        takes its whole from there); else none."""
        starts = [s.start for s, _ in self.sentences]
        k = bisect_right(starts, sentence.start) - 1
        if k <= 0:
            return ()
        previous, figs = self.sentences[k - 1]
        between = self.text[previous.end - 1 : sentence.start]
        return figs if opener.fullmatch(between) and "\n" not in between else ()

    def clause_before(self, sentence: Sentence, f: Figure) -> str:
        """The clause the figure ends: from the last clause break before it."""
        lr = labels.label_rules()
        start = sentence.start
        for m in lr.clause_break.finditer(self.text, sentence.start, f.start):
            start = m.end()
        return self.text[start : f.start]

    def read(self, f: Figure) -> Reading:
        """What the figure measures and when, from its fields or else from the text before it (cached)."""
        r = self._readings.get(f.start)
        if r is None:
            if not self._where:
                self._where = {g.start: (si, i) for si, (_, figs) in enumerate(self.sentences) for i, g in enumerate(figs)}
            si, i = self._where[f.start]
            r = self._readings[f.start] = _read(self, *self.sentences[si], i)
        return r

    def covered(self, f: Figure) -> Any:
        """The period the figure covers: its own field (else its scope), with the periods named around it (its
        heading, the last one named before it in its paragraph) and whether its clause makes it a running total
        (累计); None when that cannot be told."""
        if f.start not in self._covered:
            own = f.covered
            section = self.named_in_heading(f.section_path)
            covered = None
            if section is not None:  # a heading naming two periods (2022年和过去五年工作回顾) leaves it open
                # the paragraph's period too: a stage reads the figure's clause, not 过去五年 three sentences up
                covered = (own or self.named_in_heading(f.scope_period or ""), section, self.period_before(f.start),
                           bool(reading_rules().running_total.search(self.clause_before(self._sentence_of(f), f))))
            self._covered[f.start] = covered
        return self._covered[f.start]

    def _sentence_of(self, f: Figure) -> Sentence:
        self.read(f)  # fills _where
        return self.sentences[self._where[f.start][0]][0]

    def own_period(self, f: Figure) -> bool:
        """Whether the figure is, as far as the text tells, of the report's own period: no other period named for
        it, its heading or before it in its paragraph (五年来, “十三五”时期, 2017年), and no earlier value of a pair."""
        c = self.covered(f)
        return c is not None and c[0] in ("", self.report.period) and not c[1] and not c[2] and not (
            self.read(f).earlier_value)

    def goal(self, sentence: Sentence, f: Figure) -> bool:
        """A goal whatever its kind says: a target cue before it in the sentence (力争, 预计), or in the paragraph
        a list of goals opened before it (主要预期目标是：)."""
        return bool(labels.label_rules().target_cue.search(self.text, sentence.start, f.start)
                    or reading_rules().goal_lead.search(self.text, self.text.rfind("\n", 0, f.start) + 1, f.start))

    def periods_named(self, text: str) -> list[tuple[int, str]]:
        """The periods named in ``text``, as (end, word), in order; baselines (比上年) left out, the report's own as ""."""
        lr, rr = labels.label_rules(), reading_rules()
        spans = sorted((m.start(), m.end()) for pattern in (lr.period, rr.span_cue) for m in pattern.finditer(text)
                       if not lr.comparison.search(text, max(0, m.start() - 4), m.start()))
        merged: list[list[int]] = []
        for a, b in spans:  # 2025年 and 以来 that touch are one period
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(b, self._own_or(regex.sub(r"\s+", "", text[a:b]))) for a, b in merged]

    def _own_or(self, word: str) -> str:
        """The period ``word`` names as a code of pipeline/periods.py ("" for the report's own), else the word."""
        s = periods.read(word, periods.reference(self.report.period, self.report.delivered))
        if s is None:
            return word
        return "" if s == self.span else periods.code(s)

    def named_in_heading(self, text: str) -> str | None:
        """The period a heading or a scope names ("" for none or the report's own; cached). None when a figure
        under it may be of either of two periods: it names two (2020年和“十三五”时期), or a span holding the
        report's own (过去五年工作回顾, 本届政府工作回顾, in the report of the span's last year)."""
        if text not in self._headings:
            named = {w for _, w in self.periods_named(text)}
            ref = periods.reference(self.report.period, self.report.delivered)
            spans = [periods.read(w, ref) for w in named if w]
            if len(named) > 1 or any(s is None or (self.span is not None and s.overlaps(self.span)) for s in spans):
                self._headings[text] = None
            else:
                self._headings[text] = next(iter(named), "")
        return self._headings[text]

    def period_before(self, pos: int) -> str:
        """The last period named in the paragraph before ``pos`` ("" for none or the report's own)."""
        start = self.text.rfind("\n", 0, pos) + 1
        named = self._paragraphs.get(start)
        if named is None:
            end = self.text.find("\n", pos)
            named = self._paragraphs[start] = [(start + e, w) for e, w in self.periods_named(
                self.text[start : end if end >= 0 else len(self.text)])]
        return next((w for e, w in reversed(named) if e <= pos), "")


@dataclass
class Context:
    docs: list[Doc]
    by_town: dict[str, list[Doc]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for doc in self.docs:
            if doc.town and doc.span:
                self.by_town.setdefault(doc.town, []).append(doc)
        for docs in self.by_town.values():
            docs.sort(key=lambda d: (d.span.last, d.span.first, d.report.report_id))

    def report_of(self, town: str, period: str) -> Doc | None:
        return next((d for d in self.by_town.get(town, ()) if d.report.period == period), None)
