"""The composition root: the only module that knows every layer and wires them together.

Heavy layers (the store pulls SQLAlchemy, the demo pulls Faker) are imported inside the functions that need
them, so the window paints first and the book opens behind it.
"""

from __future__ import annotations

import locale
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from telesales.services.book_session import BookSession

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from telesales.demo.generator import DemoRequest
    from telesales.services.backups import BackupService
    from telesales.services.closing import CloseDayService
    from telesales.services.field_plan import FieldPlanService
    from telesales.services.ports import SettingsPort
    from telesales.services.reminders import ReminderHooks, ReminderService
    from telesales.services.visits import VisitService
    from telesales.store.book import OpenedBook


def session_for(book: OpenedBook) -> BookSession:
    from telesales.services.calls import CallService
    from telesales.services.customer_value import CustomerValueService
    from telesales.services.profiles import ProfileService
    from telesales.services.reminders import ReminderService
    from telesales.services.stats import StatsService
    from telesales.store.call_repository import CallRepository
    from telesales.store.export_reader import BookReader
    from telesales.store.import_writer import ImportWriter
    from telesales.store.listing import CustomerListing
    from telesales.store.profile_store import ProfileStore
    from telesales.store.reminders import ReminderRepository
    from telesales.store.repositories import BookQueries, CustomerQueries, SettingsRepository
    from telesales.store.search_index import SearchReader
    from telesales.store.stats_queries import StatsStore
    from telesales.store.team import TeamStore, reassigned_unreached
    from telesales.store.value_queries import ValueStore

    engine = book.engine
    settings, customers = SettingsRepository(engine), CustomerQueries(engine)
    login = TeamStore(engine).me() if book.url is not None else None  # whose personal reminders, on a server
    backups = backup_service(book.path)
    importer = ImportWriter(engine, settings.load()["greetings.region"])  # an import is one transaction anyway
    session = BookSession(
        path=book.path,
        url=book.url,
        queries=BookQueries(engine),
        settings_store=settings,
        customers=customers,
        closer=book.close,
        upgraded_from=book.upgraded_from,
        backup=book.backup,
        search=SearchReader(engine),
        listing=CustomerListing(engine),
        importer=(importer if book.url is not None else backups.guard_import(importer)),
        backups=backups if book.url is None else None,  # a server is backed up by its own tools
        reader=BookReader(engine),
        profiles=ProfileService(ProfileStore(engine), lambda: settings.load()["greetings.region"]),
        value=(value := CustomerValueService(ValueStore(engine), SettingsRepository(engine),
                                             lambda: reassigned_unreached(engine), shared=book.url is not None)),
        calls=CallService(CallRepository(engine), settings, customers),
        visits=_visit_service(engine, settings),
        reminders=(reminders := ReminderService(ReminderRepository(engine), settings, login)),
        scheduler=lambda hooks: _start_scheduler(book.path, reminders, hooks),
        statistics=StatsService(StatsStore(engine), settings, value),
    )
    session.closing, session.field_plans = _day_tools(engine, settings, session)
    if book.url is None:
        from telesales.store.field_copy import copy_state

        session.field_copy_of = copy_state(engine).get("server")
    else:
        from telesales.services.team import TeamService

        session.team = TeamService(TeamStore(engine))
    return session


def _day_tools(engine: Engine, settings: SettingsPort, session: BookSession) -> tuple[CloseDayService, FieldPlanService]:
    """Closing the day and the day's plan for the field, over the session's calls, reminders and visits."""
    from telesales.services.closing import CloseDayService
    from telesales.services.field_plan import FieldPlanService
    from telesales.store.closing import ClosingRepository
    from telesales.store.field_plans import FieldPlanReader

    calls, reminders, visits = session.calls, session.reminders, session.visits
    assert calls is not None and reminders is not None and visits is not None
    return (CloseDayService(ClosingRepository(engine), settings, calls, reminders, visits),
            FieldPlanService(FieldPlanReader(engine), calls, visits, settings))


