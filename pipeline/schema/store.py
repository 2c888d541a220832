"""The shape of rules/store.yaml: duplicates of one town and period, the roster, the corrections file."""

from __future__ import annotations

from typing import Literal

from .base import Regex, Strict, Word, Words


class Duplicates(Strict):
    severity: Literal["error", "warning", "info"]
    message: Word
    draft_words: Words
    why_final: Word
    why_later: Word
    why_all_drafts: Word
    same_text: Word


class Roster(Strict):
    town_columns: Words


class CorrectionColumns(Strict):
    flag: Word
    status: Word
    note: Word
    report: Word
    surface: Word
    start: Word
    value: Word
    indicator: Word


class Statuses(Strict):
    open: Word
    checked: Word
    false_alarm: Word


class Corrections(Strict):
    file: Word
    columns: CorrectionColumns
    flag_columns: Words
    statuses: Statuses
    closed: Words


class PickWhy(Strict):
    several_years: Word
    years_part: Word
    change_start: Word
    part_of_area: Word
    measure: Word
    named: Word
    bound: Word
    first: Word


class Pick(Strict):
    other_years: Regex
    several_years: Regex
    clause_break: Regex
    years_part: Regex
    year_part: Regex
    part_ends: Regex
    change_start: Regex
    part_of_area: Regex
    why: PickWhy


class StockRows(Strict):
    period_total_domains: Words
    period_total_dimensions: Words


class RowUnits(Strict):
    groups: list[Words]  # measure words counting one kind of thing: one row when an indicator lists both


class StoreFile(Strict):
    duplicates: Duplicates
    pick: Pick
    stock_rows: StockRows
    row_units: RowUnits
    roster: Roster
    corrections: Corrections
