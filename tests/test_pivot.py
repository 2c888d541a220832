"""The 对比 table: one row is one comparable measure, and a cell says which figure it shows and why."""

import dataclasses

import pytest

from pipeline import batch, comparison, normalize, pivot, rules
from pipeline.model import Extraction, Figure, Report

from .conftest import SHARED


def _measure_group(measure: str) -> str:
    """Measures that may share a row: what the period did, an unmarked amount and a level are one
    quantity of an indicator that is no flow; a growth, share or change never shares with them."""
    return normalize.measure_rules().key_group.get(measure, "") if measure not in ("level",) else ""


def test_no_row_of_the_comparison_mixes_two_measures(corpus):
    """corpora/: every 对比 row holds one measure across towns (a stock row only levels, a flow
    indicator's row no level; growth, share and change never beside a level), one unit, and only
    town totals of the report's own period."""
    for period in pivot.periods_of(corpus):
        table = pivot.by_town(corpus, (), period)
        assert table.rows
        for row in table.rows:
            cells = [table.cells[(row, c)] for c in table.columns if (row, c) in table.cells]
            measures = {c.figure.measure for c in cells}
            base = row[0].removesuffix(comparison.STOCK)
            ind = normalize.lexicon().by_id.get(base)
            if row[0].endswith(comparison.STOCK):
                assert measures == {"level"}, (period, row)
            elif ind is not None and ind.flow:
                assert measures <= {"flow", "amount"} | (ind.measures - {"level"}), (period, row, measures)
            assert len({_measure_group(m) for m in measures}) == 1, (period, row, measures)
            if ind is not None:
                assert measures <= ind.measures | {"level", "flow"}, (period, row, measures)
            units = {c.figure.unit_norm for c in cells}
            groups = rules.model("store").row_units.groups
            # one unit, or measure words of one group that the indicator lists (宣讲15场 beside 18次)
            assert units == {row[1]} or (ind is not None and units <= ind.units
                                         and any(units | {row[1]} <= set(g) for g in groups)), (period, row, units)
            assert all(comparison.is_result(c.figure) for c in cells)
            assert all((c.figure.indicator_id or c.figure.compare_key) == base for c in cells)


def _f(start, surface, value, measure, indicator_id="agri.high_standard_farmland", **kw):
    f = Figure("r", start, start + len(surface), surface, value, "亩", None, "高标准农田", "number_unit",
               value_norm=value, unit_norm="亩", indicator_id=indicator_id, measure=measure,
               compare_key=indicator_id, sentence="句")
    return dataclasses.replace(f, **kw)


@pytest.mark.parametrize(("figures", "shown", "row"), [
    # 累计建成 beside 新建: the stock has a row of its own, the flow row shows what was built
    ([_f(0, "1.2万亩", 12000, "level"), _f(20, "3000亩", 3000, "flow")], "3000亩", "agri.high_standard_farmland"),
    ([_f(0, "1.2万亩", 12000, "level"), _f(20, "3000亩", 3000, "flow")], "1.2万亩", "agri.high_standard_farmland·存量"),
    # a flow before an unmarked amount, whatever their order
    ([_f(0, "800亩", 800, "amount"), _f(20, "3000亩", 3000, "flow")], "3000亩", "agri.high_standard_farmland"),
    # the same measure twice: the first in the text, the other in the cell's note
    ([_f(0, "800亩", 800, "flow"), _f(20, "3000亩", 3000, "flow")], "800亩", "agri.high_standard_farmland"),
    # a village's figure and a target are no town value
    ([_f(0, "800亩", 800, "flow", entity="龙岩村"), _f(20, "3000亩", 3000, "flow", kind="target"),
      _f(40, "500亩", 500, "flow")], "500亩", "agri.high_standard_farmland"),
    # no canonical indicator: the comparison key is the row
    ([_f(0, "50亩", 50, "flow", indicator_id=None, compare_key="~复垦耕地/亩")], "50亩", "~复垦耕地/亩"),
])
def test_a_cell_shows_the_figure_its_rule_picks(figures, shown, row):
    ex = Extraction(Report("r", "", "x" * 60, town="某镇", period="2025"), figures=tuple(figures))
    table = pivot.by_town([ex], (), "2025")
    cell = table.cells[((row, "亩"), "某镇")]
    assert cell.figure.surface == shown
    if cell.n_figures > 1:
        assert cell.note.startswith(f"报告中该指标有{cell.n_figures}个数字") and all(o.surface in cell.note for o in cell.others)


