"""pipeline/units.py (every unit conversion) and pipeline/present.py (every number format)."""

import pytest

from pipeline import figures, present, rules, units


@pytest.mark.parametrize(
    ("value", "unit", "base"),
    [
        (2, "公顷", (30, "亩")),
        (4.6, "公里", (4600, "米")),
        (0.1, "公斤", (0.0001, "吨")),
        (3, "名", (3, "人")),
        (1300, "立方", (1300, "立方米")),
        (12, "户", (12, "户")),  # a measure word is its own base
        (5, "光年", (5, "光年")),  # not in rules/units.yaml: left as it is
    ],
)
def test_to_base(value, unit, base):
    assert units.to_base(value, unit) == (pytest.approx(base[0]), base[1])


@pytest.mark.parametrize(
    ("value", "unit", "base"),
    [
        (1850, "万元", (18_500_000, "元")),  # a table headed 总投资（万元）
        (2, "万亩", (20_000, "亩")),
        (2, "公顷", (30, "亩")),
        (7, "元", (7, "元")),
    ],
)
def test_to_base_with_a_scale_in_the_unit(value, unit, base):
    assert units.to_base_scaled(value, unit) == (pytest.approx(base[0]), base[1])


@pytest.mark.parametrize(
    ("surface", "base"),
    [  # real figures from the sample reports (corpora/, tests/gold/texts)
        ("12.5万元", (125_000, "元")),
        ("194.1亩", (194.1, "亩")),
        ("5.2公里", (5200, "米")),
        ("320公顷", (4800, "亩")),
        ("3名", (3, "人")),
    ],
)
def test_a_parsed_figure_in_its_base_unit(surface, base):
    q = figures.parse(surface)
    assert units.to_base(q.value, q.unit) == (pytest.approx(base[0]), base[1])


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [("公顷", "area"), ("亩", "area"), ("立方", "volume"), ("名", "count"), ("周岁", "age"), ("", None), ("光年", None)],
)
def test_dimension(unit, dimension):
    assert units.dimension(unit) == dimension


@pytest.mark.parametrize(
    ("value", "base", "other", "expected"),
    [(1.0, "亩", "平方米", 666.6667), (20_000_000.0, "平方米", "亩", 30_000.0), (5.0, "米", "米", 5.0), (1.0, "吨", "亩", None)],
)
def test_a_value_in_another_base_unit_of_its_dimension(value, base, other, expected):
    got = units.in_unit(value, base, other)
    assert got == pytest.approx(expected, rel=1e-6) if expected is not None else got is None


def test_an_equivalent_between_units_that_are_no_base_is_one_error(rules_copy):
    path = rules_copy / "units.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("亩: {平方米: 666.6667}", "亩: {平方公里: 0.000667}"),
                    encoding="utf-8")
    with pytest.raises(rules.RuleError, match=r"equivalents\.亩: '平方公里' is no base unit"):
        units.lexicon()


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [("立方米", "立方米"), ("元/亩", "元"), ("％", "%"), ("光年", None)],
)
def test_unit_of(unit, canonical):
    u = units.unit_of(unit)
    assert (u.canonical if u else None) == canonical


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (28_000, "元", "2.8万元"),
        (320_000_000, "元", "3.2亿元"),
        (9_999, "元", "9999元"),
        (1.5, "", "1.5"),
        (123.456, "人", "123人"),
        (12.34, "", "12.3"),
        (0.126, None, "0.13"),
    ],
)
def test_brief(value, unit, shown):
    assert present.brief(value, unit) == shown


@pytest.mark.parametrize(
    ("value", "plain", "grouped", "grouped3"),
    [
        (36.0, "36", "36", "36"),
        (100000.0, "100000", "100,000", "100,000"),
        (194.1, "194.1", "194.1", "194.1"),
        (1234.56789, "1234.56789", "1,234.56789", "1,234.568"),
        (None, "", "", ""),
    ],
)
def test_number_formats(value, plain, grouped, grouped3):
    assert present.plain(value) == plain
    assert present.grouped(value) == grouped
    assert present.grouped(value, places=3) == grouped3


@pytest.mark.parametrize(
    ("unit", "values", "choice", "shown", "divisor"),
    [
        ("元", [28000, 11_220_000], None, "万元", 1e4),  # money in 万元 by default
        ("元", [8_630_000_000, 12_000_000], None, "亿元", 1e8),  # a row reaching 1亿: 亿元
        ("元", [99_999_999], None, "万元", 1e4),
        ("元", [28000], "亿元", "亿元", 1e8),  # the analyst's choice, for every row
        ("元", [8_630_000_000], "万元", "万元", 1e4),
        ("元", [28000], "元", "元", 1),
        ("元", [], None, "万元", 1e4),
        ("人", [12_000_000], None, "人", 1),  # no table scale for other units
        ("元/亩", [1200], None, "元/亩", 1),
        ("%", [5.2], "亿元", "%", 1),
    ],
)
def test_table_units(unit, values, choice, shown, divisor):
    assert units.for_table(unit, values, choice) == (shown, divisor)


def test_money_choices_come_from_the_display_scales():
    assert units.money_choices() == ("元", "万元", "亿元")


@pytest.mark.parametrize(
    ("value", "divisor", "shown"),
    [(11_220_000, 1e4, 1122), (28000, 1e4, 2.8), (8_630_000_000, 1e8, 86.3), (0.1 + 0.2, 1, 0.1 + 0.2), (None, 1e4, None)],
)
def test_scaled_values_carry_no_float_noise(value, divisor, shown):
    assert present.scaled(value, divisor) == shown


@pytest.mark.parametrize(
    ("name", "chinese"),
    [
        (("check", "part_exceeds_whole"), "部分大于整体"),
        (("check", "outlier_across_towns"), "明显偏离其他乡镇"),
        (("check", "report_vs_official"), "报告数与统计数不一致"),  # under reference_checks
        (("check", "duplicate_report"), "同期重复报送"),  # raised by the store, named in rules/display.yaml
        (("check", "no_such_check"), "no_such_check"),
        (("severity", "error"), "错误"),
        (("severity", "warning"), "疑问"),
        (("severity", "info"), "提示"),
        (("kind", "actual"), "实绩"),
        (("kind", "target"), "目标"),
        (("status", "ok"), "已读取"),
        (("status", "failed"), "读取失败"),
    ],
)
def test_chinese_names_of_machine_values(name, chinese):
    kind, value = name
    assert getattr(present, f"{kind}_name")(value) == chinese


def test_every_check_has_a_chinese_name():
    from pipeline import checks, rules

    names = {rule.name: present.check_name(rule.name) for rule in checks.check_rules()}
    assert all(name != chinese and not any("a" <= c <= "z" for c in chinese) for name, chinese in names.items()), names
    assert rules.load("checks")["reference_checks"]["report_vs_official"]["name"]
