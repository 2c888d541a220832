"""Headings at three levels, items that are not headings, and sentences with offsets."""

import pytest

from pipeline.sections import soft_wraps, split_sections, split_sentences, unwrapped

TEXT = """总体情况
一、上半年工作开展情况
(一)抓党建促发展。全年共发展党员7名。
一是强化学习。开展集中学习36次。
1、队伍建设
（二）稳民生
二、存在的问题
"""


def test_heading_levels_and_paths():
    sections = split_sections(TEXT)
    assert [(s.level, s.title) for s in sections] == [
        (1, "一、上半年工作开展情况"),
        (2, "(一)抓党建促发展"),  # the leading phrase of a paragraph that opens with a marker
        (3, "1、队伍建设"),
        (2, "（二）稳民生"),
        (1, "二、存在的问题"),
    ]
    assert sections[2].path == ("一、上半年工作开展情况", "(一)抓党建促发展", "1、队伍建设")
    for s in sections:
        assert TEXT[s.start : s.start + len(s.title)] == s.title


def test_section_spans_end_at_the_next_heading_of_the_same_level():
    first, sub, *_ = split_sections(TEXT)
    assert first.end == TEXT.index("二、存在的问题")
    assert sub.end == TEXT.index("（二）稳民生")


def test_decimal_at_line_start_is_not_a_heading():
    assert split_sections("1.5亿元投入使用\n") == ()


def test_a_number_listed_before_another_is_no_heading():
    # real (桥巩镇 2018, fresh set31): a page split 29907 亩 into 2990 and 2、7 亩 at a line's start
    text = "一、2018 年农业种植基本情况\n2、7 亩;菜爪类种植面积 5200 亩,水果种植面积11321 亩\n"
    assert [s.title for s in split_sections(text)] == ["一、2018 年农业种植基本情况"]


def test_sentences_keep_offsets():
    sentences = split_sentences("开展集中学习36次；发展党员7名。\n二、问题")
    assert [s.text for s in sentences] == ["开展集中学习36次；", "发展党员7名。", "二、问题"]
    assert all("开展集中学习36次；发展党员7名。\n二、问题"[s.start : s.end] == s.text for s in sentences)


# A paragraph copied from a PDF, wrapped mid-sentence every 24 characters, after a title and a heading.
WRAPPED = (
    "柳湾街道2025年1—10月工作情况报告\n"
    "一、主要工作\n"
    "今年以来，街道坚持项目为王，优化营商环境，累计新增市\n"
    "场主体1862户，同比增长12.8%；开展安全检查，排查隐\n"
    "患2318处，已整改2291处，整改率达到98.8%，园区入驻率\n"
    "由年初的71%提高到89%。\n"
)


def test_soft_wraps_are_line_breaks_inside_a_sentence():
    assert [WRAPPED[p - 1] for p in sorted(soft_wraps(WRAPPED))] == ["市", "隐", "率"]
    sentences = [s.text for s in split_sentences(WRAPPED)]
    assert sentences[0] == "柳湾街道2025年1—10月工作情况报告"  # a title line ends its sentence
    assert "今年以来，街道坚持项目为王，优化营商环境，累计新增市\n场主体1862户，同比增长12.8%；" in sentences
    view = unwrapped(WRAPPED)
    assert len(view) == len(WRAPPED) and view.count("\n") == WRAPPED.count("\n") - 3


def test_a_text_with_one_long_unpunctuated_line_has_no_soft_wraps():
    text = "水口乡2024年工作总结及2025年工作打算安排\n二〇二四年，水口乡党委坚持稳中求进。\n"
    assert soft_wraps(text) == frozenset()


def test_labels_read_across_a_soft_wrap():
    from pipeline.extract import extract_report
    from pipeline.model import Report

    figures = extract_report(Report("r", "", WRAPPED, town="柳湾街道", period="2025M1-M10")).figures
    labels = {f.surface: f.indicator for f in figures}
    assert "市场主体" in labels["1862户"] and "隐患" in labels["2318处"]


def test_a_list_wrapped_between_its_items_still_pairs():
    from pipeline.extract import extract_report
    from pipeline.model import Report

    # 淳安县 2016年政府工作报告 (real, fresh set22, a PDF copy): 、 ends a line inside a 分别 list
    text = ("据统计,2015年,全县实现生产总值208亿元,增长8.2%;财政总收入25.1亿元,其\n中地方财政收入17.1亿元,分别增长9.1%、\n"
            "8.7%;完成固定资产投资165.8亿元(含杭黄高铁淳安段项目),增长14.3%;城镇常住\n居民人均可支配收入33432元,增长9.4%;农村常住\n"
            "居民人均可支配收入14632元,增长10.2%。\n")
    labels = {f.surface: f.indicator for f in extract_report(Report("r", "", text, town="淳安县", period="2015")).figures}
    assert labels["9.1%"] == "财政总收入增长" and labels["8.7%"] == "地方财政收入增长"


