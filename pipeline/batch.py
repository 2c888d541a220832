"""A batch of reports: read and extract each one, in worker processes, in a stable order.

Results come back in the order of ``ingest.find_reports`` whatever the number of
jobs, so the output is byte-identical for any ``jobs``. A cache keyed by the
file's content (plus the rules and code that extract it) lets a re-run skip the
reports that did not change.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import pickle
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from pathlib import Path

from . import __version__, ingest, rules
from .audit import UNACCOUNTED
from .export import Rendered, render
from .extract import extract_report
from .model import Extraction
from .rules import rules_dir


@dataclass(frozen=True)
class Done:
    """One report's extraction, and whether it came from the cache instead of being re-extracted."""

    extraction: Extraction  # without text, figures and skipped numerals unless the batch keeps them
    cached: bool = False
    cache_key: str | None = None
    rendered: Rendered | None = None  # rows already rendered by the worker (local executor)
    n_figures: int = 0


def extract_one(path: Path, report_id: str, manifest: dict | None = None) -> Extraction:
    """Read and extract one report; an unexpected failure marks the report failed, never the batch."""
    report = ingest.read_report(path, report_id, manifest)
    try:
        return extract_report(report)
    except Exception as e:  # a bug on one report must not lose the other reports
        detail = " ".join(str(e).split())[:200]  # one line: it goes to reports.csv and to stderr
        failed = dataclasses.replace(report, status="failed", message=f"extraction failed: {type(e).__name__}: {detail}")
        return Extraction(report=failed)


@rules.cached
def fingerprint() -> str:
    """Changes whenever the rules or the code that extracts would: part of every cache key."""
    h = hashlib.sha256(__version__.encode())
    for folder, pattern in ((rules_dir(), "*.yaml"), (Path(__file__).parent, "**/*.py")):  # every stage's package
        for p in sorted(folder.glob(pattern)):
            h.update(p.relative_to(folder).as_posix().encode() + p.read_bytes())
    return h.hexdigest()[:16]


