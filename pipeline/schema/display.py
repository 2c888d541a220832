"""The shape of rules/display.yaml: the Chinese words a person reads for the tool's machine values."""

from __future__ import annotations

from typing import Literal

from .base import Strict, Word


class DisplayFile(Strict):
    kinds: dict[Literal["actual", "target"], Word]
    statuses: dict[Literal["ok", "failed", "unsupported"], Word]
    check_names: dict[str, Word] = {}  # flags raised outside rules/checks.yaml (duplicate_report)
