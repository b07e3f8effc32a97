"""The Reminders screen as the rep uses it: today's and coming reminders in their language, done, snooze and
dismiss into history, the ready text copied, templates edited; notices of what fell due."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.domain.model import ReminderKind, ReminderStatus
from telesales.scheduling import jobs
from telesales.services.book_session import BookSession
from telesales.services.greeting_texts import shipped_templates
from telesales.ui.main_window import MainWindow
from telesales.ui.models.reminder_table import CONTACT, CUSTOMER, KIND, OCCASION, STATUS
from telesales.ui.reminder_alerts import attach_reminder_alerts
from telesales.ui.screens.reminders import RemindersScreen
from tests.conftest import TODAY
from tests.reminders_book import fill
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import LATIN_WORD, untranslated, visible_texts

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def plan(session: BookSession | None, language: str) -> None:
    assert session is not None and session.reminders is not None
    session.save_settings({"greetings.key_customers_only": False, "rep.name": "小王"})
    session.reminders.plan_day(TODAY, language, NOW)
    session.reminders.plan_close_day(TODAY, language, NOW)


def reminders_screen(window: MainWindow, qapp: QApplication) -> RemindersScreen:
    screen = window.show_screen(RemindersScreen)
    assert isinstance(screen, RemindersScreen)
    screen.clock = lambda: TODAY
    screen.refresh()
    settle(qapp, window)
    return screen


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, book_path: Path) -> Iterator[MainWindow]:
    fill(book_path)
    opened, switcher = open_window(qtbot, qapp, book_path, "en")
    plan(opened.session, "en")
    yield opened
    switcher.apply("en")
    opened.close()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_of_the_screen_is_translated(qtbot: QtBot, qapp: QApplication, demo_path: Path,
                                                  language: str) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    try:
        plan(window.session, language)
        screen = reminders_screen(window, qapp)
        assert screen.model.rowCount() > 0
        kinds = {screen.model.line_at(row).kind for row in range(screen.model.rowCount())}
        assert {ReminderKind.GREETING, ReminderKind.CLOSE_DAY} <= kinds
        for tab in range(screen.tabs.count()):
            screen.tabs.setCurrentIndex(tab)
            settle(qapp, window)
            texts = [text for text in visible_texts(window) if text != screen.placeholders.text()]
            assert untranslated(texts, demo_path) == []
        # what the table says, cell by cell (names are the demo's Chinese names; dates are digits)
        for row in range(screen.model.rowCount()):
            for column in (KIND, OCCASION, STATUS, CUSTOMER, CONTACT):
                text = str(screen.model.data(screen.model.index(row, column)) or "")
                assert not LATIN_WORD.search(text), text
        assert screen.template_list.count() == len(shipped_templates(language))
        assert not LATIN_WORD.search(screen.template_list.item(0).text())
        assert screen.placeholders.text().startswith({"zh_CN": "占位符：", "zh_TW": "預留位置："}[language])
        line = screen.model.line_at(0)
        assert not LATIN_WORD.search(line.text)  # the ready text is in the rep's language too
    finally:
        switcher.apply("en")
        window.close()


def test_the_models_pass_the_model_tester(window: MainWindow, qapp: QApplication, qtmodeltester: object) -> None:
    screen = reminders_screen(window, qapp)
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]
    qtmodeltester.check(screen.history_model)  # type: ignore[attr-defined]


def test_due_now_first_with_kind_occasion_date_customer_and_contact(window: MainWindow,
                                                                    qapp: QApplication) -> None:
    screen = reminders_screen(window, qapp)
    model = screen.model
    rows = [[str(model.data(model.index(row, column)) or "") for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Due", "Kind", "Occasion", "Date", "Customer", "Contact", "Status"]
    assert [row[1:3] + row[4:] for row in rows[:5]] == [
        ["Close the day", "", "", "", "Due today"],
        ["Thank-you letter", "", "Chen Mei", "", "Due today"],  # a person: no contact of its own
        ["Thank-you letter", "", "Pearl River Imports", "Zhao Min", "Due today"],
        ["Greeting", "Birthday", "Acme Trading", "Li Na", "Due today"],
        ["Greeting", "Birthday", "Small Shop", "Qian Hao", "Coming"],
    ]
    assert screen.summary.text() == "4 due now · 3 in the next 7 days"
    assert screen.text_edit.toPlainText().startswith("Close the day:")


def test_done_snooze_and_dismiss_keep_history(window: MainWindow, qapp: QApplication, qtbot: QtBot) -> None:
    screen = reminders_screen(window, qapp)
    screen.table.selectRow(3)  # Li Na's birthday
    settle(qapp, window)
    birthday = screen.model.line_at(3)
    assert screen.text_edit.toPlainText() == birthday.text
    screen.copy_button.click()
    assert QGuiApplication.clipboard().text() == birthday.text
    assert screen.message.text() == "The text is on the clipboard."

    screen.snooze_days.setValue(3)
    screen.snooze_button.click()
    settle(qapp, window)
    assert screen.message.text() == "Snoozed for 3 days: Birthday · Li Na"
    row = screen.model.row_of(birthday.id)
    assert row is not None and screen.model.line_at(row).status is ReminderStatus.SNOOZED
    assert screen.model.data(screen.model.index(row, STATUS)).startswith("Snoozed until ")
    assert screen.summary.text() == "3 due now · 4 in the next 7 days"

    screen.table.selectRow(0)
    settle(qapp, window)
    screen.done_button.click()
    settle(qapp, window)
    screen.table.selectRow(0)
    settle(qapp, window)
    dismissed = screen.model.line_at(0)
    screen.dismiss_button.click()
    settle(qapp, window)
    history = [screen.history_model.line_at(row) for row in range(screen.history_model.rowCount())]
    assert {(line.kind, line.status) for line in history} == {
        (ReminderKind.CLOSE_DAY, ReminderStatus.DONE), (dismissed.kind, ReminderStatus.DISMISSED)}
    assert screen.history_model.data(screen.history_model.index(0, STATUS)).startswith(("Done ", "Dismissed "))
    screen.tabs.setCurrentIndex(1)
    settle(qapp, window)
    assert screen.history_text.toPlainText() == history[0].text


def test_templates_are_edited_checked_previewed_and_restored(window: MainWindow, qapp: QApplication) -> None:
    screen = reminders_screen(window, qapp)
    screen.tabs.setCurrentIndex(2)
    settle(qapp, window)
    assert screen.template_language.currentData() == "en"
    names = [screen.template_list.item(row).text() for row in range(screen.template_list.count())]
    assert names[0] == "Spring Festival" and "Thank-you letter" in names
    screen.template_list.setCurrentRow(names.index("Birthday"))
    assert screen.template_edit.toPlainText().startswith("Dear {contact}, happy birthday!")
    assert not screen.save_template_button.isEnabled()

    screen.template_edit.setPlainText("Happy {age}, {contact}!")
    assert screen.preview.text() == "Unknown placeholder {age}."
    assert not screen.save_template_button.isEnabled()
    screen.template_edit.setPlainText("Happy birthday, {contact}! {sender}")
    assert screen.preview.text() == "Happy birthday, Ms Li Na! 小王"
    screen.save_template_button.click()
    settle(qapp, window)
    assert screen.template_status.text() == "Saved. New reminders use this text."
    session = window.session
    assert session is not None and session.reminders is not None
    assert session.reminders.templates("en").templates["birthday"] == "Happy birthday, {contact}! {sender}"
    assert screen.reset_template_button.isEnabled()
    screen.reset_template_button.click()
    settle(qapp, window)
    assert session.reminders.templates("en").edited == frozenset()
    assert screen.template_edit.toPlainText().startswith("Dear {contact}, happy birthday!")

    screen.template_language.setCurrentIndex(screen.template_language.findData("zh_TW"))
    settle(qapp, window)
    assert screen.template_list.item(0).text() == "春節"


def test_a_notice_goes_to_the_status_bar_when_there_is_no_tray(window: MainWindow, qapp: QApplication) -> None:
    alerts = attach_reminder_alerts(window, lambda: "en")
    session = window.session
    assert session is not None and session.reminders is not None
    window.statusBar().clearMessage()  # after the set hour, the offer to close the day may already be there
    alerts.notify([])
    assert alerts.shown == [] and window.statusBar().currentMessage() == ""
    due = session.reminders.take_notices(TODAY, NOW)
    alerts.notify(due)
    assert window.statusBar().currentMessage() == "4 reminders are due, the first: Li Na"
    alerts.notify(due[-1:])
    assert window.statusBar().currentMessage() == "A reminder is due: Close the day"


def test_the_scheduler_starts_after_the_book_opens_and_stops_with_it(qtbot: QtBot, qapp: QApplication,
                                                                     book_path: Path) -> None:
    from telesales.app import open_session
    from telesales.i18n.qt import LanguageSwitcher
    from telesales.ui.application import build_window

    fill(book_path)
    window, switcher = build_window(qapp, open_session, "en")
    assert isinstance(switcher, LanguageSwitcher)
    qtbot.addWidget(window)
    attach_reminder_alerts(window, lambda: switcher.language)
    window.show()
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        window.load_book(book_path)
    qtbot.waitUntil(lambda: str(book_path) in jobs._running, timeout=20_000)  # noqa: SLF001
    settle(qapp, window)
    assert book_path.with_name("book.jobs.sqlite").exists()
    window.close()
    assert str(book_path) not in jobs._running  # noqa: SLF001


def test_the_screen_follows_a_language_switch_at_once(window: MainWindow, qapp: QApplication) -> None:
    screen = reminders_screen(window, qapp)
    row = next(row for row in range(screen.model.rowCount())
               if screen.model.line_at(row).kind is ReminderKind.GREETING)
    assert screen.model.data(screen.model.index(row, OCCASION)) == "Birthday"
    try:
        window.change_language("zh_TW")
        qapp.processEvents()
        assert screen.model.data(screen.model.index(row, OCCASION)) == "生日"
        assert screen.model.data(screen.model.index(row, KIND)) == "問候"
        assert screen.tabs.tabText(2) == "範本"
    finally:
        window.change_language("en")
        qapp.processEvents()
