"""pipeline.read_reports: the indicator table as a pandas DataFrame, the same rows as indicators.csv."""

import pandas as pd
import pytest

import pipeline
from pipeline.api import figures_frame
from pipeline.export import FIGURE_COLUMNS

from .conftest import CORPORA, ROOT


@pytest.fixture(scope="module")
def table():
    return pipeline.read_reports([CORPORA])


def test_the_table_is_indicators_csv(table):
    golden = pd.read_csv(ROOT / "tests" / "golden" / "indicators.csv", encoding="utf-8-sig")
    assert list(table.columns) == list(FIGURE_COLUMNS)
    assert len(table) == len(golden)
    for column in ("value", "value_high", "value_norm"):
        assert table[column].tolist() == pytest.approx(golden[column].tolist(), nan_ok=True), column
    for column in ("report_id", "start", "end", "unit_norm", "indicator_id", "indicator_name", "kind", "entity"):
        assert table[column].fillna("").tolist() == golden[column].fillna("").tolist(), column


def test_numbers_are_numbers(table):
    assert table["value"].dtype.kind == "f" and table["value_norm"].dtype.kind == "f"
    assert table["start"].dtype.kind == "i"
    assert table.loc[table["surface"] == "28次", "value"].iloc[0] == 28.0


def test_one_file_and_a_string_path():
    path = CORPORA / "hexi-2025h1.txt"
    one = pipeline.read_reports(str(path))
    assert set(one["report_id"]) == {"hexi-2025h1"}
    assert len(one) > 10


def test_no_reports_no_rows():
    empty = figures_frame([])
    assert empty.empty and list(empty.columns) == list(FIGURE_COLUMNS)
