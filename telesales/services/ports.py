"""What the services need from the store, as protocols: the store implements them, app.py wires them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from telesales.domain.book_value import (
    CallMark,
    CustomerUpdate,
    OrderSums,
    TierMember,
    TierMovement,
    ValueCustomer,
)
from telesales.domain.call_records import CustomerPhone, DayProgress, SavedCall
from telesales.domain.calllist import CallCandidate, Consequence
from telesales.domain.lifecycle import Period
from telesales.domain.listing import AreaChoice, ListedCustomer, ListQuery
from telesales.domain.model import (
    Area,
    CalendarKind,
    Call,
    Contact,
    Customer,
    CustomerSummary,
    Face,
    Intent,
    Region,
    ReminderStatus,
    Tier,
    TierChange,
    VisitStatus,
)
from telesales.domain.places import Located
from telesales.domain.reminders import GreetingInputs, Party, ReminderLine
from telesales.domain.search import Candidate
from telesales.domain.settings import RuleSettings
from telesales.domain.tiering import CustomerFigures, TierResult
from telesales.domain.valuation import CustomerMetrics
from telesales.domain.visiting import VisitLine


class BookQueriesPort(Protocol):
    def counts(self) -> dict[str, int]: ...

    def schema_revision(self) -> str: ...


class SettingsPort(Protocol):
    def load(self) -> RuleSettings: ...

    def save(self, values: Mapping[str, Any]) -> RuleSettings: ...


class CustomerQueriesPort(Protocol):
    def summaries(self, offset: int = 0, limit: int | None = None) -> list[CustomerSummary]: ...

    def get(self, customer_id: int) -> Customer | None: ...


class BulkWriterPort(Protocol):
    def insert_many(self, batches: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> None: ...


class SearchPort(Protocol):
    """The book's search index (issue 6): prefix lookups and the lines hits are shown by."""

    def candidates(self, prefix: str, cap: int) -> list[Candidate]: ...

    def warm(self) -> int: ...

    def describe(self, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], dict[str, Any]]: ...


class ListingPort(Protocol):
    """The customer list: filtered, sorted ids and the rows of a page."""

    def ids(self, query: ListQuery, limit: int | None = None) -> list[int]: ...

    def count(self, query: ListQuery) -> int: ...

    def rows(self, ids: Sequence[int]) -> list[ListedCustomer]: ...

    def areas(self) -> list[AreaChoice]: ...

    def stages(self) -> list[str]: ...


class ImportWriterPort(Protocol):
    """Who is in the book already, and writing an import plan in one transaction (issue 6)."""

    def identities(self) -> list[tuple[int, str, str, str]]: ...

    def write(self, plan: Any, dry_run: bool = False) -> dict[str, int]: ...


class CallStorePort(Protocol):
    """Calls: saved durably with what they create; read back for the call list, the history and the day."""

    def save(self, call: Call, plan: Callable[[Call, Intent | None], Sequence[Consequence]], *,
             mark_do_not_call: bool, now: datetime) -> SavedCall: ...

    def candidates(self, demand_since: datetime) -> list[CallCandidate]: ...

    def phones(self, customer_ids: Sequence[int]) -> Mapping[int, CustomerPhone]: ...

    def history(self, customer_id: int, limit: int | None = None) -> list[Call]: ...

    def calls_between(self, customer_id: int, start: datetime, end: datetime) -> list[Call]: ...

    def progress(self, start: datetime, end: datetime) -> DayProgress: ...

    def contacts(self, customer_id: int) -> list[Contact]: ...


