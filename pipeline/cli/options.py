"""The options several commands share, and what two of them read: --money-unit and --reference."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import fail, one_line

OUT = typer.Option("--out", "-o", help="Output folder.")
MANIFEST = typer.Option(help="CSV with columns file, town, period, county.")
QUIET = typer.Option("--quiet", "-q")
JOBS = typer.Option("--jobs", "-j", help="Worker processes; default: one per core.")
EXECUTOR = typer.Option("--executor", help="local (worker processes) or dask (a dask.distributed cluster).")
SCHEDULER = typer.Option("--scheduler", help="Address of a dask scheduler, e.g. tcp://host:8786 (implies dask).")
NO_CACHE = typer.Option("--no-cache", help="Re-extract every report, even those unchanged since the last run.")
MONEY = typer.Option("--money-unit", help="Show money in 万元 (default; 亿元 for rows reaching 1亿), 亿元 or 元 "
                     "in the workbook, the review page and the 对比 table.")


def chosen_money(choice: str | None) -> str | None:
    """--money-unit: one of units.money_choices() (元, 万元, 亿元); None: 万元, 亿元 where a row reaches it."""
    from .. import units

    if choice is not None and choice not in units.money_choices():
        fail(f"--money-unit {choice}: must be one of {', '.join(units.money_choices())}")
    return choice


REFERENCE = typer.Option("--reference", help="Official figures to compare with (repeatable): a bureau's table "
                         "(.csv/.xlsx: 地区, 时期, 指标, 数值, 单位) or a 统计公报 (.txt/.docx/.pdf/.html).")


def reference_figures(files: list[Path] | None, quiet: bool) -> list:
    """The reference figures of --reference files; a file that cannot be read stops the run (exit 2)."""
    from .. import reference

    officials = []
    for path in files or ():
        try:
            loaded = reference.load(path)
        except (reference.ReferenceError, OSError) as e:
            fail(f"--reference {e}")
        for problem in loaded.problems:
            typer.echo(f"zhibiao: warning: --reference {one_line(problem)}", err=True)
        if not quiet:
            mapped = sum(1 for o in loaded.officials if o.indicator_id)
            typer.echo(f"zhibiao: {path}: {len(loaded.officials)} official figures, {mapped} on a canonical indicator",
                       err=True)
        officials += loaded.officials
    return officials


DB = typer.Option("--db", help="The DuckDB store written by `zhibiao run`; default: the last run's store.")
