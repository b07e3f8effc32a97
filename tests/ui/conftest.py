"""A main window on a fresh demo book, in a chosen language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.app import open_session
from telesales.i18n.qt import LanguageSwitcher
from telesales.ui.application import build_window
from telesales.ui.main_window import MainWindow


def open_window(qtbot: QtBot, qapp: QApplication, path: Path, language: str) -> tuple[MainWindow, LanguageSwitcher]:
    window, switcher = build_window(qapp, open_session, language)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        window.load_book(path)
    settle(qapp, window)
    return window, switcher


def settle(qapp: QApplication, window: MainWindow) -> None:
    """Let background reads finish and their results reach the screens."""
    for _ in range(5):
        window.runner.wait()
        qapp.processEvents()


@pytest.fixture
def english_window(qtbot: QtBot, qapp: QApplication, demo_path: Path) -> Iterator[MainWindow]:
    window, switcher = open_window(qtbot, qapp, demo_path, "en")
    yield window
    switcher.apply("en")
    window.close()
