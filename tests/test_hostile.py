"""Bad input, end to end: a hostile folder built in tmp_path, read by the real `zhibiao` command.

Nothing crashes the batch and nothing is lost silently: each bad file gets a
status and a one-line message in reports.csv and on stderr, every other report
is still extracted, nothing outside --out is written, a killed run leaves the
previous outputs whole, and no cell can run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pyarrow.parquet as pq
import pytest
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from pipeline import ingest
from pipeline.cli import app

from .conftest import GOLD, load_make_corpus

make_corpus = load_make_corpus()

GOOD = (
    "桃源乡2025年上半年工作总结\n"
    "一、主要工作\n"
    "全乡累计开展集中学习36次，参与党员干部480人次，完成投资1.2亿元。\n"
    "（一）产业发展。新种植油茶1200亩，培育合作社6家。"
)
NO_HEADINGS = "今年以来全镇完成造林500亩，新修道路3公里。\n接待来访群众120人次。"
IDENTIFIERS = (
    "根据《关于印发方案的通知》（青政办发〔2025〕3号）文件精神，2025年3月15日召开会议。"
    "联系电话：0731-84561234，手机13812345678，身份证号430104199001011234，2025-06-30前完成。\n"
    "共培训农民200人。"
)
FORMULAS = '=HYPERLINK("http://evil.example/x","点击")开展培训3次\n+SUM(A1)完成投资5万元\n@cmd走访群众20户\n-1+2发放资料100份'
MB = 1024 * 1024


def _zhibiao() -> list[str]:
    """The installed console script, run as a user runs it (so main()'s error handling is in play)."""
    script = Path(sys.executable).with_name("zhibiao")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from pipeline.cli import main; main()"]


def _run(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*_zhibiao(), *args], cwd=cwd, capture_output=True, text=True, timeout=120, **kw)


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_doctype(data: bytes, doctype: str, entity_text: bytes, reference: bytes) -> bytes:
    """The .docx with a DOCTYPE in word/document.xml and ``entity_text`` replaced by an entity reference."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            part = source.read(member)
            if member.filename == "word/document.xml":
                part = part.replace(b"?>", b"?>\n" + doctype.encode(), 1).replace(entity_text, reference)
            target.writestr(member, part)
    return out.getvalue()


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# --------------------------------------------------------------------------- the hostile folder

# file name -> (status, what the message says; "" for none). Every file is one report.
EXPECTED = {
    "empty.txt": ("failed", "empty file"),
    "binary.txt": ("failed", "not a text file (binary content"),
    "truncated.docx": ("failed", "damaged .docx (not a zip archive)"),
    "bomb.docx": ("failed", "refused: .docx unpacks to 210 MB (> 200 MB limit; zip bomb?)"),
    "xxe.docx": ("ok", "word/document.xml declares XML entities"),
    "laughs.docx": ("failed", "refused: word/document.xml declares XML entities (<!DOCTYPE>) that cannot be parsed"),
    "encrypted.pdf": ("failed", "PDF is encrypted (it needs a password)"),
    "scanned.pdf": ("failed", "PDF has no text layer (scanned image?); it needs OCR"),
    "huge.txt": ("failed", "file too large (100.0 MB > 50 MB limit)"),
    "pdf-renamed.txt": ("ok", "content is PDF, not .txt: read as PDF"),
    "gbk.txt": ("ok", ""),
    "utf8.txt": ("ok", ""),
    "utf16-no-bom.txt": ("ok", ""),
    "河西镇 2025年 上半年 工作总结.txt": ("ok", ""),
    "-rf.txt": ("ok", ""),
    "--out.txt": ("ok", ""),
    "=cmd.txt": ("ok", ""),
    "new\nline.txt": ("ok", ""),
    "same.txt": ("ok", ""),
    "same.docx": ("ok", ""),
    "no-headings.txt": ("ok", ""),
    "identifiers.txt": ("ok", ""),
}
# file name -> (report id, encoding, the text stored in OUT/text/<id>.txt) for the good ones
GOOD_FILES = {
    "gbk.txt": ("gbk", "gb18030", GOOD.replace("桃源乡", "龙潭镇")),
    "utf8.txt": ("utf8", "utf-8", GOOD.replace("桃源乡", "白石镇")),
    "utf16-no-bom.txt": ("utf16-no-bom", "utf-16-le", GOOD.replace("桃源乡", "石门镇")),
    "河西镇 2025年 上半年 工作总结.txt": ("河西镇 2025年 上半年 工作总结", "utf-8", GOOD.replace("桃源乡", "河西镇")),
    "-rf.txt": ("_-rf", "utf-8", GOOD),
    "--out.txt": ("_--out", "utf-8", GOOD),
    "=cmd.txt": ("_=cmd", "utf-8", GOOD),
    "new\nline.txt": ("new_line", "utf-8", GOOD),
    "same.docx": ("same", "", GOOD),  # sorted first: keeps the stem
    "same.txt": ("same-2", "utf-8", GOOD),
    "no-headings.txt": ("no-headings", "utf-8", NO_HEADINGS),
    "identifiers.txt": ("identifiers", "utf-8", IDENTIFIERS),
    "pdf-renamed.txt": ("pdf-renamed", "", GOOD),
}


def build_hostile(folder: Path, secret: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    junk = random.Random(7).randbytes(4096)
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + junk)
    whole = _docx(GOOD)
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])  # half-saved
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            zeros = bytes(MB)
            for _ in range(210):
                member.write(zeros)
    assert (folder / "bomb.docx").stat().st_size < MB
    secret.write_text("SECRET-TOKEN", encoding="utf-8")
    xxe = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    (folder / "xxe.docx").write_bytes(_with_doctype(_docx("前XXE后\n" + GOOD), xxe, b"XXE", b"&xxe;"))
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    laughs = f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{laughs}]>'
    (folder / "laughs.docx").write_bytes(_with_doctype(_docx("LAUGHS\n" + GOOD), laughs, b"LAUGHS", b"&l9;"))
    (folder / "encrypted.pdf").write_bytes(make_corpus.render_pdf(GOOD, encrypt="secret"))
    scan = io.BytesIO()
    page = canvas.Canvas(scan, invariant=1)
    page.rect(60, 80, 470, 680, fill=1)  # a page that is all picture, no text
    page.save()
    (folder / "scanned.pdf").write_bytes(scan.getvalue())
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(100 * MB)  # sparse: 100 MB on paper, written at once
    (folder / "pdf-renamed.txt").write_bytes(make_corpus.render_pdf(GOOD))
    for name, (_, encoding, text) in GOOD_FILES.items():
        if name.endswith(".txt") and name != "pdf-renamed.txt":
            codec = {"gb18030": "gbk", "": "utf-8"}.get(encoding, encoding)
            (folder / name).write_bytes(text.encode(codec))
    (folder / "same.docx").write_bytes(_docx(GOOD))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile folder read by `zhibiao extract`: (root, result, reports by file name, tree before)."""
    root = tmp_path_factory.mktemp("hostile")
    build_hostile(root / "in", root / "secret.txt")
    before = _tree(root)
    result = _run(["extract", "in", "--out", "out", "--jobs", "2"], cwd=root)
    rows = {Path(row["path"]).name: row for row in _csv(root / "out" / "reports.csv")}
    return root, result, rows, before


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


