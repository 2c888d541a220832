"""`zhibiao extract corpora/` against golden files; regenerate on purpose with `make golden`."""

import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import CORPORA, ROOT

GOLDEN = ROOT / "tests" / "golden"
TABLES = ("indicators.csv", "reports.csv", "skipped.csv")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["extract", str(CORPORA), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _portable(data: bytes) -> bytes:
    # reports.csv names each file by the path it was given; make that path relative to the checkout
    return data.replace(str(CORPORA).encode(), b"corpora")


@pytest.mark.parametrize("name", TABLES)
def test_outputs_match_golden_files(outputs, name):
    produced = _portable((outputs / name).read_bytes())
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        (GOLDEN / name).write_bytes(produced)
    assert produced == (GOLDEN / name).read_bytes(), f"{name} differs from tests/golden (run `make golden` if meant)"


def test_identical_input_gives_byte_identical_output(outputs, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(CORPORA, tmp_path / "corpora")
    result = CliRunner().invoke(app, ["extract", str(CORPORA), "--out", str(again), "--quiet"])
    assert result.exit_code == 0
    for name in (*TABLES, "indicators.parquet", "reports.parquet"):
        assert (again / name).read_bytes() == (outputs / name).read_bytes(), name


def test_extract_writes_the_same_tables_without_numpy(outputs, tmp_path):
    """`zhibiao extract` in a process of its own imports pyarrow without numpy (export.import_arrow_alone), and
    writes the bytes written here, where numpy is loaded."""
    code = ("import sys\nfrom pipeline.cli import main\ntry:\n    main()\nexcept SystemExit as e:\n"
            "    assert not e.code, e.code\nprint('numpy' in sys.modules)")
    alone = tmp_path / "alone"
    done = subprocess.run([sys.executable, "-c", code, "extract", str(CORPORA), "--out", str(alone), "--quiet"],
                          capture_output=True, text=True, timeout=300, check=True)
    assert done.stdout.split() == ["False"]
    for name in (*TABLES, "indicators.parquet", "reports.parquet", "skipped.parquet"):
        assert (alone / name).read_bytes() == (outputs / name).read_bytes(), name


def test_csv_opens_in_excel(outputs):
    data = (outputs / "indicators.csv").read_bytes()
    assert data.startswith("\ufeff".encode())  # the BOM tells Excel and WPS it is UTF-8
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:3] == ["report_id", "town", "period"]
    assert {"surface", "value", "unit", "approx", "indicator", "entity", "scope_period", "kind"} <= set(header)


def test_every_offset_refers_to_the_stored_text(outputs):
    import csv

    with open(outputs / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = {}
    for row in rows:
        rid = row["report_id"]
        if rid not in texts:
            texts[rid] = (outputs / "text" / f"{rid}.txt").read_text(encoding="utf-8")
        assert texts[rid][int(row["start"]) : int(row["end"])] == row["surface"]
