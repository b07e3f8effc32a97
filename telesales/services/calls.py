"""Use cases around calls (DOMAIN.md §3): log a call with what follows from it, rank the day's call list,
warn before a repeat call, and a customer's call history.

Time: the rep's day is the local day in the rep's time zone — the `rep.time_zone` setting, or the computer's
when it is empty. A list "for a date" is ranked as of 09:00 on that day in that zone (`morning_of`), the hour the
rep starts calling. Every moment handed in or out is aware.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telesales.domain.call_records import CustomerPhone, DayProgress
from telesales.domain.calllist import (
    CallList,
    CallListParams,
    Consequence,
    IntentMove,
    RepeatCallWarning,
    SuggestDoNotCall,
    consequences_of_call,
    local_day_bounds,
    rank_call_list,
    repeat_call_warning,
)
from telesales.domain.errors import UserError
from telesales.domain.importing import MAX_CENTS
from telesales.domain.model import Attitude, Call, CallOutcome, Contact, Customer, Intent
from telesales.domain.settings import RuleSettings
from telesales.services.ports import CallStorePort, CustomerQueriesPort, SettingsPort

START_OF_CALLING = time(9, 0)
MAX_TEXT = 4000  # need, materials, next step: as an imported cell
MAX_NOTES = 20_000
# control characters a note never needs (tab and line breaks stay): dropped, as the importer drops them
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _plain(text: str) -> str:
    """Trimmed, without control characters, and storable (a lone surrogate from broken input becomes "?")."""
    return text.translate(_CONTROLS).encode("utf-8", "replace").decode("utf-8").strip()

FIRST_LINES = 500  # names and phones fetched with the list; the rest as the rep scrolls


def rep_zone(settings: RuleSettings) -> tzinfo:
    """The rep's time zone: the setting when it names a zone, else the computer's."""
    name = str(settings["rep.time_zone"]).strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def morning_of(day: date, zone: tzinfo) -> datetime:
    """The moment a day's list is ranked for when only the date is given: 09:00 local."""
    return datetime.combine(day, START_OF_CALLING, tzinfo=zone)


@dataclass(frozen=True)
class LogCallRequest:
    """What the rep records after a call (the call-log dialog, `telesales log-call`)."""

    customer_id: int
    outcome: CallOutcome
    contact_id: int | None = None
    called_at: datetime | None = None  # None: now
    call_back_at: datetime | None = None  # kept only with the outcome "call back later"
    need: str = ""
    expected_value_cents: int | None = None
    attitude: Attitude | None = None
    intent: Intent | None = None
    visit_possible: bool = False
    visit_when: datetime | None = None  # kept only when a visit is possible
    materials_requested: str = ""
    next_step: str = ""
    next_step_on: date | None = None
    notes: str = ""
    mark_do_not_call: bool = False  # the rep confirmed "do not call" after a refusal


@dataclass(frozen=True)
class LoggedCall:
    """A saved call and everything saving it created."""

    call: Call
    created: tuple[Consequence, ...]  # follow-up, visit proposal, materials task, do-not-call suggestion, intent move
    reminder_ids: tuple[int, ...]
    visit_id: int | None
    marked_do_not_call: bool
    repeat_warning: RepeatCallWarning | None  # as it stood just before this call was saved

    @property
    def suggest_do_not_call(self) -> bool:
        """A refusal the rep did not (yet) turn into do-not-call."""
        return not self.marked_do_not_call and any(isinstance(c, SuggestDoNotCall) for c in self.created)

    @property
    def intent_move(self) -> IntentMove | None:
        return next((c for c in self.created if isinstance(c, IntentMove)), None)


