"""The reminder scheduler with a real job store: what fell due while the app was closed is told at the next start,
exactly once, however many runs were missed; jobs are importable functions; the job store is a file beside the book.

No clock is waited on: "the app was closed over 09:00" is made by moving the stored job's next run into the past
while no scheduler runs, exactly what a closed app leaves behind.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from telesales.domain.reminders import ReminderLine
from telesales.scheduling import jobs
from telesales.scheduling.reminders import CLOSE_DAY_ID, NOTIFY_ID, PLAN_ID, ReminderScheduler, jobs_path
from telesales.services.book_session import BookSession
from telesales.services.reminders import ReminderHooks
from tests.conftest import TODAY
from tests.reminders_book import ACME, LI, PEARL, PERSON, open_filled

WAIT = 20  # seconds at most for a job thread to report; a failing test, never a measured time


class Recorder:
    """The app's side: runs book work at once and collects every notice, with an event per notice."""

    def __init__(self) -> None:
        self.notices: list[list[ReminderLine]] = []
        self.submitted = 0
        self._told = threading.Event()
        self.hooks = ReminderHooks(submit=self.submit, notify=self.notify, language=lambda: "en", read=self.read)

    def submit(self, work, done) -> None:  # type: ignore[no-untyped-def]
        self.submitted += 1
        done(work())

    def read(self, work, done) -> None:  # type: ignore[no-untyped-def]
        done(work())

    def notify(self, lines: list[ReminderLine]) -> None:
        self.notices.append(lines)
        self._told.set()

    def wait_for_notice(self) -> list[ReminderLine]:
        assert self._told.wait(WAIT), "the scheduler told nothing"
        self._told.clear()
        return self.notices[-1]


@pytest.fixture
def session(book_path: Path) -> Iterator[BookSession]:
    opened = open_filled(book_path)
    yield opened
    opened.close()


def start(session: BookSession, recorder: Recorder) -> ReminderScheduler:
    assert session.reminders is not None
    scheduler = ReminderScheduler(session.path, session.reminders, recorder.hooks, today=lambda: TODAY)
    scheduler.start()
    return scheduler


def close_over_nine(book: Path, days: int) -> None:
    """While the app is closed: the notice job's next run passes (`days` days of runs are missed)."""
    store = SQLAlchemyJobStore(url=f"sqlite:///{jobs_path(book)}")
    store.start(BackgroundScheduler(), "default")
    try:
        job = store.lookup_job(NOTIFY_ID)
        assert job is not None
        job._modify(next_run_time=datetime.now(UTC) - timedelta(days=days))
        store.update_job(job)
    finally:
        store.shutdown()


def next_run(book: Path, job_id: str) -> datetime:
    store = SQLAlchemyJobStore(url=f"sqlite:///{jobs_path(book)}")
    store.start(BackgroundScheduler(), "default")
    try:
        job = store.lookup_job(job_id)
        assert job is not None and job.next_run_time is not None
        return job.next_run_time
    finally:
        store.shutdown()


def test_a_reminder_due_while_the_app_was_closed_is_told_at_the_next_start_exactly_once(
        session: BookSession) -> None:
    first = Recorder()
    start(session, first).stop()  # the first start plans the day; nothing is due at a run yet
    assert first.notices == []
    assert first.submitted == 1  # the plan, on the app's writer

    close_over_nine(session.path, days=3)  # closed for three days: thirty hourly runs missed
    second = Recorder()
    scheduler = start(session, second)
    told = second.wait_for_notice()
    scheduler.stop()
    assert sorted((line.occasion, line.customer_id) for line in told) == [
        ("birthday", ACME), ("thank_you", PEARL), ("thank_you", PERSON)]  # due today: planned at the start
    assert next(line for line in told if line.occasion == "birthday").contact_id == LI
    assert len(second.notices) == 1  # coalesced: one run for all the missed ones
    assert next_run(session.path, NOTIFY_ID) > datetime.now(UTC)  # and the next one is ahead again

    close_over_nine(session.path, days=1)  # closed again: the run comes back, the reminder does not
    third = Recorder()
    scheduler = start(session, third)
    assert third.wait_for_notice() == []
    scheduler.stop()
    assert len(third.notices) == 1


