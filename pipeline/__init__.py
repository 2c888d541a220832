"""zhibiao: figures from Chinese local-government work reports, as one verified table.

    >>> import pipeline
    >>> table = pipeline.read_reports(["corpora"])  # a pandas DataFrame, one row a figure
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

__version__ = "0.1.0"
__all__ = ["read_reports"]


def read_reports(paths, *, manifest: dict | None = None, jobs: int = 1) -> pandas.DataFrame:
    """Every figure of the reports under ``paths`` (files or folders), as the indicator table
    (the rows of indicators.csv, numbers as numbers). See pipeline/api.py."""
    from .api import read_reports as read  # pandas and the stages load on first use, not on `import pipeline`

    return read(paths, manifest=manifest, jobs=jobs)
