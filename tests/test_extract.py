"""extract_report runs every stage, normalize included, and keeps the report's sentences."""

from pipeline import batch
from pipeline.extract import extract_report
from pipeline.model import Report
from pipeline.sections import split_sentences

from .conftest import GOLD


def test_every_stage_including_normalize(tongxihe_text):
    ex = extract_report(Report("tongxihe-2025h1", "", tongxihe_text, period="2025H1"))
    assert ex.figures
    assert all(f.unit_norm for f in ex.figures)
    assert sum(1 for f in ex.figures if f.indicator_id) / len(ex.figures) > 0.5
    assert ex.sentences == split_sentences(tongxihe_text)
    assert all(any(s.start <= f.start < s.end for s in ex.sentences) for f in ex.figures)


def test_batch_adds_nothing_to_extract_report():
    path = GOLD / "texts" / "tongxihe-2025h1.txt"
    report = batch.ingest.read_report(path, "tongxihe-2025h1")
    assert batch.extract_one(path, "tongxihe-2025h1") == extract_report(report)


def test_a_written_sentence():
    ex = extract_report(Report("r", "", "全镇新增造林2公顷。发展党员3名。", period="2025H1"))
    assert [(f.value_norm, f.unit_norm) for f in ex.figures] == [(30, "亩"), (3, "人")]
    assert [s.text for s in ex.sentences] == ["全镇新增造林2公顷。", "发展党员3名。"]


def test_numerals_in_the_reports_own_name_are_no_figures():
    """四面城镇 (昌图县 2020, fresh set64): 四面 is the town's name, not four faces; listed as skipped."""
    text = "四面城镇位于昌图县中部，辖12个行政村。四面城镇历史悠久，有安州古城之称。"
    ex = extract_report(Report("r", "", text, town="四面城镇", period="2020"))
    assert [f.surface for f in ex.figures] == ["12个"]
    assert [(s.text, s.reason) for s in ex.skipped] == [("四面", "place_name")] * 2
