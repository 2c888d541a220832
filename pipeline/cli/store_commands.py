"""compare and indicators: the commands that read the store a run wrote (--db, else the last run's)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import fail, one_line
from .options import DB, MONEY, REFERENCE, chosen_money, reference_figures


def reading(db: Path | None):
    """The store to read (--db, else the last run's), opened read-only; which one goes to stderr, in Chinese."""
    from .. import store

    if db is None:
        db = store.last_used()
        if db is None:
            fail("没有指定库（--db），也找不到上次 zhibiao run 写的库：请先运行 zhibiao run，或用 --db 指定，"
                  "例如 --db outputs/zhibiao.duckdb")
    try:
        st = store.Store(db, read_only=True)
    except store.StoreError as e:
        fail(str(e))
    typer.echo(f"zhibiao: {one_line(store.describe(st))}", err=True)
    return st


def compare(
    period: Annotated[str | None, typer.Option(help="Period to compare towns in (2025H1); default: the latest.")] = None,
    town: Annotated[str | None, typer.Option(help="Compare this town's periods instead of towns.")] = None,
    indicator: Annotated[str | None, typer.Option(help="Only these indicators: an id, a prefix (safety) or name words.")] = None,
    db: Annotated[Path | None, DB] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write the table to this .xlsx or .csv file.")] = None,
    reference: Annotated[list[Path] | None, REFERENCE] = None,
    money_unit: Annotated[str | None, MONEY] = None,
) -> None:
    """Rows = canonical indicators, columns = towns of one period (or periods of one town)."""
    from .. import corrections, pivot, publish, workbook
    from .. import reference as official

    money = chosen_money(money_unit)
    if out is not None and out.suffix.lower() not in (".xlsx", ".csv"):
        fail(f"--out {out}: must end in .xlsx or .csv")
    given = reference_figures(reference, quiet=True)
    with reading(db) as st:
        db = st.path
        # what the analyst corrected (核实.csv beside the store), as the run's workbook shows it
        extractions, flags = corrections.load(corrections.default_path(db)).apply(st.extractions()), st.flags()
        sources = {o.source for o in given}
        officials = [o for o in st.officials() if o.source not in sources] + given
        roster = publish.roster_of(st)  # the towns the runs expected: 未报送 in the table
    if town:
        table = pivot.by_period(extractions, town, flags, indicator, money=money)
    else:
        table = pivot.by_town(extractions, flags, period, indicator, expected_towns=roster, money=money)
    if not table.columns:
        known = sorted({ex.report.town or "" for ex in extractions} if town else set(pivot.periods_of(extractions)))
        fail(f"no reports for {town or period} in {db} (there are: {', '.join(known)})")
    typer.echo(pivot.render_text(table), nl=False)
    beside = None
    if officials:
        latest = pivot.periods_of(ex for ex in extractions if ex.report.status == "ok")[-1:]
        beside = official.beside(table, officials, official.compare(extractions, officials), town=town,
                                 period=None if town else period or latest[0])
    if beside is not None and beside.cells:
        typer.echo(official.render_text(table, beside), nl=False)
    if out is not None:
        path = workbook.write_pivot(table, out, beside) if out.suffix.lower() == ".xlsx" else pivot.write_csv(table, out)
        typer.echo(f"-> {path}", err=True)


def indicators(
    unmatched: Annotated[bool, typer.Option("--unmatched", help="Keys no indicator takes, most reports first.")] = False,
    limit: Annotated[int, typer.Option(help="How many comparison keys.")] = 30,
    db: Annotated[Path | None, DB] = None,
) -> None:
    """The canonical indicators (rules/indicators.yaml) with how often the store's figures match them."""
    from .. import normalize

    with reading(db) as st:
        rows = st.unmatched_labels(limit) if unmatched else None
        counts = st.indicator_counts()
        totals = st.counts()
    if unmatched:
        typer.echo("figures\treports\tunit\tkey\texample label\texample report")
        for key, unit, n, n_reports, label, example in rows:
            typer.echo(f"{n}\t{n_reports}\t{unit or ''}\t{key}\t{label}\t{example}")
        return
    mapped = sum(n for n, _ in counts.values())
    typer.echo(f"{len(normalize.lexicon().indicators)} indicators; {mapped}/{totals['figures']} figures in the store "
               f"match one")
    typer.echo("figures\treports\tid\tname\tunit")
    for ind in normalize.lexicon().indicators:
        n, n_reports = counts.get(ind.id, (0, 0))
        typer.echo(f"{n}\t{n_reports}\t{ind.id}\t{ind.name}\t{ind.unit}")
