"""The import dialog: columns mapped from Chinese headers, a preview, a refused file listing its bad lines,
then a clean import with its progress bar full; export from the customer list."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telesales.ui.import_dialog import ImportDialog
from telesales.ui.main_window import MainWindow
from telesales.ui.screens.customers import CustomersScreen
from tests.ui.conftest import settle

HEADERS = ["客户名称", "联系人", "手机", "城市", "成立日期"]


def _file(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="gb18030", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        out.writerows(rows)
    return path


def _open_import(window: MainWindow, qapp: QApplication, qtbot: QtBot, path: Path) -> ImportDialog:
    """The import dialog as the customer list's Import… opens it on `path`, with its preview read."""
    screen = window.show_screen(CustomersScreen)
    assert isinstance(screen, CustomersScreen)
    dialog = screen.open_import([path])
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    settle(qapp, window)
    return dialog


def test_map_preview_refuse_then_import(english_window: MainWindow, qapp: QApplication, qtbot: QtBot,
                                        tmp_path: Path, qtmodeltester: object) -> None:
    bad = _file(tmp_path / "新客户.csv", [["东方明珠贸易有限公司", "周杰", "13800001111", "上海市", "2001-02-03"],
                                      ["西湖茶业有限公司", "林青", "1380000", "杭州市", "2001-02-30"]])
    dialog = _open_import(english_window, qapp, qtbot, bad)
    page = dialog.pages[0]
    assert [combo.currentData() for combo in page.combos] == ["name", "contact_name", "phone", "city", "founded_on"]
    assert page.lines_label.text() == "2 lines · gb18030"
    assert page.preview.data(page.preview.index(1, 0)) == "西湖茶业有限公司"
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.import_button.click()
    assert dialog.summary.text() == "Nothing was imported. Lines to fix: 1 (listed below)."
    problems = [[dialog.problems.data(dialog.problems.index(r, c)) for c in range(4)]
                for r in range(dialog.problems.rowCount())]
    assert problems == [["新客户.csv", "3", "手机", "“1380000” is not a valid phone number"],
                        ["新客户.csv", "3", "成立日期", "“2001-02-30” is a date that does not exist"]]
    qtmodeltester.check(dialog.problems)  # type: ignore[attr-defined]
    session = english_window.session
    assert session is not None and session.find("东方明珠") == []

    page.combos[4].setCurrentIndex(0)  # the rep decides not to import the founding dates
    good = _file(tmp_path / "新客户.csv", [["东方明珠贸易有限公司", "周杰", "13800001111", "上海市", ""],
                                       ["西湖茶业有限公司", "林青", "13800002222", "杭州市", ""]])
    page.plan.raw.rows[1][2] = "13800002222"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert good.exists()
    assert dialog.progress.value() == 100
    assert dialog.summary.text() == "Imported 2 customers, 2 contacts and 0 orders."
    assert session.find("dongfangmingzhu")[0].customer_name == "东方明珠贸易有限公司"
    dialog.close()


def test_export_from_the_customer_list(english_window: MainWindow, qapp: QApplication, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    from telesales.ui.book_transfer import export_book

    session = english_window.session
    assert session is not None
    written: list[list[Path]] = []
    export_book(english_window, session, english_window.runner, "xlsx", tmp_path / "book.xlsx", written.append)
    export_book(english_window, session, english_window.runner, "vcf", tmp_path / "contacts.vcf", written.append)
    settle(qapp, english_window)
    assert sorted(written) == [[tmp_path / "book.xlsx"], [tmp_path / "contacts.vcf"]]  # two readers: any order
    assert (tmp_path / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == session.info().counts[
        "contacts"]


def test_the_bar_names_each_phase_and_ends_full(english_window: MainWindow, qapp: QApplication, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    """The rep watches the import go through checking, matching, backing up and writing (rows, then search
    keys), each phase named beside the bar with its count, the bar never going back, and full at the end."""
    path = _file(tmp_path / "客户.csv", [["东方明珠贸易有限公司", "周杰", "13800001111", "上海市", ""],
                                      ["西湖茶业有限公司", "林青", "13800002222", "杭州市", ""]])
    dialog = _open_import(english_window, qapp, qtbot, path)
    seen: list[tuple[str, int]] = []
    dialog._progress.moved.connect(lambda *_: seen.append((dialog.phase.text(), dialog.progress.value())))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    phases = list(dict.fromkeys(text.split("…")[0] for text, _ in seen))
    assert phases == ["Checking every line", "Finding customers already in the book", "Backing up the book",
                      "Writing customers, contacts and orders", "Writing calls, visits and other history",
                      "Working out search keys", "Writing search keys"]
    assert ("Writing customers, contacts and orders… 4 of 4", 40) in seen  # two customers with a contact each
    values = [value for _, value in seen]
    assert values == sorted(values) and values[-1] == 100
    assert (dialog.phase.text(), dialog.progress.value()) == ("Done", 100)
    dialog.close()


def test_counts_are_written_as_the_reps_language_writes_numbers(english_window: MainWindow, qapp: QApplication,
                                                                 qtbot: QtBot, tmp_path: Path) -> None:
    rows = [[f"新客户{number:04d}贸易有限公司", "", f"139{number:08d}", "上海市", ""] for number in range(1_200)]
    dialog = _open_import(english_window, qapp, qtbot, _file(tmp_path / "新客户.csv", rows))
    assert dialog.pages[0].lines_label.text() == "1,200 lines · gb18030"
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert dialog.summary.text().startswith("Imported 1,200 customers, 0 contacts and 0 orders.")
    dialog.close()
