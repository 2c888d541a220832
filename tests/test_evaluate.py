"""Scores against gold: the contract's matching rules, and the numbers the project is held to."""

import dataclasses
import json

import pytest

from pipeline import evaluate
from pipeline.batch import extract_one
from pipeline.ingest import find_reports
from pipeline.model import Extraction, Figure, Report

from .conftest import CORPORA, GOLD, SHARED


def _figure(start, end, value, unit, indicator="开展集中学习"):
    return Figure("d", start, end, "x", value, unit, None, indicator, "number_unit")


def _gold(start, end, value, unit, **kw):
    row = dict(doc="d", start=start, end=end, surface="x", context="x", value=value, unit=unit, approx=None,
               label="", keywords=("集中学习",), entity=None, scope_period=None, kind="actual", section=None,
               optional=False)
    row.update(kw)
    return evaluate.GoldFigure(**row)


def _score(preds, golds):
    ex = Extraction(Report("d", "", "0123456789" * 3), figures=tuple(preds))
    return evaluate.score([ex], {"d": golds}, {"d": evaluate.GoldReport("d", None, None)}).total


@pytest.mark.parametrize(("pred", "gold", "matched"), [
    (_figure(0, 4, 1200, "米"), _gold(0, 5, 1.2, "公里"), True),  # 1.2公里 = 1200米
    (_figure(0, 4, 1300, "立方米"), _gold(0, 5, 1300, "立方"), True),  # 立方 is 立方米
    (_figure(0, 4, 30, "亩"), _gold(2, 6, 2, "公顷"), True),  # 2公顷 = 30亩, spans overlap
    (_figure(0, 4, 9, "人"), _gold(0, 2, 9, "名"), True),  # 名 counts persons
    (_figure(0, 4, 9, "人"), _gold(4, 6, 9, "人"), False),  # touching spans do not overlap
    (_figure(0, 4, 8, "人"), _gold(0, 4, 9, "人"), False),  # wrong value
])
def test_match_needs_overlap_and_the_same_base_value(pred, gold, matched):
    total = _score([pred], [gold])
    assert (total.tp, total.fp, total.fn) == ((1, 0, 0) if matched else (0, 1, 1))


def test_optional_gold_is_left_out_on_both_sides():
    total = _score([_figure(0, 3, 35, "岁")], [_gold(0, 3, 35, "岁", optional=True)])
    assert (total.tp, total.fp, total.fn) == (0, 0, 0)


def test_label_is_right_when_it_holds_every_keyword():
    total = _score([_figure(0, 3, 36, "次", "全镇开展集中学习")], [_gold(0, 3, 36, "次")])
    assert total.attribute_ok["label"] == 1


def _scored(gold_dir, texts_dir):
    extractions = [extract_one(path, rid) for path, rid in find_reports([texts_dir])]
    figures, reports = evaluate.load_gold(gold_dir, {ex.report.report_id: ex.report.text for ex in extractions})
    return evaluate.score(extractions, figures, reports).as_dict()["total"]


def test_reference_report_meets_the_bar():
    """../shared/gold: figure F1 >= 0.98 and label accuracy >= 0.90 (the issue's bar)."""
    if not (SHARED / "gold" / "figures.jsonl").is_file():
        pytest.skip("../shared/gold is not beside the project")
    total = _scored(SHARED / "gold", SHARED / "gold" / "texts")
    assert total["f1"] >= 0.98
    assert total["label_accuracy"] >= 0.90
    assert total["town_accuracy"] == total["period_accuracy"] == 1.0


def test_sample_corpus_meets_the_bar():
    """tests/gold over corpora/ as the files really are (docx, pdf, html, GBK, UTF-16): F1 >= 0.95."""
    total = _scored(GOLD, CORPORA)
    assert total["reports"] == len(GOLD.joinpath("documents.jsonl").read_text(encoding="utf-8").splitlines())
    assert total["f1"] >= 0.95
    assert total["label_accuracy"] >= 0.90
    assert total["town_accuracy"] == total["period_accuracy"] == 1.0


@pytest.mark.parametrize("name", ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
                                  "blind9"])
def test_blind_sets_meet_the_bar(name):
    """tests/gold/blind … blind7: reports written later, by other hands, in other styles (tables,
    1-10月 and quarterly reports, county and park reports, a 述职 report, a community, Chinese
    numerals, list items). Each was first scored before any rule was tuned on it (blind: F1 0.941,
    label 0.842; blind2: F1 0.989, label 0.983; blind3: F1 0.997, label 0.971; blind4: F1 0.970,
    label 0.950; blind5: F1 0.994, label 0.946; blind6: F1 0.985, label 0.970; blind7, two of its
    reports hard-wrapped as if copied from a PDF: F1 0.994, label 0.925; blind8, with a county
    government work report and a table whose header names the unit: F1 0.988, label 0.961, scope
    period 0.694; blind9, with a county bureau's report and a hard-wrapped one: F1 0.999, label
    0.938); the general fixes that followed are held here."""
    total = _scored(GOLD / name, GOLD / name / "texts")
    assert total["f1"] >= 0.95
    assert total["label_accuracy"] >= 0.90


