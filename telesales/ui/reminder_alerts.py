"""Telling the rep what fell due: starts the open book's reminder scheduler after the window has painted, and
shows its notices as a desktop notification (system tray) or, where there is no tray (offscreen, some Linux
desktops), in the status bar.

The scheduler runs jobs on its own thread; every piece of book work it asks for goes through the window's runner
(the book's one writer), and its notices come back on the GUI thread as the runner's results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QStyle, QSystemTrayIcon

from telesales.domain.reminders import ReminderLine
from telesales.services.book_session import BookSession
from telesales.services.reminders import ReminderHooks
from telesales.ui.main_window import MainWindow
from telesales.ui.models.reminder_table import kind_name
from telesales.ui.screens.reminders import RemindersScreen

DUE_ONE = QT_TRANSLATE_NOOP("ReminderAlerts", "A reminder is due: {what}")
DUE_MANY = QT_TRANSLATE_NOOP("ReminderAlerts", "{count} reminders are due, the first: {what}")
TITLE = QT_TRANSLATE_NOOP("ReminderAlerts", "Reminders")
FAILED = QT_TRANSLATE_NOOP("ReminderAlerts", "Reminders could not be checked: {reason}")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReminderAlerts", text)


class ReminderAlerts(QObject):
    def __init__(self, window: MainWindow, language: Callable[[], str]) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[list[ReminderLine]] = []  # every notice shown, for the rep's status line and tests
        self.started: BookSession | None = None
        window.book_opened.connect(self._book_opened)

    def _book_opened(self, session: BookSession) -> None:
        # after the window has painted, off the GUI thread: importing and opening the job store takes a moment
        QTimer.singleShot(0, lambda: self.start(session))

    def hooks(self) -> ReminderHooks:
        runner = self.window.runner
        return ReminderHooks(
            submit=lambda work, done: runner.write(work, done, self._failed),
            read=lambda work, done: runner.read(work, done, self._failed),
            notify=self.notify,
            language=self.language,
        )

    def start(self, session: BookSession) -> None:
        if session is not self.window.session:
            return  # another book was opened meanwhile
        self.started = session
        hooks = self.hooks()
        self.window.runner.read(lambda: session.start_reminders(hooks), lambda _started: None, self._failed)

    def notify(self, lines: list[ReminderLine]) -> None:
        """On the GUI thread: tell the rep of reminders that fell due (nothing when there are none)."""
        if not lines:
            return
        self.shown.append(list(lines))
        first = lines[0]
        what = first.contact_name or first.customer_name or kind_name(first.kind)
        if len(lines) == 1:
            body = tr(DUE_ONE).format(what=what)
        else:
            body = tr(DUE_MANY).format(
                count=QLocale().toString(len(lines)), what=what)
        tray = self._tray()
        if tray is not None:
            tray.showMessage(tr(TITLE), body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.window.statusBar().showMessage(body, 60_000)
        for screen in self.window.screens:
            if isinstance(screen, RemindersScreen):
                screen.refresh()

    def _tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None  # offscreen or no tray: the status bar says it
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("telesales")
            self.tray.messageClicked.connect(self._show_reminders)
            self.tray.show()
        return self.tray

    def _show_reminders(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_screen(RemindersScreen)

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(tr(FAILED).format(reason=error),
                                            30_000)


def attach_reminder_alerts(window: MainWindow, language: Callable[[], str]) -> ReminderAlerts:
    return ReminderAlerts(window, language)

