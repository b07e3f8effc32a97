"""Value types about logged calls that the store hands out and the services pass on (no rules here)."""

from __future__ import annotations

from dataclasses import dataclass

from telesales.domain.calllist import Consequence
from telesales.domain.model import Call, Intent


@dataclass(frozen=True, slots=True)
class SavedCall:
    """A call the book has saved, with what saving it created."""

    call: Call  # with the id the book gave it
    consequences: tuple[Consequence, ...]
    previous_intent: Intent | None  # the customer's intent before this call
    reminder_ids: tuple[int, ...]  # the follow-up and materials reminders created, in the consequences' order
    visit_id: int | None  # the proposed visit created, if any
    marked_do_not_call: bool


@dataclass(frozen=True, slots=True)
class DayProgress:
    """The calls of one local day: customers called, customers reached, calls made."""

    called: int
    reached: int
    calls: int


@dataclass(frozen=True, slots=True)
class CustomerPhone:
    """What a line of the call list shows beside the ranking: the name and the phone in its region."""

    customer_id: int
    name: str
    phone: str
    region: str  # a Region value: CN, HK, TW, OTHER
