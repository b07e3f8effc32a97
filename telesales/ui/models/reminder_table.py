"""Reminders as a thin read-only table model over immutable lines (open ones, or the history)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from telesales.domain.model import ReminderKind, ReminderStatus
from telesales.domain.reminders import ReminderLine

Index = QModelIndex | QPersistentModelIndex

DUE, KIND, OCCASION, OCCASION_DATE, CUSTOMER, CONTACT, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ReminderTable", "Due"),
    QT_TRANSLATE_NOOP("ReminderTable", "Kind"),
    QT_TRANSLATE_NOOP("ReminderTable", "Occasion"),
    QT_TRANSLATE_NOOP("ReminderTable", "Date"),
    QT_TRANSLATE_NOOP("ReminderTable", "Customer"),
    QT_TRANSLATE_NOOP("ReminderTable", "Contact"),
    QT_TRANSLATE_NOOP("ReminderTable", "Status"),
)

KIND_NAMES = {
    ReminderKind.FOLLOW_UP: QT_TRANSLATE_NOOP("ReminderTable", "Follow-up"),
    ReminderKind.VISIT: QT_TRANSLATE_NOOP("ReminderTable", "Visit"),
    ReminderKind.MATERIALS: QT_TRANSLATE_NOOP("ReminderTable", "Send material"),
    ReminderKind.THANK_YOU: QT_TRANSLATE_NOOP("ReminderTable", "Thank-you letter"),
    ReminderKind.GREETING: QT_TRANSLATE_NOOP("ReminderTable", "Greeting"),
    ReminderKind.CLOSE_DAY: QT_TRANSLATE_NOOP("ReminderTable", "Close the day"),
}

STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("ReminderTable", "Done {date}"),
    "dismissed": QT_TRANSLATE_NOOP("ReminderTable", "Dismissed {date}"),
    "snoozed": QT_TRANSLATE_NOOP("ReminderTable", "Snoozed until {date}"),
    "overdue": QT_TRANSLATE_NOOP("ReminderTable", "Overdue"),
    "today": QT_TRANSLATE_NOOP("ReminderTable", "Due today"),
    "coming": QT_TRANSLATE_NOOP("ReminderTable", "Coming"),
}

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_LETTERS = frozenset({ReminderKind.THANK_YOU, ReminderKind.CLOSE_DAY})


def tr(text: str) -> str:
    return QCoreApplication.translate("ReminderTable", text)


def kind_name(kind: ReminderKind) -> str:
    return tr(KIND_NAMES[kind])


def short_date(day: date | None) -> str:
    return "" if day is None else QLocale().toString(day, QLocale.FormatType.ShortFormat)


def status_text(line: ReminderLine, today: date) -> str:
    if line.status is ReminderStatus.DONE:
        return tr(STATUS_WORDS["done"]).format(date=_closed(line.closed_at))
    if line.status is ReminderStatus.DISMISSED:
        return tr(STATUS_WORDS["dismissed"]).format(date=_closed(line.closed_at))
    if line.status is ReminderStatus.SNOOZED and line.snoozed_until is not None and line.snoozed_until > today:
        return tr(STATUS_WORDS["snoozed"]).format(date=short_date(line.snoozed_until))
    if line.due < today:
        return tr(STATUS_WORDS["overdue"])
    if line.due == today:
        return tr(STATUS_WORDS["today"])
    return tr(STATUS_WORDS["coming"])


def _closed(moment: datetime | None) -> str:
    return "" if moment is None else short_date(moment.astimezone().date())


class ReminderTableModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lines: list[ReminderLine] = []
        self._today = date.today()
        self._occasion_names: Mapping[str, str] = {}
        self._words: dict[int, tuple[str, ...]] = {}

    def set_lines(self, lines: Sequence[ReminderLine], today: date, occasion_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._today = today
        self._occasion_names = dict(occasion_names)
        self._words.clear()
        self.endResetModel()

    def set_occasion_names(self, occasion_names: Mapping[str, str]) -> None:
        self._occasion_names = dict(occasion_names)
        self.retranslate()

    def retranslate(self) -> None:
        self._words.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(HEADERS) - 1))

    def line_at(self, row: int) -> ReminderLine:
        return self._lines[row]

    def row_of(self, reminder_id: int) -> int | None:
        for row, line in enumerate(self._lines):
            if line.id == reminder_id:
                return row
        return None

    def lines(self) -> list[ReminderLine]:
        return list(self._lines)

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines) or not 0 <= index.column() < len(HEADERS):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_words(line)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.text or None
        if role == Qt.ItemDataRole.FontRole and line.due <= self._today and line.status in (
                ReminderStatus.PENDING, ReminderStatus.SNOOZED):
            font = QFont()
            font.setBold(True)
            return font
        if role == LINE_ROLE:
            return line
        return None

    def _row_words(self, line: ReminderLine) -> tuple[str, ...]:
        words = self._words.get(line.id)
        if words is None:
            # a letter's "occasion" is its kind: say it once
            occasion = "" if line.kind in _LETTERS else self._occasion_names.get(line.occasion, line.occasion)
            words = self._words[line.id] = (
                short_date(line.due), kind_name(line.kind), occasion, short_date(line.occasion_date),
                line.customer_name, line.contact_name, status_text(line, self._today))
        return words
