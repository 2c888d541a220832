"""The `zhibiao` command: parses options and calls the library (which never prints).

Exit status: 0 when every report was read, 1 when some failed, 2 for usage errors.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="zhibiao (指标): figures from Chinese local-government work reports, as one verified table.",
)

DEBUG = {"on": False}


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"zhibiao: error: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    DEBUG["on"] = debug


def _progress(items, total: int, quiet: bool, label: str):
    """A progress bar with reports per second and ETA on a terminal; plain log lines otherwise."""
    if quiet:
        yield from items
        return
    if not sys.stderr.isatty():
        import time

        start = last = time.monotonic()
        for n, item in enumerate(items, 1):
            yield item
            now = time.monotonic()
            if now - last >= 10 or n == total:
                last = now
                typer.echo(f"zhibiao: {label} {n}/{total} reports ({n / max(now - start, 1e-9):.1f}/s)", err=True)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("[progress.data.speed]{task.fields[rate]}"),
               TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total, rate="")
        for item in items:
            yield item
            speed = bar.tasks[0].speed
            bar.update(task, advance=1, rate=f"{speed:.1f} reports/s" if speed else "")


@dataclass
class Batch:
    """What a run extracted: the extractions (when kept) and the counts the summary line needs."""

    extractions: list = field(default_factory=list)
    n_reports: int = 0
    n_figures: int = 0
    n_failed: int = 0
    n_cached: int = 0


def _extract(paths: list[Path], out: Path, manifest_path: Path | None, quiet: bool, jobs: int | None = None,
             use_cache: bool = True, keep: bool = True) -> Batch:
    """Extract every report under ``paths`` into ``out``; keep the extractions in memory only if asked."""
    from . import batch, export, ingest

    for p in paths:
        if not p.exists():
            _fail(f"{p}: no such file or folder")
    manifest = None
    if manifest_path is not None:
        try:
            manifest = ingest.read_manifest(manifest_path)
        except (OSError, ValueError) as e:
            _fail(f"manifest {manifest_path}: {e}")
    found = ingest.find_reports(paths)
    if not found:
        _fail(f"no reports (.txt .docx .pdf .html) under {', '.join(map(str, paths))}")
    cache = batch.Cache(out / ".cache" / "extractions") if use_cache else None
    result = Batch()
    done_items = batch.extract_many(found, manifest, jobs or os.cpu_count() or 1, cache)
    with export.TableWriter(out) as writer:
        for done in _progress(done_items, len(found), quiet, "extracting"):
            ex = done.extraction
            if ex.report.status != "ok":
                typer.echo(f"zhibiao: {ex.report.path}: {ex.report.message}", err=True)
            writer.add(ex)
            result.n_reports += 1
            result.n_figures += len(ex.figures)
            result.n_failed += ex.report.status != "ok"
            result.n_cached += done.cached
            if keep:
                result.extractions.append(ex)
    if cache:
        cache.prune()
    if not quiet:
        cached = f", {result.n_cached} unchanged since the last run (not re-extracted)" if result.n_cached else ""
        typer.echo(f"{result.n_reports} reports, {result.n_figures} figures, {result.n_failed} failed{cached}"
                   f" -> {out}/indicators.csv", err=True)
    return result


JOBS = typer.Option("--jobs", "-j", help="Worker processes; default: one per core.")
NO_CACHE = typer.Option("--no-cache", help="Re-extract every report, even those unchanged since the last run.")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    jobs: Annotated[int | None, JOBS] = None,
    no_cache: Annotated[bool, NO_CACHE] = False,
) -> None:
    """Extract every figure of the reports into OUT/indicators.csv (and reports.csv, skipped.csv)."""
    result = _extract(paths, out, manifest, quiet, jobs, not no_cache, keep=False)
    raise typer.Exit(1 if result.n_failed else 0)


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Report files or folders; default corpora/.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    jobs: Annotated[int | None, JOBS] = None,
    no_cache: Annotated[bool, NO_CACHE] = False,
) -> None:
    """The main job: extract the reports and write every output into OUT."""
    extractions = _extract(paths or [Path("corpora")], out, manifest, quiet, jobs, not no_cache).extractions
    _write_review(extractions, [], out, quiet)  # flags: pass the checks' list of model.Flag here once they run
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


def _write_review(extractions: list, flags: list, out: Path, quiet: bool) -> None:
    from . import review as review_page

    path = review_page.write_review(extractions, flags, out)
    if not quiet:
        typer.echo(f"review page -> {path}", err=True)


@app.command("review")
def review_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Write OUT/review.html: every figure highlighted in its report's text, with the checks' flags."""
    from . import batch, ingest

    for p in paths:
        if not p.exists():
            _fail(f"{p}: no such file or folder")
    try:
        given = ingest.read_manifest(manifest) if manifest is not None else None
    except (OSError, ValueError) as e:
        _fail(f"manifest {manifest}: {e}")
    found = ingest.find_reports(paths)
    if not found:
        _fail(f"no reports (.txt .docx .pdf .html) under {', '.join(map(str, paths))}")
    items = (batch.extract_one(path, rid, given) for path, rid in found)
    extractions = list(_progress(items, len(found), quiet, "extracting"))
    _write_review(extractions, [], out, quiet)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder with figures.jsonl and documents.jsonl.")],
    texts: Annotated[Path | None, typer.Option(help="Folder of the reports; default GOLD_DIR/texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Extract the gold reports and score the figures against the gold (see ANNOTATION.md)."""
    from . import batch, evaluate, ingest

    texts = texts or gold_dir / "texts"
    if not texts.is_dir():
        _fail(f"{texts}: no such folder")
    extractions = [batch.extract_one(path, rid) for path, rid in ingest.find_reports([texts])]
    try:
        gold_figures, gold_reports = evaluate.load_gold(gold_dir, {ex.report.report_id: ex.report.text
                                                                   for ex in extractions})
    except evaluate.GoldError as e:
        _fail(str(e))
    scored = evaluate.score(extractions, gold_figures, gold_reports)
    typer.echo(evaluate.dumps(scored) if as_json else evaluate.format_scored(scored))


def main() -> None:
    try:
        app()
    except Exception as e:  # no traceback for the user unless --debug
        if DEBUG["on"] or "--debug" in sys.argv:
            raise
        typer.echo(f"zhibiao: error: {type(e).__name__}: {e} (run with --debug for details)", err=True)
        sys.exit(2)
