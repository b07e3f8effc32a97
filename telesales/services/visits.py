"""Use cases around visits (DOMAIN.md §5): plan the day's visits grouped by area in route order within the day's
capacity, or keep the rep's own order; plan a week; plan a visit, move it, record how it went; read an address
into a place; fill customers' missing areas.

What a day holds: its proposed and planned visits (done and cancelled ones are shown, not planned). Where each
customer is comes from `telesales.places` (their fields and coordinates first, their address for the rest;
district centres stand in for unknown coordinates, marked approximate). The route starts at the rep's start
address (Settings; a home or office address, or "latitude, longitude"); without one it starts at the middle of
the day's visits. Plan times are the rep's local wall-clock time (`rep.time_zone`, else the computer's).

What does not fit is listed with a suggested day: the next working day (Monday to Friday) that still has room
for it, counting the visits already planned there; an appointment on another day keeps its day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from telesales.domain.errors import UserError
from telesales.domain.model import Area, VisitStatus
from telesales.domain.places import Located, Precision
from telesales.domain.routes import (
    DayCapacity,
    DayPlan,
    LeftOver,
    LeftOverReason,
    Point,
    Stop,
    WeekPlan,
    plan_day,
    plan_week,
    priority_key,
)
from telesales.domain.settings import RuleSettings
from telesales.domain.visiting import VisitLine, plan_in_order
from telesales.services.calls import rep_zone
from telesales.services.ports import LocatorPort, SettingsPort, VisitStorePort

OPEN = (VisitStatus.PROPOSED, VisitStatus.PLANNED)
WORKING_DAYS = frozenset(range(5))  # Monday..Friday
DEFAULT_START = time(13, 0)  # the rep calls in the morning and visits in the afternoon (DOMAIN.md)


LocatorFactory = Callable[[Area], LocatorPort]
"""A locator for the rep's home area (its city settles district names several cities share)."""


@dataclass(frozen=True)
class StartPoint:
    """Where the day's route starts: the rep's start address read into a place, or the middle of the visits."""

    point: Point
    address: str
    place: Located | None  # None: no start address (or one that could not be read)

    @property
    def known(self) -> bool:
        return self.place is not None and self.place.point is not None


@dataclass(frozen=True)
class VisitDay:
    """A day of visits as the Visits screen and `telesales visits` show it."""

    day: date
    plan: DayPlan
    lines: Mapping[int, VisitLine]  # visit id → the visit and its customer, for every visit of the day
    places: Mapping[int, Located]  # visit id → where it is
    start: StartPoint
    capacity: DayCapacity
    manual: bool  # in the rep's own order
    zone: tzinfo  # the rep's time zone: plan times are wall-clock times there
    closed: tuple[VisitLine, ...] = ()  # the day's visits already done or cancelled

    def line(self, visit_id: int | None) -> VisitLine | None:
        return None if visit_id is None else self.lines.get(visit_id)


@dataclass(frozen=True)
class VisitWeek:
    days: tuple[date, ...]
    plan: WeekPlan
    lines: Mapping[int, VisitLine]
    places: Mapping[int, Located]
    start: StartPoint
    zone: tzinfo


@dataclass(frozen=True)
class VisitOutcome:
    """What the rep records after a visit: done (or the customer was not met), notes, and the next step."""

    visit_id: int
    done: bool = True
    notes: str = ""
    next_step: str = ""
    next_step_on: date | None = None


@dataclass(frozen=True)
class RecordedVisit:
    visit: VisitLine
    reminder_id: int | None


@dataclass(frozen=True)
class PlacesFilled:
    checked: int
    filled: int
    incomplete: tuple[tuple[int, Located], ...] = field(default=())  # customers whose place is still partial


def parse_start_time(text: str) -> time:
    try:
        hours, _, minutes = text.strip().partition(":")
        return time(int(hours), int(minutes or 0))
    except ValueError:
        return DEFAULT_START


def capacity_of(rules: RuleSettings) -> DayCapacity:
    return DayCapacity(
        max_visits=int(rules["visits.per_day"]), hours=float(rules["visits.hours_per_day"]),
        day_start=parse_start_time(str(rules["visits.start_time"])), speed_kmh=float(rules["visits.speed_kmh"]),
        default_visit_minutes=int(rules["visits.minutes_each"]))


