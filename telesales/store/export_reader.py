"""The whole book read for export: customers, contacts with their roles, orders (plain dicts, id order)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, select

from telesales.domain.model import AnnualDate, BuyingRole, CalendarKind, Contact
from telesales.store.models import ContactRoleRow, ContactRow, CustomerRow, OrderRow


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

    def orders(self) -> list[dict[str, Any]]:
        with self._engine.connect() as connection:
            return [dict(row) for row in connection.execute(select(OrderRow.__table__).order_by(OrderRow.id))
                    .mappings()]


def contact_from_row(row: Any, roles: frozenset[BuyingRole]) -> Contact:
    birthday = None
    if row["birthday_calendar"] and row["birthday_month"] and row["birthday_day"]:
        birthday = AnnualDate(CalendarKind(row["birthday_calendar"]), row["birthday_month"], row["birthday_day"],
                              bool(row["birthday_leap"]), row["birthday_year"])
    return Contact(id=row["id"], customer_id=row["customer_id"], name=row["name"], title=row["title"] or "",
                   phone=row["phone"] or "", email=row["email"] or "", wechat=row["wechat"] or "", roles=roles,
                   birthday=birthday, notes=row["notes"] or "")
