"""Reminders in the book: planned idempotently by source key, listed by due day, closed into history.

Reads go through Core (not ORM objects): the greeting inputs of a 100,000-customer book are a few hundred
thousand small rows. Planning never relies on dialect-specific "insert or ignore": it asks which keys exist
(in chunks, within SQLite's and PostgreSQL's parameter limits) and inserts the rest; the unique constraint on
`source_key` is the last guard, should another writer slip in between.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, and_, delete, false, func, insert, not_, or_, select, update
from sqlalchemy.exc import IntegrityError

from telesales.domain.greetings import GreetingContact, GreetingCustomer
from telesales.domain.model import (
    AnnualDate,
    CalendarKind,
    DateKind,
    ImportantDate,
    Region,
    ReminderKind,
    ReminderStatus,
)
from telesales.domain.reminders import KEY_TIERS, NEVER_GREETED, GreetingInputs, Party, ReminderLine
from telesales.store.engine import fetch_all, insert_rows
from telesales.store.models import (
    ContactRow,
    CustomerRow,
    ImportantDateRow,
    OrderRow,
    ReminderRow,
    SettingRow,
)

_TABLE: Table = ReminderRow.__table__  # type: ignore[assignment]
_COLUMNS = ("kind", "due_on", "status", "customer_id", "contact_id", "occasion", "occasion_date", "snoozed_until",
            "text", "source_key", "created_at", "closed_at", "notified_at")
CHUNK = 500  # ids or keys per IN (…): well inside every database's parameter limit
_MANY = 5000  # more ids than this are found by reading the whole table once
_NARROW = 0.5  # greeting fewer than this share of the book: the database picks their rows
TEMPLATE_PREFIX = "template."

_PENDING = ReminderStatus.PENDING.value
_SNOOZED = ReminderStatus.SNOOZED.value


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class ReminderRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- greeting inputs

    def greeting_inputs(self, *, key_only: bool,
                        months: Mapping[CalendarKind, Collection[int]] | None = None) -> GreetingInputs:
        """Greeted customers (`domain.reminders.is_greeted`, asked of the database so a book greeting only its
        key customers reads only theirs), their contacts' birthdays and important dates, and each one's first
        deal (the date of its first order).

        With `months` (see `domain.reminders.months_in_window`), only annual dates of those months are read:
        a window of 60 days needs about a quarter of a book's birthdays."""
        effective = func.coalesce(CustomerRow.tier_pin, CustomerRow.tier)
        greeted = and_(not_(CustomerRow.do_not_call), not_(CustomerRow.marked_other),
                       effective.not_in([tier.value for tier in NEVER_GREETED]))
        if key_only:
            greeted = and_(greeted, effective.in_([tier.value for tier in KEY_TIERS]))
        greeted_ids = select(CustomerRow.id).where(greeted)
        customers_query = select(CustomerRow.id, CustomerRow.region, CustomerRow.keeps_christmas,
                                 CustomerRow.founded_on).where(greeted)
        first_orders = select(OrderRow.customer_id, func.min(OrderRow.ordered_on)).group_by(OrderRow.customer_id)
        contacts_query = select(
            ContactRow.id, ContactRow.customer_id, ContactRow.birthday_calendar, ContactRow.birthday_month,
            ContactRow.birthday_day, ContactRow.birthday_leap, ContactRow.birthday_year,
        ).where(ContactRow.birthday_calendar.is_not(None), ContactRow.birthday_month.is_not(None),
                ContactRow.birthday_day.is_not(None))
        dates_query = select(
            ImportantDateRow.id, ImportantDateRow.customer_id, ImportantDateRow.contact_id, ImportantDateRow.kind,
            ImportantDateRow.label, ImportantDateRow.calendar, ImportantDateRow.month, ImportantDateRow.day,
            ImportantDateRow.leap, ImportantDateRow.year,
        )
        solar_months: Collection[int] = range(1, 13)
        if months is not None:
            solar_months = months.get(CalendarKind.SOLAR, ())
            contacts_query = contacts_query.where(_in_months(
                ContactRow.birthday_calendar, ContactRow.birthday_month, months))
            dates_query = dates_query.where(_in_months(ImportantDateRow.calendar, ImportantDateRow.month, months))
        annual = _AnnualDates()
        regions = {region.value: region for region in Region}
        kinds = {kind.value: kind for kind in DateKind}
        with self._engine.connect() as connection:
            # Few greeted customers (key customers only): the database picks their rows. Most of the book: it reads
            # every row and Python skips the few others (an IN over most of the book costs more than it saves).
            greeted_count = connection.execute(select(func.count()).where(greeted)).scalar_one()
            everyone = connection.execute(select(func.count()).select_from(CustomerRow)).scalar_one()
            if greeted_count < everyone * _NARROW:
                first_orders = first_orders.where(OrderRow.customer_id.in_(greeted_ids))
                contacts_query = contacts_query.where(ContactRow.customer_id.in_(greeted_ids))
                dates_query = dates_query.where(ImportantDateRow.customer_id.in_(greeted_ids))
            first = {customer_id: day for customer_id, day in fetch_all(connection, first_orders)
                     if day.month in solar_months}
            customers = [
                GreetingCustomer(
                    id=cid, region=regions.get(region), keeps_christmas=bool(christmas),
                    founded_on=None if founded is None or founded.month not in solar_months else annual.get(
                        "solar", founded.month, founded.day, False, founded.year),
                    first_deal_on=first.get(cid))
                for cid, region, christmas, founded in fetch_all(connection, customers_query)
            ]
            greeted_set = {customer.id for customer in customers}
            contacts = []
            for (contact_id, customer_id, calendar, month, day, leap, year) in fetch_all(connection, contacts_query):
                birthday = annual.get(calendar, month, day, leap, year)
                if birthday is not None and customer_id in greeted_set:
                    contacts.append(GreetingContact(contact_id, customer_id, birthday))
            important: list[ImportantDate] = []
            for (date_id, customer_id, contact_id, kind, label, *annual_date) in fetch_all(connection, dates_query):
                when = annual.get(*annual_date)
                if when is not None and kind in kinds and customer_id in greeted_set:
                    important.append(ImportantDate(date_id, customer_id, kinds[kind], when, contact_id, label or ""))
        return GreetingInputs(contacts, customers, important)

    # -- names

    def parties(self, customer_ids: Collection[int], contact_ids: Collection[int]) -> tuple[
            dict[int, Party], dict[int, str]]:
        """(customer id → its name and main contact, contact id → name).

        A customer's main contact is its first contact (the lowest id); a customer without contacts is
        spoken to by its own name (a person, or a company's front desk). Many ids are read in one pass over
        the tables rather than thousands of look-ups."""
        wanted_customers = sorted(set(customer_ids))
        wanted_contacts = sorted(set(contact_ids))
        customers: dict[int, str] = {}
        mains: dict[int, tuple[int, str]] = {}
        contacts: dict[int, str] = {}
        with self._engine.connect() as connection:
            if len(wanted_customers) + len(wanted_contacts) > _MANY:
                customer_set, contact_set = set(wanted_customers), set(wanted_contacts)
                customers = {cid: name for cid, name in fetch_all(
                    connection, select(CustomerRow.id, CustomerRow.name)) if cid in customer_set}
                first = select(func.min(ContactRow.id)).group_by(ContactRow.customer_id)
                for contact_id, customer_id, name in fetch_all(connection, select(
                        ContactRow.id, ContactRow.customer_id, ContactRow.name).where(ContactRow.id.in_(first))):
                    if customer_id in customer_set:
                        mains[customer_id] = (contact_id, name)
                    if contact_id in contact_set:
                        contacts[contact_id] = name
                missing = sorted(contact_set - contacts.keys())
                for chunk in _chunks(missing):
                    contacts.update(connection.execute(
                        select(ContactRow.id, ContactRow.name).where(ContactRow.id.in_(chunk))).all())
            else:
                for chunk in _chunks(wanted_customers):
                    customers.update(connection.execute(
                        select(CustomerRow.id, CustomerRow.name).where(CustomerRow.id.in_(chunk))).all())
                    firsts = (select(ContactRow.customer_id, func.min(ContactRow.id).label("first"))
                              .where(ContactRow.customer_id.in_(chunk)).group_by(ContactRow.customer_id).subquery())
                    for customer_id, contact_id, name in connection.execute(
                            select(firsts.c.customer_id, ContactRow.id, ContactRow.name)
                            .join(ContactRow, ContactRow.id == firsts.c.first)).all():
                        mains[customer_id] = (contact_id, name)
                for chunk in _chunks(wanted_contacts):
                    contacts.update(connection.execute(
                        select(ContactRow.id, ContactRow.name).where(ContactRow.id.in_(chunk))).all())
        parties = {}
        for customer_id in wanted_customers:
            name = customers.get(customer_id, "")
            main = mains.get(customer_id)
            parties[customer_id] = Party(name, main[0], main[1]) if main else Party(name, None, name)
        return parties, contacts

    def customers_with_orders_on(self, day: date) -> list[int]:
        with self._engine.connect() as connection:
            return list(connection.execute(
                select(OrderRow.customer_id).where(OrderRow.ordered_on == day).distinct()
                .order_by(OrderRow.customer_id)).scalars())

    # -- planning

    def missing_keys(self, keys: Iterable[str]) -> set[str]:
        """The keys that no reminder in the book has yet."""
        wanted = sorted(set(keys))
        found: set[str] = set()
        with self._engine.connect() as connection:
            for chunk in _chunks(wanted):
                found.update(key for key in connection.execute(
                    select(ReminderRow.source_key).where(ReminderRow.source_key.in_(chunk))).scalars() if key)
        return set(wanted) - found

    def existing_greeting_keys(self, start: date, end: date, max_lead_days: int) -> set[str]:
        """The keys of greetings already planned for occasions from `start` to `end`.

        One range read on the due-day index: such a greeting is due no earlier than `max_lead_days` before
        `start` (it is due `lead` days before its occasion, never before the day it was planned)."""
        query = select(ReminderRow.source_key).where(
            ReminderRow.due_on >= start - timedelta(days=max_lead_days), ReminderRow.due_on <= end,
            ReminderRow.kind == ReminderKind.GREETING.value,
            ReminderRow.occasion_date >= start, ReminderRow.occasion_date <= end)
        with self._engine.connect() as connection:
            return {key for (key,) in fetch_all(connection, query) if key is not None}

    def add(self, rows: Sequence[Mapping[str, Any]]) -> int:
        """Insert reminders (dicts of ReminderRow columns with a `source_key` each), skipping keys the book
        already has; the number inserted."""
        if not rows:
            return 0
        unique = {row["source_key"]: row for row in rows}
        defaults = {"status": _PENDING, "customer_id": None, "contact_id": None, "occasion": "",
                    "occasion_date": None, "snoozed_until": None, "text": "", "closed_at": None,
                    "notified_at": None}
        # in key order: the unique index on source_key then grows at its end instead of splitting pages
        full = [row if len(row) == len(_COLUMNS) else {column: row.get(column, defaults.get(column))
                                                      for column in _COLUMNS}
                for _key, row in sorted(unique.items())]
        try:
            with self._engine.begin() as connection:
                insert_rows(connection, _TABLE, full)
            return len(full)
        except IntegrityError:  # some keys appeared meanwhile: insert only the ones still missing
            missing = self.missing_keys(row["source_key"] for row in full)
            remaining = [row for row in full if row["source_key"] in missing]
            with self._engine.begin() as connection:
                insert_rows(connection, _TABLE, remaining)
            return len(remaining)

    # -- reading

    def _lines(self, where: Any, order: Sequence[Any], limit: int | None) -> list[ReminderLine]:
        query = (
            select(ReminderRow.id, ReminderRow.kind, ReminderRow.due_on, ReminderRow.status,
                   ReminderRow.customer_id, CustomerRow.name, ReminderRow.contact_id, ContactRow.name,
                   ReminderRow.occasion, ReminderRow.occasion_date, ReminderRow.snoozed_until, ReminderRow.text,
                   ReminderRow.source_key, ReminderRow.closed_at, ReminderRow.notified_at)
            .outerjoin(CustomerRow, CustomerRow.id == ReminderRow.customer_id)
            .outerjoin(ContactRow, ContactRow.id == ReminderRow.contact_id)
            .where(where).order_by(*order)
        )
        if limit is not None:
            query = query.limit(limit)
        with self._engine.connect() as connection:
            return [
                ReminderLine(
                    id=rid, kind=ReminderKind(kind), due_on=due_on, status=ReminderStatus(status),
                    customer_id=customer_id, customer_name=customer or "", contact_id=contact_id,
                    contact_name=contact or "", occasion=occasion or "", occasion_date=occasion_date,
                    snoozed_until=snoozed_until, text=text or "", source_key=source_key or "",
                    closed_at=closed_at, notified_at=notified_at)
                for (rid, kind, due_on, status, customer_id, customer, contact_id, contact, occasion,
                     occasion_date, snoozed_until, text, source_key, closed_at, notified_at)
                in connection.execute(query)
            ]

    @staticmethod
    def _open_due(start: date | None, end: date) -> Any:
        pending = [ReminderRow.status == _PENDING, ReminderRow.due_on <= end]
        snoozed = [ReminderRow.status == _SNOOZED, ReminderRow.snoozed_until <= end]
        if start is not None:
            pending.append(ReminderRow.due_on >= start)
            snoozed.append(ReminderRow.snoozed_until >= start)
        return or_(and_(*pending), and_(*snoozed))

    def open_between(self, start: date | None, end: date, limit: int | None = None) -> list[ReminderLine]:
        """Pending and snoozed reminders due from `start` (None: any day before, overdue included) to `end`,
        by due day; a snoozed one is due when its snooze ends."""
        due = func.coalesce(ReminderRow.snoozed_until, ReminderRow.due_on)
        # NULLs first ascending and last descending, as SQLite puts them (a server puts them the other way)
        return self._lines(self._open_due(start, end), (due, ReminderRow.occasion_date.nulls_first(), ReminderRow.id),
                           limit)

    def history(self, limit: int = 200) -> list[ReminderLine]:
        """Done and dismissed reminders, the latest closed first."""
        closed = ReminderRow.status.in_((ReminderStatus.DONE.value, ReminderStatus.DISMISSED.value))
        return self._lines(closed, (ReminderRow.closed_at.desc().nulls_last(), ReminderRow.id.desc()), limit)

    def get(self, reminder_id: int) -> ReminderLine | None:
        found = self._lines(ReminderRow.id == reminder_id, (ReminderRow.id,), 1)
        return found[0] if found else None

    # -- changing

    def set_status(self, reminder_id: int, status: ReminderStatus, *, snoozed_until: date | None,
                   closed_at: datetime | None) -> bool:
        """Done, dismissed (closed at `closed_at`) or snoozed (until `snoozed_until`, told again then)."""
        values: dict[str, Any] = {"status": status.value, "snoozed_until": snoozed_until, "closed_at": closed_at}
        if status is ReminderStatus.SNOOZED:
            values["notified_at"] = None
        with self._engine.begin() as connection:
            result = connection.execute(update(ReminderRow).where(ReminderRow.id == reminder_id).values(**values))
        return bool(result.rowcount)

    def take_untold(self, today: date, now: datetime) -> list[ReminderLine]:
        """Open reminders due on or before `today` that the rep has not been told of; marks them told."""
        untold = and_(self._open_due(None, today), ReminderRow.notified_at.is_(None))
        lines = self._lines(untold, (ReminderRow.due_on, ReminderRow.id), None)
        if lines:
            with self._engine.begin() as connection:
                for chunk in _chunks([line.id for line in lines]):
                    connection.execute(update(ReminderRow).where(ReminderRow.id.in_(chunk))
                                       .values(notified_at=now))
        return lines

    # -- templates the rep edited (kept in the book's settings table, beside the rules)

    def edited_templates(self) -> dict[str, str]:
        """`language.name` → text, for every template the rep has edited."""
        with self._engine.connect() as connection:
            rows = connection.execute(select(SettingRow.key, SettingRow.value)
                                      .where(SettingRow.key.startswith(TEMPLATE_PREFIX))).all()
        return {key[len(TEMPLATE_PREFIX):]: str(json.loads(value)) for key, value in rows}

    def save_template(self, name: str, text: str | None) -> None:
        """Keep `text` as the template `name` (`language.occasion`); None forgets it (the shipped one returns)."""
        key = TEMPLATE_PREFIX + name
        with self._engine.begin() as connection:
            connection.execute(delete(SettingRow).where(SettingRow.key == key))
            if text is not None:
                connection.execute(insert(SettingRow).values(key=key, value=json.dumps(text, ensure_ascii=False)))


def _in_months(calendar: Any, month: Any, months: Mapping[CalendarKind, Collection[int]]) -> Any:
    return or_(*(and_(calendar == kind.value, month.in_(sorted(wanted)))
                 for kind, wanted in months.items() if wanted), false())


class _AnnualDates:
    """Builds each distinct annual date once: a few thousand objects for hundreds of thousands of rows.
    A stored date the domain refuses (month 13, day 32) is skipped rather than breaking the plan."""

    def __init__(self) -> None:
        self._made: dict[tuple[Any, ...], AnnualDate | None] = {}
        self._calendars = {kind.value: kind for kind in CalendarKind}

    def get(self, calendar: str | None, month: int | None, day: int | None, leap: bool | None,
            year: int | None) -> AnnualDate | None:
        key = (calendar, month, day, leap, year)
        try:
            return self._made[key]
        except KeyError:
            pass
        kind = None if calendar is None else self._calendars.get(calendar)
        made: AnnualDate | None
        try:
            made = None if kind is None or month is None or day is None else AnnualDate(
                kind, month, day, bool(leap) and kind is CalendarKind.LUNAR, year)
        except ValueError:
            made = None
        self._made[key] = made
        return made
