"""The reminder scheduler of an open book: APScheduler 3 with its jobs persisted beside the book.

Where the jobs live: `<book>.jobs.sqlite`, a file beside the book, not a table inside it. The book stays exactly
the schema its migrations make (Alembic never sees a foreign table; `telesales info` and the upgrade backups stay
about the rep's data), and APScheduler's own thread never writes to the book, which has one writer (the app's).
Nothing is lost if the file goes: every reminder is a row of the book, shown in the Reminders view whatever the
scheduler did; the jobs are only the clock that plans each morning and tells the rep when something falls due.

Jobs, each a module-level function of `telesales.scheduling.jobs` named by its import path:

* **plan the day**, 05:30 daily, and at every start (idempotent: source keys). Replaced at each start, so a run
  missed while the app was closed is not repeated: the start has just planned.
* **tell what fell due**, on the hour from 09:00 to 18:00. `misfire_grace_time=None`: a run missed while the app
  was closed still runs at the next start, however late; `coalesce=True`: runs missed over several hours or days
  run once, not once each. Kept across starts (never replaced), so the missed run is found in the job store. The
  reminders themselves remember being told (`notified_at`), so each is told exactly once even if a run repeats.
* **close the day**, 17:30 daily: today's thank-you letters and the close-of-day reminder, told at once.
  `misfire_grace_time` six hours: opened at 21:00 it still runs; opened the next morning it does not (that day
  is over; the morning's plan and notice take over), `coalesce=True`.

Time zone: the rep's (`rep.time_zone`), else the computer's; "today" is the rep's day in that zone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telesales.scheduling import jobs
from telesales.services.reminders import ReminderHooks, ReminderService

log = logging.getLogger(__name__)

PLAN_ID, NOTIFY_ID, CLOSE_DAY_ID = "plan-day", "notify-due", "close-day"

JOB_SETTINGS: dict[str, dict[str, Any]] = {
    PLAN_ID: {"func": jobs.PLAN, "trigger": "cron", "hour": 5, "minute": 30,
              "coalesce": True, "misfire_grace_time": None},
    NOTIFY_ID: {"func": jobs.NOTIFY, "trigger": "cron", "hour": "9-18", "minute": 0,
                "coalesce": True, "misfire_grace_time": None},
    CLOSE_DAY_ID: {"func": jobs.CLOSE_DAY, "trigger": "cron", "hour": 17, "minute": 30,
                   "coalesce": True, "misfire_grace_time": 6 * 3600},
}


def jobs_path(book: Path) -> Path:
    """`book.sqlite` → `book.jobs.sqlite`, beside it."""
    return book.with_name(f"{book.stem}.jobs{book.suffix or '.sqlite'}")


def rep_time_zone(service: ReminderService) -> tzinfo | None:
    """The zone of the `rep.time_zone` setting, or None for the computer's (APScheduler follows its changes of
    daylight saving time)."""
    name = str(service.rules.load()["rep.time_zone"]).strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


class ReminderScheduler:
    def __init__(self, book: Path, service: ReminderService, hooks: ReminderHooks, *,
                 today: Callable[[], date] | None = None, store: Path | None = None,
                 timezone: tzinfo | None = None) -> None:
        self.book = Path(book).absolute()
        self.key = str(self.book)
        self.store = store or jobs_path(self.book)
        if timezone is None:
            timezone = rep_time_zone(service)
        if today is None:
            zone = timezone
            today = date.today if zone is None else (lambda: datetime.now(zone).date())
        self._runtime = jobs.Runtime(service, hooks, today)
        self._timezone = timezone
        self._scheduler: Any = None

    def start(self, *, plan_now: bool = True) -> None:
        """Open the job store, plan now (on the app's writer), then let due and missed jobs run."""
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler
        from sqlalchemy.pool import NullPool

        if not self.store.exists():  # private like the book: it names customers' occasions
            self.store.touch(mode=0o600)
        options: dict[str, Any] = {}
        if self._timezone is not None:
            options["timezone"] = self._timezone
        scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{self.store}",
                                                     engine_options={"poolclass": NullPool})},
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            daemon=True, **options)
        jobs.register(self.key, self._runtime)
        scheduler.start(paused=True)  # jobs are loaded but none runs before the day is planned
        self._scheduler = scheduler
        for job_id, settings in JOB_SETTINGS.items():
            existing = scheduler.get_job(job_id)
            if existing is None or job_id == PLAN_ID:
                scheduler.add_job(id=job_id, args=[self.key], replace_existing=True, **settings)
            elif list(existing.args) != [self.key] or str(existing.trigger.timezone) != str(scheduler.timezone):
                # the book was moved with its jobs, or the rep changed time zone: keep a missed run
                scheduler.add_job(id=job_id, args=[self.key], replace_existing=True,
                                  next_run_time=existing.next_run_time, **settings)
        if plan_now:
            jobs.plan_day(self.key)
        scheduler.resume()

    def stop(self) -> None:
        """Stop: jobs still queued find no book and do nothing; a running one is waited for."""
        jobs.unregister(self.key)
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=True)

    # for tests and diagnostics

    @property
    def scheduler(self) -> Any:
        return self._scheduler
