"""Pinning a tier by hand from the app, and the customer's tier history on the profile sheet (issue 4): pin from
the sheet or from the pyramid's list, the reason required, lifting the pin brings the computed tier back, every
change listed newest first in the rep's words, in both Chinese scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from telesales.domain.model import Tier
from telesales.services.customer_value import CustomerValueService
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.profile import ProfileDialog
from telesales.ui.screens.pyramid import PyramidScreen
from telesales.ui.widgets.tier_pin import PinDialog, UnpinDialog
from tests.conftest import TODAY
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import untranslated

CUSTOMER = 3  # computed small, never pinned, tiered for the first time a year ago
PINNED = 18  # pinned by the demo rep: computed inactive, pinned medium


def open_sheet(window: MainWindow, qtbot: QtBot, qapp: QApplication, customer: int = CUSTOMER,
               language: str = "en") -> ProfileDialog:
    assert window.session is not None
    dialog = ProfileDialog(window.session, window.runner, customer, language, window)
    dialog.today = lambda: TODAY
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.tier_panel)
    settle(qapp, window)
    assert dialog.profile is not None and dialog.tier_panel.history_ready
    return dialog


def value_of(window: MainWindow) -> CustomerValueService:
    assert window.session is not None and window.session.value is not None
    return window.session.value


def rows(dialog: ProfileDialog) -> list[list[str]]:
    model = dialog.tier_panel.model
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def ok(dialog: PinDialog | UnpinDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def closed(dialog: QWidget) -> bool:
    """Closed once the book has the change (and deleted)."""
    return not isValid(dialog) or not dialog.isVisible()


def stored_pin(window: MainWindow, customer: int) -> tuple[Tier, Tier | None, str]:
    found = value_of(window)._store.customer(customer)  # noqa: SLF001 - reading back what was written
    assert found is not None
    return found.tier, found.pin, found.pin_reason


def test_pin_from_the_profile_then_lift_it(english_window: MainWindow, qapp: QApplication, qtbot: QtBot,
                                           qtmodeltester: object) -> None:
    window = english_window
    sheet = open_sheet(window, qtbot, qapp)
    panel = sheet.tier_panel
    assert sheet.tabs.tabText(sheet.tabs.currentIndex()) == "Tier and its history"
    assert panel.current.text() == "Tier: <b>Small</b>, as the book computed it"
    assert rows(sheet) == [["2025-11-22", "", "Small", "● New", "First tiering"]]
    assert not panel.unpin_button.isEnabled() and panel.pin_button.text() == "Pin a tier…"

    panel.pin_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    assert dialog.now.text() == "Now: Small, as the book computed it"
    assert dialog.chosen() is Tier.SMALL  # the tier now, until the rep picks another
    dialog.tier.setCurrentIndex(list(Tier).index(Tier.BIG))
    dialog.reason.setText("  集团采购入口，按大客户维护  ")
    ok(dialog)
    settle(qapp, window)
    assert closed(dialog)

    assert stored_pin(window, CUSTOMER) == (Tier.SMALL, Tier.BIG, "集团采购入口，按大客户维护")
    assert "Tier: Big (pinned)" in sheet.glance.text()
    assert panel.current.text() == "Tier: <b>Big (pinned)</b> · computed tier: Small"
    assert panel.why.text() == "Why pinned: 集团采购入口，按大客户维护"
    assert panel.message.text() == "Pinned to Big."
    assert rows(sheet)[0] == [TODAY.isoformat(), "Small", "Big", "▲ Up", "Pinned by hand: 集团采购入口，按大客户维护"]
    assert len(rows(sheet)) == 2
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]

    pyramid = window.show_screen(PyramidScreen)  # shown again: the pyramid reads the tiers again
    assert isinstance(pyramid, PyramidScreen)
    pyramid.today = lambda: TODAY
    pyramid.show_tier(Tier.BIG)
    settle(qapp, window)
    members = pyramid.members
    shown = {members.row_at(row).customer_id: members.data(members.index(row, 1))
             for row in range(members.rowCount())}
    assert shown[CUSTOMER] == "Big (pinned)"
    assert pyramid.summary is not None and pyramid.summary.level(Tier.BIG).pinned == 2

    panel.unpin_button.click()
    lift = panel.dialog
    assert isinstance(lift, UnpinDialog)
    assert lift.now.text() == "Pinned to Big by hand. Why: 集团采购入口，按大客户维护"
    assert "the computed tier applies again: <b>Small</b>" in lift.back.text()
    ok(lift)
    settle(qapp, window)
    assert closed(lift)
    assert stored_pin(window, CUSTOMER) == (Tier.SMALL, None, "")
    assert "Tier: Small" in sheet.glance.text() and "pinned" not in sheet.glance.text()
    assert panel.message.text() == "Pin lifted: Small again, as the book computed it."
    assert [row[1:] for row in rows(sheet)] == [
        ["Big", "Small", "▼ Down", "Pin lifted"],
        ["Small", "Big", "▲ Up", "Pinned by hand: 集团采购入口，按大客户维护"],  # a lifted pin keeps its reason
        ["", "Small", "● New", "First tiering"]]
    assert not panel.unpin_button.isEnabled()


def test_an_empty_reason_is_refused_with_a_message(english_window: MainWindow, qapp: QApplication,
                                                   qtbot: QtBot) -> None:
    sheet = open_sheet(english_window, qtbot, qapp)
    dialog = sheet.tier_panel.open_pin()
    assert isinstance(dialog, PinDialog)
    dialog.tier.setCurrentIndex(list(Tier).index(Tier.SUPER))
    dialog.reason.setText("   ")
    ok(dialog)
    settle(qapp, english_window)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Say why you pin this tier: the reason stays with the pin."
    assert stored_pin(english_window, CUSTOMER) == (Tier.SMALL, None, "")
    assert len(value_of(english_window).tier_history(CUSTOMER)) == 1
    dialog.reason.setText("全国代理")  # typing clears the message
    assert not dialog.error.isVisible()
    dialog.reject()


def test_pin_and_lift_from_the_pyramids_list(english_window: MainWindow, qapp: QApplication) -> None:
    window = english_window
    pyramid = window.show_screen(PyramidScreen)
    assert isinstance(pyramid, PyramidScreen)
    pyramid.today = lambda: TODAY
    pyramid.show_tier(Tier.MEDIUM)
    settle(qapp, window)
    members = pyramid.members
    row = next(r for r in range(members.rowCount()) if members.row_at(r).customer_id == PINNED)
    menu = pyramid.member_menu(row)
    assert [action.text() for action in menu.actions()] == ["Change the pin…", "Lift the pin (back to Inactive)…"]
    menu.actions()[1].trigger()
    lift = pyramid.pin_dialog
    assert isinstance(lift, UnpinDialog)
    ok(lift)
    settle(qapp, window)
    assert stored_pin(window, PINNED)[1] is None
    assert PINNED not in {members.row_at(r).customer_id for r in range(members.rowCount())}

    other = members.row_at(0)
    assert other.pin is None
    menu = pyramid.member_menu(0)
    assert [action.text() for action in menu.actions()] == ["Pin a tier…"]
    menu.actions()[0].trigger()
    dialog = pyramid.pin_dialog
    assert isinstance(dialog, PinDialog)
    dialog.tier.setCurrentIndex(list(Tier).index(Tier.SUPER))
    dialog.reason.setText("行业标杆")
    ok(dialog)
    settle(qapp, window)
    assert stored_pin(window, other.customer_id)[1:] == (Tier.SUPER, "行业标杆")
    assert other.customer_id not in {members.row_at(r).customer_id for r in range(members.rowCount())}
    moved = pyramid.movements
    assert [moved.data(moved.index(0, c)) for c in (1, 2, 4, 5)] == [other.name, "▲ Up", "Super", "Pinned by hand"]


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()] if widget.isWindow() else []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            texts.append(child.text())
    return texts


@pytest.mark.parametrize(("language", "tab", "pin"), [("zh_CN", "等级与变动记录", "固定"),
                                                       ("zh_TW", "等級與變動紀錄", "固定")])
def test_every_new_string_is_translated(qtbot: QtBot, qapp: QApplication, demo_path: Path, language: str,
                                        tab: str, pin: str) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    try:
        sheet = open_sheet(window, qtbot, qapp, PINNED, language)
        panel = sheet.tier_panel
        assert sheet.tabs.tabText(3) == tab
        reason = sheet.profile.customer.tier_pin_reason  # type: ignore[union-attr]
        texts = [text.replace(reason, "") for text in _texts(panel)]
        model = panel.model
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        texts += [str(model.data(model.index(r, c)) or "").replace(reason, "")
                  for r in range(model.rowCount()) for c in range(model.columnCount())]
        assert model.rowCount() >= 2
        dialogs = [panel.open_pin(), panel.open_unpin()]
        for dialog in dialogs:
            assert dialog is not None
            texts += [text.replace(reason, "") for text in _texts(dialog)]
        pin_dialog = dialogs[0]
        assert isinstance(pin_dialog, PinDialog)
        pin_dialog.reason.setText("")
        ok(pin_dialog)
        assert pin_dialog.error.text().startswith("請說明" if language == "zh_TW" else "请说明")
        texts.append(pin_dialog.error.text())
        assert pin_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == pin
        texts.append(pin_dialog.reason.placeholderText())
        for dialog in dialogs:
            dialog.reject()
        pyramid = window.show_screen(PyramidScreen)
        assert isinstance(pyramid, PyramidScreen)
        pyramid.today = lambda: TODAY
        pyramid.show_tier(Tier.MEDIUM)
        settle(qapp, window)
        row = next(r for r in range(pyramid.members.rowCount()) if pyramid.members.row_at(r).pin is not None)
        texts += [action.text() for action in pyramid.member_menu(row).actions()]
        assert untranslated(texts, demo_path) == []
    finally:
        switcher.apply("en")
        window.close()
