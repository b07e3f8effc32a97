"""File → Restore from a backup: the book's backups with their date, kind and size; the rep picks one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.backups import Backup, BackupKind

KIND_NAMES = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("Backups", "Asked for"),
    BackupKind.IMPORT: QT_TRANSLATE_NOOP("Backups", "Before an import"),
    BackupKind.UPGRADE: QT_TRANSLATE_NOOP("Backups", "Before an upgrade"),
    BackupKind.RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    BackupKind.DAMAGED: QT_TRANSLATE_NOOP("Backups", "Damaged book, moved aside"),
}


def kind_name(kind: BackupKind) -> str:
    return QCoreApplication.translate("Backups", KIND_NAMES[kind])


def when(moment: datetime) -> str:
    """A backup's local date and time in the rep's language."""
    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes)


class RestoreDialog(QDialog):
    def __init__(self, book: Path, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.book = book
        self.backups = list(backups)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.empty = QLabel()
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setEnabled(bool(self.backups))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
        self.retranslate()
        self.resize(560, 360)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr("Choose the backup to put in place of {book}. A copy of the book as it is now "
                                   "is kept first, among the backups.").format(book=self.book))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        for row, backup in enumerate(self.backups):
            cells = (when(backup.made_at), kind_name(backup.kind), size(backup.size_bytes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setText(self.tr("There are no backups of this book yet. The app makes one each day it opens "
                                   "the book, and one before every import."))
        self.restore_button.setText(self.tr("&Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
