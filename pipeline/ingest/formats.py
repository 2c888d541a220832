"""Which files are read, and by which reader.

A file is read by its suffix, unless its first bytes say it is something else (a
PDF, Word file or web page saved as .txt, say): then it is read as what it is and
the Report's message says so. Every reader's text has a leading BOM dropped and
"\\r\\n" / "\\r" turned into "\\n"; nothing else is changed before offsets are taken
(full-width digits, spaces and punctuation stay as written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .contract import MB, Limits, Text, Unreadable, Unsupported, one_line
from .old_word import read_doc
from .pdf import read_pdf
from .plain_text import read_txt
from .web_page import read_html
from .word import OLE_MAGIC, read_docx

SUPPORTED = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".wps")
# .doc and .wps (Word 97-2003 and WPS) are read by converting them to .docx with LibreOffice
# (soffice), when it is installed (`make libreoffice`).
CONVERTED = (".doc", ".wps")
# Files of kinds reports arrive in that are not read: listed in reports.csv with status
# "unsupported" and what to do, rather than left out in silence.
NOT_READ = {
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"),
                    "图片（扫描件）不能读取：请用带文字层的 PDF 或另存为 .docx"),
    **dict.fromkeys((".xls", ".xlsx", ".et", ".csv", ".ods"), "表格文件不作为报告读取：请将报告另存为 .docx"),
    **dict.fromkeys((".ppt", ".pptx", ".dps"), "演示文稿不能读取：请将报告另存为 .docx"),
    **dict.fromkeys((".rtf", ".odt", ".wpt", ".dot", ".dotx", ".docm"), "此格式不能直接读取：请用 Word 或 WPS 另存为 .docx"),
    **dict.fromkeys((".ofd", ".caj", ".xps"), "版式文件（OFD/CAJ/XPS）不能读取：请另存为 PDF 或 .docx"),
    **dict.fromkeys((".zip", ".rar", ".7z"), "压缩包不能读取：请先解压"),
}


def read_text(path: Path, limits: Limits) -> Text:
    """The text of the file at ``path``, by the reader its suffix or its first bytes call for; raises Unreadable."""
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        advice = NOT_READ.get(suffix, "请另存为 .docx、.pdf 或 .txt")
        raise Unsupported(f"unsupported file type {suffix or '(no suffix)'}: {advice}; supported: {', '.join(SUPPORTED)}")
    limit = limits.binary_bytes if suffix in (".docx", ".pdf", *CONVERTED) else limits.text_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise Unreadable(f"file too large ({size / MB:.1f} MB > {limit / MB:g} MB limit)")
        data = path.read_bytes()
    except OSError as e:
        raise Unreadable(f"cannot read file: {e.strerror or e}") from None
    if not data:
        raise Unreadable("empty file")
    actual = _sniff(data)
    renamed = ""
    if actual is read_doc and reader is read_doc:
        actual = None  # a .doc or .wps is an OLE file as it should be
    if actual and actual != _READERS[suffix]:
        reader, renamed = actual, f"content is {_KIND[actual]}, not {suffix}"
    try:
        read = reader(data, limits)
    except Unreadable as problem:
        raise type(problem)(f"{renamed}: {problem}" if renamed else str(problem)) from None
    except Exception as e:  # the parsers raise all kinds of errors (even OSError) on malformed input
        damaged = f"{renamed}: damaged {_KIND[actual]}" if renamed else f"damaged {suffix} file"
        raise Unreadable(f"{damaged} ({one_line(e)})") from None
    if renamed:
        read = replace(read, note="; ".join(filter(None, (f"{renamed}: read as {_KIND[actual]}", read.note))))
    text = read.text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Unreadable("no text in the file (only blank space)")
    return replace(read, text=text)


def _sniff(data: bytes) -> Callable[[bytes, Limits], Text] | None:
    """The reader for what the bytes are, by their first bytes; None for plain text (or unknown).

    Files get renamed: a PDF saved as .txt would otherwise be decoded into junk
    figures, a web page saved as .txt would keep its markup.
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return read_pdf
    if head.startswith(b"PK\x03\x04"):
        return read_docx
    if head.startswith(OLE_MAGIC):
        return read_doc
    if head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return read_html
    return None


_READERS: dict[str, Callable[[bytes, Limits], Text]] = {
    ".txt": read_txt,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
    ".doc": read_doc,
    ".wps": read_doc,
}
_KIND = {read_txt: "text", read_docx: "Word", read_pdf: "PDF", read_html: "HTML", read_doc: "old-format Word (.doc)"}
