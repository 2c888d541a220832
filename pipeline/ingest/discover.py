"""Finding report files under the folders given, each with a stable report id."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import regex

from .formats import NOT_READ, SUPPORTED


def find_reports(paths: list[Path], skip: Path | None = None) -> list[tuple[Path, str]]:
    """The report files under ``paths``, each with its report id, in a stable order.

    Folders are searched recursively, skipping hidden files and folders and Word's
    "~$" lock files, and keeping only SUPPORTED suffixes (in any letter case). A
    file named directly is always kept, so an unsupported one is reported by
    ``read_report`` instead of vanishing. Files are ordered by their path relative
    to the folder given (the file name for a file given), whatever order the OS
    lists them in. A folder ``skip`` (the output folder, whose text/*.txt would
    otherwise be read back as reports on the next run) is not searched.

    The report id is the file stem, made safe by ``report_id_of``. When stems clash (compared case-blind, as
    on Windows and macOS disks) the first file in that order keeps the stem and
    the next ones get "-2", "-3", ... (skipping ids already taken), so the ids
    stay the same as long as the set of files does. A path that does not exist
    raises FileNotFoundError: that is a wrong argument, not bad content.
    """
    seen: set[Path] = set()
    found: list[tuple[str, Path]] = []
    for root in paths:
        real_root = None
        if root.is_dir():
            candidates = [(file.relative_to(root).as_posix(), file) for file in _walk(root, skip)]
            # the folders the walk went through are no links (it follows none): a file's real path is the folder's
            # and its relative path, unless the file itself is a link (one lstat, not one per folder of its path)
            real_root = root.resolve()
        elif root.exists():
            candidates = [(root.name, root)]
        else:
            raise FileNotFoundError(f"{root}: no such file or folder")
        for relative, file in candidates:
            real = file.resolve() if real_root is None or file.is_symlink() else real_root / relative
            if real not in seen:
                seen.add(real)
                found.append((relative, file))
    found.sort(key=lambda item: (item[0], str(item[1])))
    files = [file for _, file in found]
    return list(zip(files, _report_ids(files), strict=True))


def _walk(root: Path, skip: Path | None = None) -> Iterator[Path]:
    skipped = skip.resolve() if skip is not None else None
    if skipped is not None and root.resolve() == skipped:
        return
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and (Path(folder) / d).resolve() != skipped]
        for name in filenames:
            if not name.startswith((".", "~$")) and Path(name).suffix.lower() in (*SUPPORTED, *NOT_READ):
                yield Path(folder) / name


MAX_ID = 80  # characters; 80 CJK characters are 240 bytes, within a file name's 255 with "-2.txt"
_ID_CONTROL = regex.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def report_id_of(stem: str) -> str:
    """A file stem made safe as a report id: it names OUT/text/<id>.txt and fills spreadsheet cells.

    Control characters (a newline in a file name) become "_", the id is cut at
    MAX_ID characters, and one that begins with = + - @ gets a "_" in front, so no
    spreadsheet reads it as a formula (-rf -> _-rf). A stem has no "/", so the
    id cannot point outside the folder.
    """
    report_id = _ID_CONTROL.sub("_", stem)[:MAX_ID] or "_"
    return "_" + report_id if report_id.startswith(("=", "+", "-", "@")) else report_id


def _report_ids(files: list[Path]) -> list[str]:
    taken: set[str] = set()
    ids = []
    for file in files:
        stem = report_id_of(file.stem)
        report_id, n = stem, 2
        while report_id.casefold() in taken:
            report_id, n = f"{stem}-{n}", n + 1
        taken.add(report_id.casefold())
        ids.append(report_id)
    return ids
