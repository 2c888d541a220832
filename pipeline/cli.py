"""The `zhibiao` command: parses options and calls the library (which never prints).

Exit status: 0 when every report was read, 1 when some failed, 2 for usage errors.
"""

from __future__ import annotations

import sys
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
    """A progress bar on a terminal, nothing otherwise (failures are reported per report)."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _extract(paths: list[Path], out: Path, manifest_path: Path | None, quiet: bool) -> list:
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
    extractions = []
    items = (batch.extract_one(path, rid, manifest) for path, rid in found)
    for ex in _progress(items, len(found), quiet, "extracting"):
        if ex.report.status != "ok":
            typer.echo(f"zhibiao: {ex.report.path}: {ex.report.message}", err=True)
        extractions.append(ex)
    export.write_tables(extractions, out)
    n_fig = sum(len(ex.figures) for ex in extractions)
    n_bad = sum(ex.report.status != "ok" for ex in extractions)
    if not quiet:
        typer.echo(f"{len(extractions)} reports, {n_fig} figures, {n_bad} failed -> {out}/indicators.csv", err=True)
    return extractions


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Extract every figure of the reports into OUT/indicators.csv (and reports.csv, skipped.csv)."""
    extractions = _extract(paths, out, manifest, quiet)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Report files or folders; default corpora/.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """The main job: extract the reports and write every output into OUT."""
    extractions = _extract(paths or [Path("corpora")], out, manifest, quiet)
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
