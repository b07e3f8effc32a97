"""The whole book read for export: customers, contacts with their roles, orders, and the customers' history (calls,
visits, important dates, custom fields and values, tier changes), as plain dicts in id order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select

from telesales.domain.model import AnnualDate, BuyingRole, CalendarKind, Contact
from telesales.store.models import (
    CallRow,
    ContactRoleRow,
    ContactRow,
    CustomerRow,
    CustomFieldRow,
    CustomValueRow,
    ImportantDateRow,
    OrderRow,
    TierChangeRow,
    VisitRow,
)


class BookReader:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def customers(self) -> list[dict[str, Any]]:
        with self._engine.connect() as connection:
            return [dict(row) for row in connection.execute(select(CustomerRow.__table__).order_by(CustomerRow.id))
                    .mappings()]

    def contacts(self) -> list[Contact]:
        with self._engine.connect() as connection:
            roles: dict[int, set[BuyingRole]] = defaultdict(set)
            for contact_id, role in connection.execute(select(ContactRoleRow.contact_id, ContactRoleRow.role)):
                roles[contact_id].add(BuyingRole(role))
            rows = connection.execute(select(ContactRow.__table__).order_by(ContactRow.id)).mappings().all()
        return [contact_from_row(row, frozenset(roles.get(row["id"], ()))) for row in rows]

    def orders(self) -> Iterator[dict[str, Any]]:
        return self._rows(OrderRow)

    def calls(self) -> Iterator[dict[str, Any]]:
        return self._rows(CallRow)

    def visits(self) -> Iterator[dict[str, Any]]:
        return self._rows(VisitRow)

    def important_dates(self) -> Iterator[dict[str, Any]]:
        return self._rows(ImportantDateRow)

    def tier_changes(self) -> Iterator[dict[str, Any]]:
        return self._rows(TierChangeRow)

    def custom_fields(self) -> list[dict[str, Any]]:
        return list(self._rows(CustomFieldRow))

    def custom_values(self) -> Iterator[dict[str, Any]]:
        """Every custom value, by customer then field."""
        return self._stream(select(CustomValueRow.__table__).order_by(CustomValueRow.customer_id,
                                                                       CustomValueRow.field_id))

    def _rows(self, table: Any) -> Iterator[dict[str, Any]]:
        return self._stream(select(table.__table__).order_by(table.id))

    def _stream(self, query: Any) -> Iterator[dict[str, Any]]:
        """The rows as they are read (a big book's two million calls never all in memory; a server cursor on
        PostgreSQL), while the export writes them."""
        with self._engine.connect() as connection:
            result = connection.execution_options(yield_per=2_000).execute(query).mappings()
            for row in result:
                yield dict(row)


def contact_from_row(row: Any, roles: frozenset[BuyingRole]) -> Contact:
    birthday = None
    if row["birthday_calendar"] and row["birthday_month"] and row["birthday_day"]:
        birthday = AnnualDate(CalendarKind(row["birthday_calendar"]), row["birthday_month"], row["birthday_day"],
                              bool(row["birthday_leap"]), row["birthday_year"])
    return Contact(id=row["id"], customer_id=row["customer_id"], name=row["name"], title=row["title"] or "",
                   phone=row["phone"] or "", email=row["email"] or "", wechat=row["wechat"] or "", roles=roles,
                   birthday=birthday, notes=row["notes"] or "")
