"""The analysts' workbook, indicators.xlsx: pivots, every figure, every flag, every report.

Sheets
  对比 2025年1-6月  one a period, the latest first: the towns side by side as a 统计报表 (pivot.by_town):
                    title and 报告期, names first, 计量单位 per row (money in 万元 or 亿元), the towns
                    (未报送 for those of the roster that sent nothing), 合计/平均 where the row adds up,
                    上年同期/增减/增长%, the id last (not printed); each town's 排名 below; printed A4
                    landscape, one page wide, the header rows on every page
  目标对比 2023年     the targets of the latest period that has any (pivot.by_town kind TARGET), laid out as 对比,
                    each target's comment giving the town's result of the row a year before (上年实绩)
  图表              native Excel charts of the main indicators of the latest 对比 sheet
  明细              every figure, with town, period, section, sentence, raw and canonical indicator
  疑点              every flag, one row per flagged figure (rows of one flag share its 疑点编号)
  报告              every report with its status and counts
  核对              every report figure compared with an official one (--reference), agreeing or not
                    (with official figures, the 对比 sheets show 统计数 and 差异 beside each town that has them)

Machine values are shown in Chinese (check names, severities, kinds, statuses, periods: present.py).
The list sheets have a frozen header row, filters and column widths fitted to their content; numbers
are stored as numbers, with thousands separators; flagged cells are filled (by severity) and carry a
comment with the flag's message and the source sentence. The same input gives the same bytes.

The package, one module a seam:
    book              the file (formats, a fixed date, written under a temporary name), list sheets row by row,
                      how a flagged cell is marked
    comparison_sheet  对比 and 目标对比: a pivot as a 统计报表, with 统计数 and 差异 (or, for targets, the results) beside
    chart_sheet       图表: the charts of the latest 对比 sheet
    list_sheets       明细, 疑点, 报告 and 核对
    writing           write_workbook (indicators.xlsx), latest_targets and write_pivot (compare --out)
"""

from .chart_sheet import CHART_ROWS
from .comparison_sheet import NAME_WIDTH
from .writing import latest_targets, write_pivot, write_workbook

__all__ = ["CHART_ROWS", "NAME_WIDTH", "latest_targets", "write_pivot", "write_workbook"]
