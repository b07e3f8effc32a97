"""The command line as scripts use it: JSON fields, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from telesales.cli import main
from tests.locations import Location


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_info_json_on_a_demo_book(capsys: pytest.CaptureFixture[str], demo_location: Location) -> None:
    code, out, _ = run(capsys, "info", "--book", str(demo_location), "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["schema_revision"] == "0001" or payload["schema_revision"].isdigit()
    counts = payload["counts"]
    assert counts["customers"] == 120
    assert {"customers", "contacts", "calls", "orders", "visits"} <= counts.keys()
    assert counts["calls"] > counts["customers"] and counts["contacts"] >= counts["customers"]


def test_info_in_words(capsys: pytest.CaptureFixture[str], demo_location: Location) -> None:
    code, out, _ = run(capsys, "info", "--book", str(demo_location))
    assert code == 0 and "customers: 120" in out


def test_demo_creates_a_book_and_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    code, out, err = run(capsys, "demo", "--book", str(target), "--customers", "25", "--seed", "4",
                         "--locale", "zh_TW", "--today", "2026-11-22")
    assert code == 0 and target.exists()
    assert "25 of 25 customers (100%)" in err
    assert "created" in out
    code, _, err = run(capsys, "demo", "--book", str(target), "--customers", "25")
    assert code == 1
    assert err.strip().endswith("already exists; choose another path or remove it first")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["info", "--book", "{missing}"], "there is no book at"),
        (["info", "--book", "{text}"], "is not a telesales book (the file was not changed)"),
        (["demo", "--book", "{new}", "--customers", "0"], "--customers must be between"),
        (["demo", "--book", "{new}", "--locale", "fr_FR"], "invalid choice"),
        (["settings", "--book", "{book}", "--set", "tier.super_percent=lots"], "is not a float"),
        (["settings", "--book", "{book}", "--set", "nonsense=1"], "unknown setting"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_input_exits_1_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, book_location: Location,
                                         argv: list[str], message: str) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a book")
    paths = {"{missing}": str(tmp_path / "missing.sqlite"), "{text}": str(text_file),
             "{new}": str(tmp_path / "new.sqlite"), "{book}": str(book_location)}
    code, out, err = run(capsys, *[paths.get(arg, arg) for arg in argv])
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert text_file.read_text() == "not a book"


def test_settings_are_changed_and_listed(capsys: pytest.CaptureFixture[str], book_location: Location) -> None:
    code, out, _ = run(capsys, "settings", "--book", str(book_location), "--set", "tier.super_percent=2.5",
                       "--set", "greetings.region=TW", "--json")
    assert code == 0
    code, out, _ = run(capsys, "settings", "--book", str(book_location), "--json")
    values = json.loads(out)["settings"]
    assert values["tier.super_percent"] == 2.5
    assert values["greetings.region"] == "TW"
    assert values["tier.big_percent"] == 4.0  # untouched: the default


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    """The real entry point, in its own process, as a script would run it."""
    result = subprocess.run([sys.executable, "-m", "telesales", "info", "--book", str(tmp_path / "x.sqlite"),
                             "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("telesales: error: there is no book at")
    assert result.stdout == ""


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in ("info", "demo", "settings"):
        assert name in out


@pytest.mark.parametrize(("language", "words"), [("zh_CN", "输出 JSON，供脚本使用"), ("zh_TW", "輸出 JSON，供腳本使用"),
                                                 ("en", "print JSON for scripts")])
def test_help_speaks_the_reps_language(capsys: pytest.CaptureFixture[str], language: str, words: str) -> None:
    code, out, _ = run(capsys, "--lang", language, "info", "--help")
    assert code == 0
    assert words in out


def test_help_follows_the_remembered_language(capsys: pytest.CaptureFixture[str]) -> None:
    from telesales.preferences import Preferences, save_preferences

    save_preferences(Preferences(language="zh_TW"))
    code, out, _ = run(capsys, "demo", "--help")
    assert code == 0 and "示範客戶簿的位置" in out
