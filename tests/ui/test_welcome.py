"""The welcome on first start: the language switches at once, the region and the book chosen are the ones the app
opens with, customers chosen for import reach the import dialog, and it does not come back on the next start."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from telesales.app import create_demo_session, demo_locale, open_session
from telesales.i18n.qt import LanguageSwitcher
from telesales.preferences import (
    Preferences,
    default_book_path,
    demo_book_path,
    load_preferences,
    save_preferences,
)
from telesales.services.book_session import BookSession
from telesales.ui.application import build_window
from telesales.ui.first_run import Startup, Welcome, startup_book
from telesales.ui.import_dialog import ImportDialog
from telesales.ui.main_window import MainWindow
from telesales.ui.welcome import DEMO, OWN, WelcomeChoice, WelcomeWizard
from tests.conftest import TODAY
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
CONTEXTS = ("WelcomeStartPage", "WelcomeBookPage", "WelcomeImportPage", "WelcomeWizard", "Welcome")


def small_demo(target: Path, language: str) -> BookSession:
    from telesales.demo.generator import DemoRequest

    return create_demo_session(target, DemoRequest(customers=20, seed=3, locale=demo_locale(language), today=TODAY))


@pytest.fixture
def first_start(qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[MainWindow, Welcome, LanguageSwitcher]]:
    window, switcher = build_window(qapp, open_session, "en")
    qtbot.addWidget(window)
    welcome = Welcome(window, open_session, small_demo, lambda: switcher.language, switcher.apply,
                      default_book_path(), demo_book_path())
    window.show()
    yield window, welcome, switcher
    switcher.apply("en")
    window.close()


def test_the_first_start_is_the_welcomes_and_the_next_is_not(tmp_path: Path) -> None:
    own = tmp_path / "book.sqlite"
    assert startup_book(None, Preferences(), own) is None  # nothing yet: the welcome decides
    asked = tmp_path / "other.sqlite"
    assert startup_book(asked, Preferences(), own) == Startup(asked)  # --book wins, no welcome
    demo = tmp_path / "demo.sqlite"
    demo.write_bytes(b"")
    chose_demo = Preferences(welcomed=True, recent_books=(str(tmp_path / "gone.sqlite"), str(demo)))
    assert startup_book(None, chose_demo, own) == Startup(demo)  # the book open last
    own.write_bytes(b"")
    assert startup_book(None, chose_demo, own) == Startup(own)  # the rep's own book, once it exists
    own.unlink()
    demo.unlink()
    assert startup_book(None, chose_demo, own) == Startup(own, create=True)  # seen, every book gone: a new one
    assert startup_book(None, Preferences(), tmp_path / "missing") is None
    own.write_bytes(b"")
    assert startup_book(None, Preferences(), own) == Startup(own)  # a book from before the welcome: no welcome


def test_demo_in_simplified_chinese(first_start: tuple[MainWindow, Welcome, LanguageSwitcher], qtbot: QtBot,
                                    qapp: QApplication) -> None:
    window, welcome, switcher = first_start
    wizard = welcome.show()
    qtbot.addWidget(wizard)
    page = wizard.start_page
    assert wizard.windowTitle() == "Welcome to telesales"
    page.findChild(type(page.region_buttons["CN"]), "language_zh_CN").click()
    assert switcher.language == "zh_CN"  # at once, in the wizard and behind it
    qapp.processEvents()
    assert window.help_menu.title() == "帮助(&H)"
    assert wizard.windowTitle() == "欢迎使用 telesales"
    assert page.region_buttons["CN"].text() == "中国大陆" and page.region_buttons["CN"].isChecked()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "下一步"
    page.region_buttons["HK"].click()
    wizard.next()
    assert wizard.book_page.demo_button.isChecked()  # the first start suggests looking around first
    assert wizard.book_page.nextId() == -1  # nothing to import into a demo
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    with qtbot.waitSignal(window.book_opened, timeout=60_000):
        wizard.accept()
    settle(qapp, window)
    session = window.session
    assert session is not None and session.path == demo_book_path()
    assert session.settings()["greetings.region"] == "HK"
    assert not default_book_path().exists()  # the rep's own book is not made of made-up customers
    assert session.info().counts["customers"] == 20
    assert window.windowTitle() == "demo.sqlite — telesales"
    remembered = load_preferences()
    assert remembered.language == "zh_CN" and remembered.welcomed
    assert remembered.recent_books[0] == str(demo_book_path())
    assert startup_book(None, remembered, default_book_path()) == Startup(demo_book_path())  # no welcome again
    window.change_language("en")  # File → Settings later: the welcome stays seen
    assert load_preferences() == replace(remembered, language="en")


def test_own_book_in_traditional_chinese_with_an_import(first_start: tuple[MainWindow, Welcome, LanguageSwitcher],
                                                        qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    window, welcome, switcher = first_start
    sheet = tmp_path / "客戶.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["客戶名稱", "手機", "城市"], ["台北茶行", "0912345678", "台北市"]])
    wizard = welcome.show()
    qtbot.addWidget(wizard)
    wizard.start_page.findChild(type(wizard.start_page.region_buttons["TW"]), "language_zh_TW").click()
    assert switcher.language == "zh_TW"
    qapp.processEvents()
    assert wizard.start_page.region_buttons["TW"].isChecked()  # the region follows until the rep picks one
    assert wizard.start_page.region_buttons["TW"].text() == "台灣"
    wizard.next()
    wizard.book_page.own_button.click()
    qapp.processEvents()
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()  # the import page follows
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.book_page.own_button.text() == "開始我自己的客戶簿"
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    wizard.import_page.set_paths([sheet])
    assert wizard.choice() == WelcomeChoice("zh_TW", "TW", OWN, (sheet,))
    with qtbot.waitSignal(window.book_opened, timeout=30_000):
        wizard.accept()
    settle(qapp, window)
    session = window.session
    assert session is not None and session.path == default_book_path() and default_book_path().exists()
    assert session.settings()["greetings.region"] == "TW"
    dialogs = [widget for widget in qapp.topLevelWidgets() if isinstance(widget, ImportDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.addWidget(dialogs[0])
    settle(qapp, window)
    assert [combo.currentData() for combo in dialogs[0].pages[0].combos] == ["name", "phone", "city"]
    dialogs[0].close()
    assert load_preferences() == Preferences(language="zh_TW", recent_books=(str(default_book_path()),),
                                             welcomed=True)


def test_not_now_takes_back_the_language_and_asks_again_next_time(
        first_start: tuple[MainWindow, Welcome, LanguageSwitcher], qtbot: QtBot) -> None:
    window, welcome, switcher = first_start
    wizard = welcome.show()
    qtbot.addWidget(wizard)
    wizard.start_page.findChild(type(wizard.start_page.region_buttons["CN"]), "language_zh_TW").click()
    assert switcher.language == "zh_TW"
    wizard.reject()
    assert switcher.language == "en"
    assert window.session is None
    assert startup_book(None, load_preferences(), default_book_path()) is None


def test_shown_again_from_the_help_menu(first_start: tuple[MainWindow, Welcome, LanguageSwitcher], qtbot: QtBot,
                                        qapp: QApplication, book_path: Path) -> None:
    window, welcome, _switcher = first_start
    save_preferences(Preferences(welcomed=True))
    with qtbot.waitSignal(window.book_opened, timeout=20_000):
        window.load_book(book_path)
    settle(qapp, window)
    assert welcome.action in window.help_menu.actions()
    assert welcome.action.text() == "Show &welcome…"
    welcome.action.trigger()
    wizard = welcome.wizard
    assert isinstance(wizard, WelcomeWizard) and wizard.isVisible()
    qtbot.addWidget(wizard)
    assert wizard.choice().book == DEMO and wizard.choice().region == "CN"
    wizard.reject()
    assert window.session is not None and window.session.path == book_path  # nothing changed
    assert load_preferences().welcomed


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_welcome_string_is_translated(language: str) -> None:
    tree = ET.parse(ROOT / "resources" / "translations" / f"telesales_{language}.ts")
    found: dict[str, int] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text, (
                name, message.findtext("source"))
            found[name] = found.get(name, 0) + 1
    assert set(found) == set(CONTEXTS)
