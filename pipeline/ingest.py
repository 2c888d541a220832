"""Ingest: find report files, turn each into text, and guess its title, town and period.

``find_reports`` lists the files to read and gives each a report id;
``read_report`` turns one file into a ``Report``. A file that cannot be read
gives a Report with status "failed" and a one-line message in plain words: bad
file content never raises, so one broken file never stops a run.

The only changes made to the text before offsets are taken are: a leading BOM
is dropped and "\\r\\n" / "\\r" become "\\n". Full-width digits, spaces and
punctuation stay as written.

Formats:
  .txt         BOM first, then UTF-16 by its zero bytes, then UTF-8, then
               charset-normalizer (GBK-family text is recorded as "gb18030").
               UTF-8 or GB18030 text with under 1% bad bytes is read with U+FFFD
               in their place, and the Report's message says so.
  .docx        python-docx: body paragraphs and tables in document order, one line
               per paragraph and per table row (cells joined by a tab); headers,
               footers, text boxes and content controls are not read. The zip is
               checked for its unpacked size first. python-docx parses the XML with
               resolve_entities=False, so external entities (XXE) are never
               fetched or substituted.
  .pdf         pdfminer.six: each text box is a paragraph; its wrapped lines are
               joined with no separator (Chinese has no spaces between words),
               paragraphs are separated by one "\\n". A paragraph that runs over
               a page break comes back as two.
  .html/.htm   BeautifulSoup: visible text only, block elements become line breaks,
               table cells are joined by a tab, blank lines are dropped.

A file is read by what its first bytes say it is when that differs from its suffix
(a PDF, Word file or web page saved as .txt, say): the Report's message says so.
A .docx whose XML declares entities (a DOCTYPE: Word never writes one) is read
without them, and its message says text may be missing.

The guesses use rules/reports.yaml; a manifest CSV (``read_manifest``) overrides them.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
import logging
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from . import periods, rules
from .figures import simplified
from .model import Report

# The format libraries are imported where a file of their format is read: a batch of .txt
# reports (the common case) does not pay the half second it takes to import them all.
if TYPE_CHECKING:
    from bs4 import Tag
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph
    from pdfminer.layout import LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument

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
UNSUPPORTED = "unsupported"
SOFFICE_TIMEOUT = 180  # seconds for one conversion

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Sizes past which a file is refused rather than read."""

    text_bytes: int = 50 * MB  # .txt, .html, .htm: read whole into memory, decoded twice
    binary_bytes: int = 100 * MB  # .docx, .pdf on disk
    unzipped_bytes: int = 200 * MB  # a .docx's members added up, unpacked (zip bombs)
    ocr_pages: int = 60  # pages of a scanned PDF read by OCR (a few seconds each)


LIMITS = Limits()

NO_TEXT_LAYER = "PDF has no text layer (scanned image?); it needs OCR"
NO_UNICODE = "PDF text cannot be decoded (its fonts have no Unicode map); it needs OCR"

# pdfminer logs a warning for every oddity of a damaged PDF; with no handler set up
# by the application, Python would print them all to stderr. The library stays quiet;
# an application that configures logging still gets them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())


class _Unreadable(Exception):
    """Raised inside the readers; its text becomes the failed Report's message."""


class _Unsupported(_Unreadable):
    """A file of a kind the tool does not read (or not on this machine): status "unsupported"."""


@dataclass(frozen=True)
class _Text:
    """What a reader got out of a file."""

    text: str
    encoding: str = ""  # only for formats that are bytes of text (.txt, .html)
    note: str = ""  # a problem that did not stop the reading, passed on as the Report's message


# --------------------------------------------------------------------------- finding files


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
        if root.is_dir():
            candidates = [(file.relative_to(root).as_posix(), file) for file in _walk(root, skip)]
        elif root.exists():
            candidates = [(root.name, root)]
        else:
            raise FileNotFoundError(f"{root}: no such file or folder")
        for relative, file in candidates:
            real = file.resolve()
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


# --------------------------------------------------------------------------- reading


