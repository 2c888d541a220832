"""Batches: the same output whatever the number of jobs or the executor, and incremental re-runs."""

import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import CORPORA

TABLES = ("indicators.csv", "reports.csv", "skipped.csv")


def extract(*args: str) -> str:
    result = CliRunner().invoke(app, ["extract", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def one_job(tmp_path_factory):
    out = tmp_path_factory.mktemp("one-job")
    extract(str(CORPORA), "--out", str(out), "--jobs", "1", "--no-cache")
    return out


def test_two_jobs_give_byte_identical_output(one_job, tmp_path):
    extract(str(CORPORA), "--out", str(tmp_path), "--jobs", "2", "--no-cache")
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (one_job / name).read_bytes(), name


def test_dask_local_cluster_gives_the_same_output(one_job, tmp_path):
    pytest.importorskip("distributed", reason="the dask executor is an extra: pip install 'zhibiao[dask]'")
    extract(str(CORPORA), "--out", str(tmp_path), "--executor", "dask", "--jobs", "2", "--no-cache")
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (one_job / name).read_bytes(), name


def test_rerun_extracts_only_the_changed_report(one_job, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA, corpus)
    out = tmp_path / "out"
    first = extract(str(corpus), "--out", str(out), "--jobs", "1")
    assert "unchanged" not in first
    changed = corpus / "tongxihe-2025h1.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n另新增护林员3名。\n", encoding="utf-8")
    second = extract(str(corpus), "--out", str(out), "--jobs", "1")
    n_reports = sum(1 for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".docx", ".pdf", ".html"))
    assert f"{n_reports - 1} unchanged since the last run" in second
    assert "护林员" in (out / "indicators.csv").read_text(encoding="utf-8-sig")


def test_order_files_are_named_in_does_not_matter(tmp_path):
    files = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".docx", ".pdf", ".html"))
    extract(*map(str, files), "--out", str(tmp_path / "forward"), "--jobs", "1", "--no-cache")
    extract(*map(str, reversed(files)), "--out", str(tmp_path / "reverse"), "--jobs", "2", "--no-cache")
    for name in TABLES:
        assert (tmp_path / "reverse" / name).read_bytes() == (tmp_path / "forward" / name).read_bytes(), name


def test_cached_extractions_go_stale_when_any_stage_changes(monkeypatch):
    """The cache key covers the code of every stage's package (pipeline/labels/…), not only pipeline/*.py."""
    from pathlib import Path

    from pipeline import batch, rules

    driver = Path(batch.__file__).parent / "labels" / "driver.py"
    rules.clear_caches()
    before = batch.fingerprint()
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read_bytes(p) + (b"# changed" if p == driver else b""))
    rules.clear_caches()
    assert batch.fingerprint() != before
    monkeypatch.undo()
    rules.clear_caches()