def test_row_names_say_stock_and_key_words():
    table = pivot.Pivot("t", "乡镇", (), ())
    assert table.row_name(("agri.high_standard_farmland·存量", "亩")) == "高标准农田·存量"
    assert table.row_name(("~复垦耕地·增速/%", "%")) == "复垦耕地·增速"
    assert table.row_name(("~复垦耕地/亩", "亩")) == "复垦耕地"


def _town(town: str, period: str, *figures: Figure) -> Extraction:
    rid = f"{town}-{period}"
    return Extraction(Report(rid, "", "x" * 60, town=town, period=period, county="青溪县"),
                      figures=tuple(dataclasses.replace(f, report_id=rid) for f in figures))


def _fig(indicator_id, value, unit, measure, start=0):
    return Figure("r", start, start + 3, f"{value}{unit}", value, unit, None, indicator_id, "number_unit",
                  value_norm=value, unit_norm=unit, indicator_id=indicator_id, measure=measure,
                  compare_key=indicator_id, sentence="句")


@pytest.mark.parametrize(("unit", "measure", "adds_up"), [
    ("次", "flow", True),
    ("亩", "level", True),
    ("元", "amount", True),
    ("元", "change", True),  # 增加3000万元
    ("百分点", "change", False),  # 提高1.5个百分点
    ("%", "rate", False),
    ("%", "share", False),
    ("%", "growth", False),
    ("元", "per_capita", False),  # 人均可支配收入
    ("%", "completion", False),
    ("元/亩", "amount", False),
    ("岁", "amount", False),
    ("个", "bounded", True),  # 集体经济收入50万元以上的村5个: a count within a bound adds up
    ("元", "threshold", False),  # 收入50万元以上的村: the bound itself
    ("元", "attribute", False),  # 总投资1650万元的锦花纺纱厂: one thing's size
])
def test_totals_only_where_the_measure_adds_up(unit, measure, adds_up):
    exs = [_town("甲镇", "2025H1", _fig("x.a", 10, unit, measure)), _town("乙镇", "2025H1", _fig("x.a", 30, unit, measure))]
    table = pivot.by_town(exs, (), "2025H1")
    view = table.view(table.rows[0])
    assert view.summable is adds_up
    total = view.values["甲镇"] + view.values["乙镇"]
    assert (view.total, view.mean) == ((total, total / 2) if adds_up else (None, None))
    assert view.ranks == {"乙镇": 1, "甲镇": 2}  # ranked whatever the measure


def test_the_roster_the_previous_year_and_the_county_report():
    exs = [
        _town("甲镇", "2025H1", _fig("x.a", 120_000, "元", "flow")),
        _town("乙镇", "2025H1", _fig("x.a", 80_000, "元", "flow")),
        _town("青溪县", "2025H1", _fig("x.a", 900_000, "元", "flow")),
        _town("甲镇", "2024H1", _fig("x.a", 100_000, "元", "flow")),
    ]
    table = pivot.by_town(exs, (), "2025H1", expected_towns=["乙镇", "丙乡", "甲镇"])
    assert table.columns == ("乙镇", "丙乡", "甲镇", "青溪县") and table.missing == ("丙乡",)
    assert table.title == "青溪县各乡镇主要指标对比表" and table.subtitle == "报告期：2025年1-6月　　未报送：丙乡"
    v = table.view(table.rows[0])
    assert v.unit == "万元" and v.values == {"乙镇": 8, "甲镇": 12, "青溪县": 90}
    assert (v.total, v.mean) == (20, 10)  # the county's own report is no town of the sum
    assert (v.previous, v.change, v.growth) == (10, 2, 20)  # 甲镇, the one town of both years
    assert "两期都报送的1个乡镇（甲镇）" in v.note
    text = pivot.render_text(table)
    assert text.splitlines()[0] == "青溪县各乡镇主要指标对比表（2025年1-6月）"
    header = text.splitlines()[2].split()
    assert header == ["指标", "单位", "乙镇", "丙乡", "甲镇", "青溪县", "合计", "平均", "上年同期", "增减", "增长%", "指标编号"]
    assert text.splitlines()[4].split()[1:] == ["万元", "8", "未报送", "12", "90", "20", "10", "10", "2", "20", "x.a"]


def test_money_rows_in_yi_where_they_reach_it_or_when_chosen():
    exs = [_town("甲镇", "2025", _fig("x.a", 863_000_000, "元", "flow"), _fig("x.b", 50_000, "元", "flow", start=9))]
    table = pivot.by_town(exs, (), "2025")
    assert [table.view(r).unit for r in table.rows] == ["亿元", "万元"]
    table = pivot.by_town(exs, (), "2025", money="亿元")
    assert [(table.view(r).unit, table.view(r).values["甲镇"]) for r in table.rows] == [("亿元", 8.63), ("亿元", 0.0005)]


