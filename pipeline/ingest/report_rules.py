"""The rules of rules/reports.yaml that tell a report's town and period, loaded once, and the plain copy of a
text they are matched against.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import periods, rules


@dataclass(frozen=True)
class ReportRules:
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
    not_opening_tags: frozenset[str]
    cut: regex.Pattern
    county_suffixes: tuple[str, ...]
    lowest_suffixes: tuple[str, ...]
    body_follower: regex.Pattern  # any of town.body_followers: a town's own organs
    body_length: tuple[int, int]
    before_words: str
    bare_level: str
    joiners: str
    bare_title: regex.Pattern
    source_tag: regex.Pattern
    own_level: regex.Pattern
    bare_levels: dict[str, tuple[str, ...]]
    not_after: str
    periods: tuple[regex.Pattern, ...]
    name_periods: tuple[regex.Pattern, ...]
    first_year: regex.Pattern
    speech_title: regex.Pattern
    date_line: regex.Pattern
    bare_date_line: regex.Pattern
    opening_year: regex.Pattern
    head_part: regex.Pattern
    early_months: int
    ahead_year: regex.Pattern
    congress_review: regex.Pattern
    review: regex.Pattern
    review_part: regex.Pattern
    review_chars: int


_PERIOD_GROUPS = {"year", "delivered", "m1", "m2", "quarters", "quarter", "half"}


@rules.cached
def report_rules() -> ReportRules:
    data = rules.load("reports")
    title = rules.need("reports", data, "title", dict)
    head = rules.need("reports", data, "head", dict)
    town = rules.need("reports", data, "town", dict)
    period = rules.need("reports", data, "period", dict)
    return ReportRules(
        title_max=rules.need("reports", title, "max_length", int, "title"),
        title_words=rules.words("reports", title, "words", "title"),
        not_title=_pattern(title, "title", "not_title"),
        run_on=rules.compiled(rules.model("reports").title.run_on),
        head_lines=rules.need("reports", head, "max_lines", int, "head"),
        contents_lines=rules.model("reports").head.contents_lines,
        chrome=rules.compiled(rules.model("reports").head.chrome),
        head_chars=rules.need("reports", head, "max_chars", int, "head"),
        addressees=_pattern(head, "head", "addressees"),
        suffixes=rules.words("reports", town, "suffixes", "town"),
        name_min=rules.need("reports", town, "min_length", int, "town"),
        name_max=rules.need("reports", town, "max_length", int, "town"),
        followers=(followers := rules.words("reports", town, "followers", "town")),
        follower=rules.compiled("|".join(regex.escape(w) for w in sorted(followers, key=len, reverse=True))),
        stop_words=rules.words("reports", town, "stop_words", "town"),
        not_endings=rules.words("reports", town, "not_endings", "town"),
        not_inside=rules.words("reports", town, "not_inside", "town"),
        not_opening_tags=frozenset(rules.model("reports").town.not_opening_tags),
        cut=_pattern(town, "town", "cut"),
        county_suffixes=rules.words("reports", town, "county_suffixes", "town"),
        lowest_suffixes=rules.words("reports", town, "lowest_suffixes", "town"),
        body_follower=rules.compiled("|".join(regex.escape(w) for w in rules.model("reports").town.body_followers) or "(?!)"),
        body_length=tuple(rules.model("reports").town.body_length),
        before_words=rules.model("reports").town.before_words,
        bare_level=rules.model("reports").town.bare_level,
        joiners=rules.model("reports").town.joiners,
        bare_title=rules.compiled(rules.model("reports").town.bare_title),
        source_tag=rules.compiled(rules.model("reports").town.source_tag),
        own_level=rules.compiled(rules.model("reports").town.own_level),
        bare_levels={level: tuple(suffixes) for level, suffixes in rules.model("reports").town.bare_levels.items()},
        not_after=rules.model("reports").town.not_after,
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
        head_part=_part_pattern(_pattern(period, "period", "head_part"), "head_part", frozenset({"whole"})),
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


def _part_pattern(pattern: regex.Pattern, key: str = "review_part", also: frozenset[str] = frozenset()) -> regex.Pattern:
    unknown = set(pattern.groupindex) - _PERIOD_GROUPS - also
    if unknown:
        raise rules.RuleError(f"rules/reports.yaml: period.{key}: unknown group {sorted(unknown)[0]!r}")
    return pattern


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# str.translate looks up every character of a long text in its table (3 ms a national report): only the runs of
# full-width digits are translated, found in C
_FULL_WIDTH_RUN = regex.compile("[" + "".join(map(chr, _FULL_WIDTH_DIGITS)) + "]+")


# a run of three or more single Han characters spaced apart, as a PDF copy spaces out a title (政 府 工 作 报 告) or a
# name (东 晓 街 道); not words a space parts (来源:科右前旗 作者:…)
_SPACED_OUT = regex.compile(r"(?<!\p{Han})\p{Han}(?:[ \t\u3000]+\p{Han}(?!\p{Han})){2,}")
_SPACES = regex.compile(r"[ \t\u3000]+")
# what every run of _SPACED_OUT holds, found three times faster; most texts have not even one of the spaces
_SPACED_THREE = regex.compile(r"\p{Han}[ \t\u3000]+\p{Han}[ \t\u3000]+\p{Han}")


def spaces_closed(text: str) -> str:
    if not (" " in text or "\t" in text or "\u3000" in text) or not _SPACED_THREE.search(text):
        return text
    return _SPACED_OUT.sub(lambda m: _SPACES.sub("", m.group()), text)


@rules.cached(maxsize=16)  # the town, the period and the body are each looked for in the copy of the whole text
def plain_text(text: str) -> str:
    """A copy for matching only: ２０２５年 and 二〇二五年 read as 2025年, 政 府 工 作 报 告 as 政府工作报告."""
    text = _FULL_WIDTH_RUN.sub(lambda m: m.group().translate(_FULL_WIDTH_DIGITS), spaces_closed(text))
    return periods.arabic_years(text)
