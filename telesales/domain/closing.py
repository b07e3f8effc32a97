"""Closing the day (每天梳理, DOMAIN.md §7): the day in numbers, what is still open, and the three steps.

Pure rules: no clock, no database, no Qt. Stated rules:

* **The steps**, in order: (1) a thank-you letter to every customer with an order dated today; (2) book the next
  working day's key customers — the top of its call list (`close_day.key_customers`, default 10) and every
  must-call (due follow-ups and call-backs), at most `MAX_KEY_CUSTOMERS` lines — as a call (a follow-up reminder
  at a time) or a visit (an appointment); (3) ask every interested customer — intent A or B on a call today —
  whether they want product material (a materials task due the next working day).
* **A step** is open, done or skipped; a skipped step can be resumed (done later). The day is closed when no step
  is open. Progress is kept in the book, per day.
* **Nothing twice.** Everything the routine creates carries a stable source key made of the day, the step and the
  customer (`booking_key`, `materials_key`; the thank-you letter keeps the reminders' own `thank_you_key`), so
  closing a day twice, or from the app and the command line, creates nothing twice.
* **The next working day** is the next Monday to Friday after the day (Friday books Monday).
* **Intent moves** of a day compare each customer's intent before the day with the last intent given on the day:
  up (towards A), down (towards D) or new (no intent before).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from telesales.domain.calllist import IntentDirection, RankedCall, intent_move
from telesales.domain.model import Intent

MAX_KEY_CUSTOMERS = 100
"""At most this many lines in step 2, however many follow-ups are overdue (the rest stay on the call list)."""

INTERESTED = frozenset({Intent.A, Intent.B})
WORKING_DAYS = frozenset(range(5))  # Monday..Friday
CALL_SLOT_MINUTES = 15
VISIT_GAP_MINUTES = 30  # travel between two suggested visit times
FIRST_CALL = time(9, 0)
OFFER_TIME = time(17, 30)  # the default of the `close_day.time` setting


class CloseStep(StrEnum):
    THANK_YOU = "thank_you"
    BOOK_TOMORROW = "book_tomorrow"
    MATERIALS = "materials"


STEPS: tuple[CloseStep, ...] = (CloseStep.THANK_YOU, CloseStep.BOOK_TOMORROW, CloseStep.MATERIALS)


class StepState(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class BookingKind(StrEnum):
    CALL = "call"
    VISIT = "visit"


def next_working_day(day: date) -> date:
    following = day + timedelta(days=1)
    while following.weekday() not in WORKING_DAYS:
        following += timedelta(days=1)
    return following


def parse_hhmm(text: str, fallback: time) -> time:
    """"17:30" → 17:30; the fallback for anything that is not a time of day."""
    hours, _, minutes = text.strip().partition(":")
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError:
        return fallback


def booking_key(day: date, kind: BookingKind, customer_id: int) -> str:
    """One booking of a kind per customer per closed day."""
    return f"close_day:{day.isoformat()}:{kind.value}:{customer_id}"


def materials_key(day: date, customer_id: int) -> str:
    return f"close_day:{day.isoformat()}:materials:{customer_id}"


@dataclass(frozen=True, slots=True)
class CloseProgress:
    day: date
    states: Mapping[CloseStep, StepState] = field(default_factory=dict)

    def state(self, step: CloseStep) -> StepState:
        return self.states.get(step, StepState.OPEN)

    @property
    def closed(self) -> bool:
        return all(self.state(step) is not StepState.OPEN for step in STEPS)

    @property
    def next_step(self) -> CloseStep | None:
        """The first step still open (a skipped one counts as handled until the rep resumes it)."""
        return next((step for step in STEPS if self.state(step) is StepState.OPEN), None)

    def as_json(self) -> dict[str, str]:
        return {step.value: self.state(step).value for step in STEPS}


@dataclass(frozen=True, slots=True)
class IntentMoves:
    up: int = 0
    down: int = 0
    new: int = 0

    @property
    def total(self) -> int:
        return self.up + self.down + self.new


def intent_moves(before: Mapping[int, Intent | None],
                 calls: Iterable[tuple[int, datetime, Intent | None]]) -> IntentMoves:
    """Moves of the day: per customer, the intent before the day against the last intent given on the day."""
    last: dict[int, tuple[datetime, Intent]] = {}
    for customer_id, at, intent in calls:
        if intent is not None and (customer_id not in last or at >= last[customer_id][0]):
            last[customer_id] = (at, intent)
    up = down = new = 0
    for customer_id, (_at, intent) in last.items():
        move = intent_move(before.get(customer_id), intent)
        if move is None:
            continue
        direction = move[0]
        if direction is IntentDirection.UP:
            up += 1
        elif direction is IntentDirection.DOWN:
            down += 1
        else:
            new += 1
    return IntentMoves(up, down, new)


@dataclass(frozen=True, slots=True)
class DayNumbers:
    """The day in numbers (DOMAIN.md §9): calls made, customers called and reached, intent moves, visits,
    deals and their amount (integer cents)."""

    calls: int
    called: int
    reached: int
    intent: IntentMoves
    visits_done: int
    visits_not_met: int
    deals: int  # orders dated on the day
    buyers: int  # customers with such an order
    amount_cents: int

    def as_json(self) -> dict[str, object]:
        return {"calls": self.calls, "called": self.called, "reached": self.reached,
                "intent_moves": {"up": self.intent.up, "down": self.intent.down, "new": self.intent.new},
                "visits_done": self.visits_done, "visits_not_met": self.visits_not_met, "deals": self.deals,
                "buyers": self.buyers, "amount_cents": self.amount_cents}


@dataclass(frozen=True, slots=True)
class OpenItems:
    """What the day leaves open."""

    calls_left: int  # customers on the day's list not called
    must_calls_left: int  # of them, due follow-ups and call-backs
    visits_open: int  # the day's visits neither done nor called off
    reminders_due: int  # open reminders due by the day (overdue included)
    letters_unsent: int  # thank-you letters of the day not marked sent

    def as_json(self) -> dict[str, int]:
        return {"calls_left": self.calls_left, "must_calls_left": self.must_calls_left,
                "visits_open": self.visits_open, "reminders_due": self.reminders_due,
                "letters_unsent": self.letters_unsent}


@dataclass(frozen=True, slots=True)
class Deal:
    """A customer who closed a deal on the day, with who the letter speaks to."""

    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    email: str
    orders: int
    amount_cents: int
    letter_planned: bool = False  # the thank-you reminder exists
    letter_sent: bool = False  # … and is done


@dataclass(frozen=True, slots=True)
class Letter:
    deal: Deal
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class KeyCustomer:
    """A line of step 2: a customer on the next working day's list, and whether the routine booked them."""

    call: RankedCall
    phone: str
    booked: BookingKind | None = None
    booked_at: datetime | None = None
    visit_planned: bool = False  # an open visit on that day exists already (booked or not)

    @property
    def customer_id(self) -> int:
        return self.call.customer_id

    @property
    def suggested(self) -> BookingKind:
        """A visit when an open visit is already planned for the customer that day, else a call."""
        return BookingKind.VISIT if self.visit_planned else BookingKind.CALL


