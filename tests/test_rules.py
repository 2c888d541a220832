"""rules/*.yaml: every file validates against its schema (pipeline/schema/), and a slip in one
reads as one line naming the file and the key."""

import re
from pathlib import Path

import pytest
import regex

from pipeline import figures, labels, rules, schema

RULES = Path(rules.rules_dir())


def test_every_rules_file_has_a_schema_and_validates():
    names = sorted(p.stem for p in RULES.glob("*.yaml"))
    assert names == sorted(schema.SCHEMAS)
    for name in names:
        assert isinstance(rules.model(name), schema.SCHEMAS[name])


@pytest.mark.parametrize(
    ("name", "old", "new", "error"),
    [
        # an unknown key, at the top and inside an entry
        ("figures", "lone_one_units: [", "lone_one_unit: [", "rules/figures.yaml: lone_one_unit: unknown key"),
        ("units", "{name: 公顷, dimension: area, base: 亩, factor: 15}",
         "{name: 公顷, dimension: area, base: 亩, factr: 15}", "rules/units.yaml: units[93].factr: unknown key"),
        ("labels", "  admin_suffixes:", "  admin_suffix:", "rules/labels.yaml: entity.admin_suffix: unknown key"),
        ("checks", "    min_towns: 5\n", "    min_towns: 5\n    min_town: 5\n",
         "rules/checks.yaml: checks.outlier_across_towns.min_town: unknown key"),
        ("checks", "  half_exceeds_year:", "  half_is_too_big:", "rules/checks.yaml: checks.half_is_too_big: unknown key"),
        # a missing key
        ("sections", "max_heading_line: 60\n", "", "rules/sections.yaml: max_heading_line: missing"),
        # a wrong type: a word where a list was meant, text where a number was meant, a number as a word
        ("labels", "list_cut: [等, 通过, 其中, 形式, 方式]", "list_cut: 等",
         "rules/labels.yaml: list_cut: expected a list, got str"),
        ("sections", "max_heading_line: 60", "max_heading_line: '60'",
         "rules/sections.yaml: max_heading_line: expected int, got str"),
        ("units", "  万: 10000\n", "  万: 一万\n", "rules/units.yaml: scales.万: expected int, got str"),
        ("units", "{name: 公顷, dimension: area, base: 亩, factor: 15}",
         "{name: 公顷, dimension: area, base: 亩, factor: -15}", "rules/units.yaml: units[93].factor: expected a number above 0"),
        ("exclusions", "    note: '8:30'", "    note: 8:30",  # YAML 1.1 reads 8:30 as 510 (base 60)
         "rules/exclusions.yaml: exclusions[11] (clock_time).note: expected str, got int"),
        ("labels", "list_joiners: [和, 、, 及, 与, 以及]", "list_joiners: [和, '', 及]",
         "rules/labels.yaml: list_joiners[1]: expected a non-empty string"),
        ("indicators", "any: [参学, 参与学习", "any: [学, 参与学习",  # labels are searched for `any` words by pairs of characters
         "rules/indicators.yaml: indicators[N] (party.study_participants).any[0]: expected a string of 2 characters at least"),
        # a value outside its set
        ("units", "{name: 岁, dimension: age}", "{name: 岁, dimension: years}",
         "rules/units.yaml: units[136].dimension: expected one of count"),
        ("figures", "  大约: about", "  大约: roughly",
         "rules/figures.yaml: approx_before.大约: expected one of lower, upper, about"),
        ("exclusions", "    scan: backward\n    pattern: '(?:(?:{d}", "    scan: back\n    pattern: '(?:(?:{d}",
         "rules/exclusions.yaml: exclusions[3] (decade).scan: expected one of forward, backward"),
        # a key written twice (YAML itself keeps the last one without a word)
        ("measures", "  level: 存量\n", "  level: 存量\n  level: 水平\n", "rules/measures.yaml: line N: duplicate key 'level'"),
        ("labels", "rank_label: '排名|排位|位次|名次'\n", "rank_label: '排名'\nrank_label: '排位'\n",
         "rules/labels.yaml: line N: duplicate key 'rank_label'"),
        # a bad regex, and a placeholder no one fills
        ("labels", "result_sections: '情况|", "result_sections: '(情况|", "rules/labels.yaml: result_sections: bad regex"),
        ("reports", "  first_year: '(?P<year>", "  first_year: '(?P<year", "rules/reports.yaml: period.first_year: bad regex"),
        ("exclusions", "'{d}{{1,2}}[^\\S\\n]*[:：]", "'{digit}{{1,2}}[^\\S\\n]*[:：]",
         "rules/exclusions.yaml: exclusions[11] (clock_time).pattern: unknown placeholder {digit}"),
    ],
)
def test_a_slip_is_one_line_naming_file_and_key(rules_copy: Path, name, old, new, error):
    path = rules_copy / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(rules.RuleError) as caught:
        rules.load(name)
    message = str(caught.value)
    # list positions and lines move as entries are added; the key's name and id say where the slip is
    def placeless(text: str) -> str:
        return re.sub(r"line \d+", "line N", re.sub(r"\[\d+\]", "[N]", text))

    assert placeless(message).startswith(placeless(error)), message
    assert "\n" not in message


