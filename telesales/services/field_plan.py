"""Use case: a chosen day's plan for the field (default the next day), as the exports write it.

What it holds: the day's call list as ranked at 09:00 that day (the day's target, plus every must-call beyond
it), phones formatted as the Today screen shows them; the day's visits grouped by area in route order (or the
rep's own), timed, with the contact to meet (the visit's own, else the customer's first decider, else its first
contact) and the product material asked for and not yet sent; the visits that do not fit, last; and the open
reminders due that day. Times are aware, in the rep's zone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from telesales.domain.field_plan import DueReminder, FieldPlan, PlanCall, PlanContact, PlanVisit, VisitContact
from telesales.domain.phones import display_phone, tel_uri
from telesales.services.calls import CallService, morning_of, rep_zone
from telesales.services.ports import SettingsPort
from telesales.services.visits import VisitService


class FieldPlanReaderPort(Protocol):
    def reminders_on(self, day: date) -> list[DueReminder]: ...

    def contacts(self, customer_ids: Sequence[int]) -> list[VisitContact]: ...

    def materials(self, customer_ids: Sequence[int]) -> dict[int, list[str]]: ...


class FieldPlanService:
    def __init__(self, reader: FieldPlanReaderPort, calls: CallService, visits: VisitService,
                 settings: SettingsPort, clock: Callable[[], datetime] | None = None) -> None:
        self._reader = reader
        self._calls = calls
        self._visits = visits
        self._settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))

    def tomorrow(self) -> date:
        """The default day of an export: the day after today in the rep's zone."""
        return self.clock().astimezone(rep_zone(self._settings.load())).date() + timedelta(days=1)

    def plan(self, day: date) -> FieldPlan:
        rules = self._settings.load()
        zone = rep_zone(rules)
        listed = self._calls.today(morning_of(day, zone), int(rules["calls.daily_target"]), lines_for=None)
        calls = []
        for ranked in listed.calls.calls:
            line = listed.lines.get(ranked.customer_id)
            number, region = (line.phone, line.region) if line is not None else ("", "CN")
            calls.append(PlanCall(ranked, display_phone(number, region), tel_uri(number, region) if number else ""))

        visit_day = self._visits.day(day)
        plan = visit_day.plan
        customers = sorted({line.visit.customer_id for line in visit_day.lines.values()})
        contacts = self._reader.contacts(customers)
        by_id = {contact.id: contact for contact in contacts}
        first: dict[int, VisitContact] = {}
        for contact in contacts:  # the first decider, else the first contact
            held = first.get(contact.customer_id)
            if held is None or (contact.decider and not held.decider):
                first[contact.customer_id] = contact
        bring = self._reader.materials(customers)
        visits: list[PlanVisit] = []

        def visit(visit_id: int, sequence: int | None, starts: datetime | None, ends: datetime | None,
                  fixed: bool, approximate: bool, **extra: object) -> PlanVisit | None:
            line = visit_day.lines.get(visit_id)
            if line is None:
                return None
            place = visit_day.places.get(visit_id)
            chosen = by_id.get(line.visit.contact_id or -1) or first.get(line.visit.customer_id)
            contact = None if chosen is None else PlanContact(chosen.name, chosen.title,
                                                              display_phone(chosen.phone, line.region.value))
            return PlanVisit(
                visit_id, line.visit.customer_id, line.customer_name, sequence,
                place.area if place is not None else line.area, line.address, approximate,
                starts.replace(tzinfo=zone) if starts is not None else None,
                ends.replace(tzinfo=zone) if ends is not None else None, fixed, line.visit.status,
                display_phone(line.phone, line.region.value), contact, line.visit.purpose,
                tuple(bring.get(line.visit.customer_id, ())), **extra)  # type: ignore[arg-type]

        for planned in plan.visits:
            made = visit(planned.stop.visit_id or 0, planned.sequence, planned.starts_at, planned.ends_at,
                         planned.fixed, planned.approximate)
            if made is not None:
                visits.append(made)
        for left in plan.left_over:
            stop = left.stop
            line = visit_day.lines.get(stop.visit_id or 0)
            fixed = stop.fixed_start
            starts = fixed.astimezone(zone).replace(tzinfo=None) if fixed is not None and fixed.tzinfo else fixed
            made = visit(stop.visit_id or 0, None, starts, None, fixed is not None, stop.approximate,
                         left_over=left.reason, suggested_day=left.suggested_day)
            if made is not None and line is not None:
                visits.append(made)

        reminders = tuple(replace(item, phone=display_phone(item.phone, item.region),
                                  at=item.at.astimezone(zone) if item.at is not None else None)
                          for item in self._reader.reminders_on(day))
        return FieldPlan(day, str(getattr(zone, "key", "") or ""), self.clock().astimezone(zone), tuple(calls),
                         listed.calls.more, tuple(visits), reminders, plan.total_km,
                         visit_day.start.address)


__all__ = ["FieldPlanReaderPort", "FieldPlanService"]
