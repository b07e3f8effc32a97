"""The main window: a navigation of the product's areas, menus for books and settings, a status line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from telesales import __version__
from telesales.domain.errors import BookError
from telesales.domain.settings import RuleSettings
from telesales.preferences import Preferences, load_preferences, save_preferences
from telesales.services.book_info import BookInfo
from telesales.services.book_session import BookOpener, BookSession
from telesales.ui.day_tools import DayTools
from telesales.ui.intent_words import use_names
from telesales.ui.labels import book_problem
from telesales.ui.screens.base import Screen
from telesales.ui.settings_dialog import SettingsDialog, changed
from telesales.ui.workers import Runner

BOOK_FILTER = "*.sqlite *.book"


class MainWindow(QMainWindow):
    book_opened = Signal(object)  # BookSession
    book_failed = Signal(object)  # the exception

    def __init__(self, runner: Runner, opener: BookOpener, screens: Sequence[Screen],
                 language: Callable[[], str], set_language: Callable[[str], None]) -> None:
        super().__init__()
        self.runner = runner
        self.opener = opener
        self.screens = list(screens)
        self._language = language
        self._set_language = set_language
        self.session: BookSession | None = None
        self.info: BookInfo | None = None
        self.preferences: Preferences = load_preferences()
        # tells the rep about a book that cannot be opened instead of the plain warning, when it returns True
        self.book_problem_handler: Callable[[BaseException], bool] | None = None

        self.navigation = QListWidget()
        self.navigation.setMinimumWidth(140)
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        for screen in self.screens:
            self.navigation.addItem("")
            self.stack.addWidget(screen)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([180, 920])
        self.setCentralWidget(splitter)
        self.navigation.setCurrentRow(0)

        self.book_label, self.size_label, self.date_label = QLabel(), QLabel(), QLabel()
        self.statusBar().addWidget(self.book_label, 1)
        self.statusBar().addPermanentWidget(self.size_label)
        self.statusBar().addPermanentWidget(self.date_label)
        self._build_menus()
        self.retranslate()
        self.resize(1100, 720)

    # -- menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self.new_book, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.file_menu, self.choose_book, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.day_tools = DayTools(self, self._language)  # close the day; a day's plan to export or print
        self.settings_action = self._action(self.file_menu, self.edit_settings, QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, self.about)
        self._fill_recent()

    def _action(self, menu: QMenu, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.preferences.recent_books:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, path=entry: self.load_book(Path(path)))
        self.recent_menu.setEnabled(bool(self.preferences.recent_books))

    # -- the open book

    def load_book(self, path: Path, create: bool = False) -> None:
        """Open `path` off the GUI thread (it may be upgraded); the window shows it when ready."""
        self.open_with(lambda: self.opener(path, create))

    def open_with(self, job: Callable[[], BookSession]) -> None:
        self.book_label.setText(self.tr("Opening the book…"))
        self.runner.write(job, self._book_ready, self._book_failed)

    def _book_ready(self, session: BookSession) -> None:
        if self.session is not None:
            old = self.session
            self.runner.write(old.close, lambda _r: None, lambda _e: None)
        self.session = session
        use_names(session.settings())  # the book's names of the intent levels, before any screen words one
        if session.url is None:
            self.preferences = self.preferences.with_recent(session.path)
            save_preferences(self.preferences)
        self._fill_recent()
        for screen in self.screens:
            screen.set_session(session)
        self.runner.read(session.info, self._show_info, lambda _e: None)
        if session.value is not None:  # once a day: re-tier, stages, churn signals (then the screens refresh)
            value = session.value
            self.runner.write(lambda: value.refresh_if_stale(date.today()),
                              lambda ran: self._daily_done(session, ran), lambda _e: None)
        self.retranslate()
        if session.backup is not None:
            self.statusBar().showMessage(self.tr("The book was upgraded; a copy of the old one is at {path}").format(
                path=session.backup), 15_000)
        self.book_opened.emit(session)

    def _daily_done(self, session: BookSession, ran: object) -> None:
        if ran is not None and session is self.session:
            self.refresh()

    def _book_failed(self, error: BaseException) -> None:
        self.retranslate()
        if isinstance(error, BookError):
            message = book_problem(error.problem, str(error.path), error.detail)
        else:
            message = self.tr("The book could not be opened: {reason}").format(reason=error)
        self.book_failed.emit(error)
        if self.book_problem_handler is not None and self.book_problem_handler(error):
            return
        QMessageBox.warning(self, self.tr("Cannot open the book"), message)

    def _show_info(self, info: BookInfo) -> None:
        self.info = info
        for screen in self.screens:
            screen.show_info(info)
        self.retranslate()

    def refresh(self) -> None:
        if self.session is not None:
            self.runner.read(self.session.info, self._show_info, lambda _e: None)
            for screen in self.screens:
                screen.refresh()

    # -- commands

    def new_book(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New book"), "", self.tr("Books ({patterns})").format(
            patterns=BOOK_FILTER))
        if path:
            self.load_book(Path(path), create=True)

    def choose_book(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open book"), "", self.tr("Books ({patterns})").format(
            patterns=BOOK_FILTER))
        if path:
            self.load_book(Path(path))

    def edit_settings(self) -> None:
        session = self.session
        rules = session.settings() if session else None
        dialog = SettingsDialog(self._language(), rules, self.change_language, self)
        if dialog.exec() and session is not None and rules is not None:
            updates = changed(dialog.values(), rules)
            if updates:
                self.runner.write(lambda: session.save_settings(updates), self._settings_saved,
                                  self._book_failed)

    def _settings_saved(self, rules: RuleSettings) -> None:
        use_names(rules)  # renamed intent levels show at once
        self.refresh()

    def change_language(self, language: str) -> None:
        self._set_language(language)
        self.preferences = replace(self.preferences, language=language)  # recent books, welcome seen: kept
        save_preferences(self.preferences)

    def about(self) -> None:
        info = self.info
        lines = [self.tr("telesales {version}").format(version=__version__)]
        if info is not None:
            lines.append(self.tr("Book: {path}").format(path=info.location))
            lines.append(self.tr("Schema revision: {revision}").format(revision=info.schema_revision))
        QMessageBox.about(self, self.tr("About telesales"), "\n".join(lines))

    # -- words

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New book…"))
        self.open_action.setText(self.tr("&Open book…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About telesales"))
        self.day_tools.retranslate()
        for row, screen in enumerate(self.screens):
            self.navigation.item(row).setText(screen.title())
        locale = QLocale()
        self.date_label.setText(locale.toString(date.today(), locale.FormatType.LongFormat))
        if self.session is None:
            self.setWindowTitle("telesales")
            self.book_label.setText(self.tr("No book open"))
            self.size_label.setText("")
            return
        self.setWindowTitle(self.tr("{book} — telesales").format(book=self.session.short_name))
        self.book_label.setText(self.session.location)
        if self.info is not None:
            self.size_label.setText(self.tr("{customers} customers · {calls} calls").format(
                customers=locale.toString(self.info.counts["customers"]),
                calls=locale.toString(self.info.counts["calls"])))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.runner.wait()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.runner.stop()
        event.accept()

    def show_screen(self, screen_type: type[Screen]) -> Screen:
        for row, screen in enumerate(self.screens):
            if isinstance(screen, screen_type):
                self.navigation.setCurrentRow(row)
                return screen
        raise LookupError(screen_type)

