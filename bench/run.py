"""`make bench`: zhibiao's throughput and memory against the tools a user would otherwise run.

Builds a corpus of at least 2,000 reports (the national government work reports from
../shared plus corpora/ replicated under other town names), then measures on the same
text in the same run:

  - characters per second of `zhibiao extract` with 1 and 2 jobs (whole command, cold cache);
  - characters per second of jieba.cut over the same text (one segmentation pass);
  - characters per second of jionlp's ner.extract_money (a peer that finds only money),
    run from .venv-bench, where jionlp is installed for the benchmark alone;
  - the ratios zhibiao / jieba.cut and zhibiao / jionlp, and 2 jobs / 1 job; zhibiao / jieba.cut
    also in CPU seconds (user + system), which other load on the machine disturbs far less;
  - peak resident memory of the extract run;
  - the time of `zhibiao --help` and of extracting one report from a cold start.

Timings on a shared 2-core machine vary by 20% from run to run, so each timed command
runs BENCH_ROUNDS times (default 3), zhibiao and jieba in turn, and the fastest run of
each counts. Every zhibiao run writes to a fresh folder and the folders are deleted
only at the end: deleting 60 MB of outputs right before a run slows that run's file
creation on this machine's disk (ext4 mounted with online discard), which is no cost of
zhibiao's.

The replicated reports repeat phrases, which zhibiao's per-clause caches exploit; the
national reports do not repeat. So the same comparison is also made on the national
reports alone (unique text).

zhibiao keeps jieba's dictionary and the validated rules in its cache folder (pipeline/dictionary.py);
the benchmark gives it a folder of its own, outputs/bench/cache, filled by one untimed run before the
rounds, so every timed run starts as a second run on a machine does, whatever other checkouts of
zhibiao on the machine keep in the shared folder meanwhile.

Prints a table and writes outputs/bench.json. BENCH_REPORTS=10000 make bench runs the
memory check on 10,000 reports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"
NATIONAL = ROOT.parent / "shared" / "corpora-national" / "government_work_reports.jsonl"
WORK = ROOT / "outputs" / "bench"
N_REPORTS = int(os.environ.get("BENCH_REPORTS", "2000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))

# Made-up town names for the replicated reports (first + second syllable + 镇/乡).
FIRST = "青白龙石桃云河金柳松竹梅兰杏枫桂茶花溪山"
SECOND = "溪石潭源门峰西坪岭岗湾塘口桥田村林湖洲坝"
SUFFIX = "镇乡"

SEGMENT = """
import sys, time, jieba
jieba.setLogLevel(60); jieba.initialize()
texts = [p.read_text(encoding="utf-8") for p in sorted(__import__("pathlib").Path(sys.argv[1]).glob("*.txt"))]
t, cpu = time.perf_counter(), time.process_time()
for text in texts:
    for _ in jieba.cut(text):
        pass
print(time.perf_counter() - t, time.process_time() - cpu)
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
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_maxrss * 1024, code, usage.ru_utime + usage.ru_stime)
"""


def build_corpus(folder: Path, n_reports: int) -> tuple[int, int]:
    """Write the benchmark reports as UTF-8 .txt files, the national ones also to folder-national/;
    returns the number of characters in each."""
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import find_reports, read_report

    national = folder.with_name(folder.name + "-national")
    for f in (folder, national):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir(parents=True)
    texts: list[tuple[str, str]] = []
    if NATIONAL.is_file():
        for line in NATIONAL.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("year"):  # the rows without a year are the congress's resolutions, not reports
                texts.append((f"national-{row['year']}", row["content"]))
    national_chars = 0
    for name, text in texts:
        (national / f"{name}.txt").write_text(text, encoding="utf-8")
        national_chars += len(text)
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
    return chars, national_chars


def measure(cmd: list[str]) -> tuple[float, int, int, float]:
    """(seconds, peak resident bytes, exit code, CPU seconds) of a command, measured from a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    seconds, rss, code, cpu = out.stdout.split()
    return float(seconds), int(rss), int(code), float(cpu)


def best_of(cmd: list[str], n: int = 5) -> float:
    return min(measure(cmd)[0] for _ in range(n))


def zhibiao_run(corpus: Path, jobs: int, out: Path) -> tuple[float, int, float]:
    """(seconds, peak resident bytes, CPU seconds) of one cold `zhibiao extract` into the fresh folder ``out``."""
    seconds, rss, code, cpu = measure([str(VENV_BIN / "zhibiao"), "extract", str(corpus), "--out", str(out),
                                  "--jobs", str(jobs), "--no-cache", "--quiet"])
    if code not in (0, 1):
        raise SystemExit(f"zhibiao extract failed with exit status {code}")
    return seconds, rss, cpu


def jieba_run(corpus: Path) -> tuple[float, float]:
    """(seconds, CPU seconds) of jieba.cut over the corpus."""
    seg = subprocess.run([str(VENV_BIN / "python"), "-c", SEGMENT, str(corpus)], capture_output=True, text=True,
                         check=True)
    seconds, cpu = seg.stdout.split()
    return float(seconds), float(cpu)


