"""Reading a scanned PDF by OCR (the optional extra zhibiao[ocr]).

A PDF without a usable text layer is rendered page by page (pypdfium2) and read by
RapidOCR, whose detection and recognition models ship inside its wheel: nothing is
downloaded at run time. The Report's encoding says "ocr" and its figures are marked.
"""

from __future__ import annotations

import functools

from .contract import Limits

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


def ocr_pdf(data: bytes, limits: Limits) -> str:
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
