"""A book that cannot be written (read-only, disk full, locked by another program) is told to the rep as such,
and nothing is saved half: the call can be saved again once the book can be written."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from telesales.app import session_for
from telesales.domain.errors import BookError, BookProblem
from telesales.domain.model import CallOutcome
from telesales.services.book_session import BookSession
from telesales.services.calls import LogCallRequest
from telesales.store.book import OpenedBook, _transactional_sqlite, book_engine
from telesales.store.engine import create_book_engine
from telesales.store.integrity import watch_errors

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
REQUEST = LogCallRequest(customer_id=1, outcome=CallOutcome.CONNECTED, need="20 printers", notes="call back Friday")


def calls(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM calls").fetchone()[0])
    finally:
        connection.close()


def read_only_session(path: Path) -> BookSession:
    """The book as SQLite sees a file it may not write (a read-only file, folder or disk)."""
    url = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"
    engine = watch_errors(_transactional_sqlite(create_book_engine(url, hide_parameters=True)), path)
    return session_for(OpenedBook(path=path, engine=engine, revision=""))


@pytest.fixture
def read_only(demo_path: Path) -> Iterator[BookSession]:
    session = read_only_session(demo_path)
    yield session
    session.close()


def test_saving_a_call_on_a_read_only_book_says_so_and_saves_nothing(read_only: BookSession, demo_path: Path) -> None:
    before = calls(demo_path)
    assert read_only.info().counts["customers"] == 120  # reading works
    with pytest.raises(BookError) as caught:
        read_only.log_call(REQUEST, NOW)
    assert caught.value.problem is BookProblem.READ_ONLY
    assert caught.value.path == demo_path
    assert "20 printers" not in str(caught.value) and "Friday" not in str(caught.value)  # no notes in messages
    assert calls(demo_path) == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="file modes do not stop root")
def test_a_book_file_made_read_only_is_told_as_read_only(demo_path: Path) -> None:
    from telesales.app import open_session

    demo_path.chmod(0o400)
    session = open_session(demo_path)
    try:
        with pytest.raises(BookError) as caught:
            session.log_call(REQUEST, NOW)
        assert caught.value.problem is BookProblem.READ_ONLY
    finally:
        session.close()
        demo_path.chmod(0o600)


def full_disk(engine: Any, monkeypatch: pytest.MonkeyPatch, after: int = 0) -> None:
    """The disk fills up: every write statement after the first `after` fails as SQLite says it (SQLITE_FULL)."""
    dialect = engine.dialect
    original = dialect.do_execute
    seen = {"writes": 0}

    def execute(cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            seen["writes"] += 1
            if seen["writes"] > after:
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = 13  # type: ignore[attr-defined]
                raise error
        original(cursor, statement, parameters, context)

    monkeypatch.setattr(dialect, "do_execute", execute)


def test_a_full_disk_says_so_and_leaves_no_half_call(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = book_engine(demo_path)
    session = session_for(OpenedBook(path=demo_path, engine=engine, revision=""))
    before = calls(demo_path)
    full_disk(engine, monkeypatch, after=1)  # the call row is written, the customer's state is not
    with pytest.raises(BookError) as caught:
        session.log_call(REQUEST, NOW)
    assert caught.value.problem is BookProblem.DISK_FULL
    assert calls(demo_path) == before  # the transaction was rolled back whole
    monkeypatch.undo()  # room again: the same call saves
    logged = session.log_call(REQUEST, NOW)
    assert logged.call.need == "20 printers"
    assert calls(demo_path) == before + 1
    session.close()


def test_a_book_locked_too_long_by_another_program_is_told_as_busy(demo_path: Path) -> None:
    engine = book_engine(demo_path)
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA busy_timeout=50")  # type: ignore[union-attr]
        other = sqlite3.connect(demo_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        try:
            with pytest.raises(BookError) as caught, connection.begin():
                connection.exec_driver_sql("UPDATE customers SET notes = 'x' WHERE id = 1")
            assert caught.value.problem is BookProblem.BUSY
        finally:
            other.execute("ROLLBACK")
            other.close()
    engine.dispose()


def test_a_write_transaction_takes_the_write_lock_before_its_first_read(demo_path: Path) -> None:
    """BEGIN IMMEDIATE: while the app's write transaction is open, no other program can start writing, even
    before the transaction has written anything (so neither can find its reads stale when it comes to write)."""
    engine = book_engine(demo_path)
    other = sqlite3.connect(demo_path, timeout=0, isolation_level=None)
    with engine.begin() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM customers").scalar()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once it committed
    other.execute("ROLLBACK")
    with engine.connect() as reader:  # a read does not take it
        reader.exec_driver_sql("SELECT count(*) FROM customers").scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        reader.rollback()
    other.close()
    engine.dispose()
