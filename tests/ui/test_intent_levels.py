"""The intent levels as the rep sees them: named in Settings (an editable list of four, the codes A–D kept), the
names in the call log and on the Today screen, and a customer's intent moves on the profile sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from telesales.domain.model import CallOutcome, Intent
from telesales.domain.settings import INTENT_NAME_MAX, RuleSettings
from telesales.i18n.qt import LanguageSwitcher
from telesales.services.calls import LogCallRequest
from telesales.ui.intent_words import intent_label, intent_name, intent_short, use_names
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.today import TodayScreen
from telesales.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import open_window, settle
from tests.ui.test_profile_sheet import open_sheet
from tests.ui.test_today import session_of, today_screen

LEVEL_KEYS = ("intent.a_name", "intent.b_name", "intent.c_name", "intent.d_name")


@pytest.fixture(autouse=True)
def app_wording() -> Iterator[None]:
    """Each test starts and ends with the app's own names (they are the open book's, kept by the UI)."""
    use_names(None)
    yield
    use_names(None)


def test_a_level_shows_the_books_name_or_the_apps_wording(qapp: QApplication) -> None:
    assert [intent_label(intent) for intent in Intent] == [
        "A — clear intent to buy", "B — interested", "C — neutral", "D — not interested"]
    use_names(RuleSettings({"intent.a_name": "  Ready to order ", "intent.c_name": "   ", "intent.d_name": "x" * 41}))
    assert intent_label(Intent.A) == "A — Ready to order"  # trimmed
    assert intent_name(Intent.C) == "neutral"  # blank: the app's wording
    assert intent_name(Intent.D) == "not interested"  # too long for a level's name: the book's value is refused
    assert intent_short("A") == "A · Ready to order"  # the stored code works as well as the level
    assert intent_label(None) == "" and intent_short("") == ""
    assert intent_short("E") == "E"  # a code this version does not know is shown as it is


@pytest.mark.parametrize(("language", "names"), [
    ("zh_CN", ["A — 明确购买意向", "B — 有兴趣", "C — 一般", "D — 无意向"]),
    ("zh_TW", ["A — 明確購買意願", "B — 有興趣", "C — 普通", "D — 沒有意願"]),
])
def test_the_apps_wording_follows_the_language_and_the_books_names_do_not(
        qapp: QApplication, language: str, names: list[str]) -> None:
    switcher = LanguageSwitcher(qapp)
    switcher.apply(language)
    try:
        assert [intent_label(intent) for intent in Intent] == names
        use_names(RuleSettings({"intent.b_name": "想要报价"}))
        assert intent_label(Intent.B) == "B — 想要报价"
    finally:
        switcher.apply("en")


def test_the_settings_list_the_four_levels_with_what_an_empty_name_means(english_window: MainWindow) -> None:
    session = session_of(english_window)
    dialog = SettingsDialog("en", session.settings(), lambda _language: None, english_window)
    tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Buying intent")
    page = dialog.tabs.widget(tab)
    edits = [dialog.editors[key] for key in LEVEL_KEYS]
    assert all(isinstance(edit, QLineEdit) and page.isAncestorOf(edit) for edit in edits)
    assert [dialog.row_labels[key].text() for key in LEVEL_KEYS] == [
        f"Name of intent level {level}" for level in "ABCD"]
    assert [edit.placeholderText() for edit in edits if isinstance(edit, QLineEdit)] == [
        "clear intent to buy", "interested", "neutral", "not interested"]
    assert all(edit.maxLength() == INTENT_NAME_MAX for edit in edits if isinstance(edit, QLineEdit))
    assert [edit.text() for edit in edits if isinstance(edit, QLineEdit)] == ["", "", "", ""]
    dialog.close()


def rename_level_a(window: MainWindow, qapp: QApplication, name: str) -> None:
    """Through File → Settings…, as the rep does: type the name, press OK."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        edit = dialog.editors["intent.a_name"]
        assert isinstance(edit, QLineEdit)
        edit.setText(name)
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.settings_action.trigger()
    settle(qapp, window)


def test_a_renamed_level_shows_in_the_call_log_and_on_today_and_the_book_keeps_the_code(
        qtbot: QtBot, qapp: QApplication, demo_path: Path) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, "en")
    try:
        screen = today_screen(window, qapp)
        rename_level_a(window, qapp, "Ready to order")
        session = session_of(window)
        assert session.settings()["intent.a_name"] == "Ready to order"
        assert isinstance(screen, TodayScreen)
        screen.refresh()
        settle(qapp, window)
        row = next(r for r in range(screen.model.rowCount()) if screen.model.call_at(r).candidate.intent is Intent.A)
        screen.table.selectRow(row)
        assert "Intent: A — Ready to order" in screen.detail.text()
        screen.call_log.open()  # as F2 does (tests/ui/test_today.py presses it)
        settle(qapp, window)
        dialog = screen.call_log.dialog
        assert dialog is not None and dialog.isVisible()
        assert [dialog.intent.itemText(i) for i in range(1, dialog.intent.count())] == [
            "A — Ready to order", "B — interested", "C — neutral", "D — not interested"]
        dialog.intent.setCurrentIndex(dialog.intent.findText("A — Ready to order"))
        customer = dialog.context.customer.id
        dialog.submit()
        settle(qapp, window)
        assert session.call_history(customer)[0].intent is Intent.A  # stored as the code
    finally:
        switcher.apply("en")
        window.close()


@pytest.mark.parametrize(("language", "top"), [
    ("en", [("D · not interested → B · interested", "Up by 2"),
            ("A · clear intent to buy → D · not interested", "Down by 3")]),
    ("zh_CN", [("D · 无意向 → B · 有兴趣", "上升 2 级"), ("A · 明确购买意向 → D · 无意向", "下降 3 级")]),
    ("zh_TW", [("D · 沒有意願 → B · 有興趣", "上升 2 級"), ("A · 明確購買意願 → D · 沒有意願", "下降 3 級")]),
])
def test_the_profile_sheet_lists_every_intent_move_newest_first(
        qtbot: QtBot, qapp: QApplication, demo_path: Path, qtmodeltester: object, language: str,
        top: list[tuple[str, str]]) -> None:
    from telesales.app import open_session

    session = open_session(demo_path)
    switcher = LanguageSwitcher(qapp)
    switcher.apply(language)
    try:
        customer = 3
        for minutes, intent in enumerate([Intent.A, Intent.D, Intent.D, Intent.B]):
            at = datetime(2026, 11, 22, 2, 0, tzinfo=UTC) + timedelta(minutes=10 * minutes)
            session.log_call(LogCallRequest(customer, CallOutcome.CONNECTED, intent=intent), at)
        sheet = open_sheet(qtbot, qapp, session, language, customer)
        model = sheet.intents_model
        profile = sheet.profile
        assert profile is not None and model.rowCount() == len(profile.intent_history) >= 2
        rows = [tuple(model.index(r, c).data() for c in (1, 2)) for r in range(2)]
        assert rows == top  # the repeated D is no move
        day = profile.intent_history[-1].called_at.astimezone().date().isoformat()
        assert model.index(0, 0).data() == day
        first = model.index(model.rowCount() - 1, 2).data()
        assert first == {"en": "First recorded", "zh_CN": "首次记录", "zh_TW": "首次記錄"}[language]
        assert sheet.intents_title.text() == {"en": "Intent moves", "zh_CN": "意向变化", "zh_TW": "意向變化"}[language]
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        sheet.close()
    finally:
        switcher.apply("en")
        session.close()
