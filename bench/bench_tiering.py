"""Re-tiering a 100,000-customer book (about 730,000 orders, 2 million calls): the SQL aggregation and the domain
step timed apart, each beside its floor measured in the same run, then the whole re-tiering and the daily run.

    python bench/bench_tiering.py [--book /work/bench/book100k.sqlite] [--runs 5]

The book is copied to a temporary folder first (opening it may upgrade it; re-tiering writes to it). A book
upgraded from revision 0001 has no call state yet; it is rebuilt once before measuring, as the app keeps it.

Targets: the domain step under 0.3 s, the whole re-tiering (query, tiers, recorded changes) under 1 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telesales.domain.lifecycle import LifecycleParams, lifecycle_periods  # noqa: E402
from telesales.domain.tiering import TierParams, assign_tiers, tier_changes  # noqa: E402
from telesales.services.customer_value import CustomerValueService  # noqa: E402
from telesales.store.book import open_book  # noqa: E402
from telesales.store.call_state import rebuild_call_state  # noqa: E402
from telesales.store.repositories import SettingsRepository  # noqa: E402
from telesales.store.value_queries import ValueStore  # noqa: E402

DEFAULT_BOOK = Path("/work/bench/book100k.sqlite")


CPU: dict[float, float] = {}  # wall median → CPU median of the same runs, printed beside it


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall seconds of `runs` calls (after one warm-up), and the last result; the CPU median is kept."""
    result = work()
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    wall = statistics.median(walls)
    CPU[wall] = statistics.median(cpus)
    return wall, result


def line(label: str, seconds: float, note: str = "") -> None:
    cpu = f"(cpu {CPU[seconds]:.3f})" if seconds in CPU else " " * 11
    print(f"  {label:<62} {seconds:6.3f} s {cpu}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tiering-"))
    try:
        copy = folder / "book.sqlite"
        started = time.perf_counter()
        shutil.copyfile(args.book, copy)
        book = open_book(copy)
        print(f"book: {args.book} copied and opened in {time.perf_counter() - started:.1f} s "
              f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")
        engine = book.engine
        with engine.connect() as connection:
            counts = {table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                      for table in ("customers", "orders", "calls")}
            has_state = connection.exec_driver_sql(
                "SELECT count(*) FROM customers WHERE last_call_at IS NOT NULL").scalar_one()
        print(f"      {counts['customers']:,} customers, {counts['orders']:,} orders, {counts['calls']:,} calls")
        if not has_state:
            started = time.perf_counter()
            rebuild_call_state(engine)
            print(f"      call state rebuilt first (a book upgraded from 0001 has none): "
                  f"{time.perf_counter() - started:.1f} s, not measured")
        store = ValueStore(engine)
        service = CustomerValueService(store, SettingsRepository(engine))
        with engine.connect() as connection:
            newest = connection.exec_driver_sql("SELECT max(ordered_on) FROM orders").scalar_one()
        today = date.fromisoformat(newest)
        rules = SettingsRepository(engine).load()
        window = service.window(today, rules)
        runs = args.runs

        print(f"\nre-tiering as of {today} (medians of {runs} runs)")
        t_figures, figures = timed(lambda: store.tier_figures(today, window), runs)
        line("SQL: revenue in the window per customer (GROUP BY)", t_figures,
             f"floor {floor_of(engine, figures, runs):.3f} s (reading {len(figures):,} such rows back)")
        t_inputs, (inputs, stored) = timed(lambda: store.tier_inputs(today, window), runs)
        rows = [(*figure[:5], figure[5].value if figure[5] else None, tier.value, int(tiered))
                for figure, (tier, tiered) in zip(inputs, stored, strict=True)]
        line("SQL + rows: the pyramid's inputs (the query above + customers)", t_inputs,
             f"floor {floor_of(engine, rows, runs) + floor_of(engine, figures, runs):.3f} s (reading "
             f"{len(rows):,} + {len(figures):,} such rows back)")
        params = TierParams.from_settings(rules)
        t_domain, tiering = timed(lambda: assign_tiers(inputs, params), runs)
        previous = {result.customer_id: result.effective for result in tiering.results}  # a day with no change
        t_changes, _ = timed(lambda: tier_changes(previous, tiering.results, today), runs)
        line("domain: the pyramid (assign_tiers)", t_domain, "target < 0.3 s")
        line("domain: changes against yesterday's tiers (tier_changes)", t_changes)

        first_started = time.perf_counter()
        first = service.retier(today, lifecycle=False)
        first_seconds = time.perf_counter() - first_started
        line("whole re-tiering, first time (every customer new)", first_seconds,
             f"{len(first.changes):,} changes recorded, {first.updated:,} customers written")
        days = iter([today + timedelta(days=k) for k in range(0, runs + 2)])
        recorded = []

        def next_day() -> None:
            recorded.append(len(service.retier(next(days), lifecycle=False).changes))

        whole, _ = timed(next_day, runs)
        line("whole re-tiering, a day later (query, tiers, recorded changes)", whole,
             f"target < 1 s; {statistics.median(recorded[1:]):,.0f} changes recorded")

        print(f"\nthe daily run: tiers + lifecycle stage + churn signals (medians of {runs} runs)")
        periods = list(dict.fromkeys([window, *lifecycle_periods(today, LifecycleParams())]))
        t_sums, sums = timed(lambda: store.order_sums(today, periods), runs)
        floor_sums = floor_of(engine, [(s.customer_id, s.orders, *s.sums, ",".join(d.isoformat() for d in s.days))
                                       for s in sums], runs)
        line("SQL: order figures per customer (sums per period, order days)", t_sums,
             f"floor {floor_sums:.3f} s (reading {len(sums):,} such rows back)")
        t_marks, marks = timed(lambda: store.call_marks(today - timedelta(days=366)), runs)
        line("SQL: calls with a complaint or an unmet request (partial index)", t_marks, f"{len(marks):,} calls")
        t_assess, assessment = timed(lambda: service.assess(today, names=False), runs)
        t_customers, _ = timed(lambda: store.customers(fields="churn"), runs)
        line("SQL + rows: every customer's tiers, owner, call state, signals", t_customers)
        sql_part = t_sums + t_customers + t_marks
        line("assess: the queries above + tiers + stages + churn signals", t_assess,
             f"of which domain ≈ {max(0.0, t_assess - sql_part):.3f} s")
        later = iter([today + timedelta(days=runs + 2 + k) for k in range(0, runs + 1)])
        daily, _ = timed(lambda: service.retier(next(later)), runs)
        line("whole daily run (written: tiers, stages, churn signals, changes)", daily,
             f"{len(assessment.churn):,} customers with a churn signal")
        book.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def floor_of(engine: Any, rows: list[tuple[Any, ...]], runs: int) -> float:
    """Seconds to read the same rows back from a temporary table: what any query returning them costs at least."""
    width = len(rows[0])
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("DROP TABLE IF EXISTS temp.floor")
        raw.execute(f"CREATE TEMP TABLE floor ({', '.join(f'c{i}' for i in range(width))})")
        raw.executemany(f"INSERT INTO temp.floor VALUES ({', '.join('?' * width)})", rows)
        seconds, _ = timed(lambda: raw.execute("SELECT * FROM temp.floor").fetchall(), runs)
        raw.execute("DROP TABLE temp.floor")
    return seconds


if __name__ == "__main__":
    main()
