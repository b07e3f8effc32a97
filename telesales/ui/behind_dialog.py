"""The customers behind a figure: a window listing them (the first ones, with how many there are in all).
Double-click or Enter on a customer asks for their profile sheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.stats import BehindLine
from telesales.ui.models.behind_table import CUSTOMER_ID_ROLE, BehindTableModel


class BehindDialog(QDialog):
    customer_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BehindTableModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.total = 0
        self.resize(620, 520)

    def show_lines(self, title: str, kind: str, total: int, lines: Sequence[BehindLine]) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.total = total
        self.model.set_lines(kind, lines)
        self.table.setColumnWidth(0, 240)
        self.retranslate()

    def retranslate(self) -> None:
        locale = QLocale()
        shown = self.model.rowCount()
        if shown < self.total:
            self.summary.setText(self.tr("The first {shown} of {count} customers").format(
                shown=locale.toString(shown), count=locale.toString(self.total)))
        else:
            self.summary.setText(self.tr("{count} customers").format(count=locale.toString(self.total)))
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customer_activated.emit(int(index.data(CUSTOMER_ID_ROLE)))
