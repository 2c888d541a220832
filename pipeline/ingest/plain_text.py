"""Reading .txt files: working out the encoding and decoding the bytes.

BOM first, then UTF-16 by its zero bytes, then UTF-8, then charset-normalizer
(GBK-family text is recorded as "gb18030"). UTF-8 or GB18030 text with under 1%
bad bytes is read with U+FFFD in their place, and the Report's message says so.
"""

from __future__ import annotations

import codecs

import regex

from .contract import Limits, Text, Unreadable

BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Mainland reports that are not Unicode are GB2312/GBK/GB18030; GB18030 is the
# superset and decodes the other two identically, so one name is recorded.
_GB_FAMILY = {"gb2312", "gbk", "gb18030"}
_SAMPLE = 64 * 1024
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_txt(data: bytes, limits: Limits) -> Text:
    return decode(data)


def table_text(data: bytes) -> str | None:
    """A small table an analyst saved (a roster, a corrections file, a bureau's CSV): UTF-8 (with or
    without its BOM) as Excel and WPS save it, else GBK/GB18030; None when it is neither."""
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def decode(data: bytes) -> Text:
    """The text, with the lower-case name of the encoding it was read with."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return Text(_strict(data[len(bom) :], codec, f"not valid {name} text after its byte-order mark"), name)
    name = _utf16_by_zero_bytes(data) or ("utf-8" if _is_utf8(data) else _detect(data))
    if name is None:
        return _decode_damaged(data)
    text = _strict(data, name, "not a text file (binary content)")
    if _looks_binary(text):
        raise Unreadable("not a text file (binary content)")
    if name.startswith(("utf", "ascii")) or name in _GB_FAMILY:
        return Text(text, name)
    return Text(text, name, f"encoding guessed as {name} (not UTF-8 or GBK); check the text is not garbled")


def _strict(data: bytes, codec: str, problem: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise Unreadable(problem) from None


def _utf16_by_zero_bytes(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by where its zero bytes fall.

    ASCII characters and line ends are a zero byte plus the character, the zero
    second in little-endian and first in big-endian. CJK characters rarely have
    a zero byte (一 U+4E00 does), hence a clear majority rather than all.
    """
    if len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 2 * even:
        return "utf-16-le"
    if even > 2 * odd:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    names = [canonical(match.encoding) for match in from_bytes(data)]
    if not names:
        return None
    # On short texts charset-normalizer often ranks a Korean or Japanese code page
    # above GB18030 although both decode; for mainland reports GB18030 is right.
    return "gb18030" if "gb18030" in names else names[0]


def canonical(encoding: str) -> str:
    """Python's name for an encoding, with GB2312 and GBK recorded as "gb18030"."""
    name = codecs.lookup(encoding).name
    return "gb18030" if name in _GB_FAMILY else name


def _decode_damaged(data: bytes) -> Text:
    """UTF-8 or GB18030 text with a few bad bytes (a damaged copy, a stray character
    pasted from another encoding) is read anyway, the bad bytes shown as U+FFFD,
    and the report says so. More than 1% bad is junk or an encoding we do not know."""
    candidates = []
    for codec in ("utf-8", "gb18030"):  # on a tie, UTF-8
        text = data.decode(codec, errors="replace")
        candidates.append((text.count("\ufffd"), codec, text))
    bad, codec, text = min(candidates, key=lambda candidate: candidate[0])
    if bad * 100 > len(text) or _looks_binary(text):
        raise Unreadable("not a text file (binary content or an unknown encoding)")
    return Text(text, codec, f"damaged text: {bad} undecodable byte sequence(s) shown as U+FFFD")


def _looks_binary(text: str) -> bool:
    """More than 1% control characters (NUL included) in the first 64K characters."""
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) > len(sample) // 100
