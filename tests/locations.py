"""A test's book wherever it lives: a file (a Path) or a shared book on a server (a postgresql:// URL), as the
`book_location` and `demo_location` fixtures give them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection

from telesales.services.book_session import BookSession
from telesales.store.book import OpenedBook, open_book, open_server_book
from telesales.store.server import is_server_location

Location = Path | str


def is_server(location: Location) -> bool:
    return is_server_location(location)


def open_location(location: Location) -> OpenedBook:
    """The book at `location`, opened as the app opens it (a server's local folder: the test's data folder)."""
    if is_server(location):
        from telesales.preferences import data_dir

        return open_server_book(str(location), data_dir())
    return open_book(Path(location))


@contextmanager
def filling(location: Location) -> Iterator[Connection]:
    """One transaction on the book at `location` for a test to fill, often with rows given with their ids; on
    a server the ids' sequences then follow the highest ids, as after moving a book there."""
    book = open_location(location)
    try:
        with book.engine.begin() as connection:
            yield connection
            follow_ids(connection)
    finally:
        book.close()


def follow_ids(connection: Connection) -> None:
    """After rows came in with their ids: on a server, the next ids follow the highest (a file needs nothing)."""
    if connection.dialect.name == "postgresql":
        from telesales.store.book_copy import restart_sequences

        restart_sequences(connection)


def book_of(session: BookSession) -> OpenedBook:
    """A second opening of the book a session has open (another engine: what is stored)."""
    return open_location(session.url or session.path)
