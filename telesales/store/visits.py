"""Visits in the book: a day's visits with what planning needs of their customers, planning one, putting the
day in the rep's order, moving one to another day, recording how it went; and filling customers' missing
province / city / district from their addresses.

Recording an outcome with a next step works like a call's: a follow-up reminder (its `source_key` made from the
visit's id, so recording again updates it rather than adding a second) and the customer's `follow_up_on`, which
the day's call list reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, func, insert, or_, select, update

from telesales.domain.errors import UserError
from telesales.domain.model import Area, Intent, Region, ReminderKind, ReminderStatus, Visit, VisitStatus
from telesales.domain.visiting import VisitLine
from telesales.store.models import CallRow, CustomerRow, ReminderRow, VisitRow
from telesales.store.search_index import customer_key_rows, replace_keys

_INTENTS = {intent.value: intent for intent in Intent}
_REGIONS = {region.value: region for region in Region}


def visit_source_key(visit_id: int, kind: str) -> str:
    """The reminder's idempotence key: one reminder of a kind per visit."""
    return f"visit:{visit_id}:{kind}"


_COLUMNS = (
    VisitRow.id, VisitRow.customer_id, VisitRow.contact_id, VisitRow.planned_on, VisitRow.starts_at,
    VisitRow.fixed_time, VisitRow.duration_minutes, VisitRow.status, VisitRow.purpose, VisitRow.outcome_notes,
    VisitRow.sequence, CustomerRow.name, CustomerRow.address, CustomerRow.region, CustomerRow.province,
    CustomerRow.city, CustomerRow.district, CustomerRow.latitude, CustomerRow.longitude, CustomerRow.last_intent,
    CustomerRow.open_value_cents, CustomerRow.phone, CallRow.intent.label("call_intent"),
    CallRow.expected_value_cents.label("call_value"),
)


def _line(row: Any) -> VisitLine:
    intent = _INTENTS.get(row.last_intent or "") or _INTENTS.get(row.call_intent or "")
    demand = row.open_value_cents or row.call_value or 0
    visit = Visit(id=row.id, customer_id=row.customer_id, planned_on=row.planned_on, status=VisitStatus(row.status),
                  starts_at=row.starts_at, fixed_time=bool(row.fixed_time), duration_minutes=row.duration_minutes,
                  contact_id=row.contact_id, purpose=row.purpose or "", outcome_notes=row.outcome_notes or "")
    return VisitLine(visit, row.name, row.address or "", _REGIONS.get(row.region, Region.OTHER),
                     Area(row.province or "", row.city or "", row.district or ""), row.latitude, row.longitude,
                     intent, int(demand), row.phone or "", row.sequence)


class VisitRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # ------------------------------------------------------------------------------------------ reading

    def _query(self) -> Any:
        return (select(*_COLUMNS).join(CustomerRow, CustomerRow.id == VisitRow.customer_id)
                .outerjoin(CallRow, CallRow.id == VisitRow.from_call_id))

    def between(self, first: date, last: date, statuses: Sequence[VisitStatus] = ()) -> list[VisitLine]:
        """Visits planned on days first..last (inclusive), in day then id order; all statuses unless given."""
        query = self._query().where(VisitRow.planned_on >= first, VisitRow.planned_on <= last)
        if statuses:
            query = query.where(VisitRow.status.in_([s.value for s in statuses]))
        with self._engine.connect() as connection:
            return [_line(row) for row in connection.execute(query.order_by(VisitRow.planned_on, VisitRow.id))]

    def get(self, visit_id: int) -> VisitLine | None:
        with self._engine.connect() as connection:
            row = connection.execute(self._query().where(VisitRow.id == visit_id)).first()
        return None if row is None else _line(row)

    def counts(self, first: date, last: date) -> dict[date, int]:
        """Open (proposed or planned) visits per day, first..last."""
        query = (select(VisitRow.planned_on, func.count())
                 .where(VisitRow.planned_on >= first, VisitRow.planned_on <= last,
                        VisitRow.status.in_([VisitStatus.PROPOSED.value, VisitStatus.PLANNED.value]))
                 .group_by(VisitRow.planned_on).order_by(VisitRow.planned_on))
        with self._engine.connect() as connection:
            return {day: int(count) for day, count in connection.execute(query)}

    # ------------------------------------------------------------------------------------------ writing

    def add(self, customer_id: int, day: date, *, starts_at: datetime | None = None, fixed_time: bool = False,
            duration_minutes: int = 45, purpose: str = "", contact_id: int | None = None,
            status: VisitStatus = VisitStatus.PLANNED) -> int:
        with self._engine.begin() as connection:
            if connection.execute(select(CustomerRow.id).where(CustomerRow.id == customer_id)).first() is None:
                raise UserError(f"there is no customer {customer_id} in the book")
            result = connection.execute(insert(VisitRow).values(
                customer_id=customer_id, contact_id=contact_id, planned_on=day,
                starts_at=starts_at.astimezone(UTC) if starts_at else None, fixed_time=fixed_time and bool(starts_at),
                duration_minutes=duration_minutes, status=status.value, purpose=purpose, outcome_notes="",
                from_call_id=None, sequence=None))
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def set_order(self, day: date, visit_ids: Sequence[int]) -> None:
        """The rep's order for the day: the given visits in this order, the day's others after them in the
        planner's; an empty list hands the whole day back to the planner."""
        with self._engine.begin() as connection:
            on_day = set(connection.execute(select(VisitRow.id).where(VisitRow.planned_on == day)).scalars())
            stray = [v for v in visit_ids if v not in on_day]
            if stray:
                raise UserError(f"visit {stray[0]} is not planned on {day.isoformat()}")
            connection.execute(update(VisitRow).where(VisitRow.planned_on == day).values(sequence=None))
            for position, visit_id in enumerate(visit_ids, start=1):
                connection.execute(update(VisitRow).where(VisitRow.id == visit_id).values(sequence=position))

    def set_times(self, times: Sequence[tuple[int, datetime | None]]) -> None:
        """Planned start times of flexible visits (appointments keep theirs)."""
        with self._engine.begin() as connection:
            for visit_id, moment in times:
                connection.execute(update(VisitRow).where(VisitRow.id == visit_id, VisitRow.fixed_time.is_(False))
                                   .values(starts_at=moment.astimezone(UTC) if moment else None))

    def set_appointment(self, visit_id: int, starts_at: datetime | None) -> bool:
        """Fix the visit at an agreed time (None: no appointment, the planner places it)."""
        with self._engine.begin() as connection:
            result = connection.execute(update(VisitRow).where(VisitRow.id == visit_id).values(
                starts_at=starts_at.astimezone(UTC) if starts_at else None, fixed_time=starts_at is not None))
            return bool(result.rowcount)

    def set_status(self, visit_id: int, status: VisitStatus) -> bool:
        with self._engine.begin() as connection:
            result = connection.execute(update(VisitRow).where(VisitRow.id == visit_id).values(status=status.value))
            return bool(result.rowcount)

    def move(self, visit_id: int, day: date) -> bool:
        """Plan the visit on another day (out of any order the rep gave its old day); an appointment keeps its
        time of day."""
        with self._engine.begin() as connection:
            row = connection.execute(select(VisitRow.planned_on, VisitRow.starts_at, VisitRow.fixed_time)
                                     .where(VisitRow.id == visit_id)).first()
            if row is None:
                return False
            values: dict[str, Any] = {"planned_on": day, "sequence": None}
            if row.starts_at is not None:
                values["starts_at"] = row.starts_at + timedelta(days=(day - row.planned_on).days) \
                    if row.fixed_time else None
            connection.execute(update(VisitRow).where(VisitRow.id == visit_id).values(values))
            return True

    def record_outcome(self, visit_id: int, status: VisitStatus, notes: str, next_step: str,
                       next_step_on: date | None, now: datetime) -> int | None:
        """How the visit went (done or cancelled) and its notes; a next step with a date becomes a follow-up
        reminder and the customer's next follow-up, as after a call. Returns the reminder's id."""
        with self._engine.begin() as connection:
            row = connection.execute(select(VisitRow.customer_id, VisitRow.contact_id)
                                     .where(VisitRow.id == visit_id)).first()
            if row is None:
                raise UserError(f"there is no visit {visit_id} in the book")
            connection.execute(update(VisitRow).where(VisitRow.id == visit_id).values(
                status=status.value, outcome_notes=notes, sequence=None))
            if next_step_on is None:
                return None
            key = visit_source_key(visit_id, ReminderKind.FOLLOW_UP.value)
            existing = connection.execute(select(ReminderRow.id).where(ReminderRow.source_key == key)).scalar()
            values = dict(kind=ReminderKind.FOLLOW_UP.value, due_on=next_step_on, status=ReminderStatus.PENDING.value,
                          customer_id=row.customer_id, contact_id=row.contact_id, occasion="", occasion_date=None,
                          snoozed_until=None, text=next_step, closed_at=None)
            if existing is not None:
                connection.execute(update(ReminderRow).where(ReminderRow.id == existing).values(values))
                reminder_id = int(existing)
            else:
                result = connection.execute(insert(ReminderRow).values(**values, source_key=key, created_at=now))
                inserted = result.inserted_primary_key
                assert inserted is not None
                reminder_id = int(inserted[0])
            connection.execute(update(CustomerRow).where(CustomerRow.id == row.customer_id)
                               .values(follow_up_on=next_step_on))
            return reminder_id

    # ------------------------------------------------------------------------------------------ places

    def customers_missing_place(self, customer_ids: Sequence[int] | None = None) -> list[tuple[int, str, Region, Area]]:
        """(id, address, region, area) of customers with an address whose province or city (or district, in
        China) is empty."""
        c = CustomerRow
        incomplete = or_(c.province == "", c.city == "",
                         and_(c.district == "", c.region.in_([Region.CN.value, Region.HK.value, Region.TW.value])))
        query = select(c.id, c.address, c.region, c.province, c.city, c.district).where(c.address != "", incomplete)
        if customer_ids is not None:
            query = query.where(c.id.in_(list(customer_ids)))
        with self._engine.connect() as connection:
            return [(row.id, row.address, _REGIONS.get(row.region, Region.OTHER),
                     Area(row.province, row.city, row.district)) for row in connection.execute(query.order_by(c.id))]

    def fill_places(self, places: Sequence[tuple[int, Area]]) -> int:
        """Fill each customer's empty province / city / district (never overwriting the rep's), keeping the
        search index in step; returns how many customers changed."""
        changed = 0
        c = CustomerRow
        with self._engine.begin() as connection:
            for customer_id, area in places:
                found = connection.execute(select(c.id, c.name, c.phone, c.province, c.city, c.district)
                                           .where(c.id == customer_id)).mappings().first()
                if found is None:
                    continue
                row = dict(found)
                new = {"province": row["province"] or area.province, "city": row["city"] or area.city,
                       "district": row["district"] or area.district}
                if all(new[k] == row[k] for k in new):
                    continue
                connection.execute(update(c).where(c.id == customer_id).values(new))
                replace_keys(connection, customer_key_rows(row), customer_key_rows({**row, **new}))
                changed += 1
        return changed


__all__ = ["VisitRepository", "visit_source_key"]
