"""Work done once per distinct string must give what doing it every time gives: the exclusions and the figure
pattern read per line, the normalize stage's reading per figure."""

import pytest
import regex

from pipeline.figures import figure_rules, simplified
from pipeline.figures.exclusions import _Exclusions, _patterns, line_local
from pipeline.figures.lines import pieces
from pipeline.figures.scan import _figure_matches, breaks_held
from pipeline.first_chars import SPACES
from pipeline.ingest import find_reports, read_report

from .conftest import CORPORA

# (pattern, whether it can be run line by line)
LINE_LOCAL = [
    (r"[一二三四五六七八九十]件大事", True),
    (r"一(\p{Han})\1", True),
    (r"(?<![0-9])[0-9]{15,18}[Xx]?(?![0-9])", True),
    (r"[\p{Han}--[零一二]]{1,2}?条", True),
    (r"(?m)^[一二三]+、", True),
    (r"\(\?[0-9]\)", True),  # escaped punctuation only
    (r"[0-9]{4}\s*年", False),  # \s matches a line break: 2024⏎年
    (r"[^，。]{0,4}项", False),  # a negated set holds the break
    (r"[0-9]{4}[^\S\n]*年", True),  # whitespace within a line
    (r"[^，。\n]{0,4}项", True),
    (r"[^，[0-9]\n]", True),  # a nested set adds to what is excluded
    (r"[^，\n--\n]", False),  # an operation on sets may take the break out again
    (r"[，[^。]]", False),  # a negated set nested in a set
    (r"[^]\n]", False),
    (r"(?m)^[ \t\u3000]*[0-9]+$", True),
    (r"\u000a", False),
    (r"[[:space:]]年", False),
    (r"年.{0,3}月", False),
    (r"^第", False),  # ^ without MULTILINE: the text's start, not a line's
    (r"条(?=[，。\n]|$)", False),
    (r"(?s)年.月", False),
    (r"(?:年度){e<=1}", False),  # fuzzy matching may insert a break
    (r"\x0a", False),
    (r"[\t-\r]", False),
    (r"\P{Han}", False),
    (r"\S年", False),
    (r"(年)\0", False),  # \0: a character by its code
]


@pytest.mark.parametrize(("pattern", "local"), LINE_LOCAL)
def test_line_local_patterns(pattern, local):
    assert line_local(regex.compile(pattern, regex.VERSION1)) is local


# A line break inside what a pattern run over the whole text would match
ACROSS_LINES = [
    "2024\n年实现地区生产总值12亿元\n2024\n年实现地区生产总值12亿元",
    "一是\n二是完成投资3亿元\n一是\n二是完成投资3亿元",
    "\r\n一、完成投资3亿元\r\n一、完成投资3亿元",
    # figures a PDF copy wrapped (1.2⏎3亿元, 5⏎万人, 20余⏎批次) and ranges over two lines
    "完成投资1.2\n3亿元，新增就业5\n万人\n完成投资1.2\n3亿元，新增就业5\n万人",
    "引进项目20余\n批次，补助1万元\n-5万元\n引进项目20余\n批次，补助1万元\n-5万元",
    # exclusions whose whitespace stays within a line (〔2025⏎〕3号, 2024年⏎3月, 第⏎三, XX⏎万元, 8⏎:30, 十⏎条)
    "〔2025\n〕3号文件下达资金5万元，2024年\n3月完成投资3亿元\n第\n三季度增长5%，XX\n万元，8\n:30开放\n稳经济二十\n条",
    # exclusions that need something are run only on the lines that hold it (several in a line, at a line's ends)
    "8:30至11:30、14:00至17:30开放\n0571热线，4A级景区2个，近5年来增长3%，8:30\n“党”两个党员\n8:30至11:30、14:00开放",
    "近\n5年来新增就业3万人，4\n星级酒店2家，国家\n4A级景区3个，0\n571热线，“两\n个\n一”\n一、\n二、完成投资3亿元",
]


def _whole_text(text: str) -> list[tuple]:
    """What the exclusion index holds, every pattern run over the whole text."""
    fr = figure_rules()
    spans = [(m.start(), m.end(), 0, "set_phrase") for m in fr.set_phrases.finditer(text)]
    for order, ex in enumerate(fr.exclusions, 1):
        if ex.needs is not None and not ex.needs.search(text):
            continue
        spans.extend((m.start(), m.end(), order, ex.id) for m in ex.pattern.finditer(text) if m.end() > m.start())
    return sorted(spans)


