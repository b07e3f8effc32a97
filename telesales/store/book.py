"""Opening, creating and upgrading a book file.

A file is opened only when it is a telesales book of a revision this app knows: anything else (not SQLite, a
foreign SQLite file, a damaged one, a book from a newer version) is refused with a `BookError` and left exactly
as it was. An older book is copied to a dated backup beside it, then upgraded in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, event

from telesales.domain.errors import BookError, BookProblem
from telesales.store.engine import (
    SQLITE_HEADER,
    create_book_engine,
    read_sqlite_revision,
    sqlite_backup,
    sqlite_url,
)

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class OpenedBook:
    path: Path
    engine: Engine
    revision: str
    upgraded_from: str | None = None
    backup: Path | None = None

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(head revision, every revision this app knows).

    Read from the file names (`NNNN_words.py`, revision id NNNN, each revising the one before) rather than
    through Alembic's script directory, which costs a third of a second of start-up; a test holds the two equal.
    """
    known = sorted(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return known[-1], frozenset(known)


def head_revision() -> str:
    return _revisions()[0]


def _upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)


def _transactional_sqlite(engine: Engine) -> Engine:
    """Let SQLAlchemy, not the sqlite3 module, open transactions, so DDL is rolled back with everything else."""

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def book_engine(path: Path) -> Engine:
    return _transactional_sqlite(create_book_engine(sqlite_url(path)))


def create_book(path: Path, revision: str = "head", fill: Callable[[Engine], None] | None = None) -> OpenedBook:
    """A new book at `path`, empty or filled by `fill`; refuses to overwrite an existing file.

    Built in a temporary file beside it and renamed into place, so a crash or a failing `fill` never leaves
    half a book.
    """
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise BookError(BookProblem.EXISTS, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.creating-{os.getpid()}")
    scratch.unlink(missing_ok=True)
    engine = book_engine(scratch)
    try:
        _upgrade(engine, revision)
        if fill is not None:
            fill(engine)
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        raise
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    os.replace(scratch, path)
    os.chmod(path, 0o600)  # a rep's book is private
    return OpenedBook(path=path, engine=book_engine(path), revision=_current_revision(path))


def inspect_book(path: Path) -> str:
    """The schema revision of the book at `path`, read without changing the file; BookError when it is none."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise BookError(BookProblem.MISSING, path)
    if not path.is_file():
        raise BookError(BookProblem.NOT_A_BOOK, path, "not a file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise BookError(BookProblem.NOT_A_BOOK, path)
    try:
        is_book, revision = read_sqlite_revision(path)
    except sqlite3.DatabaseError as error:
        raise BookError(BookProblem.DAMAGED, path, str(error)) from error
    if not is_book or revision is None:
        raise BookError(BookProblem.NOT_A_BOOK, path)
    if revision not in _revisions()[1]:
        raise BookError(BookProblem.NEWER, path, revision)
    return revision


def open_book(path: Path, *, create: bool = False) -> OpenedBook:
    """Open the book at `path`, upgrading an older one after a dated backup beside it."""
    path = Path(path).expanduser().absolute()
    if create and not path.exists():
        return create_book(path)
    revision = inspect_book(path)
    head = head_revision()
    if revision == head:
        return OpenedBook(path=path, engine=book_engine(path), revision=revision)
    backup = path.with_name(f"{path.stem}.{datetime.now():%Y%m%d-%H%M%S}.r{revision}.backup{path.suffix}")
    sqlite_backup(path, backup)
    os.chmod(backup, 0o600)
    engine = book_engine(path)
    _upgrade(engine)
    return OpenedBook(path=path, engine=engine, revision=head, upgraded_from=revision, backup=backup)


def _current_revision(path: Path) -> str:
    _, revision = read_sqlite_revision(path)
    assert revision is not None
    return revision
