"""The gold annotation in tests/gold is well-formed (the contract's own checker, run on our copy)."""

import shutil
import subprocess
import sys

import pytest

from .conftest import GOLD

BLIND = ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9"]


@pytest.mark.parametrize("gold", [GOLD] + [GOLD / name for name in BLIND], ids=["sample corpus", *BLIND])
def test_gold_passes_the_checker(gold, tmp_path):
    # the checker reads texts/, figures.jsonl and documents.jsonl beside itself
    for name in ("figures.jsonl", "documents.jsonl"):
        shutil.copy(gold / name, tmp_path / name)
    shutil.copytree(gold / "texts", tmp_path / "texts")
    shutil.copy(GOLD / "check.py", tmp_path / "check.py")
    result = subprocess.run([sys.executable, "check.py"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert " 0 errors" in result.stdout
