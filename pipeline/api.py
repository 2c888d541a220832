"""The Python API for analysts: reports in, the indicator table out as a pandas DataFrame."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import batch
from .export import FIGURE_COLUMNS, figure_values
from .model import Extraction


def figures_frame(extractions: Iterable[Extraction]) -> pd.DataFrame:
    """The indicator table of these extractions: one row a figure, the columns of indicators.csv."""
    rows = [figure_values(f, ex.report.town, ex.report.period) for ex in extractions for f in ex.figures]
    frame = pd.DataFrame.from_records(rows, columns=list(FIGURE_COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "value_high": "float64",
                         "value_norm": "float64"})


def read_reports(paths: str | os.PathLike | Iterable[str | os.PathLike], *, manifest: dict | None = None,
                 jobs: int = 1) -> pd.DataFrame:
    """Every figure of the reports under ``paths`` (files or folders), as the indicator table.

    The same rows as ``zhibiao extract`` writes to indicators.csv, with numbers as numbers
    (a missing one is NaN) and text as written. A report that cannot be read has no rows.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return figures_frame(batch.extract_paths([Path(p) for p in paths], manifest, jobs))
