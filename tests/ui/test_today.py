"""The Today screen and the call log as the rep uses them: the list in rank order with reasons, the progress
line, who is left out; a call logged with the keyboard only, a warning before a repeat call, do-not-call."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from telesales.domain.calllist import LeftOutWhy
from telesales.domain.model import CallOutcome
from telesales.domain.phones import display_phone
from telesales.services.book_session import BookSession
from telesales.services.calls import LogCallRequest
from telesales.ui.call_log_dialog import CallLogDialog
from telesales.ui.main_window import MainWindow
from telesales.ui.models.call_list_table import CHIPS_ROLE, CUSTOMER, PHONE, RANK, REASONS
from telesales.ui.models.customer_table import CUSTOMER_ID_ROLE
from telesales.ui.screens.customers import CustomersScreen
from telesales.ui.screens.today import TodayScreen
from tests.calls_book import SHANGHAI
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import untranslated

MORNING = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, the demo book's day


def today_screen(window: MainWindow, qapp: QApplication) -> TodayScreen:
    """The Today screen ranked as of the demo's morning."""
    session = window.session
    assert session is not None and session.calls is not None
    session.save_settings({"rep.time_zone": "Asia/Shanghai"})
    session.calls.clock = lambda: MORNING
    screen = window.show_screen(TodayScreen)
    assert isinstance(screen, TodayScreen)
    screen.refresh()
    settle(qapp, window)
    return screen


@pytest.fixture
def english(qtbot: QtBot, qapp: QApplication, demo_path: Path) -> Iterator[tuple[MainWindow, TodayScreen]]:
    window, switcher = open_window(qtbot, qapp, demo_path, "en")
    yield window, today_screen(window, qapp)
    switcher.apply("en")
    window.close()


def session_of(window: MainWindow) -> BookSession:
    assert window.session is not None
    return window.session


def open_log(screen: TodayScreen, window: MainWindow, qtbot: QtBot, qapp: QApplication, row: int) -> CallLogDialog:
    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)  # one keystroke
    settle(qapp, window)
    dialog = screen.call_log.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_today_is_the_first_screen_and_shows_the_list_in_rank_order(english: tuple[MainWindow, TodayScreen],
                                                                    qtmodeltester: object) -> None:
    window, screen = english
    assert window.screens[0] is screen and window.navigation.item(0).text() == "Today"
    session = session_of(window)
    expected = session.call_list(session.now(), session.daily_target())
    model = screen.model
    assert model.rowCount() == len(expected.calls) > 0
    shown = [(model.data(model.index(r, RANK)), model.data(model.index(r, CUSTOMER))) for r in range(model.rowCount())]
    assert shown == [(str(call.rank), call.name) for call in expected.calls]
    assert model.data(model.index(0, PHONE)) == display_phone(
        session.customers.get(expected.calls[0].customer_id).phone, "CN")  # type: ignore[union-attr]
    chips = model.data(model.index(0, REASONS), CHIPS_ROLE)
    assert len(chips) == len(expected.calls[0].reasons) and all(text for text, _kind in chips)
    tooltip = model.data(model.index(0, REASONS), Qt.ItemDataRole.ToolTipRole)
    assert len(tooltip.splitlines()) == len(expected.calls[0].reasons) and "(+" in tooltip
    assert screen.progress.text().startswith(f"Called 0 · reached 0 · {len(expected.calls)} left")
    assert screen.selected_customer() == expected.calls[0].customer_id  # start calling from the top
    assert "Why now" in screen.detail.text() and 'href="tel:+86' in screen.detail.text()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(screen.left_out_model)  # type: ignore[attr-defined]


def test_the_left_out_list_says_why(english: tuple[MainWindow, TodayScreen], qapp: QApplication) -> None:
    window, screen = english
    assert not screen.left_out_table.isVisible()
    screen.left_out_toggle.setChecked(True)
    assert screen.left_out_table.isVisible()
    model = screen.left_out_model
    expected = session_of(window).call_list(MORNING).left_out
    assert model.rowCount() == len(expected) > 0
    words = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert words <= {"Marked “other”: never called", "Do not call", "Refused on the last call",
                     "Already reached today", "Asked to be called back later"}
    assert str(len(expected)) in screen.left_out_toggle.text()


