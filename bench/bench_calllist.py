"""The day's call list at scale: rank it on the 100,000-customer demo book (about two million calls).

Prints, as medians of several runs beside a floor measured in the same run:
- the queries (every customer's call state in one query + the last 30 days' demand, as domain candidates),
- the ranking (the pure domain function),
- the whole list the Today screen asks for (queries + ranking + names and phones + today's progress),
- the floor: merely reading the same inputs with raw sqlite3 (the same SQL, rows left as tuples),
- the Today screen showing the list after a click in the navigation (offscreen Qt, painted),
- saving one call durably through the app (log_call: the repeat check, the call, the customer's state, its
  reminders; WAL + synchronous=FULL), median and p99, beside a raw sqlite3 commit of one row.

    python bench/bench_calllist.py [--book /work/bench/book100k.sqlite] [--runs 5] [--date YYYY-MM-DD]

The book is never changed: it is copied (SQLite's online backup) to a scratch file, upgraded there if it is
older, and its call state rebuilt there when it is empty (a book upgraded to revision 0002 has none yet).
If the book does not exist it is built with `telesales demo --customers 100000`; if another job is building
it right now (its scratch file is beside it), this waits for that one instead of building a second.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

DEFAULT_BOOK = Path("/work/bench/book100k.sqlite")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


CPU: dict[str, float] = {}  # label → median CPU seconds of the process (less moved by other jobs than the clock)


def timed(work: Callable[[], Any], runs: int, label: str = "") -> tuple[float, Any]:
    """Median seconds of `runs` calls of `work` (after one warm-up), and the last result."""
    result = work()
    seconds, cpu = [], []
    for _ in range(runs):
        result = None
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU[label] = statistics.median(cpu)
    return statistics.median(seconds), result


def cpu(label: str) -> str:
    return f"(CPU {CPU[label]:.3f} s)"


def ensure_book(book: Path) -> None:
    """The 100k demo book: wait for a build under way, or build it when there is none."""
    building = lambda: list(book.parent.glob(f".{book.name}.creating-*"))  # noqa: E731
    if not book.exists() and building():
        print(f"waiting for the build of {book} under way …", file=sys.stderr)
        while building() and not book.exists():
            time.sleep(10)
    if not book.exists():
        subprocess.run([sys.executable, "-m", "telesales", "demo", "--book", str(book), "--customers", "100000"],
                       check=True)


def scratch_copy(book: Path) -> Path:
    """A private copy of the book, taken with the store's online backup (the book itself is never changed)."""
    from telesales.store.engine import sqlite_backup

    target = Path(tempfile.mkdtemp(prefix="bench_calllist_")) / "book.sqlite"
    sqlite_backup(book, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--date", type=date.fromisoformat, default=None,
                        help="rank as of 09:00 on this day (default: the day after the book's last demo call)")
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()

    ensure_book(args.book)
    copy = scratch_copy(args.book)
    print(f"book: {args.book} (benchmarked on a scratch copy: {copy})")
    print(f"load average at the start (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (other jobs on this machine slow every figure alike, the floor too)")

    from telesales.app import open_session
    from telesales.domain.calllist import CallListParams, rank_call_list
    from telesales.store.book import open_book
    from telesales.store.call_repository import CallRepository
    from telesales.store.call_state import rebuild_call_state

    book = open_book(copy)  # upgrades an older book (on the copy)
    with book.engine.connect() as connection:
        customers, with_state = connection.exec_driver_sql(
            "SELECT count(*), count(last_call_at) FROM customers").one()
        calls = connection.exec_driver_sql("SELECT count(*) FROM calls").scalar_one()
        last_demo_day = connection.exec_driver_sql(
            # the demo's own calls fall on whole minutes; calls other benchmarks saved carry their microseconds
            "SELECT max(date(called_at, '+8 hours')) FROM calls WHERE called_at LIKE '%:00.000000'").scalar_one()
    if with_state == 0 and calls:
        started = time.perf_counter()
        rebuild_call_state(book.engine)
        print(f"call state was empty (an upgraded book): rebuilt from the calls in {time.perf_counter() - started:.1f} s")
    book.close()
    print(f"{customers:,} customers, {calls:,} calls")

    session = open_session(copy)
    session.save_settings({"rep.time_zone": "Asia/Shanghai"})  # the demo book is a mainland rep's
    assert session.calls is not None
    day = args.date or (date.fromisoformat(last_demo_day) + timedelta(days=1))
    now = session.morning_of(day)
    session.calls.clock = lambda: now
    target = session.daily_target()
    print(f"ranked as of {now.isoformat()} with the daily target of {target} calls")

    engine = session.calls._store._engine  # type: ignore[attr-defined]  # noqa: SLF001 - the same book
    repo = CallRepository(engine)
    params = CallListParams.from_settings(session.settings())
    since = now - timedelta(days=params.demand_window_days)

    # -- the floor: the same inputs read with raw sqlite3
    candidate_sql = str(repo._candidate_query().compile(engine, compile_kwargs={"literal_binds": True}))  # noqa: SLF001
    raw = sqlite3.connect(copy)
    raw.execute("PRAGMA cache_size=-65536")
    since_text = since.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    def floor() -> int:
        rows = raw.execute(candidate_sql).fetchall()
        demand = raw.execute("SELECT customer_id, expected_value_cents FROM calls WHERE called_at >= ? "
                             "AND expected_value_cents > 0", (since_text,)).fetchall()
        return len(rows) + len(demand)

    floor_s, _ = timed(floor, args.runs, "floor")
    queries_s, candidates = timed(lambda: repo.candidates(since), args.runs, "queries")
    rank_s, ranked = timed(lambda: rank_call_list(candidates, params, now, target), args.runs, "ranking")
    whole_s, _ = timed(lambda: session.today_list(now, target), args.runs, "whole")
    all_s, everyone = timed(lambda: session.call_list(now), args.runs, "all")
    everyone_lines = len(everyone.calls)
    del everyone
    must = sum(1 for call in ranked.calls if call.must_call)
    print(f"the list: {len(ranked.calls):,} to call ({must:,} must-calls: due follow-ups and call-backs, never cut by "
          f"the limit), {ranked.more:,} more beyond the target, {len(ranked.left_out):,} left out")
    print(f"queries (customers' call state + recent demand → {len(candidates):,} candidates): {queries_s:.3f} s "
          f"{cpu('queries')}")
    print(f"ranking ({len(candidates):,} candidates, limit {target}): {rank_s:.3f} s {cpu('ranking')}")
    print(f"whole list for the Today screen (queries + ranking + names, phones, progress): {whole_s:.3f} s "
          f"{cpu('whole')}  |  floor (raw sqlite3 reading the same inputs): {floor_s:.3f} s {cpu('floor')}  →  "
          f"{whole_s / floor_s:.2f}× the floor ({CPU['whole'] / CPU['floor']:.2f}× in CPU time)")
    print(f"the whole book ranked, no limit ({everyone_lines:,} lines): {all_s:.3f} s {cpu('all')}")
    session.close()
    raw.close()

    screen_s = today_screen_from_a_click(copy, now, args.runs)
    print(f"Today screen showing the list from a click (offscreen, painted): {screen_s:.3f} s")

    ours, floor_saves = save_timings(copy, now, args.saves)
    print(f"save one call durably (log_call; WAL, synchronous=FULL): median {statistics.median(ours) * 1000:.2f} ms, "
          f"p99 {percentile(ours, 0.99) * 1000:.2f} ms  |  floor (raw sqlite3, one row): median "
          f"{statistics.median(floor_saves) * 1000:.2f} ms, p99 {percentile(floor_saves, 0.99) * 1000:.2f} ms")
    shutil.rmtree(copy.parent, ignore_errors=True)  # the scratch book and whatever the app kept beside it
    print(f"load average at the end (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs")
    sys.stdout.flush()
    os._exit(0)  # skip tearing down Qt at interpreter exit (PySide6 can crash there; nothing is left to save)


