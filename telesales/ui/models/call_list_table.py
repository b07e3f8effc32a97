"""The day's call list and its left-out list as thin read-only table models over immutable rows.

Words (reason chips, phones) are made when a row is first shown and kept until the language or the list
changes, so a list of tens of thousands of rows resets in milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from telesales.domain.call_records import CustomerPhone
from telesales.domain.calllist import LeftOutWhy, RankedCall
from telesales.domain.phones import display_phone
from telesales.services.calls import TodayList
from telesales.ui.call_words import URGENT_REASONS, WARNING_REASONS, left_out_why, reason_chip, reason_line

Index = QModelIndex | QPersistentModelIndex

RANK, CUSTOMER, PHONE, SCORE, REASONS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CallListTable", "#"),
    QT_TRANSLATE_NOOP("CallListTable", "Customer"),
    QT_TRANSLATE_NOOP("CallListTable", "Phone"),
    QT_TRANSLATE_NOOP("CallListTable", "Score"),
    QT_TRANSLATE_NOOP("CallListTable", "Why"),
)

CHIPS_ROLE = Qt.ItemDataRole.UserRole + 1  # list of (text, kind) with kind "urgent", "warning" or "plain"
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Chip = tuple[str, str]
LINES_PAGE = 200  # phones fetched at a time for rows beyond the ones that came with the list
_ORDER = {"urgent": 0, "warning": 1, "plain": 2}


def _chip_kind(code: object) -> str:
    if code in URGENT_REASONS:
        return "urgent"
    if code in WARNING_REASONS:
        return "warning"
    return "plain"


class CallListModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today: TodayList | None = None
        self._calls: list[RankedCall] = []
        self._chips: dict[int, list[Chip]] = {}
        self._phones: dict[int, str] = {}
        self._more: dict[int, CustomerPhone] = {}

    def set_list(self, today: TodayList | None) -> None:
        self.beginResetModel()
        self.today = today
        self._calls = list(today.calls.calls) if today else []
        self._chips.clear()
        self._phones.clear()
        self._more.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        self._chips.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._calls:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._calls) - 1, len(HEADERS) - 1))

    # -- lookups

    def call_at(self, row: int) -> RankedCall:
        return self._calls[row]

    def row_of(self, customer_id: int) -> int | None:
        for row, call in enumerate(self._calls):
            if call.customer_id == customer_id:
                return row
        return None

    def called_today(self, row: int) -> bool:
        return self.today is not None and self._calls[row].customer_id in self.today.called_today

    def phone_of(self, row: int) -> tuple[str, str]:
        """(the number as stored, the region it belongs to) of the customer on `row`."""
        today = self.today
        if today is None:
            return "", "CN"
        customer_id = self._calls[row].customer_id
        line = today.lines.get(customer_id) or self._more.get(customer_id)
        if line is None and today.more_lines is not None:  # beyond the first lines: fetch this page of them
            start = row - row % LINES_PAGE
            page = [call.customer_id for call in self._calls[start:start + LINES_PAGE]]
            self._more.update(today.more_lines(page))
            line = self._more.get(customer_id)
        return (line.phone if line else ""), today.home_region

    def chips(self, row: int) -> list[Chip]:
        chips = self._chips.get(row)
        if chips is None:
            call = self._calls[row]
            # the urgent first, then the warnings, then by points: what matters shows before the cell runs out
            ordered = sorted(call.reasons, key=lambda r: (_ORDER[_chip_kind(r.code)], -r.points))
            chips = self._chips[row] = [(reason_chip(reason, call.candidate), _chip_kind(reason.code))
                                        for reason in ordered]
        return chips

    def details(self, row: int) -> str:
        """Every reason of the row in full, with its points, one per line."""
        call = self._calls[row]
        assert self.today is not None
        return "\n".join(reason_line(reason, call.candidate, self.today.now) for reason in call.reasons)

    # -- the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("CallListTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.today is None:
            return None
        row, column = index.row(), index.column()
        call = self._calls[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return str(call.rank)
            if column == CUSTOMER:
                return call.name
            if column == PHONE:
                phone = self._phones.get(row)
                if phone is None:
                    number, region = self.phone_of(row)
                    phone = self._phones[row] = display_phone(number, region)
                return phone
            if column == SCORE:
                return f"{call.score:.1f}"
            if column == REASONS:
                return " · ".join(text for text, _kind in self.chips(row))
            return None
        if role == CHIPS_ROLE and column == REASONS:
            return self.chips(row)
        if role == CUSTOMER_ID_ROLE:
            return call.customer_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.called_today(row):
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and call.must_call and column == CUSTOMER:
            font = QFont()
            font.setBold(True)
            return font
        return None


LEFT_CUSTOMER, LEFT_WHY = range(2)
LEFT_HEADERS = (
    QT_TRANSLATE_NOOP("CallListTable", "Customer"),
    QT_TRANSLATE_NOOP("CallListTable", "Why not today"),
)


class LeftOutModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[tuple[int, str, LeftOutWhy]] = []

    def set_list(self, today: TodayList | None) -> None:
        self.beginResetModel()
        self._rows = [] if today is None else [
            (item.customer_id, today.left_out_names.get(item.customer_id, ""), item.why)
            for item in today.calls.left_out]
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LEFT_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(LEFT_HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(LEFT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(LEFT_HEADERS):
            return QCoreApplication.translate("CallListTable", LEFT_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        customer_id, name, why = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name if index.column() == LEFT_CUSTOMER else left_out_why(why)
        if role == CUSTOMER_ID_ROLE:
            return customer_id
        return None


def chip_colours(kind: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a reason chip."""
    if kind == "urgent":
        return QColor("#fde2c8"), QColor("#7a3500")
    if kind == "warning":
        return QColor("#dbeafe"), QColor("#1e3a8a")
    return palette.color(QPalette.ColorRole.AlternateBase).darker(104), palette.color(QPalette.ColorRole.Text)