class Cache:
    """Extractions on disk, one file per (content, report id, manifest entry, fingerprint)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()

    def key(self, path: Path, report_id: str, manifest: dict | None) -> str | None:
        try:
            content = path.read_bytes()
        except OSError:
            return None  # unreadable: extract_one reports why
        entry = (manifest or {}).get(path.name) or (manifest or {}).get(report_id)
        h = hashlib.sha256(content)
        h.update(json.dumps([report_id, str(path), entry, fingerprint()], ensure_ascii=False, default=str).encode())
        return h.hexdigest()

    def load(self, key: str) -> Extraction | None:
        try:
            with open(self.folder / f"{key}.pickle", "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError):
            return None  # missing or stale: extract again

    def save(self, key: str, ex: Extraction) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            pickle.dump(ex, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.folder / f"{key}.pickle")

    def prune(self) -> None:
        """Drop entries this run did not use, so the cache holds only the current batch."""
        if self.folder.is_dir():
            for p in self.folder.glob("*.pickle"):
                if p.stem not in self.used:
                    p.unlink(missing_ok=True)


@dataclass(frozen=True)
class Job:
    path: Path
    report_id: str
    manifest: dict | None
    cache_folder: str | None
    out: Path | None  # where to render the rows and stage the text (None: the caller renders)
    keep: bool  # send the whole extraction back, not just the report's facts


def _work(job: Job) -> Done:
    cache = Cache(Path(job.cache_folder)) if job.cache_folder else None
    key = cache.key(job.path, job.report_id, job.manifest) if cache else None
    ex = cache.load(key) if cache and key else None
    cached = ex is not None
    if ex is None:
        ex = extract_one(job.path, job.report_id, job.manifest)
        if cache and key and ex.report.status != "unsupported":  # a .doc may be read once LibreOffice is installed
            cache.save(key, ex)
    rendered = render(ex, job.out) if job.out else None
    if job.keep or not rendered:
        sent = ex
    else:  # the report's facts, and the numerals no rule accounted for (the caller warns about them)
        unaccounted = tuple(s for s in ex.skipped if s.reason == UNACCOUNTED)
        sent = Extraction(report=dataclasses.replace(ex.report, text=""), skipped=unaccounted)
    return Done(sent, cached=cached, cache_key=key, rendered=rendered, n_figures=len(ex.figures))


def extract_many(found: Iterable[tuple[Path, str]], manifest: dict | None = None, jobs: int = 1,
                 cache: Cache | None = None, executor: str = "local", scheduler: str | None = None,
                 out: Path | None = None, keep: bool = True) -> Iterator[Done]:
    """Extract every (path, report id) in order, streaming the results.

    executor "local" runs ``jobs`` worker processes on this machine; "dask" runs on a
    dask.distributed cluster: the one at ``scheduler`` (tcp://host:8786), or a local
    cluster of ``jobs`` workers. Either way the results come back in input order. With ``out``,
    local workers render each report's rows and stage its text there (export.render), so the
    caller only appends bytes; unless ``keep``, they then send back only the report's facts.
    """
    rules.load_all()  # a slip in rules/ is one error here, not a failed extraction of every report
    folder = str(cache.folder) if cache else None
    if executor == "dask" or scheduler:
        # remote workers may not see OUT: they send whole extractions and the caller renders them
        work = (Job(path, rid, manifest, folder, None, True) for path, rid in found)
        yield from _remember(_on_dask(work, jobs, scheduler), cache)
        return
    work = (Job(path, rid, manifest, folder, out, keep) for path, rid in found)
    if jobs <= 1:
        yield from _remember(map(_work, work), cache)
        rules.keep_patterns()  # the patterns the reports needed, for the next process (rules.compiled)
        return
    # The first report is extracted here, before the workers fork: they inherit the rules, jieba's dictionary,
    # OpenCC and the number reader it loaded, instead of each loading its own (half a second of CPU apiece).
    first = next(work, None)
    if first is None:
        return
    yield from _remember([_work(first)], cache)
    rules.keep_patterns()
    # Ctrl-C goes to the whole process group: the workers ignore it (no traceback from each), the parent stops them.
    with _pool_class()(jobs, initializer=_ignore_interrupts, context=_fork()) as pool:
        # imap keeps the input order
        yield from _remember(pool.imap(_work, work, chunksize=_chunk_size(found, jobs)), cache)


def _chunk_size(found: Iterable, jobs: int) -> int:
    """Reports handed to a worker at a time: up to 8, since every hand-over costs locks and wake-ups
    (2 at a time made 2 jobs 15% slower over 2,000 reports), but small enough that a small batch
    still gives every worker several chunks, so none sits idle at the end."""
    n = len(found) if isinstance(found, Sized) else 0
    return max(1, min(8, n // (4 * jobs))) if n else 4


def _fork():
    import multiprocessing

    return multiprocessing.get_context("fork")


@functools.cache
def _pool_class():
    """multiprocessing's Pool, without one busy loop.

    Pool's worker-maintenance thread also wakes whenever the result pipe has data, so while
    results wait to be read it spins, taking a second core's worth of CPU from the workers
    for nothing (measured: 0.6 s of CPU over 2,000 reports). Results need no maintenance:
    it is woken when a worker exits or the pool's state changes, which is all it is for.
    """
    from multiprocessing.pool import Pool

    class QuietPool(Pool):
        def _get_sentinels(self):
            return [self._change_notifier._reader]

    return QuietPool


DASK_BATCH = 64  # reports in flight on the cluster at once: bounds memory on workers and here


def _on_dask(work: Iterable[Job], jobs: int, scheduler: str | None) -> Iterator[Done]:
    """Read and extract on dask workers (they must see the report files at the same paths)."""
    import itertools

    from dask.distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        work = iter(work)
        while batch := list(itertools.islice(work, DASK_BATCH)):
            futures = client.map(_work, batch, pure=False)
            for future in futures:
                yield future.result()
                future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _remember(results: Iterable[Done], cache: Cache | None) -> Iterator[Done]:
    """Note which cache entries this run used (the rest are pruned at the end)."""
    for done in results:
        if cache and done.cache_key:
            cache.used.add(done.cache_key)
        yield done


def with_store_ids(found: list[tuple[Path, str]], stored: dict[str, str]) -> list[tuple[Path, str]]:
    """The report ids of ``found`` (ingest.find_reports) made right for a store already holding ``stored``
    (report_id -> absolute path of its file, Store.sources): a file stored before keeps its id, whatever
    its name gives now; a file whose id another stored file holds (five towns each sending
    2025年上半年工作总结.txt, run one at a time) gets its folder's name in front (白云镇-2025年上半年工作总结),
    else id-2, id-3 …, so that no run's outputs (OUT/text/<id>.txt) or rows overwrite another report's."""
    by_source = {src: rid for rid, src in stored.items() if src}
    kept = [by_source.get(os.path.abspath(path)) for path, _ in found]
    taken = {rid.casefold() for rid in stored}
    out = []
    for (path, rid), old in zip(found, kept, strict=True):
        if old is None:
            base = ingest.report_id_of(path.stem)
            if rid != base or rid.casefold() in taken:  # the name is another file's, here or in the store
                folder = ingest.report_id_of(f"{path.parent.name}-{path.stem}") if path.parent.name else ""
                rid = folder if folder and folder.casefold() not in taken else _numbered(base, taken)
            taken.add(rid.casefold())
        out.append((path, old or rid))
    return out


def _numbered(report_id: str, taken: set[str]) -> str:
    n = 2
    while f"{report_id}-{n}".casefold() in taken:
        n += 1
    return f"{report_id}-{n}"


def extract_paths(paths: list[Path], manifest: dict | None = None, jobs: int = 1) -> Iterator[Extraction]:
    """Every report under ``paths``, extracted (no cache)."""
    for done in extract_many(ingest.find_reports(paths), manifest, jobs):
        yield done.extraction
