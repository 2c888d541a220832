"""`make bench`: zhibiao's throughput and memory against the tools a user would otherwise run.

Builds a corpus of at least 2,000 reports (the national government work reports from
../shared plus corpora/ replicated under other town names), then measures on the same
text in the same run:

  - characters per second of `zhibiao extract` with 1 and 2 jobs (whole command, cold cache);
  - characters per second of jieba.cut over the same text (one segmentation pass);
  - characters per second of jionlp's ner.extract_money (a peer that finds only money),
    run from .venv-bench, where jionlp is installed for the benchmark alone;
  - the ratios zhibiao / jieba.cut and zhibiao / jionlp, and 2 jobs / 1 job;
  - peak resident memory of the extract run;
  - the time of `zhibiao --help` and of extracting one report from a cold start.

Prints a table and writes outputs/bench.json. BENCH_REPORTS=10000 make bench runs the
memory check on 10,000 reports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"
NATIONAL = ROOT.parent / "shared" / "corpora-national" / "government_work_reports.jsonl"
WORK = ROOT / "outputs" / "bench"
N_REPORTS = int(os.environ.get("BENCH_REPORTS", "2000"))

# Made-up town names for the replicated reports (first + second syllable + 镇/乡).
FIRST = "青白龙石桃云河金柳松竹梅兰杏枫桂茶花溪山"
SECOND = "溪石潭源门峰西坪岭岗湾塘口桥田村林湖洲坝"
SUFFIX = "镇乡"

SEGMENT = """
import sys, time, jieba
jieba.setLogLevel(60); jieba.initialize()
texts = [p.read_text(encoding="utf-8") for p in sorted(__import__("pathlib").Path(sys.argv[1]).glob("*.txt"))]
t = time.perf_counter()
for text in texts:
    for _ in jieba.cut(text):
        pass
print(time.perf_counter() - t)
"""

MONEY = """
import sys, time, pathlib
import jionlp as jio
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
jio.ner.extract_money("投入12万元")
t = time.perf_counter()
n = 0
for text in texts:
    n += len(jio.ner.extract_money(text))
print(time.perf_counter() - t)
"""

MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, code)
"""


def build_corpus(folder: Path, n_reports: int) -> int:
    """Write the benchmark reports as UTF-8 .txt files; returns the number of characters."""
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import find_reports, read_report

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    texts: list[tuple[str, str]] = []
    if NATIONAL.is_file():
        for line in NATIONAL.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("year"):
                texts.append((f"national-{row['year']}", row["content"]))
    samples = [read_report(path, rid) for path, rid in find_reports([ROOT / "corpora"])]
    samples = [r for r in samples if r.status == "ok" and r.town]
    names = [a + b + c for c in SUFFIX for a in FIRST for b in SECOND]
    i = 0
    while len(texts) < n_reports:
        sample = samples[i % len(samples)]
        town = names[(i // len(samples)) % len(names)]
        texts.append((f"{town}-{sample.report_id}-{i}", sample.text.replace(sample.town, town)))
        i += 1
    chars = 0
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def measure(cmd: list[str]) -> tuple[float, int, int]:
    """(seconds, peak resident bytes, exit code) of a command, measured from a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    seconds, rss, code = out.stdout.split()
    return float(seconds), int(rss), int(code)


def best_of(cmd: list[str], n: int = 5) -> float:
    return min(measure(cmd)[0] for _ in range(n))


def main() -> int:
    corpus = WORK / "corpus"
    print(f"building {N_REPORTS} reports in {corpus} ...", file=sys.stderr)
    chars = build_corpus(corpus, N_REPORTS)
    n_files = len(list(corpus.glob("*.txt")))
    zhibiao = str(VENV_BIN / "zhibiao")
    results: dict[str, object] = {"reports": n_files, "characters": chars}

    for jobs in (1, 2):
        out = WORK / f"out-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, rss, code = measure([zhibiao, "extract", str(corpus), "--out", str(out), "--jobs", str(jobs),
                                      "--no-cache", "--quiet"])
        if code not in (0, 1):
            print(f"zhibiao extract failed with exit status {code}", file=sys.stderr)
            return 1
        results[f"zhibiao_jobs{jobs}_seconds"] = round(seconds, 3)
        results[f"zhibiao_jobs{jobs}_chars_per_s"] = round(chars / seconds)
        results[f"zhibiao_jobs{jobs}_peak_rss_mib"] = round(rss / 2**20, 1)
    same = all((WORK / "out-1" / n).read_bytes() == (WORK / "out-2" / n).read_bytes()
               for n in ("indicators.csv", "reports.csv", "skipped.csv"))
    results["jobs_output_identical"] = same

    seg = subprocess.run([str(VENV_BIN / "python"), "-c", SEGMENT, str(corpus)], capture_output=True, text=True,
                         check=True)
    results["jieba_cut_seconds"] = round(float(seg.stdout), 3)
    results["jieba_cut_chars_per_s"] = round(chars / float(seg.stdout))

    if BENCH_PY.exists():
        money = subprocess.run([str(BENCH_PY), "-c", MONEY, str(corpus)], capture_output=True, text=True, check=True)
        results["jionlp_money_seconds"] = round(float(money.stdout.split()[-1]), 3)
        results["jionlp_money_chars_per_s"] = round(chars / float(money.stdout.split()[-1]))
    one = corpus / sorted(p.name for p in corpus.glob("*.txt"))[-1]
    results["help_seconds"] = round(best_of([zhibiao, "--help"]), 3)
    cold_out = WORK / "out-one"
    results["one_report_cold_seconds"] = round(best_of([zhibiao, "extract", str(one), "--out", str(cold_out),
                                                        "--no-cache", "--quiet", "--jobs", "1"], 3), 3)

    j1 = results["zhibiao_jobs1_chars_per_s"]
    results["ratio_zhibiao_to_jieba_cut"] = round(j1 / results["jieba_cut_chars_per_s"], 2)
    results["ratio_jobs2_to_jobs1"] = round(results["zhibiao_jobs2_chars_per_s"] / j1, 2)
    if "jionlp_money_chars_per_s" in results:
        results["ratio_zhibiao_to_jionlp_money"] = round(j1 / results["jionlp_money_chars_per_s"], 2)
    results["targets"] = {
        "zhibiao_1_job_at_least_jieba_cut": results["ratio_zhibiao_to_jieba_cut"] >= 1.0,
        "2_jobs_at_least_1.7x": results["ratio_jobs2_to_jobs1"] >= 1.7,
        "peak_memory_under_1_GiB": max(results["zhibiao_jobs1_peak_rss_mib"],
                                       results["zhibiao_jobs2_peak_rss_mib"]) < 1024,
        "help_under_0.5_s": results["help_seconds"] < 0.5,
    }

    (ROOT / "outputs").mkdir(exist_ok=True)
    (ROOT / "outputs" / "bench.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
