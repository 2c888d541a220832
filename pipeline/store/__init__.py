"""The store: an embedded DuckDB database that accumulates every run's reports, figures and flags.

Tables
  reports     one row per report: report_id (key), content_hash (sha256 of the
              text without its white space), path, title, town, period, county, encoding,
              status, message, text, source (the file's absolute path), received (the order
              reports came in)
  figures     one row per figure, every column of model.Figure, keyed by
              (report_id, start, end)
  flags       one row per flag: flag_id (key), check, severity, message, status and note
              (the analyst's, from the corrections file: pipeline/corrections.py)
  flag_items  one row per figure a flag points at: flag_id, seq, report_id, start, end, surface, indicator
  official_figures  the reference figures (pipeline/reference/: a bureau's table, a 统计公报),
              one row per figure, every column of reference.Official, keyed by (source, seq);
              loading a source again replaces its rows
  meta        schema_version

A report is what it says, not its file name: see admission.py. A write is one
transaction: it happens whole or not at all. No timestamps are stored (``received`` counts
arrivals), so the same input leaves the same store.

The package, one module a seam:
    tables      the tables' columns and SQL types, the schema version, the order rows are read in
    admission   admit(): which reports of a batch come in, under which id (content_hash, source_of)
    database    Store: open and check the file, write in one transaction, read back
    last_run    the store the last `zhibiao run` wrote (remember, last_used) and describe()
"""

from .admission import Admitted
from .database import Store, StoreError
from .last_run import describe, last_used, remember
from .tables import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Admitted", "Store", "StoreError", "describe", "last_used", "remember"]
