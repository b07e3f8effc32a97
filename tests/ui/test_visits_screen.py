"""The Visits screen as the rep sees it: the day grouped by area with times and distances, the map, dragging a
visit into another place, recording how a visit went, moving a left-over visit; in Chinese with every string
translated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.i18n.qt import LanguageSwitcher
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.visits import VisitsScreen
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import untranslated, visible_texts
from tests.visits_book import MONDAY, SHANGHAI, build_visits_book, plan_monday


@pytest.fixture
def visits_path(book_path: Path) -> Path:
    session = build_visits_book(book_path, **{"visits.per_day": 7})
    plan_monday(session, (1, 2, 3, 4, 5, 7, 8, 9))
    session.plan_visit(6, MONDAY, at=datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI))
    session.close()
    return book_path


def on_monday(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> VisitsScreen:
    screen = window.show_screen(VisitsScreen)
    assert isinstance(screen, VisitsScreen)
    settle(qapp, window)
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.show_day(MONDAY)
    settle(qapp, window)
    return screen


@pytest.fixture
def english(qtbot: QtBot, qapp: QApplication, visits_path: Path) -> Iterator[tuple[MainWindow, VisitsScreen]]:
    window, switcher = open_window(qtbot, qapp, visits_path, "en")
    yield window, on_monday(qtbot, qapp, window)
    switcher.apply("en")
    window.close()


def close(window: MainWindow, switcher: LanguageSwitcher) -> None:
    switcher.apply("en")
    window.close()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_visible_string_is_translated(qtbot: QtBot, qapp: QApplication, visits_path: Path,
                                            language: str) -> None:
    window, switcher = open_window(qtbot, qapp, visits_path, language)
    try:
        screen = on_monday(qtbot, qapp, window)
        assert screen.model.rowCount() > 0 and screen.left_model.rowCount() == 2
        assert untranslated(visible_texts(window), visits_path) == []
        texts = "".join(visible_texts(window))
        assert ("拜访" if language == "zh_CN" else "拜訪") in texts and "公里" in texts
        area_rows = [r for r in range(screen.model.rowCount()) if screen.model.is_area(r)]
        assert all(LATIN not in str(screen.model.index(r, 0).data()) for r in area_rows for LATIN in ("km", "visit"))
        screen.map.grab()  # paints in this language without a warning
    finally:
        close(window, switcher)


def test_the_day_is_grouped_by_area_with_times_and_distances(english: tuple[MainWindow, VisitsScreen]) -> None:
    _window, screen = english
    model = screen.model
    headings = [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_area(r)]
    assert len(headings) == 4 and all(" km" in h for h in headings)
    assert any(h.startswith("广东省 深圳市 南山区 · 3 visits") for h in headings)
    visits = [model.visit_at(r) for r in range(model.rowCount()) if not model.is_area(r)]
    assert len(visits) == 7
    fixed = [v for v in visits if v is not None and v.fixed]
    assert [model.index(model.row_of(fixed[0].stop.visit_id or 0) or 0, 1).data() for _ in fixed] == ["15:00–15:45"]
    assert "7 visits in 4 areas" in screen.summary.text() and "(in list order" in screen.summary.text()
    assert [screen.left_model.index(r, 1).data() for r in range(2)] == ["More visits than the day holds"] * 2
    assert len([s for s in screen.map.stops if s.number > 0]) == 7
    assert screen.map.start is not None


def test_models_pass_the_model_tester(english: tuple[MainWindow, VisitsScreen], qtmodeltester) -> None:  # noqa: ANN001
    _window, screen = english
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.left_model)


def test_dragging_a_visit_keeps_the_reps_order(qtbot: QtBot, qapp: QApplication,
                                              english: tuple[MainWindow, VisitsScreen]) -> None:
    window, screen = english
    model = screen.model
    before = model.visit_ids()
    last_row = max(r for r in range(model.rowCount()) if not model.is_area(r))
    data = model.mimeData([model.index(last_row, 0)])
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    settle(qapp, window)
    assert screen.visit_day is not None and screen.visit_day.manual
    assert model.visit_ids()[0] == before[-1]  # the rep's order; what it makes late is left over
    sequences = {line.id: line.sequence for line in screen.visit_day.lines.values()}
    assert [sequences[v] for v in [before[-1], *before[:-1]]] == list(range(1, len(before) + 1))
    assert screen.replan_button.isVisibleTo(screen) and "In your own order." in screen.order_note.text()
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.plan_route_again()
    settle(qapp, window)
    assert not screen.visit_day.manual and model.visit_ids() == before


def test_recording_an_outcome_after_a_visit(qtbot: QtBot, qapp: QApplication,
                                            english: tuple[MainWindow, VisitsScreen]) -> None:
    window, screen = english
    visit_id = screen.selected_visit()
    assert visit_id is not None
    dialog = screen.outcome_dialog()
    assert dialog is not None
    dialog.notes.setPlainText("saw the buyer; wants a quote")
    dialog.next_step.setText("send the quote")
    assert dialog.follow_up.isChecked()
    dialog.next_on.setDate(MONDAY + timedelta(days=3))
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.save_outcome(dialog)
    settle(qapp, window)
    day = screen.visit_day
    assert day is not None and visit_id not in screen.model.visit_ids()
    assert [line.visit.outcome_notes for line in day.closed] == ["saw the buyer; wants a quote"]
    assert "a follow-up is set" in screen.status.text()
    assert "1 done" in screen.summary.text()


def test_moving_a_left_over_visit_to_its_suggested_day(qtbot: QtBot, qapp: QApplication,
                                                       english: tuple[MainWindow, VisitsScreen]) -> None:
    window, screen = english
    screen.left_table.selectRow(0)
    assert screen.move_button.isEnabled()
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.move_left_over()
    settle(qapp, window)
    assert screen.left_model.rowCount() == 1
    assert "Moved to" in screen.status.text()


def test_clicking_a_stop_on_the_map_selects_its_visit(qtbot: QtBot, english: tuple[MainWindow, VisitsScreen]) -> None:
    _window, screen = english
    screen.map.grab()  # lays the stops out
    target = next(s for s in screen.map.stops if s.number == 3)
    at = screen.map._placed[target.visit_id]  # noqa: SLF001 - where the stop was drawn
    qtbot.mouseClick(screen.map, Qt.MouseButton.LeftButton, pos=QPoint(int(at.x()), int(at.y())))
    assert screen.selected_visit() == target.visit_id
    assert screen.detail.text()


def test_another_day_and_back(qtbot: QtBot, qapp: QApplication, english: tuple[MainWindow, VisitsScreen]) -> None:
    window, screen = english
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.next_button.click()
    settle(qapp, window)
    assert screen.model.rowCount() == 0 and "No visits planned on this day." in screen.summary.text()
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        screen.previous_button.click()
    settle(qapp, window)
    assert screen.model.rowCount() > 0


def test_opening_the_customer_shows_the_profile_sheet(qtbot: QtBot, qapp: QApplication,
                                                     english: tuple[MainWindow, VisitsScreen]) -> None:
    window, screen = english
    with qtbot.waitSignal(screen.profile_opened, timeout=20_000) as opened:
        screen.open_button.click()
    dialog = opened.args[0]
    settle(qapp, window)
    with qtbot.waitSignal(screen.day_shown, timeout=20_000):
        dialog.close()
    settle(qapp, window)
    assert screen.model.rowCount() > 0