def test_cli_json_output(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(GOLD), "--texts", str(GOLD / "texts"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"total", "per_report", "misses", "false_figures", "wrong_attributes"}
    assert scores["per_report"]["tongxihe-2025h1"]["tp"] > 70


def _aligned(rows):
    """Score concept alignment on rows (doc, gold concept, tool key or MISS when not extracted[, optional])."""
    extractions, golds = [], {}
    for doc in sorted({r[0] for r in rows}):
        preds = []
        for i, (d, concept, key, *opt) in enumerate(rows):
            if d != doc:
                continue
            golds.setdefault(doc, []).append(_gold(2 * i, 2 * i + 1, i, "次", doc=doc, concept=concept,
                                                   optional=bool(opt and opt[0])))
            if key != "MISS":
                preds.append(dataclasses.replace(_figure(2 * i, 2 * i + 1, i, "次"), report_id=doc, indicator_id=key))
        extractions.append(Extraction(Report(doc, "", "0123456789" * 10), figures=tuple(preds)))
    reports = {doc: evaluate.GoldReport(doc, None, None) for doc in golds}
    scored = evaluate.score(extractions, golds, reports)
    return scored.as_dict()


@pytest.mark.parametrize(("rows", "expected"), [
    # the same concept under the same key in two reports: one pair, found
    ([("a", "发展党员", "party.new_members"), ("b", "发展党员", "party.new_members")],
     dict(coverage=1.0, gold_pairs=1, tool_pairs=1, both_pairs=1, pair_f1=1.0)),
    # split: one concept under two keys
    ([("a", "发展党员", "party.new_members"), ("b", "发展党员", "party.members")],
     dict(coverage=1.0, gold_pairs=1, tool_pairs=0, both_pairs=0, pair_recall=0.0)),
    # merged: two concepts under one key
    ([("a", "排查一般隐患", "safety.hazards"), ("b", "排查重大隐患", "safety.hazards")],
     dict(gold_pairs=0, tool_pairs=1, both_pairs=0, pair_precision=0.0)),
    # a figure not extracted is uncovered, and makes no pair
    ([("a", "发展党员", "party.new_members"), ("b", "发展党员", "MISS")],
     dict(coverage=0.5, gold_pairs=0, tool_pairs=0)),
    # extracted without any key: uncovered, and its pair is lost
    ([("a", "发展党员", "party.new_members"), ("b", "发展党员", None)],
     dict(coverage=0.5, coverage_canonical=0.5, gold_pairs=1, tool_pairs=0, pair_recall=0.0)),
    # pairs inside one report are not counted
    ([("a", "发展党员", "party.new_members"), ("a", "发展党员", "party.new_members")],
     dict(coverage=1.0, gold_pairs=0, tool_pairs=0)),
    # a null concept equals no other: two keyed nulls are a merged pair, not a found one
    ([("a", None, "party.new_members"), ("b", None, "party.new_members"), ("c", "发展党员", "party.new_members")],
     dict(figures_with_concept=1, gold_pairs=0, tool_pairs=3, both_pairs=0)),
    # optional gold figures are left out
    ([("a", "发展党员", "party.new_members"), ("b", "发展党员", "party.members", True)],
     dict(figures_with_concept=1, gold_pairs=0, tool_pairs=0)),
    # 3 reports × concept X, 2 of them under one key: 3 gold pairs, 1 found
    ([("a", "X", "k"), ("b", "X", "k"), ("c", "X", "j")],
     dict(gold_pairs=3, tool_pairs=1, both_pairs=1, pair_precision=1.0, pair_recall=1 / 3)),
])
def test_concept_alignment(rows, expected):
    scores = _aligned(rows)
    got = {k: scores["concepts"][k] for k in expected}
    assert got == pytest.approx(expected)


def test_split_and_merged_pairs_are_listed_by_concept():
    scores = _aligned([("a", "X", "k"), ("b", "X", "j"), ("c", "Y", "k"), ("d", "X", "k")])
    assert [(s["concept"], s["pairs"]) for s in scores["split_pairs"]] == [("X", 2)]
    assert [k["key"] for k in scores["split_pairs"][0]["keys"]] == ["k", "j"]
    assert [(m["key"], m["pairs"]) for m in scores["merged_pairs"]] == [("k", 2)]
    assert [c["concept"] for c in scores["merged_pairs"][0]["concepts"]] == ["X", "Y"]
    assert "split pairs" in evaluate.format_scored(_scored_object([("a", "X", "k"), ("b", "X", "j")]))


def _scored_object(rows):
    extractions, golds = [], {}
    for i, (doc, concept, key) in enumerate(rows):
        golds[doc] = [_gold(0, 1, i, "次", doc=doc, concept=concept)]
        pred = dataclasses.replace(_figure(0, 1, i, "次"), report_id=doc, indicator_id=key)
        extractions.append(Extraction(Report(doc, "", "0123456789"), figures=(pred,)))
    return evaluate.score(extractions, golds, {d: evaluate.GoldReport(d, None, None) for d in golds})


def test_no_concept_scores_without_concepts_in_the_gold():
    assert "concepts" not in _aligned([("a", None, "k"), ("b", None, "k")])


@pytest.mark.parametrize(("line", "field", "expected"), [
    ('{"doc": "d", "context": "5至8人", "surface": "5至8人", "value": 5, "value_high": 8, "unit": "人"}',
     "value_high", 8.0),
    ('{"doc": "d", "context": "5至8人", "surface": "5至8人", "value": 5, "unit": "人"}', "value_high", None),
    ('{"doc": "d", "context": "5至8人", "surface": "5至8人", "value": 5, "unit": "人", "estimated": true}',
     "estimated", True),
    ('{"doc": "d", "context": "5至8人", "surface": "5至8人", "value": 5, "unit": "人", "concept": "培训人数"}',
     "concept", "培训人数"),
    ('{"doc": "d", "context": "5至8人", "surface": "5至8人", "value": 5, "unit": "人", "concept": null}',
     "concept", None),
])
def test_gold_reads_every_field_of_the_contract(tmp_path, line, field, expected):
    (tmp_path / "figures.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "documents.jsonl").write_text('{"doc": "d", "town": null, "period": "2025"}\n', encoding="utf-8")
    figures, _ = evaluate.load_gold(tmp_path, {"d": "培训5至8人。"})
    assert getattr(figures["d"][0], field) == expected


@pytest.mark.parametrize(("pred_high", "gold_high", "ok"), [(8, 8, True), (None, None, True), (None, 8, False),
                                                            (7, 8, False)])
def test_value_high_is_an_attribute(pred_high, gold_high, ok):
    total = _score([dataclasses.replace(_figure(0, 3, 5, "人"), value_high=pred_high)],
                   [_gold(0, 3, 5, "人", value_high=gold_high)])
    assert total.attribute_ok["value_high"] == ok


@pytest.mark.parametrize(("report_period", "pred", "gold", "ok"), [
    ("2024H1", "1—5月", "2024年1—5月", True),  # the year is the report's own, written or not
    ("2021", "2021 年度", "2021年度", True),
    ("2023", "1-10月", "2023年1-10月", True),
    ("2022H1", "去年", "2021年6月", False),  # the month matters
    ("2024", None, "2024年", False),
    ("2024", None, None, True),
])
def test_scope_period_is_compared_as_a_period(report_period, pred, gold, ok):
    ex = Extraction(Report("d", "", "0123456789" * 3, period=report_period),
                    figures=(dataclasses.replace(_figure(0, 3, 5, "人"), scope_period=pred),))
    total = evaluate.score([ex], {"d": [_gold(0, 3, 5, "人", scope_period=gold)]},
                           {"d": evaluate.GoldReport("d", None, report_period)}).total
    assert total.attribute_ok["scope_period"] == ok


def test_reference_gold_concepts_are_covered():
    """../shared/gold carries concepts; one report, so coverage only."""
    if not (SHARED / "gold" / "figures.jsonl").is_file():
        pytest.skip("../shared/gold is not beside the project")
    extractions = [extract_one(path, rid) for path, rid in find_reports([SHARED / "gold" / "texts"])]
    figures, reports = evaluate.load_gold(SHARED / "gold", {ex.report.report_id: ex.report.text for ex in extractions})
    c = evaluate.score(extractions, figures, reports).as_dict()["concepts"]
    assert c["figures_with_concept"] > 50
    assert c["coverage"] >= 0.8


REAL = GOLD / "real"  # real reports annotated blind (tests/gold/real/README.md: sources and before-tuning scores)


@pytest.mark.parametrize("name", ["towns1", "county2", "zhejiang3", "township4", "central5", "anhui6", "west7"])
def test_real_sets_meet_the_bar(name):
    """Real township and town reports: figures found, labels that name the measure, and the same
    measure in different towns put in one comparable row (pairwise F1 over the gold concepts)."""
    scored = evaluate.score(*_loaded(REAL / name)).as_dict()
    total, concepts = scored["total"], scored["concepts"]
    assert total["f1"] >= 0.95
    assert total["label_accuracy"] >= 0.85
    assert total["period_accuracy"] >= 0.8  # towns1: a news piece on a 2024 congress reviewing 2023 reads as 2024
    assert concepts["pair_f1"] >= 0.85
    assert concepts["coverage"] >= 0.90


def _loaded(gold_dir):
    extractions = [extract_one(path, rid) for path, rid in find_reports([gold_dir / "texts"])]
    figures, reports = evaluate.load_gold(gold_dir, {ex.report.report_id: ex.report.text for ex in extractions})
    return extractions, figures, reports
