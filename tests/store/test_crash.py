"""The book never loses a call: workers using the app's store are killed with SIGKILL at random moments.

After every kill, every call a worker acknowledged (it writes the id only after the service returned) is in the
book and `PRAGMA integrity_check` says ok. The same with a kill during an import (all of it or none of it) and
during an upgrade (the book is as before or as after, never between). Two processes writing at once — the app's
service and the command line — lose nothing either.

Bounded for CI (a few seconds); bench/bench_crash.py runs the same for longer.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from telesales.store.backups import BackupFiles
from telesales.store.book import head_revision, open_book
from tests.store.crash_harness import Zygote, read_acks, timed, wait_for_ack, wait_for_acks

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL"), pytest.mark.slow]

FIXTURES = Path(__file__).with_name("fixtures")
KILLS = 8


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    warm = Zygote()
    yield warm
    warm.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def call_ids(path: Path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM calls")}
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def kill_while_logging(zygote: Zygote, book: Path, acks: Path, rng: random.Random,
                       window: float = 0.2) -> tuple[list[int], set[int], str]:
    """One round: a worker logs calls, is killed at a random moment; (acknowledged ids, ids in the book, integrity).

    Most kills land while calls are being logged (a random time after the first acknowledgement); one in five
    lands earlier, while the worker opens the book."""
    acks.unlink(missing_ok=True)
    pid = zygote.start({"task": "calls", "book": str(book), "acks": str(acks), "customers": list(range(1, 121))})
    if rng.random() < 0.8:
        wait_for_ack(acks)
    time.sleep(rng.uniform(0, window))
    zygote.kill(pid)
    lines = read_acks(acks)
    assert not any(line.startswith("error") for line in lines), lines
    acked = [int(line) for line in lines if line.isdigit()]
    opened = open_book(book)  # the app opens it after the crash (and checks it: the worker left its marker)
    opened.close()
    return acked, call_ids(book), integrity(book)


def test_every_acknowledged_call_survives_a_kill(zygote: Zygote, demo_path: Path, tmp_path: Path) -> None:
    rng = random.Random(11)
    total = 0
    for _round in range(KILLS):
        acked, found, result = kill_while_logging(zygote, demo_path, tmp_path / "acks.txt", rng)
        assert set(acked) <= found, sorted(set(acked) - found)
        assert result == "ok"
        total += len(acked)
    assert total > KILLS  # the workers were really logging when they were killed


def test_a_kill_during_an_import_leaves_all_of_it_or_none(zygote: Zygote, empty_template: Path,
                                                          tmp_path: Path) -> None:
    rows = 300
    csv = tmp_path / "customers.csv"
    csv.write_text("name,phone,city,notes\n" + "".join(
        f"导入公司{n},+86 139 {n // 10000:04d} {n % 10000:04d},上海,line {n}\n" for n in range(rows)), encoding="utf-8")
    trial = tmp_path / "trial" / "book.sqlite"
    trial.parent.mkdir()
    trial.write_bytes(empty_template.read_bytes())
    writing = timed(zygote, {"task": "import", "book": str(trial), "file": str(csv)}, tmp_path / "trial.txt",
                    "writing")
    rng = random.Random(5)
    outcomes = []
    for round_ in range(3):
        book = tmp_path / f"round{round_}" / "book.sqlite"
        book.parent.mkdir()
        book.write_bytes(empty_template.read_bytes())
        acks = tmp_path / f"acks{round_}.txt"
        pid = zygote.start({"task": "import", "book": str(book), "acks": str(acks), "file": str(csv)})
        wait_for_acks(acks, 2)  # the rows are checked: the backup and the transaction are under way
        time.sleep(rng.uniform(0, writing * 1.1))
        zygote.kill(pid)
        lines = read_acks(acks)
        assert not any(line.startswith("error") for line in lines), lines
        count = len(_customers(book))
        assert count in (0, rows)  # all of it or none of it
        if lines[-1].startswith("imported"):
            assert count == rows  # acknowledged: it is in the book
        assert integrity(book) == "ok"
        files = BackupFiles(book)
        for backup in files.backups():  # a kill during the backup before the import leaves no half backup behind
            assert files.check(backup.path) is None
        outcomes.append(count)
    assert outcomes  # (which of all-or-none happened depends on the moment of the kill)


def _customers(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT id FROM customers")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def upgraded_dump(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("upgraded") / "book.sqlite"
    path.write_bytes((FIXTURES / "book_r0001.sqlite").read_bytes())
    open_book(path).close()
    return dump(path)


def test_a_kill_during_an_upgrade_leaves_the_book_as_before_or_as_after(zygote: Zygote, tmp_path: Path,
                                                                         upgraded_dump: list[str]) -> None:
    original = (FIXTURES / "book_r0001.sqlite").read_bytes()
    before = dump(FIXTURES / "book_r0001.sqlite")

    def fresh(name: str) -> Path:
        book = tmp_path / name / "book.sqlite"
        book.parent.mkdir()
        book.write_bytes(original)
        return book

    migrating = timed(zygote, {"task": "upgrade", "book": str(fresh("trial"))}, tmp_path / "trial.txt", "migrating")
    rng = random.Random(3)
    outcomes = []
    for round_ in range(4):
        book = fresh(f"round{round_}")
        acks = tmp_path / f"acks{round_}.txt"
        pid = zygote.start({"task": "upgrade", "book": str(book), "acks": str(acks)})
        wait_for_acks(acks, 2)  # backed up: the upgrade's one transaction is under way
        time.sleep(rng.uniform(0, migrating * 1.1))
        zygote.kill(pid)
        lines = read_acks(acks)
        assert not any(line.startswith("error") for line in lines), lines
        now = dump(book)
        assert now in (before, upgraded_dump)
        outcomes.append("after" if now == upgraded_dump else "before")
        assert integrity(book) == "ok"
        opened = open_book(book)  # and it opens (upgraded now, if it was not)
        assert opened.revision == head_revision()
        opened.close()
    assert outcomes


def test_two_processes_writing_at_once_lose_nothing(zygote: Zygote, demo_path: Path, tmp_path: Path) -> None:
    """The app's service and the command line log calls into one book at the same time."""
    before = call_ids(demo_path)
    app_acks, cli_acks = tmp_path / "app.txt", tmp_path / "cli.txt"
    app = zygote.start({"task": "calls", "book": str(demo_path), "acks": str(app_acks),
                        "customers": list(range(1, 61)), "limit": 60})
    cli = zygote.start({"task": "cli-calls", "book": str(demo_path), "acks": str(cli_acks),
                        "customers": list(range(61, 121)), "limit": 8})
    assert zygote.wait(app) == 0
    assert zygote.wait(cli) == 0
    app_lines, cli_lines = read_acks(app_acks), read_acks(cli_acks)
    assert app_lines[-1] == "finished" and cli_lines[-1] == "finished", (app_lines[-3:], cli_lines[-3:])
    acked = [int(line) for line in app_lines + cli_lines if line.isdigit()]
    assert len(acked) == 68 == len(set(acked))
    after = call_ids(demo_path)
    assert after - before == set(acked)
    assert integrity(demo_path) == "ok"
