"""Engines for a book: the one place that knows SQLite's pragmas.

Durability: WAL with `synchronous=FULL`, so a committed call survives a crash of the app and a power cut
(measured in bench/bench_book.py). Foreign keys are enforced; writers wait for each other instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Select, Table, bindparam, create_engine, event, insert

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA cache_size=-65536",  # 64 MB: the default 2 MB slows bulk work into indexed tables
)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


def create_book_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the book's connection settings applied to every new connection."""
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _apply_sqlite_pragmas)
    return engine


def _apply_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def sqlite_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live book with SQLite's online backup (a plain file copy could miss the WAL)."""
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


SQLITE_HEADER = b"SQLite format 3\x00"


def read_sqlite_revision(path: Path) -> tuple[bool, str | None]:
    """(is the file a telesales book, its schema revision), read without changing the file.

    Raises sqlite3.DatabaseError for a damaged file.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "customers" not in tables:
            return False, None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return True, (row[0] if row else None)
    finally:
        connection.close()


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert many rows that all have the same columns, in the caller's transaction.

    On SQLite the driver's executemany is called directly and each column's conversion (a date to text, an aware
    moment to naive UTC) runs once per distinct value: planned reminders repeat a few dates over a hundred
    thousand rows, and Core's per-row conversion was slower than the writing itself. Elsewhere: Core.
    """
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0].keys())
    if dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    compiled = insert(table).values({name: bindparam(name) for name in names}).compile(dialect=dialect)
    order = list(compiled.positiontup or ())
    converting = []
    for index, name in enumerate(order):
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            converting.append((index, _Memo(processor)))
    pick = itemgetter(*order)
    values: list[Any] = []
    for row in rows:
        picked = pick(row)
        if converting:
            changed = list(picked)
            for index, convert in converting:
                changed[index] = convert(changed[index])
            picked = tuple(changed)
        values.append(picked)
    connection.exec_driver_sql(str(compiled), values)


SQLITE_MAX_PARAMETERS = 999  # what the oldest SQLite still in use allows in one statement
SQLITE_WIDE_ROW = 16


def insert_many(cursor: Any, head: str, width: int, rows: Sequence[Sequence[Any]], tail: str = "",
                mark: str = "?", per: int | None = None, nulls: Sequence[int] = ()) -> None:
    """`head` ("INSERT INTO t (a, b)") for many rows of `width` values each, in the order given, several rows per
    statement: one statement per row through executemany cost twice as much (1.4 s for a big import's 800,000
    search keys, most of it running the statement rather than writing the row). Wide rows (a customer's 46
    columns) went no faster so, and keep one statement per row unless `per` (rows to a statement) is given.
    `tail` follows the values (ON CONFLICT…); `mark` and `per` suit another driver (psycopg: "%s", and many
    more parameters to a statement, each of which is a round trip to the server). `nulls`: positions among the
    `width` columns written as NULL in the statement itself, the rows carrying only the other values
    (split_nulls)."""
    one = f"({', '.join(['NULL' if index in nulls else mark for index in range(width)])})"
    width = max(1, width - len(nulls))  # values bound per row
    if per is None and width > SQLITE_WIDE_ROW:
        cursor.executemany(f"{head} VALUES {one}{tail}", rows)
        return
    per = per or max(1, SQLITE_MAX_PARAMETERS // width)
    whole = len(rows) - len(rows) % per
    if whole:
        cursor.executemany(f"{head} VALUES {', '.join([one] * per)}{tail}",  # tuples: the driver binds them faster
                           (tuple(chain.from_iterable(rows[start:start + per])) for start in range(0, whole, per)))
    if whole < len(rows):
        cursor.execute(f"{head} VALUES {', '.join([one] * (len(rows) - whole))}{tail}",
                       tuple(chain.from_iterable(rows[whole:])))


def split_nulls(rows: Iterable[list[Any]], nullable: Sequence[int]) -> dict[tuple[int, ...], list[list[Any]]]:
    """Rows grouped by which of the `nullable` positions hold None, each row without those values (its list is
    changed), for insert_many's `nulls`: the sqlite3 module binds None through its adaptation protocol (a key
    built, a dictionary and two attributes looked up), eight times the cost of binding a number, and a big
    import's customers and calls are a quarter None (0.3 s of 100,000 customers)."""
    groups: dict[tuple[int, ...], list[list[Any]]] = {}
    for row in rows:
        nulls = tuple([index for index in nullable if row[index] is None])
        for index in reversed(nulls):
            del row[index]
        group = groups.get(nulls)
        if group is None:
            groups[nulls] = [row]
        else:
            group.append(row)
    return groups


class _Memo:
    def __init__(self, processor: Callable[[Any], Any]) -> None:
        self._processor = processor
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        try:
            return self._seen[value]
        except KeyError:
            made = self._seen[value] = self._processor(value)
            return made
        except TypeError:  # not hashable
            return self._processor(value)


def fetch_all(connection: Connection, query: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Every row of `query` as plain tuples, typed as Core would give them.

    On SQLite the driver's rows are taken as they are and each column's conversion (text to a date, 0/1 to a
    bool) runs once per distinct value: a hundred thousand rows repeat a few thousand dates, and Core's
    per-row processing cost as much as the reading itself. Elsewhere: Core.
    """
    dialect = connection.dialect
    result = connection.execute(query)
    if dialect.name != "sqlite":
        return [tuple(row) for row in result.all()]
    try:
        converting = []
        for index, column in enumerate(query.selected_columns):
            processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if processor is not None:
                converting.append((index, _Memo(processor)))
        rows: list[tuple[Any, ...]] = list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()
    if not converting:
        return rows
    out = []
    for row in rows:
        changed = list(row)
        for index, convert in converting:
            changed[index] = convert(changed[index])
        out.append(tuple(changed))
    return out
