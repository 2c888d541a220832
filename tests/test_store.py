"""The DuckDB store: re-runs replace, never duplicate; a write is all or nothing; `zhibiao run` twice leaves it identical."""

from __future__ import annotations

import csv
import dataclasses
import re
import shutil

import pytest
from typer.testing import CliRunner

from pipeline import batch, checks, publish, store
from pipeline.cli import app

from .conftest import CORPORA

PLANTED = CORPORA / "planted"


@pytest.fixture(scope="module")
def liuxi():
    """柳溪镇's 2024, 2025H1 and 2025 reports, in that order."""
    files = [PLANTED / f"liuxi-{p}.txt" for p in ("2024", "2025h1", "2025")]
    found = {ex.report.report_id: ex for ex in batch.extract_paths(files)}
    return [found["liuxi-2024"], found["liuxi-2025h1"], found["liuxi-2025"]]


def _save(db, extractions):
    with store.Store(db) as st:
        new = st.admit(extractions).new
        history = st.extractions(excluding=new)
        st.replace(new, checks.run_checks(new, history=history))
        return st.fingerprint(), st.counts()


def test_storing_the_same_reports_twice_changes_nothing(tmp_path, liuxi):
    db = tmp_path / "z.duckdb"
    first = _save(db, liuxi)
    assert first[1]["reports"] == 3 and first[1]["figures"] == sum(len(ex.figures) for ex in liuxi)
    assert _save(db, liuxi) == first


def test_what_is_stored_comes_back_as_it_went_in(tmp_path, liuxi):
    db = tmp_path / "z.duckdb"
    _save(db, liuxi)
    with store.Store(db, read_only=True) as st:
        back = st.extractions()
        assert st.flags() == sorted(checks.run_checks(liuxi), key=lambda f: f.flag_id)
    by_id = sorted(liuxi, key=lambda ex: ex.report.report_id)
    assert [dataclasses.replace(ex.report, received=0) for ex in back] == [ex.report for ex in by_id]
    assert [ex.report.received for ex in back] == [1, 3, 2]  # the order they came in: 2024, 2025H1, 2025
    assert [ex.figures for ex in back] == [ex.figures for ex in by_id]


def test_the_same_file_edited_replaces_its_rows_and_says_so(tmp_path, liuxi):
    db = tmp_path / "z.duckdb"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    edited = corpus / "liuxi-2025.txt"
    shutil.copy(PLANTED / "liuxi-2025.txt", edited)
    _save(db, [*liuxi[:2], batch.extract_one(edited, "liuxi-2025")])
    edited.write_text((PLANTED / "liuxi-2025.txt").read_text(encoding="utf-8") + "另新增护林员3名。\n", encoding="utf-8")
    new = batch.extract_one(edited, "liuxi-2025")
    assert len(new.figures) == len(liuxi[2].figures) + 1
    with store.Store(db) as st:
        assert st.admit([new]).notices == [f"{edited}：文件内容有变，库中的报告 liuxi-2025 已换成新内容"]
    _, counts = _save(db, [new])
    assert counts["reports"] == 3
    assert counts["figures"] == sum(len(ex.figures) for ex in liuxi) + 1
    with store.Store(db, read_only=True) as st:
        stored = {ex.report.report_id: (len(ex.figures), ex.report.received) for ex in st.extractions()}
    assert stored == {"liuxi-2024": (len(liuxi[0].figures), 1), "liuxi-2025h1": (len(liuxi[1].figures), 2),
                      "liuxi-2025": (len(new.figures), 3)}


def test_the_same_text_under_a_new_name_is_stored_once(tmp_path, liuxi):
    db = tmp_path / "z.duckdb"
    before = _save(db, liuxi)
    renamed = tmp_path / "柳溪镇2025年工作总结.txt"
    shutil.copy(PLANTED / "liuxi-2025.txt", renamed)
    with store.Store(db) as st:
        admitted = st.admit([batch.extract_one(renamed, renamed.stem)])
    assert admitted.new == [] and admitted.notices == [f"{renamed}：与已入库的liuxi-2025内容相同，未重复入库"]
    assert _save(db, [batch.extract_one(renamed, renamed.stem)]) == before


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path, liuxi, monkeypatch):
    db = tmp_path / "z.duckdb"
    before = _save(db, liuxi[:2])
    real_insert = store.Store._insert

    def insert_then_fail(self, table, columns, rows):
        real_insert(self, table, columns, rows)
        if table == "figures":
            raise OSError("disk full")

    monkeypatch.setattr(store.Store, "_insert", insert_then_fail)
    with pytest.raises(OSError, match="disk full"):
        _save(db, liuxi)
    monkeypatch.setattr(store.Store, "_insert", real_insert)
    with store.Store(db, read_only=True) as st:
        assert (st.fingerprint(), st.counts()) == before


def test_history_leaves_out_the_reports_being_replaced(tmp_path, liuxi):
    db = tmp_path / "z.duckdb"
    _save(db, liuxi)
    with store.Store(db) as st:
        assert [ex.report.report_id for ex in st.extractions(excluding=liuxi[2:])] == ["liuxi-2024", "liuxi-2025h1"]


