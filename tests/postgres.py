"""Shared books on a PostgreSQL server for the tests: a fresh database per test, copied from a template.

The server is the one `TELESALES_TEST_POSTGRES` names (a superuser URL, e.g.
postgresql://postgres@127.0.0.1:55432/postgres); `.ci/run` always starts one. Without it, the tests that need a
server skip, saying why.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

VARIABLE = "TELESALES_TEST_POSTGRES"
_names = itertools.count()


def admin_url() -> URL:
    given = os.environ.get(VARIABLE, "")
    if not given:
        pytest.skip(f"no PostgreSQL server given ({VARIABLE} is not set)")
    return make_url(given).set(drivername="postgresql+psycopg")


def as_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def run_admin(*statements: str) -> None:
    engine = create_engine(as_text(admin_url()), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def fresh_name(purpose: str) -> str:
    return f"telesales_{purpose}_{os.getpid()}_{next(_names)}"


@contextmanager
def database(template: str | None = None, purpose: str = "test") -> Iterator[str]:
    """A new database (a copy of `template` when given) for the duration; its URL as text."""
    name = fresh_name(purpose)
    run_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield as_text(admin_url().set(database=name))
    finally:
        run_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
