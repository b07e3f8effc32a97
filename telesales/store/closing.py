"""Closing the day in the book: how far the rep got, the day's figures, and what the routine creates.

Everything created here carries a source key (`telesales.domain.closing`): a reminder's in `reminders.source_key`,
a visit's in `visits.source_key` (both unique), so a key the book has is never written again. Each write is one
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from telesales.domain.closing import (
    Booking,
    BookingKind,
    CloseProgress,
    CloseStep,
    Created,
    Deal,
    StepState,
)
from telesales.domain.model import Intent, ReminderKind, ReminderStatus, VisitStatus
from telesales.domain.reminders import thank_you_key
from telesales.store.models import (
    CallRow,
    ContactRow,
    CustomerRow,
    DayCloseStepRow,
    OrderRow,
    ReminderRow,
    VisitRow,
)

CHUNK = 500
_INTENTS = {intent.value: intent for intent in Intent}
_OPEN = (ReminderStatus.PENDING.value, ReminderStatus.SNOOZED.value)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class ClosingRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # ------------------------------------------------------------------------------------------ progress

    def progress(self, day: date) -> CloseProgress:
        with self._engine.connect() as connection:
            rows = connection.execute(select(DayCloseStepRow.step, DayCloseStepRow.state)
                                      .where(DayCloseStepRow.day == day)).all()
        steps = {step.value: step for step in CloseStep}
        states = {state.value: state for state in StepState}
        return CloseProgress(day, {steps[step]: states[state] for step, state in rows
                                   if step in steps and state in states})

    def set_step(self, day: date, step: CloseStep, state: StepState, now: datetime) -> CloseProgress:
        with self._engine.begin() as connection:
            done = connection.execute(update(DayCloseStepRow)
                                      .where(DayCloseStepRow.day == day, DayCloseStepRow.step == step.value)
                                      .values(state=state.value, updated_at=now)).rowcount
            if not done:
                connection.execute(insert(DayCloseStepRow).values(day=day, step=step.value, state=state.value,
                                                                  updated_at=now))
        return self.progress(day)

    # ------------------------------------------------------------------------------------------ the day's figures

    def deals(self, day: date) -> list[Deal]:
        """Customers with an order dated `day`: orders, amount, who the letter speaks to (the first contact, else
        the customer), whether their thank-you reminder exists and is done. Biggest amount first."""
        orders = (select(OrderRow.customer_id, func.count().label("orders"),
                         func.sum(OrderRow.amount_cents).label("amount"))
                  .where(OrderRow.ordered_on == day).group_by(OrderRow.customer_id).subquery())
        first_contact = (select(func.min(ContactRow.id)).where(ContactRow.customer_id == orders.c.customer_id)
                         .correlate(orders).scalar_subquery())
        query = (select(orders.c.customer_id, orders.c.orders, orders.c.amount, CustomerRow.name, CustomerRow.email,
                        first_contact.label("contact_id"))
                 .join(CustomerRow, CustomerRow.id == orders.c.customer_id))
        with self._engine.connect() as connection:
            rows = connection.execute(query).all()
            contact_ids = [row.contact_id for row in rows if row.contact_id is not None]
            contacts = {row.id: (row.name, row.email) for row in connection.execute(
                select(ContactRow.id, ContactRow.name, ContactRow.email).where(ContactRow.id.in_(contact_ids)))}
            keys = {thank_you_key(row.customer_id, day): row.customer_id for row in rows}
            letters = {keys[key]: status for key, status in connection.execute(
                select(ReminderRow.source_key, ReminderRow.status).where(ReminderRow.source_key.in_(list(keys))))
                if key is not None}
        deals = []
        for row in rows:
            name, email = contacts.get(row.contact_id, ("", "")) if row.contact_id is not None else ("", "")
            status = letters.get(row.customer_id)
            deals.append(Deal(row.customer_id, row.name, row.contact_id, name or row.name, email or row.email or "",
                              int(row.orders), int(row.amount or 0), status is not None,
                              status == ReminderStatus.DONE.value))
        deals.sort(key=lambda deal: (-deal.amount_cents, deal.customer_id))
        return deals

    def day_calls(self, start: datetime, end: datetime) -> list[tuple[int, int, datetime, Intent | None, int | None,
                                                                        str]]:
        """The calls in [start, end): (customer, call id, called at, intent, contact, materials asked for)."""
        query = (select(CallRow.customer_id, CallRow.id, CallRow.called_at, CallRow.intent, CallRow.contact_id,
                        CallRow.materials_requested)
                 .where(CallRow.called_at >= start, CallRow.called_at < end).order_by(CallRow.called_at, CallRow.id))
        with self._engine.connect() as connection:
            return [(row[0], row[1], row[2], _INTENTS.get(row[3] or ""), row[4], row[5] or "")
                    for row in connection.execute(query)]

    def intents_before(self, customer_ids: Sequence[int], start: datetime) -> dict[int, Intent | None]:
        """Each customer's last intent given on a call before `start` (a correlated LIMIT 1 on the index)."""
        out: dict[int, Intent | None] = {}
        ids = sorted(set(customer_ids))
        with self._engine.connect() as connection:
            for chunk in _chunks(ids):
                last = (select(CallRow.intent)
                        .where(CallRow.customer_id == CustomerRow.id, CallRow.called_at < start,
                               CallRow.intent.is_not(None))
                        .order_by(CallRow.called_at.desc()).limit(1).correlate(CustomerRow).scalar_subquery())
                for customer_id, intent in connection.execute(
                        select(CustomerRow.id, last).where(CustomerRow.id.in_(chunk))):
                    out[customer_id] = _INTENTS.get(intent or "")
        return out

    def visit_counts(self, day: date) -> dict[str, int]:
        """The day's visits per status."""
        with self._engine.connect() as connection:
            return {status: int(count) for status, count in connection.execute(
                select(VisitRow.status, func.count()).where(VisitRow.planned_on == day).group_by(VisitRow.status)
                .order_by(VisitRow.status))}

    def reminders_due(self, day: date) -> int:
        """Open reminders due by `day` (a snoozed one by the end of its snooze)."""
        due = case((ReminderRow.status == ReminderStatus.SNOOZED.value,
                    func.coalesce(ReminderRow.snoozed_until, ReminderRow.due_on)), else_=ReminderRow.due_on)
        with self._engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(ReminderRow).where(
                ReminderRow.status.in_(_OPEN), due <= day)).scalar_one())

    def names(self, customer_ids: Sequence[int], contact_ids: Sequence[int]) -> tuple[
            dict[int, tuple[str, int | None, str]], dict[int, str]]:
        """(customer → (name, first contact, its name), contact → name)."""
        customers: dict[int, tuple[str, int | None, str]] = {}
        contacts: dict[int, str] = {}
        with self._engine.connect() as connection:
            for chunk in _chunks(sorted(set(customer_ids))):
                first = (select(func.min(ContactRow.id)).where(ContactRow.customer_id == CustomerRow.id)
                         .correlate(CustomerRow).scalar_subquery())
                rows = connection.execute(select(CustomerRow.id, CustomerRow.name, first)
                                          .where(CustomerRow.id.in_(chunk))).all()
                firsts = [row[2] for row in rows if row[2] is not None]
                names = dict(connection.execute(select(ContactRow.id, ContactRow.name)
                                                .where(ContactRow.id.in_(firsts))).all()) if firsts else {}
                for customer_id, name, contact_id in rows:
                    customers[customer_id] = (name, contact_id, names.get(contact_id, "") if contact_id else "")
            for chunk in _chunks(sorted(set(contact_ids))):
                contacts.update(connection.execute(select(ContactRow.id, ContactRow.name)
                                                   .where(ContactRow.id.in_(chunk))).all())
        return customers, contacts

    def existing_keys(self, keys: Iterable[str]) -> set[str]:
        """The keys the book has, on a reminder or a visit."""
        wanted = sorted(set(keys))
        found: set[str] = set()
        with self._engine.connect() as connection:
            for chunk in _chunks(wanted):
                for column in (ReminderRow.source_key, VisitRow.source_key):
                    found.update(key for key in connection.execute(select(column).where(column.in_(chunk))).scalars()
                                 if key is not None)
        return found

    def bookings(self, keys: Mapping[str, tuple[int, BookingKind]]) -> dict[int, tuple[BookingKind, datetime | None]]:
        """customer → (kind, time) of the bookings the book has among `keys` (key → (customer, kind))."""
        wanted = sorted(keys)
        out: dict[int, tuple[BookingKind, datetime | None]] = {}
        with self._engine.connect() as connection:
            for chunk in _chunks(wanted):
                for key_column, at_column in ((ReminderRow.source_key, ReminderRow.due_at),
                                              (VisitRow.source_key, VisitRow.starts_at)):
                    for key, at in connection.execute(select(key_column, at_column).where(key_column.in_(chunk))):
                        if key is not None:
                            out[keys[key][0]] = (keys[key][1], at)
        return out

    def materials_since(self, customer_ids: Sequence[int], since: datetime) -> set[int]:
        """Customers among `customer_ids` with a materials task made since `since` (today's calls made one)."""
        found: set[int] = set()
        with self._engine.connect() as connection:
            for chunk in _chunks(sorted(set(customer_ids))):
                found.update(customer_id for customer_id in connection.execute(select(ReminderRow.customer_id).where(
                    ReminderRow.customer_id.in_(chunk), ReminderRow.kind == ReminderKind.MATERIALS.value,
                    ReminderRow.created_at >= since)).scalars() if customer_id is not None)
        return found

    def open_visit_customers(self, day: date) -> set[int]:
        with self._engine.connect() as connection:
            return set(connection.execute(select(VisitRow.customer_id).where(
                VisitRow.planned_on == day,
                VisitRow.status.in_([VisitStatus.PROPOSED.value, VisitStatus.PLANNED.value]))).scalars())

    # ------------------------------------------------------------------------------------------ writing

    def book(self, bookings: Sequence[tuple[Booking, date, str, str]], minutes: int, now: datetime) -> Created:
        """Book each (booking, its local day, source key, text): a call as a follow-up reminder at that time
        (and the customer's next follow-up, unless an earlier one is pending), a visit as an appointment.
        Keys the book has are skipped."""
        have = self.existing_keys(key for _booking, _day, key, _text in bookings)
        reminders: list[int] = []
        visits: list[int] = []
        try:
            with self._engine.begin() as connection:
                for booking, day, key, text in bookings:
                    if key in have:
                        continue
                    self._check_customer(connection, booking.customer_id)
                    if booking.kind is BookingKind.CALL:
                        reminders.append(self._book_call(connection, booking, day, key, text, now))
                    else:
                        visits.append(_new_id(connection.execute(insert(VisitRow).values(
                            customer_id=booking.customer_id, contact_id=booking.contact_id, planned_on=day,
                            starts_at=booking.at, fixed_time=True, duration_minutes=minutes,
                            status=VisitStatus.PLANNED.value, purpose=text, outcome_notes="", from_call_id=None,
                            sequence=None, source_key=key))))
        except IntegrityError:  # another writer booked some of them meanwhile: book what is still missing
            return self.book(bookings, minutes, now)
        return Created(tuple(reminders), tuple(visits), len(have))

    @staticmethod
    def _check_customer(connection: Connection, customer_id: int) -> None:
        from telesales.domain.errors import UserError

        if connection.execute(select(CustomerRow.id).where(CustomerRow.id == customer_id)).first() is None:
            raise UserError(f"there is no customer {customer_id} in the book")

    @staticmethod
    def _book_call(connection: Connection, booking: Booking, day: date, key: str, text: str, now: datetime) -> int:
        reminder = _new_id(connection.execute(insert(ReminderRow).values(
            kind=ReminderKind.FOLLOW_UP.value, due_on=day, status=ReminderStatus.PENDING.value,
            customer_id=booking.customer_id, contact_id=booking.contact_id, occasion="", occasion_date=None,
            snoozed_until=None, text=text, source_key=key, created_at=now, closed_at=None, notified_at=None,
            due_at=booking.at.astimezone(UTC))))
        connection.execute(update(CustomerRow).where(
            CustomerRow.id == booking.customer_id,
            or_(CustomerRow.follow_up_on.is_(None), CustomerRow.follow_up_on > day)).values(follow_up_on=day))
        return reminder

    def add_tasks(self, rows: Sequence[Mapping[str, Any]]) -> Created:
        """Materials tasks (reminder rows with their source keys); keys the book has are skipped."""
        have = self.existing_keys(row["source_key"] for row in rows)
        fresh = [row for row in rows if row["source_key"] not in have]
        ids: list[int] = []
        with self._engine.begin() as connection:
            for row in fresh:
                ids.append(_new_id(connection.execute(insert(ReminderRow).values(
                    status=ReminderStatus.PENDING.value, occasion="", occasion_date=None, snoozed_until=None,
                    closed_at=None, notified_at=None, due_at=None, **row))))
        return Created(tuple(ids), (), len(have))

    def mark_letters(self, keys: Sequence[str], sent: bool, now: datetime) -> int:
        """Thank-you reminders done (sent) or pending again; how many changed."""
        if not keys:
            return 0
        status = ReminderStatus.DONE.value if sent else ReminderStatus.PENDING.value
        with self._engine.begin() as connection:
            return int(connection.execute(update(ReminderRow).where(
                and_(ReminderRow.source_key.in_(list(keys)), ReminderRow.status != status)).values(
                status=status, closed_at=now if sent else None)).rowcount)


__all__ = ["ClosingRepository"]
