"""Syncing a field copy from the app: the menu entry shows for a field copy only, conflicts come up in a dialog
with both values, and keeping mine sends it up and opens the fresh copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.app import sync_field_copy, take_field_copy
from telesales.ui.field_sync import ConflictsDialog, attach_field_sync
from tests.shared.team_book import LEAD, REP_A, as_member, plain_sql
from tests.ui.conftest import open_window, settle


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_conflicts_come_up_with_both_values_and_keeping_mine_sends_it_up(
        qtbot: QtBot, qapp: QApplication, team_url: str, tmp_path: Path, demo_path: Path, language: str) -> None:
    copy = tmp_path / "field.sqlite"
    take_field_copy(as_member(team_url, REP_A), copy)
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    sync = attach_field_sync(window, sync_field_copy)
    assert not sync.action.isVisible()  # the demo book is not a field copy
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        window.load_book(copy)
    settle(qapp, window)
    assert sync.action.isVisible()
    assert sync.action.text() == ("S&ync with the shared book" if language == "en" else "与共享客户簿同步(&Y)")

    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE customers SET notes = '周三下午好联系' WHERE id = 2")
    plain_sql(team_url, LEAD, "UPDATE customers SET notes = '老板换人了' WHERE id = 2")
    with qtbot.waitSignal(window.book_opened, timeout=30_000):
        sync.sync()
    settle(qapp, window)
    dialog = sync.dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    cells = [dialog.table.item(0, column).text() for column in range(4)]
    if language == "en":
        assert cells == ["Customer 2", "Notes", "周三下午好联系", "老板换人了"]
    else:
        assert cells[:1] == ["客户 2"] and cells[2:] == ["周三下午好联系", "老板换人了"]
    shots = Path("shots")
    shots.mkdir(exist_ok=True)
    dialog.grab().save(str(shots / f"field_sync_conflicts_{language}.png"))

    with qtbot.waitSignal(window.book_opened, timeout=30_000):
        dialog.mine_button.click()
    settle(qapp, window)
    assert plain_sql(team_url, LEAD, "SELECT notes FROM customers WHERE id = 2") == [("周三下午好联系",)]
    message = window.statusBar().currentMessage()
    assert message.startswith("In step with the shared book" if language == "en" else "已与共享客户簿一致")
    assert window.session is not None and window.session.path == copy
    switcher.apply("en")
    window.close()