def main() -> int:
    corpus = WORK / "corpus"
    national = WORK / "corpus-national"
    runs = WORK / "runs"
    shutil.rmtree(runs, ignore_errors=True)  # first, so its deletion is done before the first timed run
    print(f"building {N_REPORTS} reports in {corpus} ...", file=sys.stderr)
    chars, national_chars = build_corpus(corpus, N_REPORTS)
    n_files = len(list(corpus.glob("*.txt")))
    os.environ["ZHIBIAO_CACHE_DIR"] = str(WORK / "cache")  # read by every zhibiao run below
    zhibiao_run(corpus / sorted(p.name for p in corpus.glob("*.txt"))[0], 1, runs / "warm")  # fills it, untimed
    results: dict[str, object] = {"reports": n_files, "characters": chars, "rounds": ROUNDS}

    timings: dict[str, list[float]] = {}
    peak = {1: 0, 2: 0}
    for r in range(ROUNDS):
        print(f"round {r + 1} of {ROUNDS} ...", file=sys.stderr)
        for jobs in (1, 2):
            seconds, rss, cpu = zhibiao_run(corpus, jobs, runs / f"out-{jobs}-{r}")
            timings.setdefault(f"zhibiao_jobs{jobs}", []).append(seconds)
            timings.setdefault(f"zhibiao_jobs{jobs}_cpu", []).append(cpu)
            peak[jobs] = max(peak[jobs], rss)
        seconds, cpu = jieba_run(corpus)
        timings.setdefault("jieba_cut", []).append(seconds)
        timings.setdefault("jieba_cut_cpu", []).append(cpu)
        if national_chars:
            seconds, _, cpu = zhibiao_run(national, 1, runs / f"national-{r}")
            timings.setdefault("national_zhibiao", []).append(seconds)
            timings.setdefault("national_zhibiao_cpu", []).append(cpu)
            seconds, cpu = jieba_run(national)
            timings.setdefault("national_jieba_cut", []).append(seconds)
            timings.setdefault("national_jieba_cut_cpu", []).append(cpu)
    best = {name: min(values) for name, values in timings.items()}

    for jobs in (1, 2):
        results[f"zhibiao_jobs{jobs}_seconds"] = round(best[f"zhibiao_jobs{jobs}"], 3)
        results[f"zhibiao_jobs{jobs}_chars_per_s"] = round(chars / best[f"zhibiao_jobs{jobs}"])
        results[f"zhibiao_jobs{jobs}_peak_rss_mib"] = round(peak[jobs] / 2**20, 1)
    results["zhibiao_jobs1_seconds_all_rounds"] = [round(t, 2) for t in timings["zhibiao_jobs1"]]
    results["jobs_output_identical"] = all(
        (runs / "out-1-0" / n).read_bytes() == (runs / "out-2-0" / n).read_bytes()
        for n in ("indicators.csv", "reports.csv", "skipped.csv"))
    results["jieba_cut_seconds"] = round(best["jieba_cut"], 3)
    results["jieba_cut_chars_per_s"] = round(chars / best["jieba_cut"])
    results["jieba_cut_seconds_all_rounds"] = [round(t, 2) for t in timings["jieba_cut"]]

    if BENCH_PY.exists():
        money = subprocess.run([str(BENCH_PY), "-c", MONEY, str(corpus)], capture_output=True, text=True, check=True)
        results["jionlp_money_seconds"] = round(float(money.stdout.split()[-1]), 3)
        results["jionlp_money_chars_per_s"] = round(chars / float(money.stdout.split()[-1]))
    one = corpus / sorted(p.name for p in corpus.glob("*.txt"))[-1]
    zhibiao = str(VENV_BIN / "zhibiao")
    results["help_seconds"] = round(best_of([zhibiao, "--help"]), 3)
    results["one_report_cold_seconds"] = round(best_of([zhibiao, "extract", str(one), "--out", str(runs / "one"),
                                                        "--no-cache", "--quiet", "--jobs", "1"], 3), 3)

    j1 = results["zhibiao_jobs1_chars_per_s"]
    results["ratio_zhibiao_to_jieba_cut"] = round(j1 / results["jieba_cut_chars_per_s"], 2)
    # the same in CPU seconds (user + system), which other load on the machine disturbs far less than wall time
    results["ratio_zhibiao_to_jieba_cut_cpu"] = round(best["jieba_cut_cpu"] / best["zhibiao_jobs1_cpu"], 2)
    # the CPU seconds themselves (fastest round): runs made hours apart are compared on these, not on wall time
    results["zhibiao_jobs1_cpu_seconds"] = round(best["zhibiao_jobs1_cpu"], 2)
    results["jieba_cut_cpu_seconds"] = round(best["jieba_cut_cpu"], 2)
    results["ratio_jobs2_to_jobs1"] = round(results["zhibiao_jobs2_chars_per_s"] / j1, 2)
    if "jionlp_money_chars_per_s" in results:
        results["ratio_zhibiao_to_jionlp_money"] = round(j1 / results["jionlp_money_chars_per_s"], 2)
    if national_chars:
        results["national_only_characters"] = national_chars
        results["national_only_ratio_zhibiao_to_jieba_cut"] = round(best["national_jieba_cut"] / best["national_zhibiao"], 2)
        results["national_only_ratio_zhibiao_to_jieba_cut_cpu"] = round(
            best["national_jieba_cut_cpu"] / best["national_zhibiao_cpu"], 2)
        results["national_only_zhibiao_cpu_seconds"] = round(best["national_zhibiao_cpu"], 2)
        results["national_only_jieba_cut_cpu_seconds"] = round(best["national_jieba_cut_cpu"], 2)
    results["targets"] = {
        "zhibiao_1_job_at_least_jieba_cut": results["ratio_zhibiao_to_jieba_cut"] >= 1.0,
        "2_jobs_at_least_1.7x": results["ratio_jobs2_to_jobs1"] >= 1.7,
        "peak_memory_under_1_GiB": max(results["zhibiao_jobs1_peak_rss_mib"],
                                       results["zhibiao_jobs2_peak_rss_mib"]) < 1024,
        "help_under_0.5_s": results["help_seconds"] < 0.5,
    }
    shutil.rmtree(runs, ignore_errors=True)

    (ROOT / "outputs").mkdir(exist_ok=True)
    (ROOT / "outputs" / "bench.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
