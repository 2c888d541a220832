"""The `zhibiao` command: parses options and calls the library (which never prints).

The package, one module a seam:
    app              the typer app, --debug, an error as one line on stderr, a batch's progress, main()
    options          the options several commands share; --money-unit and --reference read
    extracting       extract and run (and the review page a run writes)
    store_commands   compare and indicators: the store a run wrote, read
    review_evaluate  review and evaluate: reports checked against each other, not stored
"""

from .app import app, main
from .extracting import extract, run
from .review_evaluate import evaluate, review_cmd
from .store_commands import compare, indicators

# the commands, in the order `zhibiao --help` lists them
app.command()(extract)
app.command()(run)
app.command()(compare)
app.command()(indicators)
app.command("review")(review_cmd)
app.command()(evaluate)

__all__ = ["app", "main"]
