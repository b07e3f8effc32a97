"""The book at scale: build a 100,000-customer demo book and measure it.

Prints: generation time, size on disk, cold start of the app to a painted main window on it (median of several
runs, beside a bare PySide6 window as the floor), the app's memory after opening it, and the time to save one
call durably (median and p99, beside a raw sqlite3 commit with the same durability as the floor).

    python bench/bench_book.py [--customers 100000] [--runs 5] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def probe(mode: str, book: Path) -> dict[str, float]:
    env = dict(os.environ, PROBE_STARTED=repr(time.time()), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(HERE / "start_probe.py"), mode, str(book)], env=env,
                         capture_output=True, text=True, check=True, timeout=300).stdout
    return json.loads(out.strip().splitlines()[-1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def save_call_timings(book: Path, count: int = 300) -> tuple[list[float], list[float]]:
    """(through the app's store, raw sqlite3) seconds per durable single-call commit."""
    from sqlalchemy import insert

    from telesales.store.book import open_book
    from telesales.store.models import CallRow

    opened = open_book(book)
    ours = []
    with opened.engine.connect() as connection:
        for n in range(count):
            started = time.perf_counter()
            with connection.begin():
                connection.execute(insert(CallRow).values(
                    customer_id=1 + n % 100, called_at=datetime.now(UTC), outcome="connected", intent="B",
                    need="bench", notes=""))
            ours.append(time.perf_counter() - started)
    opened.close()
    raw = []
    connection = sqlite3.connect(book, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    for n in range(count):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO calls (customer_id, called_at, outcome, need, notes, visit_possible, "
                           "materials_requested, next_step) VALUES (?, ?, 'busy', '', '', 0, '', '')",
                           (1 + n % 100, datetime.now(UTC).replace(tzinfo=None).isoformat(" ")))
        connection.execute("COMMIT")
        raw.append(time.perf_counter() - started)
    connection.close()
    return ours, raw


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the book here (reused if it exists)")
    args = parser.parse_args()

    from telesales.app import create_demo_session
    from telesales.demo.generator import DemoRequest

    book = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite"
    if not book.exists():
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(f"\r  generating: {done:,} of {total:,} customers", end="", file=sys.stderr, flush=True)

        session = create_demo_session(book, DemoRequest(customers=args.customers, seed=1, locale="zh_CN",
                                                        today=date.today()), progress)
        generation = time.perf_counter() - started
        counts = session.info().counts
        session.close()
        print(file=sys.stderr)
        print(f"generation: {generation:.1f} s for {counts}")
    size = sum(p.stat().st_size for p in (book, Path(f"{book}-wal")) if p.exists())
    print(f"book size on disk: {size / 2**20:.0f} MiB ({book})")

    bare = [probe("bare", book) for _ in range(args.runs)]
    app = [probe("app", book) for _ in range(args.runs)]
    print(f"cold start to a painted window, median of {args.runs}: app {statistics.median(r['painted_s'] for r in app):.2f} s"
          f"  |  floor (bare PySide6 window) {statistics.median(r['painted_s'] for r in bare):.2f} s")
    print(f"memory after opening: app {statistics.median(r['rss_mb'] for r in app):.0f} MB"
          f"  |  floor (bare window) {statistics.median(r['rss_mb'] for r in bare):.0f} MB")

    ours, raw = save_call_timings(book)
    print(f"save one call durably (WAL, synchronous=FULL): median {statistics.median(ours) * 1000:.2f} ms, "
          f"p99 {percentile(ours, 0.99) * 1000:.2f} ms  |  floor (raw sqlite3): median "
          f"{statistics.median(raw) * 1000:.2f} ms, p99 {percentile(raw, 0.99) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
