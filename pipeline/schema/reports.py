"""The shape of rules/reports.yaml and rules/sections.yaml: what ingest and the sections stage read of a report."""

from __future__ import annotations

from .base import Chars, Count, Positive, Regex, Strict, Words

# --------------------------------------------------------------------------- rules/reports.yaml


class TitleRules(Strict):
    max_length: Positive
    words: Words
    not_title: Regex
    run_on: Regex = "(?!)"  # a title run on into the text on one line (…工作情况汇报一季度,全镇…): the title it opens with


class HeadRules(Strict):
    max_lines: Positive
    max_chars: Positive
    addressees: Regex  # a line naming whom a notice is sent to (…各乡镇人民政府，市属各部门：): not the author
    chrome: Regex = "(?!)"  # a line of the web page around the report (首页 > 信息公开, 【打印】【关闭】): skipped at the start
    contents_lines: Positive = 3  # a text opening with at least so many heading lines opens with its contents: skipped


class TownRules(Strict):
    suffixes: Words
    min_length: Positive
    max_length: Positive
    followers: Words
    stop_words: Words
    cut: Regex
    county_suffixes: Words
    lowest_suffixes: Words  # of the places a title names, the report's is the lowest (萧山区益农镇 after (杭州市))
    not_endings: Words = []  # a name ending so is a description, no town (商贸重镇)
    not_inside: Words = []  # a name holding one of these is a phrase, no town (不利于各地区)
    not_opening_tags: list[str] = []  # a name opening with a word jieba's dictionary tags so is a phrase (举办龙岗区第二届)
    body_followers: Words = []  # a town named only in the body stands before one of these (机关, 党委)
    body_length: list[Positive] = [3, 6]  # a town named only in the body: its length, from and to
    before_words: Chars = "、"  # a name that ends a piece where the text goes on with one of these is a phrase of it
    bare_level: Chars = ""  # one of these before a bare level word (同区人民政府: "with the district's government")
    joiners: Chars = ""  # a word and one of these before a level word join two bodies (上级和镇党委), name no town
    source_tag: Regex = "(?!)"  # a place in brackets tagging where a copied text is from ((陕西省)2015年西安市…)
    bare_title: Regex = "(?!)"  # a title naming the report's level, no name (镇年度工作总结, …工作总结(县)): no town but its own
    own_level: Regex = "(?!)"  # a head speaking as a town (全镇, 某乡): a county or city it names is not the report's town
    bare_levels: dict[str, Words] = {}  # a bare title's level word: the suffixes of a name of that level (乡镇: 镇, 乡)
    not_after: Chars = ""  # a name right after one of these describes the place, names none (地势最高的高山乡)


class PeriodRules(Strict):
    patterns: list[Regex]
    name_patterns: list[Regex]
    first_year: Regex
    speech_title: Regex
    date_line: Regex  # the delivery line of a 政府工作报告 (——2021年1月20日在…人民代表大会…)
    bare_date_line: Regex  # a line of only a date under the title ((2023年1月10日), 发布时间：2022-11-25)
    early_months: Positive  # delivered in these first months of Y, a 政府工作报告 reviews Y-1
    ahead_year: Regex  # a year in the head one after the delivery year read from a title: that year is reviewed
    congress_review: Regex  # a news piece on a 人民代表大会 reviewing a year (大会回顾总结了2023年…)
    review: Regex  # a first heading naming the year reviewed (一、2023年工作回顾)
    review_part: Regex  # a first heading naming a part of a year (一、上半年…完成情况)
    review_chars: Positive  # how far into the text that heading is looked for
    opening_year: Regex  # a head's paragraph opening with a year alone (2021年，全镇…): the year, last of all
    head_part: Regex  # the head's first words on a part of the year (1—5月份, 截至6月底) or the whole (group whole)


class ReportsFile(Strict):
    title: TitleRules
    head: HeadRules
    town: TownRules
    period: PeriodRules

# --------------------------------------------------------------------------- rules/sections.yaml


class Heading(Strict):
    level: Count
    pattern: Regex


class SectionsFile(Strict):
    headings: list[Heading]
    heading_phrase_end: Chars
    inline_heading_after: Chars
    inline_heading_after_title: Regex  # a title run on into the first heading (…政府工作报告一、2022年工作回顾…)
    max_heading_line: Positive
    sentence_end: Chars
    wrap_min_line: Positive
    wrap_min_count: Count
    wrap_not_after: Chars
