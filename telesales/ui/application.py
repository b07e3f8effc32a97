"""Starting the GUI: the QApplication, the rep's language, the main window, and the book opened off-thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from telesales.i18n.choice import choose_language
from telesales.i18n.qt import LanguageSwitcher
from telesales.preferences import load_preferences
from telesales.services.book_session import BookOpener, BookSession
from telesales.ui.main_window import MainWindow
from telesales.ui.reminder_alerts import attach_reminder_alerts
from telesales.ui.screens.base import Screen
from telesales.ui.screens.customers import CustomersScreen
from telesales.ui.screens.overview import OverviewScreen
from telesales.ui.screens.reminders import RemindersScreen
from telesales.ui.screens.pyramid import PyramidScreen
from telesales.ui.screens.today import TodayScreen
from telesales.ui.screens.visits import VisitsScreen
from telesales.ui.workers import Runner


def build_screens(runner: Runner) -> list[Screen]:
    """The areas of the product that work, in the order the rep meets them."""
    return [TodayScreen(runner), OverviewScreen(runner), PyramidScreen(runner), CustomersScreen(runner), RemindersScreen(runner), VisitsScreen(runner)]


def initial_language(requested: str | None) -> str:
    return requested or load_preferences().language or choose_language(QLocale.system().uiLanguages())


def build_window(app: QApplication, opener: BookOpener, language: str) -> tuple[MainWindow, LanguageSwitcher]:
    app.setApplicationName("telesales")
    app.setOrganizationName("telesales")
    switcher = LanguageSwitcher(app)
    switcher.apply(language)
    runner = Runner()
    window = MainWindow(runner, opener, build_screens(runner), lambda: switcher.language, switcher.apply)
    return window, switcher


def start_application(path: Path, language: str | None, opener: BookOpener,
                      demo_builder: Callable[[Path], BookSession] | None, argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    window, switcher = build_window(app, opener, initial_language(language))
    attach_reminder_alerts(window, lambda: switcher.language)  # starts the book's reminders after it opens
    window.show()
    if demo_builder is not None:
        window.open_with(lambda: demo_builder(path))
    else:
        window.load_book(path, create=False)
    return app.exec()