def test_exit_status_1_when_some_reports_failed(hostile):
    _, result, _, _ = hostile
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", EXPECTED)
def test_each_file_has_a_status_and_a_one_line_message(hostile, name):
    _, _, rows, _ = hostile
    status, message = EXPECTED[name]
    row = rows[name]
    assert row["status"] == status, row
    assert row["message"].startswith(message) if message else row["message"] == "", row["message"]
    assert "\n" not in row["message"]


def test_one_stderr_line_per_bad_file_naming_it(hostile):
    _, result, _, _ = hostile
    lines = result.stderr.splitlines()
    for name, (status, message) in EXPECTED.items():
        if not message:
            continue
        shown = f"in/{name}"
        mine = [line for line in lines if line.startswith((f"zhibiao: {shown}: ", f"zhibiao: warning: {shown}: "))]
        assert len(mine) == 1, (name, lines)
        assert message in mine[0]
        assert mine[0].startswith("zhibiao: warning: ") == (status == "ok")
    assert "zhibiao: in/scanned.pdf: PDF has no text layer (scanned image?); it needs OCR" in lines
    # the good files say nothing; the file named with a newline stays on one line
    assert not [line for line in lines if "utf8.txt" in line or "gbk.txt" in line]
    assert not [line for line in lines if line == "line.txt" or line.startswith("line.txt")]
    n_failed = sum(status == "failed" for status, _ in EXPECTED.values())
    assert f"{len(EXPECTED)} reports, " in lines[-1] and f" {n_failed} failed" in lines[-1]


