"""A shared book on a PostgreSQL server: the same models and migrations as a book file, for a team.

The URL names the server, the database and the rep's own role (`postgresql://wang@server/sales`); the password
comes from the URL, PGPASSWORD or ~/.pgpass, as for any PostgreSQL client. Who may see which customers is the
server's business (telesales.store.team: roles and row-level security), not the app's.

A shared book has no file, but the app keeps per-book things beside a book (the reminder scheduler's jobs): they
go to a local folder named after the server, the database and the rep (`companion_path`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from telesales.domain.errors import BookError, BookProblem
from telesales.store.engine import create_book_engine

SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_location(location: object) -> bool:
    return isinstance(location, str) and location.split(":", 1)[0].split("+", 1)[0] in SERVER_SCHEMES


def server_url(location: str) -> URL:
    """The SQLAlchemy URL for `location`, always on psycopg 3 (`postgres://` and `postgresql://` both accepted)."""
    try:
        url = make_url(location)
    except ArgumentError as error:
        raise BookError(BookProblem.UNREACHABLE, Path(location), "not a database URL") from error
    if url.drivername.split("+", 1)[0] not in SERVER_SCHEMES or not url.database:
        raise BookError(BookProblem.UNREACHABLE, Path(location), "a postgresql:// URL with a database name")
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The URL as the rep may see it (window title, messages): never the password."""
    return url.render_as_string(hide_password=True).replace("postgresql+psycopg://", "postgresql://", 1)


def server_engine(url: URL) -> Engine:
    # parameters (the rep's customers) stay out of error messages, as for a book file
    # no JIT: the row security's per-row lookups look costly to the planner, which then compiled small queries
    # for longer than they ran (seen: 0.7 s added to one)
    return create_book_engine(url.render_as_string(hide_password=False), hide_parameters=True, pool_pre_ping=True,
                              connect_args={"options": "-c jit=off"})


def companion_path(url: URL, folder: Path) -> Path:
    """A local stand-in path for a shared book: where its jobs and window claim live on this computer."""
    words = "_".join(part for part in (url.host or "local", str(url.port or 5432), url.database or "",
                                       url.username or "") if part)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", words)[:80]
    digest = hashlib.sha1(shown(url).encode("utf-8")).hexdigest()[:8]
    return folder / "shared" / f"{safe}-{digest}.book"


def server_revision(engine: Engine, where: str) -> str | None:
    """The schema revision of the shared book (None: an empty database); BookError when it cannot be reached."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables:
                if tables - {"apscheduler_jobs"}:
                    raise BookError(BookProblem.NOT_A_BOOK, where, "the database holds other tables")
                return None
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
            return row[0] if row else None
    except DBAPIError as error:
        raise BookError(BookProblem.UNREACHABLE, where, _first_line(error)) from error


def _first_line(error: DBAPIError) -> str:
    return str(error.orig or error).strip().splitlines()[0] if str(error.orig or error).strip() else "no answer"
