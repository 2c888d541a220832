"""Scores against gold: the contract's matching rules, and the numbers the project is held to."""

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
