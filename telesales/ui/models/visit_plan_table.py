"""The day's plan as a thin table model: a heading row per area, then its visits in route order; and the
left-over visits with their reason and suggested day.

Visit rows can be dragged to another place: the model works out the day's new order (visit ids) and emits
`order_dropped`; the screen saves it and hands the model the day planned again in that order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from telesales.domain.routes import AreaVisits, LeftOver, PlannedVisit
from telesales.services.visits import VisitDay
from telesales.ui.visit_words import area_name, intent_name, km, left_over_reason, status_name

Index = QModelIndex | QPersistentModelIndex

SEQUENCE, TIME, CUSTOMER, ADDRESS, DISTANCE, NOTE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("VisitPlanTable", "#"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Time"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Customer"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Address"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Distance"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Intent · status"),
)
MIME = "application/x-telesales-visit"
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AREA_ROLE = Qt.ItemDataRole.UserRole + 2  # the area's number in the day (its colour on the map)

# colours of the areas, on the map and in the table (colour-blind-safe qualitative palette)
AREA_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D1F", "#5D3A9B")


def area_colour(number: int) -> QColor:
    return QColor(AREA_COLOURS[number % len(AREA_COLOURS)])


@dataclass(frozen=True, slots=True)
class _Row:
    area: int  # number of the area in the day
    block: AreaVisits
    visit: PlannedVisit | None  # None: the area's heading row


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitPlanTable", text)


class VisitPlanModel(QAbstractTableModel):
    order_dropped = Signal(list)  # the day's visit ids in the order the rep dropped them into

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.day: VisitDay | None = None
        self._rows: list[_Row] = []

    def set_day(self, day: VisitDay | None) -> None:
        self.beginResetModel()
        self.day = day
        self._rows = []
        if day is not None:
            for number, block in enumerate(day.plan.areas):
                self._rows.append(_Row(number, block, None))
                self._rows.extend(_Row(number, block, visit) for visit in block.visits)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    # -- lookups

    def is_area(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].visit is None

    def visit_at(self, row: int) -> PlannedVisit | None:
        return self._rows[row].visit if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.visit is not None and item.visit.stop.visit_id == visit_id:
                return row
        return None

    def visit_ids(self) -> list[int]:
        return [item.visit.stop.visit_id or 0 for item in self._rows if item.visit is not None]

    # -- the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == AREA_ROLE:
            return item.area
        if item.visit is None:
            return self._area_data(item, column, role)
        visit = item.visit
        if role == VISIT_ID_ROLE:
            return visit.stop.visit_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._visit_text(visit, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEQUENCE:
            return area_colour(item.area)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._visit_text(visit, ADDRESS) or None
        if role == Qt.ItemDataRole.FontRole and column == TIME and visit.fixed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEQUENCE, DISTANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _area_data(self, item: _Row, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == SEQUENCE:
            count = len(item.block.visits)
            text = QCoreApplication.translate("VisitPlanTable", "{area} · 1 visit · {km}") if count == 1 else QCoreApplication.translate("VisitPlanTable", "{area} · {count} visits · {km}")
            return text.format(area=area_name(item.block.area), count=QLocale().toString(count),
                               km=km(item.block.km))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(area_colour(item.area))
        return None

    def _visit_text(self, visit: PlannedVisit, column: int) -> str:
        day = self.day
        line = day.line(visit.stop.visit_id) if day is not None else None
        if column == SEQUENCE:
            return QLocale().toString(visit.sequence)
        if column == TIME:
            return f"{visit.starts_at:%H:%M}–{visit.ends_at:%H:%M}"
        if column == CUSTOMER:
            return line.customer_name if line else ""
        if column == ADDRESS:
            return visit.stop.address or (line.address if line else "")
        if column == DISTANCE:
            return km(visit.leg_km)
        if column == NOTE:
            parts = [QCoreApplication.translate("VisitPlanTable", "Appointment") if visit.fixed else "", intent_name(visit.stop.intent)]
            if line is not None:
                parts.append(status_name(line.visit.status))
            return " · ".join(p for p in parts if p)
        return ""

    # -- dragging a visit into another place

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.is_area(index.row()):
            return (base | Qt.ItemFlag.ItemIsDropEnabled) & ~Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid() and not self.is_area(i.row())})
        ids = [str(self._rows[r].visit.stop.visit_id) for r in rows if self._rows[r].visit is not None]  # type: ignore[union-attr]
        data.setData(MIME, QByteArray(",".join(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = [int(x) for x in bytes(data.data(MIME).data()).decode().split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        order = self.order_after_drop(moved, target)
        if order != self.visit_ids():
            self.order_dropped.emit(order)
        return False  # the rows are not moved here: the day comes back planned in the new order

    def order_after_drop(self, moved: list[int], target_row: int) -> list[int]:
        """The day's visit ids with `moved` put before the visit at `target_row` (a heading row: before its
        area's first visit; past the end: last)."""
        before = None
        for item in self._rows[max(0, target_row):]:
            if item.visit is not None and item.visit.stop.visit_id not in moved:
                before = item.visit.stop.visit_id
                break
        rest = [v for v in self.visit_ids() if v not in moved]
        at = rest.index(before) if before is not None else len(rest)
        return rest[:at] + moved + rest[at:]


LEFT_HEADERS = (
    QT_TRANSLATE_NOOP("VisitPlanTable", "Customer"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Why it does not fit"),
    QT_TRANSLATE_NOOP("VisitPlanTable", "Suggested day"),
)


class LeftOverModel(QAbstractTableModel):
    """What the day cannot take, with the reason and the day suggested for it."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.day: VisitDay | None = None
        self._items: list[LeftOver] = []

    def set_day(self, day: VisitDay | None) -> None:
        self.beginResetModel()
        self.day = day
        self._items = list(day.plan.left_over) if day is not None else []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LEFT_HEADERS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(LEFT_HEADERS) - 1))

    def item_at(self, row: int) -> LeftOver | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(LEFT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(LEFT_HEADERS):
            return _tr(LEFT_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == VISIT_ID_ROLE:
            return item.stop.visit_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            line = self.day.line(item.stop.visit_id) if self.day is not None else None
            return line.customer_name if line else ""
        if index.column() == 1:
            return left_over_reason(item.reason)
        if index.column() == 2:
            return QLocale().toString(item.suggested_day, QLocale.FormatType.ShortFormat)
        return None


__all__ = ["AREA_COLOURS", "LeftOverModel", "VisitPlanModel", "area_colour"]
