"""Closing the day (每天梳理): a wizard through the method's three steps, with the day in numbers first.

Pages: the day (numbers, what is still open, how far closing got) → thank-you letters (copy, print, PDF, e-mail,
mark sent, edit the template) → book the next working day's key customers (a call or a visit at a time the rep
picks) → ask interested customers about product material → done. Each step page can be skipped; leaving it
stores the step as done or skipped in the book, so closing can stop and resume (the wizard opens at the first
step still open). Everything it creates is keyed by day and customer: closing twice creates nothing twice.

Reading and writing run through the window's runner; the pages fill in when the results arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from urllib.parse import quote

from PySide6.QtCore import QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from telesales.domain.closing import STEPS, Booking, BookingKind, CloseStep, Letter, StepState
from telesales.exports.day_pdf import letter_document, letter_layout, letter_pdf_bytes
from telesales.services.book_session import BookSession
from telesales.services.closing import CloseDayService, DaySummary
from telesales.ui.call_words import money, reason_chip
from telesales.ui.workers import Runner

SUMMARY, LETTERS, BOOK, MATERIALS, DONE = range(5)
PAGE_OF_STEP = {CloseStep.THANK_YOU: LETTERS, CloseStep.BOOK_TOMORROW: BOOK, CloseStep.MATERIALS: MATERIALS}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mailto(address: str, subject: str, body: str) -> QUrl:
    """A mailto: link with subject and body (RFC 6068: percent-encoded UTF-8, CRLF line ends)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    return QUrl(f"mailto:{quote(address, safe='@')}?{query}", QUrl.ParsingMode.TolerantMode)


class StepPage(QWizardPage):
    """A step of the routine: its work is committed when the rep moves on (or recorded as skipped)."""

    step: CloseStep

    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.skip = QCheckBox()
        self.state_label = QLabel()
        self.state_label.setObjectName("stepState")
        self._committed = False
        self._busy = False

    def initializePage(self) -> None:  # noqa: N802
        self._committed = False
        summary = self.owner.summary
        if summary is not None:
            self.skip.setChecked(summary.progress.state(self.step) is StepState.SKIPPED)
        self.show_summary()

    def show_summary(self) -> None:
        """Fill the page from the wizard's summary (called again when it is read anew)."""

    def commit(self) -> Callable[[], object] | None:
        """The writing this step does when the rep moves on (run on the book's writer), or None."""
        return None

    def validatePage(self) -> bool:  # noqa: N802
        if self._committed:
            return True
        if self._busy or self.owner.summary is None:
            return False
        self._busy = True
        skipped = self.skip.isChecked()
        work = None if skipped else self.commit()
        state = StepState.SKIPPED if skipped else StepState.DONE
        self.owner.finish_step(self.step, state, work, self._done)
        return False

    def _done(self, ok: bool) -> None:
        self._busy = False
        if ok:
            self._committed = True
            self.owner.next()


class SummaryPage(QWizardPage):
    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.open = QLabel()
        self.open.setWordWrap(True)
        self.open.setTextFormat(Qt.TextFormat.RichText)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbers)
        layout.addWidget(self.open)
        layout.addWidget(self.steps)
        layout.addStretch(1)

    def show_summary(self) -> None:
        summary = self.owner.summary
        self.setTitle(self.tr("Close the day"))
        if summary is None:
            self.setSubTitle(self.tr("Reading the day…"))
            self.numbers.setText("")
            self.open.setText("")
            self.steps.setText("")
            return
        locale = QLocale()
        self.setSubTitle(locale.toString(summary.day, QLocale.FormatType.LongFormat))
        n, o = summary.numbers, summary.open

        def row(label: str, value: str) -> str:
            return f"<tr><td>{_escape(label)}</td><td align='right'>&nbsp;&nbsp;<b>{_escape(value)}</b></td></tr>"

        number = locale.toString
        self.numbers.setText(
            f"<p><b>{_escape(self.tr('The day in numbers'))}</b></p><table cellspacing='2'>"
            + row(self.tr("Calls made"), number(n.calls))
            + row(self.tr("Customers called"), number(n.called))
            + row(self.tr("Customers reached"), number(n.reached))
            + row(self.tr("Intent moves"), self.tr("{up} up · {down} down · {new} new").format(
                up=number(n.intent.up), down=number(n.intent.down), new=number(n.intent.new)))
            + row(self.tr("Visits made"), number(n.visits_done))
            + row(self.tr("Deals"), number(n.deals))
            + row(self.tr("Amount"), money(n.amount_cents)) + "</table>")
        self.open.setText(
            f"<p><b>{_escape(self.tr('Still open'))}</b></p><table cellspacing='2'>"
            + row(self.tr("Customers on today's list not called"), self.tr("{left} (must call: {must})").format(
                left=number(o.calls_left), must=number(o.must_calls_left)))
            + row(self.tr("Visits not recorded"), number(o.visits_open))
            + row(self.tr("Reminders due"), number(o.reminders_due))
            + row(self.tr("Thank-you letters not sent"), number(o.letters_unsent)) + "</table>")
        names = {CloseStep.THANK_YOU: self.tr("1. Thank-you letters"),
                 CloseStep.BOOK_TOMORROW: self.tr("2. Book the key customers of {date}").format(
                     date=locale.toString(summary.target, QLocale.FormatType.ShortFormat)),
                 CloseStep.MATERIALS: self.tr("3. Ask interested customers about product material")}
        states = {StepState.OPEN: self.tr("to do"), StepState.DONE: self.tr("done"),
                  StepState.SKIPPED: self.tr("skipped")}
        self.steps.setText(f"<p><b>{_escape(self.tr('Steps'))}</b></p>" + "<br>".join(
            f"{_escape(names[step])}: {_escape(states[summary.progress.state(step)])}" for step in STEPS))


