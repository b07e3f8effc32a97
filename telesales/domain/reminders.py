"""Reminders as the rep sees them: what is due when, who gets greetings, the keys that keep planning idempotent.

Plain data and rules; no clock, no database (`today` is an argument). Stated rules:

* **When a reminder is due.** A pending reminder is due on `due_on`; a snoozed one on `snoozed_until`. Done and
  dismissed reminders are history: they are never due again and never planned again (their `source_key` stays).
* **Who is greeted.** Never a customer marked "other", in the "other" tier, or "do not call". By default only
  key customers (super and big, pinned or computed; DOMAIN.md §8 "keeping in touch with key customers");
  the rep can widen it to every customer.
* **Lead days.** Festivals use the festival lead, anniversaries and company events the anniversary lead
  (a gift or an invitation needs time), birthdays and special days the general lead.
* **Told once.** A desktop notice tells the rep of a reminder once per due day: when it has been told, it is
  not told again until a snooze gives it a new due day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from borax.calendars.lunardate import LunarDate

from telesales.domain.greetings import FESTIVALS, LUNAR_YEARS, GreetingContact, GreetingCustomer, Occasion
from telesales.domain.model import CalendarKind, ImportantDate, ReminderKind, ReminderStatus, Tier

KEY_TIERS: frozenset[Tier] = frozenset({Tier.SUPER, Tier.BIG})
"""The tiers greeted when greetings are for key customers only."""

NEVER_GREETED: frozenset[Tier] = frozenset({Tier.OTHER})

OPEN_STATUSES: frozenset[ReminderStatus] = frozenset({ReminderStatus.PENDING, ReminderStatus.SNOOZED})
CLOSED_STATUSES: frozenset[ReminderStatus] = frozenset({ReminderStatus.DONE, ReminderStatus.DISMISSED})

ANNIVERSARIES: frozenset[Occasion] = frozenset(
    {Occasion.COMPANY_ANNIVERSARY, Occasion.FIRST_DEAL_ANNIVERSARY, Occasion.EVENT}
)

MAX_SNOOZE_DAYS = 90


def lead_days_by_occasion(festivals: int, anniversaries: int, others: int) -> dict[Occasion, int]:
    """The lead (days before the occasion) for every occasion, from the three settings."""
    leads: dict[Occasion, int] = {}
    for occasion in Occasion:
        if occasion in FESTIVALS:
            leads[occasion] = festivals
        elif occasion in ANNIVERSARIES:
            leads[occasion] = anniversaries
        else:
            leads[occasion] = others
    return leads


def is_greeted(tier: Tier, pinned: Tier | None, *, do_not_call: bool, marked_other: bool,
               key_only: bool) -> bool:
    """Whether a customer gets greetings at all (see the module's rules)."""
    effective = pinned or tier
    if do_not_call or marked_other or effective in NEVER_GREETED:
        return False
    return not key_only or effective in KEY_TIERS


def months_in_window(start: date, end: date) -> dict[CalendarKind, frozenset[int]]:
    """The month numbers an annual date must have to fall between `start` and `end` (both included).

    A superset, so a store may read only those rows: a solar date keeps its month (Feb 29 → Feb 28); a lunar
    date keeps its month number whether or not the year has its leap month, and a 30th moves to the 29th of
    the same month. Outside the lunar tables every lunar month is kept."""
    every = frozenset(range(1, 13))
    if end < start:
        return {CalendarKind.SOLAR: frozenset(), CalendarKind.LUNAR: frozenset()}
    if (end - start).days >= 366:
        return {CalendarKind.SOLAR: every, CalendarKind.LUNAR: every}
    solar: set[int] = set()
    lunar: set[int] = set()
    day = start
    while day <= end:
        solar.add(day.month)
        if day.year in LUNAR_YEARS and (day.year + 1) in LUNAR_YEARS:
            lunar.add(LunarDate.from_solar(day).month)
        else:
            lunar.update(every)
        day += timedelta(days=1)
    return {CalendarKind.SOLAR: frozenset(solar), CalendarKind.LUNAR: frozenset(lunar)}


def effective_due(status: ReminderStatus, due_on: date, snoozed_until: date | None) -> date:
    if status is ReminderStatus.SNOOZED and snoozed_until is not None:
        return snoozed_until
    return due_on


def snooze_until(today: date, days: int) -> date:
    """The day a reminder snoozed for `days` comes back (1..MAX_SNOOZE_DAYS days after today)."""
    if not 1 <= days <= MAX_SNOOZE_DAYS:
        raise ValueError(f"snooze for 1 to {MAX_SNOOZE_DAYS} days, not {days}")
    return today + timedelta(days=days)


def thank_you_key(customer_id: int, day: date) -> str:
    """One thank-you letter per customer per day of deals (DOMAIN.md §7)."""
    return f"thank_you:{customer_id}:{day.isoformat()}"


def close_day_key(day: date) -> str:
    return f"close_day:{day.isoformat()}"


@dataclass(frozen=True, slots=True)
class GreetingInputs:
    """What `upcoming_occasions` reads from a book: greeted customers, their contacts' birthdays, their dates."""

    contacts: list[GreetingContact]
    customers: list[GreetingCustomer]
    important_dates: list[ImportantDate]


@dataclass(frozen=True, slots=True)
class Party:
    """Who a reminder is about, by name: the customer and the contact the text speaks to."""

    customer_name: str
    contact_id: int | None
    contact_name: str


@dataclass(frozen=True, slots=True)
class ReminderLine:
    """One reminder with the names the rep reads (a row of the Reminders view, a line of the command line)."""

    id: int
    kind: ReminderKind
    due_on: date
    status: ReminderStatus
    customer_id: int | None
    customer_name: str
    contact_id: int | None
    contact_name: str
    occasion: str
    occasion_date: date | None
    snoozed_until: date | None
    text: str
    source_key: str
    closed_at: datetime | None = None
    notified_at: datetime | None = None

    @property
    def due(self) -> date:
        """The day it is due now: the snooze's end for a snoozed reminder."""
        return effective_due(self.status, self.due_on, self.snoozed_until)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "due": self.due.isoformat(),
            "due_on": self.due_on.isoformat(),
            "kind": self.kind.value,
            "status": self.status.value,
            "occasion": self.occasion,
            "occasion_date": None if self.occasion_date is None else self.occasion_date.isoformat(),
            "customer_id": self.customer_id,
            "customer": self.customer_name,
            "contact_id": self.contact_id,
            "contact": self.contact_name,
            "snoozed_until": None if self.snoozed_until is None else self.snoozed_until.isoformat(),
            "text": self.text,
            "source_key": self.source_key,
        }


@dataclass(frozen=True, slots=True)
class Agenda:
    """The Reminders view: what is due today or overdue, and what comes in the next days."""

    today: date
    due_now: list[ReminderLine]
    upcoming: list[ReminderLine]
    truncated: bool = False


def split_agenda(today: date, lines: list[ReminderLine], truncated: bool = False) -> Agenda:
    ordered = sorted(lines, key=lambda line: (line.due, line.occasion_date or line.due, line.customer_name,
                                              line.id))
    return Agenda(today, [line for line in ordered if line.due <= today],
                  [line for line in ordered if line.due > today], truncated)
