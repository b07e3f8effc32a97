"""The team lead gives a customer to another rep from the customer list; a rep is not offered it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.ui.models.customer_table import OWNER
from telesales.ui.screens.customers import CustomersScreen
from tests.shared.team_book import LEAD, REP_A, REP_B, as_member, plain_sql
from tests.ui.conftest import open_window, settle


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_lead_gives_a_customer_away_and_a_rep_is_not_offered_to(
        qtbot: QtBot, qapp: QApplication, team_url: str, language: str) -> None:
    window, switcher = open_window(qtbot, qapp, as_member(team_url, LEAD), language)  # type: ignore[arg-type]
    screen = window.show_screen(CustomersScreen)
    assert isinstance(screen, CustomersScreen)
    settle(qapp, window)
    assert screen.reassign_menu.is_lead()
    first_row = screen.table.visualRect(screen.model.index(0, 0)).center()
    menu = screen.context_menu(first_row)
    assert menu is not None
    assert [action.text() for action in menu.actions() if action.text()][-1] == (
        "Give to another rep…" if language == "en" else "交给另一名销售员…")
    screen.reassign_menu.reassign(2, REP_B)
    settle(qapp, window)
    assert plain_sql(team_url, LEAD, "SELECT owner, previous_owner FROM customers WHERE id = 2") == [
        (REP_B, REP_A)]
    assert not screen.table.isColumnHidden(OWNER)  # the lead sees whose customer each is
    owners = {screen.model.customer_at(row).id: screen.model.data(screen.model.index(row, OWNER))
              for row in range(screen.model.rowCount())}
    assert owners[2] == REP_B and REP_A in owners.values()
    assert window.statusBar().currentMessage() == (
        f"1 customer now belongs to {REP_B}." if language == "en" else f"1 位客户现归 {REP_B} 负责。")
    switcher.apply("en")
    window.close()

    window, switcher = open_window(qtbot, qapp, as_member(team_url, REP_A), "en")  # type: ignore[arg-type]
    screen = window.show_screen(CustomersScreen)
    assert isinstance(screen, CustomersScreen)
    settle(qapp, window)
    assert not screen.reassign_menu.is_lead()
    menu = screen.context_menu(screen.table.visualRect(screen.model.index(0, 0)).center())
    assert menu is not None and "Give to another rep…" not in [action.text() for action in menu.actions()]
    window.close()