def test_a_file_that_is_no_mapping(rules_copy: Path):
    (rules_copy / "units.yaml").write_text("- 人\n- 户\n", encoding="utf-8")
    with pytest.raises(rules.RuleError, match=r"^rules/units.yaml: top level must be a mapping$"):
        rules.load("units")


def test_clear_caches_forgets_what_was_built_from_the_rules(rules_copy: Path):
    assert "一期工程" in figures.figure_rules().lone_one_words
    assert labels.segment("雨露计划") == ("雨露计划",)
    path = rules_copy / "figures.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(" 一期工程,", ""), encoding="utf-8")
    assert "一期工程" in figures.figure_rules().lone_one_words  # cached: rules/ is read once a process
    rules.clear_caches()
    assert "一期工程" not in figures.figure_rules().lone_one_words


def test_a_slip_stops_a_batch_before_any_report(rules_copy: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    from .conftest import CORPORA

    path = rules_copy / "sections.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("max_heading_line: 60", "max_heading_line: sixty"),
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(CORPORA), "--out", str(rules_copy.parent / "out"), "--quiet"])
    assert isinstance(result.exception, rules.RuleError)  # `zhibiao` prints it as one line and exits 2
    assert str(result.exception) == "rules/sections.yaml: max_heading_line: expected int, got str"
    assert "extraction failed" not in result.output
    assert not (rules_copy.parent / "out" / "indicators.csv").exists()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty cache folder for the validated rules, forgotten after the test."""
    monkeypatch.setenv("ZHIBIAO_CACHE_DIR", str(tmp_path / "cache"))
    rules.clear_caches()
    yield tmp_path / "cache"
    rules.clear_caches()


def test_validated_rules_are_kept_and_read_back_the_same(cache_dir: Path):
    rules.load_all()
    [kept] = cache_dir.glob("rules-*.pickle")
    validated = {name: (rules.load(name), rules.model(name)) for name in schema.SCHEMAS}
    rules.clear_caches()
    assert rules._validated_before() is not None  # the next process reads them instead of validating
    assert {name: (rules.load(name), rules.model(name)) for name in schema.SCHEMAS} == validated
    assert list(cache_dir.glob("rules-*.pickle")) == [kept]


def test_the_lexicon_is_kept_and_read_back_the_same(cache_dir: Path, monkeypatch):
    from pipeline.normalize import indicators

    built = indicators.lexicon()
    [kept] = cache_dir.glob("lexicon-*.pickle")
    rules.clear_caches()
    monkeypatch.setattr(indicators, "_built", None)  # the next process reads it, building nothing
    read = indicators.lexicon()
    assert (read.indicators, read.by_unit, read.words_by_start, read.pattern_needs) == (
        built.indicators, built.by_unit, built.words_by_start, built.pattern_needs)
    assert list(cache_dir.glob("lexicon-*.pickle")) == [kept]


def test_a_changed_rules_file_is_validated_again(rules_copy: Path, cache_dir: Path):
    rules.load_all()
    path = rules_copy / "sections.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("max_heading_line: 60", "max_heading_line: sixty"),
                    encoding="utf-8")
    rules.clear_caches()
    assert rules._validated_before() is None
    with pytest.raises(rules.RuleError, match=r"^rules/sections.yaml: max_heading_line: expected int"):
        rules.load_all()


def test_a_damaged_kept_file_is_validated_again(cache_dir: Path):
    rules.load_all()
    [kept] = cache_dir.glob("rules-*.pickle")
    kept.write_bytes(kept.read_bytes()[:1000])  # cut short, as by a full disk
    rules.clear_caches()
    assert rules._validated_before() is None
    rules.load_all()
    assert rules._validated_before() is None  # this process validated; the file is whole again
    rules.clear_caches()
    assert rules._validated_before() is not None


def test_an_unwritable_cache_folder_still_validates(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZHIBIAO_CACHE_DIR", str(blocker / "cache"))
    rules.clear_caches()
    rules.load_all()
    assert isinstance(rules.model("units"), schema.SCHEMAS["units"])
    rules.clear_caches()



@pytest.fixture
def patterns(cache_dir: Path, monkeypatch):
    """No kept compiled pattern read yet in this process (rules.compiled): as in a new process."""
    monkeypatch.setattr(rules, "_PATTERNS", rules._Patterns())
    return cache_dir


def _as_new_process(monkeypatch):
    monkeypatch.setattr(rules, "_PATTERNS", rules._Patterns())
    rules.clear_caches()


# (pattern, flags, text): a kept pattern finds what the compiled one finds, whatever its flags ((?r) scans from the
# end). Real text: 统溪河镇 2025年上半年工作总结 (tests/gold/texts/tongxihe-2025h1.txt), 2022年国务院政府工作报告
# (../shared/corpora-national); the second row is written.
KEPT_PATTERNS = [
    (r"[，。；,;]", 0, "今年,龙岩村投入12万元,引入烘干设备2套、改建加工车间及储存室2间,对山银花加工进行提质升级。"),
    (r"(?r)(?<![0-9０-９.．])[0-9０-９]{1,2}\s*[日号](?![元])", regex.VERSION1, "6月30日前完成，7号楼投入5日元"),
    (r"(?P<num>\d+(?:\.\d+)?) \s* (?P<unit>万元|亿元|万亿元|%)", regex.VERSION1 | regex.VERBOSE,
     "国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元，增长10.7%。"),
    (r"\p{Han}{1,3}村(?=投入)", regex.VERSION1, "竹坪村投入20万元,对路基进行维护加固,保障群众安全出行"),
]


@pytest.mark.parametrize("text,flags,sample", KEPT_PATTERNS)
def test_a_kept_pattern_finds_what_a_compiled_one_finds(patterns: Path, monkeypatch, text: str, flags: int,
                                                        sample: str):
    first = rules.compiled(text, flags)
    rules.keep_patterns()
    _as_new_process(monkeypatch)
    kept = rules.compiled(text, flags)
    assert kept is not first and not rules._PATTERNS.new  # read from the file, not compiled again
    assert (kept.pattern, kept.flags, kept.groupindex) == (first.pattern, first.flags, first.groupindex)
    assert [m.span() for m in kept.finditer(sample)] == [m.span() for m in regex.compile(text, flags).finditer(sample)]


def test_the_rules_patterns_are_kept_by_an_extraction(patterns: Path, monkeypatch, tongxihe_text: str):
    from pipeline import batch

    report = patterns.parent / "统溪河镇2025年上半年工作总结.txt"
    report.write_text(tongxihe_text, encoding="utf-8")
    [done] = batch.extract_many([(report, "t")])
    assert list(patterns.glob("patterns-*.pickle"))
    _as_new_process(monkeypatch)
    [again] = batch.extract_many([(report, "t")])
    assert not rules._PATTERNS.new  # every pattern the report needed was kept
    assert again.extraction.figures == done.extraction.figures


def test_a_damaged_kept_patterns_file_is_compiled_again(patterns: Path, monkeypatch):
    rules.compiled(r"\d+万元")
    rules.keep_patterns()
    [kept] = patterns.glob("patterns-*.pickle")
    kept.write_bytes(kept.read_bytes()[:100])  # cut short, as by a full disk
    _as_new_process(monkeypatch)
    assert rules.compiled(r"\d+万元").search("投入12万元")[0] == "12万元"
    assert rules._PATTERNS.new  # compiled: the next keep_patterns writes the file whole again


def test_past_the_most_kept_only_the_patterns_this_process_used_are_kept(patterns: Path, monkeypatch):
    monkeypatch.setattr(rules, "PATTERNS_KEPT_MAX", 2)
    for text in (r"\d+万元", r"\d+亿元", r"\d+户"):
        rules.compiled(text)
    rules.keep_patterns()
    _as_new_process(monkeypatch)
    rules.compiled(r"\d+人")  # compiled: the file holds three, one more than the most
    rules.keep_patterns()
    _as_new_process(monkeypatch)
    assert rules.compiled(r"\d+人") and not rules._PATTERNS.new
    rules.compiled(r"\d+万元")
    assert rules._PATTERNS.new  # not used by the process that kept the file last


def test_an_unwritable_cache_folder_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZHIBIAO_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(rules, "_PATTERNS", rules._Patterns())
    assert rules.compiled(r"\d+万元").search("投入12万元")[0] == "12万元"
    rules.keep_patterns()  # nothing kept, no error


# The stages read language from rules/*.yaml only. Not scanned: what a person reads (the workbook, the
# review page, the CLI, the 统计报表's columns, the analyst's sheets), the audit (which defines a numeral on
# its own so that no rule edit can shrink it) and numbers.py (which hands a Chinese numeral to cn2an).
PIPELINE = Path(rules.__file__).parent
PRESENTATION = {"workbook", "review", "cli", "store", "evaluate", "schema"}
NOT_SCANNED = {"pivot.py", "corrections.py", "publish.py", "audit.py", "numbers.py"}
CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]")
TEXT_CALLS = {"compile", "maketrans", "search", "match", "fullmatch", "sub", "split", "findall", "finditer",
              "startswith", "endswith", "strip", "replace", "partition"}


def _chinese_in_code(source: str) -> list[tuple[int, str]]:
    """(line, string) of each Chinese word a pattern, a text method or a comparison in ``source`` is given."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        text_call = (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                     and node.func.attr in TEXT_CALLS)
        if text_call or isinstance(node, ast.Compare):
            found += [(node.lineno, n.value) for n in ast.walk(node)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str) and CHINESE_WORD.search(n.value)]
    return found


def test_no_stage_matches_chinese_words_written_in_its_code():
    stage_files = [p for p in PIPELINE.rglob("*.py")
                   if p.relative_to(PIPELINE).parts[0] not in PRESENTATION and p.name not in NOT_SCANNED]
    assert len(stage_files) > 40  # the scan sees the stages
    hits = [f"{p.relative_to(PIPELINE)}:{line}: {text[:30]!r}"
            for p in sorted(stage_files) for line, text in _chinese_in_code(p.read_text(encoding="utf-8"))]
    assert hits == []


@pytest.mark.parametrize("source, lines", [
    ('import regex\nITEM = regex.compile(r"[一二三]是")\n', [2]),
    ('if unit == "百分点":\n    pass\n', [1]),
    ('ok = text.startswith(lr.described_by)\n', []),
    ('"""A docstring may say 一是 in an example."""\n# and so may a comment: 百分点\n', []),
])
def test_the_scan_for_chinese_in_code(source, lines):
    assert [line for line, _ in _chinese_in_code(source)] == lines
