"""Keeping the rep's book safe, from the main window: the daily backup after the book opens (off the GUI thread),
File → Restore from a backup, and a damaged or foreign file answered with the latest good backup to restore.

A damaged file is never overwritten: restoring moves it aside whole, among the backups.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from telesales.domain.backups import Backup
from telesales.domain.errors import BookError, BookProblem, UserError
from telesales.services.backups import BackupService, Restored
from telesales.services.book_session import BookSession
from telesales.ui.labels import book_problem
from telesales.ui.restore_dialog import RestoreDialog, size, when

if TYPE_CHECKING:
    from telesales.ui.main_window import MainWindow

BackupsFor = Callable[[Path], BackupService]
OFFERED_FOR = (BookProblem.DAMAGED, BookProblem.NOT_A_BOOK)


class BookSafety(QObject):
    def __init__(self, window: MainWindow, backups_for: BackupsFor) -> None:
        super().__init__(window)
        self.window = window
        self._backups_for = backups_for
        self.failed_path: Path | None = None  # a book that could not be opened: its backups can still be restored
        self.dialog: RestoreDialog | None = None
        self.damaged_box: QMessageBox | None = None
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(lambda _checked=False: self.choose_backup())
        actions = window.file_menu.actions()
        recent = window.recent_menu.menuAction()
        after = actions[actions.index(recent) + 1] if recent in actions and actions[-1] is not recent else None
        window.file_menu.insertAction(after, self.restore_action)  # type: ignore[arg-type]
        window.book_opened.connect(self._opened)
        window.book_problem_handler = self.book_problem
        window.installEventFilter(self)
        self.retranslate()

    # -- the book to back up or restore

    def book(self) -> Path | None:
        session = self.window.session
        return session.path if session is not None else self.failed_path

    def _opened(self, session: BookSession) -> None:
        self.failed_path = None
        self._update()
        if session.backups is None:
            return
        self.window.runner.read(session.daily_backup, self._backed_up,
                                lambda error: self._backup_failed(session, error))

    def _backed_up(self, made: Backup | None) -> None:
        if made is not None:
            self.window.statusBar().showMessage(self.tr("Today's backup of the book is made ({size}).").format(
                size=size(made.size_bytes)), 8000)

    def _backup_failed(self, session: BookSession, error: BaseException) -> None:
        if isinstance(error, BookError) and error.problem is BookProblem.DAMAGED:
            self.offer_backup(error, session.path)
            return
        reason = book_problem(error.problem, str(error.path)) if isinstance(error, BookError) else str(error)
        self.window.statusBar().showMessage(self.tr("The book could not be backed up: {reason}").format(
            reason=reason), 15_000)

    # -- a book that cannot be opened

    def book_problem(self, error: BaseException) -> bool:
        """Offer the latest good backup of a damaged or foreign book; False when there is none to offer."""
        if not isinstance(error, BookError) or error.problem not in OFFERED_FOR:
            return False
        self.failed_path = error.path
        self._update()
        return self.offer_backup(error, error.path)

    def offer_backup(self, error: BookError, book: Path) -> bool:
        latest = self._backups_for(book).latest_good()
        if latest is None:
            return False
        message = book_problem(error.problem, str(book))
        if error.problem is BookProblem.DAMAGED and self.window.session is not None:
            message = self.tr("The book {path} is damaged: today's backup of it failed its integrity check. "
                              "Stop working in it and restore a backup.").format(path=book)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The book is damaged"), message, parent=self.window)
        box.setObjectName("damaged_book")
        box.setInformativeText(self.tr("The latest good backup is from {date} ({size}):\n{path}\n\nRestoring it "
                                       "keeps the damaged file among the backups; it is never overwritten.").format(
            date=when(latest.made_at), size=size(latest.size_bytes), path=latest.path))
        restore = box.addButton(self.tr("&Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("&Choose another backup…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)

        def clicked(button: object) -> None:
            if button is restore:
                self.restore(book, latest.path)
            elif button is other:
                self.choose_backup(book)
            self.damaged_box = None

        box.buttonClicked.connect(clicked)
        self.damaged_box = box
        box.open()
        return True

    # -- restoring

    def choose_backup(self, book: Path | None = None) -> None:
        """File → Restore from a backup: the list, then the restore of the one chosen."""
        book = book or self.book()
        if book is None or self.dialog is not None:
            return
        dialog = RestoreDialog(book, self._backups_for(book).backups(), self.window)

        def finished(result: int) -> None:
            chosen = dialog.chosen()
            self.dialog = None
            if result and chosen is not None:
                self.restore(book, chosen.path)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def restore(self, book: Path, backup: Path) -> None:
        """Close the book if it is open, restore the backup (off the GUI thread), open the book again."""
        session = self.window.session if self.window.session is not None and self.window.session.path == book \
            else None
        service = self._backups_for(book)

        def job() -> Restored:
            if session is not None:
                session.close()
            return service.restore(backup)

        self.window.book_label.setText(self.tr("Restoring the book…"))
        self.window.runner.write(job, self._restored, lambda error: self._restore_failed(book, session, error))

    def _restored(self, restored: Restored) -> None:
        self.window.statusBar().showMessage(self.tr("The backup is restored; the book as it was is kept among "
                                                    "the backups.") if restored.kept else
                                            self.tr("The backup is restored."), 15_000)
        self.window.load_book(restored.book)

    def _restore_failed(self, book: Path, session: BookSession | None, error: BaseException) -> None:
        if isinstance(error, BookError):
            reason = book_problem(error.problem, str(error.path))
        else:
            reason = str(error) if isinstance(error, UserError) else repr(error)
        QMessageBox.warning(self.window, self.tr("Restore from a backup"),
                            self.tr("The backup could not be restored: {reason}").format(reason=reason))
        if session is not None:
            self.window.load_book(book)  # it was closed for the restore: open it again as it was

    # -- words

    def _update(self) -> None:
        self.restore_action.setEnabled(self.book() is not None)

    def retranslate(self) -> None:
        self.restore_action.setText(self.tr("Restore from a &backup…"))
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def attach_book_safety(window: MainWindow, backups_for: BackupsFor) -> BookSafety:
    """Backups and restore for the window's books (kept as `window.book_safety`)."""
    safety = BookSafety(window, backups_for)
    window.book_safety = safety  # type: ignore[attr-defined]
    return safety
