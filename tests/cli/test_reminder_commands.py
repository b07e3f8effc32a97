"""`telesales reminders`, `greetings` and `birthday` as scripts use them: JSON fields and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.locations import Location
from tests.reminders_book import ACME, PEARL, PERSON, fill


@pytest.fixture
def filled(book_location: Location) -> Location:
    fill(book_location)
    return book_location


def test_reminders_json_plans_then_lists_what_falls_due(capsys: pytest.CaptureFixture[str], filled: Location) -> None:
    code, out, err = run(capsys, "reminders", "--book", str(filled), "--today", "2026-11-22",
                         "--from", "2026-11-22", "--to", "2026-11-28", "--json")
    assert (code, err) == (0, "")
    payload = json.loads(out)
    assert (payload["from"], payload["to"]) == ("2026-11-22", "2026-11-28")
    reminders = payload["reminders"]
    assert {"due", "kind", "occasion", "occasion_date", "customer_id", "text"} <= reminders[0].keys()
    found = [(item["due"], item["kind"], item["occasion"], item["occasion_date"], item["customer_id"])
             for item in reminders]
    assert found == [
        ("2026-11-22", "thank_you", "thank_you", "2026-11-22", PEARL),
        ("2026-11-22", "thank_you", "thank_you", "2026-11-22", PERSON),
        ("2026-11-22", "greeting", "birthday", "2026-11-25", ACME),
        ("2026-11-26", "greeting", "first_deal_anniversary", "2026-12-10", ACME),
        ("2026-11-28", "greeting", "event", "2026-12-12", PEARL),
    ]
    assert reminders[2]["text"].startswith("Dear Li Na, happy birthday!")
    # again: the same answer, nothing planned twice
    assert json.loads(run(capsys, "reminders", "--book", str(filled), "--today", "2026-11-22", "--from",
                          "2026-11-22", "--to", "2026-11-28", "--json")[1])["reminders"] == reminders


def test_reminders_without_planning_and_in_words(capsys: pytest.CaptureFixture[str], filled: Location) -> None:
    code, out, _ = run(capsys, "reminders", "--book", str(filled), "--from", "2026-11-22", "--to", "2026-11-28",
                       "--no-plan", "--json")
    assert code == 0 and json.loads(out)["reminders"] == []
    code, out, _ = run(capsys, "reminders", "--book", str(filled), "--from", "2026-11-22", "--to", "2026-11-22",
                       "--no-plan")
    assert code == 0 and out.strip() == "nothing falls due from 2026-11-22 to 2026-11-22"
    code, out, _ = run(capsys, "--lang", "zh_CN", "reminders", "--book", str(filled), "--today", "2026-11-22",
                       "--from", "2026-11-22", "--to", "2026-11-22")
    assert code == 0 and "Li Na您好！祝您生日快乐" in out


def test_greetings_calendar_per_region(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "greetings", "--year", "2026", "--region", "TW", "--json")
    assert code == 0
    payload = json.loads(out)
    assert (payload["year"], payload["region"]) == (2026, "TW")
    assert [(item["occasion"], item["date"]) for item in payload["festivals"]] == [
        ("new_year", "2026-01-01"), ("spring_festival", "2026-02-17"), ("lantern", "2026-03-03"),
        ("dragon_boat", "2026-06-19"), ("mid_autumn", "2026-09-25"), ("double_tenth", "2026-10-10")]
    code, out, _ = run(capsys, "greetings", "--year", "2027", "--region", "HK", "--extra", "christmas", "--json")
    festivals = {item["occasion"]: item["date"] for item in json.loads(out)["festivals"]}
    assert festivals["hksar_day"] == "2027-07-01" and festivals["christmas"] == "2027-12-25"
    assert festivals["spring_festival"] == "2027-02-06"
    code, out, _ = run(capsys, "--lang", "zh_TW", "greetings", "--year", "2026", "--region", "CN")
    assert code == 0 and "2026-02-17  春節" in out and "國慶日" in out


@pytest.mark.parametrize(("argv", "expected"), [
    (["--lunar", "08-15", "--year", "2026"], "2026-09-25"),
    (["--lunar", "06-01", "--leap", "--year", "2025"], "2025-07-25"),  # in the leap 6th month
    (["--lunar", "06-01", "--leap", "--year", "2026"], "2026-07-14"),  # no leap 6th month: the ordinary one
    (["--lunar", "02-30", "--year", "2026"], "2026-04-16"),  # a 29-day month: its 29th, not an error
    (["--lunar", "12-20", "--year", "2024"], "2025-01-19"),  # late in lunar 2024: January 2025
])
def test_birthday_gives_the_solar_date(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    code, out, err = run(capsys, "birthday", *argv, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["date"] == expected


@pytest.mark.parametrize(("argv", "message"), [
    (["birthday", "--lunar", "13-01", "--year", "2026"], "there is no lunar month 13"),
    (["birthday", "--lunar", "02-31", "--year", "2026"], "a lunar month has at most 30 days"),
    (["birthday", "--lunar", "0815", "--year", "2026"], "is not MM-DD"),
    (["birthday", "--lunar", "08-15", "--year", "2200"], "between 1900 and 2100"),
    (["greetings", "--year", "1800"], "outside 1900..2100"),
    (["greetings", "--region", "JP"], "invalid choice"),
    (["reminders", "--book", "{book}", "--from", "2026-13-01"], "is not a date (YYYY-MM-DD)"),
    (["reminders", "--book", "{book}", "--from", "2026-11-22", "--to", "2026-11-01"], "is before --from"),
    (["reminders", "--book", "{missing}"], "there is no book at"),
])
def test_bad_input_exits_1_with_one_line(capsys: pytest.CaptureFixture[str], filled: Location, tmp_path: Path,
                                         argv: list[str], message: str) -> None:
    argv = [part.format(book=filled, missing=tmp_path / "nope.sqlite") for part in argv]
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
