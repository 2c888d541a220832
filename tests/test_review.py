"""The review page without a browser: escaping, self-containment, every figure in place, flags, charts."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from pipeline import batch, review
from pipeline.cli import app
from pipeline.extract import extract_report
from pipeline.model import Extraction, Figure, Flag, FlagItem, Report, Section, Skipped

from .conftest import CORPORA as CORPUS
from .conftest import HOSTILE_REPORT

HOSTILE = HOSTILE_REPORT


class _Page(HTMLParser):
    """Collects what the tests look at: tags and attributes, scripts, each report's visible text and marks."""

    VOID = frozenset({"meta", "input", "br", "img", "link", "hr", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str, str | None]] = []  # tag, name, value
        self.scripts: list[tuple[dict, str]] = []
        self.text: dict[str, str] = {}  # article id -> text of its .text div, flag badges left out
        self.marks: dict[str, str] = {}  # figure id -> its text
        self.mark_report: dict[str, str] = {}
        self._stack: list[tuple[str, dict]] = []
        self._script: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.attrs += [(tag, k, v) for k, v in attrs]
        if tag == "script":
            self._script, self._buf = a, []
        if tag not in self.VOID:
            self._stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.attrs += [(tag, k, v) for k, v in attrs]

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._buf)))
            self._script = None
        while any(t == tag for t, _ in self._stack):
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._script is not None:
            self._buf.append(data)
            return
        classes = [set((a.get("class") or "").split()) for _, a in self._stack]
        if any("fb" in c for c in classes):
            return
        article = next((a["id"] for t, a in self._stack if t == "article"), None)
        if article is not None and any("text" in c for c in classes):
            self.text[article] = self.text.get(article, "") + data
        mark = next((a["id"] for t, a in reversed(self._stack) if t == "mark"), None)
        if mark is not None:
            self.marks[mark] = self.marks.get(mark, "") + data
            self.mark_report[mark] = article or ""


def _parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def _data(p: _Page) -> dict:
    (_, text), = [(a, t) for a, t in p.scripts if a.get("type") == "application/json"]
    return json.loads(text)


@pytest.fixture(scope="module")
def corpus() -> list[Extraction]:
    return list(batch.extract_paths([CORPUS]))


@pytest.fixture(scope="module")
def hostile() -> Extraction:
    return extract_report(Report("hostile-2025h1", "hostile-2025h1.txt", HOSTILE, title="<script>alert(1)</script>镇",
                                 town='" onmouseover="alert(2)', period="2025H1"))


def _item(ex: Extraction, i: int) -> FlagItem:
    f = ex.figures[i]
    return FlagItem(f.report_id, f.start, f.end, f.surface, f.indicator)


def test_every_figure_is_marked_once_with_its_own_text(corpus):
    p = _parse(review.render_review(corpus, []))
    for ri, ex in enumerate(corpus):
        for fi, f in enumerate(ex.figures):
            assert p.marks[f"f{ri}-{fi}"] == f.surface, (ex.report.report_id, f)
            assert p.mark_report[f"f{ri}-{fi}"] == f"r{ri}"
    assert len(p.marks) == sum(len(ex.figures) for ex in corpus)


def test_the_marked_text_is_the_report_text_exactly(corpus, hostile):
    extractions = [*corpus, hostile]
    flags = [Flag("x", "check", "error", "<b>合计</b>不符", (_item(corpus[0], 0), _item(hostile, 0)))]
    p = _parse(review.render_review(extractions, flags))
    for ri, ex in enumerate(extractions):
        assert p.text[f"r{ri}"] == ex.report.text


