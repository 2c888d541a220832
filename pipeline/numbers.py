"""Numbers as written in reports: Arabic (any width, thousands separators) and Chinese.

Exact arithmetic (Decimal) so that 1.2亿 is 120000000, not 119999999.99999999.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNIT_AFTER_PAIR = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


class NumberError(ValueError):
    """The text is not a number this module can read."""


_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
MAX_EXPONENT = 29  # 10^30 and more is no quantity a report states (float would round it, or overflow)


def _bounded(value: Decimal, text: str) -> Decimal:
    if not value.is_finite() or value.adjusted() > MAX_EXPONENT:
        raise NumberError(f"not a number of a sensible size: {text[:40]!r}")
    return value


def arabic_value(text: str) -> Decimal:
    """'１２３，４５６．７' -> Decimal('123456.7'); separators are commas of either width."""
    ascii_text = (text if text.isascii() else unicodedata.normalize("NFKC", text)).replace(",", "").replace(" ", "")
    ascii_text = ascii_text.replace("\n", "")  # 1.2⏎3: a PDF copy's line wrapped inside the number
    if not _ARABIC.fullmatch(ascii_text):  # Decimal() would take "NaN", "Infinity", "1e999"
        raise NumberError(f"not an Arabic number: {text[:40]!r}")
    try:
        return _bounded(Decimal(ascii_text), text)
    except InvalidOperation:
        raise NumberError(f"not an Arabic number: {text[:40]!r}") from None


@functools.lru_cache(maxsize=4096)  # 三, 十, 一百: the same few numerals in every report, and cn2an is slow
def chinese_value(text: str) -> Decimal:
    """'一百二十三' -> 123, '两千' -> 2000, '十' -> 10 (cn2an does the reading)."""
    normal = text.replace("两", "二").replace("〇", "零")
    if len(normal) > 1 and all(c in _CN_DIGITS for c in normal):
        # digit by digit (六一, 一二九, 二〇二三): a name, a date or a code, never a count (cn2an would read 61)
        raise NumberError(f"not a Chinese number: {text!r}")
    if normal[:1] in "十百千万亿":
        normal = "一" + normal  # 百余人: a bare scale word means one of it
    value = _regular_value(normal)
    if value is None and _refused(normal):
        try:
            value = _by_sections(normal, _regular_section)
        except _Irregular:  # a section only cn2an reads (一百五 as spoken): it reads them all
            value = _by_sections(normal, _cn2an_section)
        if value is None:
            raise NumberError(f"not a Chinese number: {text!r}")
    if value is not None:
        return _bounded(Decimal(str(value)), text)
    import cn2an  # on first use: importing it takes 0.2 s

    try:
        value = cn2an.cn2an(normal, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        value = _by_sections(normal, _cn2an_section)
        if value is None:
            raise NumberError(f"not a Chinese number: {text!r}") from None
    try:
        return _bounded(Decimal(str(value)), text)
    except InvalidOperation:
        raise NumberError(f"not a Chinese number: {text!r}") from None


_CN_ONE_TO_NINE = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_CN_DECIMAL_DIGITS = {"零": 0, **_CN_ONE_TO_NINE}


def _regular_value(normal: str) -> int | float | None:
    """The value of a numeral written the regular way (三, 二十五, 一千零五, 三万二千, 一亿零五百万, 三十六点九), as cn2an
    reads it, else None: these are cn2an's own patterns for a regular numeral (its normal mode), and its arithmetic
    for decimals (a float, rounded), read without importing it (0.2 s of every process that meets a Chinese
    numeral, a third of reading a short report); anything else is left to it."""
    whole, point, decimals = normal.partition("点")
    if point:
        if not 0 < len(decimals) <= 16 or not set(decimals) <= _CN_DECIMAL_DIGITS.keys():
            return None
        value = _regular_value(whole)
        fraction = 0
        for i in range(len(decimals) - 1, -1, -1):
            fraction += _CN_DECIMAL_DIGITS[decimals[i]] * 10 ** -(i + 1)
        return None if value is None else round(value + round(fraction, len(decimals)), len(decimals))
    if normal == "零":
        return 0
    normal = normal.replace("百十", "百一十")  # 一百十八: cn2an puts in the 一 (its normal mode) and reads 118
    if "亿" not in normal:
        return _below_10e8(normal)
    head, _, tail = normal.partition("亿")
    if tail[:1] == "十":
        return None  # 三亿十万: cn2an's pattern takes it, and it reads 300000000
    rest = 0 if not tail else _below_10e8(tail[1:]) if tail[0] == "零" else _below_10e8(tail, with_wan=True)
    return None if rest is None or (high := _below_10e8(head)) is None else high * 100_000_000 + rest


def _below_10e8(s: str, with_wan: bool = False) -> int | None:
    if "万" not in s:
        return None if with_wan else _below_10e4(s)
    head, _, tail = s.partition("万")
    rest = 0 if not tail else _below_1000(tail[1:]) if tail[0] == "零" else _below_10e4(tail, with_qian=True)
    return None if rest is None or (high := _below_10e4(head)) is None else high * 10_000 + rest


def _below_10e4(s: str, with_qian: bool = False) -> int | None:
    if "千" not in s:
        return None if with_qian else _below_1000(s)
    head, _, tail = s.partition("千")
    rest = 0 if not tail else _below_100(tail[1:]) if tail[0] == "零" else _below_1000(tail, with_bai=True)
    return None if rest is None or head not in _CN_ONE_TO_NINE else _CN_ONE_TO_NINE[head] * 1000 + rest


def _below_1000(s: str, with_bai: bool = False) -> int | None:
    if "百" not in s:
        return None if with_bai else _below_100(s)
    head, _, tail = s.partition("百")
    if not tail:
        rest = 0
    elif tail[0] == "零":
        rest = _CN_ONE_TO_NINE.get(tail[1:])
    else:  # 一百五十, not 一百五 (cn2an reads that as spoken: left to it)
        rest = _below_100(tail) if len(tail) > 1 and tail[1] == "十" else None
    return None if rest is None or head not in _CN_ONE_TO_NINE else _CN_ONE_TO_NINE[head] * 100 + rest


def _below_100(s: str) -> int | None:
    if len(s) == 1 and s != "十":
        return _CN_ONE_TO_NINE.get(s)
    tens, ten, ones = s.partition("十")
    if not ten or len(tens) > 1 or len(ones) > 1 or not {tens, ones} <= {"", *_CN_ONE_TO_NINE}:
        return None
    return _CN_ONE_TO_NINE.get(tens, 1) * 10 + _CN_ONE_TO_NINE.get(ones, 0)


class _Irregular(Exception):
    """A section _regular_value cannot read (cn2an may)."""


_ONE_SCALE_WORD = frozenset("百千万亿")  # alone, no numeral cn2an reads (十 alone is 10)


def _regular_section(section: str) -> int:
    if section in _ONE_SCALE_WORD:
        raise ValueError(section)
    value = _regular_value(section)
    if value is None:
        raise _Irregular(section)
    return value


def _cn2an_section(section: str):
    import cn2an

    return cn2an.cn2an(section, "normal")


_THOUSANDS_AFTER_YI = re.compile(r"亿[一二三四五六七八九]千[^万亿]*$")


def _refused(normal: str) -> bool:
    """Shapes cn2an's normal mode refuses whatever their other characters, each with no 点 and ending with a scale
    word (its spoken mode, 一万二, wants a last digit): 万万 (no part of its pattern ends with 万 before another 万),
    and a 千 right after 亿 with no 万 after it (there its pattern wants 零 or a 万 section). The 零 and 一 it
    writes in before matching make or break neither."""
    if "点" in normal or normal[-1:] not in ("十", "百", "千", "万", "亿"):
        return False
    return "万万" in normal or _THOUSANDS_AFTER_YI.search(normal) is not None


def _by_sections(normal: str, read) -> int | None:
    """A numeral cn2an refuses because a 零 is left out after 亿 or 万 (四千三百三十二亿一千, 一亿一千, as cn2an
    itself writes them): each section before 亿 and 万 read on its own by ``read`` (cn2an's reading, or one that
    agrees with it). None when a section is no numeral."""
    total = 0
    for scale in ("亿", "万"):
        head, found, normal = normal.partition(scale) if scale in normal else ("", "", normal)
        if found:
            if not head or head.endswith(("亿", "万")):
                return None
            try:
                total += int(read(head)) * (100_000_000 if scale == "亿" else 10_000)
            except (ValueError, KeyError, IndexError, TypeError):
                return None
    normal = normal.removeprefix("零")
    if normal:
        try:
            total += int(read(normal))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    return total


_SCALE_CHARS = frozenset("万亿千百")


def is_mixed(text: str) -> bool:
    """Digits with Chinese scale words inside the number (1万6千, 3亿零500万)."""
    return not _SCALE_CHARS.isdisjoint(text)


# 1万6千: one digit before each scale word, which cn2an's smart mode writes as its numeral (一万六千) and reads in
# its normal mode (a lone scale word, 5千, it reads its own way)
_DIGIT_SCALE_PAIRS = re.compile(r"(?:[1-9][十百千万亿]){2,}[1-9]?")
_CN_DIGIT_OF = str.maketrans("123456789", "一二三四五六七八九")


def mixed_value(text: str) -> Decimal:
    """'1万6千' -> 16000, '1亿2千万' -> 120000000 (cn2an's smart reading)."""
    ascii_text = unicodedata.normalize("NFKC", text)
    if _DIGIT_SCALE_PAIRS.fullmatch(ascii_text) and (value := _regular_value(ascii_text.translate(_CN_DIGIT_OF))) is not None:
        return _bounded(Decimal(str(value)), text)
    import cn2an

    try:
        return _bounded(Decimal(str(cn2an.cn2an(ascii_text, "smart"))), text)
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        raise NumberError(f"not a number: {text[:40]!r}") from None


def chinese_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring digits as a rough range: 五六 -> (5, 6), 七八十 -> (70, 80), 二三十万 -> (200000, 300000)."""
    if len(text) < 2 or text[0] not in _CN_DIGITS or text[1] not in _CN_DIGITS:
        return None
    low, high = _CN_DIGIT_VALUE[text[0]], _CN_DIGIT_VALUE[text[1]]
    if high != low + 1 or low == 0:
        return None
    scale = 1
    for c in text[2:]:
        if c not in _CN_UNIT_AFTER_PAIR:
            return None
        scale *= _CN_UNIT_AFTER_PAIR[c]
    return Decimal(low * scale), Decimal(high * scale)


_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")


def is_arabic(text: str) -> bool:
    return text[:1] in _ARABIC_DIGITS
