"""The spaCy document model: a report as a Doc, its figures, sections and skipped numerals as Spans.

Tokens are the stretches between the boundaries of those spans, so every span
slices back to its exact surface (no character is re-tokenised away), and
building a Doc costs a few thousand tokens per report, not one per character.
The stages are registered as spaCy components, so `make_nlp()` gives a pipeline
that turns a text into a fully annotated Doc, and displaCy can render it.
"""

from __future__ import annotations

import functools
import itertools

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extract import extract_report
from .model import Extraction, Report

for _name in ("figure", "skipped", "section"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("report"):
    Doc.set_extension("report", default=None)
if not Doc.has_extension("extraction"):
    Doc.set_extension("extraction", default=None)


def _boundaries(ex: Extraction) -> list[int]:
    cuts = {0, len(ex.report.text)}
    for f in ex.figures:
        cuts.update((f.start, f.end))
    for s in ex.skipped:
        cuts.update((s.start, s.end))
    for sec in ex.sections:
        cuts.add(sec.start)
        cuts.add(min(len(ex.report.text), sec.start + len(sec.title)))
    return sorted(cuts)


def to_doc(ex: Extraction, vocab=None) -> Doc:
    """A Doc of the report text with doc.spans['figures'|'skipped'|'sections'] set."""
    text = ex.report.text
    cuts = _boundaries(ex)
    words = [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]
    doc = Doc(vocab or _blank().vocab, words=words or [" "], spaces=[False] * max(1, len(words)))
    doc._.report = ex.report
    doc._.extraction = ex
    _set_spans(doc, ex)
    return doc


def _set_spans(doc: Doc, ex: Extraction) -> None:
    """Spans for figures, skipped numerals and section headings (those that align with the tokens)."""
    groups = {
        "figures": [(f.start, f.end, f.unit, "figure", f) for f in ex.figures],
        "skipped": [(s.start, s.end, s.reason, "skipped", s) for s in ex.skipped],
        "sections": [(sec.start, min(len(doc.text), sec.start + len(sec.title)), f"level{sec.level}", "section", sec)
                     for sec in ex.sections],
    }
    for key, items in groups.items():
        spans = []
        for start, end, label, attr, record in items:
            span = doc.char_span(start, end, label=label)
            if span is not None:
                span._.set(attr, record)
                spans.append(span)
        doc.spans[key] = spans


@Language.component("zhibiao_extract")
def zhibiao_extract(doc: Doc) -> Doc:
    """Run every extraction stage on doc.text (using doc._.report for town and period when set)."""
    report = doc._.report or Report(report_id="doc", path="", text=doc.text)
    ex = extract_report(report)
    doc._.extraction = ex
    _set_spans(doc, ex)
    return doc


@functools.cache
def _blank():
    import spacy

    return spacy.blank("zh")


def make_nlp():
    """A blank Chinese pipeline (character tokens) with the zhibiao stages as a component."""
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("zhibiao_extract")
    return nlp
