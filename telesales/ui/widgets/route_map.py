"""A simple drawn map of the day's route: the start, numbered stops coloured by area, the legs between them,
and left-over visits as hollow grey points. No tiles, no network: points on their coordinates, scaled to fit.

Visits placed at a district centre (approximate) are drawn with a dashed ring; several at one point are fanned
out a little so each number can be read. Clicking a stop selects its visit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float]  # (latitude, longitude)


@dataclass(frozen=True, slots=True)
class MapStop:
    visit_id: int
    number: int  # 0: not on the route (left over)
    point: Point
    colour: str  # the area's colour; "" for a left-over visit
    approximate: bool
    fixed: bool = False


class RouteMap(QWidget):
    stop_clicked = Signal(int)  # a visit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start: Point | None = None
        self.stops: list[MapStop] = []
        self.selected: int | None = None
        self._placed: dict[int, QPointF] = {}
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 420)

    def set_route(self, start: Point | None, stops: list[MapStop]) -> None:
        self.start = start
        self.stops = stops
        self.update()

    def select(self, visit_id: int | None) -> None:
        self.selected = visit_id
        self.update()

    # -- projection

    def _frame(self) -> tuple[float, float, float, float, float] | None:
        """(min lat, min lon, scale px per degree of latitude, x offset, y offset) fitting every point."""
        points = [s.point for s in self.stops] + ([self.start] if self.start else [])
        if not points:
            return None
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        mid = math.radians((min(lats) + max(lats)) / 2)
        shrink = max(0.2, math.cos(mid))  # a degree of longitude is shorter away from the equator
        span_lat = max(max(lats) - min(lats), 0.01)
        span_lon = max((max(lons) - min(lons)) * shrink, 0.01)
        margin = 34.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin - 18
        scale = min(width / span_lon, height / span_lat)
        x0 = margin + (width - (max(lons) - min(lons)) * shrink * scale) / 2
        y0 = margin + (height - (max(lats) - min(lats)) * scale) / 2
        return min(lats), min(lons), scale, x0, y0 + (max(lats) - min(lats)) * scale

    def _to_screen(self, point: Point, frame: tuple[float, float, float, float, float]) -> QPointF:
        min_lat, min_lon, scale, x0, y_bottom = frame
        points = [s.point for s in self.stops] + ([self.start] if self.start else [])
        lats = [p[0] for p in points]
        shrink = max(0.2, math.cos(math.radians((min(lats) + max(lats)) / 2)))
        return QPointF(x0 + (point[1] - min_lon) * shrink * scale, y_bottom - (point[0] - min_lat) * scale)

    def _km_per_pixel(self, frame: tuple[float, float, float, float, float]) -> float:
        return 111.2 / frame[2]

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), QColor("#f7f5ef"))
        painter.setPen(QPen(QColor("#d8d4c8"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        frame = self._frame()
        if frame is None:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("RouteMap", "No visits to show on the map"))
            painter.end()
            return
        self._grid(painter)
        placed = self._spread(frame)
        self._placed = placed
        route = sorted((s for s in self.stops if s.number > 0), key=lambda s: s.number)
        # legs
        if route:
            path = QPainterPath()
            first = self._to_screen(self.start, frame) if self.start else placed[route[0].visit_id]
            path.moveTo(first)
            for stop in route:
                path.lineTo(placed[stop.visit_id])
            painter.setPen(QPen(QColor(60, 60, 60, 150), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            previous = first
            for stop in route:  # a small arrow half-way along each leg
                here = placed[stop.visit_id]
                self._arrow(painter, previous, here)
                previous = here
        # stops
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        radius = 11.0
        for stop in route:
            at = placed[stop.visit_id]
            colour = QColor(stop.colour)
            if stop.visit_id == self.selected:
                painter.setPen(QPen(QColor("#111111"), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, radius + 4, radius + 4)
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QBrush(colour))
            if stop.fixed:
                painter.drawRoundedRect(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), 4, 4)
            else:
                painter.drawEllipse(at, radius, radius)
            if stop.approximate:
                painter.setPen(QPen(colour.darker(130), 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, radius + 3.5, radius + 3.5)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                             Qt.AlignmentFlag.AlignCenter, QLocale().toString(stop.number))
        # left-over visits: hollow grey, on top so none hides under a stop
        for stop in self.stops:
            if stop.number == 0:
                at = placed[stop.visit_id]
                painter.setPen(QPen(QColor("#6f6f6f"), 1.8))
                painter.setBrush(QBrush(QColor("#ffffff")))
                painter.drawEllipse(at, 6, 6)
        # the start: a dark diamond
        if self.start is not None:
            at = self._to_screen(self.start, frame)
            diamond = QPolygonF([QPointF(at.x(), at.y() - 9), QPointF(at.x() + 9, at.y()),
                                 QPointF(at.x(), at.y() + 9), QPointF(at.x() - 9, at.y())])
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QBrush(QColor("#222222")))
            painter.drawPolygon(diamond)
        self._scale_bar(painter, frame)
        self._legend(painter)
        painter.end()

    def _legend(self, painter: QPainter) -> None:
        """What the marks mean, bottom right: start, appointment, district centre, does not fit."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        words = [QCoreApplication.translate("RouteMap", "Start"),
                 QCoreApplication.translate("RouteMap", "Appointment"),
                 QCoreApplication.translate("RouteMap", "District centre"),
                 QCoreApplication.translate("RouteMap", "Does not fit")]
        gap, mark = 12.0, 10.0
        width = sum(metrics.horizontalAdvance(w) + mark + 6 for w in words) + gap * (len(words) - 1)
        x = self.width() - width - 10
        y = self.height() - 14.0
        if x < 140:  # too narrow beside the scale bar: a line of its own above it, or none
            if width > self.width() - 20:
                return
            x, y = 12.0, self.height() - 34.0
        for kind, word in enumerate(words):
            centre = QPointF(x + mark / 2, y)
            if kind == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QColor("#222222")))
                painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - 5), QPointF(centre.x() + 5, centre.y()),
                                               QPointF(centre.x(), centre.y() + 5), QPointF(centre.x() - 5, centre.y())]))
            elif kind == 1:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QColor("#777777")))
                painter.drawRoundedRect(QRectF(centre.x() - 5, centre.y() - 5, 10, 10), 2, 2)
            elif kind == 2:
                painter.setPen(QPen(QColor("#555555"), 1.1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, 5, 5)
            else:
                painter.setPen(QPen(QColor("#6f6f6f"), 1.5))
                painter.setBrush(QBrush(QColor("#ffffff")))
                painter.drawEllipse(centre, 4, 4)
            painter.setPen(QColor("#444444"))
            painter.drawText(QPointF(x + mark + 4, y + metrics.ascent() / 2 - 1), word)
            x += mark + 6 + metrics.horizontalAdvance(word) + gap

    def _grid(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#ebe7dc"), 1))
        step = 40
        for x in range(step, self.width(), step):
            painter.drawLine(x, 1, x, self.height() - 2)
        for y in range(step, self.height(), step):
            painter.drawLine(1, y, self.width() - 2, y)

    @staticmethod
    def _arrow(painter: QPainter, a: QPointF, b: QPointF) -> None:
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        if length < 40:
            return
        ux, uy = dx / length, dy / length
        mid = QPointF(a.x() + dx / 2, a.y() + dy / 2)
        tip = QPointF(mid.x() + ux * 5, mid.y() + uy * 5)
        left = QPointF(mid.x() - ux * 5 - uy * 4, mid.y() - uy * 5 + ux * 4)
        right = QPointF(mid.x() - ux * 5 + uy * 4, mid.y() - uy * 5 - ux * 4)
        painter.setBrush(QBrush(QColor(60, 60, 60, 170)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([tip, left, right]))
        painter.setPen(QPen(QColor(60, 60, 60, 150), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _spread(self, frame: tuple[float, float, float, float, float]) -> dict[int, QPointF]:
        """Screen points of the stops; stops sharing a point are fanned out on a small circle."""
        at_point: dict[tuple[int, int], list[MapStop]] = {}
        for stop in self.stops:
            p = self._to_screen(stop.point, frame)
            at_point.setdefault((round(p.x() / 4), round(p.y() / 4)), []).append(stop)
        placed: dict[int, QPointF] = {}
        for group in at_point.values():
            centre = self._to_screen(group[0].point, frame)
            if len(group) == 1:
                placed[group[0].visit_id] = centre
                continue
            ring = 14 + 3 * len(group)
            for k, stop in enumerate(sorted(group, key=lambda s: (s.number == 0, s.number))):
                angle = -math.pi / 2 + 2 * math.pi * k / len(group)
                placed[stop.visit_id] = QPointF(centre.x() + ring * math.cos(angle), centre.y() + ring * math.sin(angle))
        return placed

    def _scale_bar(self, painter: QPainter, frame: tuple[float, float, float, float, float]) -> None:
        per_px = self._km_per_pixel(frame)
        target = per_px * 90
        nice = min((s for s in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if s >= target / 2),
                   default=1000)
        pixels = nice / per_px
        x, y = 12.0, self.height() - 14.0
        painter.setPen(QPen(QColor("#444444"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + pixels, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 1))
        painter.drawLine(QPointF(x + pixels, y - 4), QPointF(x + pixels, y + 1))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        label = QCoreApplication.translate("RouteMap", "{km} km").format(
            km=QLocale().toString(float(nice), "g", 3))
        painter.drawText(QPointF(x + pixels + 6, y + 4), label)

    # -- clicks

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position()
        best: tuple[float, int] | None = None
        for visit_id, at in self._placed.items():
            distance = math.hypot(at.x() - position.x(), at.y() - position.y())
            if distance <= 14 and (best is None or distance < best[0]):
                best = (distance, visit_id)
        if best is not None:
            self.select(best[1])
            self.stop_clicked.emit(best[1])
        super().mousePressEvent(event)


__all__ = ["MapStop", "RouteMap"]
