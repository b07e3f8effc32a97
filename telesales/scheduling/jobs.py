"""The scheduler's jobs: module-level functions, so a persisted job names them by import path.

A persisted job keeps only `"telesales.scheduling.jobs:<function>"` and the book's key; what the job needs at
run time (the book's reminder service, the app's writer and notifier) is registered here by the running
`ReminderScheduler` and looked up by that key. A job of a book that is not open (its scheduler stopped while
the job was queued) does nothing.

Jobs do no database work on the scheduler's thread: reading goes to the app's readers (`hooks.read`) and writing
to its single writer (`hooks.submit`), so writes land in order with the rep's own and a long read (planning a
large book) never holds up the saving of a call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from telesales.services.reminders import Planned, ReminderHooks, ReminderService

PLAN = "telesales.scheduling.jobs:plan_day"
NOTIFY = "telesales.scheduling.jobs:notify_due"
CLOSE_DAY = "telesales.scheduling.jobs:close_day"


@dataclass(frozen=True)
class Runtime:
    service: ReminderService
    hooks: ReminderHooks
    today: Callable[[], date]


_lock = threading.Lock()
_running: dict[str, Runtime] = {}


def register(key: str, runtime: Runtime) -> None:
    with _lock:
        _running[key] = runtime


def unregister(key: str) -> None:
    with _lock:
        _running.pop(key, None)


def _runtime(key: str) -> Runtime | None:
    with _lock:
        return _running.get(key)


def _now() -> datetime:
    return datetime.now(UTC)


def plan_day(key: str) -> None:
    """Plan the day: greetings of the next 60 days and thank-you letters for today's deals (idempotent)."""
    runtime = _runtime(key)
    if runtime is None:
        return
    service, hooks, today = runtime.service, runtime.hooks, runtime.today()

    def write(planned: Planned) -> None:  # only the insert holds the book's writer
        hooks.submit(lambda: service.add_planned(planned), _ignore)

    (hooks.read or hooks.submit)(lambda: service.prepare_day(today, hooks.language(), _now()), write)


def notify_due(key: str) -> None:
    """Tell the rep of every open reminder due by today that they have not been told of yet."""
    runtime = _runtime(key)
    if runtime is None:
        return
    service, hooks, today = runtime.service, runtime.hooks, runtime.today()
    hooks.submit(lambda: service.take_notices(today, _now()), hooks.notify)


def close_day(key: str) -> None:
    """Late afternoon: thank-you letters for today's deals and the close of the day, told at once."""
    runtime = _runtime(key)
    if runtime is None:
        return
    service, hooks, today = runtime.service, runtime.hooks, runtime.today()

    def work() -> object:
        language, now = hooks.language(), _now()
        service.plan_thank_yous(today, language, now)
        service.plan_close_day(today, language, now)
        return service.take_notices(today, now)

    hooks.submit(work, hooks.notify)


def _ignore(_result: object) -> None:
    return None