def _texts() -> list[str]:
    reports = [read_report(path, rid) for path, rid in find_reports([CORPORA])]
    texts = [r.text for r in reports if r.status == "ok"]
    return texts + [simplified(t) for t in texts] + ACROSS_LINES


def test_every_exclusion_is_read_per_line():
    """A pattern of rules/exclusions.yaml that may match a line break (\\s rather than [^\\S\\n]) is run over every
    whole text: on text that repeats nothing (a national report) a scan per report, not per distinct line."""
    local, whole = _patterns()
    assert [rule_id for _, rule_id, *_ in whole] == []
    assert len(local) == len(figure_rules().exclusions) + 1  # and the set phrases


@pytest.mark.parametrize("text", _texts())
def test_exclusions_read_per_line_are_those_of_the_whole_text(text):
    for _ in range(3):  # the whole text scanned, then shared out to its lines, then the lines remembered
        assert _Exclusions(text).spans == _whole_text(text)


@pytest.mark.parametrize("text", _texts())
def test_figures_read_per_line_are_those_of_the_whole_text(text):
    """The figure pattern is matched line by line but across the breaks FigureRules.line_join finds: the
    matches of the whole text, each piece scanned on its own and remembered."""
    fr = figure_rules()
    whole = [m.span() for m in fr.figure.finditer(text)]
    at, alone = 0, []
    for piece in pieces(text, breaks_held(text, fr)):
        alone += [(a + at, b + at) for a, b in (m.span() for m in fr.figure.finditer(piece))]
        at += len(piece) + 1
    assert alone == whole
    for _ in range(3):  # the whole text scanned, then shared out to its lines, then the lines remembered
        assert [(a, b) for a, b, _ in _figure_matches(text, fr)] == whole


def test_objects_read_per_window_are_those_read_in_the_whole_text():
    """object_after's cache is keyed by the window it reads (with what clause_break looks back at): the
    same object after every figure of corpora/ as read in the whole text."""
    from pipeline.figures import find
    from pipeline.labels.loading import label_rules
    from pipeline.labels.objects import _object_of, object_after

    lr = label_rules()
    texts = [t for t in _texts() if "\n" in t]
    n = 0
    for text in texts:
        for f, _ in zip(find(text)[0], range(400), strict=False):
            for pos in (f.end, f.start, max(0, f.start - 3)):
                assert object_after(text, pos, lr) == _object_of(text, pos, min(len(text), pos + 16), lr)
                n += 1
    assert n > 1000


# Lines with numbered items run into them (issue 15), the item after a figure of the one before it
RUN_IN_ITEMS = [
    "一、工业方面：规上工业增加值38.6亿元，下降3.1%；二、固投方面：完成投资12亿元；三、消费方面：社零总额8亿元。",
    "全年完成投资12亿元。（二）农业方面：粮食产量3万吨；3.财政方面：收入5亿元",
]


def test_line_topics_of_lines_without_items_are_read_as_with_them():
    """line_topic skips the search for a run-in item in a line that holds none: the topic before every figure
    of corpora/ (and of lines that hold items) is the one the search from the line's start gives."""
    from pipeline.figures import find
    from pipeline.labels.loading import label_rules
    from pipeline.labels.topics import line_topic, subject_words, thin

    lr = label_rules()

    def searched(text: str, pos: int) -> str:  # line_topic as it reads without the skip
        line_start = text.rfind("\n", 0, pos) + 1
        for item in lr.run_in_item.finditer(text, line_start, pos):
            line_start = item.end()
        m = lr.line_topic.match(text, line_start, pos)
        topic = subject_words(m["topic"], lr) if m else ""
        return "" if thin(topic, lr) else topic

    n = items = 0
    for text in [*_texts(), *RUN_IN_ITEMS]:
        for f in find(text)[0]:
            for pos in (f.start, f.end):
                assert line_topic(text, pos, lr) == searched(text, pos)
                n += 1
                items += searched(text, pos) != "" and lr.run_in_item.search(text, 0, pos) is not None
    assert n > 1000 and items > 0


