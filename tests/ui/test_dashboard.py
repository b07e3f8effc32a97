"""The Dashboard as the rep sees it: the numbers beside the charts, the customers behind a chart, the period
picker, and every word in Simplified and Traditional Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from telesales.domain.model import Tier
from telesales.domain.periods import DayRange, PeriodKind
from telesales.domain.stats import Factor
from telesales.i18n.qt import LanguageSwitcher
from telesales.services.book_session import BookSession
from telesales.services.stats import Chart as Figure
from telesales.ui.screens.dashboard import PARTS, DashboardScreen
from telesales.ui.widgets.charts import BarLineChart, CurveChart, PairedBars, WaterfallChart
from telesales.ui.workers import Runner
from tests.stats_book import build_stats_book

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def session(book_path: Path) -> Iterator[BookSession]:
    opened = build_stats_book(book_path)
    yield opened
    opened.close()


def open_dashboard(qtbot: QtBot, qapp: QApplication, session: BookSession) -> DashboardScreen:
    runner = Runner()
    screen = DashboardScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    screen.set_session(session)
    settle(qapp, screen)
    return screen


def settle(qapp: QApplication, screen: DashboardScreen) -> None:
    for _ in range(50):
        screen.runner.wait()
        qapp.processEvents()
        if all(part in screen.parts for part in PARTS):
            break
    screen.runner.wait()
    qapp.processEvents()
    assert all(part in screen.parts for part in PARTS), screen.error


def test_every_number_is_beside_its_chart(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    screen = open_dashboard(qtbot, qapp, session)
    assert screen.period_label.text() == "Nov 1, 2026 – Nov 22, 2026"
    assert screen.compare_label.text() == "compared with Oct 1, 2026 – Oct 22, 2026"
    sales = screen.sales_card
    assert sales.number.text() == "350" and sales.detail.text() == "against 200 (+75.0%)"
    assert [line.text() for line in sales.lines] == [
        "Customers covered: 4 · before 3 · +33.3%",
        "Active rate: 50.0% · before 66.7% · −25.0%",
        "Average deal: 175 · before 100 · +75.0%",
        "Moved most: Average deal",
    ]
    assert sales.lines[2].font().bold() and not sales.lines[0].font().bold()
    waterfall = sales.chart
    assert isinstance(waterfall, WaterfallChart)
    assert [(step.label, step.text, step.emphasis) for step in waterfall.steps] == [
        ("Before", "200", False), ("Customers covered", "+77", False), ("Active rate", "-77", False),
        ("Average deal", "+150", True), ("This period", "350", False)]
    assert screen.deals_card.number.text() == "350"
    assert screen.deals_card.detail.text() == "3 deals from 2 customers; 2 deals, 200 before"
    assert screen.calls_card.number.text() == "1.2"
    assert screen.calls_card.detail.text().startswith("a day on 5 calling days; 66.7% reached")
    calls = screen.calls_card.chart
    assert isinstance(calls, BarLineChart) and len(calls.bars) == 8 and calls.bars[-1] == 1.0
    assert calls.line[-1] == 0.0
    assert screen.intent_card.number.text() == "↑1 ↓1"
    assert screen.visits_card.number.text() == "1"
    assert screen.churn_card.number.text() == "2"
    assert screen.pyramid_card.number.text() == "3"
    pyramid = screen.pyramid_card.chart
    assert isinstance(pyramid, PairedBars)
    assert [(row.label, row.text) for row in pyramid.rows[:4]] == [
        ("Super", "1 · 250"), ("Big", "1 · 200"), ("Medium", "0 · 0"), ("Small", "1 · 110")]
    curve = screen.curve_card.chart
    assert isinstance(curve, CurveChart) and curve.points[-1] == (1.0, 1.0)
    assert screen.curve_card.number.text() == "44.6%"  # Alpha, the best third, holds 250 of 559.99


def test_a_click_on_a_chart_lists_the_customers_behind_it(qtbot: QtBot, qapp: QApplication, session: BookSession,
                                                           qtmodeltester: object) -> None:
    screen = open_dashboard(qtbot, qapp, session)
    screen.sales_card.chart.clicked.emit(Factor.AVERAGE_DEAL)
    settle(qapp, screen)
    dialog = screen.behind
    assert dialog.isVisible()
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == ["Customer", "Tier", "Amount", "Orders"]
    assert [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())] == [
        ["Bravo", "Big", "200", "1"], ["Alpha", "Super", "150", "2"]]
    assert dialog.summary.text() == "2 customers"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    activated: list[int] = []
    screen.customer_activated.connect(activated.append)
    dialog.table.doubleClicked.emit(model.index(1, 0))
    assert activated == [1]
    from telesales.ui.screens.profile import ProfileDialog

    sheets = dialog.findChildren(ProfileDialog)
    assert len(sheets) == 1
    settle(qapp, screen)
    assert sheets[0].title_label.text() == "Alpha"  # the customer's profile sheet opened over the list
    sheets[0].close()

    screen.sales_card.chart.clicked.emit(Factor.COVERED)
    settle(qapp, screen)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Alpha", "Bravo", "Delta", "Foxtrot"]
    screen.intent_card.chart.clicked.emit(Figure.INTENT_DOWN)
    settle(qapp, screen)
    assert [model.data(model.index(0, c)) for c in range(4)] == ["Bravo", "Big", "1", "A → C"]
    screen.visits_card.chart.clicked.emit("planned")
    settle(qapp, screen)
    assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == ["Done", "Planned"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    screen.churn_card.chart.clicked.emit("silent")
    settle(qapp, screen)
    assert model.data(model.index(0, 2)) == "Buying far less than last year; Gone quiet"
    screen.pyramid_card.chart.clicked.emit(Tier.SUPER)
    settle(qapp, screen)
    assert dialog.heading.text() == "Super customers" and model.data(model.index(0, 2)) == "250"


def test_the_period_picker(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    screen = open_dashboard(qtbot, qapp, session)
    assert not screen.forward.isEnabled()  # nothing after today
    screen.set_period(PeriodKind.WEEK)
    settle(qapp, screen)
    assert screen.periods is not None
    assert screen.periods.current == DayRange(date(2026, 11, 16), date(2026, 11, 22))
    assert screen.periods.comparison == DayRange(date(2026, 11, 9), date(2026, 11, 15))
    screen.back.click()
    settle(qapp, screen)
    assert screen.periods.current == DayRange(date(2026, 11, 9), date(2026, 11, 15))
    assert screen.forward.isEnabled()
    screen.compare_box.setCurrentIndex(1)  # the same period last year
    settle(qapp, screen)
    assert screen.periods.comparison == DayRange(date(2025, 11, 10), date(2025, 11, 16))
    screen.kind_box.setCurrentIndex(screen.kind_box.findData("custom"))
    settle(qapp, screen)
    assert screen.first_edit.isVisible() and not screen.period_label.isVisible()
    screen.first_edit.setDate(QDate(2026, 11, 1))
    settle(qapp, screen)
    assert screen.periods.current == DayRange(date(2026, 11, 1), date(2026, 11, 15))
    screen.set_period(PeriodKind.QUARTER)
    settle(qapp, screen)
    assert screen.periods.current == DayRange(date(2026, 10, 1), date(2026, 11, 22))
    assert screen.sales_card.number.text() == "559.99"  # every order of October and November (Echo bought in 2025)


def chart_texts(screen: DashboardScreen) -> list[str]:
    """The words drawn on the charts."""
    texts: list[str] = []
    for card in screen.cards():
        chart = card.chart
        texts.append(chart.empty_text)
        if isinstance(chart, WaterfallChart):
            texts += [step.label for step in chart.steps]
        if isinstance(chart, BarLineChart):
            texts += [*chart.legend, *chart.labels]
        if isinstance(chart, PairedBars):
            texts += [*chart.legend, *(row.label for row in chart.rows), *(row.text for row in chart.rows)]
        if isinstance(chart, CurveChart):
            texts += [chart.mark_text, *chart.axis_texts]
    return [text for text in texts if text]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_word_on_the_dashboard_is_translated(qtbot: QtBot, qapp: QApplication, session: BookSession,
                                                   language: str) -> None:
    switcher = LanguageSwitcher(qapp)
    switcher.apply(language)
    try:
        screen = open_dashboard(qtbot, qapp, session)
        labels = [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]
        combos = [box.itemText(i) for box in (screen.kind_box, screen.compare_box) for i in range(box.count())]
        words = [*labels, *combos, *chart_texts(screen), screen.title()]
        assert [text for text in words if LATIN_WORD.search(text) or "{" in text] == []
        assert "月" in screen.period_label.text()
        screen.sales_card.chart.clicked.emit(Factor.COVERED)
        settle(qapp, screen)
        dialog = screen.behind
        model = dialog.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(model.columnCount())]
        assert [text for text in [dialog.heading.text(), dialog.summary.text(), *headers]
                if LATIN_WORD.search(text)] == []
        switcher.apply("en")  # the words follow the language at once
        qapp.processEvents()
        assert screen.sales_card.title.text() == "Sales = customers covered × active rate × average deal"
        assert screen.title() == "Dashboard"
    finally:
        switcher.apply("en")
