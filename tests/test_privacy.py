"""The rep's customers are private: the book and its backups are readable by the rep only, and no log line ever
holds a phone number or a note — not even with every logger at DEBUG."""

from __future__ import annotations

import logging
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from telesales.app import backup_service, open_session
from telesales.domain.errors import BookError
from telesales.domain.model import CallOutcome
from telesales.services.calls import LogCallRequest
from telesales.store.book import create_book

PHONE, NOTE, NEED = "13912345678", "私人备注 secret note", "需要 42 台打印机"


def test_the_book_and_its_backups_are_private(tmp_path: Path) -> None:
    book = create_book(tmp_path / "mine.sqlite")
    with book.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x)")  # -wal and -shm exist now
    for path in (tmp_path / "mine.sqlite", tmp_path / "mine.sqlite-wal", tmp_path / "mine.sqlite-shm"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    made = backup_service(tmp_path / "mine.sqlite").backup()
    book.close()
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


def test_no_log_line_holds_a_phone_number_or_a_note(caplog: pytest.LogCaptureFixture, book_path: Path,
                                                    tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, before the book's engine exists
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # even a developer's SQL log: parameters hidden
    people = tmp_path / "people.csv"
    people.write_text(f"name,phone,notes,contact,contact phone\n私密贸易,{PHONE},{NOTE},王芳,{PHONE[:-1]}9\n"
                      f"坏号码公司,{PHONE}00,{NOTE},,\n", encoding="utf-8")
    session = open_session(book_path)
    try:
        refused = session.import_files([people])  # one bad phone: refused, with its line and column
        assert not refused.ok
        people.write_text(f"name,phone,notes,contact,contact phone\n私密贸易,{PHONE},{NOTE},王芳,{PHONE[:-1]}9\n",
                          encoding="utf-8")
        assert session.import_files([people]).ok
        now = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
        logged = session.log_call(LogCallRequest(customer_id=1, outcome=CallOutcome.CONNECTED, need=NEED, notes=NOTE,
                                                 next_step="call " + PHONE), now)
        assert logged.call.notes == NOTE
        make_read_only(session)
        with pytest.raises(BookError) as caught:
            session.log_call(LogCallRequest(customer_id=1, outcome=CallOutcome.CONNECTED, notes=NOTE), now)
        assert NOTE not in str(caught.value) and PHONE not in str(caught.value)
        session.call_history(1)
        session.find("私密")
    finally:
        session.close()
    text = caplog.text + "".join(str(record.args) for record in caplog.records)
    for secret in (PHONE, PHONE[-4:] + "9", "secret note", "私人备注", "42 台"):
        assert secret not in text


def make_read_only(session: object) -> None:
    """Make every later insert fail as on a read-only disk (the error is shown to the rep: it must hold no data)."""
    import sqlite3

    engine = session.calls._store._engine  # type: ignore[attr-defined]
    dialect = engine.dialect
    original = dialect.do_execute

    def execute(cursor: object, statement: str, parameters: object, context: object = None) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8  # type: ignore[attr-defined]
            raise error
        original(cursor, statement, parameters, context)

    dialect.do_execute = execute
