"""extract and run: the reports under the paths given, extracted into OUT (and, for run, checked,
stored and written into every output), with a line on stderr for each report that failed."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from .app import fail, one_line, progress, startup
from .options import (
    EXECUTOR,
    JOBS,
    MANIFEST,
    MONEY,
    NO_CACHE,
    OUT,
    QUIET,
    REFERENCE,
    SCHEDULER,
    chosen_money,
    reference_figures,
)


def _report_problems(ex) -> list[str]:
    """The stderr lines for one report: why it failed, or what to check although it was read."""
    from ..audit import UNACCOUNTED

    report, where = ex.report, one_line(ex.report.path)
    if report.status != "ok":
        return [f"zhibiao: {where}: {one_line(report.message)}"]
    lines = [f"zhibiao: warning: {where}: {one_line(report.message)}"] if report.message else []
    missed = sum(s.reason == UNACCOUNTED for s in ex.skipped)
    if missed:
        lines.append(f"zhibiao: warning: {where}: {missed} numeral(s) no rule accounts for (skipped.csv, {UNACCOUNTED})")
    return lines


@dataclass
class Batch:
    """What a run extracted: the extractions (when kept) and the counts the summary line needs."""

    extractions: list = field(default_factory=list)
    n_reports: int = 0
    n_figures: int = 0
    n_failed: int = 0
    n_unsupported: int = 0  # files of a kind not read (a scan, a spreadsheet, a .doc without LibreOffice)
    n_cached: int = 0
    unmatched: list = field(default_factory=list)  # files the manifest lists that were not found
    manifest: dict | None = None


def _extract(paths: list[Path], out: Path, manifest_path: Path | None, quiet: bool, jobs: int | None = None,
             use_cache: bool = True, keep: bool = True, executor: str = "local", scheduler: str | None = None,
             db: Path | None = None) -> Batch:
    """Extract every report under ``paths`` into ``out``; keep the extractions in memory only if asked.
    With ``db`` (run), report ids are those the store gives the files (batch.with_store_ids)."""
    from .. import batch, export, ingest, out_files  # not publish or store (duckdb): `extract` writes the tables only

    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file or folder")
    if out.exists() and not out.is_dir():
        fail(f"--out {out}：这是一个文件，不是文件夹（not a folder）")
    manifest = None
    if manifest_path is not None:
        try:
            manifest = ingest.read_manifest(manifest_path)
        except (OSError, ValueError) as e:
            fail(f"manifest {manifest_path}: {e}")
    found = ingest.find_reports(paths, skip=out)  # not OUT: its text/*.txt would come back as reports
    if not found:
        fail(f"no reports ({' '.join(ingest.SUPPORTED)}) under {', '.join(map(str, paths))}")
    if db is not None and db.is_file():
        from .. import store

        try:
            with store.Store(db, read_only=True) as st:
                found = batch.with_store_ids(found, st.sources())
        except store.StoreError as e:
            fail(str(e))
    try:
        out_files.check_out(out)  # the first thing written: a folder that cannot be written is one line, not a traceback
    except out_files.OutputError as e:
        fail(str(e))
    cache = batch.Cache(out / ".cache" / "extractions") if use_cache else None
    result = Batch(manifest=manifest)
    if manifest:
        result.unmatched = ingest.manifest.unmatched(manifest, found)
        for name in result.unmatched:
            typer.echo(f"zhibiao: 警告：清单 {manifest_path} 列出的文件 {one_line(name)} 不在所给的报告中，该行未用",
                       err=True)
    if executor not in ("local", "dask"):
        fail(f"--executor must be local or dask, not {executor!r}")
    if (executor == "dask" or scheduler) and importlib.util.find_spec("distributed") is None:
        fail("the dask executor needs dask.distributed: pip install 'zhibiao[dask]'")
    with export.TableWriter(out) as writer, startup() as loading:
        done_items = batch.extract_many(found, manifest, jobs or os.cpu_count() or 1, cache, executor, scheduler,
                                        out=out, keep=keep)
        for done in progress(done_items, len(found), quiet, "extracting"):
            loading.done()  # the first report loaded what every report needs
            ex = done.extraction
            for line in _report_problems(ex):
                typer.echo(line, err=True)
            writer.add(ex, done.rendered)
            result.n_reports += 1
            result.n_figures += done.n_figures
            result.n_failed += ex.report.status not in ("ok", ingest.UNSUPPORTED)
            result.n_unsupported += ex.report.status == ingest.UNSUPPORTED
            result.n_cached += done.cached
            if keep:
                result.extractions.append(ex)
    if cache:
        cache.prune()
    if not quiet:
        cached = f", {result.n_cached} unchanged since the last run (not re-extracted)" if result.n_cached else ""
        unsupported = (f", {result.n_unsupported} not read (unsupported file type; 另存为 .docx)"
                       if result.n_unsupported else "")
        unmatched = f", 清单中 {len(result.unmatched)} 个文件未找到" if result.unmatched else ""
        typer.echo(f"{result.n_reports} reports, {result.n_figures} figures, {result.n_failed} failed{unsupported}{cached}"
                   f"{unmatched} -> {out}/indicators.csv", err=True)
    return result


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, OUT] = Path("outputs"),
    manifest: Annotated[Path | None, MANIFEST] = None,
    quiet: Annotated[bool, QUIET] = False,
    jobs: Annotated[int | None, JOBS] = None,
    no_cache: Annotated[bool, NO_CACHE] = False,
    executor: Annotated[str, EXECUTOR] = "local",
    scheduler: Annotated[str | None, SCHEDULER] = None,
) -> None:
    """Extract every figure of the reports into OUT/indicators.csv (and reports.csv, skipped.csv)."""
    if executor == "local" and scheduler is None:  # nothing after the tables needs numpy (run's store and workbook do)
        from .. import export

        export.import_arrow_alone()
    result = _extract(paths, out, manifest, quiet, jobs, not no_cache, keep=False, executor=executor,
                      scheduler=scheduler, db=out / "zhibiao.duckdb")  # ids as a run into OUT gave them
    raise typer.Exit(1 if result.n_failed or result.n_unsupported else 0)


def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Report files or folders; default corpora/.")] = None,
    out: Annotated[Path, OUT] = Path("outputs"),
    manifest: Annotated[Path | None, MANIFEST] = None,
    quiet: Annotated[bool, QUIET] = False,
    jobs: Annotated[int | None, JOBS] = None,
    no_cache: Annotated[bool, NO_CACHE] = False,
    executor: Annotated[str, EXECUTOR] = "local",
    scheduler: Annotated[str | None, SCHEDULER] = None,
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB store; default OUT/zhibiao.duckdb.")] = None,
    reference: Annotated[list[Path] | None, REFERENCE] = None,
    towns: Annotated[Path | None, typer.Option("--towns", help="乡镇名单：一行一个乡镇，或带“乡镇”列的 CSV；"
                                                "未报送的乡镇在对比表和汇总行中列出。")] = None,
    corrections: Annotated[Path | None, typer.Option("--corrections", help="核实文件（默认库旁的 核实.csv）：分析员"
                                                      "对疑点的核实结果和对数字的更正，每次运行都读取，从不改写。")] = None,
    money_unit: Annotated[str | None, MONEY] = None,
) -> None:
    """The main job: extract the reports, check them, store them and write every output into OUT."""
    from .. import ingest, out_files, periods, publish, roster, store

    expected: list[str] = []
    if towns is not None:
        try:
            expected = roster.read_towns(towns)
        except roster.RosterError as e:
            fail(f"--towns {e}")
    if corrections is not None and not corrections.is_file():
        fail(f"--corrections {corrections}：没有这个文件")
    money = chosen_money(money_unit)
    officials = reference_figures(reference, quiet)
    db = db or out / "zhibiao.duckdb"
    batch_done = _extract(paths or [Path("corpora")], out, manifest, quiet, jobs, not no_cache,
                          executor=executor, scheduler=scheduler, db=db)
    extractions = batch_done.extractions
    if manifest is not None:  # the towns the manifest names (its towns and town columns) are expected too
        expected = roster.unique([*expected, *ingest.manifest.expected_towns(manifest)])
    try:
        done = publish.publish(extractions, out, db, officials, expected_towns=expected, corrections_file=corrections,
                               money=money)
    except store.StoreError as e:
        fail(str(e))
    except OSError as e:
        fail(out_files.os_problem(e))
    store.remember(db)
    for line in (*done.notices, *done.problems):
        typer.echo(f"zhibiao: 注意：{one_line(line)}", err=True)
    for choice in done.duplicates:
        typer.echo(f"zhibiao: 重复报送：{one_line(choice.note)}", err=True)
    for period, towns_missing in done.missing.items():
        typer.echo(f"zhibiao: {periods.label(period)} 未报送（{len(towns_missing)}个）：{'、'.join(towns_missing)}",
                   err=True)
    if not quiet:
        n_missing = sum(len(m) for m in done.missing.values())
        missing = f"，未报送 {n_missing} 个乡镇" if done.expected_towns else ""
        typer.echo(f"{len(done.batch_flags)} flags（待核实 {done.n_open}）-> {done.paths['flags']}; "
                   f"store {done.paths['store']}: "
                   f"{done.n_reports} reports, {done.n_mapped}/{done.n_figures} figures on a canonical indicator"
                   f"{missing}; workbook -> {done.paths['workbook']}", err=True)
        if done.comparisons:
            differ = sum(c.result == "不一致" for c in done.comparisons)
            typer.echo(f"{len(done.comparisons)} figures compared with official ones, {differ} differ (sheet 核对)", err=True)
    write_review(extractions, done.batch_flags, out, quiet, money)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


def write_review(extractions: list, flags: list, out: Path, quiet: bool, money: str | None = None) -> None:
    from .. import review as review_page

    path = review_page.write_review(extractions, flags, out, money)
    if not quiet:
        typer.echo(f"review page -> {path}", err=True)
