"""Visits: the day's plan grouped by area in route order, with times and distances, a drawn map of the route,
and what does not fit with the day suggested for it.

Pick a day; drag a visit to another place and the day keeps that order (saved at once; "Plan the route"
hands it back to the planner); select a visit to see where the book places it and what it guessed; record how
a visit went; move a left-over visit to its suggested day. Everything that reads or writes the book runs off
the GUI thread through the runner.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.model import VisitStatus
from telesales.services.visits import RecordedVisit, VisitDay
from telesales.ui.models.visit_plan_table import (
    ADDRESS,
    CUSTOMER,
    DISTANCE,
    SEQUENCE,
    TIME,
    LeftOverModel,
    VisitPlanModel,
    area_colour,
)
from telesales.ui.screens.base import Screen
from telesales.ui.visit_outcome_dialog import VisitOutcomeDialog
from telesales.ui.visit_words import area_name, intent_name, km, place_note, status_name
from telesales.ui.widgets.route_map import MapStop, RouteMap
from telesales.ui.workers import Runner


class VisitsScreen(Screen):
    customer_activated = Signal(int)  # a customer's id: open the profile sheet
    day_shown = Signal()  # the screen shows a freshly planned day (tests, screenshots)
    profile_opened = Signal(object)  # the profile dialog (tests)

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.visit_day: VisitDay | None = None
        self.day: date | None = None
        self.loading = False
        self._status = ""
        self._select_after: int | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.order_note = QLabel()
        self.order_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("◀") + 28)
        self.today_button = QPushButton()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumWidth(150)
        self.replan_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.show_today)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.replan_button.clicked.connect(self.plan_route_again)

        self.model = VisitPlanModel(self)
        self.model.order_dropped.connect(self.save_order)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.record_outcome())

        self.left_model = LeftOverModel(self)
        self.left_table = QTableView()
        self.left_table.setModel(self.left_model)
        self.left_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.left_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.left_table.verticalHeader().setVisible(False)
        self.left_table.horizontalHeader().setStretchLastSection(True)
        self.left_table.setColumnWidth(0, 200)
        self.left_table.setColumnWidth(1, 220)
        self.left_heading = QLabel()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_left_over)
        self.left_table.selectionModel().currentRowChanged.connect(lambda _n, _b: self._enable())

        self.map = RouteMap()
        self.map.stop_clicked.connect(self._map_clicked)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(96)
        self.outcome_button = QPushButton()
        self.confirm_button = QPushButton()
        self.open_button = QPushButton()
        self.outcome_button.clicked.connect(self.record_outcome)
        self.confirm_button.clicked.connect(self.confirm)
        self.open_button.clicked.connect(self.open_customer)
        self.customer_activated.connect(self.open_profile)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.previous_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        order = QHBoxLayout()
        order.addWidget(self.order_note, 1)
        order.addWidget(self.replan_button)
        actions = QHBoxLayout()
        actions.addWidget(self.outcome_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        left_bar = QHBoxLayout()
        left_bar.addWidget(self.left_heading, 1)
        left_bar.addWidget(self.move_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addLayout(actions)
        left_layout.addLayout(left_bar)
        left_layout.addWidget(self.left_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.map, 3)
        right_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setCollapsible(0, False)
        split.setSizes([700, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(order)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._size_columns()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Visits")

    # -- which day

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self._show(None)
            return
        if self.day is None:  # today, unless the rep picked a day meanwhile
            self.runner.read(session.visit_today, lambda today: self.show_day(today) if self.day is None else None,
                             self._failed)
            return
        self.show_day(self.day)

    def show_today(self) -> None:
        if self.session is not None:
            self.runner.read(self.session.visit_today, self.show_day, self._failed)

    def show_day(self, day: date) -> None:
        """Plan `day` (off the GUI thread) and show it."""
        self.day = day
        if self.date_edit.date().toPython() != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day))
            self.date_edit.blockSignals(False)
        session = self.session
        if session is None:
            return
        self.loading = True
        self.retranslate()
        self.runner.read(lambda: session.visit_day(day), lambda planned: self._loaded(session, planned), self._failed)

    def _step(self, days: int) -> None:
        if self.day is not None:
            self.show_day(self.day + timedelta(days=days))

    def _date_picked(self, picked: QDate) -> None:
        day = picked.toPython()
        if day != self.day:
            self.show_day(day)  # type: ignore[arg-type]

    def _loaded(self, session: object, planned: VisitDay) -> None:
        if session is not self.session or planned.day != self.day:
            return
        self._show(planned)
        self.day_shown.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._status = self.tr("The visits could not be planned: {reason}").format(reason=error)
        self.retranslate()

    def _show(self, planned: VisitDay | None) -> None:
        self.loading = False
        keep = self._select_after if self._select_after is not None else self.selected_visit()
        self._select_after = None
        self.visit_day = planned
        self.model.set_day(planned)
        self.left_model.set_day(planned)
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_area(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._draw_map()
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:
            row = next((r for r in range(self.model.rowCount()) if not self.model.is_area(r)), None)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.retranslate()

    def _draw_map(self) -> None:
        planned = self.visit_day
        if planned is None:
            self.map.set_route(None, [])
            return
        stops: list[MapStop] = []
        for number, block in enumerate(planned.plan.areas):
            colour = area_colour(number).name()
            for visit in block.visits:
                place = planned.places.get(visit.stop.visit_id or 0)
                if place is None or place.point is None:
                    continue  # not on the map: the address could not be read
                stops.append(MapStop(visit.stop.visit_id or 0, visit.sequence, visit.stop.point, colour,
                                     visit.approximate, visit.fixed))
        for item in planned.plan.left_over:
            place = planned.places.get(item.stop.visit_id or 0)
            if place is not None and place.point is not None:
                stops.append(MapStop(item.stop.visit_id or 0, 0, item.stop.point, "", item.stop.approximate))
        self.map.set_route(planned.start.point if stops else None, stops)

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        self.table.setColumnWidth(SEQUENCE, metrics.horizontalAdvance("00") + 40)
        self.table.setColumnWidth(TIME, metrics.horizontalAdvance("00:00–00:00") + 24)
        self.table.setColumnWidth(CUSTOMER, 150)
        self.table.setColumnWidth(ADDRESS, 210)
        self.table.setColumnWidth(DISTANCE, metrics.horizontalAdvance("000.0 km") + 16)

    # -- the selected visit

    def selected_visit(self) -> int | None:
        index = self.table.currentIndex()
        visit = self.model.visit_at(index.row()) if index.isValid() else None
        return visit.stop.visit_id if visit is not None else None

    def _selected(self) -> None:
        self.map.select(self.selected_visit())
        self._enable()
        self._show_detail()

    def _map_clicked(self, visit_id: int) -> None:
        row = self.model.row_of(visit_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
        left_ids = [self.left_model.item_at(r).stop.visit_id for r in range(self.left_model.rowCount())]  # type: ignore[union-attr]
        if visit_id in left_ids:
            self.left_table.selectRow(left_ids.index(visit_id))

    def _enable(self) -> None:
        planned = self.visit_day
        line = planned.line(self.selected_visit()) if planned is not None else None
        self.outcome_button.setEnabled(line is not None)
        self.open_button.setEnabled(line is not None)
        self.confirm_button.setVisible(line is not None and line.visit.status is VisitStatus.PROPOSED)
        self.move_button.setEnabled(self.left_table.currentIndex().isValid())

    def _show_detail(self) -> None:
        planned = self.visit_day
        visit_id = self.selected_visit()
        line = planned.line(visit_id) if planned is not None else None
        if planned is None or line is None or visit_id is None:
            self.detail.setText("")
            return
        place = planned.places.get(visit_id)
        parts = [f"<b>{_escape(line.customer_name)}</b>  {_escape(status_name(line.visit.status))}",
                 _escape(line.address or self.tr("No address"))]
        if place is not None:
            parts.append(_escape(area_name(place.area)))
            parts.extend(_escape(text) for text in place_note(place).splitlines())
        facts = []
        if line.intent is not None:
            facts.append(self.tr("Intent {intent}").format(intent=intent_name(line.intent)))
        if line.demand_cents:
            facts.append(self.tr("Expected {amount}").format(
                amount=QLocale().toString(line.demand_cents / 100, "f", 0)))
        if line.visit.purpose:
            facts.append(self.tr("Purpose: {purpose}").format(purpose=line.visit.purpose))
        if facts:
            parts.append(_escape(" · ".join(facts)))
        self.detail.setText("<br>".join(parts))

    # -- changes

    def save_order(self, visit_ids: list[int]) -> None:
        session, day = self.session, self.day
        if session is None or day is None:
            return
        self._select_after = self.selected_visit()
        self._status = self.tr("Your order is kept for this day.")
        self.runner.write(lambda: session.save_visit_order(day, visit_ids), lambda _r: self.show_day(day),
                          self._failed)

    def plan_route_again(self) -> None:
        session, day = self.session, self.day
        if session is None or day is None:
            return
        self._status = self.tr("The route is planned again.")
        self.runner.write(lambda: session.clear_visit_order(day), lambda _r: self.show_day(day), self._failed)

    def move_left_over(self) -> None:
        session, day = self.session, self.day
        item = self.left_model.item_at(self.left_table.currentIndex().row())
        if session is None or day is None or item is None or item.stop.visit_id is None:
            return
        visit_id, target = item.stop.visit_id, item.suggested_day
        self._status = self.tr("Moved to {date}.").format(
            date=QLocale().toString(target, QLocale.FormatType.LongFormat))
        self.runner.write(lambda: session.move_visit(visit_id, target), lambda _r: self.show_day(day), self._failed)

    def confirm(self) -> None:
        session, day, visit_id = self.session, self.day, self.selected_visit()
        if session is None or day is None or visit_id is None:
            return
        self.runner.write(lambda: session.confirm_visit(visit_id), lambda _r: self.show_day(day), self._failed)

    def open_customer(self) -> None:
        planned = self.visit_day
        line = planned.line(self.selected_visit()) if planned is not None else None
        if line is not None:
            self.customer_activated.emit(line.visit.customer_id)

    def open_profile(self, customer_id: int) -> None:
        """The customer's profile sheet; when it closes, their missing area is read again from the address (it
        may have been corrected) and the day planned again."""
        from telesales.ui.screens.customers import ui_language
        from telesales.ui.screens.profile import ProfileDialog

        session, day = self.session, self.day
        if session is None:
            return
        dialog = ProfileDialog(session, self.runner, customer_id, ui_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(_result: int) -> None:
            if day is not None:
                self.runner.write(lambda: session.fill_places([customer_id]), lambda _r: self.show_day(day),
                                  self._failed)

        dialog.finished.connect(closed)
        dialog.show()
        self.profile_opened.emit(dialog)

    def outcome_dialog(self) -> VisitOutcomeDialog | None:
        """The dialog for the selected visit (not yet shown)."""
        planned = self.visit_day
        line = planned.line(self.selected_visit()) if planned is not None else None
        if line is None:
            return None
        return VisitOutcomeDialog(line, planned.day if planned else date.today(), self)

    def record_outcome(self) -> None:
        dialog = self.outcome_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_outcome(dialog)

    def save_outcome(self, dialog: VisitOutcomeDialog) -> None:
        session, day = self.session, self.day
        if session is None or day is None:
            return
        outcome = dialog.outcome()
        self.runner.write(lambda: session.record_visit(outcome),
                          lambda recorded: self._recorded(recorded, outcome.next_step_on, day), self._failed)

    def _recorded(self, recorded: RecordedVisit, follow_up: date | None, day: date) -> None:
        if recorded.reminder_id is not None and follow_up is not None:
            self._status = self.tr("Saved; a follow-up is set for {date}.").format(
                date=QLocale().toString(follow_up, QLocale.FormatType.ShortFormat))
        else:
            self._status = self.tr("Saved.")
        self.show_day(day)

    # -- words

    def retranslate(self) -> None:
        locale = QLocale()
        self.today_button.setText(self.tr("Today"))
        self.previous_button.setToolTip(self.tr("The day before"))
        self.next_button.setToolTip(self.tr("The next day"))
        self.replan_button.setText(self.tr("Plan the route"))
        self.outcome_button.setText(self.tr("Record outcome…"))
        self.confirm_button.setText(self.tr("Confirm visit"))
        self.open_button.setText(self.tr("Open customer"))
        self.move_button.setText(self.tr("Move to suggested day"))
        self.table.setToolTip(self.tr("Drag a visit to change the order; double-click to record how it went."))
        self.model.retranslate()
        self.left_model.retranslate()
        self.date_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        planned = self.visit_day
        day = self.day
        if day is None:
            self.heading.setText(self.tr("Visits"))
        else:
            self.heading.setText(self.tr("Visits on {date}").format(
                date=locale.toString(day, QLocale.FormatType.LongFormat)))
        if planned is None:
            self.summary.setText(self.tr("Planning the visits…") if self.loading else "")
            self.order_note.setText("")
            self.replan_button.setVisible(False)
            self.left_heading.setText(self.tr("Does not fit"))
        else:
            plan = planned.plan
            count = len(plan.visits)
            if count == 0:
                summary = self.tr("No visits planned on this day.")
            else:
                summary = self.tr("{count} visits in {areas} areas · {start}–{end} · {km} (in list order {list_km})"
                                  ).format(count=locale.toString(count), areas=locale.toString(len(plan.areas)),
                                           start=f"{plan.departs_at:%H:%M}" if plan.departs_at else "",
                                           end=f"{plan.ends_at:%H:%M}" if plan.ends_at else "",
                                           km=km(plan.total_km), list_km=km(plan.list_order_km))
            if planned.closed:
                summary += self.tr(" · {count} done").format(count=locale.toString(len(planned.closed)))
            self.summary.setText(summary)
            notes = []
            if planned.manual:
                notes.append(self.tr("In your own order."))
            elif count:
                notes.append(self.tr("Grouped by area, in route order; drag a visit to change it.")
                             if plan.grouped else self.tr("Areas cross each other here: in route order."))
            if count and not planned.start.known:
                notes.append(self.tr("No start address: the route starts in the middle of the visits "
                                     "(set it in Settings)."))
            self.order_note.setText(" ".join(notes))
            self.replan_button.setVisible(planned.manual)
            self.left_heading.setText(self.tr("Does not fit ({count})").format(
                count=locale.toString(len(plan.left_over))))
        self.status.setText(self._status)
        self.status.setVisible(bool(self._status))
        self._enable()
        self._show_detail()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["VisitsScreen"]
