"""The customers behind a figure of the dashboard, as a small read-only table: name, tier, and the columns the
figure counted (amount, calls, intent move, visit, churn signals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from telesales.domain.model import Tier
from telesales.domain.stats import BehindLine
from telesales.ui.dashboard_words import day_text, money, number, signal_names, tr, visit_status
from telesales.ui.labels import tier_name

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # marked for translation; worded when shown
    text: Callable[[BehindLine], str]
    numeric: bool = False


def _tier(line: BehindLine) -> str:
    try:
        return tier_name(Tier(line.tier))
    except ValueError:
        return line.tier


def _visit(line: BehindLine) -> tuple[str, str]:
    status, _, day = line.note.partition(" ")
    return visit_status(status), day_text(date.fromisoformat(day)) if day else ""


def _move(line: BehindLine) -> str:
    before, _, after = line.note.partition(">")
    return f"{before} → {after}" if after else line.note


NAME = Column(QT_TRANSLATE_NOOP("Dashboard", "Customer"), lambda line: line.name)
TIER = Column(QT_TRANSLATE_NOOP("Dashboard", "Tier"), _tier)
COLUMNS: dict[str, tuple[Column, ...]] = {
    "sales": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Amount"), lambda line: money(line.amount_cents or 0), True),
              Column(QT_TRANSLATE_NOOP("Dashboard", "Orders"), lambda line: number(line.count or 0), True)),
    "covered": (NAME, TIER),
    "calls": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Calls"), lambda line: number(line.count or 0), True),
              Column(QT_TRANSLATE_NOOP("Dashboard", "Reached"), lambda line: number(line.second or 0), True)),
    "intent": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Moves"), lambda line: number(line.count or 0), True),
               Column(QT_TRANSLATE_NOOP("Dashboard", "Latest move"), _move)),
    "visits": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Status"), lambda line: _visit(line)[0]),
               Column(QT_TRANSLATE_NOOP("Dashboard", "Day"), lambda line: _visit(line)[1])),
    "tier": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Revenue (look-back)"), lambda line: money(line.amount_cents or 0), True)),
    "churn": (NAME, TIER, Column(QT_TRANSLATE_NOOP("Dashboard", "Churn signals"), lambda line: signal_names(line.note))),
}


class BehindTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[BehindLine] = []
        self.columns: tuple[Column, ...] = COLUMNS["covered"]

    def set_lines(self, kind: str, lines: Sequence[BehindLine]) -> None:
        self.beginResetModel()
        self.columns = COLUMNS[kind]
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines) or not 0 <= index.column() < len(self.columns):
            return None
        line = self.lines[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line)
        if role == CUSTOMER_ID_ROLE:
            return line.customer_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return tr(self.columns[section].header)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.lines):
            return section + 1
        return None
