"""Settings: the app's language (applied at once, no restart) and the book's rules, built from their declarations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.settings import SETTINGS, RuleSettings, SettingSpec
from telesales.i18n.choice import LANGUAGE_NAMES, LANGUAGES


def _settings_text(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class SettingsDialog(QDialog):
    def __init__(self, language: str, rules: RuleSettings | None, on_language: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_language = on_language
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        self.language_box.currentIndexChanged.connect(
            lambda index: self._on_language(self.language_box.itemData(index)))
        self.language_label = QLabel()
        self.tabs = QTabWidget()
        general = QWidget()
        general_form = QFormLayout(general)
        general_form.addRow(self.language_label, self.language_box)
        self.tabs.addTab(general, "")
        self.editors: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.groups: list[str] = []
        forms: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.group not in forms:
                page = QWidget()
                forms[spec.group] = QFormLayout(page)
                self.tabs.addTab(page, "")
                self.groups.append(spec.group)
            editor = _editor_for(spec, rules[spec.key] if rules else spec.default)
            editor.setEnabled(rules is not None)
            label = QLabel()
            forms[spec.group].addRow(label, editor)
            self.editors[spec.key] = editor
            self.row_labels[spec.key] = label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # every group's tab in sight (many groups: the rep should not scroll a tab bar to find one)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setExpanding(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def values(self) -> dict[str, Any]:
        """The rules as edited."""
        return {key: _value_of(editor) for key, editor in self.editors.items()}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.tabs.setTabText(0, self.tr("General"))
        for index, group in enumerate(self.groups, start=1):
            self.tabs.setTabText(index, _settings_text(group))
        for spec in SETTINGS:
            self.row_labels[spec.key].setText(_settings_text(spec.title))
            editor = self.editors[spec.key]
            if spec.placeholder and isinstance(editor, QLineEdit):  # what an empty field means
                editor.setPlaceholderText(_settings_text(spec.placeholder))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _editor_for(spec: SettingSpec, value: Any) -> QWidget:
    if spec.kind is bool:
        box = QCheckBox()
        box.setChecked(bool(value))
        return box
    if spec.choices:
        combo = QComboBox()
        for choice in spec.choices:
            combo.addItem(choice, choice)
        combo.setCurrentIndex(spec.choices.index(value) if value in spec.choices else 0)
        return combo
    if spec.kind is str:
        line = QLineEdit(str(value))
        if spec.maximum is not None:
            line.setMaxLength(int(spec.maximum))
        return line
    if spec.kind is int:
        spin = QSpinBox()
        spin.setRange(int(spec.minimum or 0), int(spec.maximum if spec.maximum is not None else 1_000_000))
        spin.setValue(int(value))
        return spin
    double = QDoubleSpinBox()
    double.setDecimals(1)
    double.setRange(float(spec.minimum or 0), float(spec.maximum if spec.maximum is not None else 1e9))
    double.setValue(float(value))
    return double


def _value_of(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    raise TypeError(editor)


def changed(values: Mapping[str, Any], rules: RuleSettings) -> dict[str, Any]:
    return {key: value for key, value in values.items() if rules[key] != value}
