"""The 对比 table: one row is one comparable measure, and a cell says which figure it shows and why."""

import dataclasses

import pytest

from pipeline import comparison, normalize, pivot
from pipeline.model import Extraction, Figure, Report


def _measure_group(measure: str) -> str:
    """Measures that may share a row: what the period did, an unmarked amount and a level are one
    quantity of an indicator that is no flow; a growth, share or change never shares with them."""
    return normalize.measure_rules().key_group.get(measure, "") if measure not in ("level",) else ""


def test_no_row_of_the_comparison_mixes_two_measures(corpus):
    """corpora/: every 对比 row holds one measure across towns (a stock row only levels, a flow
    indicator's row no level; growth, share and change never beside a level), one unit, and only
    town totals of the report's own period."""
    for period in pivot.periods_of(corpus):
        table = pivot.by_town(corpus, (), period)
        assert table.rows
        for row in table.rows:
            cells = [table.cells[(row, c)] for c in table.columns if (row, c) in table.cells]
            measures = {c.figure.measure for c in cells}
            base = row[0].removesuffix(comparison.STOCK)
            ind = normalize.lexicon().by_id.get(base)
            if row[0].endswith(comparison.STOCK):
                assert measures == {"level"}, (period, row)
            elif ind is not None and ind.flow:
                assert measures <= {"flow", "amount"} | (ind.measures - {"level"}), (period, row, measures)
            assert len({_measure_group(m) for m in measures}) == 1, (period, row, measures)
            if ind is not None:
                assert measures <= ind.measures | {"level", "flow"}, (period, row, measures)
            assert {c.figure.unit_norm for c in cells} == {row[1]}
            assert all(comparison.is_result(c.figure) for c in cells)
            assert all((c.figure.indicator_id or c.figure.compare_key) == base for c in cells)


def _f(start, surface, value, measure, indicator_id="agri.high_standard_farmland", **kw):
    f = Figure("r", start, start + len(surface), surface, value, "亩", None, "高标准农田", "number_unit",
               value_norm=value, unit_norm="亩", indicator_id=indicator_id, measure=measure,
               compare_key=indicator_id, sentence="句")
    return dataclasses.replace(f, **kw)


@pytest.mark.parametrize(("figures", "shown", "row"), [
    # 累计建成 beside 新建: the stock has a row of its own, the flow row shows what was built
    ([_f(0, "1.2万亩", 12000, "level"), _f(20, "3000亩", 3000, "flow")], "3000亩", "agri.high_standard_farmland"),
    ([_f(0, "1.2万亩", 12000, "level"), _f(20, "3000亩", 3000, "flow")], "1.2万亩", "agri.high_standard_farmland·存量"),
    # a flow before an unmarked amount, whatever their order
    ([_f(0, "800亩", 800, "amount"), _f(20, "3000亩", 3000, "flow")], "3000亩", "agri.high_standard_farmland"),
    # the same measure twice: the first in the text, the other in the cell's note
    ([_f(0, "800亩", 800, "flow"), _f(20, "3000亩", 3000, "flow")], "800亩", "agri.high_standard_farmland"),
    # a village's figure and a target are no town value
    ([_f(0, "800亩", 800, "flow", entity="龙岩村"), _f(20, "3000亩", 3000, "flow", kind="target"),
      _f(40, "500亩", 500, "flow")], "500亩", "agri.high_standard_farmland"),
    # no canonical indicator: the comparison key is the row
    ([_f(0, "50亩", 50, "flow", indicator_id=None, compare_key="~复垦耕地/亩")], "50亩", "~复垦耕地/亩"),
])
def test_a_cell_shows_the_figure_its_rule_picks(figures, shown, row):
    ex = Extraction(Report("r", "", "x" * 60, town="某镇", period="2025"), figures=tuple(figures))
    table = pivot.by_town([ex], (), "2025")
    cell = table.cells[((row, "亩"), "某镇")]
    assert cell.figure.surface == shown
    if cell.n_figures > 1:
        assert cell.note.startswith(f"报告中该指标有{cell.n_figures}个数字") and all(o.surface in cell.note for o in cell.others)


def test_row_names_say_stock_and_key_words():
    table = pivot.Pivot("t", "乡镇", (), ())
    assert table.row_name(("agri.high_standard_farmland·存量", "亩")) == "高标准农田·存量"
    assert table.row_name(("~复垦耕地·增速/%", "%")) == "复垦耕地·增速"
    assert table.row_name(("~复垦耕地/亩", "亩")) == "复垦耕地"
