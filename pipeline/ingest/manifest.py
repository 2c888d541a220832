"""The manifest CSV, in which a person gives a report's town, period and county.

What it gives overrides the guesses (guess) for that file.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from .. import periods

MANIFEST_COLUMNS = ("file", "town", "period", "county", "towns")  # towns: the roster, one town a row (expected_towns)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """The manifest CSV as {file name or stem: {field: value}}, empty values left out.

    Columns: file (required), town, period, county, towns (the roster: a row may name only
    an expected town there, see expected_towns), in any order. The file is
    UTF-8 (with or without BOM) or GBK. Entries are keyed by file name and also
    by stem, unless two files share that stem. A bad manifest raises ValueError
    naming the file and the row.
    """
    reader = csv.reader(io.StringIO(_manifest_text(path), newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        _check_header(path, header)
        entries: dict[str, dict[str, str]] = {}
        rows: dict[str, int] = {}
        for row in reader:
            if any(cell.strip() for cell in row) and not _roster_only(header, row):
                name, entry = _manifest_row(path, reader.line_num, header, row)
                if name in rows:
                    first = rows[name]
                    raise ValueError(f"{path}: row {reader.line_num}: {name} is listed twice (first in row {first})")
                rows[name] = reader.line_num
                entries[name] = entry
    except csv.Error as e:
        raise ValueError(f"{path}: row {reader.line_num}: not valid CSV ({e})") from None
    return entries | _stem_keys(entries)


def _roster_only(header: list[str], row: list[str]) -> bool:
    """A row that only names an expected town (its towns cell), no file."""
    return "towns" in header and all(not cell.strip() for column, cell in zip(header, row, strict=False)
                                     if column != "towns")


def expected_towns(path: Path) -> list[str]:
    """The towns a manifest expects, in its order: its towns column (the roster), then its town column."""
    reader = csv.DictReader(io.StringIO(_manifest_text(path), newline=""))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or ()]
    rows = list(reader)
    towns = [(row.get(column) or "").strip() for column in ("towns", "town") for row in rows]
    return list(dict.fromkeys(t for t in towns if t))


def _manifest_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ValueError(f"{path}: cannot read manifest: {e.strerror}") from None
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: manifest is neither UTF-8 nor GBK text")


def _check_header(path: Path, header: list[str]) -> None:
    unknown = [name for name in header if name not in MANIFEST_COLUMNS]
    if unknown:
        raise ValueError(f"{path}: row 1: unknown column {unknown[0]!r}; expected {', '.join(MANIFEST_COLUMNS)}")
    if "file" not in header:
        raise ValueError(f"{path}: row 1: no 'file' column")
    if len(set(header)) < len(header):
        raise ValueError(f"{path}: row 1: a column is named twice")


def _manifest_row(path: Path, line: int, header: list[str], row: list[str]) -> tuple[str, dict[str, str]]:
    if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
        raise ValueError(f"{path}: row {line}: more values than columns")
    # A short row leaves its last columns empty.
    values = {column: cell.strip() for column, cell in zip(header, row, strict=False)}
    name = Path(values.pop("file", "")).name
    if not name:
        raise ValueError(f"{path}: row {line}: empty file name")
    period = values.get("period", "")
    if period and periods.span(period) is None:
        # written as people write it (2025年上半年, 2025年1-6月): read by the one period grammar (rules/periods.yaml)
        values["period"] = periods.read_code(period, None) or ""
        if not values["period"] or periods.span(values["period"]) is None:
            raise ValueError(f"{path}: row {line}: 期间“{period}”不是 2025年上半年、2025年1-6月、2025年、2025H1 "
                             "这样的写法（period not understood）")
    return name, {column: value for column, value in values.items() if value}


def _stem_keys(entries: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    stems = Counter(Path(name).stem for name in entries)
    return {
        Path(name).stem: entry
        for name, entry in entries.items()
        if stems[Path(name).stem] == 1 and Path(name).stem not in entries
    }


def unmatched(manifest: dict[str, dict[str, str]], found: list[tuple[Path, str]]) -> list[str]:
    """The file names the manifest lists that no report found has (by name, report id or stem), in its order."""
    used = {id(manifest_entry(manifest, path, rid)) for path, rid in found}
    names: dict[int, str] = {}
    for name, entry in manifest.items():  # file names first, then stems (read_manifest)
        names.setdefault(id(entry), name)
    return [name for key, name in names.items() if key not in used]


def manifest_entry(manifest: dict[str, dict[str, str]], path: Path, report_id: str) -> dict[str, str]:
    """The entry for the file at ``path``: by its file name, then its report id, then its stem; {} if none."""
    for key in (path.name, report_id, path.stem):
        if key in manifest:
            return manifest[key]
    return {}