class LettersPage(StepPage):
    step = CloseStep.THANK_YOU

    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__(wizard)
        self.letters: list[Letter] = []
        self.deals = QListWidget()
        self.deals.currentRowChanged.connect(self._show_letter)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.copy_button, self.print_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        self.mail_button, self.sent_button, self.template_button = QPushButton(), QPushButton(), QPushButton()
        self.copy_button.clicked.connect(self.copy_letter)
        self.print_button.clicked.connect(self.print_letter)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.mail_button.clicked.connect(self.mail_letter)
        self.sent_button.clicked.connect(self.toggle_sent)
        self.template_button.clicked.connect(self.edit_template)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        buttons = QGridLayout()
        for index, button in enumerate((self.copy_button, self.print_button, self.pdf_button, self.mail_button,
                                        self.sent_button, self.template_button)):
            buttons.addWidget(button, index // 3, index % 3)
        right = QVBoxLayout()
        right.addWidget(self.subject)
        right.addWidget(self.body, 1)
        right.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.deals, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(top, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.skip)

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        self.owner.load_letters()

    def show_summary(self) -> None:
        self.setTitle(self.tr("Thank-you letters"))
        self.setSubTitle(self.tr("A letter to every customer who closed a deal today: copy it, print it, save it "
                                 "as PDF or open it in your mail program."))
        self.skip.setText(self.tr("Skip this step for now"))
        self.copy_button.setText(self.tr("Copy"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.mail_button.setText(self.tr("E-mail…"))
        self.template_button.setText(self.tr("Edit the template…"))
        self.show_letters()

    def show_letters(self) -> None:
        letters = self.letters = list(self.owner.letters or [])
        row = max(self.deals.currentRow(), 0)
        self.deals.blockSignals(True)
        self.deals.clear()
        for letter in letters:
            deal = letter.deal
            mark = "✓ " if deal.letter_sent else ""
            item = QListWidgetItem(f"{mark}{deal.customer_name}\n{money(deal.amount_cents)} · {deal.contact_name}")
            self.deals.addItem(item)
        self.deals.blockSignals(False)
        has = bool(letters)
        for widget in (self.deals, self.subject, self.body, self.copy_button, self.print_button, self.pdf_button,
                       self.mail_button, self.sent_button):
            widget.setEnabled(has)
        if self.owner.letters is None:
            self.empty.setText(self.tr("Reading today's deals…"))
        elif not has:
            self.empty.setText(self.tr("No deals today: there is no letter to write."))
        else:
            sent = sum(1 for letter in letters if letter.deal.letter_sent)
            self.empty.setText(self.tr("{count} customers closed a deal today; {sent} letters marked sent.").format(
                count=QLocale().toString(len(letters)), sent=QLocale().toString(sent)))
        if has:
            self.deals.setCurrentRow(min(row, len(letters) - 1))
            self._show_letter(self.deals.currentRow())
        else:
            self.subject.clear()
            self.body.clear()
            self.sent_button.setText(self.tr("Mark as sent"))

    def current(self) -> Letter | None:
        row = self.deals.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def _show_letter(self, row: int) -> None:
        if not 0 <= row < len(self.letters):
            return
        letter = self.letters[row]
        self.subject.setText(letter.subject)
        self.body.setPlainText(letter.body)
        self.sent_button.setText(self.tr("Mark as not sent") if letter.deal.letter_sent else self.tr("Mark as sent"))
        self.mail_button.setToolTip(letter.deal.email)

    def copy_letter(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{self.body.toPlainText()}")
        self.owner.say(self.tr("The letter is copied."))

    def print_letter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(letter_layout())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            letter_document(self.subject.text(), self.body.toPlainText(), self.owner.language()).print_(printer)

    def save_pdf(self) -> None:
        letter = self.current()
        if letter is None:
            return
        suggested = f"{letter.deal.customer_name}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as handle:
                handle.write(letter_pdf_bytes(self.subject.text(), self.body.toPlainText(), self.owner.language()))
            self.owner.say(self.tr("Saved {path}").format(path=path))

    def mail_url(self) -> QUrl:
        letter = self.current()
        return mailto(letter.deal.email if letter else "", self.subject.text(), self.body.toPlainText())

    def mail_letter(self) -> None:
        if not QDesktopServices.openUrl(self.mail_url()):
            self.owner.say(self.tr("No mail program is set up; copy the letter instead."))

    def toggle_sent(self) -> None:
        letter = self.current()
        if letter is not None:
            self.owner.mark_letter(letter.deal.customer_id, not letter.deal.letter_sent)

    def edit_template(self) -> None:
        self.owner.edit_template(self)

    def commit(self) -> Callable[[], object] | None:
        closing, day, language = self.owner.closing, self.owner.day, self.owner.language()
        return lambda: closing.plan_letters(day, language)


class BookPage(StepPage):
    step = CloseStep.BOOK_TOMORROW
    TICK, CUSTOMER, WHY, KIND, TIME = range(5)

    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__(wizard)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.TICK, 44)
        self.table.setColumnWidth(self.CUSTOMER, 220)
        self.table.setColumnWidth(self.KIND, 110)
        self.table.setColumnWidth(self.TIME, 90)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.skip)
        self._shown: DaySummary | None = None

    def show_summary(self) -> None:
        summary = self.owner.summary
        locale = QLocale()
        target = locale.toString(summary.target, QLocale.FormatType.LongFormat) if summary else ""
        self.setTitle(self.tr("Book the key customers of {date}").format(date=target))
        self.setSubTitle(self.tr("The top of that day's call list and every due follow-up: tick who to book, as a "
                                 "call or a visit, at the time you pick."))
        self.skip.setText(self.tr("Skip this step for now"))
        self.table.setHorizontalHeaderLabels([self.tr("Book"), self.tr("Customer"), self.tr("Why"),
                                              self.tr("As"), self.tr("Time")])
        if summary is None or summary is self._shown:
            return
        self._shown = summary
        suggested = {booking.customer_id: booking for booking in summary.suggestions}
        self.table.setRowCount(len(summary.key_customers))
        for row, item in enumerate(summary.key_customers):
            call = item.call
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if item.booked or call.must_call or call.rank <= 5
                               else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, item.customer_id)
            self.table.setItem(row, self.TICK, tick)
            name = QTableWidgetItem(f"{call.rank}. {call.name}\n{item.phone}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.CUSTOMER, name)
            why = QTableWidgetItem(" · ".join(reason_chip(reason, call.candidate) for reason in call.reasons))
            why.setFlags(Qt.ItemFlag.ItemIsEnabled)
            why.setToolTip(why.text())
            self.table.setItem(row, self.WHY, why)
            kind = QComboBox()
            kind.addItem(self.tr("Call"), BookingKind.CALL.value)
            kind.addItem(self.tr("Visit"), BookingKind.VISIT.value)
            chosen = item.booked or (suggested[item.customer_id].kind if item.customer_id in suggested
                                     else item.suggested)
            kind.setCurrentIndex(0 if chosen is BookingKind.CALL else 1)
            at = item.booked_at or (suggested[item.customer_id].at if item.customer_id in suggested else None)
            clock = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(9, 0))
            clock.setDisplayFormat("HH:mm")
            if item.booked is not None:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
                kind.setEnabled(False)
                clock.setEnabled(False)
                tick.setToolTip(self.tr("Booked"))
            self.table.setCellWidget(row, self.KIND, kind)
            self.table.setCellWidget(row, self.TIME, clock)
        self.table.resizeRowsToContents()
        booked = sum(1 for item in summary.key_customers if item.booked is not None)
        self.note.setText(self.tr("{count} key customers; {booked} booked already.").format(
            count=locale.toString(len(summary.key_customers)), booked=locale.toString(booked))
            if summary.key_customers else self.tr("Nobody to book: that day's list is empty."))

    def bookings(self) -> list[Booking]:
        """The ticked customers not booked yet, as the rep set them."""
        summary = self.owner.summary
        if summary is None:
            return []
        out = []
        for row, item in enumerate(summary.key_customers):
            tick = self.table.item(row, self.TICK)
            if item.booked is not None or tick is None or tick.checkState() is not Qt.CheckState.Checked:
                continue
            kind = self.table.cellWidget(row, self.KIND)
            clock = self.table.cellWidget(row, self.TIME)
            assert isinstance(kind, QComboBox) and isinstance(clock, QTimeEdit)
            at = datetime.combine(summary.target, time(clock.time().hour(), clock.time().minute()),
                                  tzinfo=summary.zone)
            out.append(Booking(item.customer_id, BookingKind(kind.currentData()), at))
        return out

    def commit(self) -> Callable[[], object] | None:
        closing, day, language, bookings = self.owner.closing, self.owner.day, self.owner.language(), self.bookings()
        return (lambda: closing.book(day, bookings, language)) if bookings else None


class MaterialsPage(StepPage):
    step = CloseStep.MATERIALS

    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__(wizard)
        self.list = QListWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.skip)
        self._shown: DaySummary | None = None

    def show_summary(self) -> None:
        summary = self.owner.summary
        self.setTitle(self.tr("Product material for interested customers"))
        self.setSubTitle(self.tr("Everyone who showed intent A or B today: tick whom to ask whether they want "
                                 "product material; a task is made for the next working day."))
        self.skip.setText(self.tr("Skip this step for now"))
        if summary is None or summary is self._shown:
            return
        self._shown = summary
        self.list.clear()
        for item in summary.interested:
            text = self.tr("{customer} ({contact}) · intent {intent}").format(
                customer=item.customer_name, contact=item.contact_name, intent=item.intent.value)
            if item.materials_requested:
                text += "\n" + self.tr("Asked for: {what}").format(what=item.materials_requested)
            if item.task:
                text += "\n" + self.tr("A materials task exists already")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.customer_id)
            entry.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            entry.setCheckState(Qt.CheckState.Unchecked if item.task else Qt.CheckState.Checked)
            self.list.addItem(entry)
        self.note.setText(self.tr("{count} interested customers today.").format(
            count=QLocale().toString(len(summary.interested))) if summary.interested
            else self.tr("Nobody showed intent A or B today."))

    def chosen(self) -> list[int]:
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() is Qt.CheckState.Checked]

    def commit(self) -> Callable[[], object] | None:
        closing, day, language, chosen = self.owner.closing, self.owner.day, self.owner.language(), self.chosen()
        return (lambda: closing.ask_materials(day, chosen, language)) if chosen else None


