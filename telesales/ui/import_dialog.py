"""Bringing customers in: the files' sheets with each column's meaning (guessed from its header in English or
Chinese, changeable), a preview of the first lines, the encoding of CSV files, what to do with customers already
in the book, then a check (nothing written) or the import itself with a progress bar. All or nothing: when any
line is bad the book is not changed and every bad line is listed (and can be saved to a file to fix)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.import_progress import BACKUP, CHECK, HISTORY, INDEX, KEYS, MATCH, READ, WRITE, overall
from telesales.domain.importing import FIELDS, Sheet
from telesales.services.book_session import BookSession
from telesales.services.import_book import MERGE, SKIP, ImportResult, SheetPlan, write_errors
from telesales.ui.import_words import DUPLICATE_WHY, SHEET_KINDS, field_name, reason, tr
from telesales.ui.models.rows_table import RowsModel
from telesales.ui.workers import Runner

PREVIEW_LINES = 20
ENCODINGS = (None, "utf-8-sig", "gb18030")
KINDS = (Sheet.CUSTOMERS, Sheet.CONTACTS, Sheet.ORDERS, Sheet.CALLS, Sheet.VISITS, Sheet.DATES, Sheet.CUSTOM,
         Sheet.TIERS)


class _Progress(QObject):
    """Lives on the GUI thread; the import's worker emits into it (a queued signal): phase, done, total."""

    moved = Signal(str, int, int)


