"""The row of the cross-region table a figure lands in (pipeline/comparison.py row_of), read in its sentence: the
concept from the words the reports use (经济总量, 外贸总额, a bare 投资增长), a bare 产量 after the crop its sentence
named, and a GDP level stated as its 总量 in the GDP row, not a stock row of its own."""

from __future__ import annotations

import pytest

from pipeline import comparison, extract
from pipeline.model import Report

from .conftest import SHARED

PROVINCIAL = SHARED / "corpora-provincial"


def _row(text: str, surface: str, period: str = "2022") -> tuple[str, str] | None:
    ex = extract.extract_report(Report("r", "", text, town="某省", period=period))
    got = {f.surface: f for f in ex.figures}
    assert surface in got, sorted(got)
    return comparison.row_of(got[surface])


# (text, figure, row): written rows, one form each
@pytest.mark.parametrize(("text", "surface", "row"), [
    ("全省经济总量达到5000亿元。", "5000亿元", ("econ.gdp", "元")),
    ("地区生产总值增长5%、总量达到5000亿元。", "5000亿元", ("econ.gdp", "元")),
    ("地区生产总值增长5%，确保总量突破5000亿元。", "突破5000亿元", ("econ.gdp", "元")),
    ("外贸总额增长12%。", "12%", ("econ.foreign_trade_growth", "%")),
    ("投资增长10%以上。", "10%以上", ("econ.fixed_asset_investment_growth", "%")),
    ("基础设施投资增长10%以上。", "10%以上", ("econ.infrastructure_investment_growth", "%")),  # a part: not the whole
    ("粮食播种面积900万亩、产量300万吨。", "300万吨", ("agri.grain_output", "吨")),
    ("粮食种植面积900万亩、总产量300万吨。", "300万吨", ("agri.grain_output", "吨")),
    ("蔬菜播种面积90万亩、产量30万吨。", "30万吨", ("agri.vegetable_output", "吨")),
    ("产量300万吨。", "300万吨", ("agri.crop_output", "吨")),  # no crop named: any crop's
    # a bound of the counties counted is no amount of the area: a threshold row of its own
    ("一般公共预算收入10亿元以上的县达到20个。", "10亿元以上", ("~一般公共预算收入·门槛/元", "元")),
    ("高标准农田总量达到50万亩。", "50万亩", ("agri.high_standard_farmland_total", "亩")),  # a stock stays apart …
    ("新建公厕总数达到50所。", "50所", ("env.public_toilets·存量", "座")),  # 所 counts toilets as 座 does
    ("开展专题宣讲15场。", "15场", ("party.lectures", "次")),  # events: 场 beside 次
    ("完成农村改厕477户。", "477户", ("env.toilets", "座")),
    ("新增市场主体4966户。", "4966户", ("econ.new_enterprises", "家")),
    ("参与学习的党员干部480人。", "480人", ("party.study_participants", "人")),  # persons are no person-times
    ("出口额达到100亿美元。", "100亿美元", ("econ.exports", "美元")),
    ("一般公共预算收入总量达到50亿元。", "50亿元", ("econ.fiscal_revenue", "元")),  # … not a statistic's year total
])
def test_the_row_a_figure_lands_in(text, surface, row):
    assert _row(text, surface) == row


# (report, sentence as it stands, figure, row): real rows, ../shared/corpora-provincial 2023 deliveries
REAL = [
    ("云南省", "粮食播种面积6316.5万亩、产量1958万吨", "1958万吨", ("agri.grain_output", "吨")),
    ("浙江省", "实现粮食播种面积1530.7万亩、产量124.2亿斤", "124.2亿斤", ("agri.grain_output", "吨")),
    ("贵州省", "完成粮食种植面积4183.1万亩、总产量1114.6万吨", "1114.6万吨", ("agri.grain_output", "吨")),
    ("安徽省", "全年粮食播种面积1亿亩以上、产量820亿斤以上", "820亿斤以上", ("agri.grain_output", "吨")),
    ("贵州省", "全年地区生产总值增长1.2%、总量达到2.02万亿元", "2.02万亿元", ("econ.gdp", "元")),
    ("青海省", "经济总量突破3600亿元", "突破3600亿元", ("econ.gdp", "元")),
    ("西藏自治区", "全年外贸总额增长10%以上", "10%以上", ("econ.foreign_trade_growth", "%")),
    ("湖北省", "大项目好项目，投资增长10%以上", "10%以上", ("econ.fixed_asset_investment_growth", "%")),
    ("福建省", "城镇居民、农村居民人均可支配收入分别增长5.2%、7.6%", "5.2%", ("econ.urban_income_growth", "%")),
    ("宁夏回族自治区", "规上工业、农业、服务业增加值分别增长8%、5%、6.5%以上", "8%",
     ("econ.industrial_value_added_growth", "%")),
    ("宁夏回族自治区", "粮食种植面积稳定在1000万亩以上、总产稳定在75亿斤以上", "75亿斤以上", ("agri.grain_output", "吨")),
    ("四川省", "地区生产总值增长6%左右，尽最大努力争取更好结果，确保总量突破6万亿元", "突破6万亿元", ("econ.gdp", "元")),
    ("西藏自治区", "粮食、蔬菜、肉蛋奶产量分别达到107万吨、93万吨、88万吨", "107万吨", ("agri.grain_output", "吨")),
    # a growth that the same thing's fall before it turned into (转为) is that thing's growth
    ("广西壮族自治区", "外贸进出口总额由1月份下降31.1%转为全年增长11.3%", "11.3%", ("econ.foreign_trade_growth", "%")),
    ("湖南省", "力争地方一般公共预算收入10亿元以上的县市达50个", "10亿元以上", ("~地方一般公共预算收入·门槛/元", "元")),
    ("陕西省", "力争新培育3—5个经济总量过200亿元的县（市）", "200亿元", ("~新培育经济总量过·门槛/元", "元")),
]


@pytest.mark.skipif(not PROVINCIAL.is_dir(), reason=f"the provincial reports live in ../shared, not found at {PROVINCIAL}")
@pytest.mark.parametrize(("province", "snippet", "surface", "row"), REAL, ids=[f"{r[0]}-{r[2]}" for r in REAL])
def test_the_row_of_a_real_figure(province, snippet, surface, row):
    text = (PROVINCIAL / f"{province}2023年政府工作报告.txt").read_text(encoding="utf-8")
    at = text.find(snippet)
    assert at >= 0, snippet
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find("。", at)
    assert _row(text[start : end + 1], surface) == row