def read_report(
    path: Path, report_id: str, manifest: dict[str, dict[str, str]] | None = None, *, limits: Limits = LIMITS
) -> Report:
    """The report in ``path``, or a failed Report saying in plain words why it cannot be read.

    An "ok" Report's message is empty unless the text was read despite a problem
    (a few undecodable bytes). town, period and county come from the manifest entry for the file (looked up
    by file name, then report id, then stem) where it gives them, else they are
    guessed from the title, the head of the text and the file name.
    """
    try:
        read = _read_text(path, limits)
    except _Unreadable as problem:
        status = UNSUPPORTED if isinstance(problem, _Unsupported) else "failed"
        return Report(report_id, str(path), "", status=status, message=str(problem))
    # traditional characters (鎮, 萬) are read through a simplified copy of the same length; the title stays as written
    shadow = simplified(read.text)
    guess = _guess(shadow, simplified(path.stem))
    if shadow is not read.text and guess.title:
        at = shadow.find(guess.title)
        guess = replace(guess, title=read.text[at : at + len(guess.title)])
    given = _manifest_entry(manifest or {}, path, report_id)
    return Report(
        report_id,
        str(path),
        read.text,
        encoding=read.encoding,
        title=guess.title,
        town=given.get("town") or guess.town,
        period=given.get("period") or guess.period,
        county=given.get("county") or guess.county,
        message=read.note,
        delivered=guess.delivered if given.get("period", guess.period) == guess.period else None,
    )


def _read_text(path: Path, limits: Limits) -> _Text:
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        advice = NOT_READ.get(suffix, "请另存为 .docx、.pdf 或 .txt")
        raise _Unsupported(f"unsupported file type {suffix or '(no suffix)'}: {advice}; supported: {', '.join(SUPPORTED)}")
    limit = limits.binary_bytes if suffix in (".docx", ".pdf", *CONVERTED) else limits.text_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise _Unreadable(f"file too large ({size / MB:.1f} MB > {limit / MB:g} MB limit)")
        data = path.read_bytes()
    except OSError as e:
        raise _Unreadable(f"cannot read file: {e.strerror or e}") from None
    if not data:
        raise _Unreadable("empty file")
    actual = _sniff(data)
    renamed = ""
    if actual is _read_doc and reader is _read_doc:
        actual = None  # a .doc or .wps is an OLE file as it should be
    if actual and actual != _READERS[suffix]:
        reader, renamed = actual, f"content is {_KIND[actual]}, not {suffix}"
    try:
        read = reader(data, limits)
    except _Unreadable as problem:
        raise type(problem)(f"{renamed}: {problem}" if renamed else str(problem)) from None
    except Exception as e:  # the parsers raise all kinds of errors (even OSError) on malformed input
        damaged = f"{renamed}: damaged {_KIND[actual]}" if renamed else f"damaged {suffix} file"
        raise _Unreadable(f"{damaged} ({_one_line(e)})") from None
    if renamed:
        read = replace(read, note="; ".join(filter(None, (f"{renamed}: read as {_KIND[actual]}", read.note))))
    text = read.text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _Unreadable("no text in the file (only blank space)")
    return replace(read, text=text)


def _sniff(data: bytes) -> Callable[[bytes, Limits], _Text] | None:
    """The reader for what the bytes are, by their first bytes; None for plain text (or unknown).

    Files get renamed: a PDF saved as .txt would otherwise be decoded into junk
    figures, a web page saved as .txt would keep its markup.
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return _read_pdf
    if head.startswith(b"PK\x03\x04"):
        return _read_docx
    if head.startswith(_OLE_MAGIC):
        return _read_doc
    if head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return _read_html
    return None


def _one_line(error: Exception) -> str:
    words = " ".join(str(error).split())
    detail = f"{type(error).__name__}: {words}" if words else type(error).__name__
    return detail[:160]


# .txt -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Mainland reports that are not Unicode are GB2312/GBK/GB18030; GB18030 is the
# superset and decodes the other two identically, so one name is recorded.
_GB_FAMILY = {"gb2312", "gbk", "gb18030"}
_SAMPLE = 64 * 1024
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _read_txt(data: bytes, limits: Limits) -> _Text:
    return _decode(data)


def _decode(data: bytes) -> _Text:
    """The text, with the lower-case name of the encoding it was read with."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _Text(_strict(data[len(bom) :], codec, f"not valid {name} text after its byte-order mark"), name)
    name = _utf16_by_zero_bytes(data) or ("utf-8" if _is_utf8(data) else _detect(data))
    if name is None:
        return _decode_damaged(data)
    text = _strict(data, name, "not a text file (binary content)")
    if _looks_binary(text):
        raise _Unreadable("not a text file (binary content)")
    if name.startswith(("utf", "ascii")) or name in _GB_FAMILY:
        return _Text(text, name)
    return _Text(text, name, f"encoding guessed as {name} (not UTF-8 or GBK); check the text is not garbled")


