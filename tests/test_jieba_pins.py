"""jieba behaviour the label rules rely on; a jieba upgrade that changes it fails here first."""

import pytest

from pipeline.labels import segment


@pytest.mark.parametrize(("text", "token"), [
    ("2025年春季雨露计划共摸底上报", "雨露计划"),  # user word: its 计划 is not a plan cue
    ("今年共接收入党积极分子", "入党积极分子"),
    ("我镇原驻村工作队", "我镇"),  # stripped as a place word, not split as 我/镇原
    ("现有驻村工作队员工", "驻村工作队"),
    ("困难生活补贴等民政补助共计", "等"),  # the list cut needs 等 as a word of its own
    ("共查摆出问题", "共"),  # a one-character prefix is stripped only as a whole word
])
def test_word_stays_whole(text, token):
    assert token in segment(text)


@pytest.mark.parametrize(("text", "not_token"), [
    ("共享发展成果", "共"),  # 共享 is one word, so its 共 is not stripped
    ("劝阻交通违法行为", "为"),  # 行为 is one word, so its 为 is not stripped
    ("开展集中学习", "中学"),  # a 中学 suffix here is not a school
])
def test_word_is_not_split(text, not_token):
    assert not_token not in segment(text)