def _start_scheduler(path: Path, reminders: ReminderService, hooks: ReminderHooks) -> Callable[[], None]:
    """The book's reminder scheduler (its jobs in a file beside the book), started; gives back its stop."""
    from telesales.scheduling.reminders import ReminderScheduler

    scheduler = ReminderScheduler(path, reminders, hooks)
    scheduler.start()
    return scheduler.stop


def _visit_service(engine: Engine, settings: SettingsPort) -> VisitService:
    """Visits by area in route order, reading places with the rep's home city in mind."""
    from telesales.places.locate import Locator
    from telesales.services.visits import VisitService
    from telesales.store.visits import VisitRepository

    return VisitService(VisitRepository(engine), settings, Locator)


def backup_service(path: Path) -> BackupService:
    """The backups of the book at `path`, with or without the book open (a damaged book has no session)."""
    from telesales.services.backups import BackupService
    from telesales.store.backups import BackupFiles

    return BackupService(BackupFiles(path), path)


def open_session(path: Path | str, create: bool = False) -> BookSession:
    """Open (or create empty) the book at `path`, a file or a shared book's postgresql:// URL; raises BookError
    for one that is not a usable book."""
    from telesales.store.book import open_book, open_server_book
    from telesales.store.search_index import ensure
    from telesales.store.server import is_server_location

    if is_server_location(path):
        from telesales.preferences import data_dir

        book = open_server_book(str(path), data_dir(), create=create)
    else:
        book = open_book(Path(path), create=create)
    ensure(book.engine)  # a book upgraded to the search index is indexed once, here, off the GUI thread
    return session_for(book)


def create_demo_session(path: Path, request: DemoRequest,
                        progress: Callable[[int, int], None] | None = None) -> BookSession:
    """A new demo book at `path`, built aside and renamed into place when complete."""
    from telesales.demo.generator import TIME_ZONES
    from telesales.services.demo import fill_demo
    from telesales.services.demo_value import fill_value_history
    from telesales.store.book import create_book
    from telesales.store.call_state import rebuild_call_state
    from telesales.store.repositories import BulkWriter, SettingsRepository
    from telesales.store.search_index import rebuild as rebuild_search_index
    from telesales.store.value_queries import ValueStore

    def fill(engine: Engine) -> None:
        fill_demo(BulkWriter(engine), request, progress)
        # the demo rep works where the demo's customers are, whatever this computer's clock says
        SettingsRepository(engine).save({"rep.time_zone": TIME_ZONES[request.locale]})
        rebuild_call_state(engine)
        rebuild_search_index(engine)
        # a year of re-tierings, pins, complaints: the pyramid's history as a rep's book would have it
        fill_value_history(ValueStore(engine), SettingsRepository(engine), request.locale, request.seed,
                           request.today)

    return session_for(create_book(path, fill=fill))


def demo_locale(language: str | None) -> str:
    """The demo's locale for the rep's language (asked for, remembered, or the system's)."""
    from telesales.i18n.choice import choose_language
    from telesales.preferences import load_preferences

    chosen = language or load_preferences().language or choose_language([locale.getlocale()[0] or ""])
    return {"zh_CN": "zh_CN", "zh_TW": "zh_TW"}.get(chosen, "en_US")


def run_gui(book: Path | None, language: str | None, quit_after_paint: bool = False) -> int:
    """Start the app on `book`, or on the rep's own book; on the first start the welcome decides (demo or own)."""
    from telesales.ui.application import start_application

    def demo_builder(target: Path, chosen_language: str) -> BookSession:
        from telesales.demo.generator import DemoRequest

        request = DemoRequest(customers=300, seed=1, locale=demo_locale(chosen_language), today=date.today())
        return create_demo_session(target, request)

    return start_application(book=book, language=language, opener=open_session, demo_builder=demo_builder,
                             argv=sys.argv, backups=backup_service, quit_after_paint=quit_after_paint,
                             field_sync=sync_field_copy)