def test_a_store_of_another_schema_is_refused(tmp_path):
    db = tmp_path / "z.duckdb"
    with store.Store(db) as st:
        st.con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(store.StoreError, match=f"库的结构版本为 0，本版 zhibiao 需要 {store.SCHEMA_VERSION}.*请删除该文件"):
        store.Store(db)
    with pytest.raises(store.StoreError, match="这里还没有库"):
        store.Store(tmp_path / "none.duckdb", read_only=True)


def test_publish_writes_flags_of_the_batch_and_the_whole_store_workbook(tmp_path, liuxi):
    out, db = tmp_path / "out", tmp_path / "out" / "zhibiao.duckdb"
    publish.publish(liuxi[:2], out, db)
    done = publish.publish(liuxi[2:], out, db)  # the 2025 report, checked against the two stored ones
    assert done.n_reports == 3
    assert {f.check for f in done.batch_flags} == {"half_exceeds_year", "growth_mismatch", "repeated_from_previous",
                                                   "estimate_below_result", "average_growth_mismatch", "plan_year_slip",
                                                   "rank_contradicted", "daily_average_mismatch"}
    assert {f.check for f in done.flags} == {*{f.check for f in done.batch_flags}, "cumulative_shrinks"}
    with open(out / "flags.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:11] == ["flag_id", "check_name", "severity_name", "check", "severity", "report_id", "town",
                                  "period", "start", "end", "surface"]
    assert {r["check"] for r in rows} == {f.check for f in done.batch_flags}
    # what an analyst reads first, in Chinese; the machine names after it
    names = {(r["check_name"], r["severity_name"]) for r in rows if r["check"] == "growth_mismatch"}
    assert names == {("增速与数字不符", "疑问")}
    growth = [r for r in rows if r["check"] == "growth_mismatch"]
    assert len({r["flag_id"] for r in growth}) == 1 and {r["report_id"] for r in growth} == {"liuxi-2024", "liuxi-2025"}
    assert (out / "flags.parquet").is_file() and (out / "indicators.xlsx").is_file()


# --------------------------------------------------------------------------- the command line


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    _run("run", str(CORPORA), "--out", str(out), "--quiet", "--jobs", "1")
    return out


def test_run_twice_leaves_the_store_identical(ran):
    db = ran / "zhibiao.duckdb"
    with store.Store(db, read_only=True) as st:
        first = st.fingerprint(), st.counts()
    _run("run", str(CORPORA), "--out", str(ran), "--quiet", "--jobs", "1")
    with store.Store(db, read_only=True) as st:
        assert (st.fingerprint(), st.counts()) == first
    assert first[1]["reports"] == 15
    for name in ("indicators.csv", "reports.csv", "flags.csv", "indicators.xlsx"):
        assert (ran / name).is_file(), name


def test_indicators_csv_has_the_normalized_columns(ran):
    with open(ran / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    fines = next(r for r in rows if r["report_id"] == "tongxihe-2025h1" and r["surface"] == "10万余元")
    assert (fines["value_norm"], fines["unit_norm"], fines["indicator_id"], fines["indicator_name"]) == (
        "100000", "元", "safety.fines", "罚款")


def test_compare_towns_of_a_period(ran, tmp_path):
    db = str(ran / "zhibiao.duckdb")
    text = _run("compare", "--db", db, "--period", "2025H1", "--indicator", "safety.fines", "--out", str(tmp_path / "f.csv"))
    assert "各乡镇主要指标对比表（2025年1-6月）" in text
    fines = next(line.split() for line in text.splitlines() if line.startswith("罚款"))
    assert fines[:2] == ["罚款", "万元"] and "230*" in fines  # 松岭乡's 罚款230万元 in 万元, flagged
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["指标编号", "指标", "单位", "白石镇"] and len(rows[0]) == 3 + 9
    assert rows[1][:4] == ["safety.fines", "罚款", "元", "28000"]


def test_compare_periods_of_a_town(ran, tmp_path):
    text = _run("compare", "--db", str(ran / "zhibiao.duckdb"), "--town", "柳溪镇", "--out", str(tmp_path / "t.xlsx"))
    assert text.splitlines()[:2] == ["柳溪镇主要指标各期对比表", "期间：2024年至2025年　　增减、增长%：2025年比2024年"]
    header = text.splitlines()[2].split()
    assert header[2:] == ["2024年", "2025年上半年", "2025年", "上年同期", "增减", "增长%", "指标编号"]
    assert (tmp_path / "t.xlsx").is_file()


def test_indicators_unmatched_lists_labels_most_frequent_first(ran):
    lines = _run("indicators", "--db", str(ran / "zhibiao.duckdb"), "--unmatched", "--limit", "5").splitlines()
    assert lines[0] == "figures\treports\tunit\tkey\texample label\texample report"
    rows = [line.split("\t") for line in lines[1:]]
    order = [(int(r[1]), int(r[0])) for r in rows]  # in most reports first, then most figures
    assert len(rows) == 5 and order == sorted(order, reverse=True)
    assert all(r[3].startswith("~") for r in rows)  # comparison keys, not raw labels
    summary = _run("indicators", "--db", str(ran / "zhibiao.duckdb")).splitlines()[0]
    n, mapped, total = map(int, re.fullmatch(r"(\d+) indicators; (\d+)/(\d+) figures in the store match one", summary).groups())
    with store.Store(ran / "zhibiao.duckdb", read_only=True) as st:
        assert total == st.counts()["figures"]
    assert n >= 100 and mapped / total > 0.85
