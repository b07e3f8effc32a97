"""Subcommands about visits and places: the day's (or week's) visit plan (`visits`), what an address reads as
(`area`), and filling customers' missing areas from their addresses (`places`).

Times in `visits --json` are the rep's local wall-clock times with their offset (the `rep.time_zone` setting,
else the computer's zone). Distances are straight-line kilometres.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, tzinfo
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day
from telesales.domain.model import Area
from telesales.domain.places import Located
from telesales.domain.routes import DayPlan, LeftOver

# ------------------------------------------------------------------------------------------------ arguments


def _date(text: str) -> date:
    return day(text)  # an ISO date the book can work with


def register(subparsers: Any) -> None:
    visits = subparsers.add_parser("visits", help=QT_TRANSLATE_NOOP(
        "CLI", "the day's visits grouped by area in route order, with times, distances and what does not fit"))
    visits.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    visits.add_argument("--date", type=_date, default=None,
                        help=QT_TRANSLATE_NOOP("CLI", "the day to plan (YYYY-MM-DD, default: today)"))
    visits.add_argument("--week", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "plan the five working days from --date instead, spreading visits over them by area"))
    visits.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    visits.set_defaults(handler=run_visits)

    area = subparsers.add_parser("area", help=QT_TRANSLATE_NOOP(
        "CLI", "read an address into province, city, district and coordinates, and say what was guessed"))
    area.add_argument("address", help=QT_TRANSLATE_NOOP("CLI", "the address, in Chinese or English"))
    area.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP(
        "CLI", "a book whose start address settles district names several cities share"))
    area.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    area.set_defaults(handler=run_area)

    places = subparsers.add_parser("places", help=QT_TRANSLATE_NOOP(
        "CLI", "fill customers' missing province, city and district from their addresses"))
    places.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    places.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    places.set_defaults(handler=run_places)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


# ------------------------------------------------------------------------------------------------ words


def _area(area: Area) -> dict[str, str]:
    return {"province": area.province, "city": area.city, "district": area.district}


def area_label(area: Area) -> str:
    parts = [area.province, area.city if area.city != area.province else "", area.district]
    return " ".join(p for p in parts if p) or "?"


def _moment(moment: datetime | None, zone: tzinfo) -> str | None:
    return None if moment is None else moment.replace(tzinfo=zone).isoformat(timespec="minutes")


def _left_json(item: LeftOver, names: dict[int, str]) -> dict[str, Any]:
    stop = item.stop
    return {"visit_id": stop.visit_id, "customer_id": stop.customer_id, "name": names.get(stop.visit_id or 0, ""),
            "address": stop.address, "area": _area(stop.area), "reason": item.reason.value,
            "suggested_day": item.suggested_day.isoformat()}


def plan_json(plan: DayPlan, zone: tzinfo, names: dict[int, str], statuses: dict[int, str]) -> dict[str, Any]:
    return {
        "date": plan.day.isoformat(),
        "grouped": plan.grouped,
        "departs": _moment(plan.departs_at, zone),
        "ends": _moment(plan.ends_at, zone),
        "total_km": round(plan.total_km, 2),
        "list_order_km": round(plan.list_order_km, 2),
        "areas": [{
            "area": _area(block.area), "label": area_label(block.area), "km": round(block.km, 2),
            "visits": [{
                "sequence": v.sequence, "visit_id": v.stop.visit_id, "customer_id": v.customer_id,
                "name": names.get(v.stop.visit_id or 0, ""), "address": v.stop.address,
                "status": statuses.get(v.stop.visit_id or 0, ""),
                "start": _moment(v.starts_at, zone), "end": _moment(v.ends_at, zone), "fixed": v.fixed,
                "leg_km": round(v.leg_km, 2), "travel_minutes": v.travel_minutes, "wait_minutes": v.wait_minutes,
                "approximate": v.approximate, "latitude": v.stop.latitude, "longitude": v.stop.longitude,
                "intent": v.stop.intent.value if v.stop.intent else None,
                "expected_value_cents": v.stop.expected_demand_cents,
            } for v in block.visits],
        } for block in plan.areas],
        "left_over": [_left_json(item, names) for item in plan.left_over],
    }


def _plan_text(plan: DayPlan, names: dict[int, str]) -> list[str]:
    lines = [f"{plan.day.isoformat()}: {len(plan.visits)} visits, {plan.total_km:.1f} km "
             f"(in list order {plan.list_order_km:.1f} km)"]
    for block in plan.areas:
        lines.append(f"  {area_label(block.area)}")
        for v in block.visits:
            mark = " *" if v.fixed else ""
            lines.append(f"    {v.sequence:>2}. {v.starts_at:%H:%M}-{v.ends_at:%H:%M}{mark}  "
                         f"{names.get(v.stop.visit_id or 0, '')}  ({v.leg_km:.1f} km)")
    for item in plan.left_over:
        lines.append(f"  left over: {names.get(item.stop.visit_id or 0, '')} — {item.reason.value}, "
                     f"suggested {item.suggested_day.isoformat()}")
    return lines


# ------------------------------------------------------------------------------------------------ commands


def run_visits(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    session = _open(args)
    try:
        day = args.date or session.visit_today()
        if args.week:
            week = session.visit_week(day)
        else:
            visit_day = session.visit_day(day)
    finally:
        session.close()
    if args.week:
        names = {vid: line.customer_name for vid, line in week.lines.items()}
        statuses = {vid: line.visit.status.value for vid, line in week.lines.items()}
        payload = {
            "days": [plan_json(plan, week.zone, names, statuses) for plan in week.plan.days],
            "left_over": [_left_json(item, names) for item in week.plan.left_over],
            "total_km": round(week.plan.total_km, 2), "list_order_km": round(week.plan.list_order_km, 2),
            "start": _start_json(week.start),
        }
        emit(args, payload, lambda: "\n".join(line for plan in week.plan.days for line in _plan_text(plan, names)))
        return 0
    names = {vid: line.customer_name for vid, line in visit_day.lines.items()}
    statuses = {vid: line.visit.status.value for vid, line in visit_day.lines.items()}
    payload = plan_json(visit_day.plan, visit_day.zone, names, statuses)
    capacity = visit_day.capacity
    payload.update(
        order="manual" if visit_day.manual else "route",
        start=_start_json(visit_day.start),
        capacity={"visits": capacity.max_visits, "hours": capacity.hours,
                  "day_start": capacity.day_start.strftime("%H:%M"), "speed_kmh": capacity.speed_kmh,
                  "minutes_each": capacity.default_visit_minutes},
        closed=[{"visit_id": line.id, "customer_id": line.visit.customer_id, "name": line.customer_name,
                 "status": line.visit.status.value, "notes": line.visit.outcome_notes}
                for line in visit_day.closed],
    )
    emit(args, payload, lambda: "\n".join(_plan_text(visit_day.plan, names)))
    return 0


def _start_json(start: Any) -> dict[str, Any]:
    return {"address": start.address, "known": start.known, "latitude": start.point[0],
            "longitude": start.point[1]}


def _place_text(address: str, place: Located) -> str:
    lines = [address, f"  {area_label(place.area)}"]
    if place.point is not None:
        lines.append(f"  {place.latitude:.5f}, {place.longitude:.5f} ({place.precision.value})")
    if place.guessed:
        lines.append("  guessed: " + ", ".join(p.value for p in place.guessed))
    if place.missing:
        lines.append("  missing: " + ", ".join(p.value for p in place.missing))
    for other in place.alternatives:
        lines.append(f"  or: {area_label(other)}")
    return "\n".join(lines)


def run_area(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    if args.book is not None:
        session = _open(args)
        try:
            place = session.locate(args.address)
        finally:
            session.close()
    else:
        from telesales.places.locate import Locator

        place = Locator().locate(args.address)
    emit(args, {"address": args.address, **place.as_json()}, lambda: _place_text(args.address, place))
    return 0


def run_places(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    session = _open(args)
    try:
        filled = session.fill_places()
    finally:
        session.close()
    payload = {
        "checked": filled.checked, "filled": filled.filled,
        "incomplete": [{"customer_id": cid, **place.as_json()} for cid, place in filled.incomplete],
    }
    emit(args, payload, lambda: f"checked {filled.checked} customers with an incomplete area, filled "
                                f"{filled.filled}; {len(filled.incomplete)} still guessed or incomplete")
    return 0


__all__ = ["area_label", "plan_json", "register"]
