"""Thin read-only table models for the pyramid screen: a tier's customers, tier movements, churn warnings.

Each holds a list of immutable rows and resets on `set_rows` (the lists are computed off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from telesales.domain.book_value import TierMember
from telesales.domain.lifecycle import ChurnFlag
from telesales.services.customer_value import ChurnWarning, Moved
from telesales.ui.labels import tier_name
from telesales.ui.value_words import (
    evidence_text,
    money,
    movement_name,
    reason_name,
    signal_name,
    signal_names,
    stage_name,
    tier_with_pin,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
CONTEXT = "ValueTables"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Columns are (header, text of a row, right-aligned); subclasses list them."""

    columns: Sequence[tuple[str, Callable[[Any], str], bool]] = ()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate(CONTEXT, self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        _header, text, right = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return RIGHT
        return None

    def refresh_words(self) -> None:
        """The language changed: every text is worded again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


class TierMembersModel(_RowsModel[TierMember]):
    columns = (
        (QT_TRANSLATE_NOOP("ValueTables", "Customer"), lambda m: m.name, False),
        (QT_TRANSLATE_NOOP("ValueTables", "Tier"), lambda m: tier_with_pin(m.pin or m.tier, m.pin is not None), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Computed tier"),
         lambda m: tier_name(m.tier) if m.pin is not None else "", False),
        (QT_TRANSLATE_NOOP("ValueTables", "Revenue"), lambda m: money(m.revenue_cents), True),
        (QT_TRANSLATE_NOOP("ValueTables", "Lifecycle stage"), lambda m: stage_name(m.stage), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Churn signals"), lambda m: signal_names(m.churn_codes), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Why pinned"), lambda m: m.pin_reason, False),
    )


def _day(moved: Moved) -> str:
    return QLocale().toString(moved.changed_on, QLocale.FormatType.ShortFormat)


class MovementsModel(_RowsModel[Moved]):
    columns = (
        (QT_TRANSLATE_NOOP("ValueTables", "Date"), _day, False),
        (QT_TRANSLATE_NOOP("ValueTables", "Customer"), lambda m: m.name, False),
        (QT_TRANSLATE_NOOP("ValueTables", "Moved"), lambda m: movement_name(m.direction), False),
        (QT_TRANSLATE_NOOP("ValueTables", "From"), lambda m: tier_name(m.from_tier) if m.from_tier else "", False),
        (QT_TRANSLATE_NOOP("ValueTables", "To"), lambda m: tier_name(m.to_tier), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Why"), lambda m: reason_name(m.reason), False),
    )


class WarningLine:
    """One churn signal of one customer: a warning with two signals is two lines."""

    __slots__ = ("warning", "flag")

    def __init__(self, warning: ChurnWarning, flag: ChurnFlag) -> None:
        self.warning, self.flag = warning, flag


class ChurnModel(_RowsModel[WarningLine]):
    columns = (
        (QT_TRANSLATE_NOOP("ValueTables", "Customer"), lambda w: w.warning.name, False),
        (QT_TRANSLATE_NOOP("ValueTables", "Tier"),
         lambda w: tier_with_pin(w.warning.tier, w.warning.pinned), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Lifecycle stage"), lambda w: stage_name(w.warning.stage), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Signal"), lambda w: signal_name(w.flag.code), False),
        (QT_TRANSLATE_NOOP("ValueTables", "Evidence"), lambda w: evidence_text(w.flag, w.warning.owner), False),
    )

    def set_warnings(self, warnings: Sequence[ChurnWarning]) -> None:
        self.set_rows([WarningLine(warning, flag) for warning in warnings for flag in warning.flags])
