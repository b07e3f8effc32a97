"""The main window as the rep sees it: the book's name and size, menus and screens in their language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from telesales.domain.listing import ListQuery
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.customers import CustomersScreen
from telesales.ui.screens.overview import OverviewScreen
from telesales.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import open_window, settle

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED_LATIN = ("telesales", "English", "MiB", "KiB")


def visible_texts(window: MainWindow) -> list[str]:
    """Every piece of text the rep can see: labels, buttons, menus, navigation, table headers, tabs, title."""
    texts = [window.windowTitle()]
    widgets: list[QWidget] = window.findChildren(QWidget)
    for widget in widgets:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
            if isinstance(widget, QLabel) and QtGui.Qt.mightBeRichText(text):  # what the rep reads, not the markup
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            texts.append(text)
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model: QAbstractItemModel = widget.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts.extend(action.text() for action in menu.actions() if isinstance(action, QAction))
    return [text for text in texts if text]


def untranslated(texts: list[str], book: Path) -> list[str]:
    found = []
    for text in texts:
        rest = text.replace(str(book), "").replace(book.name, "")
        for allowed in ALLOWED_LATIN:
            rest = rest.replace(allowed, "")
        if LATIN_WORD.search(rest) or "{" in rest:
            found.append(text)
    return found


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_visible_string_is_translated(qtbot: QtBot, qapp: QApplication, demo_path: Path, language: str) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    try:
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            settle(qapp, window)
            assert untranslated(visible_texts(window), demo_path) == []
    finally:
        switcher.apply("en")
        window.close()


def test_english_window_shows_the_book_its_size_and_screens(english_window: MainWindow, demo_path: Path) -> None:
    assert english_window.windowTitle() == f"{demo_path.name} — telesales"
    assert english_window.size_label.text().startswith("120 customers · ")
    navigation = [english_window.navigation.item(r).text() for r in range(english_window.navigation.count())]
    assert navigation == [screen.title() for screen in english_window.screens]
    assert navigation[0] == "Today" and {"Overview", "Customers"} <= set(navigation)
    overview = english_window.show_screen(OverviewScreen)
    numbers = {name: number.text() for name, (number, _caption) in overview.cards.items()}  # type: ignore[attr-defined]
    assert numbers["customers"] == "120"
    assert untranslated(visible_texts(english_window), demo_path) != []  # the check above can fail: English is Latin


def test_the_language_changes_at_once_without_restart(qtbot: QtBot, qapp: QApplication, demo_path: Path) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, "en")
    try:
        assert window.file_menu.title() == "&File"
        window.change_language("zh_CN")
        qapp.processEvents()  # Qt posts LanguageChange to every widget
        assert window.file_menu.title() == "文件(&F)"
        assert window.navigation.item(1).text() == "概览"
        assert window.size_label.text().startswith("120 位客户")
        assert "年" in window.date_label.text()  # today's date in the Chinese way
        window.change_language("zh_TW")
        qapp.processEvents()
        assert window.file_menu.title() == "檔案(&F)"
        assert "客戶" in [window.navigation.item(row).text() for row in range(window.navigation.count())]
        from telesales.preferences import load_preferences

        assert load_preferences().language == "zh_TW"  # remembered for the next start
    finally:
        switcher.apply("en")
        window.close()


def test_the_customer_list_pages_in_as_the_rep_scrolls(english_window: MainWindow, qapp: QApplication,
                                                      qtmodeltester: object) -> None:
    screen = english_window.show_screen(CustomersScreen)
    assert isinstance(screen, CustomersScreen)
    settle(qapp, english_window)
    model = screen.model
    model.PAGE = 50
    session = english_window.session
    assert session is not None
    listing = session.customer_listing(ListQuery())
    model.set_source(listing.page, listing.total)
    assert model.rowCount() == 50 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 120 and not model.canFetchMore()
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names == sorted(names)
    assert model.data(model.index(0, 4)).startswith("1")  # a national-format mobile such as 138 1234 5678
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_settings_saved_from_the_dialog_reach_the_book(english_window: MainWindow, qapp: QApplication) -> None:
    session = english_window.session
    assert session is not None
    dialog = SettingsDialog("en", session.settings(), lambda _language: None, english_window)
    dialog.editors["calls.cadence_big_days"].setValue(21)  # type: ignore[attr-defined]
    from telesales.ui.settings_dialog import changed

    updates = changed(dialog.values(), session.settings())
    assert updates == {"calls.cadence_big_days": 21}
    session.save_settings(updates)
    assert session.settings()["calls.cadence_big_days"] == 21
    assert dialog.row_labels["calls.cadence_big_days"].text() == "Call big customers every (days)"


def test_opening_a_file_that_is_not_a_book_says_so(english_window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    with qtbot.waitSignal(english_window.book_failed, timeout=10_000):
        english_window.load_book(notes)
    assert shown == [f"{notes} is not a telesales book. The file was not changed."]
    assert notes.read_text() == "hello"
    assert english_window.session is not None  # the open book stays open


def test_the_overview_shows_the_day_so_far(english_window: MainWindow, qapp: QApplication) -> None:
    from telesales.ui.screens.overview import OverviewScreen

    screen = english_window.show_screen(OverviewScreen)
    assert isinstance(screen, OverviewScreen)
    screen.refresh()
    settle(qapp, english_window)
    session = english_window.session
    assert session is not None and session.calls is not None and session.reminders is not None
    now = session.calls.now()
    agenda = session.reminders.agenda(now.date())
    shown = {name: number.text() for name, (number, _caption) in screen.today_cards.items()}
    assert shown == {"called": str(session.calls.progress(now).called),
                     "reached": str(session.calls.progress(now).reached),
                     "due_now": str(len(agenda.due_now)), "upcoming": str(len(agenda.upcoming))}
    assert screen.today_cards["due_now"][1].text() == "Reminders due now"
