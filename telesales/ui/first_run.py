"""Which book the app opens at start, and the welcome that decides it on the first start (or when asked):
the language and region, the demo book or the rep's own, customers to import once the book is open."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from telesales.preferences import Preferences, save_preferences
from telesales.services.book_session import BookOpener, BookSession
from telesales.ui.main_window import MainWindow
from telesales.ui.welcome import DEMO, OWN, WelcomeChoice, WelcomeWizard

DemoBuilder = Callable[[Path, str], BookSession]  # (where, the rep's language) → a new demo book, open


@dataclass(frozen=True)
class Startup:
    path: Path
    create: bool = False


def startup_book(requested: Path | None, preferences: Preferences, own_book: Path) -> Startup | None:
    """The book to open at start; None when the welcome decides (the first start, before any book exists).

    Asked for on the command line > the rep's own book > the book open last (the demo, say) > the rep's own book,
    made anew (the welcome was seen and every book has gone away)."""
    if requested is not None:
        return Startup(requested)
    if own_book.exists():
        return Startup(own_book)
    if not preferences.welcomed:
        return None
    for recent in preferences.recent_books:
        if Path(recent).exists():
            return Startup(Path(recent))
    return Startup(own_book, create=True)


def prepared_book(opener: BookOpener, demo_builder: DemoBuilder, choice: WelcomeChoice, own_book: Path,
                  demo_book: Path) -> BookSession:
    """The chosen book opened (made when new) with the chosen region; runs off the GUI thread.

    The region is set before the session the window uses is made, so the importer and the profiles read it."""
    if choice.book == DEMO:
        session = opener(demo_book, False) if demo_book.exists() else demo_builder(demo_book, choice.language)
        path = demo_book
    else:
        session = opener(own_book, not own_book.exists())
        path = own_book
    if session.settings()["greetings.region"] == choice.region:
        return session
    session.save_settings({"greetings.region": choice.region})
    session.close()
    return opener(path, False)


class Welcome(QObject):
    """Shows the welcome over the main window and carries out what the rep chose."""

    def __init__(self, window: MainWindow, opener: BookOpener, demo_builder: DemoBuilder,
                 language: Callable[[], str], set_language: Callable[[str], None],
                 own_book: Path, demo_book: Path) -> None:
        super().__init__(window)
        self.window = window
        self.opener, self.demo_builder = opener, demo_builder
        self.language, self.set_language = language, set_language
        self.own_book, self.demo_book = own_book, demo_book
        self.wizard: WelcomeWizard | None = None
        self.pending: WelcomeChoice | None = None
        self.action = QAction(window)  # Help → Show welcome
        self.action.setObjectName("show_welcome")
        self.action.triggered.connect(lambda _checked=False: self.show())
        window.help_menu.insertAction(window.about_action, self.action)
        window.installEventFilter(self)
        self._retranslate()

    def show(self) -> WelcomeWizard:
        """The welcome, window-modal over the main window; what it decides happens when it is accepted."""
        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        session = self.window.session
        region = session.settings()["greetings.region"] if session is not None else None
        book = OWN if session is not None and session.path == self.own_book else DEMO
        language = self.language()
        wizard = WelcomeWizard(language, self.set_language, self.own_book, self.demo_book, self.own_book.exists(),
                               region, book, self.window)
        self.wizard = wizard
        wizard.setWindowModality(wizard.windowModality().WindowModal)
        wizard.accepted.connect(lambda: self.apply(wizard.choice()))
        wizard.rejected.connect(lambda: self._cancelled(language))
        wizard.finished.connect(self._closed)
        wizard.show()
        return wizard

    def _closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def _cancelled(self, language: str) -> None:
        if self.language() != language:
            self.set_language(language)  # "not now" takes back a language only tried on

    def apply(self, choice: WelcomeChoice) -> None:
        """Remember the language and that the welcome was seen, then open the book; import once it is open."""
        window = self.window
        if self.language() != choice.language:
            self.set_language(choice.language)
        window.preferences = replace(window.preferences, language=choice.language, welcomed=True)
        save_preferences(window.preferences)
        self.pending = choice
        window.book_opened.connect(self._opened)
        window.book_failed.connect(self._failed)
        opener, builder, own, demo = self.opener, self.demo_builder, self.own_book, self.demo_book
        window.open_with(lambda: prepared_book(opener, builder, choice, own, demo))

    def _opened(self, _session: BookSession) -> None:
        choice = self._settle()
        if choice is not None and choice.import_paths:
            from telesales.ui.screens.customers import CustomersScreen

            screen = self.window.show_screen(CustomersScreen)
            assert isinstance(screen, CustomersScreen)
            screen.open_import(list(choice.import_paths))

    def _failed(self, _error: object) -> None:
        self._settle()

    def _settle(self) -> WelcomeChoice | None:
        self.window.book_opened.disconnect(self._opened)
        self.window.book_failed.disconnect(self._failed)
        choice, self.pending = self.pending, None
        return choice

    def _retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Welcome", "Show &welcome…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def quit_after_first_paint(app: QApplication, window: MainWindow, welcome: Welcome, limit_s: float = 180) -> None:
    """`telesales --quit-after-paint`: once the window shows its book (or the welcome is up), paint, print one JSON
    line (`painted`: window / welcome, `title`, `book`, `customers`) and quit: a check that the app starts."""

    def report(what: str, widget: QWidget, **extra: object) -> None:
        widget.repaint()
        line = json.dumps({"painted": what, "title": widget.windowTitle(), **extra}, ensure_ascii=False)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
        window.close()  # the book and its reminders closed as when the rep quits
        app.quit()

    def opened(session: BookSession) -> None:
        for _ in range(5):  # the book's counts and the screens' first reads reach the window
            window.runner.wait()
            app.processEvents()
        info = window.info
        report("window", window, book=str(session.path), customers=info.counts["customers"] if info else None)

    def failed(error: object) -> None:
        sys.stdout.write(json.dumps({"painted": "error", "error": str(error)}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        QTimer.singleShot(0, lambda: app.exit(1))  # after the warning's own event loop has started

    def waiting() -> None:
        if welcome.wizard is not None and window.session is None:
            report("welcome", welcome.wizard)

    window.book_opened.connect(opened)
    window.book_failed.connect(failed)
    QTimer.singleShot(0, waiting)
    QTimer.singleShot(int(limit_s * 1000), lambda: (failed("nothing was painted in time"), app.exit(2)))
