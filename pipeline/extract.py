"""One report through every stage: sections, figures, labels, normalize. Pure: text in, records out."""

from __future__ import annotations

from . import audit, figures, labels, normalize, sections
from .model import Extraction, Figure, Report, Skipped, evolve

OCR = "ocr"  # Report.encoding of a text read by OCR (pipeline/ingest/ocr.py)


def extract_report(report: Report) -> Extraction:
    """All figures of one report, labelled and normalized (base unit, canonical indicator),
    the numerals that are not figures, and the report's sections and sentences."""
    if report.status != "ok":
        return Extraction(report=report)
    # a report in traditional characters is read through a simplified copy of the same length:
    # figures and labels are found in it, surfaces and sentences are given as written
    shadow = figures.simplified(report.text)
    if gloss_spans := figures.glosses(report.text):
        ex = _read_without_glosses(report, gloss_spans)
    elif shadow is report.text:
        ex = _extract(report)
    else:
        ex = _extract(evolve(report, text=shadow))
        text = report.text
        ex = evolve(
            ex,
            report=report,
            figures=tuple(evolve(f, surface=text[f.start : f.end], sentence=_as_written(text, shadow, f))
                          for f in ex.figures),
            skipped=tuple(evolve(s, text=text[s.start : s.end]) for s in ex.skipped),
            sentences=tuple(evolve(s, text=text[s.start : s.end]) for s in ex.sentences),
        )
    if report.encoding == OCR:  # text read from a scan: its figures are marked as such (rule number_unit+ocr)
        ex = evolve(ex, figures=tuple(evolve(f, rule=f"{f.rule}+{OCR}") for f in ex.figures))
    return ex


def _extract(report: Report) -> Extraction:
    secs = sections.split_sections(report.text)
    sents = sections.split_sentences(report.text)
    found, skipped = figures.find(report.text)
    found, in_names = figures.outside_names(report.text, found, (report.town or "", report.county or ""))
    skipped = sorted([*skipped, *in_names]) if in_names else skipped
    figs = labels.label_figures(report, found, secs, sents)
    rows = [Skipped(report.report_id, a, b, t, why) for a, b, t, why in skipped]
    # The audit's safety net: a numeral no rule accounted for is still listed, never dropped.
    missed = audit.unaccounted(report.text, figs, rows)
    rows += [Skipped(report.report_id, a, b, t, audit.UNACCOUNTED) for a, b, t in missed]
    return normalize.normalize(
        Extraction(
            report=report,
            sections=secs,
            figures=figs,
            skipped=tuple(sorted(rows, key=lambda s: (s.start, s.end)) if missed else rows),
            sentences=sents,
        )
    )


def _read_without_glosses(report: Report, spans: list[tuple[int, int]]) -> Extraction:
    """A report whose words carry pinyin glosses (預(yù)計(jì)) read through a copy without them, in simplified
    characters; every offset found in the copy is taken back to the text as written, so a figure, sentence or
    section holds the glosses inside it (132.4億(yì)元)."""
    text = report.text
    bare, where = figures.without_glosses(text, spans)  # where: the text's offset of each character of the copy
    copy = figures.simplified(bare)
    ex = _extract(evolve(report, text=copy))

    def start(i: int) -> int:
        return where[i] if i < len(where) else len(text)

    def end(i: int) -> int:  # just after the copy's character before i (a gloss after it is not inside: 5項(xiàng))
        return where[i - 1] + 1 if 0 < i <= len(where) else start(i)

    def span_of(sentence: str, f: Figure) -> str:
        at = copy.rfind(sentence, max(0, f.end - len(sentence)), f.start + len(sentence)) if sentence else -1
        return text[start(at) : end(at + len(sentence))] if at >= 0 else sentence

    figs = []
    for f in ex.figures:
        a, b = start(f.start), end(f.end)
        figs.append(evolve(f, start=a, end=b, surface=text[a:b], sentence=span_of(f.sentence, f)))
    return evolve(
        ex,
        report=report,
        figures=tuple(figs),
        skipped=tuple(evolve(s, start=start(s.start), end=end(s.end), text=text[start(s.start) : end(s.end)])
                      for s in ex.skipped),
        sentences=tuple(evolve(s, start=start(s.start), end=end(s.end), text=text[start(s.start) : end(s.end)])
                        for s in ex.sentences),
        sections=tuple(evolve(s, start=start(s.start), end=start(s.end)) for s in ex.sections),
    )


def _as_written(text: str, shadow: str, figure: Figure) -> str:
    """The figure's sentence as written: found around the figure in the shadow, taken from the text."""
    sentence = figure.sentence
    at = shadow.rfind(sentence, max(0, figure.end - len(sentence)), figure.start + len(sentence)) if sentence else -1
    return text[at : at + len(sentence)] if at >= 0 else sentence
