"""The period grammar (pipeline/periods.py, rules/periods.yaml): written forms, codes, order, rendering."""

import pytest

from pipeline import checks, periods, rules

HALF_YEAR = periods.reference("2025H1")
# a 政府工作报告 delivered in January 2021 reviews 2020: relative words count from 2021
DELIVERED = periods.reference("2020", 2021)

# (written, reference, covered period)
WRITTEN = [
    ("2025年上半年", HALF_YEAR, "2025H1"),
    ("1-5月", HALF_YEAR, "2025M1-M5"),
    ("1—9月", HALF_YEAR, "2025M1-M9"),
    ("1至9月份", HALF_YEAR, "2025M1-M9"),
    ("今年1-5月", HALF_YEAR, "2025M1-M5"),
    ("去年1-5月", HALF_YEAR, "2024M1-M5"),
    ("今年6月末", HALF_YEAR, "2025M6E"),
    ("2024年1-6月", HALF_YEAR, "2024H1"),
    ("一季度", HALF_YEAR, "2025Q1"),
    ("第三季度", HALF_YEAR, "2025Q3"),
    ("前三季度", HALF_YEAR, "2025M1-M9"),
    ("截至6月末", HALF_YEAR, "2025M6E"),
    ("6月底", HALF_YEAR, "2025M6E"),
    ("年底", HALF_YEAR, "2025M12E"),
    ("截至2024年底", HALF_YEAR, "2024M12E"),
    ("截至5月", HALF_YEAR, "2025M5E"),  # to the end of May, as 截至5月底
    ("截止2025年5月份", HALF_YEAR, "2025M5E"),
    ("3月至今", HALF_YEAR, "2025M3-M6"),  # from March to the report's end
    ("2月以来", periods.reference("2024"), "2024M2-M12"),
    ("过去的五年", DELIVERED, "2016-2020"),
    ("年初", HALF_YEAR, "2024M12E"),
    ("9月份", HALF_YEAR, "2025M9"),
    ("去年", HALF_YEAR, "2024"),
    ("去年6月", HALF_YEAR, "2024M6"),
    ("上年", HALF_YEAR, "2024"),
    ("今年", HALF_YEAR, "2025"),
    ("去年", DELIVERED, "2020"),
    ("上年", DELIVERED, "2020"),
    ("今年", DELIVERED, "2021"),
    ("2021年以来", HALF_YEAR, "2021M1-2025M6"),
    ("去年以来", HALF_YEAR, "2024M1-2025M6"),
    ("2000年以来", DELIVERED, "2000-2020"),
    ("今年以来", HALF_YEAR, "2025H1"),
    ("十四五时期", HALF_YEAR, "2021-2025"),
    ("“十三五”期间", DELIVERED, "2016-2020"),
    ("“十二五”末", DELIVERED, "2015M12E"),  # the end of the plan's last year: a point (比“十二五”末增长45.8%)
    ("十四五末", HALF_YEAR, "2025M12E"),
    # 十五, the plan of 2001-2005, and its end written 期末 (a 铜梁 town's 2010 report, fresh set51); a quoted plan alone
    ("“十五”期间", DELIVERED, "2001-2005"),
    ("“十五”期末", DELIVERED, "2005M12E"),
    ("“十一五”", DELIVERED, "2006-2010"),
    ("过去五年", DELIVERED, "2016-2020"),
    # a review of ten years in 2022 (正蓝旗这十年|扎格斯台苏木篇, fresh set64): 这十年, and 党的十八大以来 (held late in 2012)
    ("这十年", periods.reference("2022"), "2013-2022"),
    ("党的十八大以来", periods.reference("2022"), "2013-2022"),
    ("二十大以来", periods.reference("2022"), None),  # no year after it yet
    ("今后五年", DELIVERED, "2021-2025"),  # a 政府工作报告 of early 2021: from the year it is delivered in
    ("未来五年", DELIVERED, "2021-2025"),
    ("全年", HALF_YEAR, "2025"),
    ("全年", DELIVERED, "2020"),
    ("下半年", HALF_YEAR, "2025H2"),
    ("二〇二四年", HALF_YEAR, "2024"),
    ("2025年末", None, "2025M12E"),
    ("2017至2019年", DELIVERED, "2017-2019"),
    ("一九七八年到一九八二年", DELIVERED, "1978-1982"),
    ("2016~2019年", DELIVERED, "2016-2019"),
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


@pytest.mark.parametrize("code, heading", [
    ("2025H1", "2025年1-6月"), ("2025H2", "2025年7-12月"), ("2025Q3", "2025年7-9月"), ("2025M1-M10", "2025年1-10月"),
    ("2025M3", "2025年3月"), ("2025", "2025年"), ("2025M6E", "2025年6月末"), ("2021-2025", "2021-2025年"), (None, "未知期间"),
])
def test_a_statistical_table_heads_a_period_in_months(code, heading):
    assert periods.months_label(code) == heading


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


@pytest.mark.parametrize("addition, message", [
    ("\nmonths_typo: 3\n", r"periods\.yaml: months_typo: unknown key"),
    ("  typo: 1\n", r"periods\.yaml: in_text\.typo: unknown key"),
])
def test_unknown_key_in_rules_is_rejected(rules_copy, addition, message):
    path = rules_copy / "periods.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + addition, encoding="utf-8")
    rules.clear_caches()
    with pytest.raises(rules.RuleError, match=message):
        periods.grammar()


# --------------------------------------------------------------------------- figures' covered periods and kinds


from pipeline.extract import extract_report  # noqa: E402
from pipeline.ingest import read_report  # noqa: E402
from pipeline.model import Report  # noqa: E402


def _figure(text: str, surface: str, period: str, delivered: int | None = None):
    ex = extract_report(Report("t", "", text, period=period, delivered=delivered))
    return next(f for f in ex.figures if f.surface == surface)


# 牛店镇 2021年政府工作报告 (新密市, fresh set73: https://www.gcs66.com/document_detail/99685.html)
NIUDIAN_2021 = ("全镇生产总值由2017年的15.7亿元增长到2021年的22.2亿元,年均增长5.3 %;规模工业增加值年均增长7.5%;"
                "固定资产投资累计45.2亿元,年均增长3%;社会消费品零售额年均增速6%。")
# (text, report period, delivered, surface, covered, kind); real sentences cite their report
FIGURES = [
    ("1-5月，完成税收4300万元。", "2025M1-M5", None, "4300万元", "2025M1-M5", "actual"),
    ("1-5月，完成税收4300万元。", "2025H1", None, "4300万元", "2025M1-M5", "actual"),
    # a year and a month range are one period: 甘霖镇 2024 (tests/gold/real/zhejiang3), 海南省2022年政府工作报告
    ("2024年1-10月,实现财政总收入2.7亿元,一般公共预算收入1.6亿元;", "2024", None, "1.6亿元", "2024M1-M10", "actual"),
    ("据监测，2021年2—12月，“15+N”种基本蔬菜价格平均每斤已下降0.38元。", "2021", 2022, "0.38元", "2021M2-M12", "actual"),
    ("2025年1-5月，完成税收4300万元。", "2025H1", None, "4300万元", "2025M1-M5", "actual"),
    # a relative year and a month range are one period: 白杨街道 2022 (/work/township-corpus baiyang-jd-2022)
    ("今年1-11月,街道实现财政总收入18.35亿元,同比增长28.69%;", "2022", None, "18.35亿元", "2022M1-M11", "actual"),
    # the subject named again before the baseline (三阁司乡 2011, /work/township-corpus3 sangesi-xiang-2011): last year's
    ("2011年三阁司乡人均纯收入为1996元,比上年人均纯收入1848元增长8%。", "2011", None, "1848元", "2010", "actual"),
    ("2011年三阁司乡人均纯收入为1996元,比上年人均纯收入1848元增长8%。", "2011", None, "8%", "2011", "actual"),
    ("截至6月末，全镇存款余额12亿元。", "2025H1", None, "12亿元", "2025M6E", "actual"),
    ("全年计划新建高标准农田2000亩。", "2025H1", None, "2000亩", "2025", "target"),
    ("下半年，新建道路5公里。", "2025H1", None, "5公里", "2025H2", "target"),
    ("2024年，全镇新建道路5公里。", "2025H1", None, "5公里", "2024", "actual"),
    ("全镇新建道路5公里。", "2025H1", None, "5公里", "2025H1", "actual"),
    # a 政府工作报告 of January 2021 reviews 2020: 去年 is 2020, 今年 2021 (ahead: a target)
    ("去年全省地区生产总值增长3.9%。", "2020", 2021, "3.9%", "2020", "actual"),
    # 宁夏回族自治区2021年政府工作报告: 预期 inside 人均预期寿命 is no target cue
    ("加快健康宁夏建设，人均预期寿命达到78.2岁。", "2020", 2021, "78.2岁", "2020", "actual"),
    # written here after 吉林省2021年政府工作报告 (地方级财政收入好于预期): nor is 好于预期
    ("地方级财政收入好于预期，增长5.4%。", "2020", 2021, "5.4%", "2020", "actual"),
    ("预期目标：地区生产总值增长6%左右。", "2021", None, "6%左右", "2021", "target"),
    ("今年新建农村公路5000公里。", "2020", 2021, "5000公里", "2021", "target"),
    # 广西壮族自治区2023年政府工作报告: 初步预计 in January on the year just ended is an estimated result
    ("初步预计，全区地区生产总值增长3%左右，规模以上工业增加值增长4.5%左右。", "2022", 2023, "4.5%左右", "2022", "actual"),
    ("2000年以来累计建成高速公路8000公里。", "2020", 2021, "8000公里", "2000-2020", "actual"),
    # 舒茶镇 2021 (fresh set13): an average per year of a change from one year's value to a later one's
    ("财政收入由2017年的1339万元增长至2021年的2173.5万元,年均增长12.5%。", "2021", None, "12.5%", "2017-2021", "actual"),
    # …and so are the averages of the sentence's parts after it that name no years (牛店镇); written: not an average
    # of the next sentence
    (NIUDIAN_2021, "2021", 2022, "7.5%", "2017-2021", "actual"),
    (NIUDIAN_2021, "2021", 2022, "3%", "2017-2021", "actual"),
    (NIUDIAN_2021 + "农民人均纯收入年均增长8%。", "2021", 2022, "8%", "2021", "actual"),
    # 预计 about the period a report reviews is an estimated result also in a year's 工作总结 written at its
    # end: 凤鸣街道办事处工作报告 2024 and 黄溪口镇 2023 (tests/gold/real: county2, township4)
    ("预计全年实现地区生产总值44.8亿元,同比增长6.67%;", "2024", None, "6.67%", "2024", "actual"),
    ("落实粮食生产总面积10664亩,粮食总产预计超1000万斤,落实油菜种植面积6307亩,预计可收菜油70万余斤。", "2023",
     None, "70万余斤", "2023", "actual"),
    ("全年预计完成税收5000万元。", "2025", None, "5000万元", "2025", "actual"),
    # …but looks ahead in a half-year report, after 即将 (新塘街道办事处2023年政府工作报告, zhejiang3: no year of
    # its own either) or as a yield per year or per unit of what was just set up
    ("全年预计完成税收5000万元。", "2025H1", None, "5000万元", "2025", "target"),
    ("万羽产业园等6个有机更新项目竣工验收并投入使用,4个即将竣工验收,预计新增产业空间20万平方米。", "2022", 2023,
     "20万平方米", "2022", "target"),
    ("项目建成后预计新增产值3亿元。", "2025", None, "3亿元", "2025", "target"),
    ("下半年新增装机容量860千瓦，预计年发电量约90万度。", "2024H2", None, "约90万度", "2024H2", "target"),
    ("桂花村发展稻虾综合种养，面积达15公顷，预计每亩增收2000元。", "2025", None, "2000元", "2025", "target"),
    # 1960年国务院政府工作报告: 现在 ends the earlier year named before it
    ("一九五八年初全国有七十四万多个高级农业生产合作社，现在已经合并改组成为二万四千多个人民公社。", "1959", 1960,
     "二万四千多个", "1959", "actual"),
    # 黑龙江省2023年政府工作报告: the period dates where the change starts, not where it arrives
    ("国家认定的高新技术企业由2017年929家增长到3605家。", "2022", 2023, "929家", "2017", "actual"),
    ("国家认定的高新技术企业由2017年929家增长到3605家。", "2022", 2023, "3605家", "2022", "actual"),
    ("地区生产总值由2020年末的500亿元提高到2025年的700亿元。", "2022", 2023, "500亿元", "2020M12E", "actual"),
    ("地区生产总值由2020年末的500亿元提高到2025年的700亿元。", "2022", 2023, "700亿元", "2025", "target"),
    # 山西省2021年政府工作报告
    ("2017至2019年，经济增速连续12个季度保持6%以上。", "2020", 2021, "6%以上", "2017-2019", "actual"),
    # 大冶市金牛镇 2022年上半年工作总结 (fresh real set6): last year's month as the baseline of a change dates
    # that figure only; the change is of this year's June; a clause opening with the report's own months
    # after a quota states a result again
    ("预计2022年6月完成总产值2500万元,去年6月同期完成2017万元,同比增长23.94%。", "2022H1", None, "2017万元",
     "2021M6", "actual"),
    ("预计2022年6月完成总产值2500万元,去年6月同期完成2017万元,同比增长23.94%。", "2022H1", None, "23.94%",
     "2022M6", "actual"),
    ("2022年1-5月市级下达目标1.16亿元,1-5月份累计已完成1.24亿元。", "2022H1", None, "1.16亿元", "2022M1-M5",
     "target"),
    ("2022年1-5月市级下达目标1.16亿元,1-5月份累计已完成1.24亿元。", "2022H1", None, "1.24亿元", "2022M1-M5",
     "actual"),
    ("全年计划新建2000亩，上半年已完成1500亩。", "2025H1", None, "1500亩", "2025H1", "actual"),
    ("2025年5月,我镇原驻村工作队1支省队、3支县队与现1支省队驻牛溪村。", "2025H1", None, "3支", "2025H1", "actual"),
]


@pytest.mark.parametrize("text, period, delivered, surface, covered, kind", FIGURES)
def test_covered_period_and_kind(text, period, delivered, surface, covered, kind):
    f = _figure(text, surface, period, delivered)
    assert (f.covered, f.kind) == (covered, kind)


# 安徽省2022年政府工作报告 (../shared/corpora-provincial): every item of the list is a target for 2022
ANHUI_2022 = ("主要预期目标是：全省生产总值增长7%以上，在实际工作中力争更好结果；固定资产投资力争增长10%以上，"
              "在实际工作中奋力完成得更快一些；社会消费品零售总额增长10%左右；城镇新增就业65万人以上，"
              "城镇调查失业率5.5%以内。")
# 2016年国务院政府工作报告 (../shared/corpora-national): items in sentences of their own after ；
NATIONAL_2006 = ("综合考虑各种因素，2006年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右，"
                 "单位国内生产总值能耗降低4%左右；居民消费价格总水平涨幅控制在3%；城镇新增就业900万人，"
                 "城镇登记失业率控制在4.6%；国际收支基本平衡。\n2005年，全国城镇新增就业970万人。")


@pytest.mark.parametrize("text, period, delivered, targets", [
    (ANHUI_2022, "2021", 2022, 5),
    (NATIONAL_2006, "2005", 2006, 5),
])
def test_every_item_of_a_target_list_is_a_target(text, period, delivered, targets):
    ex = extract_report(Report("t", "", text, period=period, delivered=delivered))
    listed = [f for f in ex.figures if f.start < text.find("\n") or "\n" not in text]
    assert [f.kind for f in listed] == ["target"] * targets
    assert {f.covered for f in listed} == {str(delivered)}
    after = [f for f in ex.figures if f not in listed]
    assert all(f.kind == "actual" for f in after)  # the list ends with its paragraph


# (real head of a provincial report, town, period, delivered)
HEADS = [
    ("云南省2021年政府工作报告.txt",
     "云南省2021年政府工作报告\n\n——2021年1月26日在云南省第十三届人民代表大会第四次会议上\n\n代省长 王予波\n\n各位代表：",
     "云南省", "2020", 2021),
    ("山东省2022年政府工作报告.txt",
     "山东省2022年政府工作报告\n\n政府工作报告\n——2022年1月23日在山东省第十三届人民代表大会第七次会议上\n山东省省长 周乃翔",
     "山东省", "2021", 2022),
    ("广西壮族自治区2023年政府工作报告.txt",
     "广西壮族自治区2023年政府工作报告\n\n各位代表：\n现在，我代表自治区人民政府，向大会报告政府工作。\n"
     "一、2022年和过去五年工作回顾\n刚刚过去的2022年",
     "广西壮族自治区", "2022", 2023),
    ("新疆维吾尔自治区2021年政府工作报告.txt",
     "新疆维吾尔自治区2021年政府工作报告\n\n政府工作报告\n——2021年2月1日在新疆维吾尔自治区第十三届人民代表大会第四次会议上",
     "新疆维吾尔自治区", "2020", 2021),
    ("甘肃省2021年政府工作报告.txt", "甘肃省2021年政府工作报告\n\n甘肃省代省长 任振鹤\n任振鹤作《政府工作报告》\n各位代表：",
     "甘肃省", "2020", 2021),
]


# town reports from the search tool's pages corpus (real text, source in the comment)
HEADS += [
    # https://jinrimiaobi.com/doc/tag-27890.html
    ("a.txt", "桥头镇2023年度政府工作报告\n各位代表:现在,我代表桥头镇人民政府,向大会报告工作,请予审议。\n"
     "一、2022年主要工作\n2022年以来,我们坚持以习近平新时代中国特色社会主义思想为指导", "桥头镇", "2022", 2023),
    # https://m.wnwk.com/doc/2136615.html
    ("a.txt", "2023年白鹤镇政府工作报告\n各位代表:现在,我代表白鹤镇人民政府,向大会作政府工作报告,请予审议。\n"
     "一、2022年工作回顾\n过去一年是极具挑战、极其不易的一年。", "白鹤镇", "2022", 2023),
    # http://baijiadoc.com/doc/sczfrb13l5 : titled 2023, it reviews 2023 (its first heading says so)
    ("a.txt", "XX镇2023年政府工作报告\n各位代表:\n现在,我代表XX镇人民政府向大会报告工作,请予审议。\n"
     "一、2023年工作回顾\n今年以来,XX镇认真贯彻落实市委、市政府决策部署", None, "2023", None),
    # http://cailiaogo.com/index/article/detail/detail_id/20632.html : no town named (xx镇), (镇乡) is none
    ("a.txt", "2022年上半年政府工作报告(镇乡)\n各位代表:\n现在,我代表xx镇人民政府,向大会报告政府工作,请予审议。\n"
     "上半年工作回顾\n今年上半年,我镇以习近平新时代中国特色社会主义思想为指导,在区委、区政府及镇党委的坚强领导下",
     None, "2022H1", None),
    # http://www.longyou.gov.cn/art/2025/2/19/art_1229609788_5459023.html : the date on a line of its own
    ("a.txt", "2024年湖镇镇政府工作报告\n\n2025年1月17日\n\n——在湖镇镇第十五届人民代表大会第七次会议上\n\n"
     "湖镇镇镇长  钟罗谊\n\n各位代表:\n\n一、2024年工作回顾\n\n2024年是中华人民共和国成立75周年", "湖镇镇", "2024", 2025),
]


@pytest.mark.parametrize("name, text, town, period, delivered", HEADS)
def test_provincial_report_heads(tmp_path, name, text, town, period, delivered):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    r = read_report(path, path.stem)
    assert (r.town, r.period, r.delivered) == (town, period, delivered)


from tests.conftest import SHARED  # noqa: E402

PROVINCIAL = SHARED / "corpora-provincial"


@pytest.mark.skipif(not PROVINCIAL.is_dir(), reason=f"the provincial reports live in ../shared, not found at {PROVINCIAL}")
def test_provincial_corpus_towns_and_periods():
    files = sorted(PROVINCIAL.glob("*.txt"))
    reports = [read_report(p, p.stem) for p in files]
    province = sum(1 for p, r in zip(files, reports) if r.town and p.stem.startswith(r.town))
    reviewed = sum(1 for p, r in zip(files, reports) if r.period == str(int(p.stem[-11:-7]) - 1))
    assert len(files) == 81
    assert province >= 78 and reviewed >= 78


# (check, report period, delivered, text, flagged); real sentences cite their report
PERIOD_CHECKS = [
    ("earlier_period_as_result", "2025H1", None, "2024年新建高标准农田2000亩，全年完成植树造林1500亩。", True),
    # 2016年国务院政府工作报告 style: 去年 is the reviewed year of a report delivered in January
    ("earlier_period_as_result", "2015", 2016, "去年国内生产总值达到67.7万亿元，增长6.9%。", False),
    # 黑龙江省2023年政府工作报告: a change from an earlier year to now
    ("earlier_period_as_result", "2022", 2023, "国家认定的高新技术企业由2017年929家增长到3605家。", False),
    # 1980年国务院政府工作报告: past values side by side
    ("earlier_period_as_result", "1979", 1980,
     "每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元。", False),
    # 2000年以来累计: cumulative since, up to now
    ("earlier_period_as_result", "2020", 2021, "2000年以来累计建成高速公路8000公里。", False),
    ("period_not_over", "2025M1-M5", None, "1-5月，完成税收4300万元。", False),
    ("period_not_over", "2025H1", None, "1-5月，完成税收4300万元。", False),
    ("period_not_over", "2025H1", None, "截至6月末，全镇存款余额12亿元。", False),
    ("period_not_over", "2025H1", None, "全年完成植树造林1500亩。", True),
    ("period_not_over", "2025H1", None, "完成全年任务的52%。", False),
    ("period_not_over", "2025H1", None, "下半年新建道路5公里。", False),  # ahead: a target, not a result
]


@pytest.mark.parametrize("check, period, delivered, text, flagged", PERIOD_CHECKS)
def test_period_checks(check, period, delivered, text, flagged):
    report = Report("t", "", "工作报告\n" + text, period=period, delivered=delivered)
    flags = checks.run_checks([extract_report(report)])  # extract_report normalizes too
    assert any(f.check == check for f in flags) is flagged


# (report period, delivered, text, surface, kind): headings that open plan sections
PLAN_HEADINGS = [
    ("2016", 2017, "一、2016年工作回顾\n新建农村公路20万公里。\n二、2017年重点工作任务\n新建农村公路20万公里。", 1, "target"),
    ("2016", 2017, "一、2016年工作回顾\n新建农村公路20万公里。\n二、今年主要任务\n新建农村公路20万公里。", 1, "target"),
    ("2016", 2017, "一、2016年工作回顾\n新建农村公路20万公里。\n二、今年主要任务\n新建农村公路20万公里。", 0, "actual"),
    ("2025H1", None, "一、上半年工作开展情况\n新建道路5公里。\n二、下半年工作打算\n新建道路5公里。", 1, "target"),
    ("2025H1", None, "一、上半年重点工作任务完成情况\n新建道路5公里。", 0, "actual"),
]


@pytest.mark.parametrize("period, delivered, text, index, kind", PLAN_HEADINGS)
def test_plan_sections(period, delivered, text, index, kind):
    ex = extract_report(Report("t", "", text, period=period, delivered=delivered))
    assert ex.figures[index].kind == kind
