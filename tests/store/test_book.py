"""Opening books: create, refuse what is not a usable book without touching it, upgrade with a backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from telesales.domain.errors import BookError, BookProblem
from telesales.store.book import MIGRATIONS, create_book, head_revision, inspect_book, open_book
from telesales.store.engine import SQLITE_PRAGMAS
from telesales.store.models import Base
from tests.locations import open_location


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_book_is_at_the_newest_revision_and_private(tmp_path: Path) -> None:
    book = create_book(tmp_path / "mine.sqlite")
    assert book.revision == head_revision()
    assert (tmp_path / "mine.sqlite").stat().st_mode & 0o077 == 0
    with book.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    book.close()
    assert "PRAGMA synchronous=FULL" in SQLITE_PRAGMAS


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite"
    target.write_text("mine")
    with pytest.raises(BookError) as caught:
        create_book(target)
    assert caught.value.problem is BookProblem.EXISTS
    assert target.read_text() == "mine"


def test_a_failed_fill_leaves_no_book_behind(tmp_path: Path) -> None:
    def explode(_engine: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        create_book(tmp_path / "new.sqlite", fill=explode)
    assert list(tmp_path.iterdir()) == []


def test_the_models_and_the_migrations_agree(book_location: Path | str) -> None:
    """A model change without its migration fails here, in a book file and in a shared book on a server."""
    book = open_location(book_location)
    with book.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        server = connection.dialect.name == "postgresql"
        flagged = connection.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_calls_flagged'")).scalar_one() if server else None
        keys = connection.execute(text(
            "SELECT collation_name FROM information_schema.columns WHERE table_name = 'search_keys' "
            "AND column_name = 'key'")).scalar_one() if server else None
    book.close()
    assert differences == []
    if server:  # what the comparison does not see: the index partial there too, the keys compared as bytes
        assert flagged is not None and flagged.endswith("WHERE (complaint OR (unmet_request <> ''::text))"), flagged
        assert keys == "C"


def test_revisions_read_from_file_names_match_alembic() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    assert head_revision() == script.get_current_head()
    for revision in script.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_")


@pytest.mark.parametrize("content", [b"", b"name,phone\n\xe5\xbc\xa0\xe4\xbc\x9f,138\n", b"%PDF-1.7\n" + bytes(500)])
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    with pytest.raises(BookError) as caught:
        open_book(path)
    assert caught.value.problem is BookProblem.NOT_A_BOOK
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv"]


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(BookError) as caught:
        open_book(path)
    assert caught.value.problem is BookProblem.NOT_A_BOOK
    assert _digest(path) == before


def test_a_damaged_book_is_refused_and_left_alone(book_path: Path) -> None:
    data = bytearray(book_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten
    book_path.write_bytes(bytes(data))
    before = _digest(book_path)
    with pytest.raises(BookError) as caught:
        open_book(book_path)
    assert caught.value.problem is BookProblem.DAMAGED
    assert _digest(book_path) == before


def test_a_book_from_a_newer_version_is_refused_and_left_alone(book_path: Path) -> None:
    connection = sqlite3.connect(book_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(book_path)
    with pytest.raises(BookError) as caught:
        open_book(book_path)
    assert caught.value.problem is BookProblem.NEWER
    assert caught.value.detail == "9999"
    assert _digest(book_path) == before


def test_a_missing_book_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BookError) as caught:
        inspect_book(tmp_path / "nowhere.sqlite")
    assert caught.value.problem is BookProblem.MISSING


def test_open_with_create_makes_a_new_book(tmp_path: Path) -> None:
    book = open_book(tmp_path / "sub" / "fresh.sqlite", create=True)
    assert book.revision == head_revision()
    with book.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM customers")).scalar() == 0
    book.close()


FIXTURES = Path(__file__).with_name("fixtures")


def test_an_older_book_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A 30-customer book made at revision 0001 opens at head, with a backup of the old file in `backups` beside it."""
    old = tmp_path / "book.sqlite"
    old.write_bytes((FIXTURES / "book_r0001.sqlite").read_bytes())
    before = _dump(old)
    book = open_book(old)
    assert (book.upgraded_from, book.revision) == ("0001", head_revision())
    assert book.backup is not None and book.backup.parent == tmp_path / "backups" and ".r0001." in book.backup.name
    assert _dump(book.backup) == before  # the backup holds the book exactly as it was
    with book.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM customers")).scalar() == 30
        assert connection.execute(text("SELECT count(*) FROM calls")).scalar() == 668
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    book.close()
    again = open_book(old)  # now current: no second backup
    assert again.upgraded_from is None and again.backup is None
    again.close()
    assert len(list((tmp_path / "backups").glob("*.pre-upgrade.sqlite"))) == 1
