"""Headings at three levels, items that are not headings, and sentences with offsets."""

from pipeline.sections import split_sections, split_sentences

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


def test_sentences_keep_offsets():
    sentences = split_sentences("开展集中学习36次；发展党员7名。\n二、问题")
    assert [s.text for s in sentences] == ["开展集中学习36次；", "发展党员7名。", "二、问题"]
    assert all("开展集中学习36次；发展党员7名。\n二、问题"[s.start : s.end] == s.text for s in sentences)
