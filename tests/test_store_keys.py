"""Reports keyed by what they are (issue 13): town, period and content, never the file name alone; two reports
of one town and period both kept and one of them compared by a stated rule; a roster of the towns expected.

The reports are short: the first 20 lines of 云峰乡's real 2025年上半年工作总结 (tests/gold/texts, source in
tests/gold), under other towns' names.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import batch, comparison, corrections, ingest, pivot, publish, roster, store
from pipeline.cli import app

from .conftest import CORPORA, GOLD

TOWNS = ("白云镇", "青山镇", "石桥镇", "东湖乡", "南岭街道")
FILE = "2025年上半年工作总结.txt"


def report_text(town: str, title_tail: str = "", edit: tuple[str, str] | None = None) -> str:
    lines = (GOLD / "texts" / "yunfeng-2025h1.txt").read_text(encoding="utf-8").split("\n")[:20]
    text = "\n".join(lines).replace("云峰乡", town)
    if title_tail:
        first, rest = text.split("\n", 1)
        text = f"{first}{title_tail}\n{rest}"
    if edit:
        assert edit[0] in text
        text = text.replace(edit[0], edit[1])
    return text + "\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def stored(db: Path) -> dict[str, tuple[str | None, str | None]]:
    with store.Store(db, read_only=True) as st:
        return {ex.report.report_id: (ex.report.town, ex.report.period) for ex in st.extractions()}


# --------------------------------------------------------------------------- five towns, one file name


@pytest.mark.parametrize("one_at_a_time", [True, False], ids=["five runs", "one run"])
def test_five_towns_sending_one_file_name_all_stay(tmp_path, one_at_a_time):
    folders = [tmp_path / "in" / town for town in TOWNS]
    for town, folder in zip(TOWNS, folders):
        write(folder / FILE, report_text(town))
    out = tmp_path / "out"
    for batch_of in ([[f] for f in folders] if one_at_a_time else [folders]):
        run("run", *batch_of, "--out", out, "--quiet", "--jobs", "1")
    db = out / "zhibiao.duckdb"
    assert sorted(town for town, _ in stored(db).values()) == sorted(TOWNS)
    assert {period for _, period in stored(db).values()} == {"2025H1"}
    with store.Store(db, read_only=True) as st:
        before = st.fingerprint()
    # every folder again, in one run: nothing changes (the same content is a no-op)
    run("run", *folders, "--out", out, "--quiet", "--jobs", "1")
    with store.Store(db, read_only=True) as st:
        assert st.fingerprint() == before
    # every report's text is kept under its own id
    texts = {p.read_text(encoding="utf-8").split("\n", 1)[0] for p in (out / "text").glob("*.txt")}
    assert texts == {f"{town}2025年上半年工作总结" for town in TOWNS}


def test_a_later_run_never_replaces_another_files_report(tmp_path):
    out = tmp_path / "out"
    first = write(tmp_path / "a" / "白云镇" / FILE, report_text("白云镇"))
    run("run", first.parent, "--out", out, "--quiet", "--jobs", "1")
    other = write(tmp_path / "b" / "青山镇" / FILE, report_text("青山镇"))
    result = run("run", other.parent, "--out", out, "--jobs", "1")
    assert sorted(stored(out / "zhibiao.duckdb").values()) == [("白云镇", "2025H1"), ("青山镇", "2025H1")]
    assert sorted(stored(out / "zhibiao.duckdb")) == ["2025年上半年工作总结", "青山镇-2025年上半年工作总结"]
    # the same text from a third place is stored once, and the run says so
    copy = write(tmp_path / "c" / "抄送" / FILE, report_text("青山镇"))
    result = run("run", copy.parent, "--out", out, "--jobs", "1")
    assert "与已入库的青山镇-2025年上半年工作总结内容相同，未重复入库" in result.stderr
    assert len(stored(out / "zhibiao.duckdb")) == 2


@pytest.mark.parametrize(("stored_ids", "found", "expected"), [
    # nothing stored: the ids find_reports gives, a numbered clash by its folder's name
    ({}, [("x/白云镇/总结.txt", "总结"), ("x/青山镇/总结.txt", "总结-2")], ["总结", "青山镇-总结"]),
    # the file stored before keeps its id, whatever its name gives now
    ({"总结": "x/青山镇/总结.txt"}, [("x/白云镇/总结.txt", "总结"), ("x/青山镇/总结.txt", "总结-2")],
     ["白云镇-总结", "总结"]),
    # an id another stored file holds, and its folder name taken too: numbered
    ({"总结": "y/总结.txt", "白云镇-总结": "z/总结.txt"}, [("x/白云镇/总结.txt", "总结")], ["总结-2"]),
    # case-blind, as on Windows and macOS disks
    ({"Report": "y/Report.txt"}, [("report.txt", "report")], ["report-2"]),
])
def test_ids_are_given_with_the_store_in_mind(tmp_path, monkeypatch, stored_ids, found, expected):
    monkeypatch.chdir(tmp_path)
    sources = {rid: str(tmp_path / path) for rid, path in stored_ids.items()}
    got = batch.with_store_ids([(Path(p), rid) for p, rid in found], sources)
    assert [rid for _, rid in got] == expected


# --------------------------------------------------------------------------- two reports of one town and period

FIGURE = ("6800万元", "6500万元")  # 茶叶产值 in the final, and as the draft had it


@pytest.mark.parametrize(("first", "second", "chosen", "why"), [
    # (file name, title tail, edited) of each; which is compared; why, in Chinese
    (("白云镇总结.txt", "（征求意见稿）", True), ("白云镇总结定稿.txt", "", False), 1, "定稿优先于含“征求意见稿”的"),
    (("白云镇总结.txt", "", False), ("白云镇总结2.txt", "（初稿）", True), 0, "定稿优先于含“初稿”的"),
    (("白云镇总结（草稿）.txt", "", True), ("白云镇总结.txt", "", False), 1, "定稿优先于含“草稿”的"),
    (("白云镇总结a.txt", "", True), ("白云镇总结b.txt", "", False), 1, "都不是初稿，取后收到的一份"),
    (("白云镇总结a.txt", "（讨论稿）", False), ("白云镇总结b.txt", "（送审稿）", True), 1, "都是初稿，取后收到的一份"),
    (("白云镇总结.txt", "（徵求意見稿）", True), ("白云镇总结定稿.txt", "", False), 1, "定稿优先于含“征求意见稿”的"),
], ids=["draft first", "draft later", "draft in file name", "two finals", "two drafts", "traditional characters"])
def test_a_final_is_compared_over_a_draft_else_the_later(tmp_path, first, second, chosen, why):
    out = tmp_path / "out"
    paths = []
    for name, tail, edited in (first, second):
        paths.append(write(tmp_path / "in" / name, report_text("白云镇", tail, FIGURE if edited else None)))
    for path in paths:  # received in this order
        run("run", path, "--out", out, "--quiet", "--jobs", "1")
    with store.Store(out / "zhibiao.duckdb", read_only=True) as st:
        extractions, flags = st.extractions(), st.flags()
    assert len(extractions) == 2  # both kept
    compared, choices = comparison.choose_reports(extractions)
    assert len(compared) == 1 and len(choices) == 1
    assert compared[0].report.path == str(paths[chosen])
    assert why in choices[0].why
    # 对比 shows the chosen report's figure
    table = pivot.by_town(extractions, flags, "2025H1", "agri.tea_output_value")
    (cell,) = table.cells.values()
    edited = (first, second)[chosen][2]
    assert cell.figure.surface == (FIGURE[1] if edited else FIGURE[0])
    assert cell.report_id == compared[0].report.report_id
    # both flagged as duplicates, in Chinese, naming the one taken
    (flag,) = [f for f in flags if f.check == comparison.DUPLICATE_CHECK]
    assert {i.report_id for i in flag.items} == {ex.report.report_id for ex in extractions}
    assert flag.message.startswith("白云镇2025年上半年有2份不同的报告：") and why in flag.message
    assert f"对比取《{compared[0].report.title}》" in flag.message


def test_duplicates_flag_once_and_the_checks_run_on_the_one_compared(tmp_path):
    out = tmp_path / "out"
    final = write(tmp_path / "in" / "白云镇总结.txt", report_text("白云镇"))
    run("run", final, "--out", out, "--quiet", "--jobs", "1")
    with store.Store(out / "zhibiao.duckdb", read_only=True) as st:
        alone = sorted((f.check, f.message) for f in st.flags())
    draft = write(tmp_path / "in" / "白云镇总结初稿.txt", report_text("白云镇", "（初稿）", FIGURE))
    result = run("run", draft, "--out", out, "--jobs", "1")
    assert "重复报送：白云镇2025年上半年有2份报告" in result.stderr
    with store.Store(out / "zhibiao.duckdb", read_only=True) as st:
        flags = st.flags()
    assert sorted((f.check, f.message) for f in flags if f.check != comparison.DUPLICATE_CHECK) == alone


def test_a_docx_and_its_txt_are_one_report(tmp_path):
    from .conftest import load_make_corpus

    make_corpus = load_make_corpus()
    text = report_text("白云镇")
    folder = tmp_path / "in"
    write(folder / "白云镇.txt", text)
    (folder / "白云镇.docx").write_bytes(make_corpus.render_docx(text, "白云镇2025年上半年工作总结"))
    out = tmp_path / "out"
    result = run("run", folder, "--out", out, "--jobs", "1")
    assert list(stored(out / "zhibiao.duckdb")) == ["白云镇"]
    assert "白云镇.txt：与已入库的白云镇内容相同，未重复入库" in result.stderr
    only = tmp_path / "only"
    run("run", folder / "白云镇.txt", "--out", only, "--quiet", "--jobs", "1")
    with store.Store(out / "zhibiao.duckdb", read_only=True) as a, store.Store(only / "zhibiao.duckdb",
                                                                                 read_only=True) as b:
        assert [(f.check, f.message) for f in a.flags()] == [(f.check, f.message) for f in b.flags()]


def test_the_same_text_given_to_two_towns_by_a_manifest_is_two_reports(tmp_path):
    text = report_text("白云镇")
    folder = tmp_path / "in"
    write(folder / "a.txt", text)
    write(folder / "b.txt", text)
    manifest = write(tmp_path / "m.csv", "file,town,period\na.txt,白云镇,2025年上半年\nb.txt,青山镇,2025年上半年\n")
    result = run("run", folder, "--out", tmp_path / "out", "--manifest", manifest, "--jobs", "1")
    assert sorted(stored(tmp_path / "out" / "zhibiao.duckdb").values()) == [("白云镇", "2025H1"), ("青山镇", "2025H1")]
    assert "未重复入库" not in result.stderr


# --------------------------------------------------------------------------- the roster


@pytest.mark.parametrize(("content", "towns"), [
    ("白云镇\n青山镇\n\n白云镇\n", ["白云镇", "青山镇"]),
    ("乡镇,负责人\n白云镇,张三\n青山镇,李四\n", ["白云镇", "青山镇"]),
    ("序号,town\n1,白云镇\n2, 青山镇 \n", ["白云镇", "青山镇"]),
    ("\ufeff乡镇（街道）\n南岭街道\n", ["南岭街道"]),
])
def test_a_roster_is_one_town_a_line_or_a_csv_with_a_town_column(tmp_path, content, towns):
    path = tmp_path / "towns.csv"
    path.write_text(content, encoding="utf-8")
    assert roster.read_towns(path) == towns


def test_a_roster_in_gbk_and_a_bad_one(tmp_path):
    path = tmp_path / "towns.csv"
    path.write_bytes("乡镇\n白云镇\n".encode("gbk"))
    assert roster.read_towns(path) == ["白云镇"]
    path.write_text("序号,负责人\n1,张三\n", encoding="utf-8")
    with pytest.raises(roster.RosterError, match="找不到乡镇列"):
        roster.read_towns(path)


def test_towns_that_did_not_report_are_counted(tmp_path):
    folder = tmp_path / "in"
    for town in TOWNS[:3]:
        write(folder / town / FILE, report_text(town))
    towns = write(tmp_path / "towns.txt", "\n".join(TOWNS) + "\n")
    result = run("run", folder, "--out", tmp_path / "out", "--towns", towns, "--jobs", "1")
    assert "2025年上半年 未报送（2个）：东湖乡、南岭街道" in result.stderr
    assert "未报送 2 个乡镇" in result.stderr
    run("run", folder, "--out", tmp_path / "out", "--towns", tmp_path / "none.txt", code=2)
    # the store keeps the roster: a later run without --towns, and compare, expect the same towns
    result = run("run", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert "未报送 2 个乡镇" in result.stderr
    with store.Store(tmp_path / "out" / "zhibiao.duckdb", read_only=True) as st:
        assert publish.roster_of(st) == list(TOWNS)


def test_publish_passes_the_roster_to_the_workbook(tmp_path, monkeypatch):
    seen = {}
    real = pivot.by_town

    def spy(*args, **kwargs):
        seen["expected_towns"] = tuple(kwargs.get("expected_towns", ()))
        return real(*args, **kwargs)

    monkeypatch.setattr(pivot, "by_town", spy)
    ex = batch.extract_one(write(tmp_path / "白云镇.txt", report_text("白云镇")), "白云镇")
    done = publish.publish([ex], tmp_path / "out", tmp_path / "out" / "z.duckdb", expected_towns=["白云镇", "青山镇"])
    assert seen["expected_towns"] == ("白云镇", "青山镇")
    assert done.missing == {"2025H1": ["青山镇"]}


# --------------------------------------------------------------------------- the manifest


@pytest.mark.parametrize(("written", "period"), [
    ("2024年上半年", "2024H1"),
    ("2025年1-6月", "2025H1"),
    ("2025年1—6月", "2025H1"),
    ("2025年", "2025"),
    ("2025H1", "2025H1"),
    ("2025年第三季度", "2025Q3"),
])
def test_a_manifest_period_as_people_write_it(tmp_path, written, period):
    path = tmp_path / "m.csv"
    path.write_text(f"file,town,period\na.txt,白云镇,{written}\n", encoding="utf-8")
    assert ingest.read_manifest(path)["a.txt"]["period"] == period


def test_a_manifest_period_not_understood_names_the_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("file,period\na.txt,上半年吧\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2: 期间“上半年吧”不是"):
        ingest.read_manifest(path)


def test_a_manifest_row_naming_a_missing_file_is_a_warning(tmp_path):
    folder = tmp_path / "in"
    write(folder / "a.txt", report_text("白云镇"))
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,town,period\na.txt,白云镇,2025年上半年\nb.txt,青山镇,2025年上半年\n", encoding="utf-8")
    result = run("run", folder, "--out", tmp_path / "out", "--manifest", manifest, "--jobs", "1")
    assert f"警告：清单 {manifest} 列出的文件 b.txt 不在所给的报告中" in result.stderr
    assert "清单中 1 个文件未找到" in result.stderr
    assert "2025年上半年 未报送（1个）：青山镇" in result.stderr  # the manifest's towns are expected
    assert list(stored(tmp_path / "out" / "zhibiao.duckdb").values()) == [("白云镇", "2025H1")]


@pytest.mark.parametrize(("content", "towns", "files"), [
    ("file,town,period\na.txt,白云镇,2025H1\nb.txt,青山镇,2025H1\n", ["白云镇", "青山镇"], {"a.txt", "b.txt"}),
    # a towns column: the roster, rows of it without a file
    ("file,town,towns\na.txt,白云镇,白云镇\n,,青山镇\n,,东湖乡\n", ["白云镇", "青山镇", "东湖乡"], {"a.txt"}),
    ("towns,file\n石桥镇,\n", ["石桥镇"], set()),
])
def test_the_manifest_names_the_towns_expected(tmp_path, content, towns, files):
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    assert ingest.manifest.expected_towns(path) == towns
    assert {name for name in ingest.read_manifest(path) if name.endswith(".txt")} == files


# --------------------------------------------------------------------------- which store compare reads


def test_compare_and_indicators_say_which_store_they_read(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIBIAO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)  # ./outputs/zhibiao.duckdb is never read unasked
    for command in (["compare"], ["indicators"]):
        result = run(*command, code=2)
        assert "没有指定库（--db），也找不到上次 zhibiao run 写的库" in result.stderr
    write(tmp_path / "in" / "白云镇.txt", report_text("白云镇"))
    run("run", tmp_path / "in", "--out", tmp_path / "mine", "--quiet", "--jobs", "1")
    for command in (["compare"], ["indicators"], ["compare", "--db", tmp_path / "mine" / "zhibiao.duckdb"]):
        result = run(*command)
        line = f"读取库 {(tmp_path / 'mine' / 'zhibiao.duckdb').resolve()}：1 份报告；乡镇：白云镇；期间：2025年上半年"
        assert line in result.stderr.replace(str(tmp_path / "mine"), str((tmp_path / "mine").resolve()))
    result = run("compare", "--db", tmp_path / "nowhere.duckdb", code=2)
    assert "这里还没有库" in result.stderr


# --------------------------------------------------------------------------- raw errors


def test_an_output_folder_under_proc_is_one_chinese_line(tmp_path):
    write(tmp_path / "in" / "a.txt", report_text("白云镇"))
    result = run("run", tmp_path / "in", "--out", "/proc/zhibiao-test/out", code=2)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("zhibiao: error: --out /proc/zhibiao-test：无法在此创建")


@pytest.mark.parametrize(("errno_", "words"), [(30, "只读文件系统，无法写入"), (13, "没有写入权限"), (28, "磁盘已满")])
def test_an_output_folder_that_cannot_be_written_is_one_chinese_line(tmp_path, monkeypatch, errno_, words):
    import os

    write(tmp_path / "in" / "a.txt", report_text("白云镇"))
    out = tmp_path / "out"
    out.mkdir()

    def refuse(self, data):
        raise OSError(errno_, os.strerror(errno_), str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    result = run("run", tmp_path / "in", "--out", out, code=2)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"zhibiao: error: --out {out}/.zhibiao-probe.") and words in result.stderr


def test_an_old_store_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "out" / "zhibiao.duckdb"
    with store.Store(db) as st:
        st.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    write(tmp_path / "in" / "a.txt", report_text("白云镇"))
    result = run("run", tmp_path / "in", "--out", tmp_path / "out", code=2)
    assert f"{db}：库的结构版本为 2，本版 zhibiao 需要 {store.SCHEMA_VERSION}" in result.stderr


def test_a_store_that_is_no_database_is_one_chinese_line(tmp_path):
    db = write(tmp_path / "out" / "zhibiao.duckdb", "这不是数据库\n" * 100)
    write(tmp_path / "in" / "a.txt", report_text("白云镇"))
    result = run("run", tmp_path / "in", "--out", tmp_path / "out", code=2)
    assert result.stderr.startswith(f"zhibiao: error: {db}：无法打开库") and result.stderr.count("\n") == 1


def test_flags_csv_names_both_reports_of_a_duplicate(tmp_path):
    # the duplicate flag's rows in flags.csv carry the reports' ids, so a reader finds both
    out = tmp_path / "out"
    run("run", write(tmp_path / "a" / "白云镇总结.txt", report_text("白云镇")), "--out", out, "--quiet", "-j", "1")
    run("run", write(tmp_path / "b" / "白云镇总结.txt", report_text("白云镇", "（初稿）", FIGURE)), "--out", out,
        "--quiet", "-j", "1")
    rows = list(csv.DictReader(io.StringIO((out / "flags.csv").read_text(encoding="utf-8-sig"))))
    assert {r["report_id"] for r in rows if r["check"] == comparison.DUPLICATE_CHECK} == {"白云镇总结", "b-白云镇总结"}


# --------------------------------------------------------------------------- what the analyst adds

SONGLING = CORPORA / "planted" / "songling-2025h1.txt"  # planted flags: 整改隐患61起 > 排查隐患56起, 发展党员5名/3名


def write_corrections(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(corrections.header())
    writer.writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes(data)
    return data


@pytest.mark.parametrize(("row", "verdicts", "fixes", "problem"), [
    # 疑点编号, 核实状态, 核实结果, 报告编号, 原文, 起, 更正值, 指标编号
    (["F1", "误报", "原文如此，已电话核实", "", "", "", "", ""], {"F1": ("误报", "原文如此，已电话核实")}, [], ""),
    (["F1", "", "等乡镇回复", "", "", "", "", ""], {"F1": ("待核实", "等乡镇回复")}, [], ""),
    (["F1", "已核实", "", "", "", "", "", ""], {"F1": ("已核实", "")}, [], ""),
    (["F1", "作废", "", "", "", "", "", ""], {}, [], "第2行：核实状态“作废”应为 待核实、已核实、误报 之一"),
    (["", "", "笔误", "r", "230万元", "", "23", ""], {}, [("r", "230万元", None, "23", None)], ""),
    (["", "", "", "r", "5名", "120", "1,200", ""], {}, [("r", "5名", 120, "1200", None)], ""),
    (["", "", "", "r", "5名", "", "", "party.new_members"], {}, [("r", "5名", None, None, "party.new_members")], ""),
    (["", "", "", "r", "5名", "", "五", ""], {}, [], "第2行：更正值“五”不是数字"),
    (["", "", "", "r", "5名", "", "6名", ""], {}, [("r", "5名", None, "6名", None)], ""),
    (["", "", "", "r", "5名", "", "", "no.such"], {}, [], "第2行：没有指标编号“no.such”"),
    (["", "", "看看", "", "", "", "", ""], {}, [], "第2行：既没有疑点编号，也没有报告编号和原文"),
], ids=["误报 with a note", "a note alone", "已核实", "unknown status", "a value", "a value at a place",
        "an indicator", "no number", "a figure", "no indicator", "nothing to find"])
def test_the_corrections_file_row_by_row(tmp_path, row, verdicts, fixes, problem):
    path = tmp_path / "核实.csv"
    write_corrections(path, [row])
    found = corrections.load(path)
    assert {k: (v.status, v.note) for k, v in found.verdicts.items()} == verdicts
    assert [(f.report_id, f.surface, f.start, f.value, f.indicator_id) for f in found.fixes] == fixes
    assert found.problems == ([f"{path}：{problem}" + found.problems[0].split(problem, 1)[1]] if problem else [])


def test_a_corrections_file_saved_by_excel_in_gbk(tmp_path):
    path = tmp_path / "核实.csv"
    write_corrections(path, [["F1", "误报", "原文如此", "", "", "", "", ""]], encoding="gbk")
    assert corrections.load(path).verdicts == {"F1": corrections.Verdict("误报", "原文如此")}


@pytest.mark.parametrize(("surface", "typed", "value"), [
    ("230万元", "23", 230_000.0),  # a bare number in 原文's scale
    ("230万元", "23万元", 230_000.0),
    ("230万元", "0.5亿元", 50_000_000.0),
    ("3名", "5", 5.0),
    ("1,200人", "1,250", 1250.0),
    ("三千余元", "3200", 3200.0),  # no digits to replace: the number as it is, in 原文's unit
    ("230万元", "23名", None),  # another unit
])
def test_a_corrected_value_as_an_analyst_types_it(surface, typed, value):
    from pipeline.figures import parse
    from pipeline.model import Figure

    q = parse(surface)
    f = Figure("r", 0, len(surface), surface, q.value, q.unit, q.approx, "x", "test")
    assert corrections.corrected_value(f, typed.replace(",", "")) == value


def flag_of(db: Path, check: str):
    with store.Store(db, read_only=True) as st:
        return [f for f in st.flags() if f.check == check]


def test_corrections_are_applied_on_every_run_and_never_overwritten(tmp_path):
    out, db = tmp_path / "out", tmp_path / "out" / "zhibiao.duckdb"
    run("run", SONGLING, "--out", out, "--quiet", "--jobs", "1")
    path = out / "核实.csv"
    assert path.read_text(encoding="utf-8-sig").splitlines() == [",".join(corrections.header())]  # made for the analyst
    (part,) = [f for f in flag_of(db, "part_exceeds_whole") if "61起" in f.message]
    (twice,) = flag_of(db, "conflicting_restatement")
    assert "5名、3名" in twice.message
    typed = write_corrections(path, [
        [part.flag_id, "误报", "整改含上年结转隐患，已核实", "", "", "", "", ""],
        ["", "", "报告笔误，应为5名", "songling-2025h1", "3名", "", "5", ""],
        ["", "", "单位应为万元的十分之一", "songling-2025h1", "230万元", "", "23", ""],
    ])
    result = run("run", SONGLING, "--out", out, "--jobs", "1")
    assert path.read_bytes() == typed  # never written by the tool
    (marked,) = [f for f in flag_of(db, "part_exceeds_whole") if f.flag_id == part.flag_id]
    assert (marked.status, marked.note) == ("误报", "整改含上年结转隐患，已核实")
    assert flag_of(db, "conflicting_restatement") == []  # the corrected figure agrees with the other
    open_flags = sum(1 for f in flag_of_all(db) if not f.status)
    assert f"flags（待核实 {open_flags}）" in result.stderr
    # 对比 shows the corrected value, without the flag mark of a 误报
    table = run("compare", "--db", db, "--indicator", "safety.fines").stdout
    fines = next(line for line in table.splitlines() if line.startswith("罚款")).split()
    assert fines[1:3] == ["万元", "23"]  # 23万元 as corrected, not the report's 230万元
    # 明细 says what was corrected, in a comment on the value
    import openpyxl

    detail = openpyxl.load_workbook(out / "indicators.xlsx")["明细"]
    head = [c.value for c in detail[1]]
    (row,) = [r for r in detail.iter_rows(min_row=2) if r[head.index("原文")].value == "230万元"]
    assert row[head.index("数值")].value == 230_000
    assert row[head.index("数值")].comment.text.startswith("核实更正：原文230万元（2,300,000元），更正为230,000元。单位应为")
    # the store keeps what the report says
    with store.Store(db, read_only=True) as st:
        (fines,) = [f for ex in st.extractions() for f in ex.figures if f.surface == "230万元"]
    assert fines.value == 2_300_000
    # a row that finds no figure, or a flag no longer raised, is said, and the file is still not touched
    typed = write_corrections(path, [["", "", "", "songling-2025h1", "999万元", "", "1", ""],
                                     [twice.flag_id, "误报", "", "", "", "", "", ""]])
    result = run("run", SONGLING, "--out", out, "--jobs", "1")
    assert "第2行：报告 songling-2025h1 中没有“999万元”，该更正未用上" in result.stderr
    assert f"疑点 {twice.flag_id} 已不在本次的疑点中" not in result.stderr  # 3名 is no longer corrected: raised again
    assert path.read_bytes() == typed
    typed = write_corrections(path, [["", "", "", "songling-2025h1", "3名", "", "5", ""],
                                     [twice.flag_id, "误报", "", "", "", "", "", ""]])
    result = run("run", SONGLING, "--out", out, "--jobs", "1")
    assert f"疑点 {twice.flag_id} 已不在本次的疑点中（数字已更正，或报告已改），其核实结果未用上" in result.stderr
    assert path.read_bytes() == typed


def test_a_note_typed_into_the_workbook_is_kept(tmp_path):
    import openpyxl

    out, db = tmp_path / "out", tmp_path / "out" / "zhibiao.duckdb"
    run("run", SONGLING, "--out", out, "--quiet", "--jobs", "1")
    book_path = out / "indicators.xlsx"
    book = openpyxl.load_workbook(book_path)
    sheet = book["疑点"]
    head = [c.value for c in sheet[1]]
    at_id, at_status, at_note = head.index("疑点编号"), head.index("核实状态"), head.index("核实结果")
    row = next(sheet.iter_rows(min_row=2))
    flag_id = row[at_id].value
    row[at_status].value, row[at_note].value = "已核实", "已与镇安监站核对，数字无误"
    book.save(book_path)
    run("run", SONGLING, "--out", out, "--quiet", "--jobs", "1")
    (flag,) = [f for f in flag_of_all(db) if f.flag_id == flag_id]
    assert (flag.status, flag.note) == ("已核实", "已与镇安监站核对，数字无误")
    assert corrections.read_workbook(book_path) == {flag_id: corrections.Verdict("已核实", "已与镇安监站核对，数字无误")}
    # the workbook gone, the store still has the note
    book_path.unlink()
    run("run", SONGLING, "--out", out, "--quiet", "--jobs", "1")
    assert corrections.read_workbook(book_path) == {flag_id: corrections.Verdict("已核实", "已与镇安监站核对，数字无误")}
    # the corrections file says otherwise: it wins
    write_corrections(out / "核实.csv", [[flag_id, "误报", "复核后认定误报", "", "", "", "", ""]])
    run("run", SONGLING, "--out", out, "--quiet", "--jobs", "1")
    assert corrections.read_workbook(book_path) == {flag_id: corrections.Verdict("误报", "复核后认定误报")}


def flag_of_all(db: Path):
    with store.Store(db, read_only=True) as st:
        return st.flags()


@pytest.mark.parametrize(("status", "marked"), [("", True), ("待核实", True), ("已核实", False), ("误报", False)])
def test_a_closed_flag_leaves_the_cell_unmarked(status, marked):
    from pipeline.model import Flag, FlagItem

    ex = batch.extract_one(SONGLING, "songling-2025h1")
    (fines,) = [f for f in ex.figures if f.surface == "230万元"]
    flag = Flag("F1", "outlier_across_towns", "warning", "罚款远高于其他乡镇", (
        FlagItem(ex.report.report_id, fines.start, fines.end, fines.surface, fines.indicator),), status=status)
    table = pivot.by_town([ex], [flag], indicator="safety.fines")
    assert pivot.show_value(next(iter(table.cells.values()))).endswith("*") is marked


def test_extract_into_a_runs_folder_gives_the_ids_the_store_gave(tmp_path):
    out = tmp_path / "out"
    run("run", write(tmp_path / "a" / "白云镇" / FILE, report_text("白云镇")).parent, "--out", out, "--quiet", "-j", "1")
    run("extract", write(tmp_path / "b" / "青山镇" / FILE, report_text("青山镇")).parent, "--out", out, "--quiet",
        "-j", "1")
    assert sorted(p.name for p in (out / "text").glob("*.txt")) == [FILE, f"青山镇-{FILE}"]
    assert (out / "text" / FILE).read_text(encoding="utf-8").startswith("白云镇")


def test_compare_expects_the_towns_the_runs_expected(tmp_path, monkeypatch):
    seen = {}
    real = pivot.by_town

    def spy(*args, **kwargs):
        seen["expected_towns"] = tuple(kwargs.get("expected_towns", ()))
        return real(*args, **kwargs)

    write(tmp_path / "in" / "白云镇.txt", report_text("白云镇"))
    towns = write(tmp_path / "towns.txt", "白云镇\n青山镇\n")
    run("run", tmp_path / "in", "--out", tmp_path / "out", "--towns", towns, "--quiet", "-j", "1")
    monkeypatch.setattr(pivot, "by_town", spy)
    run("compare", "--db", tmp_path / "out" / "zhibiao.duckdb")
    assert seen["expected_towns"] == ("白云镇", "青山镇")
