"""The customer list as the rep uses it: search as they type, filters, sorting by a header, opening a customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from telesales.ui.main_window import MainWindow
from telesales.ui.models.customer_table import CUSTOMER_ID_ROLE, NAME, OWNER, TAGS, TIER
from telesales.ui.screens.customers import CustomersScreen
from tests.ui.conftest import settle


def _screen(window: MainWindow, qapp: QApplication) -> CustomersScreen:
    screen = window.show_screen(CustomersScreen)
    assert isinstance(screen, CustomersScreen)
    settle(qapp, window)
    return screen


def _names(screen: CustomersScreen) -> list[str]:
    return [screen.model.data(screen.model.index(row, NAME)) for row in range(screen.model.rowCount())]


def test_typing_finds_customers_by_pinyin_as_the_rep_types(english_window: MainWindow, qapp: QApplication,
                                                           qtbot: QtBot, qtmodeltester: object) -> None:
    screen = _screen(english_window, qapp)
    session = english_window.session
    assert session is not None
    first = session.find("南京")[0].customer_name
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.search.setText("南京")  # Chinese through setText, never keyClicks
    assert _names(screen)[0] == first
    assert all("南京" in name or screen.model.customer_at(row).area.city == "南京市"
               for row, name in enumerate(_names(screen)))
    assert screen.summary.text() == f"{screen.model.rowCount()} of 120 customers"
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.search.clear()
        qtbot.keyClicks(screen.search, "nanjing")
    assert _names(screen)[0].startswith("南京")
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]


def test_filters_and_header_sorting_are_answered_by_the_book(english_window: MainWindow, qapp: QApplication,
                                                             qtbot: QtBot) -> None:
    screen = _screen(english_window, qapp)
    assert screen.model.rowCount() == 120
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.tier_filter.setCurrentIndex(screen.tier_filter.findData("small"))
    tiers = {screen.model.data(screen.model.index(row, TIER)) for row in range(screen.model.rowCount())}
    assert tiers <= {"Small", "Small (pinned)"} and screen.model.rowCount() > 0
    small = screen.model.rowCount()
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.tier_filter.setCurrentIndex(0)
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.table.horizontalHeader().sectionClicked.emit(NAME)
    ascending = _names(screen)
    assert ascending == sorted(ascending) and len(ascending) == 120 > small
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.table.horizontalHeader().sectionClicked.emit(NAME)
    assert _names(screen) == sorted(ascending, reverse=True)
    area = screen.area_filter.itemData(1)
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.area_filter.setCurrentIndex(1)
    assert {screen.model.customer_at(row).area.city for row in range(screen.model.rowCount())} == {area[1]}


def test_the_tag_filter_lists_the_books_tags_and_keeps_their_customers(english_window: MainWindow, qapp: QApplication,
                                                                      qtbot: QtBot) -> None:
    screen = _screen(english_window, qapp)
    assert screen.table.isColumnHidden(OWNER)  # a book of one's own: every customer is the rep's
    labels = [screen.tag_filter.itemText(index) for index in range(screen.tag_filter.count())]
    assert labels[0] == "All tags" and labels[-1] == "No tags" and len(labels) > 3
    tag = screen.tag_filter.itemData(1)  # the most used
    assert labels[1].startswith(f"{tag} (")
    count = int(labels[1].rsplit("(", 1)[1].rstrip(")"))
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.tag_filter.setCurrentIndex(1)
    shown = [screen.model.data(screen.model.index(row, TAGS)) for row in range(screen.model.rowCount())]
    assert len(shown) == count and all(tag in text.split(", ") for text in shown)
    assert screen.summary.text() == f"{count} of 120 customers"
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        screen.tag_filter.setCurrentIndex(screen.tag_filter.count() - 1)
    assert screen.model.rowCount() > 0
    assert all(screen.model.data(screen.model.index(row, TAGS)) == "" for row in range(screen.model.rowCount()))


def test_selected_customers_are_tagged_and_untagged_from_the_context_menu(
        english_window: MainWindow, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _screen(english_window, qapp)
    screen.table.selectRow(0)
    second = screen.table.visualRect(screen.model.index(1, NAME)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second)
    chosen = screen.selected_customers()
    assert len(chosen) == 2
    menu = screen.context_menu(second)
    assert menu is not None
    add = menu.actions()[0]
    assert add.text() == "Add a tag to 2 customers…"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: ("2026 春季展", True))
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        add.trigger()
        settle(qapp, english_window)
    assert english_window.statusBar().currentMessage() == "Tagged 2 customers."
    tagged = [screen.model.customer_at(row) for row in range(screen.model.rowCount())
              if "2026 春季展" in screen.model.customer_at(row).tags]
    assert sorted(row.id for row in tagged) == sorted(chosen)
    assert screen.tag_filter.findText("2026 春季展 (2)") > 0

    screen.table.clearSelection()
    row = next(row for row in range(screen.model.rowCount()) if screen.model.customer_at(row).id == chosen[0])
    menu = screen.context_menu(screen.table.visualRect(screen.model.index(row, NAME)).center())
    assert menu is not None and screen.selected_customers() == [chosen[0]]
    remove = next(action for action in menu.actions() if action.menu() is not None)
    assert remove.text() == "Remove a tag" and "2026 春季展" in [a.text() for a in remove.menu().actions()]
    with qtbot.waitSignal(screen.listing_shown, timeout=10_000):
        next(a for a in remove.menu().actions() if a.text() == "2026 春季展").trigger()
        settle(qapp, english_window)
    assert screen.tag_filter.findText("2026 春季展 (1)") > 0


def test_double_click_or_enter_opens_the_profile_sheet(english_window: MainWindow, qapp: QApplication,
                                                       qtbot: QtBot) -> None:
    screen = _screen(english_window, qapp)
    index = screen.model.index(3, NAME)
    customer_id = screen.model.data(index, CUSTOMER_ID_ROLE)
    with qtbot.waitSignal(screen.profile_opened, timeout=5_000) as opened:
        screen.table.activated.emit(index)
    dialog = opened.args[0]
    settle(qapp, english_window)
    assert dialog.profile.customer.id == customer_id
    assert dialog.title_label.text() == screen.model.data(index, Qt.ItemDataRole.DisplayRole)
    dialog.close()
