"""A figure's surface read into a Quantity: its value (both ends of a range), unit and approximation.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from .. import rules
from ..model import Quantity
from ..numbers import NumberError, arabic_value, chinese_range, chinese_value, is_arabic, is_mixed, mixed_value
from ..units import lexicon as units_lexicon
from .pattern import figure_rules


@rules.cached(maxsize=4096)
def _shared_scale(high: str) -> tuple[Decimal, Decimal] | None:
    """(the number before the scale word ending ``high``, that scale): 一百五十万 -> (150, 10000)."""
    scales = units_lexicon().scales  # not 千万: 一千到两千万 is 1000万 to 2000万
    for word in sorted(scales, key=len, reverse=True):  # 万亿 before 亿
        head = high.removesuffix(word)
        # 两千万: 千 is part of the number before 万; 万万 would be no number
        if head != high and head and scales.get(head[-1], 0) < scales[word]:
            try:
                return _value(head)[0], scales[word]
            except NumberError:
                return None
    return None


def _value(text: str) -> tuple[Decimal, Decimal | None]:
    """The value of one written number, and the high end when it is a range like 五六."""
    if is_arabic(text):
        return (mixed_value(text) if is_mixed(text) else arabic_value(text)), None
    pair = chinese_range(text)
    if pair:
        return pair
    return chinese_value(text), None


def parse(surface: str) -> Quantity | None:
    """The quantity written in ``surface`` ('10万余元', '近3000人', '百分之十五'), or None.

    The whole string must be one figure; exclusions are not applied here.
    """
    m = figure_rules().figure.fullmatch(surface)
    if not m:
        return None
    try:
        return _quantity(m)
    except NumberError:
        return None


def _quantity(m: regex.Match) -> Quantity:
    fr = figure_rules()
    approx = fr.approx_before.get(m["pre"]) if m["pre"] else None
    if m["pct"]:
        value, high = _value(m["pnum"])
        unit = "%"
        if m["ppost"]:
            approx = fr.approx_after[m["ppost"]]
    else:
        value, high = _value(m["num"])
        scale = fr.scales[m["scale"]] if m["scale"] else Decimal(1)
        if m["num2"]:
            high, _ = _value(m["num2"])
            high *= scale
            # 三至五万元, 一百二十到一百五十万元, 七千到九千亿元: the scale word ending the high end holds for
            # the low end too, when the low end is smaller than the high end's number before it (五千到一万元 is
            # 5000 to 10000: 五千 is not below 一)
            if not m["scale1"] and not is_arabic(m["num2"]) and not is_arabic(m["num"]):
                shared = _shared_scale(m["num2"])
                if shared and value < shared[0]:
                    value *= shared[1]
            # 3万至5万元 scales each end; 3-5万元 scales both by the one word
            value *= fr.scales[m["scale1"]] if m["scale1"] else scale
        else:
            value *= scale
            if high is not None:
                high *= scale
        if m["neg"]:
            value = -value
        unit = fr.units[m["unit"]].canonical
        if m["alt_unit"] and unit + m["alt_unit"] in fr.units:
            unit += m["alt_unit"]  # 2万人（次）: persons counted once a time, 人次, not another unit for the persons
        unit += m["per"] or ""
        for word in (m["approx1"], m["approx2"], m["post"]):
            if word and word.strip():
                approx = fr.approx_after[word.strip()]
    return Quantity(
        surface=m[0],
        value=float(value),
        unit=unit,
        approx=approx,
        value_high=float(high) if high is not None and high != value else None,
    )