def test_report_text_and_labels_are_escaped(hostile):
    flag = Flag("h", "<i>check</i>", "warning", '<script>alert(6)</script>" onmouseover="alert(7)', (_item(hostile, 0),))
    page = review.render_review([hostile], [flag])
    p = _parse(page)
    assert [a.get("type") for a, _ in p.scripts] == ["application/json", None]  # only the page's own two
    assert not [(t, k) for t, k, _ in p.attrs if k.startswith("on")]  # no event handler attribute anywhere
    assert not [t for t, _, _ in p.attrs if t == "img"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot; onmouseover=&quot;alert(2)" in page
    assert "<script>alert" not in page and "</mark></div>" not in page
    data = _data(p)  # the JSON holds the same strings, intact, and closes no element
    assert any("</script>" in s or "<img" in s for s in data["str"])
    assert data["flags"][0][3] == flag.message


def test_page_is_self_contained(corpus):
    page = review.render_review(corpus, [])
    p = _parse(page)
    assert not [t for t, _, _ in p.attrs if t in ("link", "img", "iframe", "object", "embed")]
    for tag, name, value in p.attrs:
        if name in ("src", "href", "xlink:href", "action"):
            assert (value or "").startswith("#"), (tag, name, value)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?(?:https?:)?//", page)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in csp
    (_, script), = [(a, t) for a, t in p.scripts if a.get("type") is None]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the page's script is the one the policy lets run
    assert len(page.encode()) < 600_000


def test_skipped_numerals_and_sections_are_shown(corpus):
    p = _parse(review.render_review(corpus[:1], []))
    skipped = [v for t, k, v in p.attrs if t == "span" and k == "data-r"]
    assert len(skipped) == len(corpus[0].skipped)
    ids = {v for _, k, v in p.attrs if k == "id"}
    hrefs = {v for t, k, v in p.attrs if t == "a" and k == "href"}
    for si in range(len(corpus[0].sections)):
        assert f"r0-s{si}" in ids and f"#r0-s{si}" in hrefs


def test_flags_beside_their_figures_and_in_the_lists(corpus):
    a, b = corpus[0], corpus[1]
    flags = [
        Flag("f1", "村级合计", "error", "各村之和与全镇合计不符", (_item(a, 0), _item(a, 1), _item(b, 2))),
        Flag("f2", "人户比", "info", "人户比偏高", (_item(b, 3), FlagItem("gone", 1, 2, "9户", "新增低保"))),
    ]
    page = review.render_review(corpus, flags)
    p = _parse(page)
    data = _data(p)
    assert data["fig"]["f0-0"][-1] == [0] and data["fig"]["f1-2"][-1] == [0] and data["fig"]["f1-3"][-1] == [1]
    assert [it[0] for it in data["flags"][0][5]] == ["f0-0", "f0-1", "f1-2"]
    assert data["flags"][1][5][1][0] is None  # a flag item that matches no figure is kept, without a link
    badges = [v for t, k, v in p.attrs if k == "data-g"]
    assert badges.count("0") >= 3 + 2  # beside each figure, and in the batch and report lists
    assert page.count("各村之和与全镇合计不符") >= 4
    assert "表中无此数字" in page
    assert 'value="c:0"' in page and 'value="s:error"' in page  # the flag filter


def test_indicator_filter_groups_by_canonical_indicator_once_filled(corpus):
    ex = corpus[0]
    figs = tuple(dataclasses.replace(f, indicator_id="dibao_hu", indicator_name="新增低保户数") if i < 2 else f
                 for i, f in enumerate(ex.figures))
    page = review.render_review([dataclasses.replace(ex, figures=figs)], [])
    assert "新增低保户数（2）" in page
    assert review.indicator_key(figs[0]) == ("id:dibao_hu", "新增低保户数")
    assert review.indicator_key(figs[3])[0] == f"raw:{figs[3].indicator}"


def _fig(rid: str, start: int, end: int, surface: str, value: float, unit: str, indicator: str) -> Figure:
    return Figure(rid, start, end, surface, value, unit, None, indicator, "test")


def _town(rid: str, town: str, period: str, value: float) -> Extraction:
    text = f"{town}新增低保{value:g}户。"
    start = text.index(f"{value:g}")
    f = _fig(rid, start, len(text) - 1, f"{value:g}户", value, "户", "新增低保")
    return Extraction(Report(rid, f"{rid}.txt", text, town=town, period=period), figures=(f,))


def _towns() -> list[Extraction]:
    return [_town("a", "甲镇", "2025H1", 4), _town("b", "乙镇", "2025H1", 5), _town("c", "丙镇", "2025H1", 6),
            _town("d", "丁镇", "2025H1", 60), _town("e", "甲镇", "2024H2", 3)]


def _flag_on(ex: Extraction, check: str) -> Flag:
    return Flag(f"{check}-{ex.report.report_id}", check, "warning", "明显偏离", (_item(ex, 0),))


@pytest.mark.parametrize(("flagged", "check", "ringed"), [
    ((3,), "outlier_across_towns", {"f3-0"}),  # 60 is ten times the median of 4, 5, 6, 60: the checks say so
    ((), "outlier_across_towns", set()),  # the checks flagged nothing: the page has no rule of its own
    ((0,), "outlier_across_towns", {"f0-0"}),  # whatever the checks flag is ringed, however ordinary it looks
    ((3,), "persons_households", set()),  # another check's flag on the figure is not an outlier
])
def test_comparison_chart_rings_the_figures_the_checks_flag_as_outliers(flagged, check, ringed):
    exs = _towns()
    flags = [_flag_on(exs[i], check) for i in flagged]
    page = review.render_review(exs, flags)
    assert page.count("<svg") == 1 and 'class="chart"' in page
    assert page.count('class="out"') == len(ringed)
    assert page.count("fill: none; stroke: #d62728") == len(ringed)  # the red rings in the chart
    assert "#f3-0" in page  # the dot links to its figure
    plan = review.plan(exs, flags)
    assert review.flagged_outliers(plan) == ringed
    (_, label, [(unit, points)]), = review.comparison_groups(plan)
    assert (label, unit) == ("新增低保", "户")
    assert {p.gid for p in points} == {f"f{i}-0" for i in range(len(exs))}  # every town's figure is a dot


def test_no_comparison_when_no_two_towns_share_an_indicator():
    page = review.render_review([_town("a", "甲镇", "2025H1", 4)], [])
    assert "<svg" not in page and "无法对比" in page


def test_overlapping_and_failed_and_empty_inputs_still_render():
    text = "新增低保5户12人。"
    figs = (_fig("r", 4, 6, "5户", 5, "户", "新增低保"), _fig("r", 5, 9, "户12人", 12, "人", "新增低保"),
            _fig("r", 4, 6, "5户", 5, "户", "重复"))
    secs = (Section(1, "新增低保", 0, 9, ("新增低保",)),)
    skipped = (Skipped("r", 4, 5, "5", "no_unit"),)
    ok = Extraction(Report("r", "r.txt", text), sections=secs, figures=figs, skipped=skipped)
    failed = Extraction(Report("bad", "bad.pdf", "", status="failed", message="<b>encrypted</b>"))
    p = _parse(review.render_review([ok, failed], []))
    assert {"f0-0", "f0-1", "f0-2"} <= {v for _, k, v in p.attrs if k == "id"}  # every figure keeps its mark
    assert p.text["r0"] == text
    page = review.render_review([ok, failed], [])
    assert "&lt;b&gt;encrypted&lt;/b&gt;" in page
    assert "<!DOCTYPE html>" in review.render_review([], [])


def test_rendering_is_deterministic(corpus):
    assert review.render_review(corpus, []) == review.render_review(corpus, [])


def test_cli_review_and_run_write_the_page(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "hexi-2025h1.txt").write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(src), "--out", str(tmp_path / "r"), "-q"])
    assert result.exit_code == 0, result.output
    assert "&lt;script&gt;alert(1)" in (tmp_path / "r" / "review.html").read_text(encoding="utf-8")
    assert not (tmp_path / "r" / "indicators.csv").exists()
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "review.html").is_file() and (tmp_path / "o" / "indicators.csv").is_file()