def test_every_other_report_is_extracted(hostile):
    root, _, rows, _ = hostile
    out = root / "out"
    for name, (report_id, encoding, text) in GOOD_FILES.items():
        row = rows[name]
        assert (row["report_id"], row["status"], row["encoding"]) == (report_id, "ok", encoding), row
        assert int(row["n_figures"]) > 0, row
        assert (out / "text" / f"{report_id}.txt").read_text(encoding="utf-8") == text
    figures = _csv(out / "indicators.csv")
    ids = {f["report_id"] for f in figures}
    assert {report_id for report_id, _, _ in GOOD_FILES.values()} <= ids
    assert not {rows[name]["report_id"] for name, (status, _) in EXPECTED.items() if status == "failed"} & ids


def test_report_without_headings_still_gives_its_figures(hostile):
    root, _, rows, _ = hostile
    row = rows["no-headings.txt"]
    assert (row["n_sections"], row["n_figures"]) == ("0", "3")
    surfaces = [f["surface"] for f in _csv(root / "out" / "indicators.csv") if f["report_id"] == "no-headings"]
    assert surfaces == ["500亩", "3公里", "120人次"]


def test_document_numbers_phones_ids_and_dates_are_skipped_not_figures(hostile):
    root, _, _, _ = hostile
    figures = [f for f in _csv(root / "out" / "indicators.csv") if f["report_id"] == "identifiers"]
    assert [f["surface"] for f in figures] == ["200人"]
    skipped = {s["text"]: s["reason"] for s in _csv(root / "out" / "skipped.csv") if s["report_id"] == "identifiers"}
    assert skipped["2025"] in ("document_number", "date_year", "date_ymd")
    assert skipped["0731"] == skipped["84561234"] == skipped["13812345678"] == "phone"
    assert skipped["430104199001011234"] == "id_number"
    assert skipped["15"] == "date_year" and skipped["06"] == skipped["30"] == "date_ymd"
    assert skipped["3"]  # 〔2025〕3号: skipped (as a day, rules/exclusions.yaml orders date_day first)


def test_external_entities_are_neither_fetched_nor_expanded(hostile):
    root, _, rows, _ = hostile
    xxe = (root / "out" / "text" / "xxe.txt").read_text(encoding="utf-8")
    assert "SECRET-TOKEN" not in xxe and xxe.startswith("前")  # 后 went with the entity: the warning says so
    assert "text around them may be missing" in rows["xxe.docx"]["message"]
    assert rows["xxe.docx"]["n_figures"] == "5"  # the rest of the report is read
    assert "Maximum entity amplification" in rows["laughs.docx"]["message"]  # libxml2 stops billion laughs


def test_nothing_outside_out_is_written(hostile):
    root, _, _, before = hostile
    after = _tree(root)
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed, "the run wrote nothing?"
    assert all(path.startswith("out" + os.sep) for path in changed), sorted(changed)
    assert set(before) <= set(after)  # no input removed
    # and inside OUT, the text files are all directly in OUT/text, named by report id
    texts = {p.name for p in (root / "out" / "text").iterdir()}
    assert texts == {f"{report_id}.txt" for report_id, _, _ in GOOD_FILES.values()} | {"xxe.txt"}


# --------------------------------------------------------------------------- names that look like options


