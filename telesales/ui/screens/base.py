"""What every screen of the main window offers: a translated title, a book to show, live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from telesales.services.book_info import BookInfo
from telesales.services.book_session import BookSession
from telesales.ui.workers import Runner


class Screen(QWidget):
    def __init__(self, runner: Runner) -> None:
        super().__init__()
        self.runner = runner
        self.session: BookSession | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_session(self, session: BookSession | None) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Show the book's current state (called when the book or the data changes)."""

    def show_info(self, info: BookInfo) -> None:
        """The book's counts, read once by the main window for every screen after each refresh."""

    def retranslate(self) -> None:
        """Re-apply every visible text in the current language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