def key_customers(calls: Sequence[RankedCall], top: int, cap: int = MAX_KEY_CUSTOMERS) -> list[RankedCall]:
    """The top `top` of the list and every must-call, in list order, at most `cap`."""
    chosen = [call for call in calls if call.rank <= top or call.must_call]
    return chosen[:cap]


@dataclass(frozen=True, slots=True)
class Interested:
    """A line of step 3: a customer who showed intent A or B on a call today."""

    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    intent: Intent
    call_id: int
    materials_requested: str  # what they asked for on today's calls, if anything
    task: bool  # a materials task from today's calls or this routine exists


def interested_customers(calls: Iterable[tuple[int, int, datetime, Intent | None, int | None, str]],
                         ) -> list[tuple[int, int, Intent, int | None, str]]:
    """(customer, call id, intent, contact, materials asked for) of customers whose last intent of the day is
    A or B, from the day's (customer, call id, called at, intent, contact, materials) in any order."""
    latest: dict[int, tuple[datetime, int, Intent, int | None]] = {}
    asked: dict[int, list[str]] = {}
    for customer_id, call_id, at, intent, contact_id, materials in calls:
        if materials.strip():
            asked.setdefault(customer_id, []).append(materials.strip())
        if intent is None:
            continue
        seen = latest.get(customer_id)
        if seen is None or (at, call_id) >= (seen[0], seen[1]):
            latest[customer_id] = (at, call_id, intent, contact_id)
    return [(customer_id, call_id, intent, contact_id, "; ".join(dict.fromkeys(asked.get(customer_id, ()))))
            for customer_id, (_at, call_id, intent, contact_id) in sorted(latest.items())
            if intent in INTERESTED]


def suggested_times(day: date, count: int, first: time, minutes: int) -> list[datetime]:
    """`count` naive local times on `day` from `first`, `minutes` apart (never past 23:59)."""
    start = datetime.combine(day, first)
    last = datetime.combine(day, time(23, 59))
    return [min(start + timedelta(minutes=minutes * index), last) for index in range(count)]


@dataclass(frozen=True, slots=True)
class Booking:
    """The rep's choice for one key customer: a call or a visit at a time (aware, in the rep's zone)."""

    customer_id: int
    kind: BookingKind
    at: datetime
    contact_id: int | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a booking's time must carry its time zone")


@dataclass(frozen=True, slots=True)
class Created:
    """What a step created, by id, and what it found done already (by source key)."""

    reminder_ids: tuple[int, ...] = ()
    visit_ids: tuple[int, ...] = ()
    already: int = 0

    @property
    def count(self) -> int:
        return len(self.reminder_ids) + len(self.visit_ids)


__all__ = [
    "INTERESTED", "MAX_KEY_CUSTOMERS", "STEPS", "Booking", "BookingKind", "CloseProgress", "CloseStep", "Created",
    "DayNumbers", "Deal", "Interested", "IntentMoves", "KeyCustomer", "Letter", "OpenItems", "StepState",
    "booking_key", "intent_moves",
    "parse_hhmm", "interested_customers", "key_customers", "materials_key", "next_working_day",
    "suggested_times",
]
