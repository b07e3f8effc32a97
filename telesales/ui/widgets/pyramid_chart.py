"""The customer pyramid drawn with QPainter (PySide6-Essentials has no QtCharts): four layers from super at the
top to small at the bottom, each with its count; beside each, its share of customers and of revenue; on the
right, the tiers outside the pyramid. Clicking a layer or a tier on the right picks that tier."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from telesales.domain.model import Tier
from telesales.domain.tiering import PYRAMID
from telesales.services.customer_value import PyramidLevel, PyramidSummary
from telesales.ui.labels import tier_name
from telesales.ui.value_words import money, percent

OUTSIDE = (Tier.INACTIVE, Tier.PROSPECT, Tier.SUSPECT, Tier.OTHER)
FILL = {
    Tier.SUPER: QColor("#1f4e79"),
    Tier.BIG: QColor("#2e75b6"),
    Tier.MEDIUM: QColor("#5b9bd5"),
    Tier.SMALL: QColor("#9dc3e6"),
}
OUTSIDE_FILL = QColor("#ecebe8")
SELECTED = QColor("#e07b39")
MARGIN = 10
GAP = 4


@dataclass(frozen=True)
class _Shape:
    tier: Tier
    path: QPainterPath
    label: QRectF  # where the words beside (or inside) the shape go


class PyramidChart(QWidget):
    tier_clicked = Signal(object)  # Tier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: PyramidSummary | None = None
        self.selected: Tier | None = Tier.SUPER
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(480)

    def set_summary(self, summary: PyramidSummary | None) -> None:
        self.summary = summary
        self.update()

    def set_selected(self, tier: Tier | None) -> None:
        self.selected = tier
        self.update()

    # -- geometry

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _layer_height(self) -> int:
        return max(58, int(self._line() * 3.6))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 2 * MARGIN + 4 * self._layer_height() + self._line() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self.sizeHint().height())

    def _shapes(self) -> list[_Shape]:
        width = self.width()
        layer = self._layer_height()
        top = MARGIN + self._line() + 6  # a caption line above the column on the right
        pyramid_width = max(150.0, min(280.0, width * 0.3))
        outside_width = max(130.0, min(210.0, width * 0.22))
        apex = pyramid_width * 0.16
        left = float(MARGIN)
        centre = left + pyramid_width / 2
        legend_left = left + pyramid_width + 14
        legend_width = width - legend_left - outside_width - 2 * MARGIN
        shapes = []
        for index, tier in enumerate(PYRAMID):
            y0, y1 = top + index * layer, top + (index + 1) * layer - GAP
            w0 = apex + (pyramid_width - apex) * index / 4
            w1 = apex + (pyramid_width - apex) * (index + 1) / 4
            path = QPainterPath(QPointF(centre - w0 / 2, y0))
            path.lineTo(centre + w0 / 2, y0)
            path.lineTo(centre + w1 / 2, y1)
            path.lineTo(centre - w1 / 2, y1)
            path.closeSubpath()
            shapes.append(_Shape(tier, path, QRectF(legend_left, y0, legend_width, y1 - y0)))
        outside_left = width - MARGIN - outside_width
        for index, tier in enumerate(OUTSIDE):
            y0, y1 = top + index * layer, top + (index + 1) * layer - GAP
            rect = QRectF(outside_left, y0, outside_width, y1 - y0)
            path = QPainterPath()
            path.addRoundedRect(rect, 6, 6)
            shapes.append(_Shape(tier, path, rect.adjusted(10, 4, -8, -4)))
        return shapes

    def tier_at(self, point: QPointF) -> Tier | None:
        for shape in self._shapes():
            if shape.path.contains(point) or (shape.tier in PYRAMID and shape.label.contains(point)):
                return shape.tier
        return None

    # -- events

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        tier = self.tier_at(event.position())
        if tier is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_selected(tier)
            self.tier_clicked.emit(tier)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = self.tier_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        big = QFont(bold)
        big.setPointSizeF(base.pointSizeF() * 1.25)
        text_colour = self.palette().color(self.foregroundRole())
        quiet = QColor(text_colour)
        quiet.setAlpha(170)
        shapes = self._shapes()
        outside = [shape for shape in shapes if shape.tier in OUTSIDE]
        if outside:
            painter.setFont(base)
            painter.setPen(quiet)
            first = outside[0].path.boundingRect()
            painter.drawText(QRectF(first.left(), MARGIN, first.width(), self._line() + 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("Outside the pyramid"))
        for shape in shapes:
            level = self.summary.level(shape.tier) if self.summary else None
            if shape.tier in PYRAMID:
                self._paint_layer(painter, shape, level, big, bold, base, text_colour, quiet)
            else:
                self._paint_outside(painter, shape, level, bold, base, text_colour)
        painter.end()

    def _outline(self, painter: QPainter, shape: _Shape) -> None:
        if shape.tier is self.selected:
            painter.setPen(QPen(SELECTED, 3))
        else:
            painter.setPen(Qt.PenStyle.NoPen)

    def _paint_layer(self, painter: QPainter, shape: _Shape, level: PyramidLevel | None, big: QFont, bold: QFont,
                     base: QFont, text_colour: QColor, quiet: QColor) -> None:
        fill = FILL[shape.tier]
        self._outline(painter, shape)
        painter.setBrush(fill)
        painter.drawPath(shape.path)
        inside = QColor("white") if fill.lightness() < 150 else QColor("#10243a")
        painter.setPen(inside)
        painter.setFont(big)
        painter.drawText(shape.path.boundingRect(), Qt.AlignmentFlag.AlignCenter,
                         "–" if level is None else number_text(level.customers))
        rect = shape.label
        metrics_bold, metrics = QFontMetrics(bold), QFontMetrics(base)
        line = metrics.height()
        lines: list[tuple[QFont, QColor, str]] = [(bold, text_colour, tier_name(shape.tier))]
        if level is not None:
            lines.append((base, text_colour, self.tr("{customers}% of customers · {revenue}% of revenue").format(
                customers=percent(level.customer_share or 0.0), revenue=percent(level.revenue_share))))
            revenue = self.tr("Revenue {amount}").format(amount=money(level.revenue_cents))
            if level.pinned:
                revenue += " · " + self.tr("{count} pinned").format(count=number_text(level.pinned))
            lines.append((base, quiet, revenue))
        y = rect.top() + (rect.height() - line * len(lines)) / 2
        for font, colour, text in lines:
            painter.setFont(font)
            painter.setPen(colour)
            fm = metrics_bold if font is bold else metrics
            painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                           int(rect.width())))
            y += line

    def _paint_outside(self, painter: QPainter, shape: _Shape, level: PyramidLevel | None, bold: QFont,
                       base: QFont, text_colour: QColor) -> None:
        self._outline(painter, shape)
        painter.setBrush(OUTSIDE_FILL)
        painter.drawPath(shape.path)
        rect = shape.label
        line = QFontMetrics(base).height()
        painter.setPen(QColor("#333333"))
        painter.setFont(bold)
        y = rect.top() + (rect.height() - 2 * line) / 2
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, tier_name(shape.tier))
        painter.setFont(base)
        count = "–" if level is None else self.tr("{count} customers").format(count=number_text(level.customers))
        if level is not None and level.pinned:
            count += " · " + self.tr("{count} pinned").format(count=number_text(level.pinned))
        painter.drawText(QRectF(rect.left(), y + line, rect.width(), line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, QFontMetrics(base).elidedText(
                             count, Qt.TextElideMode.ElideRight, int(rect.width())))


def number_text(value: int) -> str:
    return QLocale().toString(value)
