"""The customer pyramid (DOMAIN.md §1, §4): how many customers and how much revenue each tier holds (the 80/20
view), a tier's customers (a pin shown as a pin, the computed tier beside it), who moved up or down since a day,
and the churn warnings with the signal that fired and its numbers.

Everything is read off the GUI thread; "Re-tier now" recomputes the tiers (the book does it once a day at
start-up by itself) and shows who moved. A tier's customer can be pinned or unpinned from its context menu; the
tiers are read again each time the screen is shown, so a pin made on a profile sheet shows here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.model import Tier
from telesales.domain.tiering import PYRAMID, Movement, months_before
from telesales.services.customer_value import ChurnWarning, Moved, PyramidSummary, RetierResult
from telesales.ui.labels import tier_name
from telesales.ui.models.value_tables import ChurnModel, MovementsModel, TierMembersModel
from telesales.ui.screens.base import Screen
from telesales.ui.value_words import percent
from telesales.ui.widgets.pyramid_chart import PyramidChart
from telesales.ui.widgets.tier_pin import PinDialog, PinTarget, UnpinDialog
from telesales.ui.workers import Runner


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class PyramidScreen(Screen):
    def __init__(self, runner: Runner, today: Callable[[], date] = date.today) -> None:
        super().__init__(runner)
        self.today = today
        self.summary: PyramidSummary | None = None
        self.warnings: list[ChurnWarning] = []
        self.warnings_ready = False
        self.moved: list[Moved] = []
        self.tier = Tier.SUPER
        self.result: RetierResult | None = None
        self.busy = False
        self._generation = 0

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.info_line = QLabel()
        self.info_line.setWordWrap(True)
        self.retier_button = QPushButton()
        self.retier_button.clicked.connect(self.retier)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.retier_button)

        self.chart = PyramidChart()
        self.chart.tier_clicked.connect(self.show_tier)
        self.pareto = QLabel()
        self.pareto.setWordWrap(True)
        self.pareto.setObjectName("pareto")

        self.members = TierMembersModel(self)
        self.members_table = _table(self.members)
        self.members_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members_table.customContextMenuRequested.connect(self._member_menu)
        self.pin_dialog: QDialog | None = None
        self.members_caption = QLabel()
        members_page = QWidget()
        members_box = QVBoxLayout(members_page)
        members_box.addWidget(self.members_caption)
        members_box.addWidget(self.members_table)

        self.movements = MovementsModel(self)
        self.movements_table = _table(self.movements)
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDate(QDate(months_before(self.today(), 1)))
        self.since.dateChanged.connect(lambda _day: self.load_movements())
        self.since_label = QLabel()
        self.since_label.setBuddy(self.since)
        self.movement_counts = QLabel()
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_label)
        since_row.addWidget(self.since)
        since_row.addSpacing(12)
        since_row.addWidget(self.movement_counts, 1)
        movements_page = QWidget()
        movements_box = QVBoxLayout(movements_page)
        movements_box.addLayout(since_row)
        movements_box.addWidget(self.movements_table)

        self.churn = ChurnModel(self)
        self.churn_table = _table(self.churn)
        self.churn_caption = QLabel()
        self.churn_caption.setWordWrap(True)
        churn_page = QWidget()
        churn_box = QVBoxLayout(churn_page)
        churn_box.addWidget(self.churn_caption)
        churn_box.addWidget(self.churn_table)

        self.tabs = QTabWidget()
        self.tabs.addTab(members_page, "")
        self.tabs.addTab(movements_page, "")
        self.tabs.addTab(churn_page, "")

        upper = QWidget()
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addWidget(self.chart)
        upper_box.addWidget(self.pareto)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info_line)
        layout.addWidget(splitter, 1)
        self._set_widths()
        self.retranslate()

    def _set_widths(self) -> None:
        for table, widths in ((self.members_table, (220, 120, 95, 110, 100, 170)),
                              (self.movements_table, (90, 240, 70, 90, 90)),
                              (self.churn_table, (190, 120, 100, 190))):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)

    def title(self) -> str:
        return self.tr("Pyramid")

    # -- loading

    def refresh(self) -> None:
        self._generation += 1
        session = self.session
        if session is None or session.value is None:
            self.summary, self.warnings, self.moved = None, [], []
            self.chart.set_summary(None)
            self.members.set_rows([])
            self.movements.set_rows([])
            self.churn.set_warnings([])
            self.retranslate()
            return
        value, today, generation = session.value, self.today(), self._generation
        self.warnings_ready = False
        # the pyramid first (one quick query); the churn warnings read every order and follow
        self.runner.read(lambda: value.pyramid_summary(today), lambda found: self._show(generation, found),
                         self._failed)
        self.load_members()
        self.load_movements()
        self.runner.read(lambda: value.churn_warnings(today),
                         lambda found: self._show_warnings(generation, found), self._failed)

    def _show(self, generation: int, summary: PyramidSummary) -> None:
        if generation == self._generation:
            self.summary = summary
            self.chart.set_summary(summary)
            self.retranslate()

    def _show_warnings(self, generation: int, warnings: list[ChurnWarning]) -> None:
        if generation == self._generation:
            self.warnings, self.warnings_ready = warnings, True
            self.churn.set_warnings(warnings)
            self.retranslate()

    def show_tier(self, tier: Tier) -> None:
        self.tier = tier
        self.chart.set_selected(tier)
        self.tabs.setCurrentIndex(0)
        self.load_members()

    def load_members(self) -> None:
        session = self.session
        if session is None or session.value is None:
            return
        value, tier, today, generation = session.value, self.tier, self.today(), self._generation
        self.runner.read(lambda: value.tier_members(tier, today),
                         lambda rows: self._show_members(generation, tier, rows), self._failed)

    def _show_members(self, generation: int, tier: Tier, rows: list[object]) -> None:
        if generation == self._generation and tier is self.tier:
            self.members.set_rows(rows)  # type: ignore[arg-type]
            self.retranslate()

    def load_movements(self) -> None:
        session = self.session
        if session is None or session.value is None:
            return
        value, since, generation = session.value, self.since.date().toPython(), self._generation
        assert isinstance(since, date)
        self.runner.read(lambda: value.movements(since),
                         lambda rows: self._show_movements(generation, since, rows), self._failed)

    def _show_movements(self, generation: int, since: date, rows: list[Moved]) -> None:
        if generation == self._generation and since == self.since.date().toPython():
            self.moved = rows
            self.movements.set_rows(rows)
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous() and self.summary is not None:
            self._reload_tiers()

    def _reload_tiers(self) -> None:
        """The tiers again (a pin may have been made elsewhere): the pyramid, the tier's customers, who moved."""
        session = self.session
        if session is None or session.value is None:
            return
        value, today, generation = session.value, self.today(), self._generation
        self.runner.read(lambda: value.pyramid_summary(today), lambda found: self._show(generation, found),
                         self._failed)
        self.load_members()
        self.load_movements()

    # -- pinning a customer's tier from the tier's list

    def member_menu(self, row: int) -> QMenu:
        """The context menu of a tier's customer: pin (or move the pin), lift the pin."""
        member = self.members.row_at(row)
        target = PinTarget(member.customer_id, member.name, member.tier, member.pin, member.pin_reason)
        menu = QMenu(self)
        pin = menu.addAction(self.tr("Change the pin…") if target.pin else self.tr("Pin a tier…"))
        pin.triggered.connect(lambda: self.open_pin(target))
        if target.pin is not None:
            lift = menu.addAction(self.tr("Lift the pin (back to {tier})…").format(tier=tier_name(target.computed)))
            lift.triggered.connect(lambda: self.open_pin(target, lift=True))
        return menu

    def _member_menu(self, pos: QPoint) -> None:
        index = self.members_table.indexAt(pos)
        if index.isValid():
            self.member_menu(index.row()).exec(self.members_table.viewport().mapToGlobal(pos))

    def open_pin(self, target: PinTarget, lift: bool = False) -> QDialog | None:
        session = self.session
        if session is None or session.value is None:
            return None
        kind = UnpinDialog if lift else PinDialog
        dialog = kind(session.value, self.runner, target, self.today(), self)
        dialog.written.connect(lambda _change: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def retier(self) -> None:
        session = self.session
        if session is None or session.value is None or self.busy:
            return
        self.busy = True
        self.retranslate()
        value, today = session.value, self.today()
        self.runner.write(lambda: value.retier(today), self._retiered, self._failed)

    def _retiered(self, result: RetierResult) -> None:
        self.busy = False
        self.result = result
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.info_line.setText(self.tr("The pyramid could not be read: {reason}").format(reason=error))

    # -- words

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Customer pyramid"))
        self.retier_button.setText(self.tr("Re-tiering…") if self.busy else self.tr("Re-tier now"))
        self.retier_button.setEnabled(not self.busy and self.session is not None)
        self.retier_button.setToolTip(self.tr(
            "Recompute every customer's tier from the orders now (the book does it once a day by itself)"))
        self.tabs.setTabText(0, self.tr("Customers in {tier}").format(tier=tier_name(self.tier)))
        self.tabs.setTabText(1, self.tr("Moved up or down"))
        self.tabs.setTabText(2, self.tr("Churn warnings ({count})").format(
            count=QLocale().toString(len(self.warnings))) if self.warnings_ready else self.tr("Churn warnings"))
        self.since_label.setText(self.tr("Since"))
        self.since.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        locale = QLocale()
        summary = self.summary
        if summary is None:
            self.info_line.setText(self.tr("Reading the pyramid…") if self.session else "")
            self.pareto.setText("")
        else:
            tiered = (locale.toString(summary.last_run, QLocale.FormatType.LongFormat) if summary.last_run
                      else self.tr("never"))
            existing = sum(level.customers for level in summary.levels if level.tier in PYRAMID)
            line = self.tr("Revenue of the {months} months up to {day} · {existing} customers in the pyramid · "
                           "re-tiered {tiered}").format(
                months=locale.toString(_months(summary)), day=locale.toString(summary.as_of,
                                                                              QLocale.FormatType.ShortFormat),
                existing=locale.toString(existing), tiered=tiered)
            if self.result is not None:
                line += " · " + self.tr("{count} customers moved just now").format(
                    count=locale.toString(len(self.result.changes)))
            self.info_line.setText(line)
            self.pareto.setText(self._pareto_text(summary))
        members = self.members.rowCount()
        self.members_caption.setText(self.tr("{count} customers in {tier}, most revenue first").format(
            count=locale.toString(members), tier=tier_name(self.tier)))
        up = sum(1 for m in self.moved if m.direction is Movement.UP)
        down = sum(1 for m in self.moved if m.direction is Movement.DOWN)
        new = sum(1 for m in self.moved if m.direction is Movement.NEW)
        self.movement_counts.setText(self.tr("{up} moved up, {down} moved down, {new} tiered for the first time")
                                     .format(up=locale.toString(up), down=locale.toString(down),
                                             new=locale.toString(new)))
        if self.warnings_ready:
            self.churn_caption.setText(self.tr(
                "{customers} customers show a churn signal; the highest tiers first. Each line is one signal and "
                "the numbers that made it fire.").format(customers=locale.toString(len(self.warnings))))
        else:
            self.churn_caption.setText(self.tr("Reading every customer's orders for churn signals…")
                                       if self.session else "")
        self.members.refresh_words()
        self.movements.refresh_words()
        self.churn.refresh_words()
        self.chart.update()

    def _pareto_text(self, summary: PyramidSummary) -> str:
        medium = summary.level(Tier.MEDIUM)
        if not summary.total_revenue_cents or medium.cumulative_customer_share is None:
            return self.tr("No revenue in the look-back window yet.")
        return self.tr("80/20: the top {customers}% of your customers (super, big and medium) bring "
                       "{revenue}% of the revenue.").format(
            customers=percent(medium.cumulative_customer_share),
            revenue=percent(medium.cumulative_revenue_share or 0.0))


def _months(summary: PyramidSummary) -> int:
    after, through = summary.window.after, summary.window.through
    return (through.year - after.year) * 12 + through.month - after.month