def test_parts_of_a_report_are_the_outermost_headings():
    text = "第一部分 2023年工作回顾\n一、经济发展\n产值5亿元。\n第二部分 2024年工作安排\n一、工作目标\n第一部分提到的问题。\n"
    sections = split_sections(text)
    assert [(s.level, s.title) for s in sections] == [
        (0, "第一部分 2023年工作回顾"), (1, "一、经济发展"), (0, "第二部分 2024年工作安排"), (1, "一、工作目标"),
    ]
    assert sections[3].path == ("第二部分 2024年工作安排", "一、工作目标")


def test_headings_run_into_a_flattened_line_after_a_sentence():
    # a web page flattened into one line per part (浙江省桐乡市 高桥街道 2024年工作总结, a county site)
    text = ("前言一段话，入围全省开发区实际使用外资、进出口总额2个十强榜单。 一、2024年工作总结 (一)坚持稳增长、稳预期,"
            "镇域经济平稳发展。 一是工业实力稳步提升。完成规上工业总产值737.1亿元。 (二)“进”字为先,项目建设有力推进。\n")
    assert [(s.level, s.title) for s in split_sections(text)] == [
        (1, "一、2024年工作总结"), (2, "(一)坚持稳增长、稳预期,镇域经济平稳发展"), (2, "(二)“进”字为先,项目建设有力推进"),
    ]


def test_headings_run_into_a_flattened_line_after_a_colon():
    # 七宝镇人民政府工作报告 2023 (闵行区, fresh set17): a lead-in ends in a colon, the headings run on after it
    text = ("2023年,我镇财政总收入(不含免抵调)预计完成52.3亿元,上述数据均居全区前列。一年来,主要做了以下工作: "
            "一、坚持发展为要,经济规模稳步提升 1.区域转型更重实效。制定《七宝镇经济社会高质量发展三年行动计划(2023-2025)》。"
            "生态商务区主导产业集聚度持续提升,预计完成税收6亿元,同比增长超20%。\n")
    assert [(s.level, s.title) for s in split_sections(text)] == [
        (1, "一、坚持发展为要,经济规模稳步提升"), (3, "1.区域转型更重实效"),
    ]


def test_a_heading_running_on_into_its_paragraph_ends_at_the_space():
    text = ("一、2024年工作总结 2024年,在市委市政府的坚强领导下,开发区紧紧围绕活动,实现各项事业平稳健康发展。"
            "全年完成产值728.6亿元。\n")
    assert [s.title for s in split_sections(text)] == ["一、2024年工作总结"]


def test_table_rows_are_no_headings_but_a_group_row_is():
    text = "指标名称\t预期目标\t实际完成\n一、综合发展\n1.地区生产总值\t增长6.5%左右\t增长4.8%\n"
    assert [(s.level, s.title) for s in split_sections(text)] == [(1, "一、综合发展")]


def test_a_heading_run_into_a_line_without_a_space():
    # 瓜沥镇 2019年政府工作报告 (a web copy with each part on one line)
    text = ("一、2019年工作回顾一年来，我们在区委、区政府的正确领导下，全国千强镇排名比去年再进一位，位列全国第35名。"
            "1.加快集聚发展动能,主要指标稳中向好。工业经济继续保持支撑地位。2.推进城市建设。完成投资5亿元。\n")
    assert [(s.level, s.title) for s in split_sections(text)][1:] == [
        (3, "1.加快集聚发展动能,主要指标稳中向好"), (3, "2.推进城市建设")]


@pytest.mark.parametrize(("text", "first"), [
    # 新塘街道办事处2023年政府工作报告 (tests/gold/real/zhejiang3): a title run on into the first heading
    ("新塘街道办事处2023年政府工作报告一、2022年工作回顾2022年是极不平凡、殊为不易的一年。面对多重困难和风险压力,"
     "街道深入贯彻省市区委决策部署。全年预计实现规上工业生产总值135亿元。\n二、2023年工作安排\n", "一、2022年工作回顾"),
    ("统溪河镇2025年上半年工作总结一、主要工作开展情况上半年，全镇统筹推进各项工作，累计开展集中学习36次，参与学习的党员干部"
     "达480人次。\n", "一、主要工作开展情况"),
    # 2022年东光县政府工作报告 (河北 沧州, a county site; fresh set29): the title, a space, the first heading
    ("2022年东光县政府工作报告 一、2021年工作回顾 2021年是建党100周年,是“十四五”规划开局之年,圆满完成年初任务目标。"
     " 一年来,全年实现项目落地110个。\n", "一、2021年工作回顾"),
    # a marker later in a line, or after no title word, opens nothing
    ("上半年，全镇统筹推进各项工作，累计开展集中学习36次，参与学习的党员干部达480人次，其中一、二季度各18次，持续推进。\n", None),
])
def test_a_title_run_on_into_the_first_heading(text, first):
    titles = [s.title for s in split_sections(text)]
    assert [t[: len(first or "")] for t in titles[:1]] == ([first] if first else [])
