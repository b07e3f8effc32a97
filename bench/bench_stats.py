"""The numbers a rep watches, on the 100,000-customer demo book (about two million calls, 730,000 orders).

Prints medians of several runs:
- each part of `stats` (orders, sales with its factors, calls per day by week, intent moves, visits, the pyramid,
  churn warnings) and all of them, for this month so far against the previous month;
- beside a floor measured in the same run: counting the orders, calls and visits the two periods cover on their
  indexes alone (what any figure must at least touch);
- the Dashboard, offscreen: from asking for the figures to its first painted chart, and to every chart filled
  (the reads run off the GUI thread, the window keeps painting).

    python bench/bench_stats.py [--book /work/bench/book100k.sqlite] [--runs 5] [--today 2026-11-22]

The book is never changed: it is copied (SQLite's online backup) to a scratch file, upgraded and re-tiered there
(the app re-tiers once a day at start-up; the churn warnings read what it leaves).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TELESALES_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-stats-config-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_BOOK = Path("/work/bench/book100k.sqlite")


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median seconds of `runs` calls of `work` (after one warm-up), and the last result."""
    result = work()
    seconds = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def scratch_copy(book: Path) -> Path:
    """A private copy of the book, taken with the store's online backup (the book itself is never changed)."""
    from telesales.store.engine import sqlite_backup

    target = Path(tempfile.mkdtemp(prefix="bench_stats_")) / "book.sqlite"
    sqlite_backup(book, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 22))
    args = parser.parse_args()

    from telesales.app import open_session
    from telesales.domain.periods import utc_bounds

    print(f"book: {args.book}")
    started = time.perf_counter()
    path = scratch_copy(args.book)
    session = open_session(path)
    assert session.value is not None and session.statistics is not None
    session.value.refresh_if_stale(args.today)
    print(f"copied, upgraded and re-tiered in {time.perf_counter() - started:.1f} s; {session.info().counts}")
    service = session.statistics
    today = args.today
    service.clock = lambda zone: datetime.combine(today, clock_time(18, 0), tzinfo=zone)
    periods = service.periods()
    print(f"period: {periods.current.first} … {periods.current.last} against {periods.comparison.first} … "
          f"{periods.comparison.last} ({periods.kind.value}, {periods.compare.value}), zone {service.zone()}")

    from telesales.store.stats_queries import StatsStore

    store = StatsStore(session.statistics._store._engine)  # type: ignore[attr-defined]  # noqa: SLF001
    zone = service.zone()

    def floor() -> int:
        return sum(store.rows_in(period, *utc_bounds(period, zone)) for period in (periods.current, periods.comparison))

    floor_seconds, rows = timed(floor, args.runs)
    print(f"\nfloor: count the {rows:,} orders, calls and visits both periods cover   {floor_seconds * 1000:8.1f} ms")
    orders = service.orders(periods)
    parts: list[tuple[str, Callable[[], Any]]] = [
        ("orders (sales, deals, amount per day)", lambda: service.orders(periods)),
        ("sales = covered × active rate × average deal", lambda: service.sales(periods, orders)),
        ("calls per day and reach rate, by week", lambda: service.calls(periods)),
        ("intent moves", lambda: service.intents(periods)),
        ("visits", lambda: service.visits(periods)),
        ("the pyramid and its 80/20 curve", lambda: service.pyramid(periods)),
        ("churn warnings", service.churn),
        ("all of it (stats)", lambda: service.stats()),
    ]
    for name, work in parts:
        seconds, _ = timed(work, args.runs)
        print(f"{name:<52} {seconds * 1000:8.1f} ms  ({seconds / floor_seconds:5.1f} × floor)")

    dashboard(session, args.runs)
    session.close()


def dashboard(session: Any, runs: int) -> None:
    """The Dashboard offscreen: time to its first painted chart and to every chart filled."""
    from PySide6.QtWidgets import QApplication

    from telesales.ui.screens.dashboard import PARTS, DashboardScreen
    from telesales.ui.workers import Runner

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    firsts, fulls, stalls = [], [], []
    for run in range(runs + 1):
        screen = DashboardScreen(Runner())
        screen.resize(1100, 900)
        painted: list[float] = []
        for card in screen.cards():
            card.chart.painted.connect(lambda painted=painted: painted.append(time.perf_counter()))
        started = time.perf_counter()
        screen.show()
        screen.set_session(session)
        longest_gap, last = 0.0, time.perf_counter()
        while not all(part in screen.parts for part in PARTS):
            app.processEvents()
            now = time.perf_counter()
            longest_gap, last = max(longest_gap, now - last), now
            if now - started > 120:
                raise SystemExit("the dashboard did not fill in within two minutes")
            time.sleep(0.001)
        for _ in range(3):
            app.processEvents()
        full = time.perf_counter() - started
        screen.runner.wait()
        if run:  # the first run warms the caches
            firsts.append((painted[0] if painted else full) - started)
            fulls.append(full)
            stalls.append(longest_gap)
        screen.session = None
        screen.close()
        screen.deleteLater()
        app.processEvents()
    print(f"\nDashboard (offscreen, {runs} runs after a warm-up):")
    print(f"{'first chart painted':<52} {statistics.median(firsts) * 1000:8.1f} ms  (target < 1000 ms)")
    print(f"{'every chart filled in':<52} {statistics.median(fulls) * 1000:8.1f} ms")
    print(f"{'longest the window went without processing events':<52} {statistics.median(stalls) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