@dataclass(frozen=True)
class TodayList:
    """The day's list as the Today screen shows it."""

    now: datetime
    calls: CallList
    lines: Mapping[int, CustomerPhone]  # customer id → name and phone, for every call on the list
    left_out_names: Mapping[int, str]  # customer id → name, for every customer left out
    progress: DayProgress
    called_today: frozenset[int]  # customers on the list already called today without reaching them
    home_region: str  # where phone numbers are shown in national format
    more_lines: Callable[[Sequence[int]], Mapping[int, CustomerPhone]] | None = None  # lines beyond `lines`

    def line(self, customer_id: int) -> CustomerPhone | None:
        """Name and phone of a customer on the list (fetched now when it was beyond the first lines)."""
        found = self.lines.get(customer_id)
        if found is None and self.more_lines is not None:
            found = self.more_lines([customer_id]).get(customer_id)
        return found

    @property
    def left(self) -> int:
        """Customers on the list not called yet today."""
        return sum(1 for call in self.calls.calls if call.customer_id not in self.called_today)


@dataclass(frozen=True)
class CallLogContext:
    """What the call-log dialog opens with: who, their contacts, the last call (for defaults), a warning."""

    customer: Customer
    contacts: list[Contact]
    last_call: Call | None
    repeat_warning: RepeatCallWarning | None
    now: datetime
    home_region: str
    history: list[Call] = field(default_factory=list)  # newest first


