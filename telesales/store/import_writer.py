"""Writing an import in one transaction: customers, contacts with their roles, orders, search keys and the
customers' history (calls, visits, dates, custom values, tier changes: telesales.store.import_records) — all of
it lands, or none (any error rolls everything back). Straight to the driver, never the ORM's unit of work."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from telesales.domain.import_progress import INDEX, KEYS, WRITE, Progress, every
from telesales.domain.readings import normalise
from telesales.domain.search import contact_key_list, customer_key_list
from telesales.domain.tags import from_stored, retagged, stored
from telesales.store.engine import _Memo, insert_many, split_nulls
from telesales.store.import_records import SKIPPED_KINDS, Contacts, count_records, held, write_records
from telesales.store.models import ContactRoleRow, ContactRow, CustomerRow, OrderRow
from telesales.store.search_index import add_keys, customer_key_rows, replace_keys

CUSTOMER_TEXT = ("industry", "scale", "phone", "email", "wechat", "address", "province", "city", "district",
                 "owner", "payment_terms", "competitors", "preferences", "notes")
_KEY_COLUMNS = (CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.province, CustomerRow.city,
                CustomerRow.district)


_TEXT = attrgetter(*CUSTOMER_TEXT)
CUSTOMER_COLUMNS = ("id", "kind", "name", *CUSTOMER_TEXT, "latitude", "longitude", "region", "tier", "tier_pin",
                    "tier_pin_reason", "do_not_call", "marked_other", "face", "keeps_christmas", "credit_limit_cents",
                    "founded_on", "tags", "created_at")


def _customer(row: Any, customer_id: int, region: str, now: datetime) -> tuple[Any, ...]:
    """A new customer's values in CUSTOMER_COLUMNS' order."""
    return (customer_id, row.kind.value if row.kind else "company", row.name, *_TEXT(row), row.latitude,
            row.longitude, row.region or region, row.tier.value if row.tier else "suspect",
            row.tier_pin.value if row.tier_pin else None, row.tier_pin_reason, bool(row.do_not_call),
            bool(row.marked_other), row.face.value if row.face else None, bool(row.keeps_christmas),
            row.credit_limit, row.founded_on, row.tags, row.added_at or now)


CONTACT_COLUMNS = ("id", "customer_id", "name", "title", "phone", "email", "wechat", "birthday_calendar",
                   "birthday_month", "birthday_day", "birthday_leap", "birthday_year", "notes")


def _contact(row: Any, contact_id: int, customer_id: int) -> tuple[Any, ...]:
    birthday = row.contact_birthday
    if birthday is None:
        return (contact_id, customer_id, row.contact_name, row.contact_title, row.contact_phone, row.contact_email,
                row.contact_wechat, None, None, None, False, None, row.contact_notes)
    return (contact_id, customer_id, row.contact_name, row.contact_title, row.contact_phone, row.contact_email,
            row.contact_wechat, birthday.calendar.value, birthday.month, birthday.day, bool(birthday.leap),
            birthday.year, row.contact_notes)


ORDER_COLUMNS = ("id", "customer_id", "ordered_on", "amount_cents", "profit_cents", "paid_cents", "notes")
ROLE_COLUMNS = ("contact_id", "role")


def _order(row: Any, order_id: int, customer_id: int) -> tuple[Any, ...]:
    return (order_id, customer_id, row.ordered_on, row.amount, row.profit or 0, row.paid or 0, row.order_notes)


def _insert(connection: Connection, table: Any, names: Sequence[str], rows: list[tuple[Any, ...]],
            advance: Callable[[int], None] | None = None) -> None:
    """Rows (values in the order of `names`) straight to the driver, each value bound by its column's type
    (dates, UTC moments) and each distinct value converted once (the new customers share their created_at,
    flags and most dates); in a book file, rows grouped by their empty (None) values, which are written as NULL
    in the statement (split_nulls); many rows to a statement on a server (Core sent a statement per row there).
    `advance` hears of every CHUNK rows written."""
    if not rows:
        return
    dialect = connection.dialect
    columns = table.__table__.columns
    convert = [(index, _Memo(process)) for index, name in enumerate(names)
               if (process := columns[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    head = f"INSERT INTO {table.__tablename__} ({', '.join(names)})"
    nullable = [index for index, name in enumerate(names) if columns[name].nullable]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with _indexes_after(connection, table.__tablename__, len(rows)):
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start:start + CHUNK]
                values: list[Any] = chunk
                if convert or dialect.name == "sqlite":
                    values = []
                    for row in chunk:
                        cells = list(row)
                        for index, process in convert:
                            if cells[index] is not None:
                                cells[index] = process(cells[index])
                        values.append(cells)
                if dialect.name == "sqlite":
                    for nulls, group in split_nulls(values, nullable).items():
                        insert_many(cursor, head, len(names), group, nulls=nulls)
                else:
                    insert_many(cursor, head, len(names), values, mark="%s", per=max(1, 30_000 // len(names)))
                if advance is not None:
                    advance(len(chunk))
    finally:
        cursor.close()


CHUNK = 50_000  # rows written between two reports of progress
NOT_YET = -1  # a dry run's new customer: no id yet, nothing in the book
REBUILD_FROM = 10_000  # rows: fewer go into the indexes as they are


@contextmanager
def _indexes_after(connection: Connection, table: str, adding: int) -> Iterator[None]:
    """In a book file, a table's plain indexes dropped while more rows than it had go in, and made again from
    the whole table afterwards (SQLite sorts once instead of inserting each row into every index: 100,000
    customers' names 0.3 s -> 0.1 s), in the import's transaction: a failure or a crash leaves them as they
    were. Unique indexes stay, so every row is still checked as it goes in."""
    if adding < REBUILD_FROM or connection.dialect.name != "sqlite":
        yield
        return
    had = connection.exec_driver_sql(f"SELECT max(rowid) FROM {table}").scalar() or 0  # at least its rows
    plain = [] if adding <= had else connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).all()
    for name, _ in plain:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in plain:
        connection.exec_driver_sql(sql)


def _new_ids(connection: Connection, table: Any, count: int) -> Iterator[int]:
    """`count` ids for new rows of `table`: after the highest in a book file (one writer at a time); from the
    table's sequence on a server, so rows another rep adds meanwhile never take the same ids."""
    column = table.__table__.c.id
    if connection.dialect.name == "sqlite":
        first = int(connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1
        return iter(range(first, first + count))
    if not count:
        return iter(())
    sequence = func.pg_get_serial_sequence(table.__tablename__, column.name)
    return iter(sorted(connection.execute(
        select(func.nextval(sequence)).select_from(func.generate_series(1, count))).scalars()))


class ImportWriter:
    def __init__(self, engine: Engine, region: str = "CN") -> None:
        self._engine = engine
        self._region = region

    def identities(self) -> list[tuple[int, str, str, str]]:
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(  # type: ignore[misc]
                select(CustomerRow.id, CustomerRow.name, CustomerRow.city, CustomerRow.phone).order_by(CustomerRow.id))]

    def write(self, plan: Any, dry_run: bool = False,
              progress: Progress | None = None) -> tuple[dict[str, int], dict[str, int]]:
        """Write the plan (telesales.services.import_book.ImportPlan); returns what was (or would be) added, and
        what was left out because the customer already has it in the book (a merged customer's contact, order,
        call… with the same identifying fields: import_records.held), by kind. `progress` hears of the WRITE,
        HISTORY, KEYS and INDEX phases (telesales.domain.import_progress)."""
        customers = [item for item in plan.customers if not item.skip]
        report = progress or _quiet
        skipped = dict.fromkeys(SKIPPED_KINDS, 0)
        if dry_run:
            with self._engine.connect() as connection:  # read only: what the book already has
                return self._count(connection, customers, plan, skipped), skipped
        with self._engine.begin() as connection:
            counts = self._write(connection, customers, plan, skipped, report)
        return counts, skipped

    def _count(self, connection: Connection, customers: Sequence[Any], plan: Any,
               skipped: dict[str, int]) -> dict[str, int]:
        """What writing the plan would add, without writing."""
        named = Contacts(connection)
        contacts = [(item.existing_id, row) for item in customers if item.existing_id is not None
                    for row in item.contacts] + list(plan.orphan_contacts)
        orders = [(item.existing_id, row) for item in customers if item.existing_id is not None
                  for row in item.orders] + list(plan.orphan_orders)
        kept_contacts = _new_contacts(connection, contacts, named, skipped)
        kept_orders = _new_orders(connection, orders, skipped)
        counts = {"customers": sum(1 for item in customers if item.existing_id is None),
                  "contacts": sum(len(item.contacts) for item in customers if item.existing_id is None)
                  + len(kept_contacts),
                  "orders": sum(len(item.orders) for item in customers if item.existing_id is None)
                  + len(kept_orders)}
        owners = {id(item): item.existing_id if item.existing_id is not None else NOT_YET for item in customers}
        counts.update(count_records(connection, _owned(plan.records, owners), plan.custom_fields, named, skipped,
                                    {NOT_YET}))
        return counts

    def _write(self, connection: Connection, customers: Sequence[Any], plan: Any, skipped: dict[str, int],
               report: Progress) -> dict[str, int]:
        now = datetime.now(UTC)
        named = Contacts(connection)
        region = self._region
        new_customers: list[tuple[Any, ...]] = []
        found_by: list[tuple[int, int, Any]] = []  # (customer id, contact id or 0, row): whose keys to write
        attached: list[tuple[int, Any]] = []  # contacts of new customers
        ordered: list[tuple[int, Any]] = []
        merged_contacts: list[tuple[int, Any]] = list(plan.orphan_contacts)  # contacts of customers in the book
        merged_orders: list[tuple[int, Any]] = list(plan.orphan_orders)
        owners: dict[int, int] = {}  # a customer of the files (its id()) → its id in the book
        total = (len(customers) + sum(len(item.contacts) + len(item.orders) for item in customers)
                 + len(plan.orphan_contacts) + len(plan.orphan_orders))
        step = every(total)
        report(WRITE, 0, total)
        new_ids = _new_ids(connection, CustomerRow, sum(1 for item in customers if item.existing_id is None))
        for done, item in enumerate(customers, start=1):
            if done % step == 0:
                report(WRITE, done, total)
            row = item.row
            if item.existing_id is None:
                owner = next(new_ids)
                named.new_customer(owner)
                new_customers.append(_customer(row, owner, region, now))
                found_by.append((owner, 0, row))
                if item.contacts:
                    attached += [(owner, contact) for contact in item.contacts]
                if item.orders:
                    ordered += [(owner, order) for order in item.orders]
            else:
                owner = item.existing_id
                self._merge(connection, owner, row)
                merged_contacts += [(owner, contact) for contact in item.contacts]
                merged_orders += [(owner, order) for order in item.orders]
            owners[id(item)] = owner
        _insert(connection, CustomerRow, CUSTOMER_COLUMNS, new_customers)
        done = len(customers)
        report(WRITE, done, total)
        attached += _new_contacts(connection, merged_contacts, named, skipped)
        contact_ids = _new_ids(connection, ContactRow, len(attached))
        contacts: list[tuple[Any, ...]] = []
        roles: list[tuple[Any, ...]] = []
        for owner, row in attached:
            contact_id = next(contact_ids)
            contacts.append(_contact(row, contact_id, owner))
            named.added(owner, row.contact_name, contact_id, row.contact_ref)
            found_by.append((owner, contact_id, row))
            if row.contact_roles:
                roles += [(contact_id, role.value) for role in sorted(row.contact_roles)]
        _insert(connection, ContactRow, CONTACT_COLUMNS, contacts)
        _insert(connection, ContactRoleRow, ROLE_COLUMNS, roles)
        done += len(merged_contacts) + sum(len(item.contacts) for item in customers if item.existing_id is None)
        report(WRITE, done, total)
        ordered += _new_orders(connection, merged_orders, skipped)
        order_ids = _new_ids(connection, OrderRow, len(ordered))
        _insert(connection, OrderRow, ORDER_COLUMNS, [_order(row, next(order_ids), owner) for owner, row in ordered])
        report(WRITE, total, total)
        counts = {"customers": len(new_customers), "contacts": len(contacts), "orders": len(ordered)}
        created = {customer_id for customer_id, *_ in new_customers}
        counts.update(write_records(connection, _owned(plan.records, owners), plan.custom_fields, named, _insert,
                                    _new_ids, skipped, created, report))
        keys = _keys(found_by, report)
        report(INDEX, 0, len(keys))
        add_keys(connection, keys, lambda done: report(INDEX, done, len(keys)))
        return counts

    def _merge(self, connection: Connection, customer_id: int, row: Any) -> None:
        """Fill the existing customer's empty fields from the file (what the book knows is never overwritten)."""
        current = connection.execute(select(CustomerRow).where(CustomerRow.id == customer_id)).mappings().one()
        changes = {name: getattr(row, name) for name in CUSTOMER_TEXT if getattr(row, name) and not current[name]}
        if row.credit_limit is not None and current["credit_limit_cents"] is None:
            changes["credit_limit_cents"] = row.credit_limit
        if row.founded_on is not None and current["founded_on"] is None:
            changes["founded_on"] = row.founded_on
        for name in ("latitude", "longitude"):
            if getattr(row, name) is not None and current[name] is None:
                changes[name] = getattr(row, name)
        if row.face is not None and current["face"] is None:
            changes["face"] = row.face.value
        tags = stored(retagged(from_stored(current["tags"]), add=from_stored(row.tags)))  # the file's tags join the book's
        if tags != current["tags"]:
            changes["tags"] = tags
        if not changes:
            return
        old_keys = customer_key_rows(current)
        connection.execute(update(CustomerRow).where(CustomerRow.id == customer_id).values(**changes))
        new = connection.execute(select(*_KEY_COLUMNS).where(CustomerRow.id == customer_id)).mappings().one()
        replace_keys(connection, old_keys, customer_key_rows(new))


def _keys(found_by: Sequence[tuple[int, int, Any]], report: Progress) -> list[tuple[str, int, int, int]]:
    """The search keys of new customers (contact id 0) and contacts: (key, customer id, contact id, field)."""
    keys: list[tuple[str, int, int, int]] = []
    total = len(found_by)
    step = every(total)
    report(KEYS, 0, total)
    for done, (owner, contact_id, row) in enumerate(found_by, start=1):
        if done % step == 0:
            report(KEYS, done, total)
        if contact_id:
            keys += [(key, owner, contact_id, field)
                     for key, field in contact_key_list(row.contact_name or "", row.contact_phone or "")]
        else:
            keys += [(key, owner, 0, field) for key, field in customer_key_list(
                row.name or "", row.phone or "", row.city or "", row.district or "")]
    report(KEYS, total, total)
    return keys


def _new_contacts(connection: Connection, contacts: Sequence[tuple[int, Any]], named: Contacts,
                  skipped: dict[str, int]) -> list[tuple[int, Any]]:
    """Contacts for customers in the book, without those the customer already has (the same name and phone):
    lines that name such a contact find the one in the book."""
    if not contacts:
        return []
    have = {(customer_id, normalise(name), phone): contact_id for customer_id, contact_id, name, phone in held(
        connection, ContactRow, ("id", "name", "phone"), {owner for owner, _ in contacts})}
    kept = []
    for owner, row in contacts:
        contact_id = have.get((owner, normalise(row.contact_name or ""), row.contact_phone or ""))
        if contact_id is None:
            kept.append((owner, row))
        else:
            skipped["contacts"] += 1
            named.added(owner, row.contact_name, contact_id, row.contact_ref)
    return kept


def _new_orders(connection: Connection, orders: Sequence[tuple[int, Any]],
                skipped: dict[str, int]) -> list[tuple[int, Any]]:
    """Orders for customers in the book, without those the customer already has (the same day and amount)."""
    if not orders:
        return []
    have = set(held(connection, OrderRow, ("ordered_on", "amount_cents"), {owner for owner, _ in orders}))
    kept = [(owner, row) for owner, row in orders if (owner, row.ordered_on, row.amount) not in have]
    skipped["orders"] += len(orders) - len(kept)
    return kept


def _quiet(phase: str, done: int, total: int) -> None:
    """No one to tell how far the import has gone."""


def _owned(records: dict[str, list[tuple[Any, Any]]], owners: dict[int, int]) -> dict[str, list[tuple[int, Any]]]:
    """Each record with its customer's id in the book; records of a skipped duplicate are left out."""
    out: dict[str, list[tuple[int, Any]]] = {}
    for kind, rows in records.items():
        out[kind] = [(owner if isinstance(owner, int) else owners[id(owner)], row) for owner, row in rows
                     if isinstance(owner, int) or id(owner) in owners]
    return out
