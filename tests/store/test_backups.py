"""Backups on disk and damaged books: online backups that are checked and private, restores that keep the book as
it was, damaged files never overwritten, the latest good backup offered when a book cannot be opened."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from telesales.domain.backups import BackupKind
from telesales.domain.errors import BookError, BookProblem
from telesales.store.backups import BackupFiles
from telesales.store.book import open_book
from telesales.store.integrity import header_problem, mark_open, quick_check

NOW = datetime(2026, 11, 22, 9, 30).astimezone()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str = "customers") -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def damage(path: Path) -> None:
    """Overwrite a page in the middle of the file (the header stays right: only a full check finds it)."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\x5a" * page
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_private_single_file_of_a_live_book(demo_path: Path) -> None:
    book = open_book(demo_path)
    with book.engine.begin() as connection:  # a change still in the -wal file: a file copy could miss it
        connection.exec_driver_sql("UPDATE customers SET notes = 'latest' WHERE id = 1")
    made = BackupFiles(demo_path).make(BackupKind.MANUAL, NOW)
    book.close()
    assert made.path.parent == demo_path.parent / "backups"
    assert made.path.name == "demo.20261122-093000.manual.sqlite"
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file
    connection = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("SELECT notes FROM customers WHERE id = 1").fetchone()[0] == "latest"
    connection.close()
    assert quick_check(made.path) is None
    second = BackupFiles(demo_path).make(BackupKind.MANUAL, NOW)  # the same second: a name of its own
    assert second.path.name == "demo.20261122-093000-2.manual.sqlite"
    assert [item.path for item in BackupFiles(demo_path).backups()] == [second.path, made.path]


def test_only_this_books_backups_are_listed_and_leftovers_of_a_crash_are_not_backups(demo_path: Path) -> None:
    folder = demo_path.parent / "backups"
    folder.mkdir()
    (folder / "other.20261122-093000.daily.sqlite").write_bytes(b"")
    (folder / ".demo.20261122-093000.daily.sqlite.partial").write_bytes(b"half")
    os.utime(folder / ".demo.20261122-093000.daily.sqlite.partial", (0, 0))  # long ago: a crashed backup
    (folder / "notes.txt").write_text("mine")
    files = BackupFiles(demo_path)
    assert files.backups() == []
    made = files.make(BackupKind.DAILY, NOW)
    assert [item.path for item in files.backups()] == [made.path]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["other.20261122-093000.daily.sqlite", "notes.txt", made.path.name])


def test_restoring_keeps_the_book_as_it_was_first(demo_path: Path) -> None:
    files = BackupFiles(demo_path)
    made = files.make(BackupKind.DAILY, NOW)
    book = open_book(demo_path)
    with book.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM calls")
    book.close()
    kept = files.restore(made.path, NOW)
    assert kept is not None and kept.kind is BackupKind.RESTORE
    assert count(kept.path, "calls") == 0  # the book as it was before the restore
    assert count(demo_path, "calls") > 0  # the backup's calls are back
    connection = sqlite3.connect(demo_path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert stat.S_IMODE(demo_path.stat().st_mode) == 0o600


def test_restoring_a_damaged_book_moves_it_aside_whole(demo_path: Path) -> None:
    files = BackupFiles(demo_path)
    made = files.make(BackupKind.DAILY, NOW)
    damage(demo_path)
    damaged = demo_path.read_bytes()
    kept = files.restore(made.path, NOW)
    assert kept is not None and kept.kind is BackupKind.DAMAGED
    assert kept.path.read_bytes() == damaged  # never overwritten: kept byte for byte
    assert quick_check(demo_path) is None
    assert stat.S_IMODE(demo_path.stat().st_mode) == 0o600
    assert kept.path not in [item.path for item in BackupFiles(demo_path).backups() if item.kind is not
                             BackupKind.DAMAGED]


def test_a_damaged_backup_is_refused_and_the_book_is_not_touched(demo_path: Path) -> None:
    files = BackupFiles(demo_path)
    made = files.make(BackupKind.DAILY, NOW)
    damage(made.path)
    before = digest(demo_path)
    with pytest.raises(BookError) as caught:
        files.restore(made.path, NOW)
    assert caught.value.problem is BookProblem.DAMAGED
    assert digest(demo_path) == before
    assert files.check(made.path) is not None


def test_backing_up_a_damaged_book_fails_its_check_and_leaves_no_backup(demo_path: Path) -> None:
    damage(demo_path)
    with pytest.raises(BookError) as caught:
        BackupFiles(demo_path).make(BackupKind.DAILY, NOW)
    assert caught.value.problem is BookProblem.DAMAGED
    assert BackupFiles(demo_path).backups() == []
    assert not [p for p in (demo_path.parent / "backups").iterdir()]


def test_a_truncated_book_is_refused_untouched_and_the_latest_good_backup_offered(demo_path: Path) -> None:
    made = BackupFiles(demo_path).make(BackupKind.DAILY, NOW)
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    assert header_problem(demo_path) is not None
    before = digest(demo_path)
    with pytest.raises(BookError) as caught:
        open_book(demo_path)
    assert caught.value.problem is BookProblem.DAMAGED
    assert caught.value.backup == made.path
    assert digest(demo_path) == before


def test_after_an_unclean_end_the_book_is_checked_in_full(demo_path: Path) -> None:
    """Damage the header cannot show is found at the next open when the last program did not close the book."""
    made = BackupFiles(demo_path).make(BackupKind.DAILY, NOW)
    damage(demo_path)
    assert header_problem(demo_path) is None
    open_book(demo_path).close()  # a clean end: only the header is read (fast), the damage is not seen yet
    marker = mark_open(demo_path)
    marker.rename(marker.with_name(f".{demo_path.name}.open-999999999"))  # a program that is gone
    with pytest.raises(BookError) as caught:
        open_book(demo_path)
    assert caught.value.problem is BookProblem.DAMAGED
    assert caught.value.backup == made.path


def test_a_file_that_is_not_a_book_offers_the_books_latest_backup(demo_path: Path) -> None:
    made = BackupFiles(demo_path).make(BackupKind.DAILY, NOW)
    demo_path.write_text("name,phone\n张伟,13800000000\n", encoding="utf-8")  # overwritten by a spreadsheet
    with pytest.raises(BookError) as caught:
        open_book(demo_path)
    assert caught.value.problem is BookProblem.NOT_A_BOOK
    assert caught.value.backup == made.path


def test_an_upgrade_is_preceded_by_a_backup_that_rotation_keeps(tmp_path: Path) -> None:
    old = tmp_path / "book.sqlite"
    old.write_bytes((Path(__file__).with_name("fixtures") / "book_r0001.sqlite").read_bytes())
    opened = open_book(old)
    opened.close()
    [backup] = BackupFiles(old).backups()
    assert backup.kind is BackupKind.UPGRADE and backup.revision == "0001"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
