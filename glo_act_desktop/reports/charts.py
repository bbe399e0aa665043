"""Charts drawn with reportlab's graphics: people by sex, disbursement over time, outside-capital
share.

reportlab's chart labels are drawn without shaping, so bars, axes and numbers come from
reportlab and every word (category names, legends) is drawn by our own text layout on top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color, white
from reportlab.platypus import Flowable

from glo_act_desktop.domain.vocab import SEX_LABELS, SEXES
from glo_act_desktop.reports import fonts
from glo_act_desktop.reports import styles as st
from glo_act_desktop.reports.layout import Writer
from glo_act_desktop.reports.text import draw_text, line_width


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"  # 'left', 'right', 'middle'
    size: float = st.SMALL
    color: Color = st.INK
    bold: bool = False


class Chart(Flowable):
    """A reportlab Drawing with labels laid out by our text engine."""

    def __init__(self, drawing: Drawing, labels: Sequence[Label], rtl: bool = False):
        super().__init__()
        self.drawing = drawing
        self.labels = list(labels)
        self.rtl = rtl
        self.width, self.height = drawing.width, drawing.height
        self.spaceAfter = 6

    def wrap(self, availWidth, availHeight):  # noqa: N802, N803
        return self.width, self.height

    def draw(self):
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        for label in self.labels:
            draw_text(self.canv, label.text, label.x, label.y, label.size, anchor=label.anchor,
                      rtl=self.rtl, color=label.color, bold=label.bold)


def _number_axis(axis, high: float) -> None:
    axis.valueMin = 0
    axis.valueMax = high * 1.15 if high else 1
    axis.labels.fontName = fonts.font_name(fonts.LATIN)
    axis.labels.fontSize = st.SMALL
    axis.labelTextFormat = lambda v: f"{v:,.0f}"
    axis.strokeColor = st.RULE
    axis.gridStrokeColor = st.RULE
    axis.visibleGrid = True
    axis.gridStrokeWidth = 0.3


def _legend(writer: Writer, entries: Sequence[tuple[str, Color]], x: float, y: float,
            shapes: Drawing) -> list[Label]:
    """Swatches and names in a row starting at x (from the right in a right-to-left report)."""
    labels = []
    step_x = x
    for text, colour in entries:
        width = line_width(text, st.SMALL, rtl_default=writer.rtl)
        if writer.rtl:
            shapes.add(Rect(step_x - 8, y - 1, 8, 8, fillColor=colour, strokeColor=None))
            labels.append(Label(step_x - 11, y, text, "right"))
            step_x -= 8 + 3 + width + 14
        else:
            shapes.add(Rect(step_x, y - 1, 8, 8, fillColor=colour, strokeColor=None))
            labels.append(Label(step_x + 11, y, text, "left"))
            step_x += 8 + 3 + width + 14
    return labels


def sex_bars(writer: Writer, groups: Sequence[tuple[str, Sequence[int]]],
             width: float | None = None, height: float = 150) -> Chart:
    """Grouped bars: for each group (people trained, people assisted), female, male, other."""
    width = width or writer.width
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 34
    chart.width, chart.height = width - 60, height - 50
    chart.data = [[values[i] for _, values in groups] for i in range(3)]
    chart.groupSpacing = 18
    chart.barSpacing = 2
    for i, colour in enumerate(st.SEX_COLOURS):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.categoryAxis.labels.visible = False
    chart.categoryAxis.strokeColor = st.RULE
    _number_axis(chart.valueAxis, max((max(v) for _, v in groups), default=0))
    chart.barLabelFormat = lambda v: f"{v:,.0f}"
    chart.barLabels.fontName = fonts.font_name(fonts.LATIN)
    chart.barLabels.fontSize = st.SMALL - 0.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    labels = []
    step = chart.width / max(1, len(groups))
    for i, (name, _) in enumerate(groups):
        labels.append(Label(chart.x + step * (i + 0.5), chart.y - 11, name, bold=True))
    entries = [(writer.vocab(SEX_LABELS, s), c) for s, c in zip(SEXES, st.SEX_COLOURS)]
    labels += _legend(writer, entries, width - 4 if writer.rtl else chart.x, 4, drawing)
    return Chart(drawing, labels, writer.rtl)


def disbursement_bars(writer: Writer, currency: str,
                      by_quarter: dict[tuple[int, int], Decimal], width: float,
                      height: float = 130) -> Chart:
    """Amount paid per quarter in one currency, every quarter from the first to the last."""
    drawing = Drawing(width, height)
    keys = sorted(by_quarter)
    quarters: list[tuple[int, int]] = []
    if keys:
        year, quarter = keys[0]
        while (year, quarter) <= keys[-1]:
            quarters.append((year, quarter))
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    values = [float(by_quarter.get(k, 0)) for k in quarters]
    chart = VerticalBarChart()
    chart.x, chart.y = 54, 30
    chart.width, chart.height = width - 64, height - 52
    chart.data = [values or [0]]
    chart.bars[0].fillColor = st.ACCENT
    chart.bars[0].strokeColor = None
    chart.categoryAxis.labels.visible = False
    chart.categoryAxis.strokeColor = st.RULE
    _number_axis(chart.valueAxis, max(values, default=0))
    drawing.add(chart)
    labels = [Label(chart.x + chart.width / 2, height - 10, currency, bold=True)]
    step = chart.width / max(1, len(quarters))
    every = max(1, -(-len(quarters) // 12))  # at most twelve quarter labels under the bars
    for i, (year, quarter) in enumerate(quarters):
        x = chart.x + step * (i + 0.5)
        if i % every == 0:
            labels.append(Label(x, chart.y - 9, f"Q{quarter}", size=st.SMALL - 1))
        if i == 0 or quarter == 1:  # the year under its first quarter
            labels.append(Label(x, chart.y - 18, str(year), size=st.SMALL - 1, color=st.MUTED))
    return Chart(drawing, labels, writer.rtl)


def outside_capital_bars(writer: Writer, rows: Sequence[tuple[str, int, int]],
                         width: float | None = None) -> Chart:
    """One 100% bar per kind of activity (name, outside the capital, all): outside, then in."""
    width = width or writer.width
    band = 22
    height = 30 + band * len(rows) + 6
    drawing = Drawing(width, height)
    label_width = 110
    chart = HorizontalBarChart()
    chart.x = 12 if writer.rtl else label_width
    chart.y = 30
    chart.width = width - label_width - 12
    chart.height = band * len(rows)
    shares = [(outside / total * 100 if total else 0.0) for _, outside, total in rows]
    bottom_up = list(reversed(range(len(rows))))  # the first row is drawn at the top
    chart.data = [[shares[i] for i in bottom_up],
                  [100 - shares[i] if rows[i][2] else 0 for i in bottom_up]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.visible = False
    chart.categoryAxis.strokeColor = None
    chart.bars[0].fillColor = st.OUTSIDE
    chart.bars[1].fillColor = st.INSIDE
    chart.bars.strokeColor = white
    chart.barWidth = 14
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 25
    axis.labels.fontName = fonts.font_name(fonts.LATIN)
    axis.labels.fontSize = st.SMALL
    axis.labelTextFormat = "%d%%"
    axis.strokeColor = st.RULE
    axis.reverseDirection = 1 if writer.rtl else 0  # bars grow from the right
    drawing.add(chart)
    labels = []
    for i, ((name, _outside, total), share) in enumerate(zip(rows, shares)):
        y = chart.y + chart.height - band * (i + 0.5) - 3
        labels.append(Label(width - 2, y, name, "right") if writer.rtl
                      else Label(label_width - 6, y, name, "right"))
        inner = chart.width * share / 100
        if total and inner > 30:
            middle = chart.x + chart.width - inner / 2 if writer.rtl else chart.x + inner / 2
            labels.append(Label(middle, y, f"{share:.0f}%", color=white, bold=True))
    entries = [(writer.t("Outside the capital"), st.OUTSIDE),
               (writer.t("In the capital"), st.INSIDE)]
    labels += _legend(writer, entries, width - 4 if writer.rtl else chart.x, 4, drawing)
    return Chart(drawing, labels, writer.rtl)
