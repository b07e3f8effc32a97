"""Pinning a customer's tier by hand, and the customer's tier history (DOMAIN.md §1: a pin needs a reason, wins
over the computation and is shown as a pin; every tier change is recorded with its date).

`PinDialog` pins (or moves a pin) with a required reason; `UnpinDialog` lifts a pin and says which computed tier
applies again. Both write through the runner's one writer and close once the book has it. `TierPanel` is the
profile sheet's page: the tier now, the buttons, and every recorded change, newest first.

The history words a change by its code, and a pin's change adds the reason the rep typed for it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.model import Tier, TierChange
from telesales.domain.tiering import movement
from telesales.services.customer_value import CustomerValueService
from telesales.ui.labels import tier_name
from telesales.ui.models.rows_table import RowsModel
from telesales.ui.value_words import movement_name, reason_name, tier_with_pin
from telesales.ui.widgets.field_editors import ErrorLabel
from telesales.ui.workers import Runner

NOTE_STYLE = "color: #5f6368;"  # a quiet grey that still reads on a light window


@dataclass(frozen=True, slots=True)
class PinTarget:
    """The customer a pin is about: its computed tier, and its pin with the reason (None: not pinned)."""

    customer_id: int
    name: str
    computed: Tier
    pin: Tier | None = None
    reason: str = ""

    @property
    def tier(self) -> Tier:
        return self.pin or self.computed


def _bold(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


class _WriteDialog(QDialog):
    """A small dialog that writes once through the runner and closes when the book has it."""

    written = Signal(object)  # the TierChange recorded, or None when the tier the book uses did not move

    def __init__(self, value: CustomerValueService, runner: Runner, target: PinTarget, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.runner, self.target, self.today = value, runner, target, today
        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.now = QLabel()
        self.now.setTextFormat(Qt.TextFormat.PlainText)
        self.now.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.saving = False

    def confirm(self) -> None:
        raise NotImplementedError

    def _write(self, work: Callable[[], Any]) -> None:
        self.saving = True
        self.buttons.setEnabled(False)
        self.runner.write(work, self._saved, self._failed)

    def _saved(self, change: TierChange | None) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.written.emit(change)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        # a base class's self.tr would look up the subclass's context at run time: name the context
        self.error.show_problem(QCoreApplication.translate("TierPin", "Not saved: {reason}").format(reason=error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-apply every visible text in the current language."""


