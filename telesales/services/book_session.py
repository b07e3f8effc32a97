"""An open book as the screens and the command line see it: its use cases, never its tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from telesales.domain.backups import Backup
from telesales.domain.call_records import DayProgress
from telesales.domain.calllist import CallList, RepeatCallWarning
from telesales.domain.import_progress import Progress
from telesales.domain.listing import ListQuery
from telesales.domain.model import Call
from telesales.domain.places import Located
from telesales.domain.settings import RuleSettings
from telesales.services.backups import BackupService
from telesales.services.book_export import BookReaderPort, TextSheet, book_sheets, contact_cards
from telesales.services.book_info import BookInfo, book_info
from telesales.services.calls import (
    CallLogContext,
    CallService,
    LogCallRequest,
    LoggedCall,
    TodayList,
    rep_zone,
)
from telesales.services.closing import CloseDayService
from telesales.services.customer_list import Listing, list_customers
from telesales.services.customer_value import CustomerValueService
from telesales.services.field_plan import FieldPlanService
from telesales.services.finding import Found, find
from telesales.services.import_book import SKIP, ImportResult, SheetPlan, import_files, preview
from telesales.services.ports import (
    BookQueriesPort,
    CustomerQueriesPort,
    ImportWriterPort,
    ListingPort,
    SearchPort,
    SettingsPort,
)
from telesales.services.profiles import ProfileService
from telesales.services.reminders import ReminderHooks, ReminderService
from telesales.services.stats import Stats, StatsService
from telesales.services.team import TeamService
from telesales.services.vcard import format_vcards
from telesales.services.visits import (
    PlacesFilled,
    RecordedVisit,
    VisitDay,
    VisitOutcome,
    VisitService,
    VisitWeek,
)

_P = TypeVar("_P")


@dataclass
class BookSession:
    path: Path
    queries: BookQueriesPort
    settings_store: SettingsPort
    customers: CustomerQueriesPort
    closer: Callable[[], None]
    upgraded_from: str | None = None
    backup: Path | None = None
    search: SearchPort | None = None  # finding anyone (issue 6)
    listing: ListingPort | None = None  # the filtered, sorted customer list (issue 6)
    importer: ImportWriterPort | None = None  # bringing a book in (issue 6)
    reader: BookReaderPort | None = None  # the whole book read for export (issue 6)
    profiles: ProfileService | None = None  # the customer profile sheet (issue 6)
    value: CustomerValueService | None = None  # tiers, valuation, lifecycle and churn (issue 4)
    calls: CallService | None = None  # calls and the day's call list (issue 5)
    reminders: ReminderService | None = None  # reminders, greetings and their texts (issue 7)
    visits: VisitService | None = None  # visits grouped by area in route order (issue 8)
    statistics: StatsService | None = None  # the numbers a rep watches (issue 10)
    closing: CloseDayService | None = None  # closing the day (issue 9)
    field_plans: FieldPlanService | None = None  # a day's plan for the field, for the exports (issue 9)
    backups: BackupService | None = None  # the book's backups: daily, before imports, restoring (issue 11)
    # starts the book's reminder scheduler with the app's hooks and gives back how to stop it (issue 7)
    scheduler: Callable[[ReminderHooks], Callable[[], None]] | None = None
    url: str | None = None  # a shared book on a server (issue 12): its URL without the password; `path` stands in
    team: TeamService | None = None  # a shared book's team: members, the lead's reassignment (issue 12)
    field_copy_of: str | None = None  # a field copy: the shared book it was taken from (issue 12)
    _stop_scheduler: Callable[[], None] | None = field(default=None, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)

    @property
    def location(self) -> str:
        """Where the book is, as the rep would name it: its file, or the shared book's URL."""
        return self.url or str(self.path)

    @property
    def short_name(self) -> str:
        """The book's name for a window title: the file's name, or the shared database's."""
        return self.url.rsplit("/", 1)[-1] if self.url else self.path.name

    def info(self) -> BookInfo:
        return book_info(self.path, self.queries, self.url)

    def settings(self) -> RuleSettings:
        return self.settings_store.load()

    def save_settings(self, values: Mapping[str, Any]) -> RuleSettings:
        return self.settings_store.save(values)


    def find(self, text: str, limit: int = 50) -> list[Found]:
        """Customers and contacts by any part of a name, pinyin, initials, phone digits or place; best first."""
        return find(self._need(self.search), text, limit)

    def customer_listing(self, query: ListQuery, text: str = "") -> Listing:
        return list_customers(self._need(self.listing), self.search, query, text)

    def home_region(self) -> str:
        return str(self.settings()["greetings.region"])

    def preview_import(self, paths: Sequence[Path], encoding: str | None = None) -> list[SheetPlan]:
        return preview(paths, encoding)

    def import_files(self, paths: Sequence[Path], *, dry_run: bool = False, duplicates: str = SKIP,
                     encoding: str | None = None, sheets: Sequence[SheetPlan] | None = None,
                     progress: Progress | None = None, errors_to: Path | None = None) -> ImportResult:
        """Customers, contacts and orders from CSV/XLSX/vCard files; all or nothing. `progress` hears of each
        phase (telesales.domain.import_progress)."""
        return import_files(paths, self._need(self.importer), self.home_region(), dry_run=dry_run,
                            duplicates=duplicates, encoding=encoding, sheets=sheets, progress=progress,
                            errors_to=errors_to, zone=rep_zone(self.settings()))

    def book_sheets(self) -> list[TextSheet]:
        return book_sheets(self._need(self.reader), rep_zone(self.settings()))

    def contact_cards(self) -> str:
        return format_vcards(contact_cards(self._need(self.reader)))

    @staticmethod
    def _need(port: _P | None) -> _P:
        if port is None:
            raise RuntimeError("this book session was opened without that capability")
        return port

    # -- calls and the day's call list

    def now(self) -> datetime:
        """Now, in the rep's time zone."""
        return self._need(self.calls).now()

    def morning_of(self, day: date) -> datetime:
        """09:00 of `day` in the rep's time zone: the moment a list "for a date" is ranked at."""
        return self._need(self.calls).morning_of(day)

    def call_list(self, now: datetime, limit: int | None = None) -> CallList:
        return self._need(self.calls).call_list(now, limit)

    def today_list(self, now: datetime, limit: int | None = None, lines_for: int | None = 500) -> TodayList:
        return self._need(self.calls).today(now, limit, lines_for)

    def daily_target(self) -> int:
        return self._need(self.calls).daily_target()

    def day_progress(self, now: datetime) -> DayProgress:
        """Customers called and reached, and calls made, on the rep's day of `now`."""
        return self._need(self.calls).progress(now)

    def log_call(self, request: LogCallRequest, now: datetime) -> LoggedCall:
        return self._need(self.calls).log_call(request, now)

    def repeat_warning(self, customer_id: int, now: datetime) -> RepeatCallWarning | None:
        return self._need(self.calls).repeat_warning(customer_id, now)

    def call_log_context(self, customer_id: int, now: datetime) -> CallLogContext:
        return self._need(self.calls).log_context(customer_id, now)

    def call_history(self, customer_id: int, limit: int | None = None) -> list[Call]:
        return self._need(self.calls).history(customer_id, limit)

    # -- reminders

    def start_reminders(self, hooks: ReminderHooks) -> bool:
        """Start the book's reminder scheduler (once); False when this session has none."""
        if self.scheduler is None or self._stop_scheduler is not None or self._closed:
            return False
        self._stop_scheduler = self.scheduler(hooks)
        return True

    def stop_reminders(self) -> None:
        stop, self._stop_scheduler = self._stop_scheduler, None
        if stop is not None:
            stop()

    # -- visits

    def visit_today(self) -> date:
        """Today in the rep's time zone."""
        return self._need(self.visits).today()

    def visit_day(self, day: date) -> VisitDay:
        """The day's visits grouped by area in route order (or the rep's own), timed, with what does not fit."""
        return self._need(self.visits).day(day)

    def visit_week(self, first: date, days: int = 5) -> VisitWeek:
        return self._need(self.visits).week(first, days)

    def plan_visit(self, customer_id: int, day: date, at: datetime | None = None, purpose: str = "") -> int:
        return self._need(self.visits).plan_visit(customer_id, day, at=at, purpose=purpose)

    def save_visit_order(self, day: date, visit_ids: Sequence[int]) -> None:
        self._need(self.visits).save_order(day, visit_ids)

    def clear_visit_order(self, day: date) -> None:
        self._need(self.visits).clear_order(day)

    def move_visit(self, visit_id: int, day: date) -> None:
        self._need(self.visits).move(visit_id, day)

    def confirm_visit(self, visit_id: int) -> None:
        self._need(self.visits).confirm(visit_id)

    def record_visit(self, outcome: VisitOutcome) -> RecordedVisit:
        return self._need(self.visits).record_outcome(outcome)

    def locate(self, address: str) -> Located:
        """An address read into province / city / district and coordinates, with what was guessed or missing."""
        return self._need(self.visits).locate(address)

    def fill_places(self, customer_ids: Sequence[int] | None = None) -> PlacesFilled:
        """Fill customers' missing province / city / district from their addresses (all, or the given ones)."""
        return self._need(self.visits).fill_places(customer_ids)

    # -- the numbers a rep watches

    def stats(self, first: date | None = None, last: date | None = None, compare: str = "previous",
              kind: str | None = None) -> Stats:
        """Every figure of the period first … last (default: this month so far) against its comparison."""
        return self._need(self.statistics).stats(first, last, compare, kind)

    # -- backups

    def daily_backup(self) -> Backup | None:
        """The day's backup when none was made today (None: not due). BookError when the book is damaged."""
        return self._need(self.backups).backup_if_due()

    def close(self) -> None:
        self._closed = True
        self.stop_reminders()
        self.closer()


BookOpener = Callable[[Path, bool], BookSession]
"""Opens the book at a path (creating an empty one when the flag is set); raises domain BookError."""
