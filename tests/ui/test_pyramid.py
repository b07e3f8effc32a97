"""The pyramid screen on the demo book: counts per tier, a tier's customers, who moved, churn warnings, words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.domain.model import Tier
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.pyramid import PyramidScreen
from tests.conftest import TODAY
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import untranslated, visible_texts


def pyramid_screen(window: MainWindow, qapp: QApplication) -> PyramidScreen:
    screen = window.show_screen(PyramidScreen)
    assert isinstance(screen, PyramidScreen)
    screen.today = lambda: TODAY
    screen.since.setDate(date(2026, 10, 22))
    screen.refresh()
    settle(qapp, window)
    return screen


def test_the_pyramid_shows_the_counts_per_tier_of_the_demo_book(english_window: MainWindow,
                                                                qapp: QApplication) -> None:
    screen = pyramid_screen(english_window, qapp)
    session = english_window.session
    assert session is not None and session.value is not None
    expected = session.value.pyramid_summary(TODAY)
    assert screen.summary == expected
    assert screen.chart.summary == expected
    counts = {level.tier: level.customers for level in expected.levels}
    assert sum(counts.values()) == 120
    assert counts[Tier.SUPER] >= 1 and counts[Tier.SMALL] > counts[Tier.MEDIUM] > 0
    assert sum(level.pinned for level in expected.levels) == 2  # the demo rep pinned two by hand
    assert screen.pareto.text().startswith("80/20: the top ")
    assert "customers in the pyramid" in screen.info_line.text()
    # the first tab lists the super customers, most revenue first
    assert screen.tabs.tabText(0) == "Customers in Super"
    assert screen.members.rowCount() == counts[Tier.SUPER]


def test_clicking_a_tier_lists_its_customers_and_a_pin_shows_as_a_pin(english_window: MainWindow,
                                                                     qapp: QApplication, qtbot: QtBot,
                                                                     qtmodeltester: object) -> None:
    screen = pyramid_screen(english_window, qapp)
    screen.chart.resize(900, screen.chart.sizeHint().height())
    shapes = {shape.tier: shape for shape in screen.chart._shapes()}  # noqa: SLF001 - where the layers are drawn
    centre = shapes[Tier.BIG].path.boundingRect().center()
    qtbot.mouseClick(screen.chart, Qt.MouseButton.LeftButton, pos=QPointF(centre).toPoint())
    settle(qapp, english_window)
    assert screen.tier is Tier.BIG and screen.chart.selected is Tier.BIG
    assert screen.tabs.tabText(0) == "Customers in Big"
    model = screen.members
    rows = [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    pinned = [row for row in rows if row[1] == "Big (pinned)"]
    assert len(pinned) == 1
    assert pinned[0][2] == "Small"  # the computed tier beside the pin
    assert pinned[0][6]  # and the rep's reason
    revenues = [model.row_at(row).revenue_cents for row in range(model.rowCount())]
    assert revenues == sorted(revenues, reverse=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_who_moved_since_a_day_and_the_churn_warnings(english_window: MainWindow, qapp: QApplication,
                                                      qtmodeltester: object) -> None:
    screen = pyramid_screen(english_window, qapp)
    moved = screen.movements
    assert moved.rowCount() > 0
    headers = [moved.headerData(c, Qt.Orientation.Horizontal) for c in range(moved.columnCount())]
    assert headers == ["Date", "Customer", "Moved", "From", "To", "Why"]
    directions = {moved.data(moved.index(row, 2)) for row in range(moved.rowCount())}
    assert directions <= {"▲ Up", "▼ Down"}  # the first tiering was a year ago
    assert {moved.data(moved.index(row, 5)) for row in range(moved.rowCount())} <= {
        "Revenue changed", "Pinned by hand"}
    assert "moved up" in screen.movement_counts.text()
    qtmodeltester.check(moved)  # type: ignore[attr-defined]

    screen.since.setDate(date(2020, 1, 1))  # back to the first tiering: everyone was new then
    settle(qapp, english_window)
    assert moved.rowCount() > 120

    churn = screen.churn
    assert churn.rowCount() >= len(screen.warnings) > 0
    line = churn.row_at(0)
    assert churn.data(churn.index(0, 3)) and churn.data(churn.index(0, 4))  # the signal, worded, and its numbers
    assert line.flag.evidence
    assert screen.tabs.tabText(2) == f"Churn warnings ({len(screen.warnings)})"
    qtmodeltester.check(churn)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("language", "title", "heading"), [("zh_CN", "客户金字塔", "超级客户名单"),
                                                             ("zh_TW", "客戶金字塔", "超級客戶名單")])
def test_the_pyramid_speaks_chinese(qtbot: QtBot, qapp: QApplication, demo_path: Path, language: str, title: str,
                                    heading: str) -> None:
    window, switcher = open_window(qtbot, qapp, demo_path, language)
    try:
        screen = pyramid_screen(window, qapp)
        assert screen.title() == title
        assert screen.tabs.tabText(0) == heading
        assert untranslated(visible_texts(window), demo_path) == []
        model = screen.churn
        texts = [str(model.data(model.index(row, column))) for row in range(min(model.rowCount(), 30))
                 for column in range(1, model.columnCount())]
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        assert untranslated(texts, demo_path) == []
        moved = screen.movements
        texts = [str(moved.data(moved.index(row, column))) for row in range(min(moved.rowCount(), 30))
                 for column in range(2, moved.columnCount())]
        assert untranslated(texts, demo_path) == []
        assert screen.chart.tr("Outside the pyramid") == "金字塔之外"  # the chart's painted words
    finally:
        switcher.apply("en")
        window.close()