class PinDialog(_WriteDialog):
    """Pin a tier, or move a pin: the tier and a reason, both required."""

    def __init__(self, value: CustomerValueService, runner: Runner, target: PinTarget, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(value, runner, target, today, parent)
        self.tier = QComboBox()
        self.reason = QLineEdit(target.reason)
        self.reason.setMaxLength(400)  # the book keeps up to 400 characters
        self.reason.textChanged.connect(lambda _text: self.error.show_problem(""))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.tier_label, self.reason_label = QLabel(), QLabel()
        self.tier_label.setBuddy(self.tier)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.tier_label, self.tier)
        form.addRow(self.reason_label, self.reason)
        form.addRow(QLabel(), self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.now)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.tier.setCurrentIndex(list(Tier).index(target.tier))
        self.reason.setFocus()
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> Tier:
        return list(Tier)[max(self.tier.currentIndex(), 0)]

    def confirm(self) -> None:
        if self.saving:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_problem(self.tr("Say why you pin this tier: the reason stays with the pin."))
            self.reason.setFocus()
            return
        self.error.show_problem("")
        value, customer_id, tier, today = self.value, self.target.customer_id, self.chosen(), self.today
        self._write(lambda: value.pin(customer_id, tier, reason, today))

    def retranslate(self) -> None:
        target = self.target
        self.setWindowTitle(self.tr("Pin a tier"))
        self.who.setText(_bold(target.name))
        if target.pin is None:
            self.now.setText(self.tr("Now: {tier}, as the book computed it").format(tier=tier_name(target.computed)))
        else:
            self.now.setText(self.tr("Now: {tier} · computed tier: {computed}").format(
                tier=tier_with_pin(target.pin, True), computed=tier_name(target.computed)))
        index = self.tier.currentIndex()
        self.tier.clear()
        self.tier.addItems([tier_name(tier) for tier in Tier])
        self.tier.setCurrentIndex(max(index, 0))
        self.tier_label.setText(self.tr("Tier to pin"))
        self.reason_label.setText(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("e.g. buys for the whole group; serve as a big customer"))
        self.note.setText(self.tr("A pinned tier wins over the computed one at every re-tiering until you lift the "
                                  "pin. The change is kept in the customer's tier history."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class UnpinDialog(_WriteDialog):
    """Lift a pin: says which computed tier applies again."""

    def __init__(self, value: CustomerValueService, runner: Runner, target: PinTarget, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(value, runner, target, today, parent)
        self.back = QLabel()
        self.back.setTextFormat(Qt.TextFormat.RichText)
        self.back.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.now)
        layout.addWidget(self.back)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def confirm(self) -> None:
        if self.saving:
            return
        value, customer_id, today = self.value, self.target.customer_id, self.today
        self._write(lambda: value.unpin(customer_id, today))

    def retranslate(self) -> None:
        target = self.target
        self.setWindowTitle(self.tr("Lift the pin"))
        self.who.setText(_bold(target.name))
        self.now.setText(self.tr("Pinned to {tier} by hand. Why: {reason}").format(
            tier=tier_name(target.pin or target.computed), reason=target.reason or "—"))
        self.back.setText(self.tr("Without the pin the computed tier applies again: {computed} (as of the last "
                                  "re-tiering).").format(computed=_bold(tier_name(target.computed))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lift the pin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class TierPanel(QWidget):
    """The profile sheet's tier page: the tier now (a pin shown as a pin, with the computed tier and the reason),
    pin or lift it, and every recorded change of this customer, newest first."""

    changed = Signal(object)  # the PinTarget after a pin or an unpin reached the book
    history_loaded = Signal()

    def __init__(self, value: CustomerValueService | None, runner: Runner, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.runner, self.today = value, runner, today
        self.target: PinTarget | None = None
        self.history: list[TierChange] = []
        self.history_ready = False
        self.dialog: _WriteDialog | None = None
        self._asked = 0

        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.RichText)
        self.current.setWordWrap(True)
        self.why = QLabel()
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        self.pin_button, self.unpin_button = QPushButton(), QPushButton()
        self.pin_button.clicked.connect(self.open_pin)
        self.unpin_button.clicked.connect(self.open_unpin)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._message: Callable[[], str] = str  # the last outcome, worded again when the language changes
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(NOTE_STYLE)
        self.model = RowsModel(lambda: (self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Moved"),
                                        self.tr("Why")), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.unpin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- reading

    def set_target(self, target: PinTarget) -> None:
        """Show this customer, and read its tier history."""
        self.target = target
        self.retranslate()
        self.load_history()

    def load_history(self) -> None:
        value, target = self.value, self.target
        if value is None or target is None:
            return
        self._asked += 1
        asked, customer_id = self._asked, target.customer_id
        self.runner.read(lambda: value.tier_history(customer_id),
                         lambda found: self._show_history(asked, found), self._failed)

    def _show_history(self, asked: int, history: list[TierChange]) -> None:
        if asked != self._asked:
            return  # a newer read is on its way
        self.history, self.history_ready = history, True
        self._fill()
        self.retranslate()
        self.history_loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._message = lambda: self.tr("The tier history could not be read: {reason}").format(reason=error)
        self.retranslate()

    # -- pinning

    def open_pin(self) -> QDialog | None:
        return self._open(PinDialog)

    def open_unpin(self) -> QDialog | None:
        if self.target is None or self.target.pin is None:
            return None
        return self._open(UnpinDialog)

    def _open(self, kind: type[_WriteDialog]) -> QDialog | None:
        value, target = self.value, self.target
        if value is None or target is None:
            return None
        dialog = kind(value, self.runner, target, self.today(), self)
        dialog.written.connect(lambda change, dialog=dialog: self._written(dialog, change))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _written(self, dialog: _WriteDialog, change: TierChange | None) -> None:
        target = dialog.target
        if isinstance(dialog, PinDialog):
            pin = dialog.chosen()
            target = PinTarget(target.customer_id, target.name, target.computed, pin, dialog.reason.text().strip())
            self._message = lambda: self.tr("Pinned to {tier}.").format(tier=tier_name(pin))
        else:
            target = PinTarget(target.customer_id, target.name, target.computed)
            computed = target.computed
            self._message = lambda: self.tr("Pin lifted: {tier} again, as the book computed it.").format(
                tier=tier_name(computed))
        self.set_target(target)
        self.changed.emit(target)

    # -- words

    def _fill(self) -> None:
        rows = []
        for change in self.history:
            why = reason_name(change.reason)
            if change.note:
                why = self.tr("{why}: {reason}").format(why=why, reason=change.note)
            rows.append((change.changed_on.isoformat(),  # as the sheet's other tables write days
                         tier_name(change.from_tier) if change.from_tier else "",
                         tier_name(change.to_tier), movement_name(movement(change)), why))
        self.model.set_rows(rows)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but the reason as wide as its widest text, with room to breathe."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width + 18)

    def retranslate(self) -> None:
        target = self.target
        if target is None:
            self.current.setText("")
            self.why.setText("")
        elif target.pin is None:
            self.current.setText(self.tr("Tier: {tier}, as the book computed it").format(
                tier=_bold(tier_name(target.computed))))
            self.why.setText("")
        else:
            self.current.setText(self.tr("Tier: {tier} · computed tier: {computed}").format(
                tier=_bold(tier_with_pin(target.pin, True)), computed=tier_name(target.computed)))
            self.why.setText(self.tr("Why pinned: {reason}").format(reason=target.reason or "—"))
        self.why.setVisible(bool(self.why.text()))
        pinned = target is not None and target.pin is not None
        self.pin_button.setText(self.tr("Change the pin…") if pinned else self.tr("Pin a tier…"))
        self.pin_button.setEnabled(target is not None and self.value is not None)
        self.unpin_button.setText(self.tr("Lift the pin…"))
        self.unpin_button.setEnabled(pinned and self.value is not None)
        self.message.setText(self._message())
        self.message.setVisible(bool(self.message.text()))
        self.heading.setText(self.tr("Tier history, newest first"))
        if not self.history_ready:
            self.empty.setText(self.tr("Reading the tier history…") if target is not None else "")
        elif not self.history:
            self.empty.setText(self.tr("No tier change recorded yet: the book records one at each re-tiering "
                                       "that moves this customer, and at each pin."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if self.history_ready:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
            self.retranslate()
        super().changeEvent(event)
