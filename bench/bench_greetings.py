"""Greetings for the next 60 days over a 100,000-customer book (300,000 contacts): the domain step.

Prints the median of several runs beside the floor of merely walking the same inputs. Target: under 2 s.

    python bench/bench_greetings.py
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

from telesales.domain.greetings import GreetingContact, GreetingCustomer, Occasion, upcoming_occasions
from telesales.domain.model import AnnualDate, CalendarKind, Region


def main() -> None:
    rng = random.Random(20260105)
    pool = [AnnualDate(CalendarKind.SOLAR, m, d, False, y) for m in range(1, 13) for d in range(1, 29)
            for y in (1960, 1990)]
    pool += [AnnualDate(CalendarKind.LUNAR, m, d, leap, y) for m in range(1, 13) for d in range(1, 31)
             for leap in (False, False, False, True) for y in (1950, 2005)]
    contacts = [GreetingContact(i, i // 3, rng.choice(pool)) for i in range(300_000)]
    regions = [None, Region.HK, Region.TW]
    customers = [GreetingCustomer(i, region=regions[i % 3], keeps_christmas=i % 5 == 0, festivals=i % 10 == 0,
                                  founded_on=pool[i % len(pool)], first_deal_on=date(2020, 1, 1) + timedelta(days=i % 365))
                 for i in range(100_000)]
    today = date(2025, 12, 20)
    floors, timings = [], []
    for _ in range(5):
        started = time.perf_counter()
        sum(1 for c in contacts if c.birthday is not None) + sum(1 for c in customers if c.founded_on is not None)
        floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        items = upcoming_occasions(contacts, customers, today, 60, {Occasion.BIRTHDAY: 3}, Region.CN)
        timings.append(time.perf_counter() - started)
    print(f"greetings for 60 days, 300,000 contacts + 100,000 customers: median {statistics.median(timings):.2f} s "
          f"({len(items):,} occasions)  |  floor (walking the inputs) {statistics.median(floors):.3f} s  |  target < 2 s")


if __name__ == "__main__":
    main()
