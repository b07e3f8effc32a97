"""Use case: the whole book as sheets of text (customers, contacts, orders) that the import reads back, and
contacts as vCards. Cells that a spreadsheet would run as a formula (= + - @) are escaped when written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from telesales.domain.importing import export_header, format_annual
from telesales.domain.model import Contact

CUSTOMER_FIELDS = ("customer_ref", "name", "kind", "industry", "scale", "phone", "email", "wechat", "address",
                   "province", "city", "district", "region", "owner", "credit_limit", "payment_terms",
                   "competitors", "preferences", "notes", "founded_on", "tier", "tier_pin", "do_not_call")
CONTACT_FIELDS = ("customer_ref", "name", "contact_name", "contact_title", "contact_phone", "contact_email",
                  "contact_wechat", "contact_roles", "contact_birthday", "contact_notes")
ORDER_FIELDS = ("customer_ref", "name", "ordered_on", "amount", "profit", "paid", "order_notes")


class BookReaderPort(Protocol):
    def customers(self) -> list[dict[str, Any]]: ...

    def contacts(self) -> list[Contact]: ...

    def orders(self) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class TextSheet:
    name: str
    headers: list[str]
    rows: list[list[str]]


def money(cents: int | None) -> str:
    if cents is None:
        return ""
    return str((Decimal(cents) / 100).quantize(Decimal("0.01")))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def book_sheets(reader: BookReaderPort) -> list[TextSheet]:
    customers = reader.customers()
    names = {row["id"]: row["name"] for row in customers}
    customer_rows = []
    for row in customers:
        values = {**row, "customer_ref": row["id"], "credit_limit": money(row["credit_limit_cents"])}
        customer_rows.append([_text(values.get(name)) for name in CUSTOMER_FIELDS])
    contact_rows = []
    for contact in reader.contacts():
        contact_rows.append([str(contact.customer_id), names.get(contact.customer_id, ""), contact.name,
                             contact.title, contact.phone, contact.email, contact.wechat,
                             ",".join(sorted(role.value for role in contact.roles)),
                             format_annual(contact.birthday) if contact.birthday else "", contact.notes])
    order_rows = []
    for order in reader.orders():
        order_rows.append([str(order["customer_id"]), names.get(order["customer_id"], ""),
                           order["ordered_on"].isoformat(), money(order["amount_cents"]),
                           money(order["profit_cents"]), money(order["paid_cents"]), order["notes"] or ""])
    return [TextSheet("customers", [export_header(name) for name in CUSTOMER_FIELDS], customer_rows),
            TextSheet("contacts", [export_header(name) for name in CONTACT_FIELDS], contact_rows),
            TextSheet("orders", [export_header(name) for name in ORDER_FIELDS], order_rows)]


def contact_cards(reader: BookReaderPort) -> list[tuple[Contact, str]]:
    names = {row["id"]: row["name"] for row in reader.customers()}
    return [(contact, names.get(contact.customer_id, "")) for contact in reader.contacts()]


__all__: Sequence[str] = ("TextSheet", "book_sheets", "contact_cards", "money")
