"""A day's visits as the book hands them over, and a day in the rep's own order.

`routes.plan_day` finds the order; `plan_in_order` keeps an order the rep chose (dragged into place) and only
works out its times, distances and what no longer fits, with the same rules for appointments and capacity:

- visits are taken in the given order; a fixed appointment starts at its time (the rep waits when early); one
  the rep cannot reach in time is left over as `clashes_fixed_time`; one on another day as `fixed_on_other_day`;
- a flexible visit that would end after the day's hours is left over as `over_hours`; beyond the day's number
  of visits as `over_visit_count` (counted in the given order);
- what is left over is skipped: the route goes on from the last visit kept.

Pure: no clock, no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from telesales.domain.model import Area, Intent, Region, Visit, VisitStatus
from telesales.domain.routes import (
    AreaVisits,
    DayCapacity,
    DayPlan,
    LeftOver,
    LeftOverReason,
    PlannedVisit,
    Point,
    Stop,
    haversine_km,
    path_km,
)


@dataclass(frozen=True, slots=True)
class VisitLine:
    """A visit with what planning and the screen need of its customer."""

    visit: Visit
    customer_name: str
    address: str
    region: Region
    area: Area
    latitude: float | None
    longitude: float | None
    intent: Intent | None = None
    demand_cents: int = 0
    phone: str = ""
    sequence: int | None = None  # the rep's own place in the day; None: the planner places it

    @property
    def id(self) -> int:
        return self.visit.id

    @property
    def open(self) -> bool:
        """Still to be made: proposed or planned."""
        return self.visit.status in (VisitStatus.PROPOSED, VisitStatus.PLANNED)


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment
    if tz is None:
        raise ValueError(f"fixed_start {moment.isoformat()} is aware: pass tz (the rep's local time zone)")
    return moment.astimezone(tz).replace(tzinfo=None)


def plan_in_order(
    stops: Sequence[Stop],
    start_point: Point,
    day: date,
    capacity: DayCapacity | None = None,
    *,
    tz: tzinfo | None = None,
    next_days: Sequence[date] = (),
) -> DayPlan:
    """The day in the given order (the rep's), timed; `list_order_km` is the same visits in visit-id order."""
    capacity = capacity or DayCapacity()
    later = [d for d in next_days if d > day]
    suggested = min(later) if later else day + timedelta(days=1)
    day_start = datetime.combine(day, capacity.day_start)
    day_end = day_start + timedelta(hours=capacity.hours)
    clock = day_start
    at = start_point
    kept: list[PlannedVisit] = []
    left: list[LeftOver] = []
    for stop in stops:
        fixed = None if stop.fixed_start is None else _local(stop.fixed_start, tz)
        if fixed is not None and fixed.date() != day:
            left.append(LeftOver(stop, LeftOverReason.FIXED_ON_OTHER_DAY, fixed.date()))
            continue
        if len(kept) >= capacity.max_visits:
            left.append(LeftOver(stop, LeftOverReason.OVER_VISIT_COUNT, suggested))
            continue
        km = haversine_km(at, stop.point)
        travel = capacity.travel_minutes(km)
        arrive = clock + timedelta(minutes=travel)
        duration = capacity.default_visit_minutes if stop.duration_minutes is None else stop.duration_minutes
        if fixed is not None:
            if arrive > fixed:
                left.append(LeftOver(stop, LeftOverReason.CLASHES_FIXED_TIME, suggested))
                continue
            begin = fixed
        else:
            begin = arrive
            if begin + timedelta(minutes=duration) > day_end:
                left.append(LeftOver(stop, LeftOverReason.OVER_HOURS, suggested))
                continue
        wait = int((begin - arrive).total_seconds() // 60)
        end = begin + timedelta(minutes=duration)
        kept.append(PlannedVisit(stop, len(kept) + 1, begin, end, km, travel, wait, fixed is not None))
        clock, at = end, stop.point
    blocks: list[AreaVisits] = []
    for visit in kept:
        if blocks and blocks[-1].area == visit.stop.area:
            blocks[-1] = AreaVisits(visit.stop.area, blocks[-1].visits + (visit,))
        else:
            blocks.append(AreaVisits(visit.stop.area, (visit,)))
    areas = [b.area for b in blocks]
    by_id = sorted((v.stop for v in kept), key=lambda s: (s.visit_id is None, s.visit_id or 0))
    first = kept[0] if kept else None
    return DayPlan(
        day=day,
        start_point=start_point,
        areas=tuple(blocks),
        left_over=tuple(left),
        total_km=sum(v.leg_km for v in kept),
        list_order_km=path_km(start_point, [s.point for s in by_id]),
        departs_at=(first.starts_at - timedelta(minutes=first.travel_minutes + first.wait_minutes)) if first else None,
        ends_at=kept[-1].ends_at if kept else None,
        grouped=len(areas) == len(set(areas)),
    )


__all__ = ["VisitLine", "plan_in_order"]