def today_screen_from_a_click(book: Path, now: Any, runs: int) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from telesales.app import open_session
    from telesales.ui.application import build_window
    from telesales.ui.screens.overview import OverviewScreen
    from telesales.ui.screens.today import TodayScreen

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    window, _switcher = build_window(app, open_session, "zh_CN")
    window.show()
    opened: list[object] = []
    window.book_opened.connect(opened.append)
    window.load_book(book)
    deadline = time.monotonic() + 120
    while not opened and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    session = window.session
    assert session is not None and session.calls is not None
    session.calls.clock = lambda: now
    screen = window.show_screen(TodayScreen)
    assert isinstance(screen, TodayScreen)

    def wait_shown() -> None:
        while screen.loading or screen.model.rowCount() == 0:  # sleeps until the ranked list comes back
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        screen.table.viewport().repaint()

    screen.refresh()
    wait_shown()
    item = window.navigation.visualItemRect(window.navigation.item(0))
    seconds = []
    for _ in range(runs):
        window.show_screen(OverviewScreen)
        window.runner.wait()
        app.processEvents()
        screen.mark_stale()  # as after a call logged elsewhere: the click ranks the list again
        screen.model.set_list(None)
        gc.collect()
        started = time.perf_counter()
        QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(item.center()))
        wait_shown()
        seconds.append(time.perf_counter() - started)
    window.close()
    return statistics.median(seconds)


def save_timings(book: Path, now: Any, count: int) -> tuple[list[float], list[float]]:
    from datetime import datetime

    from telesales.app import open_session
    from telesales.domain.model import CallOutcome, Intent
    from telesales.services.calls import LogCallRequest

    session = open_session(book)
    ours = []
    for n in range(count):
        request = LogCallRequest(customer_id=1 + (n * 7919) % 100_000, outcome=CallOutcome.CONNECTED,
                                 intent=Intent.B, need="bench", expected_value_cents=100_000, next_step="bench",
                                 next_step_on=now.date() + timedelta(days=3))
        started = time.perf_counter()
        session.log_call(request, now)
        ours.append(time.perf_counter() - started)
    session.close()
    raw = []
    connection = sqlite3.connect(book, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    for n in range(count):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO calls (customer_id, called_at, outcome, need, notes, visit_possible, "
                           "materials_requested, next_step, complaint, unmet_request) "
                           "VALUES (?, ?, 'busy', 'bench', '', 0, '', '', 0, '')",
                           (1 + n % 100, datetime.now(UTC).replace(tzinfo=None).isoformat(" ")))
        connection.execute("COMMIT")
        raw.append(time.perf_counter() - started)
    connection.close()
    return ours, raw


if __name__ == "__main__":
    main()