def import_file(book: Path, *paths: Path, duplicates: str = "skip", dry_run: bool = False):  # type: ignore[no-untyped-def]
    """Import files into the book at `book` (scripts and benchmarks); the ImportResult."""
    session = open_session(book)
    try:
        return session.import_files(list(paths), duplicates=duplicates, dry_run=dry_run)
    finally:
        session.close()


def migrate_book(source: Path, target: str, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Move the book file at `source` to the empty shared book at `target` (a postgresql:// URL), rows checked
    table by table on both sides; the rows per table."""
    from telesales.preferences import data_dir
    from telesales.store.book import open_book, open_server_book
    from telesales.store.book_copy import move_book
    from telesales.store.search_index import ensure

    book = open_book(Path(source))
    try:
        ensure(book.engine)
        shared = open_server_book(target, data_dir(), create=True)
        try:
            return move_book(book.engine, shared.engine, progress)
        finally:
            shared.close()
    finally:
        book.close()


def take_field_copy(location: str, path: Path) -> dict[str, int]:
    """A field copy at `path` of what the login in `location` may see of the shared book; rows per table."""
    from sqlalchemy import text

    from telesales.preferences import data_dir
    from telesales.store.book import create_book, open_server_book
    from telesales.store.field_copy import fill_field_copy
    from telesales.store.team import current_member

    shared = open_server_book(location, data_dir())
    copied: dict[str, int] = {}

    def fill(engine: Engine) -> None:
        with shared.engine.connect() as server, engine.begin() as copy:
            # one snapshot for the whole take: what others log meanwhile comes next time, not half of it now
            server.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            copied.update(fill_field_copy(server, copy, shared.url or location, current_member(server)))

    try:
        create_book(Path(path), fill=fill).close()
    finally:
        shared.close()
    return copied


def sync_field_copy(path: Path, location: str | None = None, keep: str | None = None):  # type: ignore[no-untyped-def]
    """Sync the field copy at `path` with its shared book (or `location`); `keep` ("mine" or "theirs") resolves
    the conflicts first. With no conflict left the copy is taken afresh. The SyncOutcome."""
    from telesales.domain.errors import UserError
    from telesales.preferences import data_dir
    from telesales.store.book import open_book, open_server_book
    from telesales.store.field_copy import (
        SyncOutcome,
        copy_state,
        keep_for_conflicts,
        merge_edits,
        push_deletions,
        push_new_rows,
        refresh_derived,
        replace_file,
        save_bases,
        stamp_new_rows,
    )

    path = Path(path).expanduser().absolute()
    book = open_book(path)
    try:
        state = copy_state(book.engine)
        if not state:
            raise UserError(f"{path} is not a field copy (take one with telesales field-copy take)")
        shared = open_server_book(location or state["server"], data_dir())
        try:
            with book.engine.begin() as copy:  # stable ids first: a sync cut short after the server took the rows
                made = stamp_new_rows(copy, state["copy_id"])  # finds them there by these ids next time
            outcome = SyncOutcome()
            with book.engine.begin() as copy, shared.engine.begin() as server:
                if keep is not None:
                    found = SyncOutcome()
                    merge_edits(server, copy, found, dry=True)
                    push_deletions(server, copy, found, dry=True)
                    keep_for_conflicts(copy, found.conflicts, keep_mine=keep == "mine", server=server)
                push_new_rows(server, copy, made, outcome)
                save_bases(copy, merge_edits(server, copy, outcome))
                push_deletions(server, copy, outcome)
                refresh_derived(server, outcome.touched)
            server_location = location or state["server"]
        finally:
            shared.close()
    finally:
        book.close()
    if not outcome.conflicts:
        fresh = path.with_name(f".{path.name}.taking")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{fresh}{suffix}").unlink(missing_ok=True)
        take_field_copy(server_location, fresh)
        replace_file(fresh, path)
    return outcome
