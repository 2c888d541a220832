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
    gold_dir: Annotated[Path, typer.Argument(help="Folder with figures.jsonl and documents.jsonl.")],
    texts: Annotated[Path | None, typer.Option(help="Folder of the reports; default GOLD_DIR/texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Extract the gold reports and score the figures against the gold (see ANNOTATION.md)."""
    from .. import batch, evaluate, ingest, rules

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