def test_file_names_beginning_with_a_dash_are_files_not_options(tmp_path, monkeypatch):
    (tmp_path / "-rf.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "--help.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", "--out", "out", "--jobs", "1", "--", "-rf.txt", "--help.txt"])
    assert result.exit_code == 0, result.output
    rows = _csv(tmp_path / "out" / "reports.csv")
    # the ids get a "_" in front; the paths are as given, neutralised in the CSV like any cell starting with "-"
    assert [(r["report_id"], r["path"], r["status"]) for r in rows] == [
        ("_--help", "'--help.txt", "ok"),
        ("_-rf", "'-rf.txt", "ok"),
    ]
    assert (tmp_path / "-rf.txt").read_text(encoding="utf-8") == GOOD  # inputs untouched


def test_report_ids_are_safe_file_names_and_cells():
    assert ingest.report_id_of("-rf") == "_-rf"
    assert ingest.report_id_of("=1+1") == "_=1+1"
    assert ingest.report_id_of("new\nline\r\x00") == "new_line__"
    assert ingest.report_id_of("镇" * 200) == "镇" * ingest.MAX_ID
    assert ingest.report_id_of("统溪河镇 2025") == "统溪河镇 2025"


def test_long_names_and_clashing_stems_keep_ids_unique(tmp_path):
    long = "青溪县统溪河镇人民政府关于二〇二五年上半年工作总结和下半年工作打算的报告" * 3  # 108 characters
    for suffix in (".txt", ".docx"):
        (tmp_path / "in").mkdir(exist_ok=True)
        data = _docx(GOOD) if suffix == ".docx" else GOOD.encode()
        (tmp_path / "in" / f"{long[:80]}{suffix}").write_bytes(data)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    ids = sorted(row["report_id"] for row in _csv(tmp_path / "out" / "reports.csv"))
    assert ids == [long[:80], long[:80] + "-2"]
    assert len({p.name for p in (tmp_path / "out" / "text").iterdir()}) == 2


def test_the_output_folder_is_not_read_back_as_reports(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    for _ in range(2):  # OUT inside the folder read: its text/a.txt must not become report a-2
        result = CliRunner().invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
        assert result.exit_code == 0, result.output
    assert [row["report_id"] for row in _csv(tmp_path / "out" / "reports.csv")] == ["a"]


# --------------------------------------------------------------------------- usage errors: exit status 2


def _usage_error(args: list[str], cwd: Path, monkeypatch) -> str:
    """stderr of a run that must stop with status 2 before writing anything."""
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert not (cwd / "out").exists()  # nothing written
    return result.stderr


def test_missing_path_is_a_usage_error(tmp_path, monkeypatch):
    stderr = _usage_error(["extract", "nowhere", "--out", "out"], tmp_path, monkeypatch)
    assert stderr == "zhibiao: error: nowhere: no such file or folder\n"


def test_folder_without_reports_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_bytes(b"# notes")  # a spreadsheet or a scan would be listed as unsupported
    stderr = _usage_error(["extract", "empty", "--out", "out"], tmp_path, monkeypatch)
    assert stderr == "zhibiao: error: no reports (.txt .docx .pdf .html .htm .doc .wps) under empty\n"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"name,town\nx.txt,a\n", "row 1: unknown column 'name'"),
        (b"file,period\nx.txt,H1-2025\n", "row 2: 期间“H1-2025”不是"),
        (b"\xff\xfe\x00bad", "manifest is neither UTF-8 nor GBK text"),
    ],
)
def test_bad_manifest_is_a_usage_error(tmp_path, monkeypatch, content, problem):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "m.csv").write_bytes(content)
    stderr = _usage_error(["extract", "x.txt", "--manifest", "m.csv", "--out", "out"], tmp_path, monkeypatch)
    assert stderr.startswith("zhibiao: error: manifest m.csv: ") and problem in stderr
    assert stderr.count("\n") == 1


def test_out_that_is_a_file_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", "x.txt", "--out", "out"])
    assert (result.exit_code, result.stderr) == (2, "zhibiao: error: --out out：这是一个文件，不是文件夹（not a folder）\n")


def test_unknown_option_is_a_usage_error(tmp_path):
    result = _run(["extract", "--frobnicate", "x.txt"], cwd=tmp_path)
    assert result.returncode == 2 and "No such option" in result.stderr and "Traceback" not in result.stderr


