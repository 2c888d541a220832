"""Shared paths and fixtures."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
NATIONAL = SHARED / "corpora-national" / "government_work_reports.jsonl"


@pytest.fixture(scope="session")
def tongxihe_text() -> str:
    return (GOLD / "texts" / "tongxihe-2025h1.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def national_reports() -> list[dict]:
    if not NATIONAL.is_file():
        pytest.skip(f"national reports not found at {NATIONAL} (they live in ../shared, outside the repo)")
    rows = [json.loads(line) for line in NATIONAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("year")]
