"""Syncing a field copy from the app (issue 12): File → Sync with the shared book, and the conflicts to resolve.

The sync itself is the app's (telesales.app.sync_field_copy): it sends the offline work up, merges edits field by
field and takes the copy afresh, so the book is closed first and opened again after. Fields changed on both sides
are shown here, each with the rep's value and the shared book's, until the rep keeps one side.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telesales.services.book_session import BookSession

if TYPE_CHECKING:
    from telesales.ui.main_window import MainWindow


class Conflict(Protocol):
    table: str
    row_id: int
    field: str
    mine: Any
    theirs: Any


class Outcome(Protocol):
    added: Mapping[str, int]
    got_edits: Mapping[str, int]
    sent_edits: Mapping[str, int]
    conflicts: Sequence[Conflict]


DELETED = "(deleted)"  # a conflict's field: deleted in the copy, changed on the shared book since
FieldSyncer = Callable[[Path, str | None, str | None], Outcome]

TABLES = {
    "customers": QT_TRANSLATE_NOOP("FieldSync", "Customer {id}"),
    "contacts": QT_TRANSLATE_NOOP("FieldSync", "Contact {id}"),
    "visits": QT_TRANSLATE_NOOP("FieldSync", "Visit {id}"),
    "reminders": QT_TRANSLATE_NOOP("FieldSync", "Reminder {id}"),
}
FIELDS = {
    "kind": QT_TRANSLATE_NOOP("FieldSync", "Kind"), "name": QT_TRANSLATE_NOOP("FieldSync", "Name"),
    "industry": QT_TRANSLATE_NOOP("FieldSync", "Industry"), "scale": QT_TRANSLATE_NOOP("FieldSync", "Scale"),
    "phone": QT_TRANSLATE_NOOP("FieldSync", "Phone"), "email": QT_TRANSLATE_NOOP("FieldSync", "Email"),
    "wechat": QT_TRANSLATE_NOOP("FieldSync", "WeChat"), "address": QT_TRANSLATE_NOOP("FieldSync", "Address"),
    "province": QT_TRANSLATE_NOOP("FieldSync", "Province"), "city": QT_TRANSLATE_NOOP("FieldSync", "City"),
    "district": QT_TRANSLATE_NOOP("FieldSync", "District"), "latitude": QT_TRANSLATE_NOOP("FieldSync", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("FieldSync", "Longitude"), "region": QT_TRANSLATE_NOOP("FieldSync", "Region"),
    "tier_pin": QT_TRANSLATE_NOOP("FieldSync", "Pinned tier"),
    "tier_pin_reason": QT_TRANSLATE_NOOP("FieldSync", "Why pinned"),
    "do_not_call": QT_TRANSLATE_NOOP("FieldSync", "Do not call"),
    "marked_other": QT_TRANSLATE_NOOP("FieldSync", "Not a customer"),
    "face": QT_TRANSLATE_NOOP("FieldSync", "Face"),
    "keeps_christmas": QT_TRANSLATE_NOOP("FieldSync", "Keeps Christmas"),
    "credit_limit_cents": QT_TRANSLATE_NOOP("FieldSync", "Credit limit"),
    "payment_terms": QT_TRANSLATE_NOOP("FieldSync", "Payment terms"),
    "competitors": QT_TRANSLATE_NOOP("FieldSync", "Competitors"),
    "preferences": QT_TRANSLATE_NOOP("FieldSync", "Preferences"), "notes": QT_TRANSLATE_NOOP("FieldSync", "Notes"),
    "founded_on": QT_TRANSLATE_NOOP("FieldSync", "Founded"), "tags": QT_TRANSLATE_NOOP("FieldSync", "Tags"),
    "title": QT_TRANSLATE_NOOP("FieldSync", "Title"),
    "birthday_calendar": QT_TRANSLATE_NOOP("FieldSync", "Birthday calendar"),
    "birthday_month": QT_TRANSLATE_NOOP("FieldSync", "Birthday month"),
    "birthday_day": QT_TRANSLATE_NOOP("FieldSync", "Birthday day"),
    "birthday_leap": QT_TRANSLATE_NOOP("FieldSync", "Leap month"),
    "birthday_year": QT_TRANSLATE_NOOP("FieldSync", "Birth year"),
    "planned_on": QT_TRANSLATE_NOOP("FieldSync", "Day"), "starts_at": QT_TRANSLATE_NOOP("FieldSync", "Starts"),
    "fixed_time": QT_TRANSLATE_NOOP("FieldSync", "Fixed time"),
    "duration_minutes": QT_TRANSLATE_NOOP("FieldSync", "Minutes"),
    "status": QT_TRANSLATE_NOOP("FieldSync", "Status"), "purpose": QT_TRANSLATE_NOOP("FieldSync", "Purpose"),
    "outcome_notes": QT_TRANSLATE_NOOP("FieldSync", "Outcome"),
    "sequence": QT_TRANSLATE_NOOP("FieldSync", "Place in the day"),
    "due_on": QT_TRANSLATE_NOOP("FieldSync", "Due"), "snoozed_until": QT_TRANSLATE_NOOP("FieldSync", "Snoozed until"),
    "closed_at": QT_TRANSLATE_NOOP("FieldSync", "Closed"), "text": QT_TRANSLATE_NOOP("FieldSync", "Text"),
    "due_at": QT_TRANSLATE_NOOP("FieldSync", "Due at"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldSync", text)


class ConflictsDialog(QDialog):
    """The fields changed both here and on the shared book: keep mine, keep theirs, or decide later."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed on both sides"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("These fields were changed in your field copy and on the shared book since you took "
                               "it. Nothing was overwritten: choose which to keep."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(conflicts), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Yours"), self.tr("On the shared book")])
        for row, conflict in enumerate(conflicts):
            record = tr(TABLES.get(conflict.table, "{id}")).format(id=conflict.row_id)
            if conflict.field == DELETED:
                cells = (record, self.tr("The whole record"), self.tr("Deleted"), self.tr("Changed"))
            else:
                cells = (record, tr(FIELDS[conflict.field]) if conflict.field in FIELDS else conflict.field,
                         self.shown_value(conflict.mine), self.shown_value(conflict.theirs))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.theirs_button = QPushButton(self.tr("Keep &theirs"), self)
        self.later_button = QPushButton(self.tr("&Later"), self)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def shown_value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if value is True:
            return self.tr("yes")
        if value is False:
            return self.tr("no")
        return str(value)

    def _choose(self, keep: str) -> None:
        self.choice = keep
        self.accept()


class FieldSync(QObject):
    def __init__(self, window: MainWindow, syncer: FieldSyncer) -> None:
        super().__init__(window)
        self.window = window
        self.syncer = syncer
        self.dialog: ConflictsDialog | None = None
        self.action = QAction(window)
        self.action.triggered.connect(lambda _checked=False: self.sync())
        actions = window.file_menu.actions()
        window.file_menu.insertAction(actions[actions.index(window.recent_menu.menuAction()) + 1], self.action)
        window.book_opened.connect(self._opened)
        self._opened(window.session)
        self.retranslate()
        window.installEventFilter(self)

    def _opened(self, session: BookSession | None) -> None:
        self.action.setVisible(session is not None and session.field_copy_of is not None)

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync with the shared book"))
        session = self.window.session
        if session is not None and session.field_copy_of:
            self.action.setStatusTip(self.tr("Send your offline work to {server} and take the team's changes").format(
                server=session.field_copy_of))

    def sync(self, keep: str | None = None) -> None:
        """Close the copy, sync it (keeping a side of the conflicts when asked), open it again."""
        session = self.window.session
        if session is None or session.field_copy_of is None:
            return
        path = session.path
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Syncing with {server}…").format(server=session.field_copy_of))

        def job() -> Outcome:
            session.close()
            return self.syncer(path, None, keep)

        self.window.runner.write(job, lambda outcome: self._synced(path, outcome), lambda error: self._failed(path,
                                                                                                            error))

    def _synced(self, path: Path, outcome: Outcome) -> None:
        self.action.setEnabled(True)
        self.window.load_book(path)
        if outcome.conflicts:
            self.window.statusBar().showMessage(self.tr("{count} fields were changed on both sides: choose which to "
                                                   "keep.").format(count=len(outcome.conflicts)))
            self.dialog = ConflictsDialog(outcome.conflicts, self.window)
            self.dialog.finished.connect(lambda _result: self._resolved())
            self.dialog.open()
            return
        self.window.statusBar().showMessage(self.tr("In step with the shared book: {sent} records sent up, {got} edits "
                                               "taken down.").format(sent=sum(outcome.added.values()),
                                                                     got=sum(outcome.got_edits.values())), 15_000)

    def _resolved(self) -> None:
        if self.dialog is not None and self.dialog.choice is not None:
            self.sync(self.dialog.choice)

    def _failed(self, path: Path, error: BaseException) -> None:
        self.action.setEnabled(True)
        self.window.load_book(path)
        self.window.statusBar().showMessage(self.tr("The sync did not happen, nothing was lost: {reason}").format(
            reason=str(error).splitlines()[0] if str(error) else type(error).__name__), 20_000)


def attach_field_sync(window: MainWindow, syncer: FieldSyncer) -> FieldSync:
    """File → Sync with the shared book, shown when the open book is a field copy (kept as `window.field_sync`)."""
    sync = FieldSync(window, syncer)
    window.field_sync = sync  # type: ignore[attr-defined]
    return sync
