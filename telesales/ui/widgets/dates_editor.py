"""The sheet's important dates (company anniversary, first deal, events…), solar or lunar: a table and the
chosen date's fields, checked at the field (13/01 or solar 2/30 refused; lunar 2/30 kept, see the domain rule)
and saved at once through the sheet's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.model import AnnualDate, CalendarKind, DateKind, ImportantDate
from telesales.domain.profile import FieldError, check_annual
from telesales.ui.customer_words import CALENDARS, DATE_KINDS, word
from telesales.ui.models.rows_table import RowsModel
from telesales.ui.widgets.field_editors import ErrorLabel, problem_text

Push = Callable[[str, Callable[[], None], Callable[[], None]], None]


def annual_text(when: AnnualDate) -> str:
    leap = "闰" if when.leap else ""
    year = f"{when.year}-" if when.year else ""
    return f"{word(CALENDARS, when.calendar.value)} {year}{leap}{when.month:02d}-{when.day:02d}"


class DatesEditor(QWidget):
    def __init__(self, push: Push, save: Callable[[ImportantDate, Callable[[int], None]], None],
                 remove: Callable[[int], None]) -> None:
        super().__init__()
        self._push, self._save, self._remove = push, save, remove
        self.dates: list[ImportantDate] = []
        self.customer_id = 0
        self.model = RowsModel(lambda: (self.tr("What"), self.tr("Label"), self.tr("Date")), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._picked)
        self.kind, self.calendar = QComboBox(), QComboBox()
        self.label = QLineEdit()
        self.month, self.day = QSpinBox(), QSpinBox()
        self.month.setRange(1, 13)  # 13 so a mistyped month is refused with a message, not silently clamped
        self.day.setRange(1, 31)
        self.leap = QCheckBox()
        self.year = QLineEdit()
        self.year.setMaximumWidth(70)
        self.error = ErrorLabel()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_date)
        self.remove_button.clicked.connect(self.remove_date)
        for combo in (self.kind, self.calendar):
            combo.currentIndexChanged.connect(lambda _i: self.commit())
        for spin in (self.month, self.day):
            spin.editingFinished.connect(self.commit)
        self.leap.toggled.connect(lambda _on: self.commit())
        self.label.editingFinished.connect(self.commit)
        self.year.editingFinished.connect(self.commit)
        editors = QHBoxLayout()
        for widget in (self.kind, self.label, self.calendar, self.month, self.day, self.leap, self.year):
            editors.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(editors)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._filling = False
        self.retranslate()

    def set_dates(self, customer_id: int, dates: list[ImportantDate], select_id: int | None = None) -> None:
        self.customer_id, self.dates = customer_id, list(dates)
        self.model.set_rows([(word(DATE_KINDS, d.kind.value), d.label, annual_text(d.when)) for d in self.dates],
                            [d.id for d in self.dates])
        row = next((i for i, d in enumerate(self.dates) if d.id == select_id), 0 if self.dates else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show(row)

    def current(self) -> ImportantDate | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.dates[row] if 0 <= row < len(self.dates) else None

    def _picked(self, index: QModelIndex) -> None:
        self._show(index.row())

    def _show(self, row: int) -> None:
        item = self.dates[row] if 0 <= row < len(self.dates) else None
        self._filling = True
        for widget in (self.kind, self.label, self.calendar, self.month, self.day, self.leap, self.year):
            widget.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is not None:
            self.kind.setCurrentIndex(list(DateKind).index(item.kind))
            self.label.setText(item.label)
            self.calendar.setCurrentIndex(0 if item.when.calendar is CalendarKind.SOLAR else 1)
            self.month.setValue(item.when.month)
            self.day.setValue(item.when.day)
            self.leap.setChecked(item.when.leap)
            self.year.setText(str(item.when.year) if item.when.year else "")
        self.error.show_problem("")
        self._filling = False

    def _read(self, item: ImportantDate) -> ImportantDate | None:
        calendar = CalendarKind.SOLAR if self.calendar.currentIndex() == 0 else CalendarKind.LUNAR
        year = self.year.text().strip()
        try:
            if year and not year.isdigit():
                raise FieldError("impossible_date")
            when = check_annual(calendar, self.month.value(), self.day.value(),
                                self.leap.isChecked() and calendar is CalendarKind.LUNAR, int(year) if year else None)
        except FieldError as error:
            self.error.show_problem(problem_text(error.code))
            return None
        self.error.show_problem("")
        return replace(item, kind=list(DateKind)[self.kind.currentIndex()], label=self.label.text().strip(), when=when)

    def commit(self) -> None:
        item = self.current()
        if self._filling or item is None:
            return
        new = self._read(item)
        if new is None or new == item:
            return
        self._push(self.tr("Edit a date"), lambda: self._put(new), lambda: self._put(item))

    def _put(self, item: ImportantDate) -> None:
        index = next((i for i, d in enumerate(self.dates) if d.id == item.id), None)
        if index is None:
            self.dates.append(item)
        else:
            self.dates[index] = item
        self.set_dates(self.customer_id, self.dates, item.id)
        self._save(item, lambda _id: None)

    def add_date(self) -> None:
        holder: dict[str, ImportantDate] = {}

        def do() -> None:
            fresh = holder.get("made") or ImportantDate(id=0, customer_id=self.customer_id,
                                                        kind=DateKind.COMPANY_ANNIVERSARY,
                                                        when=AnnualDate(CalendarKind.SOLAR, 1, 1))

            def saved(date_id: int) -> None:
                holder["made"] = replace(fresh, id=date_id)
                self.dates.append(holder["made"])
                self.set_dates(self.customer_id, self.dates, date_id)

            self._save(fresh, saved)

        def undo() -> None:
            if "made" in holder:
                self._drop(holder["made"].id)

        self._push(self.tr("Add a date"), do, undo)

    def remove_date(self) -> None:
        item = self.current()
        if item is not None:
            self._push(self.tr("Remove a date"), lambda: self._drop(item.id), lambda: self._put(item))

    def _drop(self, date_id: int) -> None:
        self.dates = [d for d in self.dates if d.id != date_id]
        self.set_dates(self.customer_id, self.dates)
        self._remove(date_id)

    def retranslate(self) -> None:
        self._filling = True
        for combo, items in ((self.kind, [word(DATE_KINDS, kind.value) for kind in DateKind]),
                             (self.calendar, [word(CALENDARS, "solar"), word(CALENDARS, "lunar")])):
            current = combo.currentIndex()
            combo.clear()
            combo.addItems(items)
            combo.setCurrentIndex(max(current, 0))
        self._filling = False
        self.label.setPlaceholderText(self.tr("label, e.g. annual meeting"))
        self.leap.setText(self.tr("leap month"))
        self.year.setPlaceholderText(self.tr("year"))
        self.month.setSuffix(self.tr(" mo."))
        self.day.setSuffix(self.tr(" d."))
        self.add_button.setText(self.tr("Add a date"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
