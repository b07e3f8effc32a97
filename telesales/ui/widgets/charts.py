"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts): a waterfall, bars with a line, paired
horizontal bars and a cumulative curve. Each takes plain numbers and the words to show (already translated), so
the screen that owns it rewords it on a language switch.

Every chart emits `clicked(key)` with what was under the pointer (a bar's key, or the chart's own `key` when the
click was elsewhere on it) and `painted()` after a paint that showed data (benchmarks and tests wait for it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BLUE = QColor("#2e75b6")
LIGHT_BLUE = QColor("#9dc3e6")
GREY = QColor("#b4b4b4")
GREEN = QColor("#3a9a5b")
RED = QColor("#c9463d")
ORANGE = QColor("#e07b39")
MARGIN = 6.0


class Chart(QWidget):
    clicked = Signal(object)  # the key under the pointer, else the chart's own key
    painted = Signal()

    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.empty_text = ""
        self._hits: list[tuple[QRectF, object]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 180)

    def has_data(self) -> bool:
        raise NotImplementedError

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update()

    # -- painting

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        if self.has_data():
            self.draw(painter, QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
            painter.end()
            self.painted.emit()
        else:
            painter.setPen(self.quiet())
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def text_colour(self) -> QColor:
        return self.palette().color(self.foregroundRole())

    def quiet(self) -> QColor:
        colour = QColor(self.text_colour())
        colour.setAlpha(150)
        return colour

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def hit(self, rect: QRectF, key: object) -> None:
        self._hits.append((rect, key))

    def key_at(self, point: QPointF) -> object:
        for rect, key in self._hits:
            if rect.contains(point):
                return key
        return self.key

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key_at(event.position()))
        super().mousePressEvent(event)


def nice_top(value: float) -> float:
    """A round number at or above `value` for an axis (1, 2, 2.5, 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


# --------------------------------------------------------------------------------------------------------------
# Waterfall: from the comparison to this period, factor by factor


@dataclass(frozen=True, slots=True)
class Step:
    key: object
    label: str
    value: float  # the bar's total (first and last) or change (the steps between)
    text: str  # the value as shown
    total: bool  # a total bar standing on the axis (first, last) or a change floating between them
    emphasis: bool = False  # the step that moved most


class WaterfallChart(Chart):
    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.steps: list[Step] = []

    def set_steps(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self.update()

    def has_data(self) -> bool:
        return bool(self.steps)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        font = self.small_font()
        metrics = QFontMetricsF(font)
        line = metrics.height()
        label_height = 2 * line + 2
        plot = QRectF(area.left(), area.top() + line + 2, area.width(), area.height() - label_height - 2 * line - 4)
        levels: list[tuple[float, float]] = []
        running = 0.0
        for step in self.steps:
            if step.total:
                levels.append((0.0, step.value))
                running = step.value
            else:
                levels.append((running, running + step.value))
                running += step.value
        low = min(0.0, *(min(pair) for pair in levels))
        high = max(0.0, *(max(pair) for pair in levels))
        span = (high - low) or 1.0

        def y(value: float) -> float:
            return plot.bottom() - (value - low) / span * plot.height()

        count = len(self.steps)
        slot = plot.width() / count
        bar_width = min(slot * 0.62, 70.0)
        painter.setPen(QPen(self.quiet(), 1))
        painter.drawLine(QPointF(plot.left(), y(0.0)), QPointF(plot.right(), y(0.0)))
        painter.setFont(font)
        previous_top: float | None = None
        for index, (step, (start, end)) in enumerate(zip(self.steps, levels, strict=True)):
            centre = plot.left() + slot * (index + 0.5)
            top, bottom = y(max(start, end)), y(min(start, end))
            bar = QRectF(centre - bar_width / 2, top, bar_width, max(1.5, bottom - top))
            if step.total:
                colour = BLUE if index == count - 1 else GREY
            else:
                colour = GREEN if step.value >= 0 else RED
            painter.setPen(QPen(ORANGE, 2.5) if step.emphasis else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(bar)
            if previous_top is not None:  # the connector from the last level
                painter.setPen(QPen(self.quiet(), 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(centre - slot + bar_width / 2, previous_top),
                                 QPointF(centre - bar_width / 2, previous_top))
            previous_top = y(end)
            value_font = QFont(font)
            value_font.setBold(step.emphasis or step.total)
            painter.setFont(value_font)
            painter.setPen(RED if not step.total and step.value < 0 else self.text_colour())
            above = QRectF(centre - slot / 2, top - line - 1, slot, line)
            below = QRectF(centre - slot / 2, bottom + 1, slot, line)
            value_rect = above if (step.total or step.value >= 0) else below
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignCenter,
                             _elide(QFontMetricsF(value_font), step.text, slot))
            painter.setFont(font)
            painter.setPen(ORANGE if step.emphasis else self.text_colour())
            label_rect = QRectF(centre - slot / 2 + 1, area.bottom() - label_height, slot - 2, label_height)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, step.label)
            self.hit(QRectF(centre - slot / 2, area.top(), slot, area.height()), step.key)


# --------------------------------------------------------------------------------------------------------------
# Bars with a line (calls per day and reach rate per week; amount per day)


class BarLineChart(Chart):
    """Bars on the left scale, an optional line of shares (0..1) on the right scale, labels under the bars."""

    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.labels: list[str] = []
        self.bars: list[float] = []
        self.line: list[float | None] = []
        self.bar_texts: list[str] = []  # the bars' values as shown above the last bar, and in the legend
        self.legend: tuple[str, str] = ("", "")
        self.line_text: list[str] = []
        self.highlight_from = -1  # bars from this index on are the period's (the others are before it)

    def set_series(self, labels: Sequence[str], bars: Sequence[float], line: Sequence[float | None] = (),
                   bar_texts: Sequence[str] = (), line_texts: Sequence[str] = (),
                   legend: tuple[str, str] = ("", ""), highlight_from: int = -1) -> None:
        self.labels, self.bars, self.line = list(labels), list(bars), list(line)
        self.bar_texts, self.line_text, self.legend = list(bar_texts), list(line_texts), legend
        self.highlight_from = highlight_from
        self.update()

    def has_data(self) -> bool:
        return bool(self.bars) and any(value > 0 for value in self.bars)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        font = self.small_font()
        metrics = QFontMetricsF(font)
        line_height = metrics.height()
        painter.setFont(font)
        # legend
        x = area.left()
        for index, (text, colour) in enumerate(zip(self.legend, (BLUE, ORANGE), strict=True)):
            if not text or (index == 1 and not self.line):
                continue
            swatch = QRectF(x, area.top() + line_height / 2 - 4, 10, 8)
            painter.fillRect(swatch, colour)
            width = metrics.horizontalAdvance(text)
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(x + 14, area.top(), width + 2, line_height), Qt.AlignmentFlag.AlignVCenter, text)
            x += 14 + width + 16
        axis_width = max(metrics.horizontalAdvance("100%"), 24.0)
        plot = QRectF(area.left() + 2, area.top() + line_height + 6, area.width() - 4 - (axis_width if self.line else 0),
                      area.height() - 2 * line_height - 10)
        count = len(self.bars)
        top = nice_top(max(self.bars))
        slot = plot.width() / count
        bar_width = max(2.0, min(slot * 0.7, 40.0))
        painter.setPen(QPen(self.quiet(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for index, value in enumerate(self.bars):
            height = value / top * plot.height() if top else 0.0
            left = plot.left() + slot * index + (slot - bar_width) / 2
            painter.fillRect(QRectF(left, plot.bottom() - height, bar_width, height),
                             LIGHT_BLUE if self.highlight_from >= 0 and index < self.highlight_from else BLUE)
            self.hit(QRectF(plot.left() + slot * index, plot.top(), slot, plot.height() + line_height), index)
        # labels under the bars, from the latest back, each only where it does not touch the one after it
        painter.setPen(self.quiet())
        room = area.right()
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0.0) + 12
        every = max(1, math.ceil(widest / slot))  # evenly spaced
        for index in range(count - 1, -1, -every):
            label = self.labels[index] if index < len(self.labels) else ""
            width = metrics.horizontalAdvance(label) + 4
            centre = plot.left() + slot * (index + 0.5)
            left = max(area.left(), min(centre - width / 2, area.right() - width))
            if not label or left + width > room:
                continue
            painter.drawText(QRectF(left, plot.bottom() + 2, width, line_height), Qt.AlignmentFlag.AlignCenter, label)
            room = left - 8
        if self.bar_texts:  # the latest bar's value above it
            value = self.bars[-1]
            height = value / top * plot.height() if top else 0.0
            centre = plot.left() + slot * (count - 0.5)
            text = self.bar_texts[-1]
            width = metrics.horizontalAdvance(text) + 4
            left = min(centre - width / 2, plot.right() - width)
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(left, max(plot.top() - line_height, plot.bottom() - height - line_height - 1),
                                    width, line_height), Qt.AlignmentFlag.AlignCenter, text)
        if self.line:
            self._draw_line(painter, plot, slot, metrics)

    def _draw_line(self, painter: QPainter, plot: QRectF, slot: float, metrics: QFontMetricsF) -> None:
        painter.setPen(self.quiet())
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - share * plot.height()
            painter.drawText(QRectF(plot.right() + 3, y - metrics.height() / 2, metrics.horizontalAdvance("100%") + 4,
                                    metrics.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{round(share * 100)}%")
        path = QPainterPath()
        points = []
        for index, share in enumerate(self.line):
            if share is None:
                continue
            point = QPointF(plot.left() + slot * (index + 0.5), plot.bottom() - share * plot.height())
            if path.elementCount() == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
            points.append(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ORANGE, 2))
        painter.drawPath(path)
        painter.setBrush(ORANGE)
        for point in points:
            painter.drawEllipse(point, 2.5, 2.5)


# --------------------------------------------------------------------------------------------------------------
# Paired horizontal bars (this period against the comparison; customers against revenue per tier)


@dataclass(frozen=True, slots=True)
class BarRow:
    key: object
    label: str
    value: float  # the first bar (drawn strong)
    text: str  # shown at the end of the row
    other: float | None = None  # the second bar (drawn light), if any
    colour: QColor | None = None
    other_text: str = ""  # shown at the end of the second bar


class PairedBars(Chart):
    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.rows: list[BarRow] = []
        self.legend: tuple[str, str] = ("", "")
        self.scale: float | None = None  # a fixed top (1.0 for shares); None: the largest value

    def set_rows(self, rows: Sequence[BarRow], legend: tuple[str, str] = ("", ""), scale: float | None = None) -> None:
        self.rows, self.legend, self.scale = list(rows), legend, scale
        self.update()

    def has_data(self) -> bool:
        return bool(self.rows)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        font = self.small_font()
        metrics = QFontMetricsF(font)
        line_height = metrics.height()
        painter.setFont(font)
        top = area.top()
        paired = any(row.other is not None for row in self.rows)
        if any(self.legend):
            x = area.left()
            for text, colour in zip(self.legend, (BLUE, LIGHT_BLUE), strict=True):
                if not text:
                    continue
                painter.fillRect(QRectF(x, top + line_height / 2 - 4, 10, 8), colour)
                width = metrics.horizontalAdvance(text)
                painter.setPen(self.text_colour())
                painter.drawText(QRectF(x + 14, top, width + 2, line_height), Qt.AlignmentFlag.AlignVCenter, text)
                x += 14 + width + 16
            top += line_height + 4
        label_width = min(area.width() * 0.38, max(metrics.horizontalAdvance(row.label) for row in self.rows) + 8)
        text_width = min(area.width() * 0.3, max(metrics.horizontalAdvance(text) for row in self.rows
                                                 for text in (row.text, row.other_text)) + 6)
        bar_left = area.left() + label_width
        bar_space = max(10.0, area.width() - label_width - text_width)
        row_height = min((area.bottom() - top) / len(self.rows), 2.4 * line_height)
        largest = self.scale or max([row.value for row in self.rows]
                                    + [row.other or 0.0 for row in self.rows]) or 1.0
        for index, row in enumerate(self.rows):
            y = top + index * row_height
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(area.left(), y, label_width - 6, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             _elide(metrics, row.label, label_width - 6))
            thick = row_height * (0.36 if paired else 0.56)
            first_top = y + (row_height - (2 * thick + 2 if paired else thick)) / 2
            width = row.value / largest * bar_space
            painter.fillRect(QRectF(bar_left, first_top, max(width, 1.0 if row.value else 0.0), thick),
                             row.colour or BLUE)
            if row.other is not None:
                other = row.other / largest * bar_space
                painter.fillRect(QRectF(bar_left, first_top + thick + 2, max(other, 1.0 if row.other else 0.0), thick),
                                 LIGHT_BLUE)
            if row.other_text and row.other is not None:  # each bar with its own number
                for text, value, bar_top in ((row.text, row.value, first_top),
                                             (row.other_text, row.other, first_top + thick + 2)):
                    end = bar_left + value / largest * bar_space
                    painter.setPen(self.text_colour() if bar_top == first_top else self.quiet())
                    painter.drawText(QRectF(end + 4, bar_top + thick / 2 - line_height / 2, area.right() - end - 4,
                                            line_height), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                     _elide(metrics, text, area.right() - end - 4))
            else:
                end = bar_left + max(width, (row.other or 0.0) / largest * bar_space)
                painter.drawText(QRectF(end + 4, y, area.right() - end - 4, row_height),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 _elide(metrics, row.text, area.right() - end - 4))
            self.hit(QRectF(area.left(), y, area.width(), row_height), row.key)


# --------------------------------------------------------------------------------------------------------------
# The 80/20 curve


class CurveChart(Chart):
    """Cumulative share of revenue (up) against the share of customers (across), best customers first, with the
    even line for reference and a mark at `mark` of the customers."""

    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.points: list[tuple[float, float]] = []
        self.mark = 0.2
        self.mark_text = ""
        self.axis_texts: tuple[str, str] = ("", "")

    def set_curve(self, points: Sequence[tuple[float, float]], mark_text: str, axis_texts: tuple[str, str],
                  mark: float = 0.2) -> None:
        self.points, self.mark_text, self.axis_texts, self.mark = list(points), mark_text, axis_texts, mark
        self.update()

    def has_data(self) -> bool:
        return len(self.points) > 1

    def share_at(self, share: float) -> float:
        """The curve's revenue share at a share of customers (straight between points)."""
        previous = self.points[0]
        for point in self.points[1:]:
            if point[0] >= share:
                if point[0] == previous[0]:
                    return point[1]
                return previous[1] + (point[1] - previous[1]) * (share - previous[0]) / (point[0] - previous[0])
            previous = point
        return self.points[-1][1]

    def draw(self, painter: QPainter, area: QRectF) -> None:
        font = self.small_font()
        metrics = QFontMetricsF(font)
        line_height = metrics.height()
        painter.setFont(font)
        axis = metrics.horizontalAdvance("100%") + 4
        side = QRectF(area.left() + axis, area.top() + 2, area.width() - axis - axis / 2 - 2,
                      area.height() - 2 * line_height - 6)

        def at(x: float, y: float) -> QPointF:
            return QPointF(side.left() + x * side.width(), side.bottom() - y * side.height())

        painter.setPen(QPen(self.quiet(), 1))
        painter.drawRect(side)
        painter.setPen(QPen(self.quiet(), 1, Qt.PenStyle.DotLine))
        painter.drawLine(at(0, 0), at(1, 1))
        for share in (0.0, 0.5, 1.0):
            painter.setPen(self.quiet())
            painter.drawText(QRectF(area.left(), at(0, share).y() - line_height / 2, axis - 3, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{round(share * 100)}%")
            painter.drawText(QRectF(at(share, 0).x() - axis / 2, side.bottom() + 1, axis, line_height),
                             Qt.AlignmentFlag.AlignCenter, f"{round(share * 100)}%")
        painter.drawText(QRectF(side.left(), side.bottom() + line_height + 2, side.width(), line_height),
                         Qt.AlignmentFlag.AlignCenter, _elide(metrics, self.axis_texts[0], side.width()))
        path = QPainterPath(at(*self.points[0]))
        for point in self.points[1:]:
            path.lineTo(at(*point))
        fill = QPainterPath(path)
        fill.lineTo(at(1, 0))
        fill.lineTo(at(0, 0))
        fill.closeSubpath()
        soft = QColor(BLUE)
        soft.setAlpha(40)
        painter.fillPath(fill, soft)
        painter.setPen(QPen(BLUE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        reached = self.share_at(self.mark)
        painter.setPen(QPen(ORANGE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(at(self.mark, 0), at(self.mark, reached))
        painter.drawLine(at(0, reached), at(self.mark, reached))
        painter.setBrush(ORANGE)
        painter.drawEllipse(at(self.mark, reached), 3.5, 3.5)
        painter.setPen(self.text_colour())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        point = at(self.mark, reached)
        painter.drawText(QRectF(point.x() + 8, point.y() + 2, side.right() - point.x() - 10, 2 * line_height + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         self.mark_text)
        painter.setFont(font)
        painter.setPen(self.quiet())
        painter.drawText(QRectF(side.left() + 4, side.bottom() - line_height - 2, side.width() - 8, line_height),
                         Qt.AlignmentFlag.AlignRight, _elide(metrics, self.axis_texts[1], side.width() * 0.7))
        self.hit(side, self.key)
