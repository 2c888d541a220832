"""Loading one reference file: a table by its suffix (tables.py), else a communiqué (communiques.py)."""

from __future__ import annotations

from pathlib import Path

from .communiques import _load_communique
from .official import Loaded, ReferenceError
from .tables import _load_table, is_table


def load(path: Path) -> Loaded:
    """The official figures of one reference file (a table by its suffix, else a communiqué)."""
    path = Path(path)
    if not path.is_file():
        raise ReferenceError(f"{path}: no such file")
    return _load_table(path) if is_table(path) else _load_communique(path)