class SheetPage(QWidget):
    """One sheet: what it holds, each column's field, and its first lines."""

    def __init__(self, plan: SheetPlan) -> None:
        super().__init__()
        self.plan = plan
        self.kind = QComboBox()
        self.mapping = QTableWidget(len(plan.raw.headers), 3)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for column, header in enumerate(plan.raw.headers):
            self.mapping.setItem(column, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem("", None)
            for field in FIELDS:
                combo.addItem(field_name(field), field)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(column)), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.mapping.setCellWidget(column, 1, combo)
            self.combos.append(combo)
            sample = next((row[column] for row in plan.raw.rows[:50] if column < len(row) and row[column]), "")
            self.mapping.setItem(column, 2, QTableWidgetItem(sample))
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 160)
        self.mapping.setColumnWidth(1, 220)
        self.preview = RowsModel(lambda: list(plan.raw.headers), self)
        self.preview.set_rows([row + [""] * (len(plan.raw.headers) - len(row))
                               for row in plan.raw.rows[:PREVIEW_LINES]])
        preview = QTableView()
        preview.setModel(self.preview)
        preview.verticalHeader().setVisible(False)
        self.kind_label, self.lines_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind, 1)
        top.addWidget(self.lines_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping, 3)
        layout.addWidget(preview, 2)
        self.kind.currentIndexChanged.connect(self._changed)
        self.retranslate()

    def _changed(self, _index: int = 0) -> None:
        self.plan.mapping = {column: combo.currentData() for column, combo in enumerate(self.combos)
                             if combo.currentData()}
        self.plan.kind = KINDS[max(self.kind.currentIndex(), 0)]

    def retranslate(self) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([tr(SHEET_KINDS[kind]) for kind in KINDS])
        self.kind.setCurrentIndex(KINDS.index(self.plan.kind))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("This sheet holds"))
        self.lines_label.setText(self.tr("{lines} lines · {encoding}").format(
            lines=QLocale().toString(len(self.plan.raw.rows)), encoding=self.plan.raw.encoding))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Means"),
                                                self.tr("First value")])


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult, after a successful import
    checked = Signal(object)  # ImportResult of a check or a refused import

    def __init__(self, session: BookSession, runner: Runner, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.paths = session, runner, list(paths)
        self.result: ImportResult | None = None
        self.encoding = QComboBox()
        self.encoding.currentIndexChanged.connect(lambda _i: self.load())
        self.tabs = QTabWidget()
        self.skip, self.merge = QRadioButton(), QRadioButton()
        self.skip.setChecked(True)
        self.duplicates = QButtonGroup(self)
        self.duplicates.addButton(self.skip)
        self.duplicates.addButton(self.merge)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.phase = QLabel()  # what the import is doing, and how far into it
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = RowsModel(lambda: (self.tr("Sheet"), self.tr("Line"), self.tr("Column"), self.tr("Problem")),
                                  self)
        problems = QTableView()
        problems.setModel(self.problems)
        problems.verticalHeader().setVisible(False)
        problems.horizontalHeader().setStretchLastSection(True)
        self.problems_view = problems
        self.check_button, self.import_button = QPushButton(), QPushButton()
        self.save_errors_button, self.close_button = QPushButton(), QPushButton()
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.save_errors_button.clicked.connect(self._save_errors)
        self.save_errors_button.setEnabled(False)
        self.close_button.clicked.connect(self.close)
        self._progress = _Progress()
        self._progress.moved.connect(self._moved)
        self.encoding_label, self.duplicates_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.encoding_label)
        top.addWidget(self.encoding)
        top.addStretch(1)
        top.addWidget(self.duplicates_label)
        top.addWidget(self.skip)
        top.addWidget(self.merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.phase, 1)  # as wide as the bar whatever the phase's words: the bar stays put
        buttons.addWidget(self.progress, 1)
        for button in (self.check_button, self.import_button, self.save_errors_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.summary)
        layout.addWidget(problems, 1)
        layout.addLayout(buttons)
        self.pages: list[SheetPage] = []
        self.retranslate()
        self.resize(900, 680)
        self.load()

    def load(self) -> None:
        encoding = ENCODINGS[max(self.encoding.currentIndex(), 0)]
        self.summary.setText(self.tr("Reading the files…"))
        self.runner.read(lambda: self.session.preview_import(self.paths, encoding), self._show, self._failed)

    def _show(self, plans: list[SheetPlan]) -> None:
        self.tabs.clear()
        self.pages = [SheetPage(plan) for plan in plans]
        for page in self.pages:
            self.tabs.addTab(page, page.plan.label)
        self.summary.setText(self.tr("Check how each column is read, then import. Nothing is changed until "
                                     "every line is right."))
        self.checked.emit(None)

    def run(self, dry_run: bool) -> None:
        sheets = [page.plan for page in self.pages]
        duplicates = MERGE if self.merge.isChecked() else SKIP
        progress = self._progress
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        self.progress.setValue(0)
        self.phase.clear()
        self.summary.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.runner.write(
            lambda: self.session.import_files(self.paths, dry_run=dry_run, duplicates=duplicates, sheets=sheets,
                                              progress=lambda phase, done, total: progress.moved.emit(
                                                  phase, done, total)),
            self._done, self._failed)

    def _moved(self, phase: str, done: int, total: int) -> None:
        self.progress.setValue(overall(phase, done, total))
        words = self.phase_words(phase)
        if total and phase != BACKUP:
            locale = QLocale()
            words = self.tr("{phase} {done} of {total}").format(phase=words, done=locale.toString(done),
                                                                 total=locale.toString(total))
        self.phase.setText(words)

    def phase_words(self, phase: str) -> str:
        """What the import is doing, in the rep's words."""
        return {READ: self.tr("Reading the files…"), CHECK: self.tr("Checking every line…"),
                MATCH: self.tr("Finding customers already in the book…"), BACKUP: self.tr("Backing up the book…"),
                WRITE: self.tr("Writing customers, contacts and orders…"),
                HISTORY: self.tr("Writing calls, visits and other history…"),
                KEYS: self.tr("Working out search keys…"), INDEX: self.tr("Writing search keys…")}[phase]

    def _done(self, result: ImportResult) -> None:
        self.result = result
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)
        self.progress.setValue(100)
        self.phase.setText(self.tr("Done"))
        self.problems.set_rows([(problem.sheet, str(problem.line), problem.column, reason(problem.code, problem.value))
                                for problem in result.errors])
        self.save_errors_button.setEnabled(bool(result.errors))
        number = QLocale().toString  # 3,000 in English, as the rep's language writes it
        counts = {kind: number(count) for kind, count in result.imported.items()}
        if not result.ok:
            text = self.tr("Nothing was imported. Lines to fix: {count} (listed below).").format(
                count=number(len({(p.sheet, p.line) for p in result.errors})))
        elif result.dry_run:
            text = self.tr("Ready: {customers} customers, {contacts} contacts and {orders} orders can be imported.").format(
                **counts)
        else:
            text = self.tr("Imported {customers} customers, {contacts} contacts and {orders} orders.").format(**counts)
        if result.ok and set(counts) - {"customers", "contacts", "orders"}:
            history = {"calls": "0", "visits": "0", "dates": "0", "custom_values": "0", "tier_changes": "0", **counts}
            text += " " + self.tr("With them: {calls} calls, {visits} visits, {dates} important dates, "
                                  "{custom_values} custom values and {tier_changes} tier changes.").format(**history)
        if result.duplicates:
            why = ", ".join(sorted({tr(DUPLICATE_WHY[d.why]) for d in result.duplicates}))
            text += " " + self.tr("{count} already in the book ({why}): {merged} merged, {skipped} skipped.").format(
                count=number(len(result.duplicates)), why=why, merged=number(result.merged),
                skipped=number(result.skipped))
        had = sum(result.skipped_existing.values())
        if result.ok and had:
            text += " " + self.tr("Left out, as the customers already have them: {count} contacts, orders, calls "
                                  "or other records.").format(count=number(had))
        self.summary.setText(text)
        if result.ok and not result.dry_run:
            self.import_button.setEnabled(False)
            self.imported.emit(result)
        else:
            self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)
        self.phase.clear()
        detail = getattr(error, "code", "") or str(error)
        self.summary.setText(self.tr("The files could not be read: {reason}").format(reason=detail))
        self.checked.emit(None)

    def _save_errors(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the lines to fix"), "import-problems.csv",
                                              "CSV (*.csv)")
        if path:
            write_errors(self.result.errors, Path(path))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import customers"))
        current = self.encoding.currentIndex()
        self.encoding.blockSignals(True)
        self.encoding.clear()
        self.encoding.addItems([self.tr("Automatic (UTF-8, else GB18030)"), "UTF-8", "GB18030 / GBK"])
        self.encoding.setCurrentIndex(max(current, 0))
        self.encoding.blockSignals(False)
        self.encoding_label.setText(self.tr("Encoding of CSV files"))
        self.duplicates_label.setText(self.tr("Customers already in the book:"))
        self.skip.setText(self.tr("Skip them"))
        self.merge.setText(self.tr("Merge (fill what the book lacks)"))
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.save_errors_button.setText(self.tr("Save problems…"))
        self.close_button.setText(self.tr("Close"))
        for page in self.pages:
            page.retranslate()
        self.problems.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
