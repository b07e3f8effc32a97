"""Test settings shared by every test: offscreen Qt, private config folders, fresh books copied from templates."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's preferences or book."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TELESALES_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("TELESALES_DATA_DIR", str(home / "data"))


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty book, built once per run."""
    from telesales.store.book import create_book

    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    create_book(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo book (zh_CN, seed 7, 120 customers), built once per run."""
    from telesales.app import create_demo_session
    from telesales.demo.generator import DemoRequest

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    create_demo_session(path, DemoRequest(customers=120, seed=7, locale="zh_CN", today=TODAY)).close()
    return path


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def book_path(empty_template: Path, tmp_path: Path) -> Path:
    """A fresh empty book for this test."""
    return _copy(empty_template, tmp_path / "book.sqlite")


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo book for this test."""
    return _copy(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture(scope="session")
def postgres_demo_template(demo_template: Path) -> Iterator[str]:
    """The demo book moved to a PostgreSQL database once per run (its name); skips without a server."""
    from telesales.app import migrate_book
    from tests.postgres import admin_url, database

    admin_url()
    with database(purpose="demo_template") as url:
        migrate_book(demo_template, url)
        yield url.rsplit("/", 1)[-1]


@pytest.fixture
def postgres_demo_url(postgres_demo_template: str) -> Iterator[str]:
    """A fresh shared copy of the demo book on the server, for this test."""
    from tests.postgres import database

    with database(template=postgres_demo_template) as url:
        yield url


@pytest.fixture
def postgres_empty_url() -> Iterator[str]:
    """A fresh empty database on the server (no book in it yet)."""
    from tests.postgres import admin_url, database

    admin_url()
    with database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_location(request: pytest.FixtureRequest) -> Path | str:
    """The demo book as a file and as a shared book on a server: tests that take it run on both."""
    if request.param == "sqlite":
        return request.getfixturevalue("demo_path")
    return request.getfixturevalue("postgres_demo_url")


@pytest.fixture(scope="session")
def postgres_empty_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One migrated, empty shared book on the server, built once per run (its database name); skips without a
    server."""
    from telesales.store.book import open_server_book
    from tests.postgres import admin_url, database

    admin_url()
    with database(purpose="empty_template") as url:
        open_server_book(url, tmp_path_factory.mktemp("server"), create=True).close()
        yield url.rsplit("/", 1)[-1]


@pytest.fixture
def postgres_book_url(postgres_empty_template: str) -> Iterator[str]:
    """A fresh empty shared book on the server, for this test."""
    from tests.postgres import database

    with database(template=postgres_empty_template) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def book_location(request: pytest.FixtureRequest) -> Path | str:
    """An empty book as a file and as a shared book on a server: tests that take it run on both."""
    if request.param == "sqlite":
        return request.getfixturevalue("book_path")
    return request.getfixturevalue("postgres_book_url")
