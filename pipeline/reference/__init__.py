"""Official figures beside reported ones: the bureau's tables and the 统计公报 as reference, and the check
报告数与统计数不一致 (``report_vs_official`` in rules/checks.yaml).

    --reference FILE ─> load(FILE) ─> Officials (a table: one a row; a communiqué: its results)
                                          │  stored beside the report figures (store.official_figures)
    extractions + officials ─> compare() ─> Comparisons (一致 / 不一致 / 口径不同), the 核对 sheet
                                          └> flags()    ─> Flags of report_vs_official

A table in long form (CSV or XLSX, one figure a row: area, period, indicator name
or id, value, unit; the headers of rules/reference.yaml, Chinese or English) gives
one official figure a row; its indicator name is matched to the canonical
indicators as report labels are (normalize.match). Any other file is read as a
communiqué by the same engine as the reports (ingest + extract): every result for
the whole area and the communiqué's own period is an official figure.

A report figure (a result, for the town as a whole) is compared with the official
figures of the same canonical indicator, unit, area and covered period, in base
units and with the rounding either side uses. See rules/checks.yaml for the rest.

The package, one module a seam:
    official     Official, the rules of rules/reference.yaml and of report_vs_official, shared readings
    tables       loading a bureau's table         communiques  loading a 统计公报
    loading      load(): a table or a communiqué
    comparing    compare() and agree(): report figures against official ones, with rounding
    presenting   flags(), and beside()/comment()/render_text(): the official figures beside a pivot
"""

from __future__ import annotations

from .communiques import covered
from .comparing import Comparison, agree, compare
from .loading import load
from .official import (
    AGREE,
    CALIBER,
    CHECK,
    COMMUNIQUE,
    DIFFER,
    FIELDS,
    NAME,
    TABLE,
    Loaded,
    Official,
    ReferenceError,
    area_key,
    is_rate,
    reference_rules,
)
from .presenting import Beside, beside, comment, flags, render_text, show, show_gap
from .tables import is_table, read_period

__all__ = [
    "AGREE", "CALIBER", "CHECK", "COMMUNIQUE", "DIFFER", "FIELDS", "NAME", "TABLE", "Beside", "Comparison", "Loaded",
    "Official", "ReferenceError", "agree", "area_key", "beside", "comment", "compare", "covered", "flags", "is_rate",
    "is_table", "load", "read_period", "reference_rules", "render_text", "show", "show_gap",
]