class VisitService:
    def __init__(self, store: VisitStorePort, settings: SettingsPort, locator: LocatorFactory,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._settings = settings
        self._locator = locator
        self.clock = clock or (lambda: datetime.now(UTC))  # replaceable: tests fix the moment

    # ------------------------------------------------------------------------------------------ time, places

    def zone(self) -> tzinfo:
        return rep_zone(self._settings.load())

    def today(self) -> date:
        return self.clock().astimezone(self.zone()).date()

    def _start(self, rules: RuleSettings) -> tuple[LocatorPort, Located | None, str]:
        address = str(rules["visits.start_address"]).strip()
        place = self._locator(Area()).locate(address) if address else None
        locator = self._locator(place.area if place is not None else Area())
        return locator, place if place is not None and place.point is not None else None, address

    def locate(self, address: str) -> Located:
        """Read an address into a place, as the book would for a customer."""
        _locator, home, _address = self._start(self._settings.load())
        return self._locator(home.area if home else Area()).locate(address)

    def _where(self, locator: LocatorPort, lines: Sequence[VisitLine]) -> dict[int, Located]:
        seen: dict[int, Located] = {}
        out: dict[int, Located] = {}
        for line in lines:
            customer = line.visit.customer_id
            if customer not in seen:
                seen[customer] = locator.locate_customer(line.address, line.region, line.area, line.latitude,
                                                         line.longitude)
            out[line.id] = seen[customer]
        return out

    @staticmethod
    def _stop(line: VisitLine, place: Located, fallback: Point) -> Stop:
        point = place.point
        visit = line.visit
        return Stop(
            customer_id=visit.customer_id, area=place.area, latitude=(point or fallback)[0],
            longitude=(point or fallback)[1], approximate=point is None or place.precision is not Precision.EXACT,
            address=line.address, expected_demand_cents=line.demand_cents, intent=line.intent,
            duration_minutes=visit.duration_minutes,
            fixed_start=visit.starts_at if visit.fixed_time and visit.starts_at is not None else None,
            visit_id=visit.id)

    @staticmethod
    def _middle(points: Sequence[Point]) -> Point:
        if not points:
            return (0.0, 0.0)
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))

    # ------------------------------------------------------------------------------------------ planning

    def day(self, day: date) -> VisitDay:
        """The day's visits grouped by area in route order (or the rep's own order), timed, within capacity."""
        rules = self._settings.load()
        capacity = capacity_of(rules)
        zone = rep_zone(rules)
        locator, home, address = self._start(rules)
        every = self._store.between(day, day)
        lines = [line for line in every if line.open]
        places = self._where(locator, lines)
        known = [p.point for p in places.values() if p.point is not None]
        start = StartPoint(home.point if home and home.point else self._middle(known), address, home)
        stops = [self._stop(line, places[line.id], start.point) for line in lines]
        manual = any(line.sequence is not None for line in lines)
        if manual:
            position = {line.id: (line.sequence is None, line.sequence or 0, line.id) for line in lines}
            ordered = sorted(stops, key=lambda s: position[s.visit_id or 0])
            plan = plan_in_order(ordered, start.point, day, capacity, tz=zone)
        else:
            plan = plan_day(stops, start.point, day, capacity, tz=zone)
        plan = replace(plan, left_over=self._suggest(day, plan.left_over, capacity))
        return VisitDay(day, plan, {line.id: line for line in every}, places, start, capacity, manual, zone,
                        tuple(line for line in every if not line.open))

    def week(self, first: date, days: int = 5) -> VisitWeek:
        """The visits of the next `days` working days from `first`, spread over them by area."""
        week = self._working_days(first - timedelta(days=1), days)
        rules = self._settings.load()
        capacity = capacity_of(rules)
        locator, home, address = self._start(rules)
        lines = self._store.between(week[0], week[-1], OPEN)
        places = self._where(locator, lines)
        known = [p.point for p in places.values() if p.point is not None]
        start = StartPoint(home.point if home and home.point else self._middle(known), address, home)
        stops = [self._stop(line, places[line.id], start.point) for line in lines]
        zone = rep_zone(rules)
        plan = plan_week(stops, week, start.point, capacity, tz=zone, next_days=self._working_days(week[-1], 1))
        return VisitWeek(tuple(week), plan, {line.id: line for line in lines}, places, start, zone)

    @staticmethod
    def _working_days(after: date, count: int) -> list[date]:
        days: list[date] = []
        day = after
        while len(days) < count:
            day += timedelta(days=1)
            if day.weekday() in WORKING_DAYS:
                days.append(day)
        return days

    def _suggest(self, day: date, left: Sequence[LeftOver], capacity: DayCapacity) -> tuple[LeftOver, ...]:
        """Each left-over visit on the next working day with room (most important first); appointments on
        another day keep theirs."""
        if not left:
            return ()
        horizon = self._working_days(day, 30)
        taken = self._store.counts(horizon[0], horizon[-1])
        room = {d: max(0, capacity.max_visits - taken.get(d, 0)) for d in horizon}
        suggested: dict[int, date] = {}
        for position, item in sorted(enumerate(left), key=lambda e: (tuple(-x for x in priority_key(e[1].stop)),
                                                                        e[0])):
            if item.reason is LeftOverReason.FIXED_ON_OTHER_DAY:
                continue
            target = next((d for d in horizon if room[d] > 0), horizon[-1] + timedelta(days=1))
            if target in room:
                room[target] -= 1
            suggested[position] = target
        return tuple(replace(item, suggested_day=suggested.get(position, item.suggested_day))
                     for position, item in enumerate(left))

    # ------------------------------------------------------------------------------------------ changes

    def plan_visit(self, customer_id: int, day: date, *, at: datetime | None = None, duration_minutes: int | None = None,
                   purpose: str = "") -> int:
        """Plan a visit on `day`; with `at` (aware, or naive in the rep's zone) an appointment at that time.
        The customer's missing province / city / district are filled from their address."""
        rules = self._settings.load()
        if at is not None:
            at = at if at.tzinfo is not None else at.replace(tzinfo=rep_zone(rules))
            if at.astimezone(rep_zone(rules)).date() != day:
                raise UserError("the appointment's time is not on the visit's day")
        minutes = duration_minutes if duration_minutes is not None else int(rules["visits.minutes_each"])
        if minutes <= 0:
            raise UserError("a visit takes at least a minute")
        visit_id = self._store.add(customer_id, day, starts_at=at, fixed_time=at is not None,
                                   duration_minutes=minutes, purpose=purpose.strip())
        self.fill_places([customer_id])
        return visit_id

    def save_order(self, day: date, visit_ids: Sequence[int]) -> None:
        """Keep the rep's order for the day (dragged into place)."""
        if len(set(visit_ids)) != len(visit_ids):
            raise UserError("a visit is listed twice")
        self._store.set_order(day, list(visit_ids))

    def clear_order(self, day: date) -> None:
        """Hand the day back to the route planner."""
        self._store.set_order(day, [])

    def move(self, visit_id: int, day: date) -> None:
        if not self._store.move(visit_id, day):
            raise UserError(f"there is no visit {visit_id} in the book")

    def confirm(self, visit_id: int) -> None:
        """A proposed visit becomes a planned one."""
        if not self._store.set_status(visit_id, VisitStatus.PLANNED):
            raise UserError(f"there is no visit {visit_id} in the book")

    def set_appointment(self, visit_id: int, starts_at: datetime | None) -> None:
        if starts_at is not None and starts_at.tzinfo is None:
            starts_at = starts_at.replace(tzinfo=self.zone())
        if not self._store.set_appointment(visit_id, starts_at):
            raise UserError(f"there is no visit {visit_id} in the book")

    def record_outcome(self, outcome: VisitOutcome) -> RecordedVisit:
        """How a visit went, as easily as a call: done or not met, notes, a next step with its date (a follow-up
        reminder and the customer's next follow-up)."""
        now = self.clock()
        line = self._store.get(outcome.visit_id)
        if line is None:
            raise UserError(f"there is no visit {outcome.visit_id} in the book")
        if outcome.next_step_on is not None and outcome.next_step_on < now.astimezone(self.zone()).date():
            raise UserError("the next step's date is in the past")
        if outcome.next_step.strip() and outcome.next_step_on is None:
            raise UserError("give the next step a date")
        status = VisitStatus.DONE if outcome.done else VisitStatus.CANCELLED
        reminder = self._store.record_outcome(outcome.visit_id, status, outcome.notes.strip(),
                                              outcome.next_step.strip(), outcome.next_step_on, now)
        saved = self._store.get(outcome.visit_id)
        assert saved is not None
        return RecordedVisit(saved, reminder)

    def fill_places(self, customer_ids: Sequence[int] | None = None) -> PlacesFilled:
        """Fill missing province / city / district of customers (all, or the given ones) from their addresses;
        the rep's own values are never overwritten. Coordinates are not invented: a district centre stands in
        for them when planning, marked approximate."""
        _home_locator, home, _address = self._start(self._settings.load())
        locator = self._locator(home.area if home else Area())
        missing = self._store.customers_missing_place(customer_ids)
        updates: list[tuple[int, Area]] = []
        incomplete: list[tuple[int, Located]] = []
        for customer_id, address, region, area in missing:
            place = locator.locate_customer(address, region, area, None, None)
            if place.area != area:
                updates.append((customer_id, place.area))
            if place.missing or place.guessed:
                incomplete.append((customer_id, place))
        filled = self._store.fill_places(updates) if updates else 0
        return PlacesFilled(len(missing), filled, tuple(incomplete))


__all__ = [
    "LocatorFactory", "PlacesFilled", "RecordedVisit", "StartPoint", "VisitDay", "VisitOutcome", "VisitService",
    "VisitWeek", "capacity_of",
]
