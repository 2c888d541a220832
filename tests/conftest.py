"""Shared paths and fixtures."""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from pipeline import batch, checks, rules

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
NATIONAL = SHARED / "corpora-national" / "government_work_reports.jsonl"


@pytest.fixture(scope="session", autouse=True)
def _state_dir(tmp_path_factory):
    """`zhibiao run` notes its store for compare and indicators (pipeline/store/last_run.py remember): in tests, not in ~."""
    import os

    os.environ["ZHIBIAO_STATE_DIR"] = str(tmp_path_factory.mktemp("state"))


@pytest.fixture(scope="session")
def tongxihe_text() -> str:
    return (GOLD / "texts" / "tongxihe-2025h1.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def national_reports() -> list[dict]:
    if not NATIONAL.is_file():
        pytest.skip(f"national reports not found at {NATIONAL} (they live in ../shared, outside the repo)")
    rows = [json.loads(line) for line in NATIONAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("year")]


# A report written to attack whatever shows report text: HTML pages, spreadsheets.
HOSTILE_REPORT = (
    "<script>alert(1)</script>镇2025年上半年工作总结\n"
    "一、上半年工作开展情况\n"
    '（一）" onmouseover="alert(2)" data-x="民生保障\n'
    "上半年新增低保<img src=x onerror=alert(3)>5户12人，发放救助资金\" onmouseover=\"alert(2)\" 12.5万元。"
    "</mark></div><script>alert(4)</script>全年开展培训3次，覆盖群众' onclick='alert(5)' 200余人。\n"
)


def load_make_corpus():
    """tests/gold/make_corpus.py (the corpus renderer: docx, PDFs with a CJK font), loaded by path:
    tests/gold is no package."""
    spec = importlib.util.spec_from_file_location("make_corpus", GOLD / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """A copy of rules/ to break, read instead of the real one for the test."""
    copy = tmp_path / "rules"
    shutil.copytree(rules.rules_dir(), copy)
    monkeypatch.setenv("ZHIBIAO_RULES", str(copy))
    rules.clear_caches()
    yield copy
    monkeypatch.delenv("ZHIBIAO_RULES")
    rules.clear_caches()


@pytest.fixture(scope="session")
def corpus():
    """Every report in corpora/, extracted."""
    return list(batch.extract_paths([CORPORA]))


@pytest.fixture(scope="session")
def flags(corpus):
    """The checks' flags on corpora/."""
    return checks.run_checks(corpus)
