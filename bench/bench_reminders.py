"""Planning the next 60 days of greetings on the 100,000-customer demo book (about 270,000 contacts).

Prints medians of several runs, step by step, beside a floor measured in the same run (reading the same input
rows with the bare sqlite3 driver, building nothing):

* query  — the greeting inputs read from the book (customers, birthdays in the window's months, important dates,
           first orders) and turned into domain values;
* domain — `upcoming_occasions` over them;
* texts  — which greetings the book does not have yet, the names they need, and their ready texts;
* write  — inserting the new reminders (one transaction, durable);
* replan — the whole plan again on a book that already has them (what every start and every morning costs).

Twice: for every customer of the book (the worst case: a festival greeting for each of 100,000 customers), and
with the default setting (key customers only: super and big, after re-tiering the copy). Target: query + domain under 2 s. The app never waits for it:
planning runs on the book's writer thread after the window has painted.

    python bench/bench_reminders.py [--book /work/bench/book100k.sqlite] [--runs 3] [--today 2026-11-22]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from telesales.app import session_for
from telesales.domain.model import CalendarKind
from telesales.domain.reminders import months_in_window
from telesales.store.book import open_book

DAYS = 60


def floor(path: Path, today: date, key_only: bool) -> float:
    """Read the rows planning needs with the bare driver, the same rows the store asks for, building nothing: the
    least any planner must spend."""
    months = months_in_window(today, today + timedelta(days=DAYS))
    solar = ",".join(str(m) for m in sorted(months[CalendarKind.SOLAR])) or "0"
    lunar = ",".join(str(m) for m in sorted(months[CalendarKind.LUNAR])) or "0"
    where = f"(({{cal}} = 'solar' AND {{month}} IN ({solar})) OR ({{cal}} = 'lunar' AND {{month}} IN ({lunar})))"
    greeted = "NOT do_not_call AND NOT marked_other AND coalesce(tier_pin, tier) != 'other'"
    if key_only:
        greeted += " AND coalesce(tier_pin, tier) IN ('super', 'big')"
    greeted_ids = f"SELECT id FROM customers WHERE {greeted}"
    queries = [
        f"SELECT customer_id, min(ordered_on) FROM orders WHERE customer_id IN ({greeted_ids}) GROUP BY customer_id",
        f"SELECT id, region, keeps_christmas, founded_on FROM customers WHERE {greeted}",
        "SELECT id, customer_id, birthday_calendar, birthday_month, birthday_day, birthday_leap, birthday_year "
        f"FROM contacts WHERE birthday_calendar IS NOT NULL AND customer_id IN ({greeted_ids}) AND "
        + where.format(cal="birthday_calendar", month="birthday_month"),
        "SELECT id, customer_id, contact_id, kind, label, calendar, month, day, leap, year FROM important_dates "
        f"WHERE customer_id IN ({greeted_ids}) AND " + where.format(cal="calendar", month="month"),
    ]
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for query in queries:
            connection.execute(query).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def run(path: Path, today: date, runs: int, key_only: bool) -> None:
    session = session_for(open_book(path))
    service = session.reminders
    assert service is not None
    session.save_settings({"greetings.key_customers_only": key_only})
    figures: dict[str, list[float]] = {name: [] for name in ("floor", "query", "domain", "texts", "write", "replan")}
    found = added = 0
    try:
        for _ in range(runs):
            with sqlite3.connect(path) as raw:  # start from a book without greetings each time
                raw.execute("DELETE FROM reminders WHERE kind = 'greeting'")
            figures["floor"].append(floor(path, today, key_only))
            now = datetime.now(UTC)
            started = time.perf_counter()
            inputs, rules = service.greeting_inputs(today, DAYS)
            figures["query"].append(time.perf_counter() - started)
            started = time.perf_counter()
            upcoming = service.upcoming(inputs, rules, today, DAYS)
            figures["domain"].append(time.perf_counter() - started)
            started = time.perf_counter()
            rows = service.greeting_rows(upcoming, rules, "zh_CN", now, today, DAYS)
            figures["texts"].append(time.perf_counter() - started)
            started = time.perf_counter()
            added = service.store.add(rows)
            figures["write"].append(time.perf_counter() - started)
            found = len(upcoming)
            started = time.perf_counter()
            again = service.plan_greetings(today, "zh_CN", now, DAYS)
            figures["replan"].append(time.perf_counter() - started)
            assert again.added == 0, again
    finally:
        session.close()
    median = {name: statistics.median(values) for name, values in figures.items()}
    who = "key customers only (the default)" if key_only else "every customer"
    print(f"\n{who}: {found:,} greetings in the next {DAYS} days, {added:,} written; "
          f"{len(inputs.customers):,} customers greeted, {len(inputs.contacts):,} birthdays and "
          f"{len(inputs.important_dates):,} important dates in the window's months")
    print(f"  query  {median['query']:6.2f} s   (floor: reading the same rows with sqlite3 {median['floor']:.2f} s)")
    print(f"  domain {median['domain']:6.2f} s")
    print(f"  query + domain {median['query'] + median['domain']:.2f} s   target < 2 s")
    print(f"  texts  {median['texts']:6.2f} s   (new keys, names, rendering)")
    print(f"  write  {median['write']:6.2f} s   ({added:,} rows, one durable transaction)")
    print(f"  replan {median['replan']:6.2f} s   (everything again, nothing new to write)")


def retier(path: Path, today: date) -> str:
    session = session_for(open_book(path))
    try:
        if session.value is None:
            return "no tiering in this version"
        started = time.perf_counter()
        session.value.retier(today, lifecycle=False)
        with sqlite3.connect(path) as raw:
            counts = dict(raw.execute("SELECT coalesce(tier_pin, tier), count(*) FROM customers GROUP BY 1").fetchall())
        return (f"{counts.get('super', 0):,} super and {counts.get('big', 0):,} big customers "
                f"({time.perf_counter() - started:.1f} s)")
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=Path("/work/bench/book100k.sqlite"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 22))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.sqlite"
        shutil.copyfile(args.book, path)  # never write to the original
        started = time.perf_counter()
        open_book(path).close()  # upgrade once, untimed in the figures
        print(f"book: {args.book} copied and opened in {time.perf_counter() - started:.1f} s; today {args.today}; "
              f"medians of {args.runs} runs")
        run(path, args.today, args.runs, key_only=False)
        tiered = retier(path, args.today)  # key customers come from the pyramid: compute it first (untimed)
        print(f"\nre-tiered the copy: {tiered}")
        run(path, args.today, args.runs, key_only=True)


if __name__ == "__main__":
    main()
