"""The period grammar (pipeline/periods.py, rules/periods.yaml): written forms, codes, order, rendering."""

import pytest

from pipeline import periods

HALF_YEAR = periods.reference("2025H1")
# a 政府工作报告 delivered in January 2021 reviews 2020: relative words count from 2021
DELIVERED = periods.reference("2020", 2021)

# (written, reference, covered period)
WRITTEN = [
    ("2025年上半年", HALF_YEAR, "2025H1"),
    ("1-5月", HALF_YEAR, "2025M1-M5"),
    ("1—9月", HALF_YEAR, "2025M1-M9"),
    ("1至9月份", HALF_YEAR, "2025M1-M9"),
    ("2024年1-6月", HALF_YEAR, "2024H1"),
    ("一季度", HALF_YEAR, "2025Q1"),
    ("第三季度", HALF_YEAR, "2025Q3"),
    ("前三季度", HALF_YEAR, "2025M1-M9"),
    ("截至6月末", HALF_YEAR, "2025M6E"),
    ("6月底", HALF_YEAR, "2025M6E"),
    ("年底", HALF_YEAR, "2025M12E"),
    ("截至2024年底", HALF_YEAR, "2024M12E"),
    ("年初", HALF_YEAR, "2024M12E"),
    ("9月份", HALF_YEAR, "2025M9"),
    ("去年", HALF_YEAR, "2024"),
    ("上年", HALF_YEAR, "2024"),
    ("今年", HALF_YEAR, "2025"),
    ("去年", DELIVERED, "2020"),
    ("上年", DELIVERED, "2020"),
    ("今年", DELIVERED, "2021"),
    ("2021年以来", HALF_YEAR, "2021M1-2025M6"),
    ("2000年以来", DELIVERED, "2000-2020"),
    ("今年以来", HALF_YEAR, "2025H1"),
    ("十四五时期", HALF_YEAR, "2021-2025"),
    ("“十三五”期间", DELIVERED, "2016-2020"),
    ("过去五年", DELIVERED, "2016-2020"),
    ("全年", HALF_YEAR, "2025"),
    ("全年", DELIVERED, "2020"),
    ("下半年", HALF_YEAR, "2025H2"),
    ("二〇二四年", HALF_YEAR, "2024"),
    ("2025年末", None, "2025M12E"),
    ("十二五", HALF_YEAR, None),  # the plan's name, not its period
    ("完成", HALF_YEAR, None),
    ("去年", None, None),  # no reference to count from
]


@pytest.mark.parametrize("written, ref, covered", WRITTEN)
def test_written_forms(written, ref, covered):
    assert periods.read_code(written, ref) == covered


# (code, Chinese)
RENDERED = [
    ("2025", "2025年"),
    ("2025H1", "2025年上半年"),
    ("2025Q3", "2025年第3季度"),
    ("2025M1-M10", "2025年1-10月"),
    ("2025M9", "2025年9月"),
    ("2025M6E", "2025年6月末"),
    ("2025M12E", "2025年末"),
    ("2021-2025", "2021-2025年"),
    ("2021M1-2025M6", "2021年1月至2025年6月"),
    (None, "未知期间"),
]


@pytest.mark.parametrize("code, chinese", RENDERED)
def test_rendering(code, chinese):
    assert periods.label(code) == chinese


@pytest.mark.parametrize("code", ["2025", "2025H2", "2025Q4", "2025M3", "2025M1-M5", "2025M6E", "2016-2020", "2021M1-2025M6"])
def test_codes_round_trip(code):
    assert periods.code(periods.span(code)) == code


@pytest.mark.parametrize("code", ["2025M1-M6", "2025M7-M12", "2025M1-M12", "2025M4-M6"])
def test_a_named_range_has_one_code(code):
    assert periods.code(periods.span(code)) != code


# (outer, inner, contains)
CONTAINS = [
    ("2025", "2025H1", True),
    ("2025H1", "2025M1-M5", True),
    ("2025M1-M5", "2025H1", False),
    ("2025H1", "2025M6E", True),
    ("2025H1", "2025M12E", False),
    ("2021-2025", "2024", True),
    ("2024", "2025", False),
]


@pytest.mark.parametrize("outer, inner, contains", CONTAINS)
def test_containment(outer, inner, contains):
    assert periods.contains(outer, inner) is contains


def test_order():
    # latest end last; at the same end the shorter first; a point before the span ending with it
    codes = ["2025", "2025M1-M10", "2024", "2025H1", "2025M6E", "2025H2", "2021-2025"]
    assert sorted(codes, key=periods.sort_key) == ["2024", "2025M6E", "2025H1", "2025M1-M10", "2025H2", "2025", "2021-2025"]


def test_same_part_last_year():
    assert [periods.same_part_last_year(c) for c in ("2025H1", "2025", "2025M1-M5")] == ["2024H1", "2024", "2024M1-M5"]


def test_unknown_key_in_rules_is_rejected(tmp_path, monkeypatch):
    from pipeline import rules

    for path in rules.rules_dir().glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with open(tmp_path / "periods.yaml", "a", encoding="utf-8") as f:
        f.write("\nmonths_typo: 3\n")
    monkeypatch.setenv("ZHIBIAO_RULES", str(tmp_path))
    rules.clear_caches()
    try:
        with pytest.raises(rules.RuleError, match=r"periods\.yaml: months_typo: unknown key"):
            periods.grammar()
    finally:
        monkeypatch.delenv("ZHIBIAO_RULES")
        rules.clear_caches()
