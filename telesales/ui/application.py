"""Starting the GUI: the QApplication, the rep's language, the main window, and the book opened off-thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from telesales.i18n.choice import choose_language
from telesales.i18n.qt import LanguageSwitcher
from telesales.preferences import default_book_path, demo_book_path, load_preferences
from telesales.services.book_session import BookOpener
from telesales.ui.app_icon import app_icon
from telesales.ui.book_safety import BackupsFor, attach_book_safety
from telesales.ui.field_sync import FieldSyncer, attach_field_sync
from telesales.ui.first_run import DemoBuilder, Welcome, quit_after_first_paint, startup_book
from telesales.ui.main_window import MainWindow
from telesales.ui.reminder_alerts import attach_reminder_alerts
from telesales.ui.screens.base import Screen
from telesales.ui.screens.customers import CustomersScreen
from telesales.ui.screens.dashboard import DashboardScreen
from telesales.ui.screens.overview import OverviewScreen
from telesales.ui.screens.pyramid import PyramidScreen
from telesales.ui.screens.reminders import RemindersScreen
from telesales.ui.screens.today import TodayScreen
from telesales.ui.screens.visits import VisitsScreen
from telesales.ui.single_instance import InstanceGuard, hand_over
from telesales.ui.workers import Runner


def build_screens(runner: Runner) -> list[Screen]:
    """The areas of the product that work, in the order the rep meets them."""
    return [TodayScreen(runner), OverviewScreen(runner), DashboardScreen(runner), PyramidScreen(runner), CustomersScreen(runner), RemindersScreen(runner), VisitsScreen(runner)]


def initial_language(requested: str | None) -> str:
    return requested or load_preferences().language or choose_language(QLocale.system().uiLanguages())


def build_window(app: QApplication, opener: BookOpener, language: str) -> tuple[MainWindow, LanguageSwitcher]:
    app.setApplicationName("telesales")
    app.setOrganizationName("telesales")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("telesales")  # the menu entry (packaging/linux/telesales.desktop) the window belongs to
    switcher = LanguageSwitcher(app)
    switcher.apply(language)
    runner = Runner()
    window = MainWindow(runner, opener, build_screens(runner), lambda: switcher.language, switcher.apply)
    return window, switcher


def start_application(book: Path | None, language: str | None, opener: BookOpener, demo_builder: DemoBuilder,
                      argv: Sequence[str], backups: BackupsFor | None = None, quit_after_paint: bool = False,
                      field_sync: FieldSyncer | None = None) -> int:
    """The app on `book`, else on the rep's own book (or the book open last); on the first start the welcome
    asks which (and the language and region) first. Help → Show welcome asks again."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    own_book = default_book_path()
    startup = startup_book(book, load_preferences(), own_book)
    path = startup.path if startup is not None else own_book
    if hand_over(path):
        return 0  # the book is open in another window of the app, which comes to the front
    window, switcher = build_window(app, opener, initial_language(language))
    attach_reminder_alerts(window, lambda: switcher.language)  # starts the book's reminders after it opens
    if backups is not None:
        attach_book_safety(window, backups)  # the daily backup, File → Restore, damaged books
    if field_sync is not None:
        attach_field_sync(window, field_sync)  # File → Sync with the shared book, for a field copy
    guard = InstanceGuard(window)
    guard.claim(path)
    window.book_opened.connect(guard.follow)
    welcome = Welcome(window, opener, demo_builder, lambda: switcher.language, switcher.apply, own_book,
                      demo_book_path())
    window.show()
    if startup is None:
        welcome.show()
    else:
        window.load_book(startup.path, create=startup.create)
    if quit_after_paint:
        quit_after_first_paint(app, window, welcome)
    return app.exec()
