"""The store's tables: their columns and SQL types, the schema version, and the order rows are read back in."""

from __future__ import annotations

from dataclasses import fields

from ..model import Figure

SCHEMA_VERSION = "4"  # 2: figures have covered, measure, measure_of and compare_key; 3: estimated; 4: reports keyed
# by content (source, received), flags have the analyst's status and note

FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
REPORT_FIELDS = ("report_id", "content_hash", "path", "title", "town", "period", "county", "encoding", "status",
                 "message", "text", "source", "received")
FLAG_FIELDS = ("flag_id", "check", "severity", "message", "status", "note")

_SQL_TYPES = {"start": "INTEGER", "end": "INTEGER", "value": "DOUBLE", "value_high": "DOUBLE", "value_norm": "DOUBLE",
              "estimated": "BOOLEAN", "received": "INTEGER"}


def q(name: str) -> str:
    """A column name quoted for SQL (start and end are key words)."""
    return f'"{name}"'


SCHEMA = [
    f"CREATE TABLE IF NOT EXISTS reports ({', '.join(q(c) + ' ' + _SQL_TYPES.get(c, 'VARCHAR') for c in REPORT_FIELDS)}, "
    "PRIMARY KEY (report_id))",
    f"CREATE TABLE IF NOT EXISTS figures ({', '.join(q(c) + ' ' + _SQL_TYPES.get(c, 'VARCHAR') for c in FIGURE_FIELDS)}, "
    'PRIMARY KEY (report_id, "start", "end"))',
    f"CREATE TABLE IF NOT EXISTS flags ({', '.join(q(c) + ' VARCHAR' for c in FLAG_FIELDS)}, PRIMARY KEY (flag_id))",
    "CREATE TABLE IF NOT EXISTS flag_items (flag_id VARCHAR, seq INTEGER, report_id VARCHAR, \"start\" INTEGER, "
    '"end" INTEGER, surface VARCHAR, indicator VARCHAR, PRIMARY KEY (flag_id, seq))',
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
]


def official_fields() -> tuple[str, ...]:
    """The columns of official_figures: every field of reference.Official (imported when the store needs them)."""
    from ..reference import Official

    return tuple(f.name for f in fields(Official))


OFFICIAL_TYPES = {"seq": "INTEGER", "value": "DOUBLE", "value_norm": "DOUBLE", "value_high": "DOUBLE"}

# every table in a fixed order, for reading back and for the fingerprint
ORDER = {
    "reports": "report_id",
    "figures": 'report_id, "start", "end"',
    "flags": "flag_id",
    "flag_items": "flag_id, seq",
    "meta": "key",
    "official_figures": "source, seq",
}