class ReminderStorePort(Protocol):
    """Reminders: planned by source key, listed by due day, closed into history; the greeting inputs."""

    def greeting_inputs(self, *, key_only: bool,
                        months: Mapping[CalendarKind, Collection[int]] | None = None) -> GreetingInputs: ...

    def parties(self, customer_ids: Collection[int], contact_ids: Collection[int]) -> tuple[
            dict[int, Party], dict[int, str]]: ...

    def customers_with_orders_on(self, day: date) -> list[int]: ...

    def missing_keys(self, keys: Iterable[str]) -> set[str]: ...

    def existing_greeting_keys(self, start: date, end: date, max_lead_days: int) -> set[str]: ...

    def add(self, rows: Sequence[Mapping[str, Any]]) -> int: ...

    def open_between(self, start: date | None, end: date, limit: int | None = None) -> list[ReminderLine]: ...

    def history(self, limit: int = 200) -> list[ReminderLine]: ...

    def get(self, reminder_id: int) -> ReminderLine | None: ...

    def set_status(self, reminder_id: int, status: ReminderStatus, *, snoozed_until: date | None,
                   closed_at: datetime | None) -> bool: ...

    def take_untold(self, today: date, now: datetime) -> list[ReminderLine]: ...

    def edited_templates(self) -> dict[str, str]: ...

    def save_template(self, name: str, text: str | None) -> None: ...

class ValueStorePort(Protocol):
    """Customer value: order figures summed per customer, tiers and their changes (telesales.store.value_queries)."""

    def order_sums(self, as_of: date, periods: Sequence[Period]) -> list[OrderSums]: ...

    def tier_figures(self, as_of: date, window: Period) -> list[tuple[int, int]]: ...

    def tier_inputs(self, as_of: date, window: Period) -> tuple[list[CustomerFigures], list[tuple[Tier, bool]]]: ...

    def window_metrics(self, window: Period) -> list[CustomerMetrics]: ...

    def customers(self, *, fields: str = "all") -> list[ValueCustomer]: ...

    def customer(self, customer_id: int) -> ValueCustomer | None: ...

    def call_marks(self, since: date) -> list[CallMark]: ...

    def tier_revenues(self, window: Period) -> list[TierResult]: ...

    def tier_members(self, tier: Tier, window: Period) -> list[TierMember]: ...

    def movements(self, since: date) -> list[TierMovement]: ...

    def last_run(self) -> date | None: ...

    def untiered(self) -> bool: ...

    def save_tiering(self, today: date, updates: Sequence[CustomerUpdate], changes: Sequence[TierChange]) -> None: ...

    def set_pin(self, customer_id: int, pin: Tier | None, reason: str, change: TierChange | None) -> bool: ...

    def set_face(self, customer_id: int, face: Face | None) -> bool: ...

    def reached_calls(self, after: date, through: date) -> list[tuple[int, int]]: ...

    def flag_calls(self, complaints: Sequence[int], unmet: Sequence[tuple[int, str]]) -> None: ...


class VisitStorePort(Protocol):
    """Visits of a day with their customers; planning, ordering, moving and recording them; customers' places."""

    def between(self, first: date, last: date, statuses: Sequence[VisitStatus] = ()) -> list[VisitLine]: ...

    def get(self, visit_id: int) -> VisitLine | None: ...

    def counts(self, first: date, last: date) -> dict[date, int]: ...

    def add(self, customer_id: int, day: date, *, starts_at: datetime | None = None, fixed_time: bool = False,
            duration_minutes: int = 45, purpose: str = "", contact_id: int | None = None,
            status: VisitStatus = VisitStatus.PLANNED) -> int: ...

    def set_order(self, day: date, visit_ids: Sequence[int]) -> None: ...

    def set_appointment(self, visit_id: int, starts_at: datetime | None) -> bool: ...

    def set_status(self, visit_id: int, status: VisitStatus) -> bool: ...

    def move(self, visit_id: int, day: date) -> bool: ...

    def record_outcome(self, visit_id: int, status: VisitStatus, notes: str, next_step: str,
                       next_step_on: date | None, now: datetime) -> int | None: ...

    def customers_missing_place(self, customer_ids: Sequence[int] | None = None) -> list[
            tuple[int, str, Region, Area]]: ...

    def fill_places(self, places: Sequence[tuple[int, Area]]) -> int: ...


class LocatorPort(Protocol):
    """Reads addresses into places (telesales.places)."""

    def locate(self, address: str, region: Region | None = None) -> Located: ...

    def locate_customer(self, address: str, region: Region | None, area: Area,
                        latitude: float | None, longitude: float | None) -> Located: ...