class CallService:
    def __init__(self, store: CallStorePort, settings: SettingsPort, customers: CustomerQueriesPort,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._settings = settings
        self._customers = customers
        self.clock = clock or (lambda: datetime.now(UTC))  # replaceable: tests fix the moment

    # ------------------------------------------------------------------------------------------ time

    def zone(self) -> tzinfo:
        return rep_zone(self._settings.load())

    def now(self) -> datetime:
        """Now, in the rep's time zone."""
        return self.clock().astimezone(self.zone())

    def morning_of(self, day: date) -> datetime:
        return morning_of(day, self.zone())

    # ------------------------------------------------------------------------------------------ the list

    def call_list(self, now: datetime, limit: int | None = None, settings: RuleSettings | None = None) -> CallList:
        """The day's call list as of `now` (aware, in the rep's zone), best first, with who is left out."""
        rules = settings or self._settings.load()
        params = CallListParams.from_settings(rules)
        candidates = self._store.candidates(now - timedelta(days=params.demand_window_days))
        return rank_call_list(candidates, params, now, limit)

    def today(self, now: datetime, limit: int | None = None, lines_for: int | None = FIRST_LINES) -> TodayList:
        """The day's list with what the screen shows beside it: names, phones, progress, who was called today.

        Names and phones come for the first `lines_for` calls (every call when None); `TodayList.more_lines`
        fetches the others a page at a time, as the rep scrolls (a list with tens of thousands of overdue
        follow-ups would otherwise wait for all of them)."""
        rules = self._settings.load()
        params = CallListParams.from_settings(rules)
        candidates = self._store.candidates(now - timedelta(days=params.demand_window_days))
        ranked = rank_call_list(candidates, params, now, limit)
        _today, start, end = local_day_bounds(now)
        called_today = frozenset(
            call.customer_id for call in ranked.calls
            if (at := call.candidate.last_call_at) is not None and start <= at < end)
        left_ids = {item.customer_id for item in ranked.left_out}
        left_out_names = {c.customer_id: c.name for c in candidates if c.customer_id in left_ids} if left_ids else {}
        shown = ranked.calls if lines_for is None else ranked.calls[:lines_for]
        lines = self._store.phones([call.customer_id for call in shown])
        return TodayList(now, ranked, lines, left_out_names, self._store.progress(start, end), called_today,
                         str(rules["greetings.region"]), self._store.phones)

    def daily_target(self) -> int:
        return int(self._settings.load()["calls.daily_target"])

    def progress(self, now: datetime) -> DayProgress:
        _today, start, end = local_day_bounds(now)
        return self._store.progress(start, end)

    # ------------------------------------------------------------------------------------------ one customer

    def repeat_warning(self, customer_id: int, now: datetime) -> RepeatCallWarning | None:
        """A warning when the customer was already reached today, or called twice today without reaching them."""
        _today, start, end = local_day_bounds(now)
        return repeat_call_warning(self._store.calls_between(customer_id, start, end), now)

    def history(self, customer_id: int, limit: int | None = None) -> list[Call]:
        """The customer's calls, newest first."""
        return self._store.history(customer_id, limit)

    def log_context(self, customer_id: int, now: datetime, history: int = 20) -> CallLogContext:
        customer = self._customers.get(customer_id)
        if customer is None:
            raise UserError(f"there is no customer {customer_id} in the book")
        calls = self._store.history(customer_id, history)
        return CallLogContext(customer, self._store.contacts(customer_id), calls[0] if calls else None,
                              self.repeat_warning(customer_id, now), now,
                              str(self._settings.load()["greetings.region"]), calls)

    # ------------------------------------------------------------------------------------------ logging

    def log_call(self, request: LogCallRequest, now: datetime) -> LoggedCall:
        """Save the call the moment it is logged, with its follow-up, visit proposal, materials task, intent move
        and (when the rep confirmed it after a refusal) do-not-call. Raises UserError for bad input."""
        call = self._call_of(request, now)
        warning = self.repeat_warning(request.customer_id, now)
        local_tz = now.tzinfo
        today = now.date()

        def plan(saved: Call, previous_intent: Intent | None) -> list[Consequence]:
            return consequences_of_call(saved, today, previous_intent, local_tz)

        saved = self._store.save(call, plan, mark_do_not_call=request.mark_do_not_call, now=now)
        return LoggedCall(saved.call, saved.consequences, saved.reminder_ids, saved.visit_id,
                          saved.marked_do_not_call, warning)

    @staticmethod
    def _call_of(request: LogCallRequest, now: datetime) -> Call:
        if now.tzinfo is None:
            raise ValueError("now must be aware")
        called_at = request.called_at or now
        for name, moment in (("call time", called_at), ("call-back time", request.call_back_at),
                             ("visit time", request.visit_when)):
            if moment is not None and moment.tzinfo is None:
                raise UserError(f"the {name} must carry its time zone")
        if request.expected_value_cents is not None and request.expected_value_cents < 0:
            raise UserError("the expected order value cannot be negative")
        if request.expected_value_cents is not None and request.expected_value_cents > MAX_CENTS:
            raise UserError("the expected order value is too large")
        for name, text, most in (("need", request.need, MAX_TEXT), ("materials", request.materials_requested, MAX_TEXT),
                                 ("next step", request.next_step, MAX_TEXT), ("notes", request.notes, MAX_NOTES)):
            if len(text) > most:
                raise UserError(f"the {name} is too long (at most {most:,} characters)")
        local_day = called_at.astimezone(now.tzinfo).date()
        if request.next_step_on is not None and request.next_step_on < local_day:
            raise UserError("the next step's date is before the call")
        call_back = request.call_back_at if request.outcome is CallOutcome.CALL_BACK else None
        if call_back is not None and call_back <= called_at:
            raise UserError("the call-back time must be after the call")
        return Call(
            id=0, customer_id=request.customer_id, called_at=called_at.astimezone(UTC), outcome=request.outcome,
            contact_id=request.contact_id, call_back_at=call_back.astimezone(UTC) if call_back else None,
            need=_plain(request.need), expected_value_cents=request.expected_value_cents,
            attitude=request.attitude, intent=request.intent, visit_possible=request.visit_possible,
            visit_when=request.visit_when.astimezone(UTC) if request.visit_possible and request.visit_when else None,
            materials_requested=_plain(request.materials_requested), next_step=_plain(request.next_step),
            next_step_on=request.next_step_on, notes=_plain(request.notes),
        )


__all__ = ["CallLogContext", "CallService", "LogCallRequest", "LoggedCall", "TodayList", "morning_of", "rep_zone"]
