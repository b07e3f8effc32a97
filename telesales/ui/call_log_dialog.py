"""The call log: what the rep records after every call, fast with the keyboard only.

Opened with one keystroke (F2) wherever a customer is selected. It opens with the customer's last call's
contact, need, value, attitude and intent filled in, and shows a warning first when the customer was already
reached today or called twice without reaching them. Enter saves; the call is on disk when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QObject, QRegularExpression, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.errors import BookError, UserError
from telesales.domain.model import Attitude, Call, CallOutcome, Intent
from telesales.domain.phones import display_phone
from telesales.services.book_session import BookSession
from telesales.services.calls import CallLogContext, LogCallRequest, LoggedCall
from telesales.ui.call_words import (
    attitude_name,
    created_text,
    day,
    local_moment,
    money,
    outcome_name,
    repeat_warning_text,
)
from telesales.ui.intent_words import intent_label
from telesales.ui.labels import book_problem, tier_name
from telesales.ui.workers import Runner

OUTCOME_ORDER = (CallOutcome.CONNECTED, CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.CALL_BACK,
                 CallOutcome.REFUSED, CallOutcome.WRONG_NUMBER)
FOLLOW_UP_DAYS = 3  # the next step's date offered by default
AMOUNT = QRegularExpression(r"^\d{0,12}([.,]\d{0,2})?$")


def _qdatetime(moment: datetime) -> QDateTime:
    """A QDateTime showing `moment` on the wall clock of its own zone (the rep's)."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                     QTimeZone(int(moment.utcoffset().total_seconds())))  # type: ignore[union-attr]


def _moment(edit: QDateTimeEdit, like: datetime) -> datetime:
    """The edit's wall-clock value in the zone of `like` (the rep's)."""
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=like.tzinfo)


