"""A batch of reports: find, read, extract, one report at a time (streaming)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from . import ingest
from .extract import extract_report
from .model import Extraction


def extract_one(path: Path, report_id: str, manifest: dict | None = None) -> Extraction:
    """Read and extract one report; an unexpected failure marks the report failed, never the batch."""
    report = ingest.read_report(path, report_id, manifest)
    try:
        return extract_report(report)
    except Exception as e:  # a bug on one report must not lose the other reports
        failed = dataclasses.replace(report, status="failed", message=f"extraction failed: {type(e).__name__}: {e}")
        return Extraction(report=failed)


def extract_paths(paths: list[Path], manifest: dict | None = None) -> Iterator[Extraction]:
    for path, report_id in ingest.find_reports(paths):
        yield extract_one(path, report_id, manifest)
