"""The review page in a real headless Chromium (Debian's chromium + chromium-driver, driven by selenium).

`make test` installs them when missing. The page is built by `zhibiao run` from
corpora/ plus a hostile report written here, and opened from file:// with the
network switched off in the browser. Checked: no console error; per report, as
many highlighted figures as rows in indicators.csv; hovering and clicking a
figure show its details; the hostile report's script and handlers never run;
clicking a flag highlights its figures in every report involved; the filters
hide what does not match. A screenshot is saved to outputs/review-screenshot.png.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import batch, review
from pipeline.cli import app
from pipeline.model import Flag, FlagItem

from .conftest import CORPORA as CORPUS
from .conftest import HOSTILE_REPORT, ROOT

SCREENSHOT = ROOT / "outputs" / "review-screenshot.png"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

HOSTILE = HOSTILE_REPORT

# Runs before any script of the page: counts every dialog instead of showing it.
TRAP = """
window.__zbDialogs = 0;
['alert', 'confirm', 'prompt'].forEach(function (n) { window[n] = function () { window.__zbDialogs++; }; });
"""


@pytest.fixture(scope="module")
def driver():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
    from selenium.webdriver.chrome.service import Service

    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(f"no Chromium/chromedriver at {CHROMIUM} / {CHROMEDRIVER}: `make browser` installs them")
    profile = tempfile.mkdtemp(prefix="zhibiao-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={profile}", "--window-size=1440,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    d.set_page_load_timeout(60)
    d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """`zhibiao run corpora/ hostile-2025h1.txt --out OUT`, as an analyst would run it."""
    tmp = tmp_path_factory.mktemp("review")
    hostile = tmp / "hostile-2025h1.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    out = tmp / "out"
    result = CliRunner().invoke(app, ["run", str(CORPUS), str(hostile), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def _open(driver, page: Path) -> list[dict]:
    """Load the page; returns the console messages it logged while loading."""
    driver.get_log("browser")  # drop what an earlier page logged
    driver.get(page.resolve().as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    return driver.get_log("browser")


def _click(driver, css: str):
    from selenium.webdriver.common.by import By

    el = driver.find_element(By.CSS_SELECTOR, css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    el.click()
    return el


def test_page_from_run(driver, built):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    logs = _open(driver, built / "review.html")
    assert [e for e in logs if e["level"] == "SEVERE"] == [], logs

    # as many highlighted figures per report as rows in indicators.csv
    with open(built / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    want = Counter(r["report_id"] for r in rows)
    got = driver.execute_script(
        "var o={};document.querySelectorAll('article.rep').forEach(function(a){"
        "o[a.getAttribute('data-rid')]=a.querySelectorAll('mark.f').length;});return o;")
    assert set(got) >= set(want)
    assert {rid: got[rid] for rid in got if got[rid] or rid in want} == dict(want)
    assert got["hostile-2025h1"] == 5

    # the hostile report is shown as text, and nothing in it ran
    hostile = driver.find_element(By.CSS_SELECTOR, 'article[data-rid="hostile-2025h1"]')
    shown = hostile.find_element(By.CSS_SELECTOR, ".text").get_attribute("textContent")
    assert "<script>alert(1)</script>" in shown and '" onmouseover="alert(2)' in shown and "<img src=x" in shown
    for mark in hostile.find_elements(By.CSS_SELECTOR, "mark.f, .sk, .h"):
        ActionChains(driver).move_to_element(mark).perform()  # would fire an injected onmouseover
    _click(driver, 'article[data-rid="hostile-2025h1"] h2')
    assert driver.execute_script("return window.__zbDialogs") == 0
    assert driver.execute_script("return document.scripts.length") == 2
    assert driver.execute_script("return document.querySelectorAll('img, iframe, object, embed, link').length") == 0
    handlers = driver.execute_script(
        "var n=0;document.querySelectorAll('*').forEach(function(e){for(var i=0;i<e.attributes.length;i++)"
        "{if(/^on/i.test(e.attributes[i].name))n++;}});return n;")
    assert handlers == 0

    # hovering a figure shows its details beside it; clicking pins them in the side panel
    first = next(r for r in rows if r["report_id"] == "baishi-2024h2")
    mark_id = driver.execute_script(
        "return document.querySelector('article[data-rid=\"baishi-2024h2\"] mark.f').id")
    el = driver.find_element(By.ID, mark_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    ActionChains(driver).move_to_element(el).perform()
    tip = driver.find_element(By.ID, "tip")
    assert tip.is_displayed() and first["indicator"] in tip.text and "规范值" in tip.text
    el.click()
    detail = driver.find_element(By.ID, "detail").text
    for text in (first["surface"], first["indicator"], "数值", "单位", "规范值", "指标（原文）", "规范指标", "主体", "期间",
                 "类型", "约数", "实绩" if first["kind"] == "actual" else "目标"):
        assert text in detail, (text, detail)
    assert "sel" in el.get_attribute("class")

    # the indicator filter keeps only the reports that have it
    driver.execute_script("var s=document.getElementById('fi');s.value='0';s.dispatchEvent(new Event('change'));")
    on = driver.execute_script("return document.querySelectorAll('mark.f.on').length")
    label = driver.execute_script("return document.getElementById('fi').options[1].text")
    assert on > 0 and label.endswith(f"（{on}）")
    hidden = driver.execute_script("return document.querySelectorAll('article.rep[hidden]').length")
    assert hidden >= 1
    driver.execute_script("var s=document.getElementById('fi');s.value='';s.dispatchEvent(new Event('change'));")
    assert driver.execute_script("return document.querySelectorAll('article.rep[hidden]').length") == 0

    _click(driver, f"#{mark_id}")
    ActionChains(driver).move_to_element(driver.find_element(By.ID, mark_id)).perform()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    assert driver.execute_script("return window.__zbDialogs") == 0


def test_flags_in_the_browser(driver, tmp_path):
    from selenium.webdriver.common.by import By

    extractions = list(batch.extract_paths([CORPUS]))
    a, b = extractions[0], extractions[-1]

    def item(ex, i):
        f = ex.figures[i]
        return FlagItem(f.report_id, f.start, f.end, f.surface, f.indicator)

    flags = [Flag("sum", "村级合计", "error", '各村之和与全镇合计不符<script>alert(8)</script>',
                  (item(a, 2), item(b, 3))),
             Flag("ratio", "人户比", "warning", "人户比偏高", (item(b, 4),))]
    page = review.write_review(extractions, flags, tmp_path)
    logs = _open(driver, page)
    assert [e for e in logs if e["level"] == "SEVERE"] == [], logs

    ia, ib = extractions.index(a), extractions.index(b)
    # beside their figures: the message at the figure, in both reports
    assert driver.execute_script(f"return document.querySelector('#f{ia}-2 + .fb').textContent").startswith("⚑1")
    assert driver.execute_script(f"return document.querySelector('#f{ib}-3 + .fb').textContent").startswith("⚑1")

    # clicking the flag in the batch list highlights its figures in every report and scrolls to the first
    _click(driver, '#flags [data-g="0"].msg')
    hits = driver.execute_script("return Array.from(document.querySelectorAll('mark.hit')).map(function(m){return m.id;})")
    assert sorted(hits) == sorted([f"f{ia}-2", f"f{ib}-3"])
    top = driver.execute_script(f"return document.getElementById('f{ia}-2').getBoundingClientRect().top")
    assert 0 <= top <= driver.execute_script("return window.innerHeight")
    detail = driver.find_element(By.ID, "detail").text
    assert "各村之和与全镇合计不符<script>alert(8)</script>" in detail and detail.count("：") >= 2
    assert "1 / 2" in detail
    _click(driver, '#flags [data-g="0"].msg')  # again: on to the flag's figure in the other report
    top = driver.execute_script(f"return document.getElementById('f{ib}-3').getBoundingClientRect().top")
    assert 0 <= top <= driver.execute_script("return window.innerHeight")
    assert "2 / 2" in driver.find_element(By.ID, "detail").text

    # the flag filter keeps the flagged figures only
    driver.execute_script("var s=document.getElementById('ff');s.value='s:error';s.dispatchEvent(new Event('change'));")
    on = driver.execute_script("return Array.from(document.querySelectorAll('mark.f.on')).map(function(m){return m.id;})")
    assert sorted(on) == sorted(hits)
    assert driver.execute_script("return document.querySelectorAll('article.rep:not([hidden])').length") == 2
    assert driver.execute_script("return window.__zbDialogs") == 0
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
