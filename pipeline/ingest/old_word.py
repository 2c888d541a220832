"""Reading old-format Word and WPS files (.doc, .wps).

They are converted to .docx by headless LibreOffice (soffice), when it is installed
(`make libreoffice`), and the .docx is read as one; without LibreOffice such a file
is "unsupported" and the message says how to get it read.
"""

from __future__ import annotations

from pathlib import Path

from .contract import Limits, Text, Unreadable, Unsupported
from .word import OLE_MAGIC, read_docx

SOFFICE_TIMEOUT = 180  # seconds for one conversion


def soffice() -> str | None:
    """The LibreOffice command on this machine, or None."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(data: bytes, limits: Limits) -> Text:
    """An old-format Word (or WPS) file, converted to .docx by headless LibreOffice, then read as one.

    Each conversion runs in a fresh temporary folder with its own LibreOffice profile, so parallel
    workers do not share (and lock) one. A password-protected .docx is an OLE file too: LibreOffice
    cannot open it and the message says so.
    """
    import subprocess
    import tempfile

    if not data.startswith((OLE_MAGIC, b"{\\rtf")):  # Word's binary format, or RTF saved as .doc
        raise Unreadable("not an old-format Word or WPS file (its first bytes say otherwise)")
    office = soffice()
    if office is None:
        raise Unsupported("旧版 Word/WPS 文件（.doc/.wps）需要 LibreOffice 才能读取：请安装 LibreOffice"
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
            raise Unreadable(f"LibreOffice did not convert the file within {SOFFICE_TIMEOUT} s; 请另存为 .docx") from None
        converted = Path(folder, "out", "report.docx")
        if done.returncode != 0 or not converted.is_file():
            raise Unreadable("LibreOffice cannot open this Word file (password-protected or damaged?); "
                              "请用 Word/WPS 打开并另存为 .docx")
        return read_docx(converted.read_bytes(), limits)
