"""Reading .pdf files with pdfminer.six.

Each text box is a paragraph; its wrapped lines are joined with no separator
(Chinese has no spaces between words), paragraphs are separated by one "\\n". A
paragraph that runs over a page break comes back as two. A PDF without a usable text
layer (a scan, or fonts with no Unicode map) is read by OCR when the extra is installed.
"""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from .contract import Limits, Text, Unreadable
from .ocr import OCR, OCR_NOTE, ocr_available, ocr_pdf

# pdfminer is imported where a PDF is read: a batch of .txt reports does not pay for it.
if TYPE_CHECKING:
    from pdfminer.layout import LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument

NO_TEXT_LAYER = "PDF has no text layer (scanned image?); it needs OCR"
NO_UNICODE = "PDF text cannot be decoded (its fonts have no Unicode map); it needs OCR"

# pdfminer logs a warning for every oddity of a damaged PDF; with no handler set up
# by the application, Python would print them all to stderr. The library stays quiet;
# an application that configures logging still gets them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

_CID = regex.compile(r"\(cid:\d+\)")


def read_pdf(data: bytes, limits: Limits) -> Text:
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("not a PDF file (no %PDF header)")
    document = _open_pdf(data)
    text = "\n".join(paragraph for paragraph in _pdf_paragraphs(document) if paragraph.strip())
    if not text.strip() or _mostly_cids(text):
        problem = NO_TEXT_LAYER if not text.strip() else NO_UNICODE
        scanned = ocr_pdf(data, limits) if ocr_available() else ""
        if not scanned.strip():
            raise Unreadable(problem)
        return Text(scanned, encoding=OCR, note=OCR_NOTE)
    return Text(text)


def _open_pdf(data: bytes) -> PDFDocument:
    """The parsed PDF. One that opens with the empty password (restricted only by an
    owner password, common for published reports) is read; one that needs a user
    password is refused."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise Unreadable("PDF is encrypted (it needs a password)") from None
    except PDFEncryptionError:
        raise Unreadable("PDF is encrypted with a method that cannot be read") from None


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
