"""The `zhibiao` command: parses options and calls the library (which never prints).

Exit status: 0 when every report was read, 1 when some failed, 2 for usage errors (and any
other error that stops the run before it writes its outputs), 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import importlib.util
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
    typer.echo(f"zhibiao: error: {_one_line(message)}", err=True)
    raise typer.Exit(code)


def _one_line(text: object) -> str:
    """Text for one stderr line: control characters (a newline in a file name) shown escaped."""
    import unicodedata

    text = str(text)
    if text.isprintable():  # no control character or line separator: the common case, checked at C speed
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def _report_problems(ex) -> list[str]:
    """The stderr lines for one report: why it failed, or what to check although it was read."""
    from .audit import UNACCOUNTED

    report, where = ex.report, _one_line(ex.report.path)
    if report.status != "ok":
        return [f"zhibiao: {where}: {_one_line(report.message)}"]
    lines = [f"zhibiao: warning: {where}: {_one_line(report.message)}"] if report.message else []
    missed = sum(s.reason == UNACCOUNTED for s in ex.skipped)
    if missed:
        lines.append(f"zhibiao: warning: {where}: {missed} numeral(s) no rule accounts for (skipped.csv, {UNACCOUNTED})")
    return lines


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
    n_unsupported: int = 0  # files of a kind not read (a scan, a spreadsheet, a .doc without LibreOffice)
    n_cached: int = 0
    unmatched: list = field(default_factory=list)  # files the manifest lists that were not found
    manifest: dict | None = None


def _extract(paths: list[Path], out: Path, manifest_path: Path | None, quiet: bool, jobs: int | None = None,
             use_cache: bool = True, keep: bool = True, executor: str = "local", scheduler: str | None = None,
             db: Path | None = None) -> Batch:
    """Extract every report under ``paths`` into ``out``; keep the extractions in memory only if asked.
    With ``db`` (run), report ids are those the store gives the files (batch.with_store_ids)."""
    from . import batch, export, ingest  # not publish or store (duckdb): `extract` writes the tables only

    for p in paths:
        if not p.exists():
            _fail(f"{p}: no such file or folder")
    if out.exists() and not out.is_dir():
        _fail(f"--out {out}：这是一个文件，不是文件夹（not a folder）")
    manifest = None
    if manifest_path is not None:
        try:
            manifest = ingest.read_manifest(manifest_path)
        except (OSError, ValueError) as e:
            _fail(f"manifest {manifest_path}: {e}")
    found = ingest.find_reports(paths, skip=out)  # not OUT: its text/*.txt would come back as reports
    if not found:
        _fail(f"no reports ({' '.join(ingest.SUPPORTED)}) under {', '.join(map(str, paths))}")
    if db is not None and db.is_file():
        from . import store

        try:
            with store.Store(db, read_only=True) as st:
                found = batch.with_store_ids(found, st.sources())
        except store.StoreError as e:
            _fail(str(e))
    try:
        export.check_out(out)  # the first thing written: a folder that cannot be written is one line, not a traceback
    except export.OutputError as e:
        _fail(str(e))
    cache = batch.Cache(out / ".cache" / "extractions") if use_cache else None
    result = Batch(manifest=manifest)
    if manifest:
        result.unmatched = ingest.manifest.unmatched(manifest, found)
        for name in result.unmatched:
            typer.echo(f"zhibiao: 警告：清单 {manifest_path} 列出的文件 {_one_line(name)} 不在所给的报告中，该行未用",
                       err=True)
    if executor not in ("local", "dask"):
        _fail(f"--executor must be local or dask, not {executor!r}")
    if (executor == "dask" or scheduler) and importlib.util.find_spec("distributed") is None:
        _fail("the dask executor needs dask.distributed: pip install 'zhibiao[dask]'")
    with export.TableWriter(out) as writer:
        done_items = batch.extract_many(found, manifest, jobs or os.cpu_count() or 1, cache, executor, scheduler,
                                        out=out, keep=keep)
        for done in _progress(done_items, len(found), quiet, "extracting"):
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


JOBS = typer.Option("--jobs", "-j", help="Worker processes; default: one per core.")
EXECUTOR = typer.Option("--executor", help="local (worker processes) or dask (a dask.distributed cluster).")
SCHEDULER = typer.Option("--scheduler", help="Address of a dask scheduler, e.g. tcp://host:8786 (implies dask).")
NO_CACHE = typer.Option("--no-cache", help="Re-extract every report, even those unchanged since the last run.")
MONEY = typer.Option("--money-unit", help="Show money in 万元 (default; 亿元 for rows reaching 1亿), 亿元 or 元 "
                     "in the workbook, the review page and the 对比 table.")


def _money(choice: str | None) -> str | None:
    """--money-unit: one of units.table_choices() (元, 万元, 亿元); None: 万元, 亿元 where a row reaches it."""
    from . import units

    if choice is not None and choice not in units.table_choices():
        _fail(f"--money-unit {choice}: must be one of {', '.join(units.table_choices())}")
    return choice


REFERENCE = typer.Option("--reference", help="Official figures to compare with (repeatable): a bureau's table "
                         "(.csv/.xlsx: 地区, 时期, 指标, 数值, 单位) or a 统计公报 (.txt/.docx/.pdf/.html).")


def _officials(files: list[Path] | None, quiet: bool) -> list:
    """The reference figures of --reference files; a file that cannot be read stops the run (exit 2)."""
    from . import reference

    officials = []
    for path in files or ():
        try:
            loaded = reference.load(path)
        except (reference.ReferenceError, OSError) as e:
            _fail(f"--reference {e}")
        for problem in loaded.problems:
            typer.echo(f"zhibiao: warning: --reference {_one_line(problem)}", err=True)
        if not quiet:
            mapped = sum(1 for o in loaded.officials if o.indicator_id)
            typer.echo(f"zhibiao: {path}: {len(loaded.officials)} official figures, {mapped} on a canonical indicator",
                       err=True)
        officials += loaded.officials
    return officials


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    jobs: Annotated[int | None, JOBS] = None,
    no_cache: Annotated[bool, NO_CACHE] = False,
    executor: Annotated[str, EXECUTOR] = "local",
    scheduler: Annotated[str | None, SCHEDULER] = None,
) -> None:
    """Extract every figure of the reports into OUT/indicators.csv (and reports.csv, skipped.csv)."""
    result = _extract(paths, out, manifest, quiet, jobs, not no_cache, keep=False, executor=executor,
                      scheduler=scheduler, db=out / "zhibiao.duckdb")  # ids as a run into OUT gave them
    raise typer.Exit(1 if result.n_failed or result.n_unsupported else 0)


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Report files or folders; default corpora/.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
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
    from . import ingest, publish, roster, store

    expected: list[str] = []
    if towns is not None:
        try:
            expected = roster.read_towns(towns)
        except roster.RosterError as e:
            _fail(f"--towns {e}")
    if corrections is not None and not corrections.is_file():
        _fail(f"--corrections {corrections}：没有这个文件")
    money = _money(money_unit)
    officials = _officials(reference, quiet)
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
        _fail(str(e))
    except OSError as e:
        _fail(publish.os_problem(e))
    store.remember(db)
    for line in (*done.notices, *done.problems):
        typer.echo(f"zhibiao: 注意：{_one_line(line)}", err=True)
    for choice in done.duplicates:
        typer.echo(f"zhibiao: 重复报送：{_one_line(choice.note)}", err=True)
    for period, towns_missing in done.missing.items():
        typer.echo(f"zhibiao: {_period_label(period)} 未报送（{len(towns_missing)}个）：{'、'.join(towns_missing)}",
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
    _write_review(extractions, done.batch_flags, out, quiet, money)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


DB = typer.Option("--db", help="The DuckDB store written by `zhibiao run`; default: the last run's store.")


def _period_label(period: str) -> str:
    from . import periods

    return periods.label(period)


def _reading(db: Path | None):
    """The store to read (--db, else the last run's), opened read-only; which one goes to stderr, in Chinese."""
    from . import store

    if db is None:
        db = store.last_used()
        if db is None:
            _fail("没有指定库（--db），也找不到上次 zhibiao run 写的库：请先运行 zhibiao run，或用 --db 指定，"
                  "例如 --db outputs/zhibiao.duckdb")
    try:
        st = store.Store(db, read_only=True)
    except store.StoreError as e:
        _fail(str(e))
    typer.echo(f"zhibiao: {_one_line(store.describe(st))}", err=True)
    return st


@app.command()
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
    from . import corrections, pivot, publish, workbook
    from . import reference as official

    money = _money(money_unit)
    if out is not None and out.suffix.lower() not in (".xlsx", ".csv"):
        _fail(f"--out {out}: must end in .xlsx or .csv")
    given = _officials(reference, quiet=True)
    with _reading(db) as st:
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
        _fail(f"no reports for {town or period} in {db} (there are: {', '.join(known)})")
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


@app.command()
def indicators(
    unmatched: Annotated[bool, typer.Option("--unmatched", help="Keys no indicator takes, most reports first.")] = False,
    limit: Annotated[int, typer.Option(help="How many comparison keys.")] = 30,
    db: Annotated[Path | None, DB] = None,
) -> None:
    """The canonical indicators (rules/indicators.yaml) with how often the store's figures match them."""
    from . import normalize

    with _reading(db) as st:
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


def _write_review(extractions: list, flags: list, out: Path, quiet: bool, money: str | None = None) -> None:
    from . import review as review_page

    path = review_page.write_review(extractions, flags, out, money)
    if not quiet:
        typer.echo(f"review page -> {path}", err=True)


@app.command("review")
def review_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns file, town, period, county.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    money_unit: Annotated[str | None, MONEY] = None,
) -> None:
    """Write OUT/review.html: every figure highlighted in its report's text, with the flags the checks raise on them."""
    from . import batch, checks, ingest

    money = _money(money_unit)
    for p in paths:
        if not p.exists():
            _fail(f"{p}: no such file or folder")
    try:
        given = ingest.read_manifest(manifest) if manifest is not None else None
    except (OSError, ValueError) as e:
        _fail(f"manifest {manifest}: {e}")
    found = ingest.find_reports(paths, skip=out)
    if not found:
        _fail(f"no reports ({' '.join(ingest.SUPPORTED)}) under {', '.join(map(str, paths))}")
    items = (batch.extract_one(path, rid, given) for path, rid in found)
    extractions = list(_progress(items, len(found), quiet, "extracting"))
    flags = checks.run_checks(extractions)  # the reports reviewed, checked against each other
    if not quiet:
        typer.echo(f"{len(extractions)} reports, {len(flags)} flags", err=True)
    _write_review(extractions, flags, out, quiet, money)
    raise typer.Exit(1 if any(ex.report.status != "ok" for ex in extractions) else 0)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder with figures.jsonl and documents.jsonl.")],
    texts: Annotated[Path | None, typer.Option(help="Folder of the reports; default GOLD_DIR/texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Extract the gold reports and score the figures against the gold (see ANNOTATION.md)."""
    from . import batch, evaluate, ingest, rules

    texts = texts or gold_dir / "texts"
    if not texts.is_dir():
        _fail(f"{texts}: no such folder")
    rules.load_all()  # a slip in rules/ is one error, not every report scored as found nothing
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
        app()  # typer exits 2 on a usage error it finds, 130 on Ctrl-C
    except Exception as e:  # no traceback for the user unless --debug
        if DEBUG["on"] or "--debug" in sys.argv:
            raise
        if isinstance(e, OSError):  # a path that cannot be read or written: one Chinese line naming it
            from .publish import os_problem

            typer.echo(f"zhibiao: error: {_one_line(os_problem(e))}", err=True)
            sys.exit(2)
        words = " ".join(str(e).split())[:300]
        typer.echo(f"zhibiao: error: {type(e).__name__}: {_one_line(words)} (run with --debug for details)", err=True)
        sys.exit(2)
