"""Properties that hold for any text: the finder never raises, every span slices back to its surface."""

import math
from decimal import Decimal, InvalidOperation

import cn2an
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_report
from pipeline.figures import find, parse
from pipeline.model import Report
from pipeline.numbers import NumberError, _by_sections, _refused, _regular_value, arabic_value, chinese_value, mixed_value

# Text drawn from the characters reports are made of, so the finder's paths are exercised.
REPORT_ALPHABET = st.sampled_from(
    list("0123456789０１２３４５６７８９.,，、。；：%％()（）〔〕-—~ \n")
    + list("零〇一二两三四五六七八九十百千万亿余多近约超逾以上下左右")
    + list("人次户个名元亩吨米公里立方年月日第是村镇共达为")
)
report_text = st.text(REPORT_ALPHABET, max_size=200) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(report_text)
def test_find_never_raises_and_spans_slice_back(text):
    found, skipped = find(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.quantity.surface
        assert math.isfinite(f.quantity.value)
    for start, end, numeral, _ in skipped:
        assert text[start:end] == numeral


@settings(max_examples=200, deadline=None)
@given(report_text)
def test_whole_extraction_never_raises(text):
    ex = extract_report(Report("r", "", text, period="2025H1"))
    for f in ex.figures:
        assert text[f.start : f.end] == f.surface and f.surface
        assert math.isfinite(f.value)
        assert f.value_high is None or math.isfinite(f.value_high)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numerals_parse_to_the_number_cn2an_gives(n):
    written = cn2an.an2cn(n)
    q = parse(written + "元")
    assert q is not None, written
    assert q.value == n  # also where cn2an cannot read its own writing back (四千三百三十二亿一千: no 零 after 亿)


NUMERAL_CHARACTERS = st.text(st.sampled_from(list("零一二三四五六七八九十百千万亿点")), min_size=1, max_size=10)


@settings(max_examples=2000, deadline=None)
@given(NUMERAL_CHARACTERS | st.integers(min_value=0, max_value=10**15).map(cn2an.an2cn)
       | st.tuples(st.integers(min_value=0, max_value=10**9).map(cn2an.an2cn),
                   st.text(st.sampled_from(list("零一二三四五六七八九")), min_size=1, max_size=6)).map("点".join))
@example("三亿十万")
@example("二十五亿七千")
@example("三十六点九")
@example("一千零十")
@example("四百十二万")
def test_a_regular_numeral_is_read_as_cn2an_reads_it(numeral):
    """chinese_value reads a regular numeral without cn2an (_regular_value): its value, of cn2an's type, wherever it
    gives one (三亿十万 it leaves to cn2an, which reads 300000000)."""
    value = _regular_value(numeral)
    if value is not None:
        expected = cn2an.cn2an(numeral, "normal")
        assert (value, type(value)) == (expected, type(expected)), numeral


@settings(max_examples=400, deadline=None)
@given(report_text | st.sampled_from(["NaN", "Infinity", "-inf", "1e999999", "１e5", "十万万亿亿", "零零", "两两", "〇"]))
def test_number_parsers_never_raise_and_never_give_nan_or_infinity(text):
    """parse() on any text: a finite Quantity or None; the readers: a finite number or NumberError."""
    q = parse(text)
    if q is not None:
        assert q.surface == text and math.isfinite(q.value)
        assert q.value_high is None or math.isfinite(q.value_high)
    for reader in (arabic_value, chinese_value):
        try:
            value = reader(text)
        except NumberError:
            continue
        assert value.is_finite() and math.isfinite(float(value)), (reader.__name__, text, value)


def test_absurdly_long_digit_runs_are_not_figures():
    """float() of a 400-digit number is infinity: such a run is skipped, never a figure."""
    found, skipped = find("9" * 400 + "人，１" + "０" * 40 + "元")
    assert found == []
    assert [reason for _, _, _, reason in skipped] == ["unreadable_number", "unreadable_number"]


@settings(max_examples=2000, deadline=None)
@given(NUMERAL_CHARACTERS | st.integers(min_value=0, max_value=10**15).map(cn2an.an2cn).map(
       lambda w: w.replace("亿零", "亿").replace("万零", "万").replace("百一十", "百十")))
@example("一亿一千七百")
@example("六万万")
@example("二十三亿五千")
def test_a_numeral_cn2an_refuses_is_read_as_before(numeral):
    """chinese_value reads the numerals cn2an refuses (_refused: a 零 left out after 亿, 万万) section by section
    without it: the value, or NumberError, that reading them with cn2an gives."""
    normal = "一" + numeral if numeral[:1] in "十百千万亿" else numeral  # 万亿: chinese_value reads 一万亿
    if not _refused(normal):
        return
    try:
        cn2an.cn2an(normal, "normal")
        raise AssertionError(f"cn2an reads {normal}")
    except ValueError:
        pass
    expected = _by_sections(normal, lambda section: cn2an.cn2an(section, "normal"))
    try:
        assert chinese_value(numeral) == expected is not None, numeral
    except NumberError:
        assert expected is None, numeral


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("123456789"), st.sampled_from("十百千万亿")).map("".join), min_size=1, max_size=5)
       .map("".join) | st.text(st.sampled_from(list("1234567890.十百千万亿")), min_size=1, max_size=8))
@example("1万6千")
def test_a_mixed_number_is_read_as_cn2an_reads_it(text):
    """mixed_value gives cn2an's smart reading (1万6千 read without it), or NumberError where cn2an cannot read it."""
    try:
        expected = Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        expected = None
    try:
        assert mixed_value(text) == expected, text
    except NumberError:
        assert expected is None or expected.adjusted() > 29, text
