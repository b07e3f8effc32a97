"""A small read-only table model over a list of rows of text (orders, products, dates, calls, visits, reminders):
column headers are translated on every paint, rows are replaced whole with `set_rows` (one reset)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Callable[[], Sequence[str]], parent: object | None = None,
                 right_aligned: Sequence[int] = ()) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[object] = []
        self._right = frozenset(right_aligned)

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._keys = list(keys) if keys is not None else list(range(len(rows)))
        self.endResetModel()

    def key_at(self, row: int) -> object:
        return self._keys[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        headers = self._headers()
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_KEY_ROLE:
            return self._keys[index.row()]
        return None
