"""The book's search index: keys kept beside customers and contacts, looked up by prefix.

Keys come from telesales.domain.search. A prefix lookup is a range on the primary key (`key >= p AND key < p +
U+10FFFF`), the same B-tree walk as a prefix LIKE on a NOCASE index but without LIKE's escaping and case rules
(keys are stored lower-cased). Writers that change a name, phone or place call `replace_*` in their own
transaction, so the index changes with the row or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, select

from telesales.domain.search import Candidate, Key, KeyField, contact_keys, customer_keys
from telesales.store.engine import insert_many
from telesales.store.models import ContactRow, CustomerRow, SearchKeyRow

TOP = "\U0010ffff"
_TABLE = SearchKeyRow.__table__
_DELETE = delete(_TABLE).where(
    _TABLE.c.key == bindparam("k"), _TABLE.c.customer_id == bindparam("c"),
    _TABLE.c.contact_id == bindparam("p"), _TABLE.c.field == bindparam("f"))


KeyRow = tuple[str, int, int, int]  # key, customer id, contact id (0: the customer), field


def _rows(keys: Iterable[Key], customer_id: int, contact_id: int) -> list[KeyRow]:
    return [(key, customer_id, contact_id, field) for key, field in keys]


def customer_key_rows(row: Mapping[str, Any]) -> list[KeyRow]:
    keys = customer_keys(row["name"] or "", row.get("phone") or "", row.get("province") or "",
                         row.get("city") or "", row.get("district") or "")
    return _rows(keys, row["id"], 0)


def contact_key_rows(row: Mapping[str, Any]) -> list[KeyRow]:
    return _rows(contact_keys(row["name"] or "", row.get("phone") or ""), row["customer_id"], row["id"])


def replace_keys(connection: Connection, old: Sequence[KeyRow], new: Sequence[KeyRow]) -> None:
    """Swap one owner's old keys for its new ones (either may be empty: a new or a removed owner)."""
    gone = [dict(zip("kcpf", row, strict=True)) for row in set(old) - set(new)]
    if gone:
        connection.execute(_DELETE, gone)
    add_keys(connection, new)


_COLUMNS = "search_keys (key, customer_id, contact_id, field)"


def add_keys(connection: Connection, rows: Sequence[KeyRow], advance: Callable[[int], None] | None = None) -> None:
    """Many keys at once, in key order, straight to the driver, many to a statement (SQLAlchemy's per-row
    parameter processing costs more than SQLite's insert for millions of keys); `advance` hears how many are
    written, every CHUNK keys."""
    if not rows:
        return
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        ordered: Sequence[KeyRow]
        if connection.dialect.name != "sqlite":  # a thousand keys to a statement (Core sent them one by one)
            ordered = sorted(set(rows))
            head, tail, mark, per = f"INSERT INTO {_COLUMNS}", " ON CONFLICT DO NOTHING", "%s", 1000
        else:
            ordered = _in_key_order(rows)
            head, tail, mark, per = f"INSERT OR IGNORE INTO {_COLUMNS}", "", "?", None
        for start in range(0, len(ordered), CHUNK):
            insert_many(cursor, head, 4, ordered[start:start + CHUNK], tail, mark, per)
            if advance is not None:
                advance(min(start + CHUNK, len(ordered)))
    finally:
        cursor.close()


CHUNK = 100_000  # keys written between two reports of progress


def _in_key_order(rows: Sequence[KeyRow]) -> Sequence[KeyRow]:
    """The rows nearly in key order, as SQLite's B-tree takes them fastest: grouped by their keys' first two
    characters, the groups in order, each in the order given."""
    groups: dict[str, list[KeyRow]] = {}
    for row in rows:
        start = row[0][:2]
        group = groups.get(start)
        if group is None:
            groups[start] = [row]
        else:
            group.append(row)
    return list(chain.from_iterable(groups[start] for start in sorted(groups)))


class SearchIndex:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def warm(self) -> int:
        """Read the whole index once (into the OS's and SQLite's caches), so the rep's first keystroke does not
        wait for the disk; returns how many keys the book has."""
        with self._engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(_TABLE)).scalar_one())

    def candidates(self, prefix: str, cap: int) -> list[Candidate]:
        """Keys starting with `prefix`, shortest-and-alphabetical first, at most `cap`."""
        query = (select(_TABLE.c.key, _TABLE.c.customer_id, _TABLE.c.contact_id, _TABLE.c.field)
                 .where(_TABLE.c.key >= prefix, _TABLE.c.key < prefix + TOP)
                 # the key's ties in the primary key's order, on every database
                 .order_by(_TABLE.c.key, _TABLE.c.customer_id, _TABLE.c.contact_id, _TABLE.c.field).limit(cap))
        with self._engine.connect() as connection:
            return [Candidate(row.key, row.customer_id, row.contact_id, KeyField(row.field))
                    for row in connection.execute(query)]


