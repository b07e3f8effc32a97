"""After a visit: how it went, as quickly as logging a call — met or not, notes, the next step and its date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.visiting import VisitLine
from telesales.services.visits import VisitOutcome


class VisitOutcomeDialog(QDialog):
    def __init__(self, line: VisitLine, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.today = today
        self.who = QLabel(f"<b>{_escape(line.customer_name)}</b><br>{_escape(line.address)}")
        self.met = QRadioButton()
        self.not_met = QRadioButton()
        self.met.setChecked(True)
        self.notes = QPlainTextEdit(line.visit.outcome_notes)
        self.notes.setTabChangesFocus(True)
        self.next_step = QLineEdit()
        self.follow_up = QCheckBox()
        self.next_on = QDateEdit(QDate(today + timedelta(days=7)))
        self.next_on.setCalendarPopup(True)
        self.next_on.setMinimumDate(QDate(today))
        self.next_on.setEnabled(False)
        self.follow_up.toggled.connect(self.next_on.setEnabled)
        self.next_step.textChanged.connect(lambda text: self.follow_up.setChecked(bool(text.strip())))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        how = QHBoxLayout()
        how.addWidget(self.met)
        how.addWidget(self.not_met)
        how.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.follow_up)
        when.addWidget(self.next_on)
        when.addStretch(1)
        self.form = QFormLayout()
        self.how_label, self.notes_label, self.step_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.how_label, how)
        self.form.addRow(self.notes_label, self.notes)
        self.form.addRow(self.step_label, self.next_step)
        self.form.addRow(QLabel(), when)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(460, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How did the visit go?"))
        self.met.setText(self.tr("Met"))
        self.not_met.setText(self.tr("Not met"))
        self.how_label.setText(self.tr("Visit"))
        self.notes_label.setText(self.tr("Notes"))
        self.step_label.setText(self.tr("Next step"))
        self.follow_up.setText(self.tr("Follow up on"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def outcome(self) -> VisitOutcome:
        on = self.next_on.date().toPython() if self.follow_up.isChecked() else None
        return VisitOutcome(visit_id=self.line.id, done=self.met.isChecked(), notes=self.notes.toPlainText(),
                            next_step=self.next_step.text(), next_step_on=on)  # type: ignore[arg-type]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["VisitOutcomeDialog"]
