"""import, export-book and find from the command line: JSON contract and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.locations import Location


def test_find_prints_the_same_search_best_first(capsys: pytest.CaptureFixture[str], demo_location: Location) -> None:
    from telesales.app import open_session

    session = open_session(demo_location)
    expected = [item.customer_id for item in session.find("zhang", 5)]
    session.close()
    code, out, _ = run(capsys, "find", "zhang", "--book", str(demo_location), "--json", "--limit", "5")
    assert code == 0
    payload = json.loads(out)
    assert [item["customer_id"] for item in payload["results"]] == expected
    assert payload["results"][0]["score"] >= payload["results"][-1]["score"]
    assert {"customer", "contact", "phone", "city", "matched", "typo"} <= payload["results"][0].keys()


def test_export_then_import_into_a_new_book(capsys: pytest.CaptureFixture[str], demo_location: Location,
                                           tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    code, text, _ = run(capsys, "export-book", "--book", str(demo_location), "--format", "xlsx", "--out", str(out),
                        "--json")
    assert code == 0 and json.loads(text)["counts"]["customers"] == 120
    target = tmp_path / "new.sqlite"
    code, _, _ = run(capsys, "info", "--book", str(target))
    assert code == 1  # no such book yet
    from telesales.app import open_session

    open_session(target, create=True).close()
    code, text, _ = run(capsys, "import", str(out), "--book", str(target), "--dry-run", "--json")
    payload = json.loads(text)
    assert code == 0 and payload["ok"] and payload["dry_run"] and payload["imported"]["customers"] == 120
    code, text, _ = run(capsys, "import", str(out), "--book", str(target), "--json")
    assert code == 0 and json.loads(text)["imported"]["customers"] == 120
    code, text, _ = run(capsys, "info", "--book", str(target), "--json")
    assert json.loads(text)["counts"]["customers"] == 120


def test_a_bad_file_exits_1_with_every_bad_row(capsys: pytest.CaptureFixture[str], book_location: Location,
                                               tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Phone,Founded\n好公司,13812345678,2020-01-01\n坏公司,123,2020-13-01\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    code, text, _ = run(capsys, "import", str(path), "--book", str(book_location), "--json", "--errors", str(errors))
    payload = json.loads(text)
    assert code == 1 and payload["ok"] is False and payload["imported"]["customers"] == 0
    assert [(e["line"], e["column"]) for e in payload["errors"]] == [(3, "Phone"), (3, "Founded")]
    assert all(e["reason"] for e in payload["errors"])
    assert errors.exists()
    code, text, _ = run(capsys, "find", "好公司", "--book", str(book_location), "--json")
    assert json.loads(text)["results"] == []


def test_a_missing_file_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], book_location: Location,
                                               tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.csv"), "--book", str(book_location))
    assert code == 1 and err.count("\n") == 1 and "nope.csv" in err


def test_progress_goes_to_stderr_phase_by_phase_and_json_stays_clean(capsys: pytest.CaptureFixture[str],
                                                                     book_location: Location, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("Name,Phone,City\n" + "".join(f"公司{n},1381234{n:04d},深圳市\n" for n in range(1200)),
                    encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--book", str(book_location), "--json", "--progress")
    payload = json.loads(out)  # stdout is the JSON alone
    assert code == 0 and payload["ok"] and payload["imported"]["customers"] == 1200 and payload["errors"] == []
    lines = err.splitlines()
    phases = list(dict.fromkeys(line.split("] ", 1)[1].split(":")[0] for line in lines))
    backup = ["backing up the book"] if isinstance(book_location, Path) else []  # a shared book has no backups
    assert phases == ["reading the files", "checking every line", "finding customers already in the book",
                      *backup, "writing customers, contacts and orders", "writing calls, visits and other history",
                      "working out search keys", "writing search keys"]
    assert "checking every line: 1,000 of 1,200 lines" in err
    assert lines[-1].startswith("[100%] writing search keys:")
    code, out, err = run(capsys, "import", str(path), "--book", str(book_location), "--dry-run")
    assert code == 0 and err == ""  # no progress unless asked, when stderr is not a terminal
