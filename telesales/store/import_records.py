"""Writing an import's history with its customers: calls, visits, important dates, custom values and tier changes,
in the import's transaction (telesales.store.import_writer). A line names its contact by name and a visit names
the call it came from by the call's number in the file; the customers' call state is rebuilt from their calls."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from telesales.domain.import_progress import HISTORY
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

Insert = Callable[..., None]  # (connection, table, names, rows, advance=None): import_writer._insert
NewIds = Callable[[Connection, Any, int], Iterator[int]]
SKIPPED_KINDS = ("contacts", "orders", "calls", "visits", "dates", "custom_values", "tier_changes")


def _value(member: Any) -> Any:
    return member.value if member is not None else None


def held(connection: Connection, table: Any, columns: Sequence[str], owners: Iterable[int]) -> list[tuple[Any, ...]]:
    """(customer id, *columns) of every row of `table` these customers already have in the book, each value as
    the book reads it (a date, an aware moment, an enum's text)."""
    wanted = sorted(owners)
    found: list[tuple[Any, ...]] = []
    if not wanted:
        return found
    owner = table.__table__.c.customer_id
    picked = [owner, *(table.__table__.c[name] for name in columns)]
    for start in range(0, len(wanted), 900):
        found.extend(tuple(row) for row in connection.execute(
            select(*picked).where(owner.in_(wanted[start:start + 900]))))
    return found


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


class _Same:
    """What a customer already has of each kind of record, by the fields that make two of them the same: a call at
    the same moment with the same outcome, a visit on the same day at the same time, an important date of the
    same kind on the same day of the same calendar (for the same contact), a tier change on the same day between
    the same tiers. Only customers that were in the book before the import are looked up."""

    def __init__(self, connection: Connection, contacts: Contacts, fresh: set[int]) -> None:
        self._connection = connection
        self._contacts = contacts
        self._fresh = fresh

    def _book(self, table: Any, columns: Sequence[str], rows: Sequence[tuple[int, Any]]) -> list[tuple[Any, ...]]:
        return held(self._connection, table, columns, {owner for owner, _ in rows if owner not in self._fresh})

    def calls(self, rows: Sequence[tuple[int, Any]]) -> dict[tuple[Any, ...], int]:
        return {(owner, called_at, outcome): call_id for owner, call_id, called_at, outcome
                in self._book(CallRow, ("id", "called_at", "outcome"), rows)}

    @staticmethod
    def call(owner: int, row: Any) -> tuple[Any, ...]:
        return (owner, row.called_at, row.outcome.value)

    def visits(self, rows: Sequence[tuple[int, Any]]) -> set[tuple[Any, ...]]:
        return set(self._book(VisitRow, ("planned_on", "starts_at"), rows))

    @staticmethod
    def visit(owner: int, row: Any) -> tuple[Any, ...]:
        return (owner, row.planned_on, row.starts_at)

    def dates(self, rows: Sequence[tuple[int, Any]]) -> set[tuple[Any, ...]]:
        return set(self._book(ImportantDateRow, ("contact_id", "kind", "calendar", "month", "day", "leap"), rows))

    def date(self, owner: int, row: Any) -> tuple[Any, ...]:
        annual = row.annual_date
        return (owner, self._contacts.find(owner, row.contact_name, row.contact_ref), row.date_kind.value,
                annual.calendar.value, annual.month, annual.day, bool(annual.leap))

    def tiers(self, rows: Sequence[tuple[int, Any]]) -> set[tuple[Any, ...]]:
        return set(self._book(TierChangeRow, ("changed_on", "from_tier", "to_tier"), rows))

    @staticmethod
    def tier(owner: int, row: Any) -> tuple[Any, ...]:
        return (owner, row.changed_on, _value(row.from_tier), row.to_tier.value)


def _new(rows: Sequence[tuple[int, Any]], have: Collection[tuple[Any, ...]], same: Callable[[int, Any], Any],
         kind: str, skipped: dict[str, int]) -> list[tuple[int, Any]]:
    """The rows whose record the customer does not have yet."""
    if not have:
        return list(rows)
    kept = [(owner, row) for owner, row in rows if same(owner, row) not in have]
    skipped[kind] += len(rows) - len(kept)
    return kept


def count_records(connection: Connection, records: dict[str, list[tuple[int, Any]]], custom_fields: dict[str, Any],
                  contacts: Contacts, skipped: dict[str, int], fresh: set[int]) -> dict[str, int]:
    """What write_records would add (a dry run), and what it would leave out as already in the book."""
    same = _Same(connection, contacts, fresh)
    counts: dict[str, int] = {}
    for kind, name, have, key in ((Sheet.CALLS, "calls", same.calls, same.call),
                                  (Sheet.VISITS, "visits", same.visits, same.visit),
                                  (Sheet.DATES, "dates", same.dates, same.date),
                                  (Sheet.TIERS, "tier_changes", same.tiers, same.tier)):
        rows = records.get(kind, [])
        if rows:
            counts[name] = len(_new(rows, have(rows), key, name, skipped))
    values = records.get(Sheet.CUSTOM, [])
    if custom_fields or values:
        counts["custom_values"] = sum(1 for _, row in values if row.custom_value)
    return counts


def write_records(connection: Connection, records: dict[str, list[tuple[int, Any]]], custom_fields: dict[str, Any],
                  contacts: Contacts, insert: Insert, new_ids: NewIds, skipped: dict[str, int], fresh: set[int],
                  progress: Callable[[str, int, int], None]) -> dict[str, int]:
    """Write every kind of record (sheet kind → (customer id, row)) but those a customer already in the book has
    (customers in `fresh` came with this import: they have none); returns how many of each were written, and
    counts what was left out in `skipped`. `progress` hears of the HISTORY phase, in rows."""
    same = _Same(connection, contacts, fresh)
    counts: dict[str, int] = {}
    total = sum(len(rows) for rows in records.values())
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        progress(HISTORY, done, total)

    progress(HISTORY, 0, total)
    calls = records.get(Sheet.CALLS, [])
    call_ids: dict[str, int] = {}
    if calls:
        book_calls = same.calls(calls)
        kept = []
        for owner, row in calls:
            call_id = book_calls.get(same.call(owner, row))
            if call_id is None:
                kept.append((owner, row))
            elif row.call_ref:  # a visit of the file that came from this call finds the book's
                call_ids.setdefault(row.call_ref, call_id)
        skipped["calls"] += len(calls) - len(kept)
        advance(len(calls) - len(kept))
        ids = new_ids(connection, CallRow, len(kept))
        rows = []
        for owner, row in kept:
            call_id = next(ids)
            if row.call_ref:
                call_ids.setdefault(row.call_ref, call_id)
            rows.append((call_id, owner, contacts.find(owner, row.contact_name, row.contact_ref), row.called_at,
                         row.outcome.value, row.call_back_at, row.need, row.expected_value, _value(row.attitude),
                         _value(row.intent), bool(row.visit_possible), row.visit_when, row.materials_requested,
                         row.next_step, row.next_step_on, row.call_notes, bool(row.complaint), row.unmet_request))
        insert(connection, CallRow, CALL_COLUMNS, rows, advance)
        if kept:
            rebuild_call_state(connection, sorted({owner for owner, _ in kept}))
        counts["calls"] = len(rows)
    def write_new(kind: str, name: str, have: Any, key: Any, table: Any, columns: tuple[str, ...],
                  values: Callable[[int, Any], tuple[Any, ...]]) -> None:
        """The sheet's records the customer does not have yet, each with a new id and its customer's."""
        rows = records.get(kind, [])
        if not rows:
            return
        kept = _new(rows, have(rows), key, name, skipped)
        advance(len(rows) - len(kept))
        ids = new_ids(connection, table, len(kept))
        insert(connection, table, columns, [(next(ids), owner, *values(owner, row)) for owner, row in kept], advance)
        counts[name] = len(kept)

    write_new(Sheet.VISITS, "visits", same.visits, same.visit, VisitRow, VISIT_COLUMNS, lambda owner, row: (
        contacts.find(owner, row.contact_name, row.contact_ref), row.planned_on, row.starts_at, bool(row.fixed_time),
        45 if row.duration is None else row.duration, _value(row.visit_status) or "planned", row.purpose,
        row.visit_notes, call_ids.get(row.from_call or ""), row.sequence))
    write_new(Sheet.DATES, "dates", same.dates, same.date, ImportantDateRow, DATE_COLUMNS, lambda owner, row: (
        contacts.find(owner, row.contact_name, row.contact_ref), row.date_kind.value, row.date_label,
        row.annual_date.calendar.value, row.annual_date.month, row.annual_date.day, bool(row.annual_date.leap),
        row.annual_date.year))
    write_new(Sheet.TIERS, "tier_changes", same.tiers, same.tier, TierChangeRow, TIER_COLUMNS, lambda _owner, row: (
        row.changed_on, _value(row.from_tier), row.to_tier.value, row.change_reason, row.change_note))
    values = records.get(Sheet.CUSTOM, [])
    if custom_fields or values:
        counts["custom_values"] = _custom(connection, custom_fields, values, insert, new_ids, skipped)
        advance(len(values))
    progress(HISTORY, total, total)
    return counts


def _custom(connection: Connection, fields: dict[str, Any], values: list[tuple[int, Any]], insert: Insert,
            new_ids: NewIds, skipped: dict[str, int]) -> int:
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
    have: set[tuple[int, int]] = set()
    for start in range(0, len(owners), 900):
        have.update((customer_id, field_id) for customer_id, field_id in connection.execute(
            select(CustomValueRow.customer_id, CustomValueRow.field_id)
            .where(CustomValueRow.customer_id.in_(owners[start:start + 900]))))
    out = []
    for owner, row in values:
        key = (owner, known[row.custom_field])
        if row.custom_value and key not in have:
            have.add(key)
            out.append((owner, key[1], row.custom_value))
        elif row.custom_value:
            skipped["custom_values"] += 1
    insert(connection, CustomValueRow, VALUE_COLUMNS, out)
    return len(out)
