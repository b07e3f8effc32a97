"""A day's plan for the field, as the exports write it: the ranked call list with reasons and phones, the visits
in route order by area with addresses, contacts and what to bring, and the day's reminders.

Plain data (codes and numbers; the UI words them). Times are aware datetimes in the rep's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from telesales.domain.calllist import RankedCall
from telesales.domain.model import Area, ReminderKind, VisitStatus
from telesales.domain.routes import LeftOverReason


@dataclass(frozen=True, slots=True)
class PlanCall:
    call: RankedCall  # rank, name, score, reasons (codes and points), the candidate the reasons are worded from
    phone: str  # formatted for its region
    tel: str  # the tel: link, empty when the number does not parse


@dataclass(frozen=True, slots=True)
class PlanContact:
    name: str
    title: str
    phone: str  # formatted


@dataclass(frozen=True, slots=True)
class PlanVisit:
    visit_id: int
    customer_id: int
    name: str
    sequence: int | None  # its place in the route; None: left over (does not fit the day)
    area: Area
    address: str
    approximate: bool  # placed at its district's centre
    starts_at: datetime | None
    ends_at: datetime | None
    fixed: bool  # an agreed appointment
    status: VisitStatus
    phone: str  # the customer's, formatted
    contact: PlanContact | None
    purpose: str
    bring: tuple[str, ...]  # product material asked for and not yet sent
    left_over: LeftOverReason | None = None
    suggested_day: date | None = None


@dataclass(frozen=True, slots=True)
class DueReminder:
    """An open reminder of the day with its people (the phone of its contact, else of its customer)."""

    id: int
    kind: ReminderKind
    due: date
    at: datetime | None
    customer_id: int | None
    customer_name: str
    contact_name: str
    phone: str
    region: str
    occasion: str
    text: str


@dataclass(frozen=True, slots=True)
class VisitContact:
    """A contact of a visited customer."""

    id: int
    customer_id: int
    name: str
    title: str
    phone: str
    decider: bool


@dataclass(frozen=True, slots=True)
class FieldPlan:
    day: date
    zone_key: str  # IANA name of the rep's zone; empty when the computer's zone has none
    generated_at: datetime
    calls: tuple[PlanCall, ...]
    more_calls: int  # callable customers beyond the day's target
    visits: tuple[PlanVisit, ...]  # in route order, left-over visits last
    reminders: tuple[DueReminder, ...]  # phones formatted
    total_km: float
    start_address: str

    @property
    def routed(self) -> tuple[PlanVisit, ...]:
        return tuple(visit for visit in self.visits if visit.sequence is not None)


__all__ = ["DueReminder", "FieldPlan", "PlanCall", "PlanContact", "PlanVisit", "VisitContact"]
