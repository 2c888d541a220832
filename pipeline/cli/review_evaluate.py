"""review and evaluate: reports extracted and checked against each other, not stored: the review page
of the reports given, and the scores of the gold reports against the gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import fail, progress
from .extracting import write_review
from .options import MANIFEST, MONEY, OUT, QUIET, chosen_money


def review_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, OUT] = Path("outputs"),
    manifest: Annotated[Path | None, MANIFEST] = None,
    quiet: Annotated[bool, QUIET] = False,
    money_unit: Annotated[str | None, MONEY] = None,
) -> None:
    """Write OUT/review.html: every figure highlighted in its report's text, with the flags the checks raise on them."""
    from .. import batch, checks, ingest

    money = chosen_money(money_unit)
    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file or folder")
    try:
        given = ingest.read_manifest(manifest) if manifest is not None else None
    except (OSError, ValueError) as e:
        fail(f"manifest {manifest}: {e}")
    found = ingest.find_reports(paths, skip=out)
    if not found:
        fail(f"no reports ({' '.join(ingest.SUPPORTED)}) under {', '.join(map(str, paths))}")
    items = (batch.extract_one(path, rid, given) for path, rid in found)
    extractions = list(progress(items, len(found), quiet, "extracting"))
    flags = checks.run_checks(extractions)  # the reports reviewed, checked against each other
    if not quiet:
        typer.echo(f"{len(extractions)} reports, {len(flags)} flags", err=True)
    write_review(extractions, flags, out, quiet, money)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder with figures.jsonl and documents.jsonl (with --cells: "
                                                  "the folder of the reports).")],
    texts: Annotated[Path | None, typer.Option(help="Folder of the reports; default GOLD_DIR/texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    cells: Annotated[Path | None, typer.Option(help="A cells file (file, concept, period, status, value, unit, quote; "
                                                    "tab-separated): score the comparison table cell by cell.")] = None,
) -> None:
    """Extract the gold reports and score the figures against the gold (see ANNOTATION.md); with --cells, score
    the comparison table of the reports in GOLD_DIR cell by cell."""
    from .. import batch, evaluate, ingest, rules

    if cells is not None:
        _evaluate_cells(cells, gold_dir, as_json)
        return
    texts = texts or gold_dir / "texts"
    if not texts.is_dir():
        fail(f"{texts}: no such folder")
    rules.load_all()  # a slip in rules/ is one error, not every report scored as found nothing
    extractions = [batch.extract_one(path, rid) for path, rid in ingest.find_reports([texts])]
    try:
        gold_figures, gold_reports = evaluate.load_gold(gold_dir, {ex.report.report_id: ex.report.text
                                                                   for ex in extractions})
    except evaluate.GoldError as e:
        fail(str(e))
    scored = evaluate.score(extractions, gold_figures, gold_reports)
    typer.echo(evaluate.dumps(scored) if as_json else evaluate.format_scored(scored))


def _evaluate_cells(cells_file: Path, reports: Path, as_json: bool) -> None:
    """The reports the cells file names, extracted from ``reports``, their comparison table scored cell by cell."""
    import json

    from .. import batch, evaluate, ingest, rules

    if not reports.is_dir():
        fail(f"{reports}: no such folder")
    try:
        cells = evaluate.load_cells(cells_file)
    except evaluate.GoldError as e:
        fail(str(e))
    rules.load_all()
    named = {c.report_id for c in cells}
    extractions = [batch.extract_one(path, rid) for path, rid in ingest.find_reports([reports]) if rid in named]
    scored = evaluate.score_cells(extractions, cells)
    typer.echo(json.dumps(scored.as_dict(), ensure_ascii=False, indent=2) if as_json else evaluate.format_cells(scored))
