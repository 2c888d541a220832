"""A report's period from its title, head, date line, first heading and file name (rules/reports.yaml, period)."""

from __future__ import annotations

import regex

from .. import periods
from .report_rules import ReportRules, plain_text


def report_period(places: tuple[tuple[str, str], ...], text: str, r: ReportRules) -> tuple[str | None, int | None]:
    """The report's period, and the year it was delivered in when that is after the period.

    A 政府工作报告 delivered early in year Y (its title 2021年政府工作报告, a date line
    ——2021年1月20日在…人民代表大会) reviews Y-1, unless its first heading names the year it
    reviews (一、2021年工作回顾), which wins. A title that names the year it reviews (2022年工作总结) wins
    over both: a heading copied from last year's report (一、2021年工作开展情况) does not move it.
    """
    for where, source in places:
        if where == "head" and (congress := r.congress_review.search(source)):
            # 召开…人民代表大会…会议…政府工作报告 ⏎ 2019年,锦尚实现…: the year the session reviews, over the part of the
            # next year the news goes on with (2020年1—6月)
            return congress["year"], int(congress["year"]) + 1
        if where == "head" and (part := r.review_part.search(plain_text(text[: r.review_chars]))):
            # 一、上半年…完成情况: the first heading names the part of the year reviewed, over the head's running text
            found = {name: value for name, value in part.groupdict().items() if value}
            year = found.get("year") or _first_year(text, r)
            period = _resolved(found, year) if year else None
            if period is not None:
                return period, None
        patterns = r.periods + (r.name_periods if where == "name" else ())
        # In running text a bare 上半年 or 1-6月 may be anything; only a title or a file name is trusted without a year.
        match = _first_match(patterns, source, needs_year=where == "head")
        if not match:
            continue
        found = {name: value for name, value in match.groupdict().items() if value}
        # 泉湖镇2022工作总结: the title names the year it reviews; 公明街道2023年工作报告, the year it was given in
        stated = where == "title" and "year" in found and not r.speech_title.search(source)
        delivered = int(found.pop("delivered")) if "delivered" in found else None
        if delivered is not None:
            if where != "title" and any(int(m["year"]) == delivered + 1 for m in r.ahead_year.finditer(places[1][1])):
                # 《2023年政府工作报告》…2024年财政预算 in a news piece: the cited report's year is the one reviewed
                # (a report's own title is not so moved: 1980年…政府工作报告 plans 1981 and reviews 1979)
                delivered += 1
            found["year"] = str(delivered - 1)
        year = found.get("year") or (where == "title" and _bare_year(source, r)) or _first_year(text, r)
        period = _resolved(found, year) if year else None
        if period is not None:
            return (period, None) if stated else _reviewed(period, delivered, places, text, r)
    return _reviewed(None, None, places, text, r)


def _reviewed(period: str | None, delivered: int | None, places: tuple[tuple[str, str], ...], text: str,
              r: ReportRules) -> tuple[str | None, int | None]:
    """A year's period checked against the date line of the speech and the first heading's year."""
    if period is not None and not periods.span(period).whole_year:
        return period, delivered
    head = dict(places)["head"]
    line = r.date_line.search(plain_text(text[: r.review_chars])) or r.bare_date_line.search(head)
    spoken = None  # the year of the date line
    if line:
        year = spoken = int(line["year"])
        month = periods.number(line["month"])  # 1 or 一
        delivered = year if month and month <= r.early_months else None
        period = str(year - 1) if delivered else str(year)
    elif congress := r.congress_review.search(head):
        period, delivered = congress["year"], int(congress["year"]) + 1
    reviewed = r.review.search(plain_text(text[: r.review_chars]))
    if reviewed:  # wins over the delivery year, and names the period where nothing else does
        period = _resolved({name: value for name, value in reviewed.groupdict().items() if value}, reviewed["year"])
        # delivered after the year it reviews, even late in the next (——2020年7月4日在…: 一、2019年…工作回顾)
        later = delivered or spoken
        delivered = later if later and later > int(reviewed["year"]) else None
    opening = r.opening_year.search(head) if period is None else None
    if opening:
        period = opening["year"]  # 2021年，全镇实现生产总值…: nothing else names it
    if period is not None and not (line or reviewed or delivered):
        # a year only the file name or the head's running text gives: the part of it the head's first words on a
        # period name (今年以来…1—5月份,累计完成税收…; 2013年,我镇… ⏎ 一、…截至6月底,…), unless they name the whole
        part = r.head_part.search(head, opening.end() if opening else 0)
        if part and not part["whole"]:
            found = {name: value for name, value in part.groupdict().items() if value}
            period = _resolved(found if "m1" in found or "m2" not in found else {**found, "m1": "1"}, period) or period
    return period, delivered


def _first_match(patterns: tuple[regex.Pattern, ...], source: str, needs_year: bool) -> regex.Match | None:
    """The match that starts first; at the same start, the one from the earlier pattern."""
    best: tuple[int, int, regex.Match] | None = None
    for rank, pattern in enumerate(patterns):
        for match in pattern.finditer(source):
            if needs_year and not (match.groupdict().get("year") or match.groupdict().get("delivered")):
                continue
            if best is None or (match.start(), rank) < best[:2]:
                best = (match.start(), rank, match)
            break
    return best[2] if best else None


def _resolved(found: dict[str, str], year: str) -> str | None:
    """The period the groups of a report pattern name, in ``year`` (1-6月 is 2025H1, 1-10月 2025M1-M10)."""
    s = periods.resolve(found | {"year": year}, None)
    return periods.code(s) if s else None


def _bare_year(title: str, r: ReportRules) -> str | None:
    """A year a title writes as a file name would, without 年 (2021七宝镇上半年政府工作报告)."""
    return next((m["year"] for p in r.name_periods if (m := p.search(title)) and m["year"]), None)


def _first_year(text: str, r: ReportRules) -> str | None:
    match = r.first_year.search(plain_text(text))
    return match.group("year") if match else None
