"""The spaCy document model: spans slice back to figures, and the pipeline component runs."""

from pipeline.document import make_nlp, to_doc
from pipeline.extract import extract_report
from pipeline.model import Report


def test_doc_spans_are_the_figures(tongxihe_text):
    ex = extract_report(Report("tongxihe-2025h1", "", tongxihe_text, period="2025H1"))
    doc = to_doc(ex)
    assert doc.text == tongxihe_text
    spans = doc.spans["figures"]
    assert len(spans) == len(ex.figures)
    for span in spans:
        assert span.text == span._.figure.surface
        assert span.label_ == span._.figure.unit
    assert len(doc.spans["skipped"]) == len(ex.skipped)
    assert [s._.section.title for s in doc.spans["sections"]][:2] == ["一、上半年工作开展情况",
                                                                      "(一)“深耕细作”强党建,奏响基层治理新强音"]


def test_nlp_pipeline_component():
    nlp = make_nlp()
    doc = nlp("今年共发展党员7名，消除风险24户71人。")
    assert [s.text for s in doc.spans["figures"]] == ["7名", "24户", "71人"]
    assert doc.spans["figures"][0]._.figure.indicator == "发展党员"


def test_nlp_pipe_over_the_corpus_yields_the_batch_figures(corpus):
    """The registered component, run by nlp.pipe() over corpora/, finds exactly what the batch finds."""
    nlp = make_nlp()
    docs = []
    for ex in corpus:
        if ex.report.status != "ok":
            continue
        doc = nlp.make_doc(ex.report.text)
        doc._.report = ex.report  # town and period, as ingest read them
        docs.append(doc)
    batch_figures = [f for ex in corpus for f in ex.figures]
    assert len(docs) >= 10 and len(batch_figures) > 500
    piped = [span._.figure for doc in nlp.pipe(docs) for span in doc.spans["figures"]]
    assert piped == batch_figures
