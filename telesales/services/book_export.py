"""Use case: the whole book as sheets of text that the import reads back — customers, contacts, orders, and their
history: calls, visits, important dates, custom fields, tier changes — and contacts as vCards. Cells that a
spreadsheet would run as a formula (= + - @) are escaped when written. Moments are written in the rep's time zone
with their offset.

Left out: what the book works out again (each customer's call state is rebuilt from the calls; tiers' stages,
churn marks and next special days are recomputed), order lines and products, reminders, settings, the day's
closing steps, and the ids (customers, calls and the rest are numbered in the file and linked by those numbers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from typing import Any, Protocol

from telesales.domain.importing import SHEET_NAMES, Sheet, export_header, format_annual, format_moment
from telesales.domain.model import AnnualDate, CalendarKind, Contact

CUSTOMER_FIELDS = ("customer_ref", "name", "kind", "industry", "scale", "phone", "email", "wechat", "address",
                   "province", "city", "district", "region", "owner", "credit_limit", "payment_terms",
                   "competitors", "preferences", "notes", "founded_on", "tier", "tier_pin", "do_not_call",
                   "tier_pin_reason", "marked_other", "face", "keeps_christmas", "latitude", "longitude", "tags",
                   "added_at")
CONTACT_FIELDS = ("customer_ref", "name", "contact_name", "contact_title", "contact_phone", "contact_email",
                  "contact_wechat", "contact_roles", "contact_birthday", "contact_notes", "contact_ref")
ORDER_FIELDS = ("customer_ref", "name", "ordered_on", "amount", "profit", "paid", "order_notes")
CALL_FIELDS = ("customer_ref", "name", "call_ref", "contact_name", "contact_ref", "called_at", "outcome", "call_back_at", "need",
               "expected_value", "attitude", "intent", "visit_possible", "visit_when", "materials_requested",
               "next_step", "next_step_on", "call_notes", "complaint", "unmet_request")
VISIT_FIELDS = ("customer_ref", "name", "contact_name", "contact_ref", "planned_on", "starts_at", "fixed_time", "duration",
                "visit_status", "purpose", "visit_notes", "from_call", "sequence")
DATE_FIELDS = ("customer_ref", "name", "contact_name", "contact_ref", "date_kind", "annual_date", "date_label")
CUSTOM_FIELDS = ("customer_ref", "name", "custom_field", "custom_kind", "custom_choices", "custom_value")
TIER_FIELDS = ("customer_ref", "name", "changed_on", "from_tier", "to_tier", "change_reason", "change_note")


class BookReaderPort(Protocol):
    """The book read for export: customers and contacts whole, the rest as it is read (in id order)."""

    def customers(self) -> list[dict[str, Any]]: ...

    def contacts(self) -> list[Contact]: ...

    def orders(self) -> Iterable[dict[str, Any]]: ...

    def calls(self) -> Iterable[dict[str, Any]]: ...

    def visits(self) -> Iterable[dict[str, Any]]: ...

    def important_dates(self) -> Iterable[dict[str, Any]]: ...

    def tier_changes(self) -> Iterable[dict[str, Any]]: ...

    def custom_fields(self) -> list[dict[str, Any]]: ...

    def custom_values(self) -> Iterable[dict[str, Any]]: ...


class Rows:
    """A sheet's rows, made as they are written (a big book's calls are millions of lines); iterated once.
    `count` says how many went by."""

    def __init__(self, rows: Iterable[list[str]]) -> None:
        self._rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[list[str]]:
        for row in self._rows:
            self.count += 1
            yield row


@dataclass(frozen=True)
class TextSheet:
    name: str
    headers: list[str]
    rows: Iterable[list[str]]  # Rows when made by book_sheets: read once, while written


def money(cents: int | None) -> str:
    if cents is None:
        return ""
    return str((Decimal(cents) / 100).quantize(Decimal("0.01")))


def _text(value: Any, zone: tzinfo = UTC) -> str:
    if value.__class__ is str:  # most cells: millions in a big book's calls
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, datetime):
        return format_moment(value.astimezone(zone))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sheet(kind: str, fields: Sequence[str], rows: Iterable[dict[str, Any]], zone: tzinfo) -> TextSheet:
    return TextSheet(SHEET_NAMES[kind], [export_header(name) for name in fields],
                     Rows([_text(row.get(name), zone) for name in fields] for row in rows))


def book_sheets(reader: BookReaderPort, zone: tzinfo = UTC) -> list[TextSheet]:
    customers = reader.customers()
    names = {row["id"]: row["name"] for row in customers}
    customer_rows = []
    for row in customers:
        values = {**row, "customer_ref": row["id"], "credit_limit": money(row["credit_limit_cents"]),
                  "added_at": row["created_at"]}
        customer_rows.append([_text(values.get(name), zone) for name in CUSTOMER_FIELDS])
    contacts = reader.contacts()
    contact_rows = ([str(contact.customer_id), names.get(contact.customer_id, ""), contact.name, contact.title,
                     contact.phone, contact.email, contact.wechat, ",".join(sorted(role.value for role in contact.roles)),
                     format_annual(contact.birthday) if contact.birthday else "", contact.notes, str(contact.id)]
                    for contact in contacts)
    order_rows = ([str(order["customer_id"]), names.get(order["customer_id"], ""), order["ordered_on"].isoformat(),
                   money(order["amount_cents"]), money(order["profit_cents"]), money(order["paid_cents"]),
                   order["notes"] or ""] for order in reader.orders())
    return [TextSheet("customers", [export_header(name) for name in CUSTOMER_FIELDS], Rows(customer_rows)),
            TextSheet("contacts", [export_header(name) for name in CONTACT_FIELDS], Rows(contact_rows)),
            TextSheet("orders", [export_header(name) for name in ORDER_FIELDS], Rows(order_rows)),
            *history_sheets(reader, names, {contact.id: contact.name for contact in contacts}, zone)]


def history_sheets(reader: BookReaderPort, names: dict[int, str], contacts: dict[int, str],
                   zone: tzinfo) -> list[TextSheet]:
    """Calls, visits, important dates, custom fields and tier changes, each line naming its customer by number
    and name, its contact by name and a visit's call by the call's number; read as they are written."""

    def owned(row: dict[str, Any], **more: Any) -> dict[str, Any]:
        return {**row, "customer_ref": row["customer_id"], "name": names.get(row["customer_id"], ""),
                "contact_name": contacts.get(row.get("contact_id") or 0), "contact_ref": row.get("contact_id"),
                **more}

    calls = (owned(row, call_ref=row["id"], expected_value=money(row["expected_value_cents"]),
                   call_notes=row["notes"]) for row in reader.calls())
    visits = (owned(row, duration=row["duration_minutes"], visit_status=row["status"],
                    visit_notes=row["outcome_notes"], from_call=row["from_call_id"]) for row in reader.visits())
    dates = (owned(row, date_kind=row["kind"], date_label=row["label"], annual_date=format_annual(AnnualDate(
        CalendarKind(row["calendar"]), row["month"], row["day"], bool(row["leap"]), row["year"])))
        for row in reader.important_dates())
    fields = {row["id"]: row for row in reader.custom_fields()}

    def custom() -> Iterator[dict[str, Any]]:
        valued: set[int] = set()
        for row in reader.custom_values():
            valued.add(row["field_id"])
            field = fields[row["field_id"]]
            yield owned(row, custom_field=field["name"], custom_kind=field["kind"], custom_choices=field["choices"],
                        custom_value=row["value"])
        yield from ({"custom_field": field["name"], "custom_kind": field["kind"], "custom_choices": field["choices"]}
                    for field_id, field in fields.items() if field_id not in valued)  # a field nobody filled in

    tiers = (owned(row, change_reason=row["reason"], change_note=row["note"]) for row in reader.tier_changes())
    return [_sheet(Sheet.CALLS, CALL_FIELDS, calls, zone), _sheet(Sheet.VISITS, VISIT_FIELDS, visits, zone),
            _sheet(Sheet.DATES, DATE_FIELDS, dates, zone), _sheet(Sheet.CUSTOM, CUSTOM_FIELDS, custom(), zone),
            _sheet(Sheet.TIERS, TIER_FIELDS, tiers, zone)]


def contact_cards(reader: BookReaderPort) -> list[tuple[Contact, str]]:
    names = {row["id"]: row["name"] for row in reader.customers()}
    return [(contact, names.get(contact.customer_id, "")) for contact in reader.contacts()]


__all__: Sequence[str] = ("Rows", "TextSheet", "book_sheets", "contact_cards", "money")