def test_cli_review_runs_the_checks_on_the_reports_it_reviews(tmp_path):
    from pipeline import checks

    planted = CORPUS / "planted"
    result = CliRunner().invoke(app, ["review", str(planted), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    flags = checks.run_checks(batch.extract_paths([planted]))
    assert flags  # the planted cases are there to be flagged
    page = (tmp_path / "r" / "review.html").read_text(encoding="utf-8")
    assert f"· {len(flags)} 个问题" in page and " 0 个问题" not in page
    assert f"{len(flags)} flags" in result.output


def _money(unit: str, value: float, town: str, rid: str) -> Extraction:
    text = f"{town}上半年罚款{value:g}{unit}。"
    start = text.index(f"{value:g}")
    f = dataclasses.replace(_fig(rid, start, len(text) - 1, f"{value:g}{unit}", value, "元", "罚款"),
                            value_norm=value * (1e4 if unit == "万元" else 1), unit_norm="元", kind="actual")
    return Extraction(Report(rid, f"{rid}.txt", text, town=town, period="2025H1"), figures=(f,))


@pytest.mark.parametrize(("values", "money", "heading", "shown"), [
    ((2.8, 10, 230), None, "万元", "2.8 万元"),  # money in 万元 by default
    ((2.8, 10, 23000), None, "亿元", "2.8 万元"),  # a chart reaching 1亿 in 亿元; a figure's details by its own size
    ((2.8, 10, 230), "亿元", "亿元", "0.00028 亿元"),  # the unit chosen
    ((2.8, 10, 230), "元", "元", "28,000 元"),
])
def test_money_in_the_page_and_the_charts_title_and_axis_agree(values, money, heading, shown):
    exs = [_money("万元", v, t, r) for v, t, r in zip(values, ("甲镇", "乙镇", "丙镇"), "abc")]
    page = review.render_review(exs, [], money)
    card = re.search(r'<div class="chartcard"><h3>罚款 <small>（([^）]*)）</small></h3>(.*?)</svg>', page, re.S)
    assert card.group(1) == heading
    axis = re.findall(r"<text[^>]*>([^<]*)</text>", card.group(2))  # the chart's own words: ticks, periods, its unit
    assert {a for a in axis if a.endswith("元")} == {heading}
    assert shown in _data(_parse(page))["str"]


def test_check_names_and_severities_read_in_chinese(corpus):
    from pipeline import checks

    flags = checks.run_checks(corpus)
    page = review.render_review(corpus, flags)
    options = re.findall(r'<option value="([cs]):[^"]*">([^（<]*)（', page)
    assert ("c", "明显偏离其他乡镇") in options and ("s", "疑问") in options
    assert not any(re.search("[a-z]", name) for _, name in options)
    data = _data(_parse(page))
    assert {g[2] for g in data["flags"]} <= {present_name for present_name in map(_check_name, {f.check for f in flags})}


def _check_name(check: str) -> str:
    from pipeline import present

    return present.check_name(check)


def test_a_money_unit_that_is_no_choice_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["review", str(CORPUS), "--out", str(tmp_path / "r"), "--money-unit", "千元"])
    assert result.exit_code == 2
    assert result.output.strip() == "zhibiao: error: --money-unit 千元: must be one of 元, 万元, 亿元"


def test_the_report_list_reads_periods_and_statuses_in_chinese(corpus):
    page = review.render_review(corpus, [])
    listed = re.search(r'<table class="list">.*?</table>', page, re.S).group(0)
    assert "<td>2025年上半年</td>" in listed and "<td>2024年下半年</td>" in listed and "<td>已读取</td>" in listed
    assert not re.search(r"<td>20\d\dH[12]</td>", listed)
    assert "白石镇 2024年下半年" in page  # the report's heading
