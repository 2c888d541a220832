"""The 72 national government work reports (1954-2025, read from ../shared): robustness, not scores."""

import regex

from pipeline.extract import extract_report
from pipeline.model import Report

# A figure must never be one of these (the contract's "not a figure" list).
DATE_OR_ORDINAL = regex.compile(
    r"^(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月(?!份?\s*[人次个])|第|[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）])"
)


def test_every_report_extracts(national_reports):
    n_figures = 0
    for row in national_reports:
        report = Report(str(row["year"]), "", row["content"], period=str(row["year"]))
        ex = extract_report(report)
        assert ex.report.status == "ok"
        for f in ex.figures:
            assert row["content"][f.start : f.end] == f.surface
            assert not DATE_OR_ORDINAL.match(f.surface), (row["year"], f.surface, f.sentence[:60])
            assert f.indicator, (row["year"], f.surface)
        n_figures += len(ex.figures)
    assert n_figures > 4000  # about 5,600 on the 52 dated reports


def test_full_width_and_thousands_separators_are_read(national_reports):
    report_1956 = next(r for r in national_reports if str(r["year"]) == "1956")
    ex = extract_report(Report("1956", "", report_1956["content"], period="1956"))
    big = [f for f in ex.figures if "，" in f.surface and f.value >= 1_000_000]
    assert big, "expected full-width figures with thousands separators in the 1956 report"
