"""Reading .docx files with python-docx.

Body paragraphs and tables in document order, one line per paragraph and per table
row (cells joined by a tab); headers, footers, text boxes and content controls are
not read. The zip is checked for its unpacked size first. python-docx parses the XML
with resolve_entities=False, so external entities (XXE) are never fetched or
substituted; a .docx whose XML declares entities (a DOCTYPE: Word never writes one)
is read without them, and its message says text may be missing.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import regex

from .contract import MB, Limits, Text, Unreadable, one_line

# python-docx is imported where a .docx is read: a batch of .txt reports does not pay for it.
if TYPE_CHECKING:
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CELL_BREAKS = regex.compile(r"\s*[\t\n]\s*")


def read_docx(data: bytes, limits: Limits) -> Text:
    import docx

    _check_docx_zip(data, limits)
    doctype = _docx_doctype_note(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:
        if doctype:  # libxml2 refuses entities that amplify without bound (billion laughs)
            detail = one_line(e).split(",")[0][:80]  # XMLSyntaxError: Maximum entity amplification factor exceeded
            raise Unreadable(f"refused: {doctype.split(';')[0]} that cannot be parsed ({detail})") from None
        raise
    text = "\n".join(_block_text(block) for block in document.iter_inner_content())
    return Text(text, note=doctype)


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
    if data.startswith(OLE_MAGIC):
        raise Unreadable("not a .docx but an old-format .doc or a password-protected Word file; save it as a plain .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise Unreadable("damaged .docx (not a zip archive)") from None
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.unzipped_bytes:
        raise Unreadable(
            f"refused: .docx unpacks to {unpacked / MB:.0f} MB (> {limits.unzipped_bytes / MB:g} MB limit; zip bomb?)"
        )
    if "[Content_Types].xml" not in {member.filename for member in members}:
        raise Unreadable("not a Word document (a zip archive without [Content_Types].xml)")


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
