"""The gold annotation in tests/gold is well-formed (the contract's own checker, run on our copy)."""

import subprocess
import sys

from .conftest import GOLD


def test_gold_passes_the_checker():
    result = subprocess.run([sys.executable, "check.py"], cwd=GOLD, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert " 0 errors" in result.stdout
