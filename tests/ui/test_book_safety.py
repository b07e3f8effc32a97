"""Keeping the book safe in the window: the daily backup after opening, File → Restore (date and size of every
backup), a damaged book answered with its latest good backup, a call kept in the form when the book cannot be
written, and one window per book."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from telesales.app import backup_service, open_session
from telesales.domain.model import CallOutcome
from telesales.i18n.qt import LanguageSwitcher
from telesales.services.book_session import BookSession
from telesales.ui.application import build_window
from telesales.ui.book_safety import BookSafety, attach_book_safety
from telesales.ui.call_log_dialog import CallLogDialog
from telesales.ui.main_window import MainWindow
from telesales.ui.single_instance import InstanceGuard, hand_over
from tests.services.test_write_failures import read_only_session
from tests.ui.conftest import settle

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)


def calls(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM calls").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def safe_window(qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[MainWindow, BookSafety, LanguageSwitcher]]:
    window, switcher = build_window(qapp, open_session, "en")
    qtbot.addWidget(window)
    safety = attach_book_safety(window, backup_service)
    window.show()
    yield window, safety, switcher
    switcher.apply("en")
    window.close()


def open_book_in(window: MainWindow, qtbot: QtBot, qapp: QApplication, path: Path) -> None:
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        window.load_book(path)
    settle(qapp, window)


def test_the_daily_backup_is_made_after_the_book_opens(safe_window: tuple[MainWindow, BookSafety, LanguageSwitcher],
                                                      qtbot: QtBot, qapp: QApplication, demo_path: Path) -> None:
    window, _safety, _ = safe_window
    open_book_in(window, qtbot, qapp, demo_path)
    qtbot.waitUntil(lambda: len(backup_service(demo_path).backups()) == 1, timeout=10_000)
    assert backup_service(demo_path).backups()[0].kind.value == "daily"


def test_file_restore_lists_the_backups_and_restores_the_one_chosen(
        safe_window: tuple[MainWindow, BookSafety, LanguageSwitcher], qtbot: QtBot, qapp: QApplication,
        demo_path: Path) -> None:
    window, safety, _ = safe_window
    service = backup_service(demo_path)
    service.clock = lambda: datetime.now().astimezone() - timedelta(days=1)
    service.backup()  # yesterday, when the rep asked for one
    service.clock = lambda: datetime.now().astimezone()
    open_book_in(window, qtbot, qapp, demo_path)
    qtbot.waitUntil(lambda: len(service.backups()) == 2, timeout=10_000)  # and today's daily one
    before = calls(demo_path)
    session = window.session
    assert session is not None
    from telesales.services.calls import LogCallRequest

    session.log_call(LogCallRequest(customer_id=3, outcome=CallOutcome.BUSY), session.now())
    assert safety.restore_action.isEnabled() and safety.restore_action in window.file_menu.actions()
    safety.restore_action.trigger()
    dialog = safety.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 2  # the one asked for, and today's daily one
    newest, oldest = service.backups()
    assert dialog.chosen() == newest
    texts = [dialog.table.item(0, column).text() for column in range(3)]
    assert texts[1] == "Daily" and texts[2].endswith(("KB", "MB", "KiB", "MiB"))
    assert dialog.table.item(1, 1).text() == "Asked for"
    dialog.table.selectRow(1)
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        dialog.accept()
    settle(qapp, window)
    assert calls(demo_path) == before  # the call logged after the backup is gone from the book…
    kept = [item for item in service.backups() if item.kind.value == "pre-restore"]
    assert len(kept) == 1 and calls(kept[0].path) == before + 1  # …and kept in the copy made first
    assert window.session is not None and window.session is not session


def test_a_damaged_book_is_answered_with_its_latest_good_backup(
        safe_window: tuple[MainWindow, BookSafety, LanguageSwitcher], qtbot: QtBot, qapp: QApplication,
        demo_path: Path) -> None:
    window, safety, _ = safe_window
    made = backup_service(demo_path).backup()
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    damaged = demo_path.read_bytes()
    with qtbot.waitSignal(window.book_failed, timeout=20_000):
        window.load_book(demo_path)
    box = safety.damaged_box
    assert box is not None and box.isVisible()
    assert "damaged" in box.text() and str(made.path) in box.informativeText()
    assert demo_path.read_bytes() == damaged  # nothing overwritten
    restore = next(button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        restore.click()
    settle(qapp, window)
    assert window.session is not None and window.session.path == demo_path
    assert [item.read_bytes() for item in (demo_path.parent / "backups").glob("*.damaged.sqlite")] == [damaged]


def test_a_call_that_cannot_be_saved_stays_in_the_form(qtbot: QtBot, qapp: QApplication, demo_path: Path) -> None:
    session: BookSession = read_only_session(demo_path)
    try:
        context = session.call_log_context(1, session.now())
        attempts: list[object] = []

        def save(request: object) -> None:
            attempts.append(request)
            try:
                session.log_call(request, session.now())  # type: ignore[arg-type]
            except Exception as error:  # noqa: BLE001 - handed to the dialog, as the runner does
                dialog.failed(error)

        dialog = CallLogDialog(context, save)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.need.setText("需要 20 台打印机")
        qtbot.keyClicks(dialog.expected, "1200")
        qtbot.keyClicks(dialog.next_step, "send the quote")
        dialog.submit()
        assert len(attempts) == 1 and dialog.isVisible() and dialog.result() == 0
        assert "read-only" in dialog.error.text() and "save it again" in dialog.error.text()
        assert (dialog.need.text(), dialog.expected.text(), dialog.next_step.text()) == (
            "需要 20 台打印机", "1200", "send the quote")
        assert dialog.save_button.isEnabled()  # ready to save again
        dialog.reject()
    finally:
        session.close()


def test_a_second_start_on_the_same_book_brings_the_first_window_forward(qtbot: QtBot, qapp: QApplication,
                                                                        tmp_path: Path) -> None:
    book = tmp_path / "mine.sqlite"
    assert not hand_over(book, timeout_ms=200)  # nobody has it open
    window = QWidget()  # any top-level window will do for the guard
    qtbot.addWidget(window)
    guard = InstanceGuard(window)
    assert guard.claim(book)
    with qtbot.waitSignal(guard.asked_to_show, timeout=5000):
        assert hand_over(tmp_path / "." / "mine.sqlite")  # the same book, however its path is spelled
    assert window.isVisible()
    assert not hand_over(tmp_path / "other.sqlite", timeout_ms=200)
    assert guard.claim(tmp_path / "other.sqlite")  # the window moved to another book
    assert not hand_over(book, timeout_ms=200)
    guard.server.close()