# (pattern of rules/indicators.yaml or of its shapes, what every match needs: sets of strings, one of each)
NEEDED = [
    (r"中心组\p{Han}{0,4}(专题)?学习", [{"中心组"}, {"学习"}]),
    (r"培训(党员|干部|村干部|村“两委”)|(党员|干部)\p{Han}{0,4}培训", [{"培训", "党员", "干部"}]),
    (r"^(现有|共有|全镇)?(党员|党员总数)$", [{"党员", "党员总数"}]),
    (r"排查.{0,4}隐患", [{"排查"}, {"隐患"}]),
    (r"户(年)?均(年)?分红", [{"户"}, {"均"}, {"分红"}]),
    (r"[订定署]立?协议", [{"订", "定", "署"}, {"协议"}]),
    (r"[\p{Han}、]+项目", [{"项目"}]),  # a set holding a property needs nothing known
    (r"(?<!不)稳定\p{Han}*脱贫", [{"稳定"}, {"脱贫"}]),  # what a look-around sees is no part of the match
    (r"(?P<what>垃圾)\+?清运", [{"垃圾"}, {"清运"}]),
    (r"\(不含\)", [{"(不含)"}]),
    (r"(村|)两委", [{"两委"}]),  # a branch needing nothing: the group needs nothing
    (r"(?i)gdp", []),  # a flag: not read
    (r"[0-9.]+亿", [{"亿"}]),  # a range: not read
    (r"(年)\1", []),  # a back reference: not read
]


@pytest.mark.parametrize(("pattern", "needs"), NEEDED)
def test_what_every_match_of_a_pattern_needs(pattern, needs):
    from pipeline.normalize.literals import needed

    assert [set(strings) for strings in needed(pattern)] == needs


def test_labels_skipped_by_what_patterns_need_match_none_of_them(corpus):
    """Lexicon.candidates searches a label with those of its unit's patterns only whose needs it holds: for every label
    of corpora/ and clause of the provincial reports, whether one matches is what searching all of them tells."""
    from pipeline.normalize import lexicon

    from .conftest import SHARED

    provincial = sorted((SHARED / "corpora-provincial").glob("*.txt"))
    if not provincial:
        pytest.skip(f"provincial reports not found in {SHARED} (outside the repo)")
    lex = lexicon()
    labels = {(f.indicator, f.unit_norm) for ex in corpus for f in ex.figures if f.indicator}
    for path in provincial:
        for clause in regex.split(r"[，。；：\n]", path.read_text(encoding="utf-8")):
            labels |= {(clause[-n:], unit) for n in (6, 12) for unit in ("%", "个", "万元")}
    matched = 0
    for label, unit in labels:
        patterned = lex.patterns_by_unit.get(unit, ())
        if patterned:  # only the patterns whose needs the label holds are searched: the same answer as all of them
            combined = lex._any_pattern(unit, patterned).search(label) is not None
            assert lex._any_matches(label, unit, patterned) == combined, label
            matched += combined
    assert matched > 100


# (pattern, the characters every match starts with; None when not read)
FIRST_CHARS = [
    (r"过去的?[二两三]年|近[二两]年", {"过", "近"}),
    (r"[“\"]?十[一二]五", {"“", '"', "十"}),  # an optional first atom: the next one's characters count too
    (r"(?:(?:今年|去年)\s*)?(?<![0-9])[0-3]{1,2}\s*月", {"今", "去", "0", "1", "2", "3"}),  # a look-around takes nothing
    (r"(?P<q>[前第]?[一二]季度)|(?P<w>全年|现在)", {"前", "第", "一", "二", "全", "现"}),
    (r"^(?:每个?|各)(?:村|镇)", {"每", "各"}),  # ^ takes nothing
    (r"[a\-c]x|[-d]|[e-]", {"a", "-", "c", "d", "e"}),  # a - escaped, first or last is itself
    (r"x*年", {"x", "年"}),
    (r"(?:年度){0,1}末", {"年", "末"}),
    (r"\p{Han}{1,12}村", None),
    (r"\s*[（(]", {*SPACES, "（", "("}),  # 完成财政收入5543万元 (截至10月底): whitespace may come first
    (r"\d*年", None),
    (r".{0,3}月", None),
    (r"[^，。]项", None),  # a negated set
    (r"[\p{Han}--[一二]]条", None),  # an operation on sets
    (r"[\d.]+亿", None),
    (r"(年)\1", None),  # a back reference anywhere: not read
    (r"(?i)gdp", None),  # a flag
    (r"年?", None),  # may match nothing: at every character
    (r"年|", None),
    (r"(?:年", None),  # a group left open
]


