#!/usr/bin/env python3
"""Render the gold texts (tests/gold/texts/*.txt, UTF-8) into the sample corpus in corpora/.

Usage: python tests/gold/make_corpus.py

Each text is written in the format the table below gives, so that the ingest
stage is exercised on every format and encoding while its output can be
checked against the text it came from (tests/test_ingest.py does that).
Output is deterministic: fixed dates and metadata in .docx (core properties,
zip entry times) and .pdf (reportlab invariant mode), so re-running gives
identical bytes. Texts not written yet are skipped with a note.

What a format cannot carry back exactly: .pdf and .html lose blank lines and
spaces at line ends; a .pdf paragraph longer than a page is split across pages
and so comes back as two lines.
"""

from __future__ import annotations

import codecs
import datetime
import functools
import html
import io
import sys
import zipfile
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
CORPUS = HERE.parent.parent / "corpora"

# report id -> how it is written
FORMATS = {
    "tongxihe-2025h1": "utf-8",
    "baishi-2024h2": "utf-8",
    "baishi-2025h1": "docx",
    "longtan-2025h1": "gbk",
    "longtan-2025": "utf-8-bom",
    "taoyuan-2025h1": "pdf",
    "shimen-2025h1": "utf-16-le-bom",
    "shimen-2024h2": "html",
    "hexi-2025h1": "gb18030",
    "yunfeng-2025h1": "utf-8-crlf",
    "qingxi-2025": "utf-8",
}

FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)

PDF_FONT = "STSong-Light"
PDF_SIZE = 11  # points
PDF_LEADING = 16  # between the wrapped lines of one paragraph
PDF_GAP = 12  # extra space between paragraphs, so pdfminer puts each in its own text box
PDF_MARGIN = 56
# STSong-Light's UniGB-UCS2-H CMap has no code for U+00B7 (the · in 党建引领·连村联创);
# GB's middle dot is reached through U+30FB, which pdfminer maps back to U+00B7.
PDF_GLYPHS = str.maketrans({"\u00b7": "\u30fb"})


def render(text: str, fmt: str, title: str) -> bytes:
    """The file content for ``text`` in format ``fmt``."""
    if fmt == "docx":
        return render_docx(text, title)
    if fmt == "pdf":
        return render_pdf(text, title)
    if fmt == "html":
        return render_html(text, title)
    if fmt == "utf-8-crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if fmt == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if fmt == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(fmt)


def suffix(fmt: str) -> str:
    return {"docx": ".docx", "pdf": ".pdf", "html": ".html"}.get(fmt, ".txt")


def render_docx(text: str, title: str) -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "zhibiao", "zhibiao"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip_times(out.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same zip with every entry dated ZIP_TIME (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            target.writestr(zipfile.ZipInfo(member.filename, ZIP_TIME), source.read(member), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def render_pdf(text: str, title: str = "", encrypt: str | None = None) -> bytes:
    """A4 pages, one paragraph per text line, wrapped at the margin; a paragraph is moved
    whole to the next page when it does not fit, so each stays one text box."""
    register_font()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1, encrypt=encrypt)
    pdf.setTitle(title)
    pdf.setAuthor("zhibiao")
    width, height = A4
    top, bottom = height - PDF_MARGIN, PDF_MARGIN
    y = top
    pdf.setFont(PDF_FONT, PDF_SIZE)
    for paragraph in text.split("\n"):
        lines = wrap(paragraph.translate(PDF_GLYPHS), width - 2 * PDF_MARGIN)
        if y - len(lines) * PDF_LEADING < bottom and y < top:
            pdf.showPage()
            pdf.setFont(PDF_FONT, PDF_SIZE)
            y = top
        for line in lines:
            if y - PDF_LEADING < bottom:  # a paragraph longer than a page
                pdf.showPage()
                pdf.setFont(PDF_FONT, PDF_SIZE)
                y = top
            pdf.drawString(PDF_MARGIN, y - PDF_SIZE, line)
            y -= PDF_LEADING
        y -= PDF_GAP
    pdf.save()
    return out.getvalue()


@functools.cache
def register_font() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def wrap(paragraph: str, width: float) -> list[str]:
    """Break anywhere a line is full, as Chinese typesetting does."""
    register_font()
    lines, line, used = [], "", 0.0
    for char in paragraph:
        advance = pdfmetrics.stringWidth(char, PDF_FONT, PDF_SIZE)
        if line and used + advance > width:
            lines.append(line)
            line, used = "", 0.0
        line += char
        used += advance
    lines.append(line)
    return lines


def render_html(text: str, title: str) -> bytes:
    """A page with the text as <p> elements, plus a script and a style that must not leak into the text."""
    body = "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n"))
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        "<style>p { text-indent: 2em; }</style>\n"
        "</head>\n<body>\n"
        "<script>var visits = 1024; document.title += '（' + visits + '）';</script>\n"
        f'<div class="content">\n{body}\n</div>\n'
        "</body>\n</html>\n"
    )
    return page.encode("utf-8")


def main() -> int:
    CORPUS.mkdir(exist_ok=True)
    for report_id, fmt in FORMATS.items():
        source = TEXTS / f"{report_id}.txt"
        if not source.exists():
            print(f"skip {report_id}: {source.relative_to(HERE.parent.parent)} not written yet")
            continue
        text = source.read_bytes().decode("utf-8")
        try:
            data = render(text, fmt, report_id)
        except UnicodeEncodeError as e:
            print(f"skip {report_id}: {fmt} cannot encode {e.object[e.start : e.end]!r}")
            continue
        target = CORPUS / f"{report_id}{suffix(fmt)}"
        for stale in CORPUS.glob(f"{report_id}.*"):  # the same text in a format no longer wanted
            if stale != target:
                stale.unlink()
        target.write_bytes(data)
        print(f"wrote {target.relative_to(HERE.parent.parent)} ({fmt}, {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
