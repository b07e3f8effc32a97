"""The close-the-day wizard as the rep goes through it, and the day's plan from the File menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTimeEdit
from pytestqt.qtbot import QtBot

from telesales.domain.closing import CloseStep, StepState
from telesales.services.book_session import BookSession
from telesales.ui.close_day_wizard import (
    BOOK,
    DONE,
    LETTERS,
    MATERIALS,
    SUMMARY,
    BookPage,
    CloseDayWizard,
    LettersPage,
    MaterialsPage,
)
from telesales.ui.workers import Runner
from tests.closing_book import CURIOUS, DAY, NEXT, closing_book


@pytest.fixture
def session(qapp: QApplication, demo_path: Path) -> Iterator[BookSession]:
    session = closing_book(demo_path)
    yield session
    session.close()


def settle(qapp: QApplication, runner: Runner) -> None:
    for _ in range(6):
        runner.wait()
        qapp.processEvents()


def open_wizard(qtbot: QtBot, qapp: QApplication, session: BookSession) -> CloseDayWizard:
    runner = Runner()
    wizard = CloseDayWizard(runner, session, lambda: "en", DAY)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qapp, runner)
    return wizard


def next_page(qapp: QApplication, wizard: CloseDayWizard) -> None:
    wizard.next()
    settle(qapp, wizard.runner)


def test_the_wizard_walks_through_the_three_steps_and_records_them(
        qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    wizard = open_wizard(qtbot, qapp, session)
    assert wizard.currentId() == SUMMARY and wizard.summary is not None
    page = wizard.page(SUMMARY)
    assert "Calls made" in page.numbers.text() and "Still open" in page.open.text()  # type: ignore[attr-defined]
    next_page(qapp, wizard)
    letters = wizard.page(LETTERS)
    assert isinstance(letters, LettersPage) and wizard.currentId() == LETTERS
    assert letters.deals.count() == len(wizard.summary.deals) > 0
    assert letters.subject.text().startswith("Thank you for your order")
    url = letters.mail_url()
    assert url.scheme() == "mailto"
    query = parse_qs(url.query(), keep_blank_values=True)
    assert unquote(query["subject"][0]) == letters.subject.text()
    assert letters.current() is not None and letters.current().deal.email in url.toString()  # type: ignore[union-attr]
    letters.copy_letter()
    assert QApplication.clipboard().text().startswith(letters.subject.text())
    letters.toggle_sent()
    settle(qapp, wizard.runner)
    assert letters.letters[0].deal.letter_sent and letters.sent_button.text() == "Mark as not sent"
    next_page(qapp, wizard)
    assert wizard.currentId() == BOOK
    assert wizard.summary.progress.state(CloseStep.THANK_YOU) is StepState.DONE
    book = wizard.page(BOOK)
    assert isinstance(book, BookPage) and book.table.rowCount() == len(wizard.summary.key_customers)
    for row in range(book.table.rowCount()):  # book only the first two: a call and a visit
        item = book.table.item(row, BookPage.TICK)
        item.setCheckState(Qt.CheckState.Checked if row < 2 else Qt.CheckState.Unchecked)
    kind = book.table.cellWidget(1, BookPage.KIND)
    clock = book.table.cellWidget(1, BookPage.TIME)
    assert isinstance(kind, QComboBox) and isinstance(clock, QTimeEdit)
    kind.setCurrentIndex(1)
    clock.setTime(clock.time().fromString("14:30", "HH:mm"))
    chosen = book.bookings()
    assert [b.kind.value for b in chosen] == ["call", "visit"] and chosen[1].at.strftime("%H:%M") == "14:30"
    next_page(qapp, wizard)
    assert wizard.currentId() == MATERIALS
    booked = [item for item in wizard.summary.key_customers if item.booked is not None]
    assert [item.booked.value for item in booked] == ["call", "visit"]  # type: ignore[union-attr]
    assert booked[1].booked_at is not None and booked[1].booked_at.strftime("%H:%M") == "14:30"
    materials = wizard.page(MATERIALS)
    assert isinstance(materials, MaterialsPage)
    assert materials.chosen() == [CURIOUS]  # KEEN asked on the call: a task exists, unticked
    assert materials.list.count() == 2
    next_page(qapp, wizard)
    assert wizard.currentId() == DONE and wizard.summary.progress.closed
    assert wizard.summary.to_ask == ()
    assert "closed" in wizard.page(DONE).text.text()  # type: ignore[attr-defined]
    assert session.closing is not None
    visits = session.visit_day(NEXT)
    assert any(line.visit.customer_id == booked[1].customer_id for line in visits.lines.values())


def test_a_skipped_step_is_recorded_and_the_wizard_resumes_at_the_first_open_step(
        qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    wizard = open_wizard(qtbot, qapp, session)
    next_page(qapp, wizard)
    letters = wizard.page(LETTERS)
    assert isinstance(letters, LettersPage)
    letters.skip.setChecked(True)
    next_page(qapp, wizard)
    assert wizard.currentId() == BOOK
    assert wizard.summary is not None and wizard.summary.progress.state(CloseStep.THANK_YOU) is StepState.SKIPPED
    wizard.close()
    again = open_wizard(qtbot, qapp, session)
    assert again.currentId() == SUMMARY and "skipped" in again.page(SUMMARY).steps.text()  # type: ignore[attr-defined]
    next_page(qapp, again)
    assert again.currentId() == BOOK  # the thank-you step was skipped: resume at the next open one
    assert session.closing is not None
    assert session.closing.progress(DAY).state(CloseStep.BOOK_TOMORROW) is StepState.OPEN


def test_the_wizard_speaks_chinese(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    from telesales.i18n.qt import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.apply("zh_CN")
    try:
        wizard = open_wizard(qtbot, qapp, session)
        assert wizard.windowTitle() == "每天梳理"
        assert "拨打的电话" in wizard.page(SUMMARY).numbers.text()  # type: ignore[attr-defined]
        next_page(qapp, wizard)
        assert wizard.page(LETTERS).title() == "感谢信"
        assert wizard.page(LETTERS).skip.text() == "暂时跳过这一步"  # type: ignore[attr-defined]
    finally:
        switcher.apply("en")


def test_the_file_menu_closes_the_day_exports_and_previews_the_plan(
        qtbot: QtBot, qapp: QApplication, demo_path: Path, tmp_path: Path) -> None:
    from tests.ui.conftest import open_window
    from tests.ui.conftest import settle as settle_window

    closing_book(demo_path).close()
    window, _switcher = open_window(qtbot, qapp, demo_path, "en")
    tools = window.day_tools
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Close the day…" in texts and "&Export the day's plan…" in texts and "&Print the day's plan…" in texts
    wizard = tools.close_day(DAY)
    assert wizard is not None and wizard.isVisible()
    settle_window(qapp, window)
    wizard.close()
    target = tmp_path / "plan.xlsx"
    tools.export_to(target, NEXT, "xlsx")
    settle_window(qapp, window)
    assert target.exists() and tools.written == [target]
    assert window.session is not None and window.session.field_plans is not None
    preview = tools.show_preview(window.session.field_plans.plan(NEXT))
    pages: list[object] = []
    preview.paintRequested.connect(pages.append)
    preview.show()
    qapp.processEvents()
    assert pages  # the preview asked for the plan's pages
    preview.close()
    window.close()


def test_the_today_screen_offers_to_close_the_day_after_the_set_time(
        qtbot: QtBot, qapp: QApplication, demo_path: Path) -> None:
    from telesales.ui.screens.today import TodayScreen
    from tests.ui.conftest import open_window
    from tests.ui.conftest import settle as settle_window

    window, _switcher = open_window(qtbot, qapp, demo_path, "en")
    session = window.session
    assert session is not None and session.closing is not None
    today = next(screen for screen in window.screens if isinstance(screen, TodayScreen))
    session.save_settings({"close_day.time": "00:00"})
    window.day_tools.check_offer()
    settle_window(qapp, window)
    assert today.close_day_button.isVisibleTo(today)
    assert "close the day" in window.statusBar().currentMessage()
    session.save_settings({"close_day.time": "23:59"})
    window.day_tools.check_offer()
    settle_window(qapp, window)
    assert not today.close_day_button.isVisibleTo(today) or session.closing.now().hour == 23
    window.close()
