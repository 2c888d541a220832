"""The typer app and what the command line shows on stderr: --debug, an error as one line, a batch's progress.

Exit status: 0 when every report was read, 1 when some failed, 2 for usage errors (and any
other error that stops the run before it writes its outputs), 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="zhibiao (指标): figures from Chinese local-government work reports, as one verified table.",
)

DEBUG = {"on": False}


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"zhibiao: error: {one_line(message)}", err=True)
    raise typer.Exit(code)


def one_line(text: object) -> str:
    """Text for one stderr line: control characters (a newline in a file name) shown escaped."""
    import unicodedata

    text = str(text)
    if text.isprintable():  # no control character or line separator: the common case, checked at C speed
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    DEBUG["on"] = debug


def progress(items, total: int, quiet: bool, label: str):
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


class _Startup:
    def __init__(self) -> None:
        self.paused = gc.isenabled()
        gc.disable()

    def done(self) -> None:
        """What is loaded by now stays for the whole run: kept out of every later collection (and shared
        with worker processes forked after this, not copied into them); collecting starts again."""
        if self.paused:
            self.paused = False
            gc.freeze()
            gc.enable()


@contextmanager
def startup() -> Iterator[_Startup]:
    """No garbage collection until ``done()`` (the first report extracted): the modules, the rules and
    jieba's dictionary loaded meanwhile live as long as the process, yet each full collection walked them
    all again (0.15 s of CPU in a run of 52 reports, 7%)."""
    state = _Startup()
    try:
        yield state
    finally:
        if state.paused:
            gc.enable()


def main() -> None:
    try:
        app()  # typer exits 2 on a usage error it finds, 130 on Ctrl-C
    except Exception as e:  # no traceback for the user unless --debug
        if DEBUG["on"] or "--debug" in sys.argv:
            raise
        if isinstance(e, OSError):  # a path that cannot be read or written: one Chinese line naming it
            from ..out_files import os_problem

            typer.echo(f"zhibiao: error: {one_line(os_problem(e))}", err=True)
            sys.exit(2)
        words = " ".join(str(e).split())[:300]
        typer.echo(f"zhibiao: error: {type(e).__name__}: {one_line(words)} (run with --debug for details)", err=True)
        sys.exit(2)