@pytest.mark.parametrize(("pattern", "chars"), FIRST_CHARS)
def test_the_characters_a_pattern_starts_with(pattern, chars):
    from pipeline.first_chars import first_chars

    assert first_chars(pattern) == (None if chars is None else frozenset(chars))


def _led_patterns():
    """(name, the pattern as compiled, as written in rules/) of the patterns led by their first characters."""
    from pipeline import periods, rules
    from pipeline.labels.loading import label_rules
    from pipeline.normalize.measures import measure_rules

    return [("periods in_text", periods.in_text().pattern, rules.model("periods").in_text.pattern),
            ("periods year", periods.grammar().year, rules.model("periods").year),
            ("measures of_strip", measure_rules().of_strip, rules.model("measures").of_strip),
            ("labels goal_label", label_rules().goal_label, rules.model("labels").goal_label)]


def test_patterns_led_by_their_first_characters_match_as_written(corpus):
    """The period grammar's in_text and year patterns, measures' of_strip and the labels' goal_label are led by a
    look-ahead at the characters their matches start with (pipeline/first_chars.py): in every clause of corpora/ and
    the provincial reports, and every label of corpora/, each finds, matches at the start and removes what the pattern
    as written does."""
    from .conftest import SHARED

    texts = [ex.report.text for ex in corpus] + [p.read_text(encoding="utf-8")
                                                 for p in sorted((SHARED / "corpora-provincial").glob("*.txt"))]
    clauses = {c for text in texts for c in regex.split(r"[，。；：\n]", text)}
    clauses |= {f.indicator for ex in corpus for f in ex.figures if f.indicator}
    for name, led, text in _led_patterns():
        written = regex.compile(text, regex.VERSION1)
        assert led.pattern != written.pattern, name
        found = 0
        for clause in clauses:
            spans = [(m.span(), m.groupdict()) for m in written.finditer(clause)]
            assert [(m.span(), m.groupdict()) for m in led.finditer(clause)] == spans, (name, clause)
            assert bool(led.match(clause)) == bool(written.match(clause)), (name, clause)
            assert led.sub("", clause) == written.sub("", clause), (name, clause)
            found += len(spans)
        assert found > 100, name


def test_anchored_patterns_answer_as_the_regex_module_does(corpus):
    """The labels' and measures' patterns only matched at a given place answer None without the regex module where the
    character there starts no match (pipeline/first_chars.py Anchored): at the start of every clause of corpora/ and
    the provincial reports, and right after every figure of corpora/, each answers match and fullmatch as its
    pattern."""
    import dataclasses

    from pipeline.first_chars import Anchored
    from pipeline.labels.loading import label_rules
    from pipeline.normalize.measures import measure_rules

    from .conftest import SHARED

    anchored = [getattr(r, f.name) for r in (label_rules(), measure_rules()) for f in dataclasses.fields(r)
                if isinstance(getattr(r, f.name), Anchored)]
    assert sum(a.first is not None for a in anchored) >= 8
    texts = [ex.report.text for ex in corpus] + [p.read_text(encoding="utf-8")
                                                 for p in sorted((SHARED / "corpora-provincial").glob("*.txt"))]
    places = [(c, 0) for c in {c for text in texts for c in regex.split(r"[，。；：\n]", text)}]
    places += [(ex.report.text, f.end) for ex in corpus for f in ex.figures]
    skipped = 0
    for a in anchored:
        for text, pos in places:
            for mine, its in ((a.match, a.pattern.match), (a.fullmatch, a.pattern.fullmatch)):
                found, expected = mine(text, pos), its(text, pos)
                assert (found and found.span()) == (expected and expected.span()), (a.pattern.pattern, text[pos:pos + 20])
            skipped += a.first is not None and text[pos : pos + 1] not in a.first
    assert skipped > 10000


def test_the_spaces_first_chars_reads_for_whitespace_are_every_one():
    """first_chars reads \\s as the characters of SPACES: every character str.isspace() holds, and every one the
    regex module's \\s matches."""
    every = "".join(map(chr, range(0x110000)))
    assert SPACES == {c for c in every if c.isspace()}
    assert {m[0] for m in regex.finditer(r"\s", every, regex.VERSION1)} <= SPACES
