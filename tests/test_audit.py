"""The audit trail: every numeral of every report is a figure in indicators.csv or a row in skipped.csv."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from typer.testing import CliRunner

from pipeline import audit, extract, figures, ingest
from pipeline.cli import app
from pipeline.extract import extract_report
from pipeline.model import Report

from .conftest import CORPORA
from .test_properties import report_text


@pytest.mark.parametrize(
    ("text", "numerals"),
    [
        ("全镇１，２３４．５人", ["１，２３４．５"]),
        ("投资1,200万元和3.5亿", ["1,200", "万", "3.5", "亿"]),  # a scale word is a numeral of its own
        ("两千三百余人，双河村，第一", ["两千三百", "一"]),
        ("〔2025〕3号，13812345678", ["2025", "3", "13812345678"]),
        ("二〇二五年，零星", ["二〇二五", "零"]),
        ("1,23万", ["1", "23", "万"]),  # not a thousands group
        ("没有数字", []),
    ],
)
def test_what_counts_as_a_numeral(text, numerals):
    assert [n for _, _, n in audit.numerals(text)] == numerals


def test_unaccounted_names_numerals_no_span_covers():
    class At:
        def __init__(self, start, end):
            self.start, self.end = start, end

    text = "共36次，480人次，2025年"
    assert audit.unaccounted(text, [At(1, 4)], [At(11, 15)]) == [(5, 8, "480")]
    assert audit.unaccounted(text, [At(1, 2)], []) == [(1, 3, "36"), (5, 8, "480"), (11, 15, "2025")]  # 36 half-covered


def _read_outputs(out: Path) -> tuple[dict[str, str], dict[str, list], dict[str, list]]:
    def rows(name):
        with open(out / name, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    class Row:
        def __init__(self, row):
            self.start, self.end, self.row = int(row["start"]), int(row["end"]), row

    figs, skips = defaultdict(list), defaultdict(list)
    for row in rows("indicators.csv"):
        figs[row["report_id"]].append(Row(row))
    for row in rows("skipped.csv"):
        skips[row["report_id"]].append(Row(row))
    texts = {
        r["report_id"]: (out / "text" / f"{r['report_id']}.txt").read_text(encoding="utf-8")
        for r in rows("reports.csv")
        if r["status"] == "ok"
    }
    return texts, figs, skips


def test_corpora_outputs_account_for_every_numeral(tmp_path):
    """On what the analyst gets: indicators.csv + skipped.csv against OUT/text/<id>.txt."""
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(CORPORA), "--out", str(out), "-q", "-j", "1", "--no-cache"])
    assert result.exit_code == 0, result.output
    texts, figs, skips = _read_outputs(out)
    assert len(texts) == len(ingest.find_reports([CORPORA]))
    n_numerals = 0
    for report_id, text in texts.items():
        for f in figs[report_id]:
            assert text[f.start : f.end] == f.row["surface"]
        for s in skips[report_id]:
            assert text[s.start : s.end] == s.row["text"] and s.row["reason"]
            assert s.row["reason"] != audit.UNACCOUNTED, s.row
        assert audit.unaccounted(text, figs[report_id], skips[report_id]) == [], report_id
        n_numerals += len(audit.numerals(text))
    assert n_numerals > 1000  # 1,207 numerals in the 11 reports


def test_national_reports_account_for_every_numeral(national_reports):
    n_numerals = n_figures = 0
    for row in national_reports:
        text = row["content"]
        ex = extract_report(Report(str(row["year"]), "", text, period=str(row["year"])))
        assert [s for s in ex.skipped if s.reason == audit.UNACCOUNTED] == [], row["year"]
        assert audit.unaccounted(text, ex.figures, ex.skipped) == [], row["year"]
        assert all(text[s.start : s.end] == s.text and s.reason for s in ex.skipped)
        n_numerals += len(audit.numerals(text))
        n_figures += len(ex.figures)
    assert n_numerals > 15000 and n_figures > 4000


@settings(max_examples=300, deadline=None)
@given(report_text)
@example("00 0年")  # once a figure 0 0年 began inside the run of digits 00, leaving the first 0 to no rule
def test_the_finder_alone_accounts_for_every_numeral(text):
    """No numeral needs the safety net: the figure and skip rules cover them all, on any text."""

    class At:
        def __init__(self, start, end):
            self.start, self.end = start, end

    found, skipped = figures.find(text)
    spans = [At(f.start, f.end) for f in found] + [At(a, b) for a, b, _, _ in skipped]
    assert audit.unaccounted(text, spans, []) == []


def test_a_numeral_no_rule_accounts_for_is_listed_and_warned_about(tmp_path, monkeypatch):
    """The safety net: if the rules ever drop a numeral, skipped.csv lists it and stderr says so."""
    real_find = figures.find
    monkeypatch.setattr(extract.figures, "find", lambda text: (real_find(text)[0], []))
    ex = extract_report(Report("r", "", "共培训200人，第3批，2025年"))
    assert [(s.text, s.reason) for s in ex.skipped] == [("3", audit.UNACCOUNTED), ("2025", audit.UNACCOUNTED)]

    (tmp_path / "r.txt").write_text("共培训200人，第3批，2025年", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0
    assert "zhibiao: warning: " in result.stderr and "2 numeral(s) no rule accounts for" in result.stderr
