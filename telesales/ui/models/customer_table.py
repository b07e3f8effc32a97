"""The customer list as a thin, lazily filled table model: pages are fetched as the rep scrolls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from telesales.domain.model import CustomerSummary
from telesales.domain.phones import display_phone
from telesales.ui.labels import tier_name

PageLoader = Callable[[int, int], list[CustomerSummary]]
Index = QModelIndex | QPersistentModelIndex

NAME, TIER, CITY, DISTRICT, PHONE, INDUSTRY = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTable", "Name"),
    QT_TRANSLATE_NOOP("CustomerTable", "Tier"),
    QT_TRANSLATE_NOOP("CustomerTable", "City"),
    QT_TRANSLATE_NOOP("CustomerTable", "District"),
    QT_TRANSLATE_NOOP("CustomerTable", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTable", "Industry"),
)


class CustomerTableModel(QAbstractTableModel):
    PAGE = 500

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[CustomerSummary] = []
        self._total = 0
        self._loader: PageLoader | None = None
        self.home_region = "CN"

    def set_source(self, loader: PageLoader | None, total: int, home_region: str = "CN") -> None:
        self.beginResetModel()
        self._loader, self._total, self.home_region = loader, total, home_region
        self._rows = loader(0, self.PAGE) if loader else []
        self.endResetModel()

    def customer_at(self, row: int) -> CustomerSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._loader is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._loader is None:
            return
        page = self._loader(len(self._rows), self.PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("CustomerTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        customer = self._rows[index.row()]
        column = index.column()
        if column == NAME:
            return customer.name
        if column == TIER:
            name = tier_name(customer.tier)
            return QCoreApplication.translate("CustomerTable", "{tier} (pinned)").format(tier=name) if customer.pinned else name
        if column == CITY:
            return customer.area.city
        if column == DISTRICT:
            return customer.area.district
        if column == PHONE:
            return display_phone(customer.phone, self.home_region)
        if column == INDUSTRY:
            return customer.industry
        return None

