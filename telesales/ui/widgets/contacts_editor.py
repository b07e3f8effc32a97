"""The sheet's contacts: a list (the decider marked ★) and the chosen contact's fields, buying roles (several)
and birthday (solar or lunar). Every change is checked at the field and saved at once through the sheet's undo
stack (`push`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.model import AnnualDate, BuyingRole, CalendarKind, Contact
from telesales.domain.phones import display_phone
from telesales.domain.profile import FieldError, check_annual, check_email, check_phone
from telesales.ui.customer_words import CALENDARS, ROLES, word
from telesales.ui.widgets.field_editors import ErrorLabel, TextEdit, problem_text

Push = Callable[[str, Callable[[], None], Callable[[], None]], None]
Save = Callable[[Contact, Callable[[int], None]], None]


class ContactsEditor(QWidget):
    changed = Signal()  # the contacts changed (the sheet re-reads who decides)

    def __init__(self, push: Push, save: Save, remove: Callable[[int], None], region: Callable[[], str]) -> None:
        super().__init__()
        self._push, self._save, self._remove, self._region = push, save, remove, region
        self.contacts: list[Contact] = []
        self.customer_id = 0
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(self._show)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)

        self.edits = {name: QLineEdit() for name in ("name", "title", "phone", "email", "wechat")}
        self.notes = TextEdit()
        self.errors = {name: ErrorLabel() for name in ("name", "phone", "email", "birthday")}
        self.roles = {role: QCheckBox() for role in BuyingRole}
        self.calendar = QComboBox()
        self.month, self.day = QSpinBox(), QSpinBox()
        self.month.setRange(1, 12)
        self.day.setRange(1, 31)
        self.leap = QCheckBox()
        self.year = QLineEdit()
        self.year.setMaximumWidth(70)
        for edit in self.edits.values():
            edit.editingFinished.connect(self.commit)
        self.notes.editingFinished.connect(self.commit)
        for box in self.roles.values():
            box.toggled.connect(lambda _on: self.commit())
        self.calendar.currentIndexChanged.connect(lambda _i: self._birthday_changed())
        for spin in (self.month, self.day):
            spin.editingFinished.connect(self._birthday_changed)
        self.leap.toggled.connect(lambda _on: self._birthday_changed())
        self.year.editingFinished.connect(self._birthday_changed)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        for row, name in enumerate(("name", "title", "phone", "email", "wechat")):
            self.form.addRow(self.labels[row], self._with_error(self.edits[name], self.errors.get(name)))
        roles = QGridLayout()
        for index, box in enumerate(self.roles.values()):
            roles.addWidget(box, index // 3, index % 3)
        self.form.addRow(self.labels[5], self._wrap(roles))
        birthday = QHBoxLayout()
        for widget in (self.calendar, self.month, self.day, self.leap, self.year):
            birthday.addWidget(widget)
        birthday.addStretch(1)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(birthday)
        box.addWidget(self.errors["birthday"])
        self.form.addRow(self.labels[6], self._wrap(box))
        self.form.addRow(self.labels[7], self.notes)
        self.detail = QWidget()
        detail_box = QVBoxLayout(self.detail)
        detail_box.addLayout(self.form)
        detail_box.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.detail, 1)
        self._filling = False
        self.retranslate()

    @staticmethod
    def _wrap(layout: QGridLayout | QHBoxLayout | QVBoxLayout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    def _with_error(self, editor: QWidget, error: ErrorLabel | None) -> QWidget:
        if error is None:
            return editor
        box = QVBoxLayout()
        box.addWidget(editor)
        box.addWidget(error)
        return self._wrap(box)

    # -- showing

    def set_contacts(self, customer_id: int, contacts: list[Contact], select_id: int | None = None) -> None:
        current = self.current()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.customer_id, self.contacts = customer_id, list(contacts)
        self._filling = True
        self.list.clear()
        for contact in self.contacts:
            item = QListWidgetItem(self._line(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.list.addItem(item)
        self._filling = False
        row = next((i for i, c in enumerate(self.contacts) if c.id == keep), 0 if self.contacts else -1)
        self.list.setCurrentRow(row)
        self._show(row)

    def _line(self, contact: Contact) -> str:
        roles = " · ".join(word(ROLES, role.value) for role in BuyingRole if role in contact.roles)
        star = "★ " if BuyingRole.DECIDER in contact.roles else ""
        return f"{star}{contact.name}" + (f"\n{roles}" if roles else "")

    def current(self) -> Contact | None:
        row = self.list.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    def _show(self, _row: int) -> None:
        if self._filling:
            return
        contact = self.current()
        self.detail.setEnabled(contact is not None)
        self.remove_button.setEnabled(contact is not None)
        self._filling = True
        for name, edit in self.edits.items():
            value = getattr(contact, name) if contact else ""
            edit.setText(display_phone(value, self._region()) if name == "phone" else value)
        self.notes.setText(contact.notes if contact else "")
        for role, box in self.roles.items():
            box.setChecked(bool(contact and role in contact.roles))
        when = contact.birthday if contact else None
        self.calendar.setCurrentIndex(0 if when is None else (1 if when.calendar is CalendarKind.SOLAR else 2))
        self.month.setValue(when.month if when else 1)
        self.day.setValue(when.day if when else 1)
        self.leap.setChecked(bool(when and when.leap))
        self.year.setText(str(when.year) if when and when.year else "")
        self._birthday_enabled()
        for error in self.errors.values():
            error.show_problem("")
        self._filling = False

    def _birthday_enabled(self) -> None:
        on = self.calendar.currentIndex() > 0
        for widget in (self.month, self.day, self.year):
            widget.setEnabled(on)
        self.leap.setEnabled(self.calendar.currentIndex() == 2)

    # -- editing

    def _birthday_changed(self) -> None:
        self._birthday_enabled()
        self.commit()

    def _read(self, contact: Contact) -> Contact | None:
        """The contact as the fields show it, or None (with the problem shown at its field)."""
        problems: dict[str, str] = {}
        name = self.edits["name"].text().strip()
        if not name:
            problems["name"] = "required"
        phone = self.edits["phone"].text().strip()
        try:
            phone = check_phone(phone, self._region())
        except FieldError as error:
            problems["phone"] = error.code
        email = self.edits["email"].text().strip()
        try:
            email = check_email(email)
        except FieldError as error:
            problems["email"] = error.code
        birthday: AnnualDate | None = None
        if self.calendar.currentIndex() > 0:
            year_text = self.year.text().strip()
            try:
                if year_text and not year_text.isdigit():
                    raise FieldError("impossible_date")
                calendar = CalendarKind.SOLAR if self.calendar.currentIndex() == 1 else CalendarKind.LUNAR
                birthday = check_annual(calendar, self.month.value(), self.day.value(),
                                        self.leap.isChecked() and calendar is CalendarKind.LUNAR,
                                        int(year_text) if year_text else None)
            except FieldError as error:
                problems["birthday"] = error.code
        for field, label in self.errors.items():
            label.show_problem(problem_text(problems[field], self._region()) if field in problems else "")
        if problems:
            return None
        return replace(contact, name=name, title=self.edits["title"].text().strip(), phone=phone, email=email,
                       wechat=self.edits["wechat"].text().strip(), notes=self.notes.text().strip(),
                       roles=frozenset(role for role, box in self.roles.items() if box.isChecked()),
                       birthday=birthday)

    def commit(self) -> None:
        """Save the shown contact when the rep changed something (and it is valid)."""
        contact = self.current()
        if self._filling or contact is None:
            return
        new = self._read(contact)
        if new is None or new == contact:
            return
        self._push(self.tr("Edit {name}").format(name=new.name), lambda: self._put(new), lambda: self._put(contact))

    def _put(self, contact: Contact) -> None:
        """Show and save `contact` (an edit, its undo, or bringing a removed contact back)."""
        index = next((i for i, c in enumerate(self.contacts) if c.id == contact.id), None)
        if index is None:
            self.contacts.append(contact)
        else:
            self.contacts[index] = contact
        self.set_contacts(self.customer_id, self.contacts, contact.id)
        self._save(contact, lambda _id: None)
        self.changed.emit()

    def add_contact(self) -> None:
        name = self.tr("New contact")
        holder: dict[str, Contact] = {}

        def do() -> None:
            fresh = Contact(id=holder["made"].id if "made" in holder else 0, customer_id=self.customer_id, name=name)

            def saved(contact_id: int) -> None:
                holder["made"] = replace(fresh, id=contact_id)
                self.contacts.append(holder["made"])
                self.set_contacts(self.customer_id, self.contacts, contact_id)
                self.edits["name"].setFocus()
                self.edits["name"].selectAll()
                self.changed.emit()

            self._save(fresh, saved)

        def undo() -> None:
            made = holder.get("made")
            if made is not None:
                self._drop(made.id)

        self._push(self.tr("Add a contact"), do, undo)

    def remove_contact(self) -> None:
        contact = self.current()
        if contact is None:
            return
        self._push(self.tr("Remove {name}").format(name=contact.name), lambda: self._drop(contact.id),
                   lambda: self._put(contact))

    def _drop(self, contact_id: int) -> None:
        self.contacts = [c for c in self.contacts if c.id != contact_id]
        self.set_contacts(self.customer_id, self.contacts)
        self._remove(contact_id)
        self.changed.emit()

    def retranslate(self) -> None:
        labels = (self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("E-mail"), self.tr("WeChat"),
                  self.tr("Buying roles"), self.tr("Birthday"), self.tr("Notes"))
        for widget, label in zip(self.labels, labels, strict=True):
            widget.setText(label)
        for role, box in self.roles.items():
            box.setText(word(ROLES, role.value))
        self._filling, current = True, self.calendar.currentIndex()
        self.calendar.clear()
        self.calendar.addItems([self.tr("No birthday"), word(CALENDARS, "solar"), word(CALENDARS, "lunar")])
        self.calendar.setCurrentIndex(max(current, 0))
        self._filling = False
        self.leap.setText(self.tr("leap month"))
        self.year.setPlaceholderText(self.tr("year"))
        self.month.setSuffix(self.tr(" mo."))
        self.day.setSuffix(self.tr(" d."))
        self.add_button.setText(self.tr("Add a contact"))
        self.remove_button.setText(self.tr("Remove"))
        for row, contact in enumerate(self.contacts):
            self.list.item(row).setText(self._line(contact))
