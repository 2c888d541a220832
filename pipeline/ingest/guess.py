"""Guessing a report's title, town, county and period from its head and file name.

The words and patterns are in rules/reports.yaml.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .. import periods, rules


@dataclass(frozen=True)
class _ReportRules:
    title_max: int
    title_words: tuple[str, ...]
    not_title: regex.Pattern
    run_on: regex.Pattern
    head_lines: int
    contents_lines: int
    chrome: regex.Pattern
    head_chars: int
    addressees: regex.Pattern
    suffixes: tuple[str, ...]
    name_min: int
    name_max: int
    followers: tuple[str, ...]
    follower: regex.Pattern  # any of the followers
    stop_words: tuple[str, ...]
    not_endings: tuple[str, ...]
    not_inside: tuple[str, ...]
    cut: regex.Pattern
    county_suffixes: tuple[str, ...]
    lowest_suffixes: tuple[str, ...]
    body_follower: regex.Pattern  # any of town.body_followers: a town's own organs
    body_length: tuple[int, int]
    before_words: str
    bare_level: str
    bare_title: regex.Pattern
    source_tag: regex.Pattern
    own_level: regex.Pattern
    periods: tuple[regex.Pattern, ...]
    name_periods: tuple[regex.Pattern, ...]
    first_year: regex.Pattern
    speech_title: regex.Pattern
    date_line: regex.Pattern
    bare_date_line: regex.Pattern
    opening_year: regex.Pattern
    early_months: int
    ahead_year: regex.Pattern
    congress_review: regex.Pattern
    review: regex.Pattern
    review_part: regex.Pattern
    review_chars: int


_PERIOD_GROUPS = {"year", "delivered", "m1", "m2", "quarters", "quarter", "half"}


@rules.cached
def _report_rules() -> _ReportRules:
    data = rules.load("reports")
    title = rules.need("reports", data, "title", dict)
    head = rules.need("reports", data, "head", dict)
    town = rules.need("reports", data, "town", dict)
    period = rules.need("reports", data, "period", dict)
    return _ReportRules(
        title_max=rules.need("reports", title, "max_length", int, "title"),
        title_words=rules.words("reports", title, "words", "title"),
        not_title=_pattern(title, "title", "not_title"),
        run_on=regex.compile(rules.model("reports").title.run_on),
        head_lines=rules.need("reports", head, "max_lines", int, "head"),
        contents_lines=rules.model("reports").head.contents_lines,
        chrome=regex.compile(rules.model("reports").head.chrome),
        head_chars=rules.need("reports", head, "max_chars", int, "head"),
        addressees=_pattern(head, "head", "addressees"),
        suffixes=rules.words("reports", town, "suffixes", "town"),
        name_min=rules.need("reports", town, "min_length", int, "town"),
        name_max=rules.need("reports", town, "max_length", int, "town"),
        followers=(followers := rules.words("reports", town, "followers", "town")),
        follower=regex.compile("|".join(regex.escape(w) for w in sorted(followers, key=len, reverse=True))),
        stop_words=rules.words("reports", town, "stop_words", "town"),
        not_endings=rules.words("reports", town, "not_endings", "town"),
        not_inside=rules.words("reports", town, "not_inside", "town"),
        cut=_pattern(town, "town", "cut"),
        county_suffixes=rules.words("reports", town, "county_suffixes", "town"),
        lowest_suffixes=rules.words("reports", town, "lowest_suffixes", "town"),
        body_follower=regex.compile("|".join(regex.escape(w) for w in rules.model("reports").town.body_followers) or "(?!)"),
        body_length=tuple(rules.model("reports").town.body_length),
        before_words=rules.model("reports").town.before_words,
        bare_level=rules.model("reports").town.bare_level,
        bare_title=regex.compile(rules.model("reports").town.bare_title),
        source_tag=regex.compile(rules.model("reports").town.source_tag),
        own_level=regex.compile(rules.model("reports").town.own_level),
        periods=_period_patterns(period, "patterns"),
        name_periods=_period_patterns(period, "name_patterns"),
        first_year=_year_pattern(period),
        speech_title=_pattern(period, "period", "speech_title"),
        date_line=_pattern(period, "period", "date_line"),
        bare_date_line=_pattern(period, "period", "bare_date_line"),
        early_months=rules.need("reports", period, "early_months", int, "period"),
        ahead_year=_year_group(_pattern(period, "period", "ahead_year"), "ahead_year"),
        congress_review=_pattern(period, "period", "congress_review"),
        review=_pattern(period, "period", "review"),
        opening_year=_year_group(_pattern(period, "period", "opening_year"), "opening_year"),
        review_part=_part_pattern(_pattern(period, "period", "review_part")),
        review_chars=rules.need("reports", period, "review_chars", int, "period"),
    )


def _pattern(data: dict, where: str, key: str) -> regex.Pattern:
    return rules.compile_pattern("reports", f"{where}.{key}", rules.need("reports", data, key, str, where))


def _period_patterns(period: dict, key: str) -> tuple[regex.Pattern, ...]:
    compiled = []
    for i, text in enumerate(rules.words("reports", period, key, "period")):
        where = f"period.{key}[{i}]"
        pattern = rules.compile_pattern("reports", where, text)
        unknown = set(pattern.groupindex) - _PERIOD_GROUPS
        if unknown:
            raise rules.RuleError(f"rules/reports.yaml: {where}: unknown group {sorted(unknown)[0]!r}")
        compiled.append(pattern)
    return tuple(compiled)


def _year_pattern(period: dict) -> regex.Pattern:
    return _year_group(_pattern(period, "period", "first_year"), "first_year")


def _year_group(pattern: regex.Pattern, key: str) -> regex.Pattern:
    if "year" not in pattern.groupindex:
        raise rules.RuleError(f"rules/reports.yaml: period.{key}: needs a group named year")
    return pattern


def _part_pattern(pattern: regex.Pattern) -> regex.Pattern:
    unknown = set(pattern.groupindex) - _PERIOD_GROUPS
    if unknown:
        raise rules.RuleError(f"rules/reports.yaml: period.review_part: unknown group {sorted(unknown)[0]!r}")
    return pattern


@dataclass(frozen=True)
class Guess:
    """What the head of a report and its file name say about it; None where they say nothing."""

    title: str
    town: str | None
    county: str | None
    period: str | None
    delivered: int | None = None


def guess_report(text: str, stem: str) -> Guess:
    """The title from the first line; the town (and county) from the title, else the head of ``text``, else the
    file ``stem``; the period likewise, checked against the date line and the first heading (``_period``)."""
    r = _report_rules()
    leading = _leading(text, r)
    title = _title(leading[0] if leading else "", r)
    if (not title and len(leading) > 1 and not r.not_title.match(leading[0])
            and not any(r.addressees.search(line) or line.endswith(_SENTENCE_ENDS) for line in leading[:2])):
        # a title wrapped onto a second line ((广东省)2020年大埔县人民 ⏎ 政府工作报告(全文))
        joined = leading[0] + leading[1]
        title = joined if len(_spaces_closed(joined)) <= r.title_max and not r.not_title.match(leading[1]) and _title(
            joined, r) else ""
    head = "\n".join(line for line in leading if not r.addressees.search(line))[: r.head_chars]
    places = (("title", _plain(title)), ("head", _plain(head)), ("name", _plain(stem)))
    # the title, or a first line as short as one that has no title word (镇节假日安全生产工作(怀远县))
    first = places[0][1] or (_plain(leading[0]) if leading and len(leading[0]) <= r.title_max else "")
    bare = r.bare_title.match(first)
    chain = _title_chain(first if bare else places[0][1], r)
    if not chain and not bare:  # a title naming its level and no name: a place the head or body names is a part
        chain = (next(filter(None, (_place_chain(s, r) for _, s in places[1:])), ())
                 or _title_opening(first, text, r) or _body_chain(text, r))
    if chain and bare and not chain[-1].endswith(r.lowest_suffixes):
        chain = (*chain, "")  # 镇年度工作总结(剑阁县): a town not named, in that county
    if chain and chain[-1].endswith(r.county_suffixes) and r.own_level.search(places[1][1]):
        chain = (*chain, "")  # 2022年镇在市委…绍兴市第九次党代会, 宁国市某乡: a town's report, the town not named
    county = chain[-2] if len(chain) > 1 and chain[-2].endswith(r.county_suffixes) else None
    period, delivered = _period(places, text, r)
    return Guess(title, chain[-1] if chain and chain[-1] else None, county, period, delivered)


def _nonblank_lines(text: str) -> Iterator[str]:
    for match in regex.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if line:
            yield line


def _leading(text: str, r: _ReportRules) -> list[str]:
    """The first head_lines non-empty lines, after the lines of a web page the text opens with (首页 > 信息公开,
    【打印】【关闭】, 索引号：…) and a table of contents (contents_lines or more heading lines: (一)坚持扩增量、提质量 ⏎
    (二)… ⏎ 2026年道里区政府工作报告)."""
    chrome = sum(1 for _ in itertools.takewhile(r.chrome.search, itertools.islice(_nonblank_lines(text), 40)))
    lines = itertools.islice(_nonblank_lines(text), chrome, None)
    skipped = list(itertools.takewhile(lambda line: len(line) <= r.title_max and bool(r.not_title.match(line)),
                                       itertools.islice(_nonblank_lines(text), chrome, chrome + 200)))
    if len(skipped) >= r.contents_lines:
        lines = itertools.islice(lines, len(skipped), None)
    return list(itertools.islice(lines, r.head_lines))


def _title(line: str, r: _ReportRules) -> str:
    """The first non-empty line when it reads as a title: short, with a report word, not a heading; or the title
    a longer first line opens with, run on into the text (乡镇XX年一季度工作情况汇报一季度,全镇上下…)."""
    if len(line) > r.title_max and (run_on := r.run_on.match(line)):
        line = run_on.group()
    closed = _spaces_closed(line)  # 政 府 工 作 报 告, as a PDF copies it
    if len(closed) <= r.title_max and any(word in closed for word in r.title_words) and not r.not_title.match(closed):
        return line
    return ""


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# str.translate looks up every character of a long text in its table (3 ms a national report): only the runs of
# full-width digits are translated, found in C
_FULL_WIDTH_RUN = regex.compile("[" + "".join(map(chr, _FULL_WIDTH_DIGITS)) + "]+")


# a run of three or more single Han characters spaced apart, as a PDF copy spaces out a title (政 府 工 作 报 告) or a
# name (东 晓 街 道); not words a space parts (来源:科右前旗 作者:…)
_SPACED_OUT = regex.compile(r"(?<!\p{Han})\p{Han}(?:[ \t\u3000]+\p{Han}(?!\p{Han})){2,}")
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "；", ";")
_SPACES = regex.compile(r"[ \t\u3000]+")


def _spaces_closed(text: str) -> str:
    return _SPACED_OUT.sub(lambda m: _SPACES.sub("", m.group()), text)


def _plain(text: str) -> str:
    """A copy for matching only: ２０２５年 and 二〇二五年 read as 2025年, 政 府 工 作 报 告 as 政府工作报告."""
    text = _FULL_WIDTH_RUN.sub(lambda m: m.group().translate(_FULL_WIDTH_DIGITS), _spaces_closed(text))
    return periods.arabic_years(text)


def _place_chain(source: str, r: _ReportRules) -> tuple[str, ...]:
    """The first place name in ``source``, as a chain from the widest level down (青溪县, 统溪河镇); not one that
    ends its piece where the sentence goes on (实干兴乡，千方百计…), nor a source tag when a place follows it."""
    untagged = r.source_tag.sub(" ", source)
    return (_first_chain(untagged, r) if untagged != source else ()) or _first_chain(source, r)


def _first_chain(source: str, r: _ReportRules) -> tuple[str, ...]:
    at = 0
    for cut in itertools.chain(r.cut.finditer(source), (None,)):
        piece = source[at : cut.start() if cut else len(source)]
        at = cut.end() if cut else len(source)
        chain = _names_at(piece, r)
        if chain and not (cut and len("".join(chain)) == len(piece) and cut[0][0] in r.before_words):
            return chain
    return ()


_CUT_MARGIN = 8  # longer than any cut word (中国共产党): one at the window's edge is still seen whole


def _body_chain(text: str, r: _ReportRules) -> tuple[str, ...]:
    """The one town (of the lowest level) the whole text names before one of its organs (制定《大雁塔街道机关…》), when it
    names just one of body_length; none when it names several or none."""
    lo, hi = r.body_length
    reach = r.name_max * 3  # how far before an organ its name may start
    plain = _plain(text)
    found: set[str] = set()
    for organ in r.body_follower.finditer(plain):
        # only the stretch before each organ is read, not the whole text cut into pieces: the piece it ends, as far
        # back as a name may start
        window_start = max(0, organ.start() - reach - _CUT_MARGIN)
        pieces = r.cut.split(plain[window_start : organ.start()])
        piece = pieces[-1]
        whole = len(pieces) > 1 or window_start == 0  # the piece's own start lies in the window
        starts = ({0} if whole else set()) | {m.end() for m in r.follower.finditer(piece)}
        for start in starts:
            chain = _names_at(piece[start:], r) if 0 < len(piece) - start <= reach else ()
            if chain and chain[-1].endswith(r.lowest_suffixes) and lo <= len(chain[-1]) <= hi:
                found.add(chain[-1])
                if len(found) > 1:
                    return ()
    return (found.pop(),) if found else ()


def _title_chain(title: str, r: _ReportRules) -> tuple[str, ...]:
    """Of the places a title names, the report's own: the lowest level, at one level the last.

    A title may name the county or city first, apart ((杭州市)萧山区益农镇…, 【投资兴国县】2018年梅窖镇…) or
    before a follower (安吉县人民政府灵峰街道办事处…); a name is looked for where each piece starts and
    after each follower word.
    """
    chains = []
    for piece in r.cut.split(title):
        starts = {0} | {m.end() for m in r.follower.finditer(piece)}
        for start in sorted(starts):
            chain = _names_at(piece[start:], r)
            if chain and chain not in chains:
                chains.append(chain)
    if not chains:
        return ()
    best = max(range(len(chains)), key=lambda i: (chains[i][-1].endswith(r.lowest_suffixes), i))
    return chains[best]


def _title_opening(line: str, text: str, r: _ReportRules) -> tuple[str, ...]:
    """A town (of the lowest level) opening a piece of the title line, whatever follows it (成吉思汗镇实施五有工程改善
    民生, 丰润镇河长制工作, 正蓝旗这十年|扎格斯台苏木篇: /work/township-corpus3), when the text names it again; not one
    whose suffix opens a word of stop_words (美丽乡村: 乡村)."""
    plain = _plain(text)
    for piece in r.cut.split(line):
        for end in range(r.name_min, min(len(piece), r.name_max) + 1):
            name, rest = piece[:end], piece[end:]
            if (name.endswith(r.lowest_suffixes) and _is_name(name, r) and not _longer_suffix(name, rest, r)
                    and not (name[-1] + rest).startswith(r.stop_words) and plain.count(name) > 1):
                return (name,)
    return ()


def _names_at(piece: str, r: _ReportRules, depth: int = 4) -> tuple[str, ...]:
    """Names that open ``piece`` and run to its end or to a follower word, shortest first.

    A name followed by something else still counts when that something is
    itself a name (the 统溪河镇 in 青溪县统溪河镇); ``depth`` caps the levels so
    text like 镇镇镇镇 cannot make the search blow up.
    """
    for end in range(r.name_min, min(len(piece), r.name_max) + 1):
        name = piece[:end]
        rest = piece[end:]
        if not _is_name(name, r) or (rest.startswith(r.suffixes) and not rest.startswith(r.followers)):  # 桐乡 of 桐乡市
            continue
        if _longer_suffix(name, rest, r) and not rest.startswith(r.followers):  # 荷花池街 of 荷花池街道
            continue
        if not rest or rest.startswith(r.followers):
            return (name,)
        more = _names_at(rest, r, depth - 1) if depth > 1 else ()
        if more:
            return (name, *more)
    return ()


def _longer_suffix(name: str, rest: str, r: _ReportRules) -> bool:
    """``name`` ends in a suffix that runs on into ``rest`` as a longer one (街 of 街道)."""
    return any(len(longer) > len(short) and longer.startswith(short) and (short + rest).startswith(longer)
               for short in r.suffixes if name.endswith(short) for longer in r.suffixes)


def _is_name(name: str, r: _ReportRules) -> bool:
    # a suffix, and something before the longest it ends in (自治区 alone, of 自治区第十二次党代会, names nothing)
    has_suffix = name[1:].endswith(r.suffixes) and name not in r.suffixes
    return (has_suffix and not name.startswith(r.stop_words + r.followers) and not name.endswith(r.not_endings)
            and not any(word in name for word in r.not_inside)
            and not (name[0] in r.bare_level and name[1:] in r.suffixes))  # 同区 of 同区人民政府签订…


def _period(places: tuple[tuple[str, str], ...], text: str, r: _ReportRules) -> tuple[str | None, int | None]:
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
        if where == "head" and (part := r.review_part.search(_plain(text[: r.review_chars]))):
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
        year = found.get("year") or _first_year(text, r)
        period = _resolved(found, year) if year else None
        if period is not None:
            return (period, None) if stated else _reviewed(period, delivered, places, text, r)
    return _reviewed(None, None, places, text, r)


def _reviewed(period: str | None, delivered: int | None, places: tuple[tuple[str, str], ...], text: str,
              r: _ReportRules) -> tuple[str | None, int | None]:
    """A year's period checked against the date line of the speech and the first heading's year."""
    if period is not None and not periods.span(period).whole_year:
        return period, delivered
    head = dict(places)["head"]
    line = r.date_line.search(_plain(text[: r.review_chars])) or r.bare_date_line.search(head)
    spoken = None  # the year of the date line
    if line:
        year = spoken = int(line["year"])
        month = periods.number(line["month"])  # 1 or 一
        delivered = year if month and month <= r.early_months else None
        period = str(year - 1) if delivered else str(year)
    elif congress := r.congress_review.search(head):
        period, delivered = congress["year"], int(congress["year"]) + 1
    reviewed = r.review.search(_plain(text[: r.review_chars]))
    if reviewed:  # wins over the delivery year, and names the period where nothing else does
        period = reviewed["year"]
        # delivered after the year it reviews, even late in the next (——2020年7月4日在…: 一、2019年…工作回顾)
        later = delivered or spoken
        delivered = later if later and later > int(period) else None
    if period is None and (opening := r.opening_year.search(head)):
        period = opening["year"]  # 2021年，全镇实现生产总值…: nothing else names it
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


def _first_year(text: str, r: _ReportRules) -> str | None:
    match = r.first_year.search(_plain(text))
    return match.group("year") if match else None
