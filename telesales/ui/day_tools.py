"""The end of the day and the next one, from the File menu: close the day (the wizard), export a day's plan
(PDF, XLSX, CSV, ICS) and print it with a preview. At the `close_day.time` setting (17:30) the app offers to
close the day — in the status bar and with a button on the Today screen — until the day is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.closing import CloseProgress
from telesales.domain.field_plan import FieldPlan
from telesales.exports.day_files import FORMATS, SUFFIXES, day_bytes
from telesales.services.book_session import BookSession
from telesales.ui.close_day_wizard import CloseDayWizard
from telesales.ui.day_plan_words import day_document

if TYPE_CHECKING:
    from telesales.ui.main_window import MainWindow

CHECK_MS = 60_000


class ExportDialog(QDialog):
    """Which day (default tomorrow) and which format."""

    def __init__(self, day: date, parent: QWidget | None = None, printing: bool = False) -> None:
        super().__init__(parent)
        self.date = QDateEdit(QDate(day))
        self.date.setCalendarPopup(True)
        self.format = QComboBox()
        for kind, label in zip(FORMATS, (self.tr("PDF, to read on a phone"), self.tr("Excel workbook (XLSX)"),
                                         self.tr("CSV, a zip of three files"), self.tr("Calendar (ICS)")),
                               strict=True):
            self.format.addItem(label, kind)
        self.what = QLabel(self.tr("The call list with reasons and phones, the visits in route order by area, "
                                   "and the day's reminders."))
        self.what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.date)
        if not printing:
            form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Print the day's plan") if printing else self.tr("Export the day's plan"))

    def day(self) -> date:
        return self.date.date().toPython()  # type: ignore[no-any-return]

    def kind(self) -> str:
        return str(self.format.currentData())


def plan_preview(plan: FieldPlan, language: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of the plan on A5 pages; printing from it prints what it shows."""
    from telesales.exports.day_pdf import page_layout, print_into

    document = day_document(plan, language)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(document.title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.printer = printer  # type: ignore[attr-defined]  # the dialog does not own its printer: keep it alive
    preview.setWindowTitle(document.title)
    preview.paintRequested.connect(lambda device: print_into(document, device))
    preview.resize(760, 860)
    return preview


class DayTools(QObject):
    def __init__(self, window: MainWindow, language: Callable[[], str]) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        menu = window.file_menu
        self.close_action = QAction(window)
        self.export_action = QAction(window)
        self.print_action = QAction(window)
        self.close_action.triggered.connect(lambda _checked=False: self.close_day())
        self.export_action.triggered.connect(lambda _checked=False: self.export_day())
        self.print_action.triggered.connect(lambda _checked=False: self.print_day())
        for action in (self.close_action, self.export_action, self.print_action):
            menu.addAction(action)
        menu.addSeparator()
        self.wizard: CloseDayWizard | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.offered_on: date | None = None
        self.written: list[Path] = []  # files written, for the status line and tests
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_offer)
        self.timer.start()
        window.book_opened.connect(lambda _session: QTimer.singleShot(0, self.check_offer))
        for screen in window.screens:
            button = getattr(screen, "close_day_button", None)
            if button is not None:
                button.clicked.connect(lambda _checked=False: self.close_day())

    def session(self) -> BookSession | None:
        return self.window.session

    # -- closing the day

    def close_day(self, day: date | None = None) -> CloseDayWizard | None:
        session = self.session()
        if session is None or session.closing is None:
            return None
        if self.wizard is not None and self.wizard.isVisible() and self.wizard.session is session:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = self.wizard = CloseDayWizard(self.window.runner, session, self.language, day, self.window)
        wizard.export_requested.connect(lambda summary: self.export_day(summary.target if summary else None))
        wizard.print_requested.connect(lambda summary: self.print_day(summary.target if summary else None))
        wizard.finished.connect(lambda _result: self._closed())
        wizard.show()
        return wizard

    def _closed(self) -> None:
        self.window.refresh()
        self.check_offer()

    def check_offer(self) -> None:
        """After the set time, offer to close the day until it is closed (once a day in the status bar)."""
        session = self.session()
        if session is None or session.closing is None:
            self._show_offer(False)
            return
        closing = session.closing

        def look() -> tuple[bool, date, CloseProgress]:
            now = closing.now()
            return now.time() >= closing.offer_time(), now.date(), closing.progress(now.date())

        self.window.runner.read(look, lambda seen: self._offer(session, *seen), lambda _error: None)

    def _offer(self, session: BookSession, late: bool, today: date, progress: CloseProgress) -> None:
        if session is not self.session():
            return
        due = late and not progress.closed
        self._show_offer(due)
        if due and self.offered_on != today:
            self.offered_on = today
            self.window.statusBar().showMessage(
                self.tr("Time to close the day: File → Close the day…, or the button on the Today screen."), 120_000)

    def _show_offer(self, shown: bool) -> None:
        for screen in self.window.screens:
            button = getattr(screen, "close_day_button", None)
            if button is not None:
                button.setVisible(shown)

    # -- the day's plan

    def _tomorrow(self) -> date:
        session = self.session()
        if session is not None and session.field_plans is not None:
            return session.field_plans.tomorrow()
        return date.today() + timedelta(days=1)

    def export_day(self, day: date | None = None) -> None:
        session = self.session()
        if session is None or session.field_plans is None:
            return
        dialog = ExportDialog(day or self._tomorrow(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen, kind = dialog.day(), dialog.kind()
        suggested = f"plan-{chosen.isoformat()}{SUFFIXES[kind]}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the day's plan"), suggested)
        if path:
            self.export_to(Path(path), chosen, kind)

    def export_to(self, path: Path, day: date, kind: str, done: Callable[[Path], None] | None = None) -> None:
        """Read the day's plan off the GUI thread, then word it and write it (fonts and words are Qt's)."""
        session = self.session()
        if session is None or session.field_plans is None:
            return
        plans = session.field_plans

        def write(plan: FieldPlan) -> None:
            document = day_document(plan, self.language())
            path.write_bytes(day_bytes(document, kind))
            self.written.append(path)
            self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 15_000)
            if done is not None:
                done(path)

        self.window.runner.read(lambda: plans.plan(day), write, self._failed)

    def print_day(self, day: date | None = None) -> None:
        session = self.session()
        if session is None or session.field_plans is None:
            return
        dialog = ExportDialog(day or self._tomorrow(), self.window, printing=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plans, chosen = session.field_plans, dialog.day()
        self.window.runner.read(lambda: plans.plan(chosen), lambda plan: self.show_preview(plan).exec(),
                                self._failed)

    def show_preview(self, plan: FieldPlan) -> QPrintPreviewDialog:
        """The print dialog's preview of the plan (A5, as the PDF)."""
        preview = self.preview = plan_preview(plan, self.language(), self.window)
        return preview

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(self.tr("The day's plan could not be made: {reason}").format(
            reason=error), 30_000)

    # -- words

    def retranslate(self) -> None:
        self.close_action.setText(self.tr("&Close the day…"))
        self.export_action.setText(self.tr("&Export the day's plan…"))
        self.print_action.setText(self.tr("&Print the day's plan…"))
        if self.wizard is not None:
            self.wizard.retranslate()


__all__ = ["DayTools", "ExportDialog", "plan_preview"]
