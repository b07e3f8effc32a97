"""The book's value types: what a customer, a contact, a call, an order, a visit is.

Plain frozen dataclasses and enums. Money is integer cents (exact); dates are `date`; moments are aware
`datetime`s in UTC. Nothing here reads a clock, a file or a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Tier(StrEnum):
    """The customer pyramid (DOMAIN.md §1), highest first."""

    SUPER = "super"
    BIG = "big"
    MEDIUM = "medium"
    SMALL = "small"
    INACTIVE = "inactive"
    PROSPECT = "prospect"
    SUSPECT = "suspect"
    OTHER = "other"


class CustomerKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Face(StrEnum):
    """The three faces of key customers (红脸 / 黑脸 / 白脸)."""

    RED = "red"
    BLACK = "black"
    WHITE = "white"


class BuyingRole(StrEnum):
    USER = "user"
    INFLUENCER = "influencer"
    DECIDER = "decider"
    APPROVER = "approver"
    BUYER = "buyer"
    GATEKEEPER = "gatekeeper"


class CallOutcome(StrEnum):
    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"
    REFUSED = "refused"
    CALL_BACK = "call_back"


class Intent(StrEnum):
    """Buying intent (成交意向): A clear intent … D not interested."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class Attitude(StrEnum):
    WARM = "warm"
    NEUTRAL = "neutral"
    COLD = "cold"
    HOSTILE = "hostile"


class VisitStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class CalendarKind(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    COMPANY_ANNIVERSARY = "company_anniversary"
    FIRST_DEAL = "first_deal"
    EVENT = "event"
    OTHER = "other"


class ReminderKind(StrEnum):
    FOLLOW_UP = "follow_up"
    VISIT = "visit"
    MATERIALS = "materials"
    THANK_YOU = "thank_you"
    GREETING = "greeting"
    CLOSE_DAY = "close_day"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


class Region(StrEnum):
    """Where a customer keeps its festivals: mainland China, Hong Kong, Taiwan, or elsewhere."""

    CN = "CN"
    HK = "HK"
    TW = "TW"
    OTHER = "OTHER"


@dataclass(frozen=True, slots=True)
class AnnualDate:
    """A date that comes back every year: a birthday or anniversary, solar or lunar.

    `leap` is only meaningful for lunar dates (a day of a leap month); `year` is optional (the year of birth or
    of founding, when known).
    """

    calendar: CalendarKind
    month: int
    day: int
    leap: bool = False
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1..12")
        if not 1 <= self.day <= (30 if self.calendar is CalendarKind.LUNAR else 31):
            raise ValueError(f"day {self.day} is out of range")
        if self.leap and self.calendar is not CalendarKind.LUNAR:
            raise ValueError("only a lunar date can be in a leap month")


@dataclass(frozen=True, slots=True)
class Area:
    """Province / city / district (省 / 市 / 区); any part may be unknown."""

    province: str = ""
    city: str = ""
    district: str = ""


@dataclass(frozen=True, slots=True)
class Customer:
    id: int
    name: str
    kind: CustomerKind = CustomerKind.COMPANY
    industry: str = ""
    scale: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    address: str = ""
    area: Area = field(default_factory=Area)
    latitude: float | None = None
    longitude: float | None = None
    region: Region = Region.CN
    owner: str = ""
    tier: Tier = Tier.SUSPECT
    tier_pin: Tier | None = None
    tier_pin_reason: str = ""
    do_not_call: bool = False
    marked_other: bool = False
    face: Face | None = None
    keeps_christmas: bool = False
    credit_limit_cents: int | None = None
    payment_terms: str = ""
    competitors: str = ""
    preferences: str = ""
    notes: str = ""
    founded_on: date | None = None
    tags: tuple[str, ...] = ()  # the rep's own labels (domain.tags)


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    customer_id: int
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    roles: frozenset[BuyingRole] = frozenset()
    birthday: AnnualDate | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Call:
    id: int
    customer_id: int
    called_at: datetime
    outcome: CallOutcome
    contact_id: int | None = None
    call_back_at: datetime | None = None
    need: str = ""
    expected_value_cents: int | None = None
    attitude: Attitude | None = None
    intent: Intent | None = None
    visit_possible: bool = False
    visit_when: datetime | None = None
    materials_requested: str = ""
    next_step: str = ""
    next_step_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    customer_id: int
    ordered_on: date
    amount_cents: int
    profit_cents: int = 0
    paid_cents: int = 0


@dataclass(frozen=True, slots=True)
class Visit:
    id: int
    customer_id: int
    planned_on: date
    status: VisitStatus = VisitStatus.PLANNED
    starts_at: datetime | None = None
    fixed_time: bool = False
    duration_minutes: int = 45
    contact_id: int | None = None
    purpose: str = ""
    outcome_notes: str = ""


@dataclass(frozen=True, slots=True)
class ImportantDate:
    id: int
    customer_id: int
    kind: DateKind
    when: AnnualDate
    contact_id: int | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class TierChange:
    customer_id: int
    changed_on: date
    from_tier: Tier | None
    to_tier: Tier
    reason: str
    note: str = ""  # a pin's reason as the rep typed it


@dataclass(frozen=True, slots=True)
class Reminder:
    id: int
    kind: ReminderKind
    due_on: date
    status: ReminderStatus = ReminderStatus.PENDING
    customer_id: int | None = None
    contact_id: int | None = None
    occasion: str = ""
    occasion_date: date | None = None
    snoozed_until: date | None = None
    text: str = ""
    source_key: str = ""