class DonePage(QWizardPage):
    def __init__(self, wizard: CloseDayWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.owner.export_requested.emit(self.owner.summary))
        self.print_button.clicked.connect(lambda: self.owner.print_requested.emit(self.owner.summary))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.show_summary()

    def show_summary(self) -> None:
        summary = self.owner.summary
        self.setTitle(self.tr("Done for today"))
        self.export_button.setText(self.tr("Export the plan for the next working day…"))
        self.print_button.setText(self.tr("Print the plan for the next working day…"))
        if summary is None:
            self.text.setText("")
            return
        skipped = [step for step in STEPS if summary.progress.state(step) is StepState.SKIPPED]
        if summary.progress.closed and not skipped:
            self.text.setText(self.tr("The day is closed. Everything it created is in your reminders and visits."))
        else:
            self.text.setText(self.tr("{count} steps were skipped; open Close the day again to finish them.").format(
                count=QLocale().toString(len(skipped) + sum(
                    1 for step in STEPS if summary.progress.state(step) is StepState.OPEN))))


class CloseDayWizard(QWizard):
    summary_loaded = Signal(object)
    export_requested = Signal(object)  # DaySummary
    print_requested = Signal(object)

    def __init__(self, runner: Runner, session: BookSession, language: Callable[[], str], day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        closing = session.closing
        if closing is None:
            raise RuntimeError("this book session cannot close the day")
        self.runner = runner
        self.session = session
        self.closing: CloseDayService = closing
        self.language = language
        self.day = day or closing.today()
        self.summary: DaySummary | None = None
        self.letters: list[Letter] | None = None
        self.messages: list[str] = []
        self.resume: int | None = None  # the page Next goes to from the day's numbers
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, False)
        self.pages: dict[int, QWizardPage] = {
            SUMMARY: SummaryPage(self), LETTERS: LettersPage(self), BOOK: BookPage(self),
            MATERIALS: MaterialsPage(self), DONE: DonePage(self)}
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(860, 620)
        self.retranslate()
        self.reload(start=True)

    # -- reading

    def reload(self, start: bool = False) -> None:
        closing, day = self.closing, self.day
        self.runner.read(lambda: closing.summary(day), lambda summary: self._loaded(summary, start), self.failed)

    def _loaded(self, summary: DaySummary, start: bool) -> None:
        self.summary = summary
        if start:  # resume: from the day's numbers straight to the first step still open
            first = summary.progress.next_step
            self.resume = PAGE_OF_STEP[first] if first is not None else None
        for page in self.pages.values():
            page.show_summary()  # type: ignore[attr-defined]
        self.summary_loaded.emit(summary)

    def load_letters(self) -> None:
        closing, day, language = self.closing, self.day, self.language()
        self.runner.read(lambda: closing.letters(day, language), self._letters_loaded, self.failed)

    def _letters_loaded(self, letters: list[Letter]) -> None:
        self.letters = letters
        page = self.pages[LETTERS]
        assert isinstance(page, LettersPage)
        page.show_letters()

    # -- writing

    def finish_step(self, step: CloseStep, state: StepState, work: Callable[[], object] | None,
                    done: Callable[[bool], None]) -> None:
        closing, day = self.closing, self.day

        def job() -> DaySummary:
            if work is not None:
                work()
            closing.set_step(day, step, state)
            return closing.summary(day)

        def finished(summary: DaySummary) -> None:
            self._loaded(summary, False)
            done(True)

        def failed(error: BaseException) -> None:
            self.failed(error)
            done(False)

        self.runner.write(job, finished, failed)

    def mark_letter(self, customer_id: int, sent: bool) -> None:
        closing, day, language = self.closing, self.day, self.language()

        def job() -> list[Letter]:
            closing.mark_letter(day, customer_id, sent, language)
            return closing.letters(day, language)

        self.runner.write(job, self._letters_loaded, self.failed)

    def edit_template(self, parent: QWidget) -> None:
        language = self.language()
        closing = self.closing
        self.runner.read(lambda: closing.templates(language),
                         lambda templates: self._edit(parent, language, templates.templates["thank_you"]), self.failed)

    def _edit(self, parent: QWidget, language: str, text: str) -> None:
        dialog = TemplateDialog(text, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        closing, new = self.closing, dialog.text()

        def job() -> list[Letter]:
            closing.save_template(language, "thank_you", new)
            return closing.letters(self.day, language)

        self.runner.write(job, self._letters_loaded, self.failed)

    # -- words

    def say(self, text: str) -> None:
        self.messages.append(text)
        self.setWindowTitle(f"{self.tr('Close the day')} — {text}")

    def failed(self, error: BaseException) -> None:
        self.say(self.tr("Something went wrong: {reason}").format(reason=error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the day"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        for page in self.pages.values():
            page.show_summary()  # type: ignore[attr-defined]

    def nextId(self) -> int:  # noqa: N802
        if self.currentId() == SUMMARY and self.resume is not None:
            return self.resume
        return super().nextId()

    def _page_changed(self, page_id: int) -> None:
        if page_id != SUMMARY:
            self.resume = None


class TemplateDialog(QDialog):
    """The thank-you letter's template, with the placeholders it may use."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The thank-you letter's template"))
        self.edit = QPlainTextEdit(text)
        hint = QLabel(self.tr("Placeholders: {contact} {customer} {date} {year} {sender}"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.edit.toPlainText()


__all__ = ["CloseDayWizard", "TemplateDialog", "mailto"]
