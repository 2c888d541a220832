"""The checks on real text: each planted case in corpora/planted is flagged, the consistent reports are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import batch, checks, normalize, rules
from pipeline.extract import extract_report
from pipeline.model import Report

from .conftest import CORPORA, GOLD

PLANTED = CORPORA / "planted"

# Every flag `zhibiao run corpora` should raise: (check, the reports involved, the figures as written).
# The planted cases are documented in corpora/README.md; the first two are real findings in the real report.
EXPECTED = {
    ("period_not_over", ("tongxihe-2025h1",), ("191万元",)),
    ("period_not_over", ("tongxihe-2025h1",), ("1246人次",)),
    ("part_exceeds_whole", ("songling-2025h1",), ("56起", "61起")),
    ("part_exceeds_whole", ("songling-2025h1",), ("42次", "48次")),
    ("persons_households", ("songling-2025h1",), ("12户", "9人")),
    ("persons_households", ("songling-2025h1",), ("8户", "67人")),
    ("rate_out_of_range", ("songling-2025h1",), ("102.6%",)),
    ("shares_exceed_whole", ("songling-2025h1",), ("62%", "45%")),
    ("period_not_over", ("songling-2025h1",), ("1500亩",)),
    ("earlier_period_as_result", ("songling-2025h1",), ("2000亩",)),
    ("conflicting_restatement", ("songling-2025h1",), ("5名", "3名")),
    ("total_mismatch", ("songling-2025h1",), ("12座", "15座", "9座", "38座")),
    ("outlier_across_towns", ("songling-2025h1",), ("230万元",)),
    ("copied_across_towns", ("songling-2025h1", "yunfeng-2025h1"), ("1.8万亩", "320公顷", "1.8万亩", "320公顷")),
    ("cumulative_shrinks", ("liuxi-2024", "liuxi-2025h1"), ("1.2万亩", "1.05万亩")),
    ("half_exceeds_year", ("liuxi-2025", "liuxi-2025h1"), ("158.6万元", "142.3万元")),
    ("growth_mismatch", ("liuxi-2024", "liuxi-2025"), ("8.5%", "18,060元", "17,200元")),
    ("repeated_from_previous", ("liuxi-2024", "liuxi-2025"), ("16次", "4200余份", "16次", "4200余份")),
}


def _key(flag) -> tuple:
    return flag.check, tuple(sorted({i.report_id for i in flag.items})), tuple(i.surface for i in flag.items)




def _flags_of(text: str, period: str = "2025H1", town: str = "青石镇") -> list:
    """The flags on one report written here (a title line is added)."""
    title = f"{town}{period[:4]}年{'上半年' if period.endswith('H1') else ''}工作总结\n"
    report = Report("example", "example.txt", title + text, town=town, period=period)
    return checks.run_checks([normalize.normalize(extract_report(report))])


# --------------------------------------------------------------------------- the corpus


@pytest.mark.parametrize("case", sorted(EXPECTED), ids=lambda c: f"{c[0]}:{'+'.join(c[1])}:{c[2][0]}")
def test_each_planted_case_is_flagged(flags, case):
    assert case in {_key(f) for f in flags}


def test_nothing_else_is_flagged(flags):
    """The eleven consistent reports, and everything in the planted ones that is not a planted case."""
    unexpected = [(_key(f), f.message) for f in flags if _key(f) not in EXPECTED]
    assert unexpected == []


def test_every_check_catches_a_planted_case(flags):
    assert {f.check for f in flags} == {rule.name for rule in checks.check_rules()}


def test_clean_reports_raise_no_flag_but_the_real_findings():
    clean = list(batch.extract_paths(sorted(p for p in CORPORA.iterdir() if p.is_file() and p.suffix != ".md")))
    assert len(clean) == 11
    found = {_key(f) for f in checks.run_checks(clean)}
    assert found == {k for k in EXPECTED if k[1] == ("tongxihe-2025h1",)}


def test_reference_report_full_year_figure_in_a_half_year_report_is_flagged():
    ex = batch.extract_one(GOLD / "texts" / "tongxihe-2025h1.txt", "tongxihe-2025h1")
    flagged = [f for f in checks.run_checks([ex]) if f.check == "period_not_over"]
    assert [f.items[0].surface for f in flagged] == ["191万元", "1246人次"]
    assert "全年" in flagged[0].message and "2025年上半年" in flagged[0].message


def test_a_flag_names_check_severity_reports_figures_and_says_why_in_chinese(flags):
    flag = next(f for f in flags if f.check == "half_exceeds_year")
    assert flag.severity == "error"
    assert [(i.report_id, i.surface) for i in flag.items] == [("liuxi-2025h1", "158.6万元"), ("liuxi-2025", "142.3万元")]
    assert flag.message == "“民政补助资金”2025年上半年为158.6万元，大于全年（2025年）的142.3万元：半年数不应超过全年数。"


def test_flag_ids_are_stable(corpus, flags):
    again = checks.run_checks(list(reversed(corpus)))
    assert [f.flag_id for f in again] == [f.flag_id for f in flags]
    assert len({f.flag_id for f in flags}) == len(flags)


def test_history_from_earlier_runs_is_checked_with_the_new_reports():
    liuxi = {ex.report.report_id: ex for ex in batch.extract_paths([PLANTED / "liuxi-2024.txt", PLANTED / "liuxi-2025h1.txt",
                                                                    PLANTED / "liuxi-2025.txt"])}
    new = [liuxi.pop("liuxi-2025")]
    found = {f.check for f in checks.run_checks(new, history=liuxi.values())}
    assert found == {"half_exceeds_year", "growth_mismatch", "repeated_from_previous", "cumulative_shrinks"}
    touching_new = checks.touching(checks.run_checks(new, history=liuxi.values()), ["liuxi-2025"])
    assert {f.check for f in touching_new} == {"half_exceeds_year", "growth_mismatch", "repeated_from_previous"}


# --------------------------------------------------------------------------- one sentence at a time


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("上半年排查隐患72起，整改隐患69起。", None),
        ("上半年排查隐患56起，整改隐患61起。", "part_exceeds_whole"),
        ("共开展安全检查42次，其中联合检查18次。", None),
        ("共开展安全检查42次，其中联合检查48次。", "part_exceeds_whole"),
        ("茶园面积1.8万亩，其中有机茶园认证面积320公顷。", None),  # 320公顷 is 4800亩
        ("协议引资152亿元，其中10亿元以上项目3个。", None),  # 10亿元以上 is a threshold, not a part too big
        ("新增低保3户11人。", None),
        ("新增低保12户9人。", "persons_households"),
        ("实施临时救助8户67人。", "persons_households"),
        ("审批发放支出型临时救助95户95人。", None),
        ("群众满意率达98.5%。", None),
        ("城乡居民医保参保率达102.6%。", "rate_out_of_range"),
        ("茶叶产值同比增长150%。", None),  # a growth rate may pass 100%
        ("全乡耕地中，水田占52%、旱地占45%。", None),
        ("全乡耕地中，水田占62%、旱地占45%。", "shares_exceed_whole"),
        ("全年完成植树造林1500亩。", "period_not_over"),
        ("2024年新建高标准农田2000亩。", "earlier_period_as_result"),
        ("对2024年排查出的18户重点户开展“回头看”。", None),  # the figure names what is followed up
        ("2024年试种的再生稻亩产达1200斤以上。", None),
        ("松岭村12座、杉树村15座、石桥村9座，共计36座。", None),
        ("松岭村12座、杉树村15座、石桥村9座，共计38座。", "total_mismatch"),
        ("共建成停车场9个，分别为A区3个、B区5个。", "total_mismatch"),
    ],
)
def test_sentence(text, check):
    found = [f.check for f in _flags_of(text)]
    assert found == ([check] if check else []), [f.message for f in _flags_of(text)]


def test_restated_figure_in_another_sentence_conflicts():
    assert [f.check for f in _flags_of("上半年发展党员3名。\n一、党建\n共发展党员5名。")] == ["conflicting_restatement"]
    assert _flags_of("上半年发展党员3名。\n一、党建\n全年共发展党员8名。", period="2025") == []  # a half and the year
    assert _flags_of("上半年发展党员3名。\n一、党建\n上半年发展党员3名。") == []
    assert _flags_of("开展专项执法行动3次，联合执法4次。") == []  # one sentence: parts, not restatements


def test_a_full_year_figure_in_a_year_end_report_is_a_result():
    assert _flags_of("全年清运生活垃圾1860吨。", period="2024H2") == []


# --------------------------------------------------------------------------- rules/checks.yaml




@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ("  part_exceeds_whole:\n    severity: error", "  part_exceeds_whole:\n    severity: bad",
         "rules/checks.yaml: checks.part_exceeds_whole.severity: expected one of error, warning, info"),
        ("  half_exceeds_year:", "  half_is_too_big:", "rules/checks.yaml: checks.half_is_too_big: unknown key"),
        ("{half_period}为{half}", "{half_period}为{halves}", "checks.half_exceeds_year.message: unknown field(s) halves"),
    ],
)
def test_rule_errors_name_file_and_key(rules_copy: Path, old, new, error):
    path = rules_copy / "checks.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(rules.RuleError, match=error.replace("(", r"\(").replace(")", r"\)")):
        checks.check_rules()


def test_a_parameter_error_names_the_key(rules_copy: Path, corpus):
    path = rules_copy / "checks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    min_towns: 5\n", ""), encoding="utf-8")
    with pytest.raises(rules.RuleError, match=r"rules/checks.yaml: checks.outlier_across_towns.min_towns: missing"):
        checks.run_checks(corpus)


def test_a_disabled_check_does_not_run(rules_copy: Path, corpus):
    path = rules_copy / "checks.yaml"
    text = path.read_text(encoding="utf-8").replace("  total_mismatch:\n", "  total_mismatch:\n    enabled: false\n")
    path.write_text(text, encoding="utf-8")
    assert "total_mismatch" not in {f.check for f in checks.run_checks(corpus)}
