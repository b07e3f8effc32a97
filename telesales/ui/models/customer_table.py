"""The customer list as a thin, lazily filled table model: pages are fetched as the rep scrolls.

Filtering and sorting happen in the book (telesales.services.customer_list); the screen hands this model a new
page loader and resets it. Never a QSortFilterProxyModel: over a Python model of 100,000 rows it takes about
30 s to sort and 2 s per keystroke to filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from telesales.domain.listing import SortKey
from telesales.domain.phones import display_phone
from telesales.ui.customer_words import CHURN, STAGES, word
from telesales.ui.intent_words import intent_short
from telesales.ui.labels import tier_name

PageLoader = Callable[[int, int], Sequence[Any]]  # rows with the fields of ListedCustomer
Index = QModelIndex | QPersistentModelIndex

NAME, TIER, CITY, DISTRICT, PHONE, INDUSTRY, STAGE, INTENT, LAST_CALL, TAGS, OWNER = range(11)
HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTable", "Name"),
    QT_TRANSLATE_NOOP("CustomerTable", "Tier"),
    QT_TRANSLATE_NOOP("CustomerTable", "City"),
    QT_TRANSLATE_NOOP("CustomerTable", "District"),
    QT_TRANSLATE_NOOP("CustomerTable", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTable", "Industry"),
    QT_TRANSLATE_NOOP("CustomerTable", "Stage"),
    QT_TRANSLATE_NOOP("CustomerTable", "Intent"),
    QT_TRANSLATE_NOOP("CustomerTable", "Last call"),
    QT_TRANSLATE_NOOP("CustomerTable", "Tags"),
    QT_TRANSLATE_NOOP("CustomerTable", "Rep"),
)
SORT_KEYS = (SortKey.NAME, SortKey.TIER, SortKey.CITY, SortKey.DISTRICT, SortKey.PHONE, SortKey.INDUSTRY,
             SortKey.STAGE, SortKey.INTENT, SortKey.LAST_CALL, SortKey.TAGS, SortKey.OWNER)
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerTableModel(QAbstractTableModel):
    PAGE = 500

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Any] = []
        self._total = 0
        self._loader: PageLoader | None = None
        self.home_region = "CN"

    def set_source(self, loader: PageLoader | None, total: int, home_region: str = "CN") -> None:
        self.beginResetModel()
        self._loader, self._total, self.home_region = loader, total, home_region
        self._rows = list(loader(0, self.PAGE)) if loader else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def customer_at(self, row: int) -> Any:
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
        if not index.isValid():
            return None
        customer = self._rows[index.row()]
        if role == CUSTOMER_ID_ROLE:
            return customer.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == STAGE:
            signals = getattr(customer, "churn_signals", ())
            return "\n".join(word(CHURN, code) for code in signals) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(customer, index.column())

    def _text(self, customer: Any, column: int) -> str | None:
        if column == NAME:
            return str(customer.name)
        if column == TIER:
            name = tier_name(customer.tier)
            return QCoreApplication.translate("CustomerTable", "{tier} (pinned)").format(tier=name) if customer.pinned else name
        if column == CITY:
            return str(customer.area.city)
        if column == DISTRICT:
            return str(customer.area.district)
        if column == PHONE:
            return display_phone(customer.phone, self.home_region)
        if column == INDUSTRY:
            return str(customer.industry)
        if column == STAGE:
            stage = word(STAGES, getattr(customer, "stage", None))
            signals = getattr(customer, "churn_signals", ())
            return f"{stage} ⚠" if signals else stage
        if column == INTENT:
            intent = getattr(customer, "intent", None)
            return intent_short(intent)
        if column == LAST_CALL:
            moment: datetime | None = getattr(customer, "last_call_at", None)
            if moment is None:
                return ""
            return moment.astimezone().date().isoformat()
        if column == TAGS:
            # the language's list separator: "VIP, Referral", "VIP、老客户介绍"
            return QCoreApplication.translate("CustomerTable", ", ").join(getattr(customer, "tags", ()))
        if column == OWNER:
            return str(getattr(customer, "owner", ""))
        return None