def test_jobs_are_importable_functions_with_their_misfire_rules(session: BookSession) -> None:
    recorder = Recorder()
    scheduler = start(session, recorder)
    try:
        found = {job.id: job for job in scheduler.scheduler.get_jobs()}
        assert {job_id: job.func_ref for job_id, job in found.items()} == {
            PLAN_ID: "telesales.scheduling.jobs:plan_day",
            NOTIFY_ID: "telesales.scheduling.jobs:notify_due",
            CLOSE_DAY_ID: "telesales.scheduling.jobs:close_day",
        }
        assert (found[NOTIFY_ID].misfire_grace_time, found[NOTIFY_ID].coalesce) == (None, True)
        assert (found[PLAN_ID].misfire_grace_time, found[PLAN_ID].coalesce) == (None, True)
        assert (found[CLOSE_DAY_ID].misfire_grace_time, found[CLOSE_DAY_ID].coalesce) == (6 * 3600, True)
        assert all(list(job.args) == [str(session.path)] for job in found.values())
    finally:
        scheduler.stop()


def test_the_close_of_the_day_plans_thank_you_letters_and_tells_them(session: BookSession) -> None:
    recorder = Recorder()
    scheduler = start(session, recorder)
    try:
        jobs.close_day(scheduler.key)
        told = recorder.wait_for_notice()
    finally:
        scheduler.stop()
    assert sorted(line.kind.value for line in told) == ["close_day", "greeting", "thank_you", "thank_you"]


def test_a_stopped_book_ignores_its_queued_jobs(session: BookSession) -> None:
    recorder = Recorder()
    scheduler = start(session, recorder)
    scheduler.stop()
    before = recorder.submitted
    jobs.notify_due(scheduler.key)
    jobs.plan_day(scheduler.key)
    jobs.close_day(scheduler.key)
    assert recorder.submitted == before


def test_the_jobs_live_beside_the_book_not_in_it(session: BookSession) -> None:
    recorder = Recorder()
    start(session, recorder).stop()
    assert jobs_path(session.path) == session.path.with_name("book.jobs.sqlite")
    assert jobs_path(session.path).exists()
    assert jobs_path(session.path).stat().st_mode & 0o077 == 0  # private, like the book
    with sqlite3.connect(session.path) as book:
        tables = {row[0] for row in book.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "apscheduler_jobs" not in tables


def test_the_session_starts_its_scheduler_once_and_stops_it_when_closed(book_path: Path) -> None:
    opened = open_filled(book_path)
    recorder = Recorder()
    assert opened.start_reminders(recorder.hooks)
    assert not opened.start_reminders(recorder.hooks)  # already running
    assert str(opened.path) in jobs._running  # noqa: SLF001
    opened.close()
    assert str(opened.path) not in jobs._running  # noqa: SLF001


def test_the_jobs_run_in_the_rep_s_time_zone(session: BookSession) -> None:
    session.save_settings({"rep.time_zone": "Asia/Taipei"})
    recorder = Recorder()
    assert session.reminders is not None
    scheduler = ReminderScheduler(session.path, session.reminders, recorder.hooks)
    scheduler.start(plan_now=False)
    try:
        notify = scheduler.scheduler.get_job(NOTIFY_ID)
        assert str(notify.trigger.timezone) == "Asia/Taipei"
        assert notify.next_run_time.hour in range(9, 19) and notify.next_run_time.minute == 0
    finally:
        scheduler.stop()
    close_over_nine(session.path, days=1)  # closed; then the rep moves to another zone: the missed run stays
    session.save_settings({"rep.time_zone": "Asia/Hong_Kong"})
    moved = Recorder()
    scheduler = ReminderScheduler(session.path, session.reminders, moved.hooks, today=lambda: TODAY)
    scheduler.start(plan_now=False)
    try:
        moved.wait_for_notice()
        assert str(scheduler.scheduler.get_job(NOTIFY_ID).trigger.timezone) == "Asia/Hong_Kong"
    finally:
        scheduler.stop()


def test_a_closed_session_starts_no_scheduler(book_path: Path) -> None:
    opened = open_filled(book_path)
    opened.close()
    assert not opened.start_reminders(Recorder().hooks)
    assert str(opened.path) not in jobs._running  # noqa: SLF001