PROVINCIAL = SHARED / "corpora-provincial"


@pytest.mark.skipif(not PROVINCIAL.is_dir(), reason=f"the provincial reports live in ../shared, not found at {PROVINCIAL}")
def test_one_province_across_years_real_reports():
    """云南省's 政府工作报告 of 2021-2023 (../shared/corpora-provincial) review 2020-2022: GDP in 亿元, its growth
    rate beside the year before's in points (增减), never as a growth of a growth (增长%)."""
    files = [PROVINCIAL / f"云南省{year}年政府工作报告.txt" for year in (2021, 2022, 2023)]
    table = pivot.by_period(list(batch.extract_paths(files)), "云南省")
    assert table.columns == ("2020", "2021", "2022") and table.previous_period == "2021"
    gdp = table.view(("econ.gdp", "元"))
    assert gdp.unit == "亿元" and (gdp.values["2020"], gdp.values["2021"]) == (24500, 27100)
    growth = table.view(("econ.gdp_growth", "%"))
    assert (growth.previous, growth.change, growth.growth) == (7.3, -3.3, None)


# the pick among several results of one row (rules/store.yaml pick), one preference a row; written text
PICK_TEXT = {
    "several": "城镇新增就业年均20万人。城镇新增就业25万人。",
    "part": "赣江新区地区生产总值突破千亿元。地区生产总值突破3万亿元。",
    "years_part": "五年来，我们办好民生实事，城镇新增就业690万人。\n2022年，城镇新增就业132万人。",
    "change": "地区生产总值从1.5万亿元增长到2.3万亿元。",
    "first": "城镇新增就业25万人，其中城镇新增就业30万人。",
}


def _job(text, surface, label, value, unit="人", indicator_id="emp.urban_new_jobs"):
    start = text.index(surface)
    return Figure("r", start, start + len(surface), surface, value, unit, None, label, "number_unit",
                  value_norm=value, unit_norm=unit, indicator_id=indicator_id, measure="flow",
                  compare_key=indicator_id, covered="2022", sentence="句")


@pytest.mark.parametrize(("case", "figures", "shown", "why"), [
    ("several", [("20万人", "城镇新增就业年均", 2e5), ("25万人", "城镇新增就业", 2.5e5)], "25万人", "多年合计或年均"),
    ("part", [("突破千亿元", "赣江新区地区生产总值", 1e11), ("突破3万亿元", "地区生产总值", 3e12)], "突破3万亿元",
     "所辖区域"),
    ("years_part", [("690万人", "城镇新增就业", 6.9e6), ("132万人", "城镇新增就业", 1.32e6)], "132万人", "关于多年的部分"),
    ("change", [("1.5万亿元", "地区生产总值从", 1.5e12), ("2.3万亿元", "地区生产总值从增长到", 2.3e12)], "2.3万亿元",
     "起点数"),
    ("first", [("25万人", "城镇新增就业", 2.5e5), ("30万人", "城镇新增就业", 3e5)], "25万人", "原文中第一个"),
])
def test_the_pick_among_several_figures_of_a_cell(case, figures, shown, why):
    text = PICK_TEXT[case]
    money = case in ("part", "change")
    figs = [_job(text, s, label, v, "元" if money else "人", "econ.gdp" if money else "emp.urban_new_jobs")
            for s, label, v in figures]
    chosen, said = comparison.pick(figs, text, "2022")
    assert (chosen.surface, why in said) == (shown, True)


@pytest.mark.parametrize(("text", "surface", "in_cell"), [
    ("城镇新增就业年均20万人。", "20万人", False),  # an average of several years
    ("五年城镇新增就业76万人。", "76万人", False),  # 海南省2023年政府工作报告: the five years' total
    ("城乡居民人均可支配收入比2017年增长27.7%。", "27.7%", False),  # 黑龙江省2023年政府工作报告: growth since 2017
    ("安全生产三年行动完成，城镇新增就业76万人。", "76万人", True),  # 三年行动 names a programme
    ("城镇新增就业累计76万人。", "76万人", True),  # 累计 alone: the period's running total
])
def test_a_figure_of_several_years_is_no_value_of_the_period(text, surface, in_cell):
    f = _job(text, surface, text[: text.index(surface)].split("，")[-1], 1, "%" if surface.endswith("%") else "人")
    ex = Extraction(Report("r", "", text, town="某省", period="2022"), figures=(f,))
    assert bool(comparison.row_values(ex)) == in_cell
