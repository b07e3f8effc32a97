"""The customer profile sheet (客户概况表): everything the book knows of one customer, on one window.

At a glance: tier (and pin), lifecycle stage, churn warnings, last call and intent, the decider (or a warning
that none is known). Tabs: the company, contacts with buying roles and birthdays, orders and products, important
dates, custom fields, recent calls, visits and reminders. Each edit is checked at its field and saved at once
(off the GUI thread, one writer); Ctrl+Z undoes the session's edits one by one; the sheet prints to PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.calllist import IntentDirection
from telesales.domain.model import BuyingRole, Contact, CustomerKind, ImportantDate
from telesales.domain.phones import display_phone
from telesales.domain.profile import (
    CustomerProfile,
    CustomField,
    FieldError,
    FieldKind,
    IntentStep,
    check_custom,
    check_email,
    check_phone,
    parse_money,
)
from telesales.domain.tags import parse_tags
from telesales.services.book_session import BookSession
from telesales.ui.customer_words import (
    CHURN,
    FIELD_KINDS,
    KINDS,
    OUTCOMES,
    REMINDER_KINDS,
    STAGES,
    word,
)
from telesales.ui.intent_words import intent_short
from telesales.ui.labels import tier_name
from telesales.ui.models.rows_table import RowsModel
from telesales.ui.profile_print import money, write_pdf
from telesales.ui.visit_words import status_name
from telesales.ui.widgets.contacts_editor import ContactsEditor
from telesales.ui.widgets.dates_editor import DatesEditor
from telesales.ui.widgets.field_editors import ErrorLabel, TextEdit, problem_text
from telesales.ui.widgets.tier_pin import PinTarget, TierPanel
from telesales.ui.workers import Runner

LINE_FIELDS = ("name", "industry", "scale", "owner", "phone", "email", "wechat", "address", "province", "city",
               "district", "credit_limit", "founded_on", "tags")
TEXT_FIELDS = ("payment_terms", "competitors", "preferences", "notes")
CHECKED = ("name", "phone", "email", "credit_limit", "founded_on", "tags")


class _Edit(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    return view


class ProfileDialog(QDialog):
    loaded = Signal()  # the sheet shows the customer (tests, screenshots)
    saved = Signal()  # an edit reached the book
    failed = Signal(str)

    def __init__(self, session: BookSession, runner: Runner, customer_id: int, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.session, self.runner, self.customer_id, self.language = session, runner, customer_id, language
        self.profiles = session.profiles
        assert self.profiles is not None
        self.region = session.home_region()
        self.profile: CustomerProfile | None = None
        self.values: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.glance = QLabel()
        self.glance.setWordWrap(True)
        self.decider = QLabel()
        self.decider.setWordWrap(True)
        self.status = QLabel()

        # the company
        self.lines = {name: QLineEdit() for name in LINE_FIELDS}
        self.texts = {name: TextEdit() for name in TEXT_FIELDS}
        self.errors = {name: ErrorLabel() for name in CHECKED}
        self.kind = QComboBox()
        self.do_not_call = QCheckBox()
        self.marked_other = QCheckBox()
        self.area = QLabel()
        for name, edit in self.lines.items():
            edit.editingFinished.connect(lambda name=name: self._line_done(name))
        for name, text in self.texts.items():
            text.editingFinished.connect(lambda name=name: self._line_done(name))
        self.kind.currentIndexChanged.connect(lambda _i: self._choice_done("kind"))
        self.do_not_call.toggled.connect(lambda _on: self._choice_done("do_not_call"))
        self.marked_other.toggled.connect(lambda _on: self._choice_done("marked_other"))
        self.company_form = QFormLayout()
        self._company_rows()
        company = QWidget()
        columns = QHBoxLayout(company)
        for form in (self.company_form, self.right_form):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)

        self.contacts = ContactsEditor(self.push, self._save_contact, self._remove_contact, lambda: self.region)
        self.contacts.changed.connect(self._show_decider)
        self.dates = DatesEditor(self.push, self._save_date, self._remove_date)

        self.totals = QLabel()
        self.products_model = RowsModel(lambda: (self.tr("Product"), self.tr("Quantity"), self.tr("Amount"),
                                                 self.tr("Last bought")), self, right_aligned=(1, 2))
        self.orders_model = RowsModel(lambda: (self.tr("Date"), self.tr("Amount"), self.tr("Paid"), self.tr("Profit"),
                                               self.tr("Products")), self, right_aligned=(1, 2, 3))
        orders = QWidget()
        box = QVBoxLayout(orders)
        box.addWidget(self.totals)
        box.addWidget(_table(self.products_model), 1)
        box.addWidget(_table(self.orders_model), 2)

        self.custom_form = QFormLayout()
        self.custom_editors: dict[int, QLineEdit | QComboBox] = {}
        self.custom_errors: dict[int, ErrorLabel] = {}
        self.new_field_name, self.new_field_kind, self.new_field_choices = QLineEdit(), QComboBox(), QLineEdit()
        self.new_field_button = QPushButton()
        self.new_field_button.clicked.connect(self.define_field)
        self.new_field_error = ErrorLabel()
        custom = QWidget()
        custom_box = QVBoxLayout(custom)
        custom_box.addLayout(self.custom_form)
        define = QHBoxLayout()
        for widget in (self.new_field_name, self.new_field_kind, self.new_field_choices, self.new_field_button):
            define.addWidget(widget)
        custom_box.addStretch(1)
        custom_box.addLayout(define)
        custom_box.addWidget(self.new_field_error)

        self.calls_model = RowsModel(lambda: (self.tr("When"), self.tr("Outcome"), self.tr("Intent"),
                                              self.tr("Next step")), self)
        self.intents_model = RowsModel(lambda: (self.tr("When"), self.tr("Intent"), self.tr("Move")), self)
        self.visits_model = RowsModel(lambda: (self.tr("Day"), self.tr("Status"), self.tr("Purpose")), self)
        self.reminders_model = RowsModel(lambda: (self.tr("Due"), self.tr("Reminder"), self.tr("Text")), self)
        activity = QWidget()
        box = QVBoxLayout(activity)
        self.calls_table = _table(self.calls_model)
        box.addWidget(self.calls_table, 3)
        self.intents_title = QLabel()  # every move of the customer's intent, newest first, under the recent calls
        self.intents_title.setStyleSheet("font-weight: bold;")
        self.intents_table = _table(self.intents_model)
        box.addWidget(self.intents_title)
        box.addWidget(self.intents_table, 2)
        pending = QHBoxLayout()  # visits and reminders: often few, side by side
        for model in (self.visits_model, self.reminders_model):
            pending.addWidget(_table(model))
        box.addLayout(pending, 2)

        # the tier: pinned or lifted through the value service (recorded as a tier change), with its history
        self.today: Callable[[], date] = date.today
        self.tier_panel = TierPanel(session.value, runner, lambda: self.today())
        self.tier_panel.changed.connect(self._tier_changed)

        self.tabs = QTabWidget()
        for widget in (company, self.contacts, orders, self.tier_panel, self.dates, custom, activity):
            self.tabs.addTab(widget, "")

        self.undo_button, self.print_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.print_button.clicked.connect(self._choose_pdf)
        self.close_button.clicked.connect(self.close)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.undo_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.glance)
        layout.addWidget(self.decider)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._filling = False
        self.retranslate()
        self.resize(980, 720)
        self.reload()

    def _company_rows(self) -> None:
        def with_error(editor: QWidget, name: str) -> QWidget:
            if name not in self.errors:
                return editor
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(self.errors[name])
            return holder

        left = ["kind", "name", "industry", "scale", "owner", "phone", "email", "wechat", "address", "province",
                "city", "district", "area", "founded_on"]
        right = ["tags", "credit_limit", "payment_terms", "competitors", "preferences", "notes", "flags"]
        flags = QWidget()
        flag_box = QVBoxLayout(flags)
        flag_box.setContentsMargins(0, 0, 0, 0)
        flag_box.addWidget(self.do_not_call)
        flag_box.addWidget(self.marked_other)
        widgets: dict[str, QWidget] = {"kind": self.kind, "area": self.area, "flags": flags}
        self.form_labels: dict[str, QLabel] = {}
        self.right_form = QFormLayout()
        for form, names in ((self.company_form, left), (self.right_form, right)):
            for name in names:
                editor = widgets.get(name) or self.lines.get(name) or self.texts[name]
                self.form_labels[name] = QLabel()
                form.addRow(self.form_labels[name], with_error(editor, name))

    # -- reading

    def reload(self) -> None:
        profiles = self.profiles
        assert profiles is not None
        self.runner.read(lambda: profiles.load(self.customer_id), self._show, self._failed)

    def _show(self, profile: CustomerProfile | None) -> None:
        if profile is None:
            self.status.setText(self.tr("This customer is no longer in the book."))
            return
        self.profile = profile
        c = profile.customer
        self.values = {name: getattr(c, name) for name in LINE_FIELDS + TEXT_FIELDS if hasattr(c, name)}
        self.values.update(province=c.area.province, city=c.area.city, district=c.area.district)
        self.values.update(credit_limit=c.credit_limit_cents, founded_on=c.founded_on, kind=c.kind,
                           do_not_call=c.do_not_call, marked_other=c.marked_other)
        self._filling = True
        for name in LINE_FIELDS + TEXT_FIELDS:
            self._set_widget(name, self.values.get(name))
        self.kind.setCurrentIndex(0 if c.kind is CustomerKind.COMPANY else 1)
        self.do_not_call.setChecked(c.do_not_call)
        self.marked_other.setChecked(c.marked_other)
        self._filling = False
        self.contacts.set_contacts(c.id, list(profile.contacts))
        self.dates.set_dates(c.id, list(profile.dates))
        self._fill_custom()
        self._fill_tables()
        self.tier_panel.set_target(PinTarget(c.id, c.name, c.tier, c.tier_pin, c.tier_pin_reason))
        self.retranslate()
        self.loaded.emit()

    def _set_widget(self, name: str, value: Any) -> None:
        widget = self.lines.get(name) or self.texts.get(name)
        if widget is None:
            return
        if name == "credit_limit":
            text = money(value) if value is not None else ""
        elif name == "founded_on":
            text = value.isoformat() if value else ""
        elif name == "phone":
            text = display_phone(value or "", self.region)
        elif name == "tags":
            text = self.tr(", ").join(value or ())
        else:
            text = value or ""
        was, self._filling = self._filling, True
        widget.setText(text)  # also clears the line's own undo, so Ctrl+Z reaches the sheet's
        self._filling = was
        if name in self.errors:
            self.errors[name].show_problem("")

    # -- editing the customer's own fields

    def _parse(self, name: str, text: str) -> Any:
        text = text.strip()
        if name == "name" and not text:
            raise FieldError("required")
        if name == "phone":
            return check_phone(text, self.region)
        if name == "email":
            return check_email(text)
        if name == "credit_limit":
            return parse_money(text)
        if name == "tags":
            return parse_tags(text)
        if name == "founded_on":
            if not text:
                return None
            try:
                return date.fromisoformat(text)
            except ValueError as error:
                raise FieldError("bad_date") from error
        return text

    def _line_done(self, name: str) -> None:
        if self._filling or self.profile is None:
            return
        widget = self.lines.get(name) or self.texts[name]
        try:
            value = self._parse(name, widget.text())
        except FieldError as error:
            self.errors[name].show_problem(problem_text(error.code, self.region))
            return
        if name in self.errors:
            self.errors[name].show_problem("")
        old = self.values.get(name)
        if value == old:
            self._set_widget(name, value)
            return
        self.push(self.tr("Change {field}").format(field=self._label(name)),
                  lambda: self._apply(name, value), lambda: self._apply(name, old))

    def _choice_done(self, name: str) -> None:
        if self._filling or self.profile is None:
            return
        if name == "kind":
            value: Any = CustomerKind.COMPANY if self.kind.currentIndex() == 0 else CustomerKind.PERSON
        else:
            value = getattr(self, name).isChecked()
        old = self.values.get(name)
        if value != old:
            self.push(self.tr("Change {field}").format(field=self._label(name)),
                      lambda: self._apply(name, value), lambda: self._apply(name, old))

    def _apply(self, name: str, value: Any) -> None:
        """Show `value` in its field and save it (an edit or its undo)."""
        self.values[name] = value
        self._filling = True
        if name == "kind":
            self.kind.setCurrentIndex(0 if value is CustomerKind.COMPANY else 1)
        elif name in ("do_not_call", "marked_other"):
            getattr(self, name).setChecked(bool(value))
        else:
            self._set_widget(name, value)
        self._filling = False
        column = {"credit_limit": "credit_limit_cents"}.get(name, name)
        stored = value.value if hasattr(value, "value") else value
        profiles, customer_id = self.profiles, self.customer_id
        assert profiles is not None
        self._write(lambda: profiles.set_customer(customer_id, {column: stored}))
        if self.profile is not None:
            customer = self.profile.customer
            field = {"credit_limit": "credit_limit_cents"}.get(name, name)
            if name in ("province", "city", "district"):
                self.profile = replace(self.profile, customer=replace(customer, area=replace(customer.area, **{
                    name: value})))
            elif hasattr(customer, field):
                self.profile = replace(self.profile, customer=replace(customer, **{field: value}))
        self._show_glance()

    def _tier_changed(self, target: PinTarget) -> None:
        """A pin or an unpin reached the book (through the value service): the glance shows it at once."""
        if self.profile is not None:
            customer = replace(self.profile.customer, tier_pin=target.pin, tier_pin_reason=target.reason)
            self.profile = replace(self.profile, customer=customer)
            self._show_glance()
        self.saved.emit()

    # -- contacts, dates, custom fields

    def _save_contact(self, contact: Contact, done: Callable[[int], None]) -> None:
        profiles = self.profiles
        assert profiles is not None
        self._write(lambda: profiles.save_contact(contact), done)

    def _remove_contact(self, contact_id: int) -> None:
        profiles = self.profiles
        assert profiles is not None
        self._write(lambda: profiles.delete_contact(contact_id))

    def _save_date(self, item: ImportantDate, done: Callable[[int], None]) -> None:
        profiles = self.profiles
        assert profiles is not None
        self._write(lambda: profiles.save_date(item), done)

    def _remove_date(self, date_id: int) -> None:
        profiles = self.profiles
        assert profiles is not None
        self._write(lambda: profiles.delete_date(date_id))

    def _fill_custom(self) -> None:
        profile = self.profile
        if profile is None:
            return
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self.custom_editors.clear()
        self.custom_errors.clear()
        for custom in profile.fields:
            value = profile.values.get(custom.id, "")
            editor: QLineEdit | QComboBox
            if custom.kind is FieldKind.CHOICE:
                editor = QComboBox()
                editor.addItems(["", *custom.choices])
                editor.setCurrentIndex(max(editor.findText(value), 0))
                editor.currentIndexChanged.connect(lambda _i, custom=custom: self._custom_done(custom))
            else:
                editor = QLineEdit(value)
                if custom.kind is FieldKind.DATE:
                    editor.setPlaceholderText("2024-03-15")
                editor.editingFinished.connect(lambda custom=custom: self._custom_done(custom))
            error = ErrorLabel()
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            box.addWidget(error)
            self.custom_form.addRow(custom.name, holder)
            self.custom_editors[custom.id], self.custom_errors[custom.id] = editor, error

    def _custom_done(self, custom: CustomField) -> None:
        if self.profile is None:
            return
        editor = self.custom_editors[custom.id]
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        try:
            value = check_custom(custom, text)
        except FieldError as error:
            self.custom_errors[custom.id].show_problem(problem_text(error.code, self.region))
            return
        self.custom_errors[custom.id].show_problem("")
        old = self.profile.values.get(custom.id, "")
        if value != old:
            self.push(self.tr("Change {field}").format(field=custom.name),
                      lambda: self._apply_custom(custom, value), lambda: self._apply_custom(custom, old))

    def _apply_custom(self, custom: CustomField, value: str) -> None:
        if self.profile is None:
            return
        self.profile = replace(self.profile, values={**self.profile.values, custom.id: value})
        editor = self.custom_editors.get(custom.id)
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(editor.findText(value), 0))
            editor.blockSignals(False)
        elif editor is not None:
            editor.setText(value)
        profiles, customer_id = self.profiles, self.customer_id
        assert profiles is not None
        self._write(lambda: profiles.set_value(customer_id, custom, value))

    def define_field(self) -> None:
        """A new field for every customer (text, number, date or a choice among comma-separated values)."""
        profiles = self.profiles
        assert profiles is not None
        kind = list(FieldKind)[self.new_field_kind.currentIndex()]
        name = self.new_field_name.text()
        choices = [part for part in self.new_field_choices.text().replace("，", ",").split(",")]
        try:
            if not name.strip():
                raise FieldError("required")
            if kind is FieldKind.CHOICE and not any(part.strip() for part in choices):
                raise FieldError("no_choices")
        except FieldError as error:
            self.new_field_error.show_problem(problem_text(error.code))
            return
        self.new_field_error.show_problem("")
        self.new_field_name.clear()
        self.new_field_choices.clear()

        def added(custom: CustomField) -> None:
            if self.profile is not None:
                self.profile = replace(self.profile, fields=(*self.profile.fields, custom))
                self._fill_custom()

        self._write(lambda: profiles.define_field(name, kind, choices), added)

    # -- saving, undo

    def push(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self.undo_stack.push(_Edit(text, do, undo))
        self.retranslate_undo()

    def undo(self) -> None:
        self.undo_stack.undo()
        self.retranslate_undo()

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def ok(result: Any) -> None:
            self.status.setText(self.tr("Saved."))
            if done is not None:
                done(result)
            self.saved.emit()

        self.runner.write(work, ok, self._failed)

    def _failed(self, error: BaseException) -> None:
        reason = problem_text(error.code, self.region) if isinstance(error, FieldError) else str(error)
        self.status.setText(self.tr("Not saved: {reason}").format(reason=reason))
        self.failed.emit(reason)

    def commit_focused(self) -> None:
        """Save what the rep is typing in now (closing the sheet never loses it)."""
        focused = self.focusWidget()
        for name, widget in {**self.lines, **self.texts}.items():
            if widget is focused:
                self._line_done(name)
        if self.contacts.isAncestorOf(focused) if focused else False:
            self.contacts.commit()
        if self.dates.isAncestorOf(focused) if focused else False:
            self.dates.commit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.commit_focused()
        super().closeEvent(event)

    # -- printing

    def _choose_pdf(self) -> None:
        if self.profile is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the profile sheet"),
                                              f"{self.profile.customer.name}.pdf", "PDF (*.pdf)")
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> Path | None:
        if self.profile is None:
            return None
        self.commit_focused()
        profile = replace(self.profile, contacts=tuple(self.contacts.contacts), dates=tuple(self.dates.dates))
        written = write_pdf(profile, path, self.language, self.region)
        self.status.setText(self.tr("Printed to {path}").format(path=path))
        return written

    # -- words

    def _label(self, name: str) -> str:
        labels = {
            "kind": self.tr("Company or person"), "name": self.tr("Name"), "industry": self.tr("Industry"),
            "scale": self.tr("Scale"), "owner": self.tr("Our rep"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "wechat": self.tr("WeChat"), "address": self.tr("Address"),
            "province": self.tr("Province"), "city": self.tr("City"), "district": self.tr("District"),
            "area": self.tr("Area"), "credit_limit": self.tr("Credit limit"),
            "payment_terms": self.tr("Payment terms"), "competitors": self.tr("Competitors in place"),
            "preferences": self.tr("Preferences"), "notes": self.tr("Notes"), "founded_on": self.tr("Founded"),
            "tags": self.tr("Tags"),
            "flags": self.tr("Calling"), "do_not_call": self.tr("Do not call"),
            "marked_other": self.tr("Never needs us (“other”)"),
        }
        return labels.get(name, name)

    def _show_glance(self) -> None:
        profile = self.profile
        if profile is None:
            return
        c, glance = profile.customer, profile.glance
        self.setWindowTitle(self.tr("{name} — profile sheet").format(name=c.name))
        self.title_label.setText(c.name)
        tier = tier_name(c.tier_pin or c.tier)
        if c.tier_pin is not None:
            tier = self.tr("{tier} (pinned)").format(tier=tier)
        parts = [self.tr("Tier: {tier}").format(tier=tier)]
        if glance.stage:
            parts.append(self.tr("Stage: {stage}").format(stage=word(STAGES, glance.stage)))
        if glance.last_call_at is not None:
            parts.append(self.tr("Last call: {date}").format(
                date=glance.last_call_at.astimezone().date().isoformat()))
        if glance.last_intent:
            parts.append(self.tr("Intent: {intent}").format(intent=intent_short(glance.last_intent)))
        if glance.follow_up_on is not None:
            parts.append(self.tr("Follow up on {date}").format(
                date=glance.follow_up_on.isoformat()))
        if c.do_not_call:
            parts.append(self.tr("Do not call"))
        if c.tags:
            parts.append(self.tr("Tags: {tags}").format(tags=self.tr(", ").join(c.tags)))
        text = " · ".join(parts)
        if glance.churn_signals:
            text += "<br><span style='color:#b00020'>⚠ " + self.tr("Churn warning: {signals}").format(
                signals=", ".join(word(CHURN, code) for code in glance.churn_signals)) + "</span>"
        self.glance.setText(text)
        self._show_decider()
        area = " · ".join(part for part in (self.values.get("province"), self.values.get("city"),
                                            self.values.get("district")) if part)
        self.area.setText(area or self.tr("(no area yet: fill in province, city and district)"))

    def _show_decider(self) -> None:
        deciders = [c.name for c in self.contacts.contacts if BuyingRole.DECIDER in c.roles]
        if deciders:
            self.decider.setText("★ " + self.tr("Decider: {names}").format(names=", ".join(deciders)))
            self.decider.setStyleSheet("font-weight: bold; color: #1b5e20;")
        else:
            self.decider.setText("⚠ " + self.tr("No decider known yet: find out who decides."))
            self.decider.setStyleSheet("font-weight: bold; color: #b00020;")

    def _fill_tables(self) -> None:
        profile = self.profile
        if profile is None:
            return
        locale = QLocale()
        totals = profile.totals
        self.totals.setText(self.tr("{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid").format(
            count=locale.toString(totals.orders), amount=money(totals.amount_cents), paid=money(totals.paid_cents),
            unpaid=money(totals.unpaid_cents)))
        self.products_model.set_rows([(p.name, locale.toString(p.quantity), money(p.amount_cents),
                                       p.last_on.isoformat() if p.last_on else "") for p in profile.products])
        self.orders_model.set_rows([(o.ordered_on.isoformat(), money(o.amount_cents), money(o.paid_cents),
                                     money(o.profit_cents), o.products) for o in profile.orders])
        self.calls_model.set_rows([(call.called_at.astimezone().date().isoformat(),
                                    word(OUTCOMES, call.outcome.value),
                                    intent_short(call.intent), call.next_step)
                                   for call in profile.calls])
        self.intents_model.set_rows([(step.called_at.astimezone().date().isoformat(), self._intent_move(step),
                                      self._intent_change(step)) for step in reversed(profile.intent_history)])
        for table in (self.calls_table, self.intents_table):  # the levels' names in full (the last column stretches)
            table.resizeColumnsToContents()
        self.visits_model.set_rows([(visit.planned_on.isoformat(), status_name(visit.status), visit.purpose)
                                    for visit in profile.visits])
        self.reminders_model.set_rows([(reminder.due_on.isoformat(), word(REMINDER_KINDS, reminder.kind.value),
                                        reminder.text) for reminder in profile.reminders])

    def _intent_move(self, step: IntentStep) -> str:
        if step.from_intent is None:
            return intent_short(step.to_intent)
        return self.tr("{before} → {after}").format(before=intent_short(step.from_intent),
                                                     after=intent_short(step.to_intent))

    def _intent_change(self, step: IntentStep) -> str:
        if step.direction is IntentDirection.UP:
            return self.tr("Up by {steps}").format(steps=step.steps)
        if step.direction is IntentDirection.DOWN:
            return self.tr("Down by {steps}").format(steps=-step.steps)
        return self.tr("First recorded")

    def retranslate_undo(self) -> None:
        text = self.undo_stack.undoText()
        self.undo_button.setText(self.tr("Undo {edit}").format(edit=text) if text else self.tr("Undo"))

    def retranslate(self) -> None:
        for name, label in self.form_labels.items():
            label.setText(self._label(name))
        self._filling, was = True, self._filling
        kind = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItems([word(KINDS, "company"), word(KINDS, "person")])
        self.kind.setCurrentIndex(max(kind, 0))
        field_kind = self.new_field_kind.currentIndex()
        self.new_field_kind.clear()
        self.new_field_kind.addItems([word(FIELD_KINDS, kind.value) for kind in FieldKind])
        self.new_field_kind.setCurrentIndex(max(field_kind, 0))
        self._filling = was
        self.do_not_call.setText(self._label("do_not_call"))
        self.marked_other.setText(self._label("marked_other"))
        self.lines["credit_limit"].setPlaceholderText(self.tr("e.g. 50000"))
        self.lines["founded_on"].setPlaceholderText("2008-06-18")
        self.lines["tags"].setPlaceholderText(self.tr("e.g. VIP, trade show, referral"))
        self.new_field_name.setPlaceholderText(self.tr("New field's name"))
        self.new_field_choices.setPlaceholderText(self.tr("choices, separated by commas"))
        self.new_field_button.setText(self.tr("Add a field"))
        for index, title in enumerate((self.tr("Company"), self.tr("Contacts"), self.tr("Orders"),
                                       self.tr("Tier and its history"), self.tr("Dates"), self.tr("Custom fields"),
                                       self.tr("Calls and visits"))):
            self.tabs.setTabText(index, title)
        self.print_button.setText(self.tr("Print to PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.retranslate_undo()
        self.intents_title.setText(self.tr("Intent moves"))
        for model in (self.products_model, self.orders_model, self.calls_model, self.intents_model,
                      self.visits_model, self.reminders_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(model.columnCount() - 1, 0))
        self.contacts.retranslate()
        self.dates.retranslate()
        self._show_glance()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
