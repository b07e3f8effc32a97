"""`telesales export` and `telesales close-day` as scripts use them: files that read back, JSON fields, exit codes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from telesales.cli import main
from tests.closing_book import closing_book
from tests.locations import Location


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def book(qapp: QApplication, demo_location: Location) -> Location:
    """The demo book with a day of calls (a QApplication exists: the PDF's fonts and the words need one)."""
    closing_book(demo_location).close()
    return demo_location


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv", "ics"])
def test_export_writes_a_file_that_reads_back(capsys: pytest.CaptureFixture[str], book: Location, tmp_path: Path,
                                              kind: str) -> None:
    out = tmp_path / f"plan.{kind}"
    code, stdout, err = run(capsys, "export", "--book", str(book), "--date", "2026-11-23", "--format", kind,
                            "--out", str(out), "--lang", "zh_TW", "--json")
    assert code == 0, err
    payload = json.loads(stdout)
    assert payload["date"] == "2026-11-23" and payload["format"] == kind and payload["calls"] > 0
    assert payload["bytes"] == out.stat().st_size and payload["language"] == "zh_TW"
    data = out.read_bytes()
    if kind == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert "計畫" in text and "通話" in text
    elif kind == "xlsx":
        assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["通話", "拜訪", "提醒"]
    elif kind == "csv":
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert names == payload["files"] == ["calls.csv", "visits.csv", "reminders.csv"]
    else:
        assert len(Calendar.from_ical(data).walk("VEVENT")) == payload["events"]


def test_export_refuses_a_folder_and_a_bad_format(capsys: pytest.CaptureFixture[str], book: Location,
                                                  tmp_path: Path) -> None:
    code, _out, err = run(capsys, "export", "--book", str(book), "--format", "pdf", "--out", str(tmp_path))
    assert code == 1 and "folder" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "export", "--book", str(book), "--format", "doc", "--out", str(tmp_path / "x"))
    assert code == 1 and "invalid choice" in err


def test_close_day_prints_the_day_and_what_it_would_create_then_creates_it_once(
        capsys: pytest.CaptureFixture[str], book: Location) -> None:
    code, out, err = run(capsys, "close-day", "--book", str(book), "--date", "2026-11-22", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["date"] == "2026-11-22" and summary["next_working_day"] == "2026-11-23"
    assert summary["numbers"]["calls"] == 4 and summary["numbers"]["reached"] == 3
    assert summary["numbers"]["deals"] >= 1 and summary["numbers"]["amount_cents"] > 0
    assert set(summary["open"]) == {"calls_left", "must_calls_left", "visits_open", "reminders_due",
                                    "letters_unsent"}
    assert summary["progress"] == {"thank_you": "open", "book_tomorrow": "open", "materials": "open"}
    would = summary["would_create"]
    assert len(would["thank_you_letters"]) == len(summary["deals"]) and would["bookings"]
    assert [b["customer_id"] for b in would["bookings"]] == [k["customer_id"] for k in summary["key_customers"]]
    assert all(b["at"].startswith("2026-11-23T") and b["at"].endswith("+08:00") for b in would["bookings"])
    assert would["materials_tasks"] == [6]

    code, out, err = run(capsys, "close-day", "--book", str(book), "--date", "2026-11-22", "--apply", "--json",
                         "--lang", "en")
    assert code == 0, err
    applied = json.loads(out)
    assert applied["closed"] and applied["created"]["bookings"] == len(would["bookings"])
    assert applied["created"]["materials_tasks"] == 1
    assert applied["created"]["thank_you_letters"] == len(summary["deals"])

    code, out, err = run(capsys, "close-day", "--book", str(book), "--date", "2026-11-22", "--apply", "--json")
    again = json.loads(out)
    assert again["created"] == {"thank_you_letters": 0, "reminder_ids": [], "visit_ids": [], "bookings": 0,
                                "materials_tasks": 0}
    assert again["would_create"] == {"thank_you_letters": [], "bookings": [], "materials_tasks": []}

    code, out, err = run(capsys, "close-day", "--book", str(book), "--date", "2026-11-22")
    assert code == 0 and "closing 2026-11-22" in out and "would create: 0 thank-you letters" in out
