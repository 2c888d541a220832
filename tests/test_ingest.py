"""The ingest stage on real files of every supported kind, built here in tmp_path."""

from __future__ import annotations

import codecs
import io
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from pipeline import ingest, rules
from pipeline.extract import extract_report
from pipeline.ingest import Limits, find_reports, read_manifest, read_report

from .conftest import CORPORA as CORPUS
from .conftest import GOLD, ROOT, load_make_corpus

make_corpus = load_make_corpus()

SAMPLE = (
    "统溪河镇2025年上半年工作总结\n"
    "2025年上半年,统溪河镇在县委、县政府的坚强领导下,全镇累计开展集中学习３６次,参与学习的党员干部达480人次。\n"
    "一、上半年工作开展情况\n"
    "发放宣传资料2000 余份,完成投资1.2亿元。"
)


def _read(tmp_path: Path, name: str, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return read_report(path, path.stem, **kw)


def _failed(report, message_start: str) -> None:
    assert report.status == "failed"
    assert report.text == ""
    assert report.message.startswith(message_start), report.message
    assert "\n" not in report.message


# --------------------------------------------------------------------------- .txt encodings


ENCODINGS = [
    # (case, bytes of SAMPLE in that encoding, encoding recorded)
    ("utf-8", SAMPLE.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
    ("gbk", SAMPLE.encode("gbk"), "gb18030"),
    ("gb18030", (SAMPLE + "𠀀").encode("gb18030"), "gb18030"),  # U+20000 is outside GBK
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ("utf-16-le without BOM", SAMPLE.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be without BOM", SAMPLE.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize(("case", "data", "encoding"), ENCODINGS, ids=[row[0] for row in ENCODINGS])
def test_txt_encodings_decode_to_the_same_text(tmp_path, case, data, encoding):
    report = _read(tmp_path, "report.txt", data)
    assert report.status == "ok", report.message
    assert report.encoding == encoding
    assert report.text == (SAMPLE + "𠀀" if case == "gb18030" else SAMPLE)
    assert "３６" in report.text  # full-width digits stay as written


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_line_ends_become_newlines(tmp_path, line_end):
    report = _read(tmp_path, "report.txt", SAMPLE.replace("\n", line_end).encode("utf-8"))
    assert report.text == SAMPLE
    assert report.encoding == "utf-8"


def test_trailing_newline_and_spaces_are_kept(tmp_path):
    text = "　　统溪河镇工作总结 \n正文。\n"
    assert _read(tmp_path, "a.txt", text.encode("utf-8")).text == text


# --------------------------------------------------------------------------- .docx


def _docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables_in_document_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("龙潭镇2025年上半年工作总结")
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("指标", "数值", "单位"), ("粮食播种面积", "１２００", "亩"), ("新增就业", "35", "人")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2))  # one cell over two columns, with two paragraphs
    document.add_paragraph("二、下步打算\t加快项目建设")
    report = _read(tmp_path, "report.docx", _docx_bytes(document))
    assert report.status == "ok", report.message
    assert report.text == (
        "龙潭镇2025年上半年工作总结\n"
        "一、主要指标\n"
        "指标\t数值 单位\n"
        "粮食播种面积\t１２００\t亩\n"
        "新增就业\t35\t人\n"
        "二、下步打算\t加快项目建设"
    )
    assert (report.title, report.town, report.period) == ("龙潭镇2025年上半年工作总结", "龙潭镇", "2025H1")


def test_docx_town_and_period_from_file_name(tmp_path):
    document = docx.Document()
    document.add_paragraph("今年以来，全镇各项工作稳步推进。")
    report = _read(tmp_path, "统溪河镇2025年上半年工作总结.docx", _docx_bytes(document))
    assert (report.town, report.period) == ("统溪河镇", "2025H1")


def test_docx_truncated(tmp_path):
    document = docx.Document()
    document.add_paragraph("统溪河镇2025年上半年工作总结")
    data = _docx_bytes(document)
    _failed(_read(tmp_path, "report.docx", data[: len(data) // 2]), "damaged .docx (not a zip archive)")


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(210):
                member.write(bytes(1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    _failed(read_report(path, "bomb"), "refused: .docx unpacks to 210 MB (> 200 MB limit; zip bomb?)")


def test_docx_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("前XXE后")
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(document)))
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
                data = data.replace(b"?>", b"?>\n" + doctype.encode(), 1)
                data = data.replace(b"XXE", b"&xxe;")
            target.writestr(member, data)
    report = read_report(path, "xxe")
    assert "SECRET-TOKEN" not in report.text
    assert report.status == "ok" and report.text.startswith("前")


def test_docx_with_a_broken_zip_directory(tmp_path):
    document = docx.Document()
    document.add_paragraph("统溪河镇2025年上半年工作总结")
    data = bytearray(_docx_bytes(document))
    end = data.rindex(b"PK\x05\x06")  # end of central directory: point its offset past the file
    data[end + 16 : end + 20] = (len(data) * 2).to_bytes(4, "little")
    # The directory still parses; reading the members then fails, and says so.
    _failed(_read(tmp_path, "report.docx", bytes(data)), "damaged .docx file (ValueError: negative seek value")


def test_damaged_old_doc_named_docx(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    expected = "content is old-format Word (.doc), not .docx: " + (
        "LibreOffice cannot open" if ingest.soffice() else "旧版 Word/WPS 文件（.doc/.wps）需要 LibreOffice")
    assert _read(tmp_path, "old.docx", ole).message.startswith(expected)


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.jpg", b"\xff\xd8")
    _failed(read_report(path, "photos"), "not a Word document")


# --------------------------------------------------------------------------- .pdf

LONG_TEXT = (
    "桃源乡2025年上半年工作情况汇报\n"
    "今年以来，桃源乡在县委、县政府的坚强领导下，以习近平新时代中国特色社会主义思想为指导，"
    "深入贯彻党的二十大和二十届三中全会精神，聚焦产业发展、民生保障和基层治理，完成固定资产投资1.2亿元，"
    "同比增长12.5%，新增市场主体35户，发放宣传资料2000 余份，各项工作取得新成效。\n"
    "一、主要工作\n"
    "（一）产业发展提速。全乡累计种植油茶１２００亩、中药材860亩，培育农民专业合作社6家，"
    "带动脱贫户增收，村集体经济收入全部达到10万元以上，其中3个村超过30万元。"
)


def test_pdf_wrapped_paragraphs_reflow_to_the_original(tmp_path):
    assert max(len(line) for line in LONG_TEXT.split("\n")) > 100  # several wrapped lines each
    report = _read(tmp_path, "report.pdf", make_corpus.render_pdf(LONG_TEXT))
    assert report.status == "ok", report.message
    assert report.text == LONG_TEXT
    assert (report.town, report.period) == ("桃源乡", "2025H1")


def _pdf_lines(lines: list[str], x_of=lambda i: 56) -> bytes:
    """Lines drawn at one even spacing, so pdfminer puts them all in a single text box."""
    make_corpus.register_font()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont(make_corpus.PDF_FONT, 11)
    for i, line in enumerate(lines):
        pdf.drawString(x_of(i), 780 - 16 * i, line)
    pdf.save()
    return out.getvalue()


def test_pdf_paragraphs_sharing_a_text_box_are_split_at_short_lines(tmp_path):
    body = make_corpus.wrap(LONG_TEXT.split("\n")[3], 480)
    assert len(body[-1]) < len(body[0]) - 5  # the paragraph's last line stops short
    lines = ["一、主要工作", *body, "二、下步打算"]
    report = _read(tmp_path, "box.pdf", _pdf_lines(lines))
    assert report.text == "\n".join(["一、主要工作", "".join(body), "二、下步打算"])


def test_pdf_indented_line_starts_a_paragraph(tmp_path):
    # Justified text: all lines end at one right edge, so only the indent shows where a paragraph starts.
    first = make_corpus.wrap("全乡上下" * 30, 480)[:2]
    second = "民生保障持续加强，全乡新建改建农村公路和产业路，完善供水设施，推进卫生院标准化建设，" * 2
    opening = make_corpus.wrap(second, 458)[0]  # indented by two characters
    following = make_corpus.wrap(second[len(opening) :], 480)[0]
    lines = [*first, opening, following]
    report = _read(tmp_path, "indent.pdf", _pdf_lines(lines, x_of=lambda i: 78 if i == 2 else 56))
    assert report.text == "".join(first) + "\n" + opening + following


def test_pdf_with_a_user_password_is_refused(tmp_path):
    data = make_corpus.render_pdf(LONG_TEXT, encrypt="secret")
    _failed(_read(tmp_path, "locked.pdf", data), "PDF is encrypted (it needs a password)")


def test_pdf_restricted_only_by_an_owner_password_is_read(tmp_path):
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    pdf.setFont("Helvetica", 11)
    pdf.drawString(56, 780, "Annual report 2025")
    pdf.save()
    report = _read(tmp_path, "restricted.pdf", out.getvalue())
    assert (report.status, report.text) == ("ok", "Annual report 2025")


@pytest.mark.skipif(ingest.ocr_available(), reason="with the OCR extra installed such a PDF is read by OCR")
def test_pdf_glyphs_without_unicode_are_refused(tmp_path):
    # pdfminer loses the CJK font's character collection in this reportlab file and
    # prints every glyph as (cid:N): text like that is useless for figures.
    data = make_corpus.render_pdf(LONG_TEXT, encrypt=StandardEncryption("", ownerPassword="owner"))
    _failed(_read(tmp_path, "cids.pdf", data), "PDF text cannot be decoded")


def _cjk_font() -> str | None:
    found = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout if shutil.which(
        "fc-list") else ""
    return next((line.split(":")[0] for line in found.splitlines() if line.strip()), None)


SCANNED = ["统溪河镇2025年上半年工作总结", "全镇完成固定资产投资1.2亿元，同比增长8.5%。", "新增就业岗位300个，流转土地500亩。"]


@pytest.mark.skipif(not ingest.ocr_available(), reason="the OCR extra is not installed: pip install 'zhibiao[ocr]'")
@pytest.mark.skipif(_cjk_font() is None, reason="no CJK font to render a page with (make browser installs one)")
def test_scanned_pdf_is_read_by_ocr_and_its_figures_are_marked(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.extract import extract_report

    font = ImageFont.truetype(_cjk_font(), 32)
    page = Image.new("RGB", (900, 60 * len(SCANNED) + 40), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(SCANNED):
        draw.text((30, 20 + 60 * i), line, font=font, fill="black")
    page.save(tmp_path / "scan.pdf", resolution=150)  # an image and no text layer, as a scanner writes
    report = read_report(tmp_path / "scan.pdf", "scan")
    assert (report.status, report.encoding, report.message) == ("ok", "ocr", ingest.OCR_NOTE)
    assert (report.town, report.period) == ("统溪河镇", "2025H1")
    figures = extract_report(report).figures
    assert [(f.surface, f.value, f.rule) for f in figures] == [
        ("1.2亿元", 120_000_000, "number_unit+ocr"), ("8.5%", 8.5, "number_unit+ocr"),
        ("300个", 300, "number_unit+ocr"), ("500亩", 500, "number_unit+ocr")]


def test_pdf_without_text_needs_ocr(tmp_path):
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.save()
    report = _read(tmp_path, "scan.pdf", out.getvalue())
    _failed(report, ingest.NO_TEXT_LAYER)
    assert report.message == "PDF has no text layer (scanned image?); it needs OCR"


def test_text_named_pdf(tmp_path):
    _failed(_read(tmp_path, "fake.pdf", "统溪河镇".encode()), "not a PDF file (no %PDF header)")


# --------------------------------------------------------------------------- .html

HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>不应出现的标题</title><style>p { color: red; }</style>
<script>var hidden = "脚本内容";</script></head>
<body><!-- 注释不算 -->
<h1>龙潭镇2025年上半年工作总结</h1>
<div>今年以来，龙潭镇
   在县委领导下<br>完成投资１２００万元。</div>
<ul><li>第一项</li><li>第二项</li></ul>
<table><tr><th>指标</th><th>数值</th></tr><tr><td>粮食</td><td>35 吨</td></tr></table>
<p>&nbsp;</p><p>结束&amp;完<span>毕</span></p>
<noscript>请启用脚本</noscript><script>document.write("x")</script>
</body></html>
"""
HTML_TEXT = (
    "龙潭镇2025年上半年工作总结\n"
    "今年以来，龙潭镇 在县委领导下\n"
    "完成投资１２００万元。\n"
    "第一项\n"
    "第二项\n"
    "指标\t数值\n"
    "粮食\t35 吨\n"
    "结束&完毕"
)


def test_html_visible_text_in_declared_charset(tmp_path):
    report = _read(tmp_path, "report.html", HTML.encode("gbk"))
    assert report.status == "ok", report.message
    assert report.encoding == "gb18030"
    assert report.text == HTML_TEXT
    assert (report.title, report.town, report.period) == ("龙潭镇2025年上半年工作总结", "龙潭镇", "2025H1")


def test_html_without_a_declared_charset_is_detected(tmp_path):
    markup = HTML.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "")
    report = _read(tmp_path, "report.htm", markup.encode("utf-8"))
    assert (report.encoding, report.text) == ("utf-8", HTML_TEXT)


def test_html_with_a_wrong_declared_charset_falls_back_to_detection(tmp_path):
    report = _read(tmp_path, "report.html", HTML.encode("utf-8"))  # says gb2312, is UTF-8
    assert (report.encoding, report.text) == ("utf-8", HTML_TEXT)


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("suffix", ingest.SUPPORTED)
def test_empty_file(tmp_path, suffix):
    _failed(_read(tmp_path, f"empty{suffix}", b""), "empty file")


def test_blank_text_file(tmp_path):
    _failed(_read(tmp_path, "blank.txt", " \n\r\n\u3000\n".encode()), "no text in the file")


JUNK = [
    ("all byte values", bytes(range(256)) * 8),
    ("random bytes", random.Random(0).randbytes(4096)),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(2048)),
    ("control characters", b"\x01\x02\x03\x04abc" * 50),
]


@pytest.mark.parametrize(("case", "data"), JUNK, ids=[row[0] for row in JUNK])
def test_binary_junk_named_txt(tmp_path, case, data):
    _failed(_read(tmp_path, "junk.txt", data), "not a text file (binary content")


@pytest.mark.parametrize("codec", ["gbk", "utf-8"])
def test_text_with_a_few_bad_bytes_is_read_and_flagged(tmp_path, codec):
    data = SAMPLE[:60].encode(codec) + b"\xff" + SAMPLE[60:].encode(codec)
    report = _read(tmp_path, "damaged.txt", data)
    assert report.status == "ok"
    assert report.encoding == ("gb18030" if codec == "gbk" else "utf-8")
    assert report.text.replace("\ufffd", "") == SAMPLE
    assert report.message == "damaged text: 1 undecodable byte sequence(s) shown as U+FFFD"


def test_file_over_the_size_limit(tmp_path):
    report = _read(tmp_path, "big.txt", b"x" * (2 * 1024 * 1024), limits=Limits(text_bytes=1024 * 1024))
    _failed(report, "file too large (2.0 MB > 1 MB limit)")


def test_default_text_limit_is_50_mb():
    assert ingest.LIMITS.text_bytes == 50 * 1024 * 1024


@pytest.mark.parametrize(("name", "advice"), [
    ("scan.jpg", "图片（扫描件）不能读取"),
    ("figures.xls", "表格文件不作为报告读取"),
    ("report.ofd", "版式文件"),
    ("report.xyz", "请另存为 .docx"),
])
def test_unsupported_file_type(tmp_path, name, advice):
    report = _read(tmp_path, name, b"whatever")
    assert report.status == "unsupported"
    assert report.message.startswith(f"unsupported file type {Path(name).suffix}: {advice}")


def test_doc_that_is_no_word_file(tmp_path):
    _failed(_read(tmp_path, "old.doc", b"whatever"), "not an old-format Word or WPS file")


def _to_doc(tmp_path: Path, source: Path, name: str) -> Path:
    """The .doc LibreOffice makes of ``source`` (a file written by the test), renamed ``name``."""
    out = tmp_path / "converted"
    subprocess.run([ingest.soffice(), "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    made = tmp_path / name
    (out / f"{source.stem}.doc").rename(made)
    assert made.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # Word's old binary format
    return made


NEEDS_SOFFICE = pytest.mark.skipif(ingest.soffice() is None, reason="LibreOffice (soffice) is not installed: make libreoffice")


@NEEDS_SOFFICE
def test_old_word_file_is_read_through_libreoffice(tmp_path):
    document = docx.Document()
    for line in SAMPLE.split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "source.docx")
    doc = _to_doc(tmp_path, tmp_path / "source.docx", "统溪河镇2025年上半年工作总结.doc")
    wps = doc.with_suffix(".wps")  # WPS writes Word's binary format under its own suffix
    wps.write_bytes(doc.read_bytes())
    for path in (doc, wps):
        report = read_report(path, path.stem)
        assert (report.status, report.message, report.town, report.period) == ("ok", "", "统溪河镇", "2025H1")
        assert report.text == SAMPLE


@NEEDS_SOFFICE
def test_old_word_file_tables_come_through_as_rows(tmp_path):
    rows = [["项目名称", "总投资（万元）"], ["茶叶加工厂", "1850"]]
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    (tmp_path / "source.html").write_text(f"<html><body><p>重点项目</p><table>{cells}</table></body></html>", "utf-8")
    report = read_report(_to_doc(tmp_path, tmp_path / "source.html", "projects.doc"), "projects")
    assert report.text.strip() == "重点项目\n项目名称\t总投资（万元）\n茶叶加工厂\t1850"


def test_old_word_file_without_libreoffice_is_unsupported(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.old_word, "soffice", lambda: None)
    report = _read(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert report.status == "unsupported"
    assert "另存为 .docx" in report.message


def test_missing_file(tmp_path):
    _failed(read_report(tmp_path / "gone.txt", "gone"), "cannot read file")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from(ingest.SUPPORTED),
    head=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", codecs.BOM_UTF16_LE]),
    body=st.binary(max_size=3000),
)
def test_any_bytes_give_a_report_not_an_exception(suffix, head, body):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(head + body)
        report = read_report(path, "fuzz")
    assert report.status in ("ok", "failed")
    if report.status == "ok":
        assert report.text.strip()
        assert "\r" not in report.text
    else:
        assert report.message and "\n" not in report.message and report.text == ""


# --------------------------------------------------------------------------- finding files


def _touch(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")


def test_find_reports_recursive_sorted_with_stable_ids(tmp_path):
    _touch(
        tmp_path,
        "y/report.txt",
        "y/REPORT.pdf",
        "y/report-2.html",
        "x/report.txt",
        "y/sub/deep.htm",
        "y/notes.md",
        "y/.dot.txt",
        "y/~$report.docx",
        ".hidden/secret.txt",
    )
    found = find_reports([tmp_path])
    assert [(path.relative_to(tmp_path).as_posix(), rid) for path, rid in found] == [
        ("x/report.txt", "report"),
        ("y/REPORT.pdf", "REPORT-2"),  # ids clash case-blind: they name files on disk
        ("y/report-2.html", "report-2-2"),
        ("y/report.txt", "report-3"),
        ("y/sub/deep.htm", "deep"),
    ]


def test_find_reports_order_does_not_depend_on_argument_order(tmp_path):
    _touch(tmp_path, "x/report.txt", "y/report.txt", "y/a.txt")
    forward = find_reports([tmp_path / "x", tmp_path / "y"])
    backward = find_reports([tmp_path / "y", tmp_path / "x"])
    assert forward == backward
    assert [rid for _, rid in forward] == ["a", "report", "report-2"]
    assert forward[1][0] == tmp_path / "x" / "report.txt"


def test_find_reports_files_named_directly(tmp_path):
    _touch(tmp_path, "a.txt", "b.doc")
    found = find_reports([tmp_path / "a.txt", tmp_path, tmp_path / "b.doc"])
    assert found == [(tmp_path / "a.txt", "a"), (tmp_path / "b.doc", "b")]  # a.txt once; b.doc kept to be reported


def test_find_reports_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError):
        find_reports([tmp_path / "nowhere"])


# --------------------------------------------------------------------------- title, town, period

GUESSES = [
    # (file name, text, town, period)
    # real report openings (/work/probe-tp on the team's machine, odd-numbered: the half tuned on), sources given
    # a 街道's 工作报告 given early in 2023 reviews 2022 (http://www.szgm.gov.cn/…/post_10481862.html)
    ("a.txt", "光明区公明街道2023年工作报告\n\n日期:2023年 03月 15日    信息来源: 光明区公明街道办\n\n"
     "——在公明街道党工委办事处2023年度工作会议上的报告\n\n2023年2月24日\n\n吕和玉\n\n同志们:", "公明街道", "2022"),
    # a first heading naming the year's 完成情况 (http://www.xncz.gov.cn/info/3518/209133.htm); no town named
    ("a.txt", "一、2025年度目标任务完成情况\n(一)固本培元强根基,构建坚实“红色堡垒”。", None, "2025"),
    # 第一方面 heads the part reviewed; a time word is no part of a town (zwgk.shmh.gov.cn, 颛桥镇 2021H1)
    ("a.txt", "第一方面:关于上半年经济社会发展情况 2021年是建党100周年,也是“十四五”规划开局之年,综合国际疫情形势等"
     "各方面的评估及预测,预期今年颛桥镇经济运行稳中向好的基本趋势不变。", "颛桥镇", "2021H1"),
    # 和 before 街道 names no town (https://www.hzsc.gov.cn/art/2023/11/14/art_1229538993_4218628.html)
    ("a.txt", "2022年,面对复杂多变的外部环境和交织叠加的风险挑战,我们坚持以习近平新时代中国特色社会主义思想为指导,"
     "在区委、区政府和街道党工委的坚强领导下,在人大代表、政协委员和居民议事会成员的监督支持下。", None, "2022"),
    # an 办事处 is a town-level body (http://www.vip99club.com/…/t20250109_2515059.shtml, 鄂州)
    ("a.txt", "桐湖办事处2024年度工作总结暨 2025年工作思路\n2024年,在区委、区政府坚强领导下,桐湖办事处坚持以习近平"
     "新时代中国特色社会主义思想为指导。", "桐湖办事处", "2024"),
    # the news of a session, then the year it reviews; the part of the next year after it is no period of the report
    # (http://m.mnw.cn/shishi/news/2303825.html, 石狮 锦尚镇, /work/township-corpus4)
    ("a.txt", "石狮市锦尚镇召开第五届人大七次会议\n石狮日报 2020-07-27 11:25\n7月24日,锦尚"
     "镇召开第五届人民代表大会第七次会议,会议审议通过镇政府工作报告、财政预算报告和人大主席团工作报告。市"
     "政协副主席陈贤明到会指导。\n2019年,锦尚实现公共财政总收入1.8亿元;规模以上工业总产值74亿"
     "元,比增14%;固定资产投资22.8亿元,比增39%;限额以上商业销售额21亿元,比增15%;限额以"
     "上社会消费品零售额5.2亿元,比增9%;主要经济指标呈较快增长,2019年度绩效考评位列全市镇(街道"
     ")第四名。2020年1—6月,锦尚完成公共财政总收入10661万元",
     "锦尚镇", "2019"),
    # a chain of four levels, province to township (贵州省铜仁市万山区敖寨侗族乡, /work/township-corpus4 aozhai-xiang-2018)
    ("a.txt", "贵州省铜仁市万山区敖寨侗族乡:因地制宜建设幸福乡村( 二 )\n\n  宁静而温暖的“围炉夜话”\n"
     "\n  时间:2019年1月28日\n\n  地点:万山区敖寨侗族乡\n\n  农历腊月廿三 , 送"
     "走喧嚣的白昼 , 采访人员与敖寨乡村民们一起 , 在宁静而温暖的房子里“围炉夜话” 。\n\n  乡"
     "党委副书记、乡长杨会高兴地给采访人员介绍:“过去的2018年 , 我们的4个贫困村全部顺利脱贫出列 "
     ", 贫困人口减少至36户90人 , 全乡成功脱贫748户2549人 , 贫困发生率下降到0.99%",
     "敖寨侗族乡", "2018"),
    # a verb before 街道 and its organs names no town (济南日报 on 平阴县榆山街道 2019, /work/township-corpus4); its year
    # (刚刚过去的2019年) stands past the lines of the head read for it
    ("a.txt", "这里是微笑榆山 我们正幸福向前\n\n济南日报 2020-01-03 11:03\n\n这一年,是招"
     "商引资“攻坚克难做表率”的一年;\n\n这一年,是城市管理“日趋向好提品质”的一年;\n\n这一年,"
     "是品牌形象“深入人心赢口碑”的一年;\n\n这一年,是党员干部“扎实有为争先锋”的一年。\n\n刚刚"
     "过去的2019年,是平阴县榆山街道新一任领导班子的开局之年,街道坚持党建引领不动摇,以创建“微笑榆山"
     "”党建品牌为突破口,打造街道机关、城市社区和农村三级党建示范品牌",
     None, None),
    # the session hearing a year's budget execution reviews that year (http://56china.com/2016/0414/109538.html, /work/probe-tp2)
    ("a.txt", "会议听取和审议了乡长金英珠代表乡人民政府所做的《政府工作报告》,人大主席黄志刚代表乡人民代表大会所做"
     "的《人大工作报告》,书面审议了《关于新发乡2015年财政预算执行情况和2016年财政预算(草案)报告"
     "》",
     '新发乡', '2015'),
    # 就 before a bare 县 names no town (https://hzfszg.com/html/htmltsrd15091135.html, /work/probe-tp2)
    ("a.txt", "7月14日至16日,县人大常委会副主任鞠清洁率部分常委会委员和县人大代表就县人民政府2015年上半年"
     "国民经济和社会发展计划执行情况进行调研。",
     None, '2015H1'),
    # a verb (审议) inside no name; the year of the session's date (http://www.shilongqu.gov.cn/contents/5152/233061.html)
    ("a.txt", "区人大代表分团审议区政府工作报告和计划、财政报告\n来源:\n发布时间:2019-03-13",
     None, '2018'),
    # traditional with pinyin glosses; a year's 年终工作总结 meeting (http://fzhcxjc.com/news/xianqu/hanbin/2021-02-09/388272.html)
    ("a.txt", "本網(wǎng)訊(通訊員 陳子敬)2月8日紫荊鎮(zhèn)召開了2020年度年終工作總結(jié"
     ")、今冬明春重點(diǎn)工作部署會",
     '紫荆镇', '2020'),
    # a resolution dated by its session in brackets, 人大 for 人民代表大会 (金鸡镇 2016, traditional, /work/probe-tp2 023)
    ("a.txt", "金雞鎮十七屆人大二次會議文件(12)\n金雞鎮第十七屆人民代表大會第二次會議\n關于《金雞鎮政府工作"
     "報告》\n的決議(草案)\n(2017年2月10日金雞鎮十七屆人大二次會議)",
     '金鸡镇', '2016'),
    # a statement in the head that a speech or report reviewed a year (/work/probe-tp3): 汇报了2017年…情况
    # (http://www.xibuxxw.com/jining/zixun/1540.html), 回顾和总结了2016年… (https://365docx.com/view/f010da7d18.html),
    # 审议…《武义县2012年…计划执行情况…》 (http://wynews.zjol.com.cn/wynews/system/2013/01/21/015988188.shtml), and the
    # first of the parts a news piece lists (https://www.zhongyuan.gov.cn/zyyw/8246353.jhtml)
    ("a.txt", "2月10日上午,马庙镇举行“迎新春”企业家座谈会。镇党委书记张剑、党委副书记、镇长高洪涛、镇分管领导及22位"
     "企业家代表参加了此次座谈会。\n会上,镇党委副书记、镇长高洪涛向各位企业家汇报了2017年全镇经济社会发展情况"
     "。",
     "马庙镇", "2017"),
    ("a.txt", "武义新闻网讯(记者 何璟春) 昨天下午,出席县十五届人大二次会议的代表以代表团讨论的形式,对县长张新宇向大会"
     "所作的政府工作报告和《武义县2012年国民经济和社会发展计划执行情况及2013年国民经济和社会发展计划草案的"
     "报告》、《武义县2012年本级财政预算执行情况和2013年本级财政预算草案的报告》进行认真审议。",
     "武义县", "2012"),
    ("a.txt", "书记2017年全镇经济工作会议讲话\n同志们:\n这次全镇经济工作会议,既是一次总结成绩、弘扬先进的表彰会,也是"
     "一次工作布置、落实任务的部署会,更是一次提振信心、激励斗志的动员会,目的就是号召全镇上下进一步振奋精神,进一"
     "步理清思路,进一步凝聚合力。\n刚才,党委副书记、镇长甘志宏同志代表镇党委全面回顾和总结了2016年全镇经济工"
     "作,",
     None, "2016"),
    ("a.txt", "在热烈的掌声中,中原区人民政府区长邓英文作政府工作报告。报告共分三个部分:一、2023年工作回顾;二、202"
     "4年工作总体要求和主要目标;三、2024年重点工作安排。",
     "中原区", "2023"),
    # a 解读 of a report whose first part (第一部分,2023年工作回顾) names the year it reviews, over its title's year
    # (《2023年精武镇政府工作报告》政策解读, http://sdlites.com/zwgk/zfxxgk/jzzf/jwz/fdzdgk/qtfdgk/202402/t20240204_6529902.html)
    ("a.txt", "《2023年精武镇政府工作报告》政策解读\n一、《报告》起草过程\n按照镇政府要求,《2023年精武镇政府工作报"
     "告》起草组认真学习中央和全市、全区重大决策部署,深入领会镇党委工作要求,深入各部门、各村居进行调研,全面梳理"
     "多方面资料信息,于2023年11月形成初稿。先后向各部门、各村居、全体镇级领导征求了多轮意见建议,经修改完善"
     ",最终完成《2023年精武镇政府工作报告》。\n二、《报告》的主要内容\n《报告》共分为两个部分:\n第一部分,2"
     "023年工作回顾。",
     "精武镇", "2023"),
    # a report on how far a year's 政府工作报告 targets got by mid-year (万州区 2023, http://www.wz.gov.cn/zwgk_266/
    # zfxxgkml_3393/zfgzbg/qzfgzbgzxqk/202309/t20230920_12357690.html, /work/township-corpus6 034): the year's first half
    ("a.txt", "2023年区政府工作报告目标任务半年完成情况\n\n2023年区政府工作报告目标任务\n半年完成情况\n"
     "2023年上半年,完成地区生产总值550.5亿元、同比增长6%,增速比全国、全市分别高0.5个、1.4个百分点。",
     None, "2023H1"),
    # a title writing its year as a file name would, no 年 (七宝镇 2021H1, fresh set56; its last sentence written: a later
    # year dated in the text is not the title's); news of a town by its city's news
    # office (桓台县田庄镇 2023, fresh set55): the town its organs name
    ("a.txt", "2021七宝镇上半年政府工作报告\n\n2021上半年主要工作回顾\n\n上半年,镇政府在区委、区政府和镇党委的坚强领导下,"
     "为十四五开局打下坚实基础。\n到2035年基本建成。", "七宝镇", "2021H1"),
    ("a.txt", "【权威发布】淄博市高质量发展基层风采主题系列新闻发布会桓台县田庄镇专场召开\n\n鲁中网淄博7月7日讯7月7日,"
     "淄博市政府新闻办公室举行高质量发展基层风采主题系列新闻发布会桓台县田庄镇专场。田庄镇党委副书记、镇长王帅出席"
     "发布会并介绍近年来田庄镇的整体发展情况和取得的相关成就。", "田庄镇", None),
    # …and by the first quarter's end (a progress table, fresh set55, the search tool's pages corpus)
    ("a.txt", "高青县木李镇2024年《政府工作报告》重点任务第一季度进展情况\n\n目标任务\n\n执行措施、实施步骤\n\n"
     "工作进展、取得成效\n", "木李镇", "2024Q1"),
    # a review heading whose year writes its zero as a circle, under a garbled date line (二○一四年工作回顾, ──201516日在…:
    # http://www.qiaokou.gov.cn/xxgk/xxgkml/zfxxgk/zcfg/zfgzbg/201501/t20150121_150475.shtml); a title naming only the
    # level of a 民族乡 whose name the text masks (https://m.jinchutou.com/p-115925746.html; both /work/probe-tp4)
    ("a.txt",
     "政 府 工 作 报 告\n\n武汉市硚口区第十四届人民代表大会\n\n            (05)\n\n政 府 工 作 报 告"
     "\n\n──201516日在区第十四届人民代表大会第四次会议上\n\n区长  景新华\n\n各位代表:\n\n现在,我代表区人民政府,向"
     "大会报告工作,请予审议,并请区政协各位委员和其他列席人员提出宝贵意见。\n\n二○一四年工作回顾",
     "硚口区", "2014"),
    ("a.txt",
     "民族乡工作进展情况汇报\n\n民族乡工作进展情况汇报 民族乡工作进展情况汇报一、xx畲族乡情概况",
     None, None),
    # a place in brackets tagging where a copied text is from, before the report's own (https://gongwensou.com/zhengfubaogao/
    # 25611.html, navigation kept); 区委区政府 and 驻镇市县人大代表 name no town (https://alatiku.com/fanwen/zongjie/rjrl0o.html,
    # https://thrd.gov.cn/substance/gongzuodongtai-42_73.html; all /work/probe-tp3)
    ("a.txt", "会员登录  新用户注册 退出\n\n公文搜网 - 蓝秘书公文之家\n\n您现在的位置是: 首页 > 专题材料 > 政"
     "府报告\n\n政府报告\n\n(陕西省)2015年西安市雁塔区人民政府工作报告(全文)\n\n公文搜 2021-07-2"
     "2 14:31:00 政府报告\n(陕西省)2015年西安市雁塔区人民政府工作报告(全文) ;;;;2016年"
     "2月17日在西安市雁塔区第十六届 人民代表大会第六次会议上 区长 赵小林 各位代表:\n(陕西省)2015年西"
     "安市雁塔区人民政府工作报告(全文) ;;;;2016年2月17日在西安市雁塔区第十六届 ",
     "雁塔区", "2015"),
    ("a.txt", "2024年上半年街道办事处重点工作督查报告\n上半年街道办事处重点工作督查报告显示,工作推进顺利,问题整改及时"
     ",服务群众成效显著,社会治安稳定。以下是网友为您整理分享的“上半年街道办事处重点工作督查报告”相关范文,供您"
     "参考!\n2022年上半年街道办事处重点工作\n督查报告\n根据区委区政府重点工作、区领导调研街道时的指示精神和街"
     "道实际,共确定2022年度XX街道重点工作60项。为推动各项重点工作有效落实、有序推进,党政办公室每月开展推"
     "进落实情况跟踪督查,现就1-",
     None, "2024H1"),
    ("a.txt", "5月12日,牛镇镇胜利召开了第十四届人民代表大会第四次会议。大会应出席的正式代表52名,实到代表48名,出席"
     "会议代表人数符合法定要求。列席会议的有不是代表的镇领导班子成员、村两委主要负责人、镇直单位主要负责人、驻镇市"
     "县人大代表、政协委员、选派干部、大学生村官。 会议听取并审议通过了《政府工作报告》、《人大工作报告》、《牛镇"
     "镇2014年预算执行情况和2015年预算草案的报告》,会议顺利选举产生了镇人",
     "牛镇镇", "2014"),
    # a speech title closed by an emoji; 向大家汇报2023年的工作成果 names the year reviewed (https://www.paiqing-icetech.com/post/18500.html)
    ("a.txt", "🌟沧源2024年工作报告📜\n尊敬的各位领导、亲爱的同事们:\n随着岁月的车轮滚滚向前,我们迎来了充满希望与挑战"
     "的2024年,在这辞旧迎新的时刻,我谨代表沧源县政府,向大家汇报2023年的工作成果,",
     "沧源县", "2023"),
    # a meeting where the head 回顾总结了 a year's work (楼观镇 2013, /work/probe-tp2 035)
    ("a.txt", "2月27日,在镇政府二楼会议室召开了2014年度经济工作会,参会人员有镇领导班子全体成员、中层、各村"
     "书记、主任、双管单位负责人,会议由党委副书记朱栋会同志主持,首先镇长麻翔飞同志回顾总结了2013年的"
     "工作",
     None, '2013'),
    # an excerpt opening with the report's table of contents: title and head are read after it (2026年道里区政府工作报告,
    # https://gongxunwk.com/doc/2666392.html, /work/probe-tp2 039); the review heading joined to the plan period it closes
    ("a.txt", "(一)坚持扩增量、提质量\n(二)坚持抓改革、强服务\n(三)坚持强基础、固根本\n(四)坚持补短板、提能级\n"
     "(五)坚持办实事、惠民生\n(六)坚持保安全、守底线\n(七)坚持转作风、提效能\n(一)聚焦“三力”蓄能\n(二)聚焦“三业”"
     "拓容\n(三)聚焦“三量”工程\n(四)聚焦“三农”建设\n(五)聚焦“三项”行动\n(六)聚焦“三大”民生\n(七)聚焦“三个”"
     "坚守\n2026年道里区政府工作报告\n各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员、列席人员"
     "提出意见建议。\n“十四五”时期和2025年工作简要回顾\n“十四五”时期是道里区发展历程中极不平凡的五年。",
     "道里区", "2025"),
    # news of the session naming the report's parts: the first reviews the year (http://www.shcafe.org/shzxxw/79548.html,
    # 宝山区 2018, /work/probe-tp2 031; 章贡区 2018, traditional with HTML tags, http://www.h-ceramic.com.cn/1xyq1ycl, 033)
    ("a.txt", "本篇文章1607字,读完约4分钟\n\n刚才,上海市宝山区第八届人民代表大会第四次会议隆重开幕。\n\n在热烈的掌声中,"
     "区长范代表宝山区人民政府作了政府工作报告。报告分为三个部分:一是2018年工作回顾;二、2019年的主要工作;第三,提高政府治理"
     "能力的现代化水平", "宝山区", "2018"),
    ("a.txt", "<h3> 2月26日上午9時(shí),章貢區(qū)第五屆人民代表大會第四次會議在區(q"
     "ū)政中心隆重開幕。</h3><h3></h3><h3> 大會執(zhí)行主席胡雪梅、劉"
     "銘忠、邱啟發(fā)、何建清、孫光明、鐘曉偉、何景炎、劉俊平在主席臺前排就座。</h3><"
     "h3> 在主席臺就座的還有:連天浪、廖小波、楊忠萬、謝庚福、王子康、張小東、張志飛以及郭聲"
     "琪、符艷冬、徐中寧,老干部謝春明、卓民生和主席團(tuán)其他成員。</h3><h3> "
     "大會主席團(tuán)常務(wù)主席劉銘忠主持大會。</h3><h3> 上午9時(shí"
     "),劉銘忠宣布大會開幕。與會人員全體起立,奏唱中華人民共和國國歌。</h3> <h3> 區"
     "(qū)委副書記、區(qū)長連天浪代表章貢區(qū)人民政府向大會報(bào)告工作。報"
     "(bào)告分為“2018年工作回顧”和“2019年工作安排”兩大部分。",
     "章贡区", "2018"),
    # the delegates judging the government's work of a year (城关镇 2014, traditional,
    # https://cxwy88.com/Township/info/7701, /work/probe-tp2 041)
    ("a.txt", "城關(guān)鎮(zhèn)第十三屆人民代表大會(huì)在縣人大常委會(hu"
     "ì)的指導(dǎo)和鎮(zhèn)黨委的關(guān)心支持下,,經(jīng"
     ")過(guò)鎮(zhèn)人大的精心籌備,于2015年5月19日順利召開(kā"
     "i),。65名鎮(zhèn)代表和30名列席代表出席會(huì)議,。\n大會(h"
     "uì)嚴(yán)格按照會(huì)議議程進(jìn)行。代表們?cè)诼?tī"
     "ng)取了政府,、財(cái)政及人大工作報(bào)告后,,積極討論,踴躍發("
     "fā)言,,一致認(rèn)為,,鎮(zhèn)政府在2014年的工作中取得了顯"
     "著成績(jī)",
     "城关镇", "2014"),
    # the half of a year's plan carried out, heard by a 人大常委会; a bare 县 names no town (竹山 2007H1,
    # http://www.zhushan.cn/p/147437.html, /work/probe-tp2 045)
    ("a.txt", "8月21日,县十六届人大常委会第五次会议召开,县人大常务副主任王友军,副主任沈传斌、曾宪权、简育田、纪洪山和各委员出席"
     "会议,县委常委、常务副县长沈明云,县法院院长吴英忠,县检察院检察长陆庆华列席会议。王友军主持会议。\n会议听取、审议并通过了"
     "县人民政府关于2007年国民经济和社会发展计划上半年执行情况的报告;县人民政府关于2006年财政决算及2007年财政预算上半年执行"
     "情况的报告", None, "2007H1"),
    # a page copied as one line, its title run on into the text: 一季度 of the first year the text names (龙伏镇 2018Q1,
    # https://www.xiaomilidoc.com/p-4385426.html, /work/probe-tp 017; the town only as 龙伏, no name read)
    ("a.txt", "乡镇XX年一季度工作情况汇报一季度,全镇上下认真贯彻落实党的十九大精神,围绕市委市政府中心工作和2018年主要目标任务,"
     "以建设灵秀乡村精美龙伏为目标,扎实推进各项工作,全镇经济社会发展稳中有进、稳中向好。", None, "2018Q1"),
    # a town's report naming its city's congress (2022年镇在市委…绍兴市第九次党代会: the town unnamed,
    # http://bibiwenku.com/index/article/detail/detail_id/120994.html, /work/probe-tp 027) ...
    ("a.txt", "2022年镇在市委、市政府的正确领导下根据市委各项工作部署特别是省第十五次党代会、绍兴市第九次党代会和市第十五次党代会"
     "的部署要求高举习近平新时代中国特色社会主义思想伟大旗帜", None, "2022"),
    # ... or its city before a template's stand-in for its name (https://360docs.net/doc/9414080258.html, /work/probe-tp2 049)
    ("a.txt", "2011年上半年宁国市某乡党委、政府\n\n工作总结\n\n2011年上半年宁国市某乡党委、政府工作总结", None, "2011H1"),
    # ... but a county's report is its county's (written)
    ("a.txt", "2022年,宁国市在省委、省政府的正确领导下,全市经济平稳运行。", "宁国市", "2022"),
    # 由镇政府: "by the town's government", no name (http://yyfangchan.com/shiyongfanwen/zongjie/1781498.html,
    # /work/township-corpus3 zhen-xiaofang-zongjie)
    ("a.txt", "乡镇消防安全工作总结\n一、基本情况\nxxx镇镇域面积70.3平方公里,共有49个自然行政村,共有常住人口3.3万人,流动人口"
     "6958人。共有企业179家,其中消防重点单位27家。中小学校共9家,4600名中、小学生在校生。现有24个行政村安装消防栓,31座消防栓"
     "。开发区内有公共消防栓6座。共37座消防栓。\n二、基础设施建设\n(一)我镇的消防基础设施建设由镇政府统一规划、统一管理,已和工业区"
     "市政用水连接,供水等由镇水务站负责。", None, None),
    # every town (要求乡镇…), no one town (written, issue 15)
    ("a.txt", "要求乡镇2022年工作总结\n正文。", None, "2022"),
    # the lines of the web page a report was copied from, before its title (written), are skipped: the head is the
    # report's (仙居县 2018, http://www.zjxj.gov.cn/art/2019/2/22/art_1229311253_3219568.html, /work/probe-tp 005)
    ("a.txt", "首页 > 信息公开 > 规划计划\n【字体：大 中 小】【打印】【关闭】\n分享到：\n"
     "政府工作报告(2019)\n\n\n发布日期: 2019-02-22 访问次数:\n\n政府工作报告\n\n201"
     "9年2月22日在仙居县\n\n第十六届人民代表大会第三次会议上\n\n仙居县人民政府县长  颜海荣\n\n \n\n"
     "各位代表:\n\n现在,我代表仙居县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意"
     "见。",
     "仙居县", "2018"),
    # a title wrapped onto a second line (written, of the title of 大埔县 2019, https://gongwensou.com/zhengfubaogao/36126.html,
    # /work/probe-tp 071), then the report as copied, its own title spaced out (政 府 工 作 报 告)
    ("a.txt", "(广东省)2020年大埔县人民\n政府工作报告(全文)\n"
     "政 府 工 作 报 告PZl\n2020年6月22日在大埔县第十五届PZl\n人民代表大会第五次会议上P"
     "Zl\n大埔县县长熊锋松PZl\n各位代表:PZl\n我代表县人民政府向大会报告工作,请予审议",
     "大埔县", "2019"),
    # a title spaced out as a PDF copies it (written, of a real opening: 东晓街道 2022, traditional,
    # http://suitable-u.com/zwgk/ghjh/jhzj/content/post_10692338.html, /work/probe-tp 003) ...
    ("a.txt", "東 曉 街 道 2022年 工 作 總 結\n一年來,街道堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的二十大和"
     "二十屆一中全會精神", "东晓街道", "2022"),
    # ... but words a space parts are not joined (科右前旗 2023, tests of fresh set9 hinggan-kyqq-2023)
    ("a.txt", "2024年政府工作报告\n\n来源:科右前旗 作者:科右前旗政务 发布时间:2024-03-12 15:58 浏览次数:\n分享\n下载本页 打印",
     "科右前旗", "2023"),
    # a document's number opening the text is no title (written, before the opening of 龙伏镇 2018Q1, /work/probe-tp 017)
    ("a.txt", "浏龙政发〔2018〕3号\n乡镇XX年一季度工作情况汇报一季度,全镇上下认真贯彻落实党的十九大精神,围绕市委市政府中心工作和"
     "2018年主要目标任务,以建设灵秀乡村精美龙伏为目标,扎实推进各项工作。", None, "2018Q1"),
    # news of a session whose head sums up a year's work, or hears the execution of a year's plan (written, in the form
    # of the session news of /work/probe-tp2)
    ("a.txt", "3月13日,区人大代表分团审议区政府工作报告。报告总结了2018年的工作,提出了2019年的目标。", None, "2018"),
    ("a.txt", "8月28日,县人大常委会召开会议,听取和审议了县人民政府关于2019年国民经济和社会发展计划执行情况的报告。",
     None, "2019"),
    # a town named after the opening year, before 坚决 (http://www.putuo.gov.cn/art/2023/3/14/art_1229699716_58970519.html)
    ("a.txt", "2022年,东港街道坚决贯彻落实市、区各项决策部署,围绕我区在建设现代化新普陀中的各项重点任务。", "东港街道", "2022"),
    ("a.txt", "2025年上半年,统溪河镇在县委、县政府的坚强领导下,坚持以习近平新时代思想为指导。", "统溪河镇", "2025H1"),
    # a 政府工作报告 titled 2025年 is delivered early in 2025 and reviews 2024 (../shared/ANNOTATION.md) ...
    ("a.txt", "青溪县2025年政府工作报告\n各位代表：", "青溪县", "2024"),
    # ... unless its first heading names the year it reviews
    ("a.txt", "青溪县2025年政府工作报告\n各位代表：\n一、2025年工作回顾\n2025年是收官之年。", "青溪县", "2025"),
    # real (1980年 and 2010年国务院政府工作报告, ../shared/corpora-national): phrases ending in a place suffix
    # are no towns; a report's own title is not moved by the next year named in its head
    ("a.txt", "1980年中华人民共和国国务院政府工作报告\n各位代表：\n"
     "鉴于过去年度计划制定得比较晚，不利于各地区、各部门早日安排工作，"
     "国务院确定，今年提前制定1981年国民经济计划，提请这次大会审议。", None, "1979"),
    ("a.txt", "2010年中华人民共和国国务院政府工作报告\n各位代表：\n"
     "出口大幅下降，不少企业经营困难，有的甚至停产倒闭，失业人员大量增加，农民工大批返乡，经济增速陡然下滑。",
     None, "2009"),
    # real (fresh set8, 衡南县泉湖镇): the title's year wins over a heading copied from last year's report
    ("a.txt", "泉湖镇2022工作总结及2023年工作计划\n正文。\n一、2021年工作开展情况\n正文。", "泉湖镇", "2022"),
    ("a.txt", "白石乡2024年下半年工作总结\n正文。", "白石乡", "2024H2"),
    ("a.txt", "龙潭街道2025年第三季度工作汇报\n正文。", "龙潭街道", "2025Q3"),
    ("a.txt", "桃源镇2025年1-10月工作情况汇报\n正文。", "桃源镇", "2025M1-M10"),
    ("a.txt", "桃源镇2025年1至10月工作情况\n正文。", "桃源镇", "2025M1-M10"),
    ("a.txt", "2025年1—6月统溪河镇工作情况\n正文。", "统溪河镇", "2025H1"),  # a month range that is a half is named as the half
    ("a.txt", "石门镇2025年前三季度工作总结\n正文。", "石门镇", "2025M1-M9"),
    ("a.txt", "河西镇2024年工作总结和2025年工作计划\n正文。", "河西镇", "2024"),
    ("a.txt", "云峰乡上半年工作总结\n3月，春耕。2025年4月，全乡完成播种。", "云峰乡", "2025H1"),
    ("a.txt", "关于统溪河镇2025年上半年工作情况的报告\n正文。", "统溪河镇", "2025H1"),
    ("a.txt", "青溪县统溪河镇2025年上半年工作总结\n正文。", "统溪河镇", "2025H1"),
    ("a.txt", "中共统溪河镇委员会2025年上半年工作总结\n正文。", "统溪河镇", "2025H1"),
    ("a.txt", "统溪河镇人民政府2025年上半年工作总结\n正文。", "统溪河镇", "2025H1"),
    ("a.txt", "白石乡二〇二五年上半年工作总结\n正文。", "白石乡", "2025H1"),
    ("a.txt", "石门街道２０２５年上半年工作总结\n正文。", "石门街道", "2025H1"),
    ("a.txt", "高新区管委会2025年工作要点\n正文。", "高新区", "2025"),
    ("a.txt", "新乡市2025年政府工作报告\n正文。", "新乡市", "2024"),
    # delivered in January 2025, a government work report reviews 2024
    ("a.txt", "政府工作报告\n——2025年1月10日在青溪县第十八届人民代表大会第五次会议上", "青溪县", "2024"),
    ("a.txt", "安平县2025年政府工作报告\n——2026年1月14日在安平县第十八届人民代表大会第六次会议上", "安平县", "2025"),
    ("a.txt", "政府工作报告\n（2019年12月20日在青溪县第十七届人民代表大会第四次会议上）", "青溪县", "2019"),
    ("a.txt", "桃源乡人民政府\n2025年上半年工作情况汇报\n（2025年7月8日）\n县委、县政府：", "桃源乡", "2025H1"),
    ("龙潭镇2025年上半年.txt", "今年以来，我镇坚持推进乡村振兴，城镇建设稳步推进。", "龙潭镇", "2025H1"),
    ("统溪河镇2025年上半年工作总结.txt", "全镇各项工作稳步推进。", "统溪河镇", "2025H1"),
    ("report.txt", "2025年上半年，全镇在县委的坚强领导下推进城镇化。", None, "2025H1"),
    ("tongxihe-2025h1.txt", "全镇工作稳步推进。", None, "2025H1"),
    ("qingxi-2025.txt", "全县工作稳步推进。", None, "2025"),
    ("hexi-2025h1.txt", "上半年以来,河西镇党委、政府在县委的领导下,紧扣2025年度目标任务。", "河西镇", "2025H1"),
    ("a.txt", "八里镇2025年上半年工作总结\n正文。", "八里镇", "2025H1"),  # a numeral in the name
    ("a.txt", "三河镇2024年工作总结\n正文。", "三河镇", "2024"),
    ("a.txt", "王集镇2024年工作总结\n正文。", "王集镇", "2024"),
    # a news piece on the congress that reviews a year (石排镇 2024, towns1, as written in traditional characters)
    ("a.txt", "近日,石排鎮第十八屆人民代表大會第六次會議召開。大會回顧總結了2023年石排的發展成果,并對2024年各項目標任務"
     "進行了部署。", "石排镇", "2023"),
    ("qingxi-2025.txt", "1月8日，青溪县第十八届人民代表大会第五次会议召开。会议回顾了2024年全县工作。", "青溪县", "2024"),
    # a title naming the county or city apart, or before a follower: the report's is the lowest place named
    ("a.txt", "【青溪县】统溪河镇2025年上半年工作总结\n正文。", "统溪河镇", "2025H1"),
    ("a.txt", "青溪县人民政府石门街道办事处2025年上半年工作总结\n正文。", "石门街道", "2025H1"),
    ("a.txt", "青溪经济开发区（石门街道）2025年上半年工作总结\n正文。", "石门街道", "2025H1"),
    # real titles and heads (tests/gold/real, sources.tsv): 益农镇 (zhejiang3), 茶园乡 (township4), 灵峰街道
    # (zhejiang3), 高桥街道 and 崇福镇 (county2; 桐乡 of 桐乡市 is no 乡, 5个社区 no 个社区), 西江镇 (township4)
    ("a.txt", "(杭州市)萧山区益农镇2021年政府工作报告\n  ——在益农镇第十一届人民代表大会第九次会议上", "益农镇", "2020"),
    ("a.txt", "(兴国县)2020年茶园乡人民政府工作报告(全文)\n政府工作报告\n——2020年7月3日在茶园乡第十八届人民代表大会"
     "第七次会议\n茶园乡人民政府乡长陈勇\n各位代表:\n一、2019年工作回顾", "茶园乡", "2019"),
    ("a.txt", "安吉县人民政府灵峰街道办事处2024年度工作报告\n\n一、2024年工作回顾", "灵峰街道", "2024"),
    ("a.txt", "桐乡经济开发区(高桥街道)2024年工作总结和2025年工作思路\n一、2024年工作总结", "高桥街道", "2024"),
    ("chongfu-2024.txt", "桐乡市崇福镇基本情况简介(2025年)\n全镇面积100.14平方公里,辖26个村和5个社区。2024年,预计实现地区生产"
     "总值93.95亿元。", "崇福镇", "2024"),
    ("xijiang-2021.txt", "各位代表:\n现在,我代表西江镇人民政府向大会作政府工作报告请予审议。\n一、2021年工作回顾", "西江镇",
     "2021"),
    # 塔洋镇2015年政府工作报告 (/work/gold-fresh/set10, 琼海市人民政府网): a date line wrapped before 人民代表大会, and a
    # first heading with no 一、, date a report titled 2015年 that reviews 2015 (delivered March 2016)
    ("a.txt", "塔洋镇2015年政府工作报告\n\n政 府 工 作 报 告\n\n——2016年3月7日在塔洋镇第十五届\n\n人民代表大会第六次会议上"
     "\n\n各位代表:", "塔洋镇", "2015"),
    ("a.txt", "塔洋镇2015年政府工作报告\n\n各位代表:\n\n现在,我代表镇人民政府向大会报告工作。\n\n2015年工作回顾\n\n"
     "2015年,我们在市委、市政府的正确领导下,全力发展休闲农业和乡村旅游新业态。", "塔洋镇", "2015"),
    # not towns: a fragment of 区委区政府, 要求乡镇, a phrase describing a place; a county bureau's report
    # (黄溪口镇 2023, township4: only 镇 and 我代表镇人民政府; 长街镇 2024, zhejiang3: 领跑全县)
    ("a.txt", "政府工作报告\n—2023年12月27日在镇第十八届人民代表大会第四次会议上\n李振山\n各位代表:\n现在,我代表镇"
     "人民政府向大会报告工作。", None, "2023"),
    ("changjie-2024.txt", "一、2024年工作回顾(部分内容)\n农林牧渔业总产值11.6亿元、增长6%,领跑全县,固定投资累计完成3.2亿元。",
     None, "2024"),
    ("a.txt", "2025年上半年工作总结\n上半年，在区委区政府的坚强领导下，我镇各项工作稳步推进。", None, "2025H1"),
    ("a.txt", "2025年上半年工作总结\n按照县委要求乡镇开展工作，全镇各项工作稳步推进。", None, "2025H1"),
    ("a.txt", "2025年工作总结\n我镇是远近闻名的商贸重镇，全年实现税收500万元。", None, "2025"),
    ("a.txt", "澄阳县乡村振兴局2025年上半年工作总结\n正文。", None, "2025H1"),
    ("a.txt", "上半年工作总结\n正文没有日期。", None, None),
    ("a.txt", "今年以来，全镇3-5月开展春耕。", None, None),  # a bare month range in running text is no period
    # no title, no year in the file name: the first heading names the year reviewed (西江镇 2021, township4)
    ("a.txt", "各位代表:\n现在,我代表西江镇人民政府向大会作政府工作报告请予审议。\n一、2021年工作回顾\n2021年是中国共产党成立"
     "100周年。", "西江镇", "2021"),
    ("a.txt", "各位代表：\n一、2024年成就\n全镇工作稳步推进。", None, "2024"),
    # real heads of the fresh blind set6 and set7 (pages corpus; /work/gold-fresh/set6, set7 sources.tsv):
    # 金牛镇 2022H1: the first heading names the half reviewed, over the head's 2022年1-5月
    ("a.txt", "今年以来,在市委、市政府的正确领导下,金牛镇党委坚持以习近平新时代中国特色社会主义思想为指导。\n"
     "一、上半年社会经济发展主要工作目标任务完成情况\n(一)主要经济指标完成情况\n规模以上工业。我镇目前有规模以上工业企业"
     "5家。2022年1-5月市级下达目标1.16亿元。", "金牛镇", "2022H1"),
    # 茗山乡 2021: a 基本情况 paragraph opens with the report's own place, then names its county
    ("daye-mingshan-2021.txt",
     "1、基本情况\n茗山乡隶属于湖北省大冶市,地处大冶市西部边陲。2021年茗山乡党委荣获“全省先进基层党组织”称号。",
     "茗山乡", "2021"),
    # 鹅池镇 2023: a news piece on the congress that heard the 《2023年政府工作报告》 with 2024年's budget: it reviews 2023
    ("a.txt", "奋力开创鹅池发展新局面\n\n本报讯 近日,黔江区鹅池镇召开第五届人民代表大会第五次会议。\n\n会议听取和审议了"
     "《2023年政府工作报告》《2023年人大主席团工作报告》;审查了《2023年财政预算执行情况和2024年财政预算(草案)的报告》。\n\n据悉,2023年,鹅池镇坚持以经济社会发展为统领。",
     "鹅池镇", "2023"),
    # written: the same news piece with no later year keeps the rule (delivered early in 2023, on 2022)
    ("a.txt", "本报讯 近日,鹅池镇召开第五届人民代表大会第四次会议。\n会议听取和审议了《2023年政府工作报告》。\n"
     "据悉,鹅池镇坚持以经济社会发展为统领。",
     "鹅池镇", "2022"),
    ("a.txt", "各位代表：\n一、前三季度工作完成情况\n2025年1-8月，全镇完成投资2亿元。", None, "2025M1-M9"),
    # real heads of the fresh blind sets set11 and set12 (pages corpus; /work/gold-fresh/set11, set12 sources.tsv):
    # 渔溪镇 2021 (巴中市恩阳区): a 换届 report dated under the congress line, in October: it reviews 2021
    ("a.txt", "渔溪镇2021年政府工作报告\n\n2022-01-04 22:31 来源: 渔溪镇\n\n政府工作报告\n\n \n\n在渔溪镇第二十届人民代表大会"
     "第一次会议上\n\n余定洲\n\n2021年10月25日\n\n \n\n各位代表:", "渔溪镇", "2021"),
    # written: the same order, delivered in January, reviews the year before
    ("a.txt", "政府工作报告\n在青溪县第十八届人民代表大会第五次会议上\n李明\n2025年1月10日\n各位代表:", "青溪县", "2024"),
    # 未央宫街道 2022 (西安市未央区): the place opening the first sentence (…以…为主线), not a verb and a level
    # (围绕区第十三次党代会…); 荷花池街道 2022H1 (常州市钟楼区) names no place: 认真贯彻市、区…, 守好社区第一道防线
    ("xian-2022.txt", "2022年以来,在区委、区政府的正确领导下,未央宫街道以迎接党的二十大召开、学习贯彻党的二十大精神为主线,"
     "统筹“疫情要防住、经济要稳住、发展要安全”三件大事,围绕区第十三次党代会确定的国家中心城市首善区建设目标。",
     "未央宫街道", "2022"),
    ("a.txt", "今年以来,在区委、区政府坚强领导下,街道上下坚持稳中求进工作总基调,认真贯彻市、区产业发展大会精神。\n"
     "一、2022年上半年工作总结\n众志成城,疫情防线严密筑牢。卡口值班值守等工作,守好社区第一道防线。", None, "2022H1"),
    # 天宁区 街道 2023年工作总结 (常州, fresh set29) names no place: a park (楼宇园区经济座谈会) is no town
    ("a.txt", "一、2023年工作总结\n(一)特色亮点工作\n1. 文化宫商圈打开流量新天地。进一步发挥文化宫商圈联盟的优势,协调辖区内"
     "晋陵集团、购物中心、南城脚牡丹里等重点企业参与商圈联盟共建,累计召开商圈振兴专题协商议事会、楼宇园区经济座谈会等各类活动9次。",
     None, "2023"),
    # real heads of the fresh blind set14 (pages corpus; /work/gold-fresh/set14 sources.tsv): 广州 番禺区's 街道 call
    # themselves 市桥街, 沙湾街, 大龙街 (…街党工委); 楚雄市's report comes under a notice whose first line is its addressees
    ("shiqiao-2021.txt", "2021年工作总结\n\n来源:本网 发布时间:2022-01-25 11:58:41 阅读次数:-\n\n  2021年,市桥街团结带领"
     "全街干部群众增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "市桥街", "2021"),
    ("shawan-2023.txt", "2023年以来,沙湾街始终坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。",
     "沙湾街", "2023"),
    ("dalong-2022.txt", "2022年,是党的二十大召开之年。一年来,大龙街党工委、大龙街道办事处在区委、区政府的正确领导下,"
     "牢记总书记殷殷嘱托。", "大龙街", "2022"),
    ("a.txt", "楚雄高新区,各乡镇人民政府,市属各部门:\n\n2022年《政府工作报告》已经楚雄市第十届人民代表大会第一次会议"
     "审议通过,现予印发,请认真贯彻落实。\n\n楚雄市人民政府\n\n2022年1月27日\n\n(此件公开发布)\n\n政府工作报告\n\n"
     "——2022年1月20日在楚雄市第十届人民代表大会第一次会议上", "楚雄市", "2021"),
    # written: 我谨代表镇人民政府 and 圆满完成了镇… name no town (代表 and 了 end no name)
    ("a.txt", "政府工作报告\n各位代表:\n现在,我谨代表镇人民政府向大会报告工作,请予审议。\n一、2024年工作回顾\n"
     "一年来,我们圆满完成了镇第十八届人民代表大会第三次会议确定的目标任务。", None, "2024"),
    # 白音他拉苏木 2022 (内蒙古 奈曼旗, /work/gold-fresh/set16): a 苏木 is 内蒙古's township
    ("a.txt", "——2023年3月24日在白音他拉苏木第十九届人民代表大会第三次会议上\n白笑宇\n各位代表:\n现在,我代表白音他拉苏木人民"
     "政府向大会报告工作,请予审议,并请列席会议的同志们提出意见。\n一、2022年工作回顾", "白音他拉苏木", "2022"),
    # 华漕镇 2024 and 浦锦街道 2023H1 (上海 闵行区, /work/gold-fresh/set17): a phrase of thanks (坚强领导和镇人大), a
    # conjunction (及街道党工委) or a verb (推进街道…) before a bare level word names no town
    ("a.txt", "一、2024年工作回顾 过去一年,我们坚决贯彻落实区委、区政府决策部署,在镇党委的坚强领导和镇人大的监督支持下,"
     "在全镇广大干部群众的共同努力下,坚定落实国家战略。", None, "2024"),
    ("pujin-2023h1.txt", "一、上半年工作总结 今年是全面贯彻落实党的二十大精神的开局之年。"
     "我们全面落实区委、区政府及街道党工委决策部署,推进街道经济社会高质量发展。"
     "主要做了以下六方面工作: (一)坚持统筹兼顾 1-6月完成财政收入5亿元。", None, "2023H1"),
    # written: a street is no town (the first place in the head is the one after it)
    ("a.txt", "2025年工作总结\n建成美食街、步行街,全年接待游客10万人次。\n青溪镇全面推进乡村振兴。", "青溪镇", "2025"),
    # 大雁塔街道 2022 (西安市雁塔区, set11): no title, the place named only deep in the text, before a follower (机关)
    ("a.txt", "一、2022年各项工作完成情况\n今年以来,在区委、区政府正确领导下,扎实完成目标考核各项任务。\n"
     "(一)强化政治引领。召开街道党工委中心组学习16次。\n二是深化作风建设。制定《大雁塔街道机关干部管理办法》等八项制度。",
     "大雁塔街道", "2022"),
    # written: two towns named in the text, or only a fragment (区委和镇党委), and it names none
    ("a.txt", "一、2022年工作完成情况\n" + "全年完成各项任务。\n" * 5 + "制定《大雁塔街道机关干部管理办法》,学习《小寨路街道"
     "机关工作规则》。", None, "2022"),
    ("a.txt", "一、2022年工作完成情况\n" + "全年完成各项任务。\n" * 5 + "在区委和镇党委的领导下,全年完成任务。", None, "2022"),
    # real heads of the fresh blind set17 (上海 闵行区) and set16 (内蒙古 奈曼旗): the formula 在镇党委的坚强领导和镇人大的
    # 监督支持下, a verb before 街道, 区政府及街道党工委 and a quoted slogan name no town; 苏木 is a township of 内蒙古
    ("a.txt", "一、2024年工作回顾 过去一年,我们坚决贯彻落实区委、区政府决策部署,在镇党委的坚强领导和镇人大的监督支持下,"
     "在全镇广大干部群众的共同努力下,坚定落实国家战略。", None, "2024"),
    ("a.txt", "一、上半年工作总结 今年是全面贯彻落实党的二十大精神的开局之年。我们全面落实区委、区政府及街道党工委决策部署,"
     "对标对表、凝心聚力,推进街道经济社会高质量发展。", None, None),
    ("a.txt", "围绕“生态人文滨江新城区、高端科技产业引领区”发展目标 上海市闵行区浦江镇奋力书写现代化建设“新答卷”\n"
     "2024-03-06 02:50:00\n建镇23年来,浦江镇各项事业取得跨越式发展。", "浦江镇", None),
    ("a.txt", "——2023年3月24日在白音他拉苏木第十九届人民代表大会第三次会议上\n各位代表:\n现在,我代表白音他拉苏木人民政府"
     "向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年,在旗委、政府和苏木党委的坚强领导下,在苏木人大的监督支持下。",
     "白音他拉苏木", "2022"),
    # real heads (the search tool's pages corpus: m.wenke99.com p-4734446, p-5557338; wnwk.com doc 2110341;
    # m.61taotao.com office 230814): "our" town and a template's 某街道 are no name; a title names its town before
    # 近三年 or 镇长
    ("a.txt", "上半年各项重点工作基本情况及下半年工作目标措施的调研报告\n今年以来,我镇紧紧围绕年度各项目标任务,以创新的"
     "工作方法积极推进各项工作,取得了一定的成效,现将我镇2015年上半年重点工作完成情况及下半年工作", None, "2015H1"),
    ("a.txt", "南马镇近三年工作总结\n三年来,在市委、市政府的正确领导下,在全镇党员干部和广大", "南马镇", None),
    ("a.txt", "吉昌镇镇长述职报告\n一年来,自己团结带领政府一班人,在镇党委的", "吉昌镇", None),
    ("a.txt", "2020年度某街道工作总结和2021年度工作思路\n一、2020年度工作总结\n今年以来,XX开发区(XX街道)紧紧围绕市委、"
     "市政府工作部署,全力推进产业转", None, "2020"),
    # real heads of /work/township-corpus (SOURCES.tsv): a slogan ending in a level word inside a sentence
    # (xx-xiang-renda-report), a preposition before a bare level word (xiang-2021h1-hetang), a news piece on a
    # 街道's meeting (京口区四牌楼街道 2023, once simailou-jd-2023 there), a 镇's title naming only its county (jianmen-zhen-2025)
    ("a.txt", "xx乡第十届人民代表大会第二次会议政府工作报告\n各位代表、同志们:\n现在,我代表乡人民政府向大会作政府工作报告,"
     "请予审议。\n(一)经济指标在克难攻坚中实现新增长\n一年来,我们紧扣中心,实干兴乡,千方百计破解发展难题", None, None),
    ("a.txt", "2021年上半年某乡政府工作总结\n今年以来,乡党委政府认真落实区三大战略。\n一、真抓实干,区域经济态势喜人\n"
     "租赁亭子前村110亩荷花基地作为风景点,同区人民政府签订了框架投资协议。", None, "2021H1"),
    ("a.txt", "四牌楼街道召开2023年度议政会第二次会议\n近日,京口区四牌楼街道召开2023年度议政会第二次会议。今年以来,街道经济"
     "各项指标稳中向好", "四牌楼街道", None),
    ("a.txt", "镇年度工作总结(剑阁县)\n严守红线,保障粮食安全。我镇严格落实耕地保护制度。", None, None),
    # real texts titled by their level alone, the town named in the body (jhxinrui.com shiyongfanwen26/3005,
    # wap.haoword.com qitazongjie/978163): before a profile word, or twice where a piece of text starts; a slogan once,
    # a name after 的 and a name of another level name none (m.jinchutou.com p-115925746: a 民族乡, its name masked)
    ("a.txt", "乡镇2020年脱贫攻坚工作汇报\n一、工作目标任务\n同心镇辖区面积139.3平方公里,全镇总人口7587户,26932人,“十三五”"
     "贫困村5个。", "同心镇", "2020"),
    ("a.txt", "街道2021年工作总结暨2022年工作计划\n一、2021年工作总结\n(一)不断夯实党建工作基础\n打造全区首个街道级党史党性"
     "教育基地——福海街道党史党性教育基地。\n探索党建引领产业链高质量发展,成立中共福海街道智能制造产业链委员会。",
     "福海街道", "2021"),
    ("a.txt", "街道2021年工作总结暨2022年工作计划\n一、2021年工作总结\n打造全区首个街道级党史党性教育基地——福海街道党史党性"
     "教育基地。", None, "2021"),
    ("a.txt", "民族乡工作进展情况汇报\n是宁化最边远分散的高山乡。\n平均海拔678米,为全县地势最高的高山乡,"
     "县内最高峰鸡公栋海拔1398米落座在境内。", None, None),
    ("a.txt", "镇2010年工作总结及2011年工作目标思路规划\n坚持农业稳镇。\n福海街道党史党性教育基地。\n中共福海街道委员会。",
     None, "2010"),
    # real heads (jiexi.gov.cn post_884938, 东园镇; m.777doc.com doc-3624781, 西滨镇; fresh set68): a half-year's review
    # heading wins over the title's year of delivery; a date line run on into its speaker names the town, and 上级和镇 of
    # 上级和镇党委 is none
    ("a.txt", "2024年政府工作报告\n——2024929日在东园镇第十五届人民代表大会\n第七次会议上\n东园镇镇长 李欢庆\n各位代表:\n"
     "我代表镇人民政府向大会作工作报告,请予审议,并请列席人员提出意见。\n2024年上半年工作回顾\n", "东园镇", "2024H1"),
    ("a.txt", "坚持科学发展注重社会和谐着力建设更加富裕和谐美丽的西滨——2008年1月29日在第五届人民代表大会第二次会议上西滨镇副镇长"
     "庄金治各位代表:现在,我受镇人民政府的委托向大会作工作报告,请各位代表审议,并请各位列席同志提出意见。", "西滨镇", "2007"),
    ("a.txt", "政府工作报告\n2007年是本届政府的届首之年。一年来在上级和镇党委的正确领导下,在人大主席团的监督下,"
     "镇政府紧紧依靠全镇人民。",
     None, "2007"),
    # real heads of /work/township-corpus2 (SOURCES.tsv): a sentence's words before 市政府 (huaichuan-jd-nianzhong) and
    # a kind of area (xuanwei-xiangzhen-2016) are no town; a title reviewing a year and planning the next is the
    # review's (zhen-2025-zhenzhang-book118)
    ("a.txt", "街道办事处年终总结\n对背街小巷进行了全面的改造整治,全力配合市政府搞好了圭斋路立面改造工程。", None, None),
    ("a.txt", "中共宣威市委执政纪要2016 乡(镇)党委 街道党工委工作\n植面积1530亩,收购烟叶20.5万千克,实现产值620万元。\n"
     "承办玉米高产创建样板8000亩(核心区1600亩)、洋芋生产示范样板5500亩(核心区1100亩)。", None, None),
    ("a.txt", "2025年乡镇政府镇长工作总结及2026年工作计划\n一、2025年工作回顾\n(一)经济发展提质增效", None, "2025"),
    # written: a name ending a piece at a line's end or before a follower is still the town; 镇江市 is a city
    ("a.txt", "工作总结\n一年来,统溪河镇\n全镇上下齐心协力。", "统溪河镇", None),
    ("a.txt", "镇江市2023年政府工作报告\n各位代表:", "镇江市", "2022"),
    # real (fresh set26: 济南 官庄街道 2022, a 河北 county 2022): the place thanking its superiors opens the report;
    # a title it was awarded (“四好农村路”示范县) is no town
    ("a.txt", "工作总结\n2022年以来,官庄街道在区委、区政府坚强领导下,统筹疫情防控和经济发展任务", "官庄街道", "2022"),
    ("a.txt", "工作总结\n56条76公里农村公路实现提档升级,建成省级“四好农村路”示范县。", None, None),
    # written: a line of only a date under the title dates the report as a date line does; so does a page's date of
    # publication; a year opening the first sentence is the year reviewed (issue 15: 2021年，全镇…)
    ("a.txt", "城南区政府工作报告\n（2023年1月10日）\n各位代表：过去一年", "城南区", "2022"),
    ("a.txt", "城南街道工作总结\n发布时间：2022-11-25\n今年以来,城南街道", "城南街道", "2022"),
    ("a.txt", "城南镇：奋力谱写高质量发展新篇章\n2015年，城南镇紧紧围绕", "城南镇", "2015"),
    # real (/work/township-corpus3 sangesi-xiang-2011): a statistics office's analysis of a town's farmers' income
    ("sangesi-xiang-2011.txt", "2011年三阁司乡农民人均纯收入分析(隆回县)\n县统计局:\n2011年三阁司乡人均纯收入为1996元。",
     "三阁司乡", "2011"),
    # real (枫树岭镇 2020, a third-party copy whose every line ends with the site's mark, fresh set22): the heading
    # under the mark names the year reviewed
    ("a.txt", "(淳安县)2020年枫树岭镇人民政府工作报告(全文)\n\n  ——在枫树岭镇第十七届人民代表大会第九次会议上hS2乡村百科--"
     "为乡村振兴助力\n\n  各位代表、同志们:hS2乡村百科--为乡村振兴助力\n\n  下面,我代表镇人民政府向大会报告工作,请予审议,"
     "并请参加会议的各位列席代表提出宝贵意见。hS2乡村百科--为乡村振兴助力\n\n  2020年工作回顾hS2乡村百科--为乡村振兴助力\n\n"
     "  2020年是淳安特别生态功能区建设推进之年。hS2乡村百科--为乡村振兴助力\n", "枫树岭镇", "2020"),
    # real (鄣吴镇 2021, fresh set22): a date line in Chinese numerals, with no year in the title, delivered in January ...
    ("a.txt", "鄣吴镇人民政府工作报告\n\n  二〇二一年一月二十二日在鄣吴镇第十七届人民代表大会第九次会议上\n\n  刘欣欣\n\n"
     "  各位代表:\n", "鄣吴镇", "2020"),
    # ... written: and in December
    ("a.txt", "鄣吴镇人民政府工作报告\n\n  二〇二〇年十二月二十二日在鄣吴镇第十七届人民代表大会第九次会议上\n\n  各位代表:\n",
     "鄣吴镇", "2020"),
    # written (issue 15's form): a head paragraph opening with a year alone names the year reviewed when nothing else
    # does; a title's year, a file name's period (real head: /work/township-corpus zhen-2016h1-liuyang) and a first
    # heading come first
    ("a.txt", "2021年，全镇实现生产总值12亿元，同比增长6%。\n", None, "2021"),
    ("a.txt", "工作总结\n2021年，全镇实现生产总值12亿元，同比增长6%。\n", None, "2021"),
    ("x-2016h1.txt", "镇2016年半年工作总结\n2016年,我镇紧紧围绕“建设浏北经济核心区,打造都市旅游特色镇”目标。\n", None, "2016H1"),
    ("a.txt", "各位代表：\n2021年，全镇上下团结一心。\n一、2020年工作回顾\n", None, "2020"),
    ("a.txt", "政府工作报告\n各位代表：\n现在，我代表镇人民政府向大会报告工作。\n2023年是全面贯彻党的二十大精神的开局之年。\n",
     None, "2023"),
    # real titles (/work/township-corpus zhen-2016h1-liuyang, xiasha-jd-2022h1) under a file name that says nothing: a
    # half-year with no 上 or 下 is the first
    ("a.txt", "镇2016年半年工作总结\n2016年,我镇紧紧围绕“建设浏北经济核心区,打造都市旅游特色镇”目标。\n", None, "2016H1"),
    ("a.txt", "下沙街道2022年半年度工作总结\n", "下沙街道", "2022H1"),
    # the date in brackets after the speaker, on the line naming the congress: delivered early in 2020, the report
    # reviews 2019 whatever its title's year (written; real: /work/township-corpus3 longxian-2019)
    ("a.txt", "2019年青溪县人民政府工作报告\n——在青溪县第十七届人民代表大会第四次会议上县长张三(2020年1月8日)\n各位代表:",
     "青溪县", "2019"),
    ("a.txt", "2019年青溪县人民政府工作报告\n——在青溪县第十七届人民代表大会第四次会议上县长张三(2019年12月28日)\n各位代表:",
     "青溪县", "2019"),
    ("a.txt", "2019年陇县人民政府工作报告\n——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:现在,我代表县"
     "人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。2019年工作回顾2019年,是陇县发展进程中极其关键、极不"
     "平凡的一年。", "陇县", "2019"),
    # written: the same with no mark reviews the year before its title's
    ("a.txt", "(淳安县)2020年枫树岭镇人民政府工作报告(全文)\n\n  ——在枫树岭镇第十七届人民代表大会第九次会议上\n\n"
     "  各位代表、同志们:\n\n  下面,我代表镇人民政府向大会报告工作。\n\n  2020年是淳安特别生态功能区建设推进之年。\n",
     "枫树岭镇", "2019"),
    # a year opening the text, then counting to mid-year (截至6月底): that year's first half
    # (https://longhui.gov.cn/lhxsmq/jhzj/201312/5389a520fd29454892e83bfcf1600663.shtml, /work/probe-tp4 35)
    ("a.txt", "2013年,我镇以\"三敢三创\"活动为载体, 紧扣中心,服务大局,扎实推进各项工作有序开展。\n"
     "一、经济发展形势较好。截至6月底,全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。", None, "2013H1"),
    # a 年终 after the body of the title, read through its pinyin glosses (http://gz-shine.com/fanwen/nianzhongzongjie/
    # 1332904593573809.htm, /work/probe-tp4 49)
    ("a.txt", "2013年鄉(xiāng)政府年終工作總結(jié)\n", None, "2013"),
    ("a.txt", "2013年乡政府年终工作总结\n", None, "2013"),
    # the year only in the file name, the head's first words on a period a part of it (张庄镇, fresh set43:
    # https://zcw.gov.cn/index.php/cms/item-view-id-11653.shtml); 全年 first leaves the year
    ("zhangzhuang-2022.txt", "今年以来,在市委、市政府的坚强领导下,张庄镇坚持坚持稳中求进工作总基调,"
     "紧盯目标任务、关键环节,认真谋划、统筹推进,各项工作有序开展。1—5月份,累计完成税收1640万元,", "张庄镇", "2022M1-M5"),
    ("zhangzhuang-2022.txt", "今年以来,张庄镇坚持稳中求进工作总基调。全年累计完成税收1640万元。", "张庄镇", "2022"),
    # 年度 and 一年来 before the months the figures run to: a year's summary (未央宫街道 2022, fresh set42:
    # http://www.weiyang.gov.cn/zwgk/ghjh/jdjhzj/1737361055370784769.html)
    # a place a clause of the head runs into after its verb names no town (平湖街道 2024, fresh set46:
    # https://www.lg.gov.cn/bmzz/phjdb/xxgk/ghjh/ndgzjhjzj/content/post_12100942.html); a title inside the line does
    # (疏附县 2023年政府工作报告, /work/township-corpus6 018: jieba tags 疏附 as a verb, 疏附县 as a place)
    ("a.txt", "一、2024年工作总结\n(一)这一年,我们坚持以“构建现代化产业体系”为着力点。成立龙岗区直播电商行业协会,打造跨境电商与"
     "直播人才培育基地;举办龙岗区第二届直播+跨境电商选品大会,打造名优产品推介服务供应链平台。", None, "2024"),
    ("a.txt", "2024年疏附县政府工作报告 2023年1月5日在疏附县第十七届人民代表大会第三次会议上 疏附县人民政府县长",
     "疏附县", "2022"),
    # a congress's number after the place (清河区十届人大, 铁岭 清河区 2023, fresh set64); 是 joins two places (集安 清河镇
    # 2020, fresh set64: 清河镇是集安市…主阵地, traditional as written)
    ("a.txt", "2023年度政府工作报告\n\n  清河区十届人大\n\n  三次会议材料(1)\n\n  政 府 工 作 报 告\n\n"
     "  (2023年12月20日在铁岭市清河区十届人大三次会议第一次全体会议上)\n\n各位代表、同志们:\n\n  一、2023年工作回顾\n",
     "清河区", "2023"),
    ("a.txt", "2019年,吉林省通化集安市被評為“全國‘兩山’理念實踐創新基地”,清河鎮是集安市“全國‘兩山’理念實踐創新基地”的主陣地。"
     "巍巍老嶺,悠悠清河。\n清河鎮位于吉林省東南部,集安市西北部,因葦沙河水清澈透明取名清河。", "清河镇", "2019"),
    # a title naming the town again after a verb (江油 义新镇 2017, fresh set63): 上报义新镇 is 义新镇
    ("a.txt", "江油市义新镇人民政府关于上报义新镇2017年工作总结及2018年工作计划的报告\n  市政府研究室:\n"
     "  在市委、市政府的坚强领导下,我镇抢抓机遇,团结奋进,各项工作取得了明显的成效。", "义新镇", "2017"),
    ("weiyanggong-2022.txt", "2022年以来,在区委、区政府的正确领导下,未央宫街道以迎接党的二十大召开为主线。\n"
     "一、年度目标任务完成情况\n一年来,街道统筹兼顾谋发展。1至11月,全社会固定资产投资绝对额19.4亿元。", "未央宫街道", "2022"),
    # a merged town's history names it (寨市乡 2016, fresh set60:
    # http://freekaoyan.com/wm/01/002/2018/01-12/1515743572840225.shtml); the 现 before it is no part of the name
    ("zhaishi-2016.txt",
     "精准扶贫工作总结\n"
     "2016年以来,我乡认真贯彻落实中央、省、市、县农村工作和扶贫工作会议精神,扶贫工作以加强农村基层组织为核心,"
     "以建设新农村为主题,紧扣“整村推进、劳务培训、产业扶贫”三项重点,制定发展规划,积极争取项目,多方筹措资金,健"
     "全扶贫机制,强化扶贫责任,扶贫工作取得阶段性成果,现将今年以来的工作总结如下:\n"
     "一、基本情况\n"
     "现寨市乡由原寨市乡、黄桑坪乡、朝仪乡合并而成,位于xx县西南方,总面积420平方千米,总人口3.2万人,S22"
     "1国防道和xx高速、xx高速连接线贯穿境内。",
     "寨市乡", "2016"),
    # figures so far in October or November: the year's summary, not a part of it (次邱镇 2022, fresh set46:
    # http://www.wenshang.gov.cn/art/2023/3/22/art_73228_2756254.html; 常泰街道 2021, fresh set58, traditional as written:
    # http://www.mfiorese.com/zwgk/jdyq/ctjd/ghjh/202503/t20250311_3147581.htm)
    ("ciqiu-2022.txt", "今年以来,在县委、县政府的正确领导下,次邱镇坚持“12315”工作思路,统筹抓好疫情防控和经济发展,"
     "全镇经济发展持续向好、社会大局和谐稳定。1-10月份,完成财政收入3077万元,增长4.9%;",
     "次邱镇", "2022"),
    ("changtai-2021.txt", "一、重點(diǎn)工作及亮點(diǎn)成效\n"
     "今年以來,面對疫情反復(fù)、安全生產(chǎn)等復(fù)雜嚴(yán)峻形勢,常泰街道堅持目標(biāo)導(dǎo)向、問題導(dǎo)向和結(jié)果導(dǎo)向,"
     "有為應(yīng)對各種風(fēng)險挑戰(zhàn),有力破解各種困難頑疾,持續(xù)推進(jìn)經(jīng)濟(jì)社會高質(zhì)量發(fā)展。\n"
     "(一)抓實(shí)體強(qiáng)根基,經(jīng)濟(jì)發(fā)展穩(wěn)中提質(zhì)。主要指標(biāo)逆勢上揚(yáng)。1-11月份,一般公共預(yù)算總收入25764萬元,",
     "常泰街道", "2021"),
]


@pytest.mark.parametrize(("name", "text", "town", "period"), GUESSES, ids=[f"{r[0]}:{r[1][:12]}" for r in GUESSES])
def test_town_and_period_guesses(tmp_path, name, text, town, period):
    report = _read(tmp_path, name, text.encode("utf-8"))
    assert (report.town, report.period) == (town, period)


def test_figures_so_far_in_a_years_summary_keep_the_months_they_run_to(tmp_path):
    # 次邱镇 2022 (fresh set46, the source above): the report is the year's, so 1-10月份 is each figure's own period
    text = ("今年以来,在县委、县政府的正确领导下,次邱镇坚持“12315”工作思路,统筹抓好疫情防控和经济发展,"
            "全镇经济发展持续向好、社会大局和谐稳定。1-10月份,完成财政收入3077万元,增长4.9%;规模以上工业总产值增幅69.7%,")
    figures = extract_report(_read(tmp_path, "ciqiu-2022.txt", text.encode())).figures
    assert [(f.surface, f.scope_period) for f in figures] == [("3077万元", "1-10月"), ("4.9%", "1-10月"), ("69.7%", "1-10月")]


def test_a_congress_reviewing_a_year_delivers_the_report_the_year_after(tmp_path):
    text = "近日，青溪县第十八届人民代表大会第五次会议召开。会议回顾了2024年全县工作。\n主要预期目标是：地区生产总值增长6%。"
    report = _read(tmp_path, "a.txt", text.encode())
    assert (report.period, report.delivered) == ("2024", 2025)
    goal = extract_report(report).figures[-1]
    assert (goal.surface, goal.kind, goal.scope_period) == ("6%", "target", "2025年")


def test_a_report_delivered_late_in_the_next_year_reviews_the_year_its_heading_names(tmp_path):
    # written after a city's report of July 2020 (a congress put off by the epidemic): 去年 is the year reviewed,
    # and a heading that also names 今年以来 is no section of next year's
    text = ("政府工作报告\n——2020年7月4日在青溪市第九届人民代表大会第五次会议上\n各位代表:\n一、2019年和今年以来工作回顾\n"
            "去年实现地区生产总值868.5亿元,增长7.7%。\n二、2020年工作安排\n新建道路5公里。")
    report = _read(tmp_path, "a.txt", text.encode())
    assert (report.period, report.delivered) == ("2019", 2020)
    figures = {f.surface: f for f in extract_report(report).figures}
    assert [(figures[s].kind, figures[s].scope_period) for s in ("868.5亿元", "7.7%", "5公里")] == [
        ("actual", None), ("actual", None), ("target", "2020年")]


def test_county_before_the_town(tmp_path):
    report = _read(tmp_path, "a.txt", "青溪县统溪河镇2025年上半年工作总结\n正文。".encode())
    assert (report.county, report.town) == ("青溪县", "统溪河镇")


def test_a_towns_title_naming_only_its_county(tmp_path):
    # real title (/work/township-corpus jianmen-zhen-2025): the report of a 镇 of 剑阁县, whose name it does not give
    report = _read(tmp_path, "a.txt", "镇年度工作总结(剑阁县)\n严守红线,保障粮食安全。".encode())
    assert (report.county, report.town) == ("剑阁县", None)


PLACES = [
    # (text, county, town): each written row beside real text (/work/township-corpus2, /work/township-corpus3, the file
    # named; set26 is /work/gold-fresh/set26)
    # an item of a list and an office held open no name
    ("镇长述职报告\n本人担任统溪河镇镇长以来,尽职尽责。", None, "统溪河镇"),
    ("镇长年度工作总结\n本人继续担任镇镇长职务。一年来,本人尽职尽责,团结共事,扎实干事。", None, None),  # zhenzhang-niandu-2020
    ("(一)强化领导\n一是统溪河镇党委高度重视。", None, "统溪河镇"),
    ("镇改善农村人居环境工作总结(玉泉营农场社区)\n一、工作开展情况(一)强化领导,落实工作责任一是镇党委政府高度重视,"
     "明确责任主体。", None, None),  # zhen-renju-yuquanying-2021
    # a level word alone (自治区) and words of a sentence (贯彻, 落实) are no names
    ("2020年工作总结\n2020年县深入学习贯彻自治区第十二次党代会精神。", None, None),
    ("街道工作总结及2023年工作思路\n2022年来,在区委区政府的坚强领导下,*街道认真贯彻落实区第十次党代会、区委十届三次全会精神,"
     "真抓实干、务实求变。", None, None),  # ouhai-jd-2022
    # a title closing on its level alone: the towns its text names are its parts
    ("2020年脱贫攻坚工作总结(县)\n全县共有贫困户1662户(统溪河镇1199户)。", None, None),
    ("2020年脱贫攻坚工作总结暨2020年工作计划(县)\n2020年县深入学习贯彻习近平总书记在中央政治局常委会议上的重要讲话精神、"
     "自治区第十二次党代会和县委十四届二次、三次全会精神。\n全县共有建档立卡贫困户1662户7805人(洪广镇1199户5745人)。",
     None, None),  # xian-tuopin-2020
    # a first line opening with its level and closing on its county, with no title word; the town its body names
    # before an organ is its own
    ("镇节假日安全生产工作(青溪县)\n统溪河镇党委统筹谋划。", "青溪县", "统溪河镇"),
    ("镇节假日安全生产工作(怀远县)\n统筹谋划。聚焦消防安全、防汛、防火等重点领域,连日来,组织力量对辖区内4个产业园31家企业开展"
     "安全生产专项检查整治行动。", "怀远县", None),  # huaiyuan-zhen-anquan
    ("镇政府年终工作总结\nxxxx年工作回顾\n设立“三重”办,选择36个政府投资1000万元以上的项目纳入镇“三重”建设工作计划。",
     None, None),  # dongguan-zhen-nianzhong
    # a town opening the title line, whatever follows, when the text names it again ...
    ("统溪河镇实施五有工程\n多年来,统溪河镇一直致力于发展各项社会事业。", None, "统溪河镇"),
    ("成吉思汗镇实施五有工程改善民生(2011)\n多年来,成吉思汗镇一直致力于发展各项社会事业,不断改善民生。", None,
     "成吉思汗镇"),  # chengjisihan-zhen-2011
    ("正蓝旗这十年|扎格斯台苏木篇\n党的十八大以来,在旗委、政府的正确领导下,扎格斯台苏木结合自身实际,全面贯彻落实旗委、政府各项"
     "决策部署。", None, "扎格斯台苏木"),  # zhagesitai-sumu-2022
    # ... but not once only, nor a word its suffix opens
    ("统溪河镇实施五有工程\n多年来,全镇一直致力于发展各项社会事业。", None, None),
    ("美丽乡村建设情况\n美丽乡村建设稳步推进,美丽乡村覆盖全镇。", None, None),
    # a town thanking its superiors, named nowhere in the head
    ("图片说明一。\n图片说明二。\n图片说明三。\n图片说明四。\n图片说明五。\n今年以来,统溪河镇在县委、县政府坚强领导下,"
     "经济平稳。", None, "统溪河镇"),
    ("区委书记马志勇到官庄街道调研重点项目。\n\n区委副书记、区长边祥为到官庄街道调研。\n\n村内人居环境。\n\n第四届石匣戏剧节。\n\n"
     "伊莱特核电深海产业园项目。\n\n济南东部供应链物流港项目。\n\n泉城百花园内工人采摘药菊。\n2022年以来,官庄街道在区委、区政府坚强"
     "领导下,按照全区“5+4”工作思路,统筹疫情防控和经济发展任务。", None, "官庄街道"),  # set26 jinan-guanzhuang-2022
]


@pytest.mark.parametrize(("text", "county", "town"), PLACES, ids=[row[0][:12] for row in PLACES])
def test_the_place_of_a_report(tmp_path, text, county, town):
    report = _read(tmp_path, "a.txt", text.encode("utf-8"))
    assert (report.county, report.town) == (county, town)


TITLES = [
    ("统溪河镇2025年上半年工作总结\n正文。", "统溪河镇2025年上半年工作总结"),
    ("\n\n  龙潭镇2025年工作总结  \n正文。", "龙潭镇2025年工作总结"),
    ("政府工作报告\n各位代表：", "政府工作报告"),
    ("一、上半年工作开展情况\n正文。", ""),
    ("（一）强党建工作情况\n正文。", ""),
    ("各位代表：\n现在我代表县人民政府向大会报告工作。", ""),
    ("今年以来全镇工作总结如下，" + "各项工作稳步推进" * 6 + "。\n正文。", ""),
]


@pytest.mark.parametrize(("text", "title"), TITLES, ids=[row[0][:10] for row in TITLES])
def test_title_is_a_short_first_line_with_a_report_word(tmp_path, text, title):
    assert _read(tmp_path, "a.txt", text.encode("utf-8")).title == title


# --------------------------------------------------------------------------- manifest

MANIFEST = "file,town,period,county\nreport.txt,石门街道,2025H1,青溪县\nother.txt,,2024H2,\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_manifest_values_override_guesses(tmp_path, encoding):
    manifest_path = tmp_path / "manifest.csv"
    manifest_path.write_bytes(MANIFEST.encode(encoding))
    manifest = read_manifest(manifest_path)
    assert manifest["report.txt"] == manifest["report"] == {"town": "石门街道", "period": "2025H1", "county": "青溪县"}
    report = _read(tmp_path, "report.txt", "统溪河镇2024年工作总结\n正文。".encode(), manifest=manifest)
    assert (report.town, report.period, report.county) == ("石门街道", "2025H1", "青溪县")
    other = _read(tmp_path, "other.txt", "统溪河镇2025年工作总结\n正文。".encode(), manifest=manifest)
    assert (other.town, other.period, other.county) == ("统溪河镇", "2024H2", None)  # empty values do not override


def test_manifest_stem_shared_by_two_files_is_not_a_key(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,period\na.txt,2025H1\na.pdf,2025H2\n", encoding="utf-8")
    assert set(read_manifest(path)) == {"a.txt", "a.pdf"}


BAD_MANIFESTS = [
    ("file,town,peroid\na.txt,x,2025\n", "row 1: unknown column 'peroid'"),
    ("town,period\nx,2025\n", "row 1: no 'file' column"),
    ("file,town,period\na.txt,x,2025\nb.txt,y,2025-H1\n", "row 3: 期间“2025-H1”不是"),
    ("file,town\na.txt,x\n,y\n", "row 3: empty file name"),
    ("file,town\na.txt,x\nb.txt,y\na.txt,z\n", "row 4: a.txt is listed twice"),
    ("file,town\na.txt,x,extra\n", "row 2: more values than columns"),
    ("", "row 1: no 'file' column"),
]


@pytest.mark.parametrize(("content", "problem"), BAD_MANIFESTS, ids=[row[1] for row in BAD_MANIFESTS])
def test_bad_manifest_names_file_and_row(tmp_path, content, problem):
    path = tmp_path / "manifest.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="manifest.csv: " + problem.replace("(", r"\(")):
        read_manifest(path)


def test_manifest_in_an_unknown_encoding(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_bytes(b"file\n\xff\xfe\xfd\x80\n")
    with pytest.raises(ValueError, match=r"manifest\.csv: manifest is neither UTF-8 nor GBK"):
        read_manifest(path)


# --------------------------------------------------------------------------- rules/reports.yaml


@pytest.fixture
def fresh_rules(monkeypatch):
    """Point rules/ elsewhere with both caches emptied, and restore them afterwards."""

    def use(folder: Path) -> None:
        monkeypatch.setenv("ZHIBIAO_RULES", str(folder))
        rules.clear_caches()

    yield use
    monkeypatch.delenv("ZHIBIAO_RULES", raising=False)
    rules.clear_caches()


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("  max_chars: 300\n", "", "rules/reports.yaml: head.max_chars: missing"),
        ("  cut: '", "  cut: '(", "rules/reports.yaml: town.cut: bad regex"),
        ("(?P<half>[上下])", "(?P<halves>[上下])", "rules/reports.yaml: period.patterns[3]: unknown group 'halves'"),
    ],
)
def test_bad_rules_name_file_and_key(tmp_path, fresh_rules, old, new, problem):
    text = (ROOT / "rules" / "reports.yaml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "reports.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    (tmp_path / "report.txt").write_text("统溪河镇2025年上半年工作总结", encoding="utf-8")
    fresh_rules(tmp_path)
    with pytest.raises(rules.RuleError, match=problem.replace("(", r"\(").replace("[", r"\[")):
        read_report(tmp_path / "report.txt", "report")


# --------------------------------------------------------------------------- the sample corpus


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(path for path in CORPUS.iterdir() if (GOLD / "texts" / f"{path.stem}.txt").exists())


def _gold_documents() -> dict[str, dict]:
    path = GOLD / "documents.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {doc["doc"]: doc for doc in map(json.loads, filter(str.strip, lines))}


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda path: path.name)
def test_corpus_file_reads_back_as_its_gold_text(path):
    expected = (GOLD / "texts" / f"{path.stem}.txt").read_bytes().decode("utf-8")
    report = read_report(path, path.stem)
    assert report.status == "ok", report.message
    if path.suffix in (".pdf", ".html") and expected.endswith("\n"):
        # A page has no final line end to carry; only the text's last "\n" may go.
        expected = expected[:-1]
    assert report.text == expected


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda path: path.name)
def test_corpus_file_town_and_period_match_gold(path):
    gold = _gold_documents().get(path.stem)
    if gold is None:
        pytest.skip(f"no line for {path.stem} in tests/gold/documents.jsonl yet")
    report = read_report(path, path.stem)
    assert (report.town, report.period) == (gold["town"], gold["period"])


def test_corpus_renderer_covers_every_format():
    formats = set(make_corpus.FORMATS.values())
    assert {"docx", "pdf", "html", "gbk", "gb18030", "utf-16-le-bom", "utf-8-bom", "utf-8-crlf", "utf-8"} <= formats


def test_traditional_report_town_and_period_read_through_simplified_characters(tmp_path):
    text = "青溪縣統溪河鎮2025年上半年工作總結\n全鎮完成固定資產投資1.2億元。"
    report = _read(tmp_path, "report.txt", text.encode("utf-8"))
    assert (report.text, report.title, report.town, report.county, report.period) == (
        text, "青溪縣統溪河鎮2025年上半年工作總結", "统溪河镇", "青溪县", "2025H1")


def test_files_of_kinds_reports_come_in_are_listed_even_when_not_read(tmp_path):
    _touch(tmp_path, "a.txt", "scan.JPG", "old.doc", "table.xlsx", "notes.md", "report.wps")
    assert [path.name for path, _ in find_reports([tmp_path])] == ["a.txt", "old.doc", "report.wps", "scan.JPG", "table.xlsx"]


def test_docx_statistical_table_gives_values_with_row_names_and_units(tmp_path):
    from pipeline.extract import extract_report

    document = docx.Document()
    document.add_paragraph("统溪河镇2025年1-6月主要经济指标")
    rows = [["指标名称", "单位", "1-6月完成", "同比增长（%）"], ["规上工业增加值", "亿元", "38.6", "-3.1"]]
    table = document.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    report = _read(tmp_path, "indicators.docx", buffer.getvalue())
    figures = extract_report(report).figures
    assert [(f.surface, f.value, f.unit, f.indicator) for f in figures] == [
        ("38.6", 3_860_000_000, "元", "规上工业增加值"), ("-3.1", -3.1, "%", "规上工业增加值同比增长")]
