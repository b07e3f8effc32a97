"""Every customer in the book, as a list that stays smooth at 100,000 rows (pages load as the rep scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from telesales.services.book_info import BookInfo
from telesales.ui.models.customer_table import CustomerTableModel
from telesales.ui.screens.base import Screen
from telesales.ui.workers import Runner


class CustomersScreen(Screen):
    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.total = 0
        self.retranslate()

    def title(self) -> str:
        return self.tr("Customers")

    def refresh(self) -> None:
        if self.session is None:
            self.model.set_source(None, 0)
            self.total = 0
            self.retranslate()

    def show_info(self, info: BookInfo) -> None:
        session = self.session
        if session is None:
            return
        self.total = info.counts["customers"]
        region = session.settings()["greetings.region"]
        self.model.set_source(session.customer_page, self.total, region)
        for column, width in ((0, 260), (1, 90), (2, 110), (3, 110), (4, 150)):
            self.table.setColumnWidth(column, width)
        self.retranslate()

    def retranslate(self) -> None:
        self.summary.setText(self.tr("{count} customers, by name").format(count=QLocale().toString(self.total)))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
