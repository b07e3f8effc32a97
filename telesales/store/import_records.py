"""Writing an import's history with its customers: calls, visits, important dates, custom values and tier changes,
in the import's transaction (telesales.store.import_writer). A line names its contact by name and a visit names
the call it came from by the call's number in the file; the customers' call state is rebuilt from their calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from telesales.domain.importing import Sheet
from telesales.domain.readings import normalise
from telesales.store.call_state import rebuild_call_state
from telesales.store.models import (
    CallRow,
    ContactRow,
    CustomFieldRow,
    CustomValueRow,
    ImportantDateRow,
    TierChangeRow,
    VisitRow,
)

CALL_COLUMNS = ("id", "customer_id", "contact_id", "called_at", "outcome", "call_back_at", "need",
                "expected_value_cents", "attitude", "intent", "visit_possible", "visit_when", "materials_requested",
                "next_step", "next_step_on", "notes", "complaint", "unmet_request")
VISIT_COLUMNS = ("id", "customer_id", "contact_id", "planned_on", "starts_at", "fixed_time", "duration_minutes",
                 "status", "purpose", "outcome_notes", "from_call_id", "sequence")
DATE_COLUMNS = ("id", "customer_id", "contact_id", "kind", "label", "calendar", "month", "day", "leap", "year")
TIER_COLUMNS = ("id", "customer_id", "changed_on", "from_tier", "to_tier", "reason", "note")
VALUE_COLUMNS = ("customer_id", "field_id", "value")

Insert = Callable[[Connection, Any, Sequence[str], list[tuple[Any, ...]]], None]
NewIds = Callable[[Connection, Any, int], Iterator[int]]


def _value(member: Any) -> Any:
    return member.value if member is not None else None


class Contacts:
    """A customer's contact by its number in the files (a contact this import adds), else by name: the first of
    that name among those this import adds or the book has."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._known: dict[tuple[int, str], int] = {}
        self._numbered: dict[tuple[int, str], int] = {}
        self._read: set[int] = set()

    def new_customer(self, customer_id: int) -> None:
        """A customer this import adds: its contacts are all `added`, none to read from the book."""
        self._read.add(customer_id)

    def added(self, customer_id: int, name: str, contact_id: int, ref: str | None = None) -> None:
        self._known.setdefault((customer_id, normalise(name)), contact_id)
        if ref:
            self._numbered.setdefault((customer_id, ref), contact_id)

    def find(self, customer_id: int, name: str | None, ref: str | None = None) -> int | None:
        if ref and (customer_id, ref) in self._numbered:
            return self._numbered[customer_id, ref]
        if not name:
            return None
        if customer_id not in self._read:  # a customer already in the book: its contacts, once
            self._read.add(customer_id)
            for contact_id, contact_name in self._connection.execute(
                    select(ContactRow.id, ContactRow.name).where(ContactRow.customer_id == customer_id)
                    .order_by(ContactRow.id)):
                self._known.setdefault((customer_id, normalise(contact_name)), contact_id)
        return self._known.get((customer_id, normalise(name)))


def write_records(connection: Connection, records: dict[str, list[tuple[int, Any]]], custom_fields: dict[str, Any],
                  contacts: Contacts, insert: Insert, new_ids: NewIds) -> dict[str, int]:
    """Write every kind of record (sheet kind → (customer id, row)); returns how many of each were written."""
    counts: dict[str, int] = {}
    calls = records.get(Sheet.CALLS, [])
    call_ids: dict[str, int] = {}
    if calls:
        ids = new_ids(connection, CallRow, len(calls))
        rows = []
        for owner, row in calls:
            call_id = next(ids)
            if row.call_ref:
                call_ids.setdefault(row.call_ref, call_id)
            rows.append((call_id, owner, contacts.find(owner, row.contact_name, row.contact_ref), row.called_at, row.outcome.value,
                         row.call_back_at, row.need, row.expected_value, _value(row.attitude), _value(row.intent),
                         bool(row.visit_possible), row.visit_when, row.materials_requested, row.next_step,
                         row.next_step_on, row.call_notes, bool(row.complaint), row.unmet_request))
        insert(connection, CallRow, CALL_COLUMNS, rows)
        rebuild_call_state(connection, sorted({owner for owner, _ in calls}))
        counts["calls"] = len(rows)
    visits = records.get(Sheet.VISITS, [])
    if visits:
        ids = new_ids(connection, VisitRow, len(visits))
        insert(connection, VisitRow, VISIT_COLUMNS, [
            (next(ids), owner, contacts.find(owner, row.contact_name, row.contact_ref), row.planned_on, row.starts_at,
             bool(row.fixed_time), 45 if row.duration is None else row.duration,
             _value(row.visit_status) or "planned", row.purpose, row.visit_notes,
             call_ids.get(row.from_call or ""), row.sequence) for owner, row in visits])
        counts["visits"] = len(visits)
    dates = records.get(Sheet.DATES, [])
    if dates:
        ids = new_ids(connection, ImportantDateRow, len(dates))
        insert(connection, ImportantDateRow, DATE_COLUMNS, [
            (next(ids), owner, contacts.find(owner, row.contact_name, row.contact_ref), row.date_kind.value, row.date_label,
             row.annual_date.calendar.value, row.annual_date.month, row.annual_date.day, bool(row.annual_date.leap),
             row.annual_date.year) for owner, row in dates])
        counts["dates"] = len(dates)
    tiers = records.get(Sheet.TIERS, [])
    if tiers:
        ids = new_ids(connection, TierChangeRow, len(tiers))
        insert(connection, TierChangeRow, TIER_COLUMNS, [
            (next(ids), owner, row.changed_on, _value(row.from_tier), row.to_tier.value, row.change_reason,
             row.change_note)
            for owner, row in tiers])
        counts["tier_changes"] = len(tiers)
    values = records.get(Sheet.CUSTOM, [])
    if custom_fields or values:
        counts["custom_values"] = _custom(connection, custom_fields, values, insert, new_ids)
    return counts


def _custom(connection: Connection, fields: dict[str, Any], values: list[tuple[int, Any]], insert: Insert,
            new_ids: NewIds) -> int:
    """Custom fields by name (a name the book lacks is defined with the kind and choices of its first line) and
    their values; a value the customer already has in the book is kept (what the book knows is never
    overwritten), and a customer's later line for the same field is left out."""
    known = {name: field_id for field_id, name in connection.execute(select(CustomFieldRow.id, CustomFieldRow.name))}
    missing = [name for name in fields if name not in known]
    if missing:
        ids = new_ids(connection, CustomFieldRow, len(missing))
        rows = []
        for name in missing:
            row = fields[name]
            known[name] = next(ids)
            rows.append((known[name], name, _value(row.custom_kind) or "text", row.custom_choices))
        insert(connection, CustomFieldRow, ("id", "name", "kind", "choices"), rows)
    owners = sorted({owner for owner, _ in values})
    held: set[tuple[int, int]] = set()
    for start in range(0, len(owners), 900):
        held.update((customer_id, field_id) for customer_id, field_id in connection.execute(
            select(CustomValueRow.customer_id, CustomValueRow.field_id)
            .where(CustomValueRow.customer_id.in_(owners[start:start + 900]))))
    out = []
    for owner, row in values:
        key = (owner, known[row.custom_field])
        if row.custom_value and key not in held:
            held.add(key)
            out.append((owner, key[1], row.custom_value))
    insert(connection, CustomValueRow, VALUE_COLUMNS, out)
    return len(out)
