"""`telesales backup` and `telesales restore`, and the one line a damaged book gets on the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from telesales.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def calls(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM calls").fetchone()[0])
    finally:
        connection.close()


def test_backup_list_and_restore(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, _ = run(capsys, "backup", "--book", str(demo_path), "--json")
    assert code == 0
    made = json.loads(out)["backup"]
    assert made["kind"] == "manual" and Path(made["path"]).parent == demo_path.parent / "backups"
    assert made["size_bytes"] > 0 and made["made_at"]
    before = calls(demo_path)
    code, _, _ = run(capsys, "log-call", "--book", str(demo_path), "--customer", "1", "--outcome", "busy")
    assert code == 0 and calls(demo_path) == before + 1
    code, out, _ = run(capsys, "backup", "--book", str(demo_path), "--list", "--json")
    assert [item["path"] for item in json.loads(out)["backups"]] == [made["path"]]
    code, out, _ = run(capsys, "restore", "--book", str(demo_path), "--from", Path(made["path"]).name, "--json")
    assert code == 0
    restored = json.loads(out)
    assert restored["restored_from"] == made["path"] and restored["kept"]["kind"] == "pre-restore"
    assert calls(demo_path) == before
    assert calls(Path(restored["kept"]["path"])) == before + 1  # the book as it was is kept
    code, out, _ = run(capsys, "backup", "--book", str(demo_path), "--list")
    assert code == 0 and "pre-restore" in out and "manual" in out


def test_a_damaged_book_gets_one_line_that_names_the_latest_good_backup(capsys: pytest.CaptureFixture[str],
                                                                         demo_path: Path) -> None:
    code, out, _ = run(capsys, "backup", "--book", str(demo_path), "--json")
    backup = json.loads(out)["backup"]["path"]
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) * 2 // 3])  # truncated
    damaged = demo_path.read_bytes()
    for argv in (["info"], ["calllist"], ["backup"]):
        code, out, err = run(capsys, *argv, "--book", str(demo_path))
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert "is damaged" in err and f"the latest good backup is {backup}" in err
        assert f"telesales restore --book {demo_path} --from {backup}" in err
    assert demo_path.read_bytes() == damaged  # never changed
    code, out, _ = run(capsys, "restore", "--book", str(demo_path), "--from", backup)
    assert code == 0 and "damaged" in out
    code, _, _ = run(capsys, "info", "--book", str(demo_path))
    assert code == 0


@pytest.mark.parametrize(("argv", "message"), [
    (["restore", "--book", "{book}", "--from", "nowhere.sqlite"], "there is no backup nowhere.sqlite"),
    (["restore", "--book", "{book}", "--from", "{text}"], "is not a telesales book"),
    (["restore", "--book", "{book}"], "the following arguments are required: --from"),
    (["backup", "--book", "{missing}"], "there is no book at"),
    (["backup", "--book", "{text}"], "is not a telesales book"),
])
def test_bad_backup_and_restore_requests_get_one_line(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                      tmp_path: Path, argv: list[str], message: str) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a book")
    before = demo_path.read_bytes()
    values = {"book": str(demo_path), "text": str(text), "missing": str(tmp_path / "missing.sqlite")}
    code, out, err = run(capsys, *(item.format(**values) for item in argv))
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert demo_path.read_bytes() == before