class CallLogDialog(QDialog):
    logged = Signal(object)  # LoggedCall, once saved

    def __init__(self, context: CallLogContext, save: Callable[[LogCallRequest], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._save = save
        now = context.now
        customer = context.customer
        self.setObjectName("call_log_dialog")

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.phone_label = QLabel()
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.phone_label.setOpenExternalLinks(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("repeat_warning")
        self.warning.setStyleSheet("QLabel#repeat_warning { background: #fff3cd; color: #664d03; "
                                   "border: 1px solid #ffe69c; border-radius: 4px; padding: 6px; }")
        self.warning.setVisible(context.repeat_warning is not None)

        self.outcome = QComboBox()
        for outcome in OUTCOME_ORDER:
            self.outcome.addItem("", outcome)
        self.call_back_at = QDateTimeEdit(_qdatetime(now + timedelta(hours=2)))
        self.call_back_at.setCalendarPopup(True)
        self.call_back_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.do_not_call = QCheckBox()
        self.do_not_call.setObjectName("do_not_call")
        self.do_not_call.setStyleSheet("QCheckBox#do_not_call { color: #a4161a; font-weight: bold; }")
        self.contact = QComboBox()
        self.contact.addItem("—", None)
        for contact in context.contacts:
            label = f"{contact.name} · {contact.title}" if contact.title else contact.name
            self.contact.addItem(label, contact.id)
        self.need = QLineEdit()
        self.expected = QLineEdit()
        self.expected.setValidator(QRegularExpressionValidator(AMOUNT, self.expected))
        self.attitude = QComboBox()
        self.attitude.addItem("—", None)
        for attitude in Attitude:
            self.attitude.addItem("", attitude)
        self.intent = QComboBox()
        self.intent.addItem("—", None)
        for intent in Intent:
            self.intent.addItem("", intent)
        self.visit_possible = QCheckBox()
        self.visit_when = QDateTimeEdit(_qdatetime((now + timedelta(days=1)).replace(hour=10, minute=0)))
        self.visit_when.setCalendarPopup(True)
        self.visit_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.materials = QLineEdit()
        self.next_step = QLineEdit()
        self.follow_up = QCheckBox()
        self.next_step_on = QDateEdit(QDate(*(now.date() + timedelta(days=FOLLOW_UP_DAYS)).timetuple()[:3]))
        self.next_step_on.setCalendarPopup(True)
        self.next_step_on.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.defaults_hint = QLabel()
        self.defaults_hint.setWordWrap(True)
        self.defaults_hint.setStyleSheet("color: palette(mid);")
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}

        def row(key: str, field: QWidget | QHBoxLayout) -> None:
            label = QLabel()
            self.labels[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)

        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.call_back_at)
        outcome_row.addWidget(self.do_not_call)
        row("outcome", outcome_row)
        self.labels["outcome"].setBuddy(self.outcome)
        row("contact", self.contact)
        row("need", self.need)
        row("expected", self.expected)
        row("attitude", self.attitude)
        row("intent", self.intent)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.visit_possible)
        visit_row.addWidget(self.visit_when, 1)
        row("visit", visit_row)
        self.labels["visit"].setBuddy(self.visit_possible)
        row("materials", self.materials)
        step_row = QHBoxLayout()
        step_row.addWidget(self.next_step, 1)
        step_row.addWidget(self.follow_up)
        step_row.addWidget(self.next_step_on)
        row("next_step", step_row)
        self.labels["next_step"].setBuddy(self.next_step)
        row("notes", self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.phone_label)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        layout.addWidget(self.defaults_hint)
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.outcome.currentIndexChanged.connect(lambda _i: self._follow_outcome())
        self.visit_possible.toggled.connect(self.visit_when.setEnabled)
        self.follow_up.toggled.connect(self.next_step_on.setEnabled)
        self.next_step.textEdited.connect(lambda text: self.follow_up.setChecked(bool(text.strip())))
        self._fill_defaults(context.history, customer.phone)
        self.retranslate()
        self._follow_outcome()
        self.visit_when.setEnabled(False)
        self.next_step_on.setEnabled(False)
        self.outcome.setFocus()
        self.resize(560, self.sizeHint().height())

    # -- defaults from the last calls

    def _fill_defaults(self, history: list[Call], phone: str) -> None:
        last = history[0] if history else None
        with_intent = next((call for call in history if call.intent is not None), None)
        with_need = next((call for call in history if call.need), None)
        with_contact = next((call for call in history if call.contact_id is not None), None)
        if with_contact is not None and (index := self.contact.findData(with_contact.contact_id)) >= 0:
            self.contact.setCurrentIndex(index)  # the one reached last time
        elif self.contact.count() == 2:  # the only contact
            self.contact.setCurrentIndex(1)
        if with_intent is not None:
            self.intent.setCurrentIndex(self.intent.findData(with_intent.intent))
            if with_intent.attitude is not None:
                self.attitude.setCurrentIndex(self.attitude.findData(with_intent.attitude))
        if with_need is not None:
            self.need.setText(with_need.need)
            if with_need.expected_value_cents:
                cents = with_need.expected_value_cents
                self.expected.setText(f"{cents // 100}" if cents % 100 == 0 else f"{cents / 100:.2f}")
        self._filled = last is not None

    def _follow_outcome(self) -> None:
        outcome = CallOutcome(self.outcome.currentData())
        self.call_back_at.setVisible(outcome is CallOutcome.CALL_BACK)
        self.do_not_call.setVisible(outcome is CallOutcome.REFUSED)
        if outcome is not CallOutcome.REFUSED:
            self.do_not_call.setChecked(False)

    # -- saving

    def request(self) -> LogCallRequest:
        """What the form says, checked; raises UserError with a message in the rep's language."""
        now = self.context.now
        outcome = CallOutcome(self.outcome.currentData())  # Qt hands string enums back as plain str
        attitude, intent = self.attitude.currentData(), self.intent.currentData()
        expected = None
        text = self.expected.text().strip().replace(",", ".")
        if text:
            try:
                expected = int(Decimal(text) * 100)
            except InvalidOperation as error:
                raise UserError(self.tr("The expected value is not an amount.")) from error
        call_back = _moment(self.call_back_at, now) if outcome is CallOutcome.CALL_BACK else None
        if call_back is not None and call_back <= now:
            raise UserError(self.tr("The call-back time has already passed."))
        next_on = None
        if self.follow_up.isChecked():
            chosen = self.next_step_on.date()
            next_on = datetime(chosen.year(), chosen.month(), chosen.day()).date()
            if next_on < now.date():
                raise UserError(self.tr("The follow-up date has already passed."))
        visit = self.visit_possible.isChecked()
        return LogCallRequest(
            customer_id=self.context.customer.id, outcome=outcome, contact_id=self.contact.currentData(),
            called_at=None, call_back_at=call_back, need=self.need.text(), expected_value_cents=expected,
            attitude=Attitude(attitude) if attitude else None, intent=Intent(intent) if intent else None,
            visit_possible=visit,
            visit_when=_moment(self.visit_when, now) if visit else None, materials_requested=self.materials.text(),
            next_step=self.next_step.text(), next_step_on=next_on, notes=self.notes.toPlainText(),
            mark_do_not_call=outcome is CallOutcome.REFUSED and self.do_not_call.isChecked())

    def submit(self) -> None:
        try:
            request = self.request()
        except UserError as error:
            self.show_error(str(error))
            return
        self.error.hide()
        self.save_button.setEnabled(False)
        self._save(request)

    def saved(self, logged: LoggedCall) -> None:
        self.logged.emit(logged)
        self.accept()

    def failed(self, error: BaseException) -> None:
        """Saving failed: say why; every field stays as the rep filled it, to save again."""
        self.save_button.setEnabled(True)
        if isinstance(error, BookError):
            reason = book_problem(error.problem, str(error.path)) + " " + self.tr(
                "The call is still here: save it again when the book can be written.")
        else:
            reason = str(error)
        self.show_error(self.tr("The call was not saved: {reason}").format(reason=reason))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- words

    def retranslate(self) -> None:
        context = self.context
        customer = context.customer
        self.setWindowTitle(self.tr("Log a call"))
        self.heading.setText(self.tr("{name} · {tier}").format(
            name=customer.name, tier=tier_name(customer.tier_pin or customer.tier)))
        phone = display_phone(customer.phone, context.home_region)
        if phone:
            from telesales.domain.phones import tel_uri

            uri = tel_uri(customer.phone, context.home_region)
            self.phone_label.setText(f'<a href="{uri}">{phone}</a>' if uri else phone)
        if context.repeat_warning is not None:
            self.warning.setText(repeat_warning_text(context.repeat_warning, context.now))
        for index in range(self.outcome.count()):
            self.outcome.setItemText(index, outcome_name(CallOutcome(self.outcome.itemData(index))))
        for index in range(1, self.attitude.count()):
            self.attitude.setItemText(index, attitude_name(Attitude(self.attitude.itemData(index))))
        for index in range(1, self.intent.count()):
            self.intent.setItemText(index, intent_label(Intent(self.intent.itemData(index))))
        self.do_not_call.setText(self.tr("&Do not call again"))
        self.visit_possible.setText(self.tr("possible, at"))
        self.follow_up.setText(self.tr("follow up on"))
        words = {
            "outcome": self.tr("&Outcome"), "contact": self.tr("&Reached"), "need": self.tr("&Need"),
            "expected": self.tr("Expected va&lue"), "attitude": self.tr("&Attitude"), "intent": self.tr("&Intent"),
            "visit": self.tr("&Visit"), "materials": self.tr("&Materials asked for"),
            "next_step": self.tr("Next ste&p"), "notes": self.tr("Not&es"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        self.need.setPlaceholderText(self.tr("What do they need?"))
        self.expected.setPlaceholderText(self.tr("e.g. 12000"))
        self.materials.setPlaceholderText(self.tr("e.g. price list, samples"))
        self.next_step.setPlaceholderText(self.tr("e.g. send the quotation"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.defaults_hint.setText(self.tr("Contact, need, value, attitude and intent come from the last call.")
                                   if self._filled else "")
        self.defaults_hint.setVisible(self._filled)
        self.history.setText(self._history_text())
        self.history.setVisible(bool(context.history))

    def _history_text(self) -> str:
        lines = []
        for call in self.context.history[:3]:
            parts = [local_moment(call.called_at, self.context.now), outcome_name(call.outcome)]
            if call.intent is not None:
                parts.append(self.tr("intent {level}").format(level=call.intent.value))
            if call.need:
                parts.append(call.need)
            if call.expected_value_cents:
                parts.append(money(call.expected_value_cents))
            if call.next_step_on is not None:
                parts.append(self.tr("next step {date}").format(date=day(call.next_step_on)))
            lines.append(" · ".join(parts))
        if not lines:
            return ""
        return self.tr("Earlier calls:") + "\n" + "\n".join(lines)


class CallLogLauncher(QObject):
    """Opens the call log for the selected customer of a screen with one keystroke (F2), saves it off the GUI
    thread, and tells the screen when the call is on disk."""

    logged = Signal(object)  # LoggedCall

    def __init__(self, screen: QWidget, runner: Runner, session: Callable[[], BookSession | None],
                 selected: Callable[[], int | None]) -> None:
        super().__init__(screen)
        self._screen = screen
        self._runner = runner
        self._session = session
        self._selected = selected
        self.dialog: CallLogDialog | None = None
        self._opening = False
        self.action = QAction(screen)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda _checked=False: self.open())
        screen.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Log a call…"))

    def open(self, customer_id: int | None = None) -> None:
        session = self._session()
        chosen = customer_id if customer_id is not None else self._selected()
        if session is None or chosen is None or self.dialog is not None or self._opening:
            return
        self._opening = True  # a double-click and Enter both ask: one dialog
        self._runner.read(lambda: session.call_log_context(chosen, session.now()),
                          lambda context: self._show(session, context), self._not_opened)

    def _not_opened(self, _error: BaseException) -> None:
        self._opening = False

    def _show(self, session: BookSession, context: CallLogContext) -> None:
        self._opening = False
        if self._session() is not session:
            return

        def save(request: LogCallRequest) -> None:
            self._runner.write(lambda: session.log_call(request, session.now()), dialog.saved, dialog.failed)

        dialog = CallLogDialog(context, save, self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self.logged.emit)
        dialog.logged.connect(lambda logged: self._announce(logged, context))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _announce(self, logged: LoggedCall, context: CallLogContext) -> None:
        window = self._screen.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                created_text(logged.created, logged.marked_do_not_call, context.now), 10_000)

    def _closed(self, dialog: CallLogDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