def _strict(data: bytes, codec: str, problem: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise _Unreadable(problem) from None


def _utf16_by_zero_bytes(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by where its zero bytes fall.

    ASCII characters and line ends are a zero byte plus the character, the zero
    second in little-endian and first in big-endian. CJK characters rarely have
    a zero byte (一 U+4E00 does), hence a clear majority rather than all.
    """
    if len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 2 * even:
        return "utf-16-le"
    if even > 2 * odd:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    names = [_canonical(match.encoding) for match in from_bytes(data)]
    if not names:
        return None
    # On short texts charset-normalizer often ranks a Korean or Japanese code page
    # above GB18030 although both decode; for mainland reports GB18030 is right.
    return "gb18030" if "gb18030" in names else names[0]


def _canonical(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return "gb18030" if name in _GB_FAMILY else name


def _decode_damaged(data: bytes) -> _Text:
    """UTF-8 or GB18030 text with a few bad bytes (a damaged copy, a stray character
    pasted from another encoding) is read anyway, the bad bytes shown as U+FFFD,
    and the report says so. More than 1% bad is junk or an encoding we do not know."""
    candidates = []
    for codec in ("utf-8", "gb18030"):  # on a tie, UTF-8
        text = data.decode(codec, errors="replace")
        candidates.append((text.count("\ufffd"), codec, text))
    bad, codec, text = min(candidates, key=lambda candidate: candidate[0])
    if bad * 100 > len(text) or _looks_binary(text):
        raise _Unreadable("not a text file (binary content or an unknown encoding)")
    return _Text(text, codec, f"damaged text: {bad} undecodable byte sequence(s) shown as U+FFFD")


def _looks_binary(text: str) -> bool:
    """More than 1% control characters (NUL included) in the first 64K characters."""
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) > len(sample) // 100


# .html ------------------------------------------------------------------------------

_DECLARED_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_HIDDEN = {"head", "script", "style", "noscript", "template", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
}  # fmt: skip
_CELLS = ["td", "th"]
_HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")  # HTML's own whitespace; &nbsp; and U+3000 are text
_SPACES_AROUND_TAB = regex.compile(r" *\t *")


def _read_html(data: bytes, limits: Limits) -> _Text:
    markup = _decode_html(data)
    return replace(markup, text=_visible_text(markup.text))


def _decode_html(data: bytes) -> _Text:
    """Decode with the <meta> charset when it is there and right, else as a .txt file."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared and not data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        try:
            name = _canonical(declared.group(1).decode("ascii"))
            return _Text(data.decode(name), name)
        except (LookupError, UnicodeDecodeError):
            pass  # pages often declare a charset they are not in: detect instead
    return _decode(data)


def _visible_text(markup: str) -> str:
    from bs4 import BeautifulSoup, CData, NavigableString, Tag

    parts: list[str] = []
    # An explicit stack, not recursion: deeply nested pages must not hit the recursion limit.
    stack: list[object] = [BeautifulSoup(markup, "html.parser")]
    while stack:
        node = stack.pop()
        if type(node) is str:  # a line break queued for the end of a block element
            parts.append(node)
        elif isinstance(node, Tag):
            _open_tag(node, parts, stack)
        elif type(node) in (NavigableString, CData):  # not comments, doctypes, ...
            parts.append(_HTML_SPACE.sub(" ", node))
    lines = (_SPACES_AROUND_TAB.sub("\t", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _open_tag(tag: Tag, parts: list[str], stack: list[object]) -> None:
    if tag.name in _HIDDEN:
        return
    if tag.name == "br":
        parts.append("\n")
        return
    if tag.name in _CELLS and tag.find_previous_sibling(_CELLS):
        parts.append("\t")
    if tag.name in _BLOCKS:
        parts.append("\n")
        stack.append("\n")
    stack.extend(reversed(tag.contents))


# .docx ------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CELL_BREAKS = regex.compile(r"\s*[\t\n]\s*")


def _read_docx(data: bytes, limits: Limits) -> _Text:
    import docx

    _check_docx_zip(data, limits)
    doctype = _docx_doctype_note(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:
        if doctype:  # libxml2 refuses entities that amplify without bound (billion laughs)
            detail = _one_line(e).split(",")[0][:80]  # XMLSyntaxError: Maximum entity amplification factor exceeded
            raise _Unreadable(f"refused: {doctype.split(';')[0]} that cannot be parsed ({detail})") from None
        raise
    text = "\n".join(_block_text(block) for block in document.iter_inner_content())
    return _Text(text, note=doctype)


def _docx_doctype_note(data: bytes) -> str:
    """Word never writes a DOCTYPE; one that declares entities is a crafted file (XXE).

    The entities are neither fetched nor expanded (python-docx parses with
    resolve_entities=False, lxml with no_network), so the text they stand for is
    missing: the report says so rather than reading short in silence.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            if member.filename.endswith((".xml", ".rels")):
                with archive.open(member) as part:
                    head = part.read(4096)  # a DOCTYPE comes before the root element
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    return f"{member.filename} declares XML entities (<!DOCTYPE>); not expanded, text around them may be missing"
    return ""


def _check_docx_zip(data: bytes, limits: Limits) -> None:
    """Refuse what is not a .docx zip, and zip bombs, before python-docx unpacks anything.

    The sizes checked are the ones the zip declares; zipfile never inflates a
    member past its declared size, so a lying header cannot get around the limit.
    """
    if data.startswith(_OLE_MAGIC):
        raise _Unreadable("not a .docx but an old-format .doc or a password-protected Word file; save it as a plain .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise _Unreadable("damaged .docx (not a zip archive)") from None
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.unzipped_bytes:
        raise _Unreadable(
            f"refused: .docx unpacks to {unpacked / MB:.0f} MB (> {limits.unzipped_bytes / MB:g} MB limit; zip bomb?)"
        )
    if "[Content_Types].xml" not in {member.filename for member in members}:
        raise _Unreadable("not a Word document (a zip archive without [Content_Types].xml)")


def _block_text(block: Paragraph | Table) -> str:
    from docx.text.paragraph import Paragraph

    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(_row_text(row) for row in block.rows)


def _row_text(row: _Row) -> str:
    """One table row as one line. A cell spanning columns is listed once per column
    by python-docx, as the same object; it is kept once. A cell spanning rows is
    repeated on each row, as python-docx gives it, so each row reads on its own."""
    cells: list[_Cell] = []
    for cell in row.cells:
        if not cells or cell is not cells[-1]:
            cells.append(cell)
    return "\t".join(_cell_text(cell) for cell in cells)


def _cell_text(cell: _Cell) -> str:
    # Paragraphs and nested tables inside a cell are joined by spaces: the cell has to stay on its row's line.
    parts = (_block_text(block) for block in cell.iter_inner_content())
    return _CELL_BREAKS.sub(" ", " ".join(part for part in parts if part)).strip()


# .doc, .wps --------------------------------------------------------------------------


def soffice() -> str | None:
    """The LibreOffice command on this machine, or None."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def _read_doc(data: bytes, limits: Limits) -> _Text:
    """An old-format Word (or WPS) file, converted to .docx by headless LibreOffice, then read as one.

    Each conversion runs in a fresh temporary folder with its own LibreOffice profile, so parallel
    workers do not share (and lock) one. A password-protected .docx is an OLE file too: LibreOffice
    cannot open it and the message says so.
    """
    import subprocess
    import tempfile

    if not data.startswith((_OLE_MAGIC, b"{\\rtf")):  # Word's binary format, or RTF saved as .doc
        raise _Unreadable("not an old-format Word or WPS file (its first bytes say otherwise)")
    office = soffice()
    if office is None:
        raise _Unsupported("旧版 Word/WPS 文件（.doc/.wps）需要 LibreOffice 才能读取：请安装 LibreOffice"
                           "（make libreoffice），或用 Word/WPS 另存为 .docx")
    with tempfile.TemporaryDirectory(prefix="zhibiao-doc-") as folder:
        source = Path(folder) / "report.doc"
        source.write_bytes(data)
        try:
            done = subprocess.run(
                [office, "--headless", "--norestore", f"-env:UserInstallation={Path(folder, 'profile').as_uri()}",
                 "--convert-to", "docx", "--outdir", str(Path(folder, "out")), str(source)],
                capture_output=True, timeout=SOFFICE_TIMEOUT, stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise _Unreadable(f"LibreOffice did not convert the file within {SOFFICE_TIMEOUT} s; 请另存为 .docx") from None
        converted = Path(folder, "out", "report.docx")
        if done.returncode != 0 or not converted.is_file():
            raise _Unreadable("LibreOffice cannot open this Word file (password-protected or damaged?); "
                              "请用 Word/WPS 打开并另存为 .docx")
        return _read_docx(converted.read_bytes(), limits)


# .pdf -------------------------------------------------------------------------------

_CID = regex.compile(r"\(cid:\d+\)")


def _read_pdf(data: bytes, limits: Limits) -> _Text:
    if b"%PDF-" not in data[:1024]:
        raise _Unreadable("not a PDF file (no %PDF header)")
    document = _open_pdf(data)
    text = "\n".join(paragraph for paragraph in _pdf_paragraphs(document) if paragraph.strip())
    if not text.strip() or _mostly_cids(text):
        problem = NO_TEXT_LAYER if not text.strip() else NO_UNICODE
        scanned = _ocr_pdf(data, limits) if ocr_available() else ""
        if not scanned.strip():
            raise _Unreadable(problem)
        return _Text(scanned, encoding=OCR, note=OCR_NOTE)
    return _Text(text)


# OCR (the optional extra zhibiao[ocr]): a PDF without a usable text layer is rendered page by page
# (pypdfium2) and read by RapidOCR, whose detection and recognition models ship inside its wheel:
# nothing is downloaded at run time. The Report's encoding says "ocr" and its figures are marked.
OCR = "ocr"
OCR_NOTE = "text read by OCR from a scanned PDF: check the figures against the page"
OCR_SCALE = 2  # render at 144 dpi: small print in scans needs it
OCR_SAME_LINE = 0.5  # boxes whose tops differ by less than half a line height are one line


def ocr_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr_onnxruntime", "pypdfium2"))


@functools.cache
def _ocr_engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def _ocr_pdf(data: bytes, limits: Limits) -> str:
    """The text of each page of a scanned PDF, line by line, in reading order."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    pages = []
    try:
        for number in range(min(len(document), limits.ocr_pages)):
            image = document[number].render(scale=OCR_SCALE).to_pil()
            boxes, _ = _ocr_engine()(image)
            pages.append("\n".join(_ocr_lines(boxes or [])))
    finally:
        document.close()
    return "\n".join(page for page in pages if page)


def _ocr_lines(boxes: list) -> list[str]:
    """Recognised boxes ([corners, text, score]) joined into lines: top to bottom, left to right."""
    lines: list[list[tuple[float, float, str]]] = []
    for corners, text, _score in sorted(boxes, key=lambda box: (box[0][0][1], box[0][0][0])):
        top, left = corners[0][1], corners[0][0]
        height = max(1.0, corners[3][1] - corners[0][1])
        if lines and abs(lines[-1][0][0] - top) < OCR_SAME_LINE * height:
            lines[-1].append((top, left, text))
        else:
            lines.append([(top, left, text)])
    return [" ".join(text for _, _, text in sorted(line, key=lambda item: item[1])) for line in lines]


def _open_pdf(data: bytes) -> PDFDocument:
    """The parsed PDF. One that opens with the empty password (restricted only by an
    owner password, common for published reports) is read; one that needs a user
    password is refused."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise _Unreadable("PDF is encrypted (it needs a password)") from None
    except PDFEncryptionError:
        raise _Unreadable("PDF is encrypted with a method that cannot be read") from None


def _pdf_paragraphs(document: PDFDocument) -> Iterator[str]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    resources = PDFResourceManager()
    # all_texts: text inside form XObjects (LTFigure) is laid out into boxes too.
    device = PDFPageAggregator(resources, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        yield from _box_paragraphs(device.get_result())


def _box_paragraphs(container: object) -> Iterator[str]:
    from pdfminer.layout import LTFigure, LTTextBox

    for item in container:
        if isinstance(item, LTTextBox):
            yield from _reflow(item)
        elif isinstance(item, LTFigure):
            yield from _box_paragraphs(item)


def _reflow(box: LTTextBox) -> Iterator[str]:
    """A text box's wrapped lines joined back into paragraphs.

    pdfminer groups lines by spacing only, so a box can hold several paragraphs
    when a document uses no extra space between them. A horizontal line that
    stops well short of the box's right edge, or a next line that is indented,
    ends a paragraph.
    """
    from pdfminer.layout import LTTextBoxHorizontal, LTTextLine

    lines = [line for line in box if isinstance(line, LTTextLine)]
    paragraph = ""
    for line, following in itertools.zip_longest(lines, lines[1:]):
        paragraph += line.get_text().removesuffix("\n")
        if following is None or (isinstance(box, LTTextBoxHorizontal) and _ends_paragraph(line, following, box)):
            yield paragraph
            paragraph = ""


def _ends_paragraph(line: LTTextLine, following: LTTextLine, box: LTTextBox) -> bool:
    em = line.height  # about one character's width in CJK text
    return line.x1 < box.x1 - 2 * em or following.x0 > box.x0 + em


def _mostly_cids(text: str) -> bool:
    """pdfminer writes "(cid:123)" for each glyph it cannot map to a character."""
    covered = sum(len(match) for match in _CID.findall(text))
    return covered * 2 > len("".join(text.split()))


_READERS: dict[str, Callable[[bytes, Limits], _Text]] = {
    ".txt": _read_txt,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
    ".doc": _read_doc,
    ".wps": _read_doc,
}
_KIND = {_read_txt: "text", _read_docx: "Word", _read_pdf: "PDF", _read_html: "HTML", _read_doc: "old-format Word (.doc)"}


# --------------------------------------------------------------------------- manifest

MANIFEST_COLUMNS = ("file", "town", "period", "county")


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """The manifest CSV as {file name or stem: {field: value}}, empty values left out.

    Columns: file (required), town, period, county, in any order. The file is
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
            if any(cell.strip() for cell in row):
                name, entry = _manifest_row(path, reader.line_num, header, row)
                if name in rows:
                    first = rows[name]
                    raise ValueError(f"{path}: row {reader.line_num}: {name} is listed twice (first in row {first})")
                rows[name] = reader.line_num
                entries[name] = entry
    except csv.Error as e:
        raise ValueError(f"{path}: row {reader.line_num}: not valid CSV ({e})") from None
    return entries | _stem_keys(entries)


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
        raise ValueError(f"{path}: row {line}: period {period!r} is not like 2025, 2025H1, 2025Q3 or 2025M1-M10")
    return name, {column: value for column, value in values.items() if value}


def _stem_keys(entries: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    stems = Counter(Path(name).stem for name in entries)
    return {
        Path(name).stem: entry
        for name, entry in entries.items()
        if stems[Path(name).stem] == 1 and Path(name).stem not in entries
    }


def _manifest_entry(manifest: dict[str, dict[str, str]], path: Path, report_id: str) -> dict[str, str]:
    for key in (path.name, report_id, path.stem):
        if key in manifest:
            return manifest[key]
    return {}


# --------------------------------------------------------------------------- guesses


@dataclass(frozen=True)
class _ReportRules:
    title_max: int
    title_words: tuple[str, ...]
    not_title: regex.Pattern
    head_lines: int
    head_chars: int
    suffixes: tuple[str, ...]
    name_min: int
    name_max: int
    followers: tuple[str, ...]
    stop_words: tuple[str, ...]
    not_endings: tuple[str, ...]
    cut: regex.Pattern
    county_suffixes: tuple[str, ...]
    periods: tuple[regex.Pattern, ...]
    name_periods: tuple[regex.Pattern, ...]
    first_year: regex.Pattern
    date_line: regex.Pattern
    early_months: int
    review: regex.Pattern
    review_chars: int


_PERIOD_GROUPS = {"year", "delivered", "m1", "m2", "quarters", "quarter", "half"}


@rules.cached
def _report_rules() -> _ReportRules:
    data = rules.load("reports")
    title = rules.need("reports", data, "title", dict)
    head = rules.need("reports", data, "head", dict)
    town = rules.need("reports", data, "town", dict)
    period = rules.need("reports", data, "period", dict)
    return _ReportRules(
        title_max=rules.need("reports", title, "max_length", int, "title"),
        title_words=rules.words("reports", title, "words", "title"),
        not_title=_pattern(title, "title", "not_title"),
        head_lines=rules.need("reports", head, "max_lines", int, "head"),
        head_chars=rules.need("reports", head, "max_chars", int, "head"),
        suffixes=rules.words("reports", town, "suffixes", "town"),
        name_min=rules.need("reports", town, "min_length", int, "town"),
        name_max=rules.need("reports", town, "max_length", int, "town"),
        followers=rules.words("reports", town, "followers", "town"),
        stop_words=rules.words("reports", town, "stop_words", "town"),
        not_endings=rules.words("reports", town, "not_endings", "town"),
        cut=_pattern(town, "town", "cut"),
        county_suffixes=rules.words("reports", town, "county_suffixes", "town"),
        periods=_period_patterns(period, "patterns"),
        name_periods=_period_patterns(period, "name_patterns"),
        first_year=_year_pattern(period),
        date_line=_pattern(period, "period", "date_line"),
        early_months=rules.need("reports", period, "early_months", int, "period"),
        review=_pattern(period, "period", "review"),
        review_chars=rules.need("reports", period, "review_chars", int, "period"),
    )


def _pattern(data: dict, where: str, key: str) -> regex.Pattern:
    return rules.compile_pattern("reports", f"{where}.{key}", rules.need("reports", data, key, str, where))


def _period_patterns(period: dict, key: str) -> tuple[regex.Pattern, ...]:
    compiled = []
    for i, text in enumerate(rules.words("reports", period, key, "period")):
        where = f"period.{key}[{i}]"
        pattern = rules.compile_pattern("reports", where, text)
        unknown = set(pattern.groupindex) - _PERIOD_GROUPS
        if unknown:
            raise rules.RuleError(f"rules/reports.yaml: {where}: unknown group {sorted(unknown)[0]!r}")
        compiled.append(pattern)
    return tuple(compiled)


def _year_pattern(period: dict) -> regex.Pattern:
    pattern = _pattern(period, "period", "first_year")
    if "year" not in pattern.groupindex:
        raise rules.RuleError("rules/reports.yaml: period.first_year: needs a group named year")
    return pattern


@dataclass(frozen=True)
class _Guess:
    title: str
    town: str | None
    county: str | None
    period: str | None
    delivered: int | None = None


def _guess(text: str, stem: str) -> _Guess:
    r = _report_rules()
    leading = list(itertools.islice(_nonblank_lines(text), r.head_lines))
    title = _title(leading[0] if leading else "", r)
    places = (("title", _plain(title)), ("head", _plain("\n".join(leading)[: r.head_chars])), ("name", _plain(stem)))
    chain = next(filter(None, (_place_chain(source, r) for _, source in places)), ())
    county = chain[-2] if len(chain) > 1 and chain[-2].endswith(r.county_suffixes) else None
    period, delivered = _period(places, text, r)
    return _Guess(title, chain[-1] if chain else None, county, period, delivered)


def _nonblank_lines(text: str) -> Iterator[str]:
    for match in regex.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if line:
            yield line


def _title(line: str, r: _ReportRules) -> str:
    """The first non-empty line when it reads as a title: short, with a report word, not a heading."""
    if len(line) <= r.title_max and any(word in line for word in r.title_words) and not r.not_title.match(line):
        return line
    return ""


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CHINESE_YEAR = regex.compile(r"[〇零一二三四五六七八九]{4}(?=\s*年)")


def _plain(text: str) -> str:
    """A copy for matching only: ２０２５年 and 二〇二五年 read as 2025年."""
    text = text.translate(_FULL_WIDTH_DIGITS)
    return _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)


def _place_chain(source: str, r: _ReportRules) -> tuple[str, ...]:
    """The first place name in ``source``, as a chain from the widest level down (青溪县, 统溪河镇)."""
    for piece in r.cut.split(source):
        chain = _names_at(piece, r)
        if chain:
            return chain
    return ()


def _names_at(piece: str, r: _ReportRules, depth: int = 3) -> tuple[str, ...]:
    """Names that open ``piece`` and run to its end or to a follower word, shortest first.

    A name followed by something else still counts when that something is
    itself a name (the 统溪河镇 in 青溪县统溪河镇); ``depth`` caps the levels so
    text like 镇镇镇镇 cannot make the search blow up.
    """
    for end in range(r.name_min, min(len(piece), r.name_max) + 1):
        name = piece[:end]
        if not _is_name(name, r):
            continue
        rest = piece[end:]
        if not rest or rest.startswith(r.followers):
            return (name,)
        more = _names_at(rest, r, depth - 1) if depth > 1 else ()
        if more:
            return (name, *more)
    return ()


def _is_name(name: str, r: _ReportRules) -> bool:
    has_suffix = name[1:].endswith(r.suffixes)  # a suffix, and something before it
    return has_suffix and not name.startswith(r.stop_words) and not name.endswith(r.not_endings)


def _period(places: tuple[tuple[str, str], ...], text: str, r: _ReportRules) -> tuple[str | None, int | None]:
    """The report's period, and the year it was delivered in when that is after the period.

    A 政府工作报告 delivered early in year Y (its title 2021年政府工作报告, a date line
    ——2021年1月20日在…人民代表大会) reviews Y-1, unless its first heading names the year it
    reviews (一、2021年工作回顾), which wins.
    """
    for where, source in places:
        patterns = r.periods + (r.name_periods if where == "name" else ())
        # In running text a bare 上半年 or 1-6月 may be anything; only a title or a file name is trusted without a year.
        match = _first_match(patterns, source, needs_year=where == "head")
        if not match:
            continue
        found = {name: value for name, value in match.groupdict().items() if value}
        delivered = int(found.pop("delivered")) if "delivered" in found else None
        if delivered is not None:
            found["year"] = str(delivered - 1)
        year = found.get("year") or _first_year(text, r)
        period = _resolved(found, year) if year else None
        if period is not None:
            return _reviewed(period, delivered, places, text, r)
    return _reviewed(None, None, places, text, r)


def _reviewed(period: str | None, delivered: int | None, places: tuple[tuple[str, str], ...], text: str,
              r: _ReportRules) -> tuple[str | None, int | None]:
    """A year's period checked against the date line of the speech and the first heading's year."""
    if period is not None and not periods.span(period).whole_year:
        return period, delivered
    head = dict(places)["head"]
    line = r.date_line.search(head)
    if line:
        year = int(line["year"])
        delivered = year if int(line["month"]) <= r.early_months else None
        period = str(year - 1) if delivered else str(year)
    reviewed = r.review.search(_plain(text[: r.review_chars]))
    if reviewed and period is not None:
        period = reviewed["year"]
        delivered = delivered if delivered and delivered > int(period) else None
    return period, delivered


def _first_match(patterns: tuple[regex.Pattern, ...], source: str, needs_year: bool) -> regex.Match | None:
    """The match that starts first; at the same start, the one from the earlier pattern."""
    best: tuple[int, int, regex.Match] | None = None
    for rank, pattern in enumerate(patterns):
        for match in pattern.finditer(source):
            if needs_year and not (match.groupdict().get("year") or match.groupdict().get("delivered")):
                continue
            if best is None or (match.start(), rank) < best[:2]:
                best = (match.start(), rank, match)
            break
    return best[2] if best else None


def _resolved(found: dict[str, str], year: str) -> str | None:
    """The period the groups of a report pattern name, in ``year`` (1-6月 is 2025H1, 1-10月 2025M1-M10)."""
    s = periods.resolve(found | {"year": year}, None)
    return periods.code(s) if s else None


def _first_year(text: str, r: _ReportRules) -> str | None:
    match = r.first_year.search(_plain(text))
    return match.group("year") if match else None