def test_a_call_logged_with_the_keyboard_is_saved_and_the_list_moves_on(
        english: tuple[MainWindow, TodayScreen], qtbot: QtBot, qapp: QApplication) -> None:
    window, screen = english
    first, second = screen.model.call_at(0), screen.model.call_at(1)
    dialog = open_log(screen, window, qtbot, qapp, 0)
    assert dialog.outcome.hasFocus() and dialog.outcome.currentText() == "Connected"
    dialog.need.setText("需要复印纸")  # Chinese is set, not typed (a CJK key click aborts Qt)
    dialog.expected.clear()
    qtbot.keyClicks(dialog.expected, "1234.5")
    qtbot.keyClicks(dialog.next_step, "send the quote")
    assert dialog.follow_up.isChecked()  # typing a next step asks for its date
    qtbot.keyClick(dialog.next_step, Qt.Key.Key_Return)  # Enter saves
    settle(qapp, window)
    assert screen.call_log.dialog is None
    saved = session_of(window).call_history(first.customer_id)[0]
    assert (saved.outcome, saved.need, saved.expected_value_cents, saved.next_step) == (
        CallOutcome.CONNECTED, "需要复印纸", 123_450, "send the quote")
    assert saved.next_step_on == (MORNING.astimezone(SHANGHAI) + timedelta(days=3)).date()
    assert screen.model.row_of(first.customer_id) is None  # reached today: off the list
    assert screen.selected_customer() == second.customer_id  # and on to the next one
    assert screen.progress.text().startswith("Called 1 · reached 1 · ")
    assert screen.status.text().startswith("Call saved: follow-up on ")


def test_a_repeat_call_is_warned_about_before_saving(english: tuple[MainWindow, TodayScreen], qtbot: QtBot,
                                                     qapp: QApplication) -> None:
    window, screen = english
    customer = screen.model.call_at(0).customer_id
    session = session_of(window)
    session.log_call(LogCallRequest(customer, CallOutcome.NO_ANSWER), MORNING - timedelta(minutes=40))
    session.log_call(LogCallRequest(customer, CallOutcome.BUSY), MORNING - timedelta(minutes=20))
    screen.refresh()
    settle(qapp, window)
    dialog = open_log(screen, window, qtbot, qapp, screen.model.row_of(customer) or 0)
    assert dialog.warning.isVisible()
    assert dialog.warning.text().startswith("Already called 2 times today without reaching them (08:20 No answer, ")
    dialog.reject()


def test_a_refusal_marks_do_not_call_only_when_confirmed(english: tuple[MainWindow, TodayScreen], qtbot: QtBot,
                                                         qapp: QApplication) -> None:
    window, screen = english
    customer = screen.model.call_at(0).customer_id
    dialog = open_log(screen, window, qtbot, qapp, 0)
    assert not dialog.do_not_call.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findText("Refused"))
    assert dialog.do_not_call.isVisible() and not dialog.do_not_call.isChecked()
    qtbot.keyClick(dialog.do_not_call, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.need, Qt.Key.Key_Return)
    settle(qapp, window)
    left = {item.customer_id: item.why for item in session_of(window).call_list(MORNING).left_out}
    assert left[customer] is LeftOutWhy.DO_NOT_CALL
    assert screen.status.text() == "Call saved: marked do-not-call."


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_call_log_speaks_chinese(qtbot: QtBot, qapp: QApplication, demo_path: Path, language: str) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    try:
        screen = today_screen(window, qapp)
        customer = screen.model.call_at(0).customer_id
        session_of(window).log_call(LogCallRequest(customer, CallOutcome.CONNECTED), MORNING - timedelta(hours=1))
        dialog = open_log(screen, window, qtbot, qapp, 0)
        texts = [dialog.windowTitle()]
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisibleTo(dialog):
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QComboBox):
                texts.extend(widget.itemText(i) for i in range(widget.count()))
        assert dialog.warning.isVisible()
        assert untranslated([t for t in texts if t and "href" not in t], demo_path) == []
        dialog.reject()
    finally:
        switcher.apply("en")
        window.close()


def test_f2_in_the_customer_list_logs_a_call_and_today_moves_on(english: tuple[MainWindow, TodayScreen],
                                                                 qtbot: QtBot, qapp: QApplication) -> None:
    window, today = english
    first = today.model.call_at(0).customer_id
    customers = window.show_screen(CustomersScreen)
    assert isinstance(customers, CustomersScreen)
    settle(qapp, window)
    row = next(r for r in range(customers.model.rowCount())
               if customers.model.index(r, 0).data(CUSTOMER_ID_ROLE) == first)
    customers.table.setFocus()
    customers.table.selectRow(row)
    qtbot.keyClick(customers.table, Qt.Key.Key_F2)
    settle(qapp, window)
    dialog = customers.call_log.dialog
    assert dialog is not None and dialog.context.customer.id == first
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    settle(qapp, window)
    assert window.statusBar().currentMessage().startswith("Call saved")
    window.show_screen(TodayScreen)  # the list notices the call logged elsewhere
    settle(qapp, window)
    assert today.model.row_of(first) is None
