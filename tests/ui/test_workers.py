"""Slow work runs off the GUI thread and reports back on it; writes go one at a time, in order."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.ui.workers import Runner


def test_a_result_comes_back_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is qapp.thread()

    runner.read(work, done, lambda error: seen.setdefault("error", error))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": False, "result": 42, "gui": True}


def test_an_error_is_handed_to_the_screen(qtbot: QtBot) -> None:
    runner = Runner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("bad phone")

    runner.write(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad phone"


def test_writes_never_overlap_and_keep_their_order(qtbot: QtBot) -> None:
    runner = Runner()
    active, peak, order = [0], [0], []
    lock = threading.Lock()

    def write(n: int) -> int:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
        return n

    for n in range(8):
        runner.write(lambda n=n: write(n), order.append, lambda _e: None)
    qtbot.waitUntil(lambda: len(order) == 8, timeout=5000)
    assert peak[0] == 1
    assert order == list(range(8))
