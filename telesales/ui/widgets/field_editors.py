"""Editors that save on their own: a line or a text that reports when the rep is done with it, an error line
under a field, and the words for the sheet's validation codes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("FieldProblems", "This cannot be empty."),
    "bad_phone": QT_TRANSLATE_NOOP("FieldProblems", "Not a valid phone number for {region}."),
    "bad_email": QT_TRANSLATE_NOOP("FieldProblems", "Not an e-mail address."),
    "bad_date": QT_TRANSLATE_NOOP("FieldProblems", "Not a date; write it as 2024-03-15."),
    "impossible_date": QT_TRANSLATE_NOOP("FieldProblems", "This date does not exist."),
    "bad_number": QT_TRANSLATE_NOOP("FieldProblems", "Not a number."),
    "bad_choice": QT_TRANSLATE_NOOP("FieldProblems", "Pick one of the choices."),
    "no_choices": QT_TRANSLATE_NOOP("FieldProblems", "A choice field needs at least one choice."),
    "tag_too_long": QT_TRANSLATE_NOOP("FieldProblems", "A tag is at most 30 characters."),
}
REGIONS = {
    "CN": QT_TRANSLATE_NOOP("FieldProblems", "mainland China"),
    "HK": QT_TRANSLATE_NOOP("FieldProblems", "Hong Kong"),
    "TW": QT_TRANSLATE_NOOP("FieldProblems", "Taiwan"),
    "OTHER": QT_TRANSLATE_NOOP("FieldProblems", "the region"),
}


def problem_text(code: str, region: str = "CN") -> str:
    template = QCoreApplication.translate("FieldProblems", PROBLEMS.get(code, code))
    return template.format(region=QCoreApplication.translate("FieldProblems", REGIONS.get(region, REGIONS["OTHER"])))


class TextEdit(QPlainTextEdit):
    """A multi-line text that says when the rep leaves it (QLineEdit's editingFinished for long text)."""

    editingFinished = Signal()  # noqa: N815 - Qt's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(70)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802
        self.setPlainText(text)


class ErrorLabel(QLabel):
    """A red line under a field saying what is wrong with it (hidden when nothing is)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