def test_unexpected_error_is_one_line_and_traceback_only_with_debug(tmp_path):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    rules = tmp_path / "rules"
    shutil.copytree(Path(ingest.__file__).resolve().parents[2] / "rules", rules)
    (rules / "units.yaml").write_text("units: 3\n", encoding="utf-8")  # a rules file no stage expects
    env = {**os.environ, "ZHIBIAO_RULES": str(rules)}
    result = _run(["extract", "x.txt", "--out", "out", "-j", "1"], cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("zhibiao: error: RuleError: rules/units.yaml")
    assert result.stderr.endswith("(run with --debug for details)\n") and result.stderr.count("\n") == 1
    debug = _run(["--debug", "extract", "x.txt", "--out", "out", "-j", "1"], cwd=tmp_path, env=env)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_an_output_path_through_a_file_is_one_chinese_line(tmp_path):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "afile").write_text("")
    result = _run(["extract", "x.txt", "--out", "afile/out", "-j", "1"], cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("zhibiao: error: --out afile/out：路径中有一段不是文件夹")


# --------------------------------------------------------------------------- formula injection


def _formula_cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_text_cells_that_would_run_as_formulas_are_neutralised(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "=HYPERLINK(1).txt").write_text(FORMULAS, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    sentences = [row["sentence"] for row in _csv(out / "indicators.csv")]
    assert sentences[0].startswith("'=HYPERLINK(")
    assert {s[:2] for s in sentences} == {"'=", "'+", "'@", "'-"}
    assert _csv(out / "reports.csv")[0]["report_id"] == "_=HYPERLINK(1)"
    for name in ("indicators.csv", "reports.csv", "skipped.csv"):
        assert _formula_cells(out / name) == [], name
    # the Parquet twins keep the text as written: they are data, not a spreadsheet
    assert pq.read_table(out / "indicators.parquet").column("sentence")[0].as_py().startswith("=HYPERLINK(")


def test_workbook_cells_that_would_run_as_formulas_are_neutralised(tmp_path):
    workbook = pytest.importorskip("pipeline.workbook")
    openpyxl = pytest.importorskip("openpyxl")
    from pipeline.batch import extract_one

    (tmp_path / "=HYPERLINK(1).txt").write_text(FORMULAS, encoding="utf-8")
    ex = extract_one(tmp_path / "=HYPERLINK(1).txt", ingest.report_id_of("=HYPERLINK(1)"))
    path = workbook.write_workbook([ex], [], tmp_path / "indicators.xlsx")
    texts = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert not cell.value.startswith(("=", "+", "-", "@")), (sheet.title, cell.coordinate, cell.value)
    assert any(text.startswith("'=HYPERLINK(") for text in texts)


# --------------------------------------------------------------------------- a run killed midway


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file (not hidden temporaries, not the cache) and its bytes."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)
    }


def _check_whole(out: Path) -> None:
    for name in ("indicators", "reports", "skipped"):
        rows = _csv(out / f"{name}.csv")
        assert pq.read_table(out / f"{name}.parquet").num_rows == len(rows), name


def _big_folder(folder: Path, national_rows: list[dict] | None) -> int:
    """Enough reports to take a few seconds: the national reports, else the gold texts copied over and over."""
    folder.mkdir()
    if national_rows:
        for i, row in enumerate(national_rows):
            (folder / f"national-{i:03d}.txt").write_text(row["content"], encoding="utf-8")
        return len(national_rows)
    texts = sorted((GOLD / "texts").glob("*.txt"))
    for i in range(12):
        for text in texts:
            shutil.copy(text, folder / f"{text.stem}-{i:02d}.txt")
    return 12 * len(texts)


def _kill_when(args: list[str], cwd: Path, ready) -> int:
    """Start `zhibiao` and SIGKILL it (and its workers) once ``ready()``; the status it died with."""
    process = subprocess.Popen([*_zhibiao(), *args], cwd=cwd, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while process.poll() is None and not ready() and time.monotonic() < deadline:
            time.sleep(0.002)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    return process.returncode


def _texts_written(out: Path, since: int) -> int:
    """How many texts the run started at ``since`` (ns) has written into OUT/text, staged or not."""
    n = 0
    for entry in os.scandir(out / "text") if (out / "text").is_dir() else ():
        try:
            n += entry.stat().st_mtime_ns >= since
        except FileNotFoundError:  # renamed or removed meanwhile
            pass
    return n


def test_a_killed_run_leaves_the_previous_outputs_whole(tmp_path, request):
    try:
        national_rows = request.getfixturevalue("national_reports")
    except pytest.skip.Exception:
        national_rows = None
    n_big = _big_folder(tmp_path / "big", national_rows)
    out = tmp_path / "out"
    first = CliRunner().invoke(app, ["extract", str(GOLD / "texts"), "--out", str(out), "-q", "-j", "1"])
    assert first.exit_code == 0, first.output
    previous = _outputs(out)
    assert "indicators.csv" in previous and "text/tongxihe-2025h1.txt" in previous

    big = ["extract", "big", "--out", "out", "-q", "--jobs", "2"]
    # killed while extracting, a third of the way through
    since = time.time_ns()
    status = _kill_when(big, tmp_path, lambda: _texts_written(out, since) >= n_big // 3)
    assert status == -signal.SIGKILL, "the run ended before it was killed: make the folder bigger"
    assert _outputs(out) == previous  # not one output replaced, not one new output
    _check_whole(out)
    leftovers = [p for p in out.rglob("*") if p.is_file() and str(p.relative_to(out)) not in previous]
    assert all((p.name.startswith(".") and p.name.endswith(".tmp")) or ".cache" in p.parts for p in leftovers)

    # killed as late as can be caught: every text staged, the tables being completed and renamed
    since = time.time_ns()
    _kill_when(big, tmp_path, lambda: _texts_written(out, since) >= n_big)
    killed_late = _outputs(out)
    _check_whole(out)

    # a run to the end then replaces everything; whatever the late kill left was either old or new, never partial
    final = _run(big, cwd=tmp_path)
    assert final.returncode == 0, final.stderr
    done = _outputs(out)
    assert len(_csv(out / "reports.csv")) == n_big
    for name, data in killed_late.items():
        assert data == previous.get(name) or data == done.get(name), name
    # the temporaries the killed runs left are gone
    assert not [p for p in (*out.iterdir(), *(out / "text").iterdir()) if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- renamed files, odd names, odd encodings

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
RENAMED = [
    # (file name, bytes, status, message)
    ("report.txt", lambda: _docx(GOOD), "ok", "content is Word, not .txt: read as Word"),
    ("report.txt", lambda: f"<!DOCTYPE html><html><body><p>{GOOD}</p></body></html>".encode(), "ok",
     "content is HTML, not .txt: read as HTML"),
    ("report.docx", lambda: make_corpus.render_pdf(GOOD), "ok", "content is PDF, not .docx: read as PDF"),
    ("report.pdf", lambda: _docx(GOOD), "ok", "content is Word, not .pdf: read as Word"),
    ("report.txt", lambda: OLE, "failed", "content is old-format Word (.doc), not .txt: "),
    ("report.txt", lambda: b"%PDF-1.4\n" + bytes(100), "failed", "content is PDF, not .txt: "),
    ("report.pdf", lambda: GOOD.encode(), "failed", "not a PDF file (no %PDF header)"),
]


@pytest.mark.parametrize(("name", "data", "status", "message"), RENAMED, ids=[m for *_, m in RENAMED])
def test_renamed_files_are_read_by_their_content(tmp_path, name, data, status, message):
    (tmp_path / name).write_bytes(data())
    report = ingest.read_report(tmp_path / name, "report")
    assert (report.status, report.message[: len(message)]) == (status, message), report.message
    assert "\n" not in report.message
    if status == "ok":
        assert "桃源乡2025年上半年工作总结" in report.text and "<" not in report.text


def test_text_in_an_unexpected_encoding_is_read_with_a_warning(tmp_path):
    (tmp_path / "big5.txt").write_bytes("新修道路3公里".encode("big5"))
    report = ingest.read_report(tmp_path / "big5.txt", "big5")
    assert (report.status, report.encoding, report.text) == ("ok", "big5", "新修道路3公里")
    assert report.message == "encoding guessed as big5 (not UTF-8 or GBK); check the text is not garbled"


def test_a_failing_file_with_a_newline_in_its_name_is_one_stderr_line(tmp_path):
    (tmp_path / "坏\n文件.txt").write_bytes(b"")
    (tmp_path / "好.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"zhibiao: {tmp_path}/坏\\n文件.txt: empty file\n"
    assert [row["report_id"] for row in _csv(tmp_path / "out" / "reports.csv")] == ["坏_文件", "好"]
