"""Opening, creating and upgrading a book file.

A file is opened only when it is a telesales book of a revision this app knows: anything else (not SQLite, a
foreign SQLite file, a damaged one, a book from a newer version) is refused with a `BookError` and left exactly
as it was; for a damaged or foreign file the error names the latest good backup. An older book is backed up
(telesales.store.backups), then upgraded in one transaction.

Whether a file is whole is decided as telesales.store.integrity says: its header on every open, a full
`quick_check` only when the header looks wrong or the last program that had the book open did not close it.

Writes: `engine.begin()` on a book starts with `BEGIN IMMEDIATE`, taking the write lock before the transaction's
first read. With two programs writing (the app and the command line), a deferred transaction that read first
could not be upgraded to a writer once the other had committed (SQLITE_BUSY at once, busy_timeout cannot help);
an immediate one waits its turn. Reads (`engine.connect()`) stay deferred and never block a writer (WAL).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, event

from telesales.domain.backups import BackupKind
from telesales.domain.errors import BookError, BookProblem
from telesales.store.backups import BackupFiles, latest_good, private_file
from telesales.store.engine import (
    SQLITE_HEADER,
    create_book_engine,
    read_sqlite_revision,
    sqlite_url,
)
from telesales.store.integrity import (
    ended_uncleanly,
    header_problem,
    mark_closed,
    mark_open,
    quick_check,
    watch_errors,
)

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class OpenedBook:
    path: Path  # a shared book's local stand-in (telesales.store.server.companion_path)
    engine: Engine
    revision: str
    upgraded_from: str | None = None
    backup: Path | None = None
    marker: Path | None = None  # says "open" beside the book until closed (telesales.store.integrity)
    url: str | None = None  # a shared book: its server URL, without the password

    def close(self) -> None:
        self.engine.dispose()
        if self.marker is not None:
            mark_closed(self.marker)


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
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(_WRITING)
                                   else "BEGIN")

    @contextlib.contextmanager
    def begin_writing() -> Iterator[Connection]:
        """`Engine.begin()`, marked as a write so the transaction takes the write lock first."""
        with engine.connect() as connection:
            connection.execution_options(**{_WRITING: True})
            with connection.begin():
                yield connection

    engine.begin = begin_writing  # type: ignore[method-assign]
    return engine


_WRITING = "telesales_writing"



def book_engine(path: Path) -> Engine:
    """The book's engine: its pragmas, transactional DDL, immediate writes, SQLite's write failures worded as
    BookErrors, and statement parameters (the rep's customers, phones, notes) kept out of error messages and of
    the SQL log when a developer turns it on (SQLAlchemy logs nothing unless its own logger is configured)."""
    engine = create_book_engine(sqlite_url(path), hide_parameters=True)
    return watch_errors(_transactional_sqlite(engine), Path(path))


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
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    private_file(scratch)  # 0600 from the first byte; SQLite gives its -wal and -shm the same mode
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
    os.chmod(scratch, 0o600)  # a rep's book is private
    os.replace(scratch, path)
    return OpenedBook(path=path, engine=book_engine(path), revision=_current_revision(path), marker=mark_open(path))


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
        raise BookError(BookProblem.NOT_A_BOOK, path, backup=latest_good(path))
    looks_wrong = header_problem(path)
    if looks_wrong is not None or ended_uncleanly(path):
        problem = quick_check(path)
        if problem is not None:
            raise BookError(BookProblem.DAMAGED, path, looks_wrong or problem, backup=latest_good(path))
    try:
        is_book, revision = read_sqlite_revision(path)
    except sqlite3.DatabaseError as error:
        raise BookError(BookProblem.DAMAGED, path, str(error), backup=latest_good(path)) from error
    if not is_book or revision is None:
        raise BookError(BookProblem.NOT_A_BOOK, path, backup=latest_good(path))
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
        return OpenedBook(path=path, engine=book_engine(path), revision=revision, marker=mark_open(path))
    backup = BackupFiles(path).make(BackupKind.UPGRADE, datetime.now().astimezone(), revision=revision).path
    engine = book_engine(path)
    marker = mark_open(path)
    try:
        _upgrade(engine)
    except BaseException:
        engine.dispose()
        mark_closed(marker)
        raise
    return OpenedBook(path=path, engine=engine, revision=head, upgraded_from=revision, backup=backup, marker=marker)


def _current_revision(path: Path) -> str:
    _, revision = read_sqlite_revision(path)
    assert revision is not None
    return revision


def open_server_book(location: str, local_folder: Path, *, create: bool = False) -> OpenedBook:
    """Open the shared book at a postgresql:// `location`, upgrading an older one (in one transaction, as the
    server's DDL is transactional); with `create`, an empty database becomes an empty book."""
    from telesales.store.server import companion_path, server_engine, server_revision, server_url, shown

    url = server_url(location)
    where = shown(url)
    engine = server_engine(url)
    try:
        revision = server_revision(engine, where)
        if revision is None and not create:
            raise BookError(BookProblem.MISSING, where, "the database is empty")
        if revision is not None and revision not in _revisions()[1]:
            raise BookError(BookProblem.NEWER, where, revision)
        head = head_revision()
        if revision != head:
            _upgrade_shared(engine, where, revision)
    except BaseException:
        engine.dispose()
        raise
    companion = companion_path(url, local_folder)
    companion.parent.mkdir(parents=True, exist_ok=True)
    upgraded_from = revision if revision not in (None, head) else None
    return OpenedBook(path=companion, engine=engine, revision=head, upgraded_from=upgraded_from, url=where)


def _upgrade_shared(engine: Engine, where: str, revision: str | None) -> None:
    """Upgrade a shared book (its owner only), then renew the team's grants and row security on the new tables."""
    from sqlalchemy.exc import ProgrammingError

    from telesales.store.team import has_team, setup_team

    try:
        _upgrade(engine)
    except ProgrammingError as error:
        if "must be owner" not in str(error.orig):
            raise
        raise BookError(BookProblem.UNREACHABLE, where, f"the shared book (schema {revision}) must be upgraded "
                        "by its owner first: they open it once with this version") from error
    with engine.begin() as connection:
        if revision is not None and has_team(connection):
            setup_team(connection)
