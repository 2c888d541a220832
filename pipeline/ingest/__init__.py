"""Ingest: find report files, turn each into text, and guess its title, town and period.

``find_reports`` lists the files to read and gives each a report id;
``read_report`` turns one file into a ``Report``. A file that cannot be read
gives a Report with status "failed" and a one-line message in plain words: bad
file content never raises, so one broken file never stops a run.

The only changes made to the text before offsets are taken are: a leading BOM
is dropped and "\\r\\n" / "\\r" become "\\n". Full-width digits, spaces and
punctuation stay as written.

The modules, along the stage's seams:
  discover     finding the files under the folders given, and their report ids
  report       one file turned into a Report (text, guesses, manifest)
  formats      which suffixes are read, and the reader for a file by its suffix or first bytes
  contract     what a reader takes and gives: Limits, Text, Unreadable, Unsupported
  plain_text   .txt: the encoding worked out and the bytes decoded
  web_page     .html/.htm: visible text by BeautifulSoup
  word         .docx: paragraphs and table rows by python-docx, zip bombs and XXE refused
  old_word     .doc/.wps: converted to .docx by headless LibreOffice
  pdf          .pdf: paragraphs by pdfminer.six
  ocr          a scanned PDF read by RapidOCR (the optional extra zhibiao[ocr])
  manifest     the manifest CSV that overrides the guesses
  guess        the title, town, county and period guessed by rules/reports.yaml

The format libraries are imported where a file of their format is read: a batch of
.txt reports (the common case) does not pay the half second it takes to import them all.
"""

from .contract import LIMITS, MB, UNSUPPORTED, Limits
from .discover import MAX_ID, find_reports, report_id_of
from .formats import CONVERTED, NOT_READ, SUPPORTED
from .manifest import MANIFEST_COLUMNS, read_manifest
from .ocr import OCR, OCR_NOTE, ocr_available
from .old_word import SOFFICE_TIMEOUT, soffice
from .pdf import NO_TEXT_LAYER, NO_UNICODE
from .report import read_report

__all__ = [
    "CONVERTED", "LIMITS", "MANIFEST_COLUMNS", "MAX_ID", "MB", "NOT_READ", "NO_TEXT_LAYER", "NO_UNICODE", "OCR",
    "OCR_NOTE", "SOFFICE_TIMEOUT", "SUPPORTED", "UNSUPPORTED", "Limits", "find_reports", "ocr_available",
    "read_manifest", "read_report", "report_id_of", "soffice",
]  # fmt: skip