def _all_keys(connection: Connection) -> Iterator[KeyRow]:
    columns = (CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.province, CustomerRow.city,
               CustomerRow.district)
    for row in connection.execute(select(*columns)).mappings():
        yield from customer_key_rows(row)
    for row in connection.execute(select(ContactRow.id, ContactRow.customer_id, ContactRow.name,
                                         ContactRow.phone)).mappings():
        yield from contact_key_rows(row)


def rebuild(engine: Engine | Connection) -> int:
    """Recompute every key (an upgraded book, after bulk work); returns how many keys the book has."""
    if isinstance(engine, Engine):
        with engine.begin() as connection:
            return rebuild(connection)
    engine.execute(delete(_TABLE))
    rows = list(_all_keys(engine))
    add_keys(engine, rows)  # in key order: appends to the B-tree
    return len(rows)


def ensure(engine: Engine) -> bool:
    """Fill the index of a book that has customers but no keys (a book upgraded to this schema)."""
    with engine.connect() as connection:
        has_customers = connection.execute(select(func.count()).select_from(
            select(CustomerRow.id).limit(1).subquery())).scalar_one()
        has_keys = connection.execute(select(func.count()).select_from(
            select(_TABLE.c.key).limit(1).subquery())).scalar_one()
    if has_customers and not has_keys:
        rebuild(engine)
        return True
    return False


def remove_customer_keys(connection: Connection, customer_ids: Sequence[int]) -> None:
    """Forget every key of these customers and their contacts (a merge replacing a customer)."""
    for customer_id in customer_ids:
        row = connection.execute(select(CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.province,
                                        CustomerRow.city, CustomerRow.district)
                                 .where(CustomerRow.id == customer_id)).mappings().first()
        if row is not None:
            replace_keys(connection, customer_key_rows(row), [])
        for contact in connection.execute(select(ContactRow.id, ContactRow.customer_id, ContactRow.name,
                                                 ContactRow.phone).where(ContactRow.customer_id == customer_id)
                                          ).mappings():
            replace_keys(connection, contact_key_rows(contact), [])


__all__ = ["SearchIndex", "add_keys", "contact_key_rows", "customer_key_rows", "ensure", "rebuild",
           "remove_customer_keys", "replace_keys"]


def describe(engine: Engine, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], dict[str, Any]]:
    """What the rep sees of each (customer, contact) hit; owners that no longer exist are left out."""
    customers = sorted({customer for customer, _ in pairs})
    contacts = sorted({contact for _, contact in pairs if contact})
    by_customer: dict[int, Any] = {}
    by_contact: dict[int, Any] = {}
    with engine.connect() as connection:
        for start in range(0, len(customers), 900):
            for row in connection.execute(select(
                    CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.city, CustomerRow.district,
                    CustomerRow.tier, CustomerRow.tier_pin).where(CustomerRow.id.in_(customers[start:start + 900]))):
                by_customer[row.id] = row
        for start in range(0, len(contacts), 900):
            for row in connection.execute(select(ContactRow.id, ContactRow.customer_id, ContactRow.name,
                                                 ContactRow.phone).where(ContactRow.id.in_(contacts[start:start + 900]))):
                by_contact[row.id] = row
    out: dict[tuple[int, int], dict[str, Any]] = {}
    for customer_id, contact_id in pairs:
        customer = by_customer.get(customer_id)
        contact = by_contact.get(contact_id) if contact_id else None
        if customer is None or (contact_id and (contact is None or contact.customer_id != customer_id)):
            continue
        out[(customer_id, contact_id)] = {
            "customer_name": customer.name, "city": customer.city, "district": customer.district,
            "tier": customer.tier_pin or customer.tier, "pinned": customer.tier_pin is not None,
            "contact_name": contact.name if contact else "", "phone": contact.phone if contact else customer.phone,
        }
    return out


class SearchReader(SearchIndex):
    """The index with the lines its hits are shown by (what the finding service needs)."""

    def describe(self, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], dict[str, Any]]:
        return describe(self._engine, pairs)
