"""Guessing a report's title, town, county and period from its head and file name.

The words and patterns are in rules/reports.yaml.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..dictionary import tag_of
from .report_period import report_period
from .report_rules import ReportRules, plain_text, report_rules, spaces_closed


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
    r = report_rules()
    leading = _leading(text, r)
    title = _title(leading[0] if leading else "", r)
    if (not title and len(leading) > 1 and not r.not_title.match(leading[0])
            and not any(r.addressees.search(line) or line.endswith(_SENTENCE_ENDS) for line in leading[:2])):
        # a title wrapped onto a second line ((广东省)2020年大埔县人民 ⏎ 政府工作报告(全文))
        joined = leading[0] + leading[1]
        title = joined if len(spaces_closed(joined)) <= r.title_max and not r.not_title.match(leading[1]) and _title(
            joined, r) else ""
    head = "\n".join(line for line in leading if not r.addressees.search(line))[: r.head_chars]
    places = (("title", plain_text(title)), ("head", plain_text(head)), ("name", plain_text(stem)))
    # the title, or a first line as short as one that has no title word (镇节假日安全生产工作(怀远县))
    first = places[0][1] or (plain_text(leading[0]) if leading and len(leading[0]) <= r.title_max else "")
    bare = r.bare_title.match(first)
    chain = _title_chain(first if bare else places[0][1], r)
    if not chain and not bare:  # a title naming its level and no name: a place the head or body names is a part
        chain = (next(filter(None, (_place_chain(s, r) for _, s in places[1:])), ())
                 or _title_opening(first, text, r) or _body_chain(text, r))
    if not title and chain and not bare and chain[-1].endswith(r.county_suffixes) and (town := _body_chain(text, r)):
        chain = (*chain, *town)  # news of a town by its city (淄博市政府新闻办公室…田庄镇专场; 田庄镇党委副书记、镇长…)
    if bare and not (chain and chain[-1].endswith(r.lowest_suffixes)) and (town := _named_in_body(text, bare, places[1][1], r)):
        chain = (*chain, town)
    if chain and bare and not chain[-1].endswith(r.lowest_suffixes):
        chain = (*chain, "")  # 镇年度工作总结(剑阁县): a town not named, in that county
    if chain and chain[-1].endswith(r.county_suffixes) and r.own_level.search(places[1][1]):
        chain = (*chain, "")  # 2022年镇在市委…绍兴市第九次党代会, 宁国市某乡: a town's report, the town not named
    county = chain[-2] if len(chain) > 1 and chain[-2].endswith(r.county_suffixes) else None
    period, delivered = report_period(places, text, r)
    return Guess(title, chain[-1] if chain and chain[-1] else None, county, period, delivered)


def _nonblank_lines(text: str) -> Iterator[str]:
    for match in regex.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if line:
            yield line


def _leading(text: str, r: ReportRules) -> list[str]:
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


def _title(line: str, r: ReportRules) -> str:
    """The first non-empty line when it reads as a title: short, with a report word, not a heading; or the title
    a longer first line opens with, run on into the text (乡镇XX年一季度工作情况汇报一季度,全镇上下…)."""
    if len(line) > r.title_max and (run_on := r.run_on.match(line)):
        line = run_on.group()
    closed = spaces_closed(line)  # 政 府 工 作 报 告, as a PDF copies it
    if len(closed) <= r.title_max and any(word in closed for word in r.title_words) and not r.not_title.match(closed):
        return line
    return ""


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "；", ";")


def _place_chain(source: str, r: ReportRules) -> tuple[str, ...]:
    """The first place name in ``source``, as a chain from the widest level down (青溪县, 统溪河镇); not one that
    ends its piece where the sentence goes on (实干兴乡，千方百计…), nor a source tag when a place follows it."""
    untagged = r.source_tag.sub(" ", source)
    return (_first_chain(untagged, r) if untagged != source else ()) or _first_chain(source, r)


def _first_chain(source: str, r: ReportRules) -> tuple[str, ...]:
    at = 0
    for cut in itertools.chain(r.cut.finditer(source), (None,)):
        start = at
        piece = source[start : cut.start() if cut else len(source)]
        at = cut.end() if cut else len(source)
        chain = _names_at(piece, r)
        if (chain and not (cut and len("".join(chain)) == len(piece) and cut[0][0] in r.before_words)
                and not (start > 0 and source[start - 1] != "\n" and _opens_with_a_deed(chain[0], r))):
            return chain
    return ()


_CUT_MARGIN = 8  # longer than any cut word (中国共产党): one at the window's edge is still seen whole


def _body_chain(text: str, r: ReportRules) -> tuple[str, ...]:
    """The one town (of the lowest level) the whole text names before one of its organs (制定《大雁塔街道机关…》), when it
    names just one of body_length; none when it names several or none."""
    lo, hi = r.body_length
    reach = r.name_max * 3  # how far before an organ its name may start
    plain = plain_text(text)
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


def _named_in_body(text: str, bare: regex.Match, head: str, r: ReportRules) -> str | None:
    """The town a report titled by its level alone names in its body (rules/reports.yaml bare_levels): before one of
    its organs or profile words (_body_chain), else the one name of that level written twice where a piece of the text
    starts. A title closing on a level in brackets (…工作总结(镇)) only when its head speaks as a town (全镇)."""
    level = bare.group().strip()
    if not level and not r.own_level.search(head):
        return None
    suffixes = r.bare_levels.get(level, r.lowest_suffixes)
    if (body := _body_chain(text, r)) and body[-1].endswith(suffixes):
        return body[-1]
    plain = plain_text(text)
    written = Counter()
    at = 0
    for cut in itertools.chain(r.cut.finditer(plain), (None,)):
        start, piece = at, plain[at : cut.start() if cut else len(plain)]
        at = cut.end() if cut else len(plain)
        if start and plain[start - 1] in r.not_after:
            continue
        for end in range(r.name_min, min(len(piece), r.name_max) + 1):
            name, rest = piece[:end], piece[end:]
            if (name.endswith(suffixes) and _is_name(name, r) and not _longer_suffix(name, rest, r)
                    and not (name[-1] + rest).startswith(r.stop_words)):
                written[name] += 1
                break
    twice = [name for name, times in written.items() if times > 1]
    return twice[0] if len(twice) == 1 else None


def _title_chain(title: str, r: ReportRules) -> tuple[str, ...]:
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
    # a name the title also writes with words before it (…人民政府关于上报义新镇2017年工作总结: 上报义新镇) is that name
    chains = [c for c in chains if not any(len(o[-1]) < len(c[-1]) and c[-1].endswith(o[-1]) for o in chains)]
    if not chains:
        return ()
    best = max(range(len(chains)), key=lambda i: (chains[i][-1].endswith(r.lowest_suffixes), i))
    return chains[best]


def _title_opening(line: str, text: str, r: ReportRules) -> tuple[str, ...]:
    """A town (of the lowest level) opening a piece of the title line, whatever follows it (成吉思汗镇实施五有工程改善
    民生, 丰润镇河长制工作, 正蓝旗这十年|扎格斯台苏木篇: /work/township-corpus3), when the text names it again; not one
    whose suffix opens a word of stop_words (美丽乡村: 乡村)."""
    plain = plain_text(text)
    for piece in r.cut.split(line):
        for end in range(r.name_min, min(len(piece), r.name_max) + 1):
            name, rest = piece[:end], piece[end:]
            if (name.endswith(r.lowest_suffixes) and _is_name(name, r) and not _longer_suffix(name, rest, r)
                    and not (name[-1] + rest).startswith(r.stop_words) and plain.count(name) > 1):
                return (name,)
    return ()


def _names_at(piece: str, r: ReportRules, depth: int = 4) -> tuple[str, ...]:
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


def _longer_suffix(name: str, rest: str, r: ReportRules) -> bool:
    """``name`` ends in a suffix that runs on into ``rest`` as a longer one (街 of 街道)."""
    return any(len(longer) > len(short) and longer.startswith(short) and (short + rest).startswith(longer)
               for short in r.suffixes if name.endswith(short) for longer in r.suffixes)


def _is_name(name: str, r: ReportRules) -> bool:
    # a suffix, and something before the longest it ends in (自治区 alone, of 自治区第十二次党代会, names nothing)
    has_suffix = name[1:].endswith(r.suffixes) and name not in r.suffixes
    return (has_suffix and not name.startswith(r.stop_words + r.followers) and not name.endswith(r.not_endings)
            and not any(word in name for word in r.not_inside)
            and not (name[0] in r.bare_level and name[1:] in r.suffixes)  # 同区 of 同区人民政府签订…
            and not _joins_two_bodies(name, r))


def _joins_two_bodies(name: str, r: ReportRules) -> bool:
    """上级和镇 of 在上级和镇党委的正确领导下: a word, a joiner and a level word, no name (rules/reports.yaml joiners)."""
    stem = name[: -max(len(s) for s in r.suffixes if name.endswith(s))]
    return len(stem) > 2 and stem[-1] in r.joiners and tag_of(stem[:-1]) is not None


_WORD_MAX = 4  # the longest opening word looked up


def _opens_with_a_deed(name: str, r: ReportRules) -> bool:
    """The longest dictionary word opening ``name``, short of its suffix, is one jieba tags as a verb, pronoun, conjunction
    …: a clause running on into a place (举办龙岗区第二届…, 其中区50强外产值), no name of its own. Asked of a name inside
    a line only: a title or a line opening with a place names it (练市镇: jieba tags 练市 v); and not of a name the
    dictionary holds whole (疏附县, its 疏附 tagged v)."""
    if tag_of(name) is not None:
        return False
    for end in range(min(_WORD_MAX, len(name) - 1), 1, -1):
        tag = tag_of(name[:end])
        if tag is not None:
            return tag in r.not_opening_tags
    return False
