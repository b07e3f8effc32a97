"""Today: the day's call list, best first, with the reasons for each rank; start calling from the top.

The list is ranked off the GUI thread. Reasons show as chips in the list and in full (with their points) in the
detail pane and the tooltip. F2 logs a call to the selected customer; after saving, the list is ranked again
and the selection moves on to the next customer not yet called today. Who is left out, and why, is one toggle
away. The list is ranked again when the screen is shown and calls were logged elsewhere (or the day changed).
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.call_records import DayProgress
from telesales.domain.phones import display_phone, tel_uri
from telesales.services.calls import LoggedCall, TodayList
from telesales.ui.call_log_dialog import CallLogLauncher
from telesales.ui.call_words import created_text, local_moment, outcome_name
from telesales.ui.labels import tier_name
from telesales.ui.models.call_list_table import (
    CUSTOMER,
    PHONE,
    RANK,
    REASONS,
    SCORE,
    CallListModel,
    LeftOutModel,
)
from telesales.ui.screens.base import Screen
from telesales.ui.widgets.reason_chips import ReasonChipsDelegate
from telesales.ui.workers import Runner

STALE_SECONDS = 300  # shown again after this long, the list is ranked again (call-backs come due)


class TodayScreen(Screen):
    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.today: TodayList | None = None
        self.loaded_at: float | None = None
        self.loading = False
        self._advance_from: int | None = None  # the row of the customer just logged: select the next one
        self._status = ""

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")

        self.model = CallListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setItemDelegateForColumn(REASONS, ReasonChipsDelegate(self.table))
        self.table.activated.connect(lambda _index: self.call_log.open())  # Enter or double-click
        self.table.doubleClicked.connect(lambda _index: self.call_log.open())
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_detail())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumHeight(120)
        self.detail.setMinimumWidth(420)
        self.detail.setObjectName("detail")
        self.detail.setStyleSheet("QLabel#detail { padding: 8px; }")

        self.log_button = QPushButton()
        self.copy_button = QPushButton()
        self.left_out_toggle = QCheckBox()
        self.close_day_button = QPushButton()  # shown after the close-day time until the day is closed
        self.close_day_button.hide()
        self.log_button.clicked.connect(lambda: self.call_log.open())
        self.copy_button.clicked.connect(self.copy_phone)
        self.left_out_toggle.toggled.connect(self._toggle_left_out)
        self.copy_action = QAction(self.table)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(lambda _checked=False: self.copy_phone())
        self.table.addAction(self.copy_action)

        self.left_out_model = LeftOutModel(self)
        self.left_out_table = QTableView()
        self.left_out_table.setModel(self.left_out_model)
        self.left_out_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.left_out_table.verticalHeader().setVisible(False)
        self.left_out_table.horizontalHeader().setStretchLastSection(True)
        self.left_out_table.setColumnWidth(0, 200)
        self.left_out_table.hide()

        self.call_log = CallLogLauncher(self, runner, lambda: self.session, self.selected_customer)
        self.call_log.logged.connect(self._logged)
        self.ticker = QTimer(self)  # while the screen is up, call-backs come due and the day turns
        self.ticker.setInterval(STALE_SECONDS * 1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_day_button)
        buttons.addStretch(1)
        buttons.addWidget(self.left_out_toggle)
        bottom = self.bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.detail)
        bottom.addWidget(self.left_out_table)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setCollapsible(0, False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 200])
        split.setCollapsible(0, False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._size_columns()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    # -- loading

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self._show(None)
            return
        self.loading = True

        def job() -> TodayList:
            return session.today_list(session.now(), session.daily_target())

        self.runner.read(job, lambda today: self._loaded(session, today), self._failed)

    def mark_stale(self) -> None:
        """Rank again the next time the screen is shown."""
        self.loaded_at = None

    def _tick(self) -> None:
        if self.isVisible() and self.call_log.dialog is None:
            self.freshen()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.freshen()

    def freshen(self) -> None:
        """Rank again when the list is old, the day turned, or calls were logged elsewhere."""
        session = self.session
        if session is None or self.loading:
            return
        if self.loaded_at is None or time.monotonic() - self.loaded_at > STALE_SECONDS:
            self.refresh()
            return
        shown = self.today
        if shown is not None:  # calls logged from elsewhere (the customer list, a script) move the list on
            def look() -> tuple[DayProgress, date]:
                now = session.now()
                return session.day_progress(now), now.date()

            self.runner.read(look, lambda seen: self._check(shown, *seen), lambda _error: None)

    def _check(self, shown: TodayList, progress: DayProgress, today: date) -> None:
        if self.today is not shown or self.loading:
            return
        if progress.calls != shown.progress.calls or shown.calls.today != today:
            self.refresh()

    def _loaded(self, session: object, today: TodayList) -> None:
        if session is not self.session:
            return
        self._show(today)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._status = self.tr("The call list could not be ranked: {reason}").format(reason=error)
        self.retranslate()

    def _show(self, today: TodayList | None) -> None:
        self.loading = False
        previous = self.selected_customer()
        self.today = today
        self.loaded_at = time.monotonic() if today is not None else None
        self.model.set_list(today)
        self.left_out_model.set_list(today)
        self._select_after_reload(previous)
        self.retranslate()

    def _select_after_reload(self, previous: int | None) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            self._show_detail()
            return
        start = 0
        if self._advance_from is not None:
            start = self._advance_from
            self._advance_from = None
            logged_row = self.model.row_of(previous) if previous is not None else None
            if logged_row is not None:  # still on the list (not reached): move past it
                start = logged_row + 1
        elif previous is not None and (row := self.model.row_of(previous)) is not None:
            start = row
        row = next((r for r in range(min(start, rows - 1), rows) if not self.model.called_today(r)),
                   min(start, rows - 1))
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_detail()

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        self.table.setColumnWidth(RANK, metrics.horizontalAdvance("0000") + 16)
        self.table.setColumnWidth(CUSTOMER, 240)
        self.table.setColumnWidth(PHONE, metrics.horizontalAdvance("+852 0000 0000") + 20)
        self.table.setColumnWidth(SCORE, metrics.horizontalAdvance("000.0") + 24)

    # -- acting on the selected customer

    def selected_customer(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.call_at(index.row()).customer_id

    def copy_phone(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        number, region = self.model.phone_of(index.row())
        if number:
            QGuiApplication.clipboard().setText(display_phone(number, region))
            self._status = self.tr("Copied {phone}").format(phone=display_phone(number, region))
            self.retranslate()

    def _logged(self, logged: LoggedCall) -> None:
        row = self.model.row_of(logged.call.customer_id)
        self._advance_from = row if row is not None else self.table.currentIndex().row()
        now = self.today.now if self.today else logged.call.called_at
        self._status = created_text(logged.created, logged.marked_do_not_call, now)
        self.retranslate()
        self.refresh()

    def _toggle_left_out(self, shown: bool) -> None:
        self.left_out_table.setVisible(shown)
        if shown:  # side by side with the detail, which keeps room for its two columns
            width = self.bottom.width()
            self.bottom.setSizes([width * 11 // 20, width * 9 // 20])

    # -- words

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        today = self.today
        if today is None or not index.isValid():
            self.detail.setText(self.tr("Select a customer to see why they are on the list.")
                                if today is not None and today.calls.calls else "")
            return
        row = index.row()
        call = self.model.call_at(row)
        candidate = call.candidate
        number, region = self.model.phone_of(row)
        phone = display_phone(number, region)
        uri = tel_uri(number, region) if number else ""
        who = [f"<b style='font-size:large'>{_escape(call.name)}</b>"]
        if phone:
            who.append(f'<a href="{uri}">{_escape(phone)}</a>' if uri else _escape(phone))
        who.append(self.tr("Rank {rank} · score {score} · {tier}").format(
            rank=call.rank, score=f"{call.score:.1f}", tier=tier_name(candidate.tier)))
        if candidate.last_call_at is not None and candidate.last_outcome is not None:
            who.append(self.tr("Last call: {when}, {outcome}").format(
                when=local_moment(candidate.last_call_at, today.now),
                outcome=outcome_name(candidate.last_outcome)))
        why_now = self.tr("Why now")
        why = [f"<b>{why_now}</b>"] + [_escape(line) for line in self.model.details(row).splitlines()]
        parts = ["<table width='100%' cellspacing='0' cellpadding='2'><tr>",
                 f"<td width='45%' valign='top'>{'<br>'.join(who)}</td>",
                 f"<td valign='top'>{'<br>'.join(why)}</td></tr></table>"]
        self.detail.setText("".join(parts))

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("Log a call… (F2)"))
        self.copy_button.setText(self.tr("Copy phone"))
        self.close_day_button.setText(self.tr("Close the day…"))
        self.copy_action.setText(self.tr("Copy phone"))
        self.call_log.retranslate()
        self.model.retranslate()
        self.left_out_model.retranslate()
        locale = QLocale()
        today = self.today
        if today is None:
            self.heading.setText(self.tr("Today's calls"))
            self.progress.setText(self.tr("Ranking the call list…") if self.session is not None else "")
            self.left_out_toggle.setText(self.tr("Show who is left out"))
        else:
            self.heading.setText(self.tr("Calls for {date}").format(
                date=locale.toString(today.calls.today, QLocale.FormatType.LongFormat)))
            progress = self.tr("Called {called} · reached {reached} · {left} left").format(
                called=locale.toString(today.progress.called), reached=locale.toString(today.progress.reached),
                left=locale.toString(today.left))
            if today.calls.more:
                progress += self.tr(" · {more} more beyond today's target").format(
                    more=locale.toString(today.calls.more))
            self.progress.setText(progress)
            self.left_out_toggle.setText(self.tr("Show who is left out ({count})").format(
                count=locale.toString(len(today.calls.left_out))))
        self.status.setText(self._status)
        self.status.setVisible(bool(self._status))
        self._show_detail()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["TodayScreen"]
