"""Writing an import in one transaction: customers, contacts with their roles, orders and search keys — all of it
lands, or none (any error rolls everything back). Core executemany, never the ORM's unit of work."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from telesales.store.engine import insert_rows
from telesales.store.models import ContactRoleRow, ContactRow, CustomerRow, OrderRow
from telesales.store.search_index import add_keys, contact_key_rows, customer_key_rows, replace_keys

CUSTOMER_TEXT = ("industry", "scale", "phone", "email", "wechat", "address", "province", "city", "district",
                 "owner", "payment_terms", "competitors", "preferences", "notes")
_KEY_COLUMNS = (CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.province, CustomerRow.city,
                CustomerRow.district)


def _customer(row: Any, customer_id: int, region: str, now: datetime) -> dict[str, Any]:
    return {
        "id": customer_id, "kind": (row.kind.value if row.kind else "company"), "name": row.name,
        **{name: getattr(row, name) for name in CUSTOMER_TEXT},
        "latitude": None, "longitude": None, "region": row.region or region,
        "tier": row.tier.value if row.tier else "suspect", "tier_pin": row.tier_pin.value if row.tier_pin else None,
        "tier_pin_reason": "", "do_not_call": bool(row.do_not_call), "marked_other": False, "face": None,
        "keeps_christmas": False, "credit_limit_cents": row.credit_limit, "founded_on": row.founded_on,
        "created_at": now,
    }


def _contact(row: Any, contact_id: int, customer_id: int) -> dict[str, Any]:
    birthday = row.contact_birthday
    return {
        "id": contact_id, "customer_id": customer_id, "name": row.contact_name, "title": row.contact_title,
        "phone": row.contact_phone, "email": row.contact_email, "wechat": row.contact_wechat,
        "birthday_calendar": birthday.calendar.value if birthday else None,
        "birthday_month": birthday.month if birthday else None, "birthday_day": birthday.day if birthday else None,
        "birthday_leap": bool(birthday and birthday.leap), "birthday_year": birthday.year if birthday else None,
        "notes": row.contact_notes,
    }


def _order(row: Any, order_id: int, customer_id: int) -> dict[str, Any]:
    return {"id": order_id, "customer_id": customer_id, "ordered_on": row.ordered_on, "amount_cents": row.amount,
            "profit_cents": row.profit or 0, "paid_cents": row.paid or 0, "notes": row.order_notes}


def _insert(connection: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Rows through the driver's executemany, each value bound by the column's own type (dates, UTC moments)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        insert_rows(connection, table.__table__, rows)
        return
    columns = [column for column in table.__table__.columns if column.name in rows[0]]
    names = [column.name for column in columns]
    convert = [(index, process) for index, column in enumerate(columns)
               if (process := column.type.bind_processor(connection.dialect)) is not None]
    pick = itemgetter(*names)
    values: list[Any] = [pick(row) for row in rows]
    if len(names) == 1:
        values = [(value,) for value in values]
    if convert:
        for number, value in enumerate(values):
            cells = list(value)
            for index, process in convert:
                if cells[index] is not None:
                    cells[index] = process(cells[index])
            values[number] = cells
    sql = (f"INSERT INTO {table.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})")
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


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

    def write(self, plan: Any, dry_run: bool = False) -> dict[str, int]:
        """Write the plan (telesales.services.import_book.ImportPlan); returns what was (or would be) added."""
        customers = [item for item in plan.customers if not item.skip]
        counts = {"customers": sum(1 for item in customers if item.existing_id is None),
                  "contacts": sum(len(item.contacts) for item in customers) + len(plan.orphan_contacts),
                  "orders": sum(len(item.orders) for item in customers) + len(plan.orphan_orders)}
        if not dry_run:
            with self._engine.begin() as connection:
                self._write(connection, customers, plan.orphan_contacts, plan.orphan_orders)
        return counts

    def _write(self, connection: Connection, customers: Sequence[Any], orphan_contacts: Sequence[tuple[int, Any]],
               orphan_orders: Sequence[tuple[int, Any]]) -> None:
        now = datetime.now(UTC)
        new_ids = _new_ids(connection, CustomerRow, sum(1 for item in customers if item.existing_id is None))
        contact_ids = _new_ids(connection, ContactRow, sum(len(item.contacts) for item in customers)
                               + len(orphan_contacts))
        order_ids = _new_ids(connection, OrderRow, sum(len(item.orders) for item in customers) + len(orphan_orders))
        new_customers: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        roles: list[dict[str, Any]] = []
        orders: list[dict[str, Any]] = []
        keys: list[tuple[str, int, int, int]] = []
        attached: list[tuple[int, Any]] = list(orphan_contacts)
        ordered: list[tuple[int, Any]] = list(orphan_orders)
        for item in customers:
            if item.existing_id is None:
                owner = next(new_ids)
                row = _customer(item.row, owner, self._region, now)
                new_customers.append(row)
                keys.extend(customer_key_rows(row))
            else:
                owner = item.existing_id
                self._merge(connection, owner, item.row)
            attached.extend((owner, contact) for contact in item.contacts)
            ordered.extend((owner, order) for order in item.orders)
        for owner, row in attached:
            contact_id = next(contact_ids)
            contact = _contact(row, contact_id, owner)
            contacts.append(contact)
            keys.extend(contact_key_rows(contact))
            roles.extend({"contact_id": contact_id, "role": role.value} for role in sorted(row.contact_roles or ()))
        for owner, row in ordered:
            orders.append(_order(row, next(order_ids), owner))
        for table, rows in ((CustomerRow, new_customers), (ContactRow, contacts), (ContactRoleRow, roles),
                            (OrderRow, orders)):
            _insert(connection, table, rows)
        add_keys(connection, keys)

    def _merge(self, connection: Connection, customer_id: int, row: Any) -> None:
        """Fill the existing customer's empty fields from the file (what the book knows is never overwritten)."""
        current = connection.execute(select(CustomerRow).where(CustomerRow.id == customer_id)).mappings().one()
        changes = {name: getattr(row, name) for name in CUSTOMER_TEXT if getattr(row, name) and not current[name]}
        if row.credit_limit is not None and current["credit_limit_cents"] is None:
            changes["credit_limit_cents"] = row.credit_limit
        if row.founded_on is not None and current["founded_on"] is None:
            changes["founded_on"] = row.founded_on
        if not changes:
            return
        old_keys = customer_key_rows(current)
        connection.execute(update(CustomerRow).where(CustomerRow.id == customer_id).values(**changes))
        new = connection.execute(select(*_KEY_COLUMNS).where(CustomerRow.id == customer_id)).mappings().one()
        replace_keys(connection, old_keys, customer_key_rows(new))
