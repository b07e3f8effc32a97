"""Reminders: what is due now and in the next days, each with its ready text; done, snooze, dismiss; history;
the greeting templates.

Everything is read and written through the book's reminder service on the runner (reads on the pool, changes on
the one writer). The ready text of a greeting can be touched up before copying; the copy is what goes to the
clipboard, the stored text stays as planned. Templates are edited per language; a template can use only the
placeholders every greeting can fill, and is checked before it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.greetings import (
    PLACEHOLDERS,
    GreetingTemplateError,
    render_greeting,
    template_placeholders,
)
from telesales.domain.reminders import MAX_SNOOZE_DAYS, Agenda, ReminderLine
from telesales.services.greeting_texts import (
    LANGUAGES,
    TemplateSet,
    language_of,
    occasion_names,
    sample_values,
)
from telesales.services.reminders import Planned, ReminderService
from telesales.ui.models.reminder_table import (
    CONTACT,
    CUSTOMER,
    DUE,
    KIND,
    OCCASION,
    OCCASION_DATE,
    ReminderTableModel,
    kind_name,
)
from telesales.ui.screens.base import Screen
from telesales.ui.workers import Runner

LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own language


@dataclass(frozen=True)
class _Loaded:
    agenda: Agenda
    history: list[ReminderLine]
    rep_name: str


class RemindersScreen(Screen):
    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.clock: Callable[[], date] = date.today  # tests set the day
        self.agenda: Agenda | None = None
        self.history: list[ReminderLine] = []
        self.rep_name = ""
        self.templates: TemplateSet | None = None
        self.loading = False
        self._message = ""
        self._template_message = ""

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.days_label = QLabel()
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 60)
        self.days_box.setValue(7)
        self.days_box.valueChanged.connect(lambda _value: self.refresh())
        self.days_unit = QLabel()
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.plan_now)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("status")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.days_label)
        top.addWidget(self.days_box)
        top.addWidget(self.days_unit)
        top.addSpacing(12)
        top.addWidget(self.plan_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._open_tab(), "")
        self.tabs.addTab(self._history_tab(), "")
        self.tabs.addTab(self._templates_tab(), "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._select(None)
        self.retranslate()

    # -- building

    @staticmethod
    def _table(model: ReminderTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((DUE, 96), (KIND, 110), (OCCASION, 210), (OCCASION_DATE, 96), (CUSTOMER, 240),
                              (CONTACT, 130)):
            table.setColumnWidth(column, width)
        return table

    def _open_tab(self) -> QWidget:
        self.model = ReminderTableModel(self)
        self.table = self._table(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row() if current.isValid() else None))

        self.text_title = QLabel()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(90)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_text)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton()
        self.snooze_button.clicked.connect(self.snooze)
        self.snooze_days = QSpinBox()
        self.snooze_days.setRange(1, MAX_SNOOZE_DAYS)
        self.snooze_days.setValue(1)
        self.snooze_unit = QLabel()
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        self.sign_hint = QLabel()
        self.sign_hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.snooze_days)
        buttons.addWidget(self.snooze_unit)
        buttons.addSpacing(12)
        buttons.addWidget(self.dismiss_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.text_title)
        detail_layout.addWidget(self.text_edit, 1)
        detail_layout.addWidget(self.sign_hint)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 170])
        return splitter

    def _history_tab(self) -> QWidget:
        self.history_model = ReminderTableModel(self)
        self.history_table = self._table(self.history_model)
        self.history_text = QPlainTextEdit()
        self.history_text.setReadOnly(True)
        self.history_text.setMaximumHeight(90)
        self.history_table.selectionModel().currentRowChanged.connect(self._history_selected)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.history_text)
        return widget

    def _templates_tab(self) -> QWidget:
        self.template_language_label = QLabel()
        self.template_language = QComboBox()
        for language in LANGUAGES:
            self.template_language.addItem(LANGUAGE_NAMES[language], language)
        self.template_language.currentIndexChanged.connect(lambda _index: self.load_templates())
        self.template_list = QListWidget()
        self.template_list.setMaximumWidth(260)
        self.template_list.currentItemChanged.connect(lambda _current, _previous: self._template_chosen())
        self.template_edit = QPlainTextEdit()
        self.template_edit.setMaximumHeight(160)
        self.template_edit.textChanged.connect(self._template_edited)
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.preview_title = QLabel()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.template_status = QLabel()
        self.template_status.setWordWrap(True)
        self.save_template_button = QPushButton()
        self.save_template_button.clicked.connect(self.save_template)
        self.reset_template_button = QPushButton()
        self.reset_template_button.clicked.connect(self.reset_template)

        right = QGridLayout()
        right.addWidget(self.template_edit, 0, 0, 1, 3)
        right.addWidget(self.placeholders, 1, 0, 1, 3)
        right.addWidget(self.preview_title, 2, 0, 1, 3)
        right.addWidget(self.preview, 3, 0, 1, 3)
        right.addWidget(self.template_status, 4, 0)
        right.addWidget(self.reset_template_button, 4, 1)
        right.addWidget(self.save_template_button, 4, 2)
        right.setColumnStretch(0, 1)
        right.setRowStretch(5, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.template_language_label)
        choose.addWidget(self.template_language)
        choose.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.template_list)
        body.addLayout(right, 1)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(choose)
        layout.addLayout(body, 1)
        return widget

    # -- Screen

    def title(self) -> str:
        return self.tr("Reminders")

    def service(self) -> ReminderService | None:
        return None if self.session is None else self.session.reminders

    def language(self) -> str:
        return language_of(QLocale().name())

    def refresh(self) -> None:
        service = self.service()
        if service is None:
            self.agenda, self.history, self.templates = None, [], None
            self.template_language.blockSignals(True)
            self.template_language.setCurrentIndex(max(0, self.template_language.findData(self.language())))
            self.template_language.blockSignals(False)
            self.model.set_lines([], self.clock(), {})
            self.history_model.set_lines([], self.clock(), {})
            self.template_list.clear()
            self._select(None)
            self._show_texts()
            return
        today, days = self.clock(), self.days_box.value()
        session = self.session
        assert session is not None

        def load() -> _Loaded:
            return _Loaded(service.agenda(today, days), service.history(),
                           str(session.settings()["rep.name"]).strip())

        self.loading = True
        self.runner.read(load, self._loaded, self._failed)
        if self.tabs.currentIndex() == 2:
            self.load_templates()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown again: read again (a call logged elsewhere may have made a follow-up)."""
        super().showEvent(event)
        if self.session is not None and not self.loading and self.agenda is not None:
            self.refresh()

    def _loaded(self, loaded: _Loaded) -> None:
        self.loading = False
        selected = self._selected_line()
        self.agenda, self.history, self.rep_name = loaded.agenda, loaded.history, loaded.rep_name
        names = occasion_names(self.language())
        today = loaded.agenda.today
        self.model.set_lines([*loaded.agenda.due_now, *loaded.agenda.upcoming], today, names)
        self.history_model.set_lines(loaded.history, today, names)
        if self.history_model.rowCount() > 0:
            self.history_table.selectRow(0)
        row = None if selected is None else self.model.row_of(selected.id)
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._select(row)
        self._show_texts()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._message = self.tr("Something went wrong: {reason}").format(reason=error)
        self._show_texts()

    # -- the open reminders

    def _selected_line(self) -> ReminderLine | None:
        index = self.table.currentIndex()
        return self.model.line_at(index.row()) if index.isValid() else None

    def _select(self, row: int | None) -> None:
        line = None if row is None or row >= self.model.rowCount() else self.model.line_at(row)
        self.text_edit.setPlainText("" if line is None else line.text)
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(line is not None)
        self.copy_button.setEnabled(line is not None and bool(line.text))
        self.snooze_days.setEnabled(line is not None)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text_edit.toPlainText())
        self._message = self.tr("The text is on the clipboard.")
        self._show_texts()

    def mark_done(self) -> None:
        self._change(lambda service, line: service.done(line.id, datetime.now(UTC)),
                     lambda what: self.tr("Done: {what}").format(what=what))

    def dismiss(self) -> None:
        self._change(lambda service, line: service.dismiss(line.id, datetime.now(UTC)),
                     lambda what: self.tr("Dismissed: {what}").format(what=what))

    def snooze(self) -> None:
        days, today = self.snooze_days.value(), self.clock()
        self._change(lambda service, line: service.snooze(line.id, days, today),
                     lambda what: self.tr("Snoozed for {days} days: {what}").format(
                         days=QLocale().toString(days), what=what))

    def _change(self, work: Callable[[ReminderService, ReminderLine], ReminderLine],
                message: Callable[[str], str]) -> None:
        service, line = self.service(), self._selected_line()
        if service is None or line is None:
            return
        what = self._describe(line)

        def done(_changed: ReminderLine) -> None:
            self._message = message(what)
            self.refresh()

        self.runner.write(lambda: work(service, line), done, self._failed)

    def _describe(self, line: ReminderLine) -> str:
        occasion = occasion_names(self.language()).get(line.occasion, "") or kind_name(line.kind)
        who = line.contact_name or line.customer_name
        return " · ".join(part for part in (occasion, who) if part)

    def plan_now(self) -> None:
        service = self.service()
        if service is None:
            return
        today, language = self.clock(), self.language()

        def done(result: object) -> None:
            added = getattr(result, "added", 0)
            self._message = self.tr("{count} new reminders planned.").format(count=QLocale().toString(added))
            self.refresh()

        def write(planned: Planned) -> None:
            self.runner.write(lambda: service.add_planned(planned), done, self._failed)

        self.runner.read(lambda: service.prepare_day(today, language, datetime.now(UTC)), write, self._failed)

    def _history_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.history_model.line_at(current.row()) if current.isValid() else None
        self.history_text.setPlainText("" if line is None else line.text)

    # -- templates

    def _tab_changed(self, index: int) -> None:
        if index == 2 and self.templates is None:
            self.load_templates()

    def template_language_code(self) -> str:
        return str(self.template_language.currentData() or self.language())

    def load_templates(self) -> None:
        service = self.service()
        if service is None:
            return
        if self.templates is None:  # first time: the rep's own language
            self.template_language.blockSignals(True)
            self.template_language.setCurrentIndex(max(0, self.template_language.findData(self.language())))
            self.template_language.blockSignals(False)
        language = self.template_language_code()
        self.runner.read(lambda: service.templates(language), self._templates_loaded, self._failed)

    def _templates_loaded(self, templates: TemplateSet) -> None:
        chosen = self.template_list.currentItem()
        name = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.templates = templates
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for key in templates.templates:
            item = QListWidgetItem(templates.names.get(key, key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        keys = list(templates.templates)
        self.template_list.setCurrentRow(keys.index(name) if name in keys else 0)
        self._template_chosen()

    def chosen_template(self) -> str | None:
        item = self.template_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _template_chosen(self) -> None:
        name, templates = self.chosen_template(), self.templates
        self.template_edit.blockSignals(True)
        self.template_edit.setPlainText("" if name is None or templates is None else templates.templates[name])
        self.template_edit.blockSignals(False)
        self._template_message = ""
        self._template_edited()

    def template_problem(self, text: str) -> str:
        """The rep's words for what is wrong with `text` as a template, or ""."""
        if not text.strip():
            return self.tr("A template cannot be empty.")
        try:
            names = template_placeholders(text)
        except GreetingTemplateError:
            return self.tr("Write placeholders as a name in braces, such as {contact}; for a brace itself write "
                           "two: {{ or }}.")
        unknown = sorted(names - set(PLACEHOLDERS))
        if unknown:
            return self.tr("Unknown placeholder {names}.").replace(
                "{names}", ", ".join(f"{{{name}}}" for name in unknown))
        return ""

    def _template_edited(self) -> None:
        name, templates = self.chosen_template(), self.templates
        text = self.template_edit.toPlainText()
        problem = self.template_problem(text) if name is not None else ""
        if name is None or templates is None:
            self.preview.setText("")
        elif problem:
            self.preview.setText(problem)
        else:
            values = sample_values(templates.language, self.rep_name or self.tr("Your name"))
            values["occasion"] = templates.names.get(name, name)
            self.preview.setText(render_greeting(text, values))
        edited = templates is not None and name is not None and text != templates.shipped.get(name)
        self.save_template_button.setEnabled(name is not None and not problem and templates is not None
                                             and text != templates.templates.get(name))
        self.reset_template_button.setEnabled(edited or (templates is not None and name in templates.edited))
        self.retranslate_templates()

    def save_template(self) -> None:
        service, name = self.service(), self.chosen_template()
        text, language = self.template_edit.toPlainText(), self.template_language_code()
        if service is None or name is None or self.template_problem(text):
            return

        def saved(templates: TemplateSet) -> None:
            self._templates_loaded(templates)
            self._template_message = self.tr("Saved. New reminders use this text.")
            self.retranslate_templates()

        self.runner.write(lambda: service.save_template(language, name, text), saved, self._failed)

    def reset_template(self) -> None:
        service, name, language = self.service(), self.chosen_template(), self.template_language_code()
        if service is None or name is None:
            return

        def reset(templates: TemplateSet) -> None:
            self._templates_loaded(templates)
            self._template_message = self.tr("The original text is back.")
            self.retranslate_templates()

        self.runner.write(lambda: service.reset_template(language, name), reset, self._failed)

    # -- words

    def retranslate(self) -> None:
        """The language changed: every word again, the tables' words too."""
        names = occasion_names(self.language())
        self.model.set_occasion_names(names)
        self.history_model.set_occasion_names(names)
        self._show_texts()

    def _show_texts(self) -> None:
        self.heading.setText(self.tr("Reminders"))
        self.days_label.setText(self.tr("Show the next"))
        self.days_unit.setText(self.tr("days"))
        self.plan_button.setText(self.tr("Plan greetings now"))
        self.tabs.setTabText(0, self.tr("Due and coming"))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setTabText(2, self.tr("Templates"))
        self.text_title.setText(self.tr("Ready text (touch it up here, then copy it):"))
        self.copy_button.setText(self.tr("Copy text"))
        self.done_button.setText(self.tr("Done"))
        self.snooze_button.setText(self.tr("Snooze for"))
        self.snooze_unit.setText(self.tr("days"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        unsigned = self.session is not None and self.agenda is not None and not self.rep_name
        self.sign_hint.setText(self.tr(
            "Greetings are signed with your name: set it in File → Settings (My name).") if unsigned else "")
        self.sign_hint.setVisible(unsigned)
        locale = QLocale()
        agenda = self.agenda
        if self.session is None:
            self.summary.setText(self.tr("No book open"))
        elif agenda is None:
            self.summary.setText(self.tr("Loading…"))
        else:
            text = self.tr("{due} due now · {coming} in the next {days} days").format(
                due=locale.toString(len(agenda.due_now)), coming=locale.toString(len(agenda.upcoming)),
                days=locale.toString(self.days_box.value()))
            if agenda.truncated:
                text += " · " + self.tr("showing the first {count}").format(
                    count=locale.toString(len(agenda.due_now) + len(agenda.upcoming)))
            self.summary.setText(text)
        self.message.setText(self._message)
        self.message.setVisible(bool(self._message))
        self.retranslate_templates()

    def retranslate_templates(self) -> None:
        self.template_language_label.setText(self.tr("Templates in"))
        self.placeholders.setText(self.tr("Placeholders: {names}").replace(
            "{names}", "  ".join(f"{{{name}}}" for name in PLACEHOLDERS)))
        self.preview_title.setText(self.tr("Preview with sample names:"))
        self.save_template_button.setText(self.tr("Save template"))
        self.reset_template_button.setText(self.tr("Restore the original"))
        self.template_status.setText(self._template_message)

