"""What every format reader takes and gives back.

A reader is ``(data: bytes, limits: Limits) -> Text``. It raises ``Unreadable``
(or ``Unsupported``) with words a person can act on; those words become the
failed Report's message, and the report's status is "failed" (or "unsupported").
"""

from __future__ import annotations

from dataclasses import dataclass

UNSUPPORTED = "unsupported"  # the status of a Report whose reader raised Unsupported

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Sizes past which a file is refused rather than read."""

    text_bytes: int = 50 * MB  # .txt, .html, .htm: read whole into memory, decoded twice
    binary_bytes: int = 100 * MB  # .docx, .pdf on disk
    unzipped_bytes: int = 200 * MB  # a .docx's members added up, unpacked (zip bombs)
    ocr_pages: int = 60  # pages of a scanned PDF read by OCR (a few seconds each)


LIMITS = Limits()


class Unreadable(Exception):
    """Raised inside the readers; its text becomes the failed Report's message."""


class Unsupported(Unreadable):
    """A file of a kind the tool does not read (or not on this machine): status "unsupported"."""


@dataclass(frozen=True)
class Text:
    """What a reader got out of a file."""

    text: str
    encoding: str = ""  # only for formats that are bytes of text (.txt, .html)
    note: str = ""  # a problem that did not stop the reading, passed on as the Report's message


def one_line(error: Exception) -> str:
    """A parser's error as one short line for a message: its type and its words."""
    words = " ".join(str(error).split())
    detail = f"{type(error).__name__}: {words}" if words else type(error).__name__
    return detail[:160]
