"""Visits by area in route order: a day of 40 visits across 8 districts, a week of 200, and reading addresses.

Prints medians of several runs (the route cache cleared before each) beside a floor measured in the same run
(measuring the list-order length alone), the planned route length beside the list-order length, and the day as
the app plans it (book → places → plan) on a real book. Target: under 0.2 s for a day.

    python bench/bench_visits.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from telesales.domain.model import Area, Intent
from telesales.domain.routes import DayCapacity, Stop, _path_order, path_km, plan_day, plan_week
from telesales.places.gazetteer import mainland
from telesales.places.locate import Locator

DAY = date(2026, 11, 23)  # a Monday
DISTRICTS = ("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "浦东新区")
CAPACITY = DayCapacity(max_visits=40, hours=14, speed_kmh=30, default_visit_minutes=10)
RUNS = 7


def shanghai() -> list[tuple[Area, tuple[float, float]]]:
    index = mainland()
    out = []
    for name in DISTRICTS:
        code = next(c for c in index.districts[name] if index.by_code[c].area.city == "上海市")
        division = index.by_code[code]
        assert division.centre is not None
        out.append((division.area, division.centre))
    return out


def make_stops(count: int, rng: random.Random, days: list[date] | None = None) -> list[Stop]:
    places = shanghai()
    stops = []
    for i in range(count):
        area, (lat, lon) = places[i % len(places)]
        approximate = rng.random() < 0.2  # known only by the district centre
        if not approximate:
            lat, lon = lat + rng.uniform(-0.02, 0.02), lon + rng.uniform(-0.02, 0.02)
        fixed = None
        if days is None and i in (5, 22):  # two appointments in the day
            fixed = datetime(DAY.year, DAY.month, DAY.day, 11 + i % 4, 0)
        stops.append(Stop(customer_id=i + 1, area=area, latitude=lat, longitude=lon, approximate=approximate,
                          address=f"上海市{area.district}建设路{rng.randint(1, 300)}号",
                          expected_demand_cents=rng.randint(0, 50) * 10_000,
                          intent=rng.choice([Intent.A, Intent.B, Intent.C, Intent.D, None]),
                          duration_minutes=None, fixed_start=fixed, visit_id=i + 1))
    rng.shuffle(stops)
    return stops


def median_time(work, runs: int = RUNS) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    timings, result = [], None
    for _ in range(runs):
        _path_order.cache_clear()
        started = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def bench_day(start: tuple[float, float]) -> None:
    stops = make_stops(40, random.Random(8))
    floor, _ = median_time(lambda: path_km(start, [s.point for s in stops]))
    seconds, plan = median_time(lambda: plan_day(stops, start, DAY, CAPACITY))
    print(f"day of 40 visits in 8 districts: median {seconds:.3f} s  |  floor (list-order length) {floor * 1000:.2f} ms"
          f"  |  target < 0.2 s")
    print(f"  route {plan.total_km:.1f} km beside list order {plan.list_order_km:.1f} km "  # type: ignore[attr-defined]
          f"({plan.total_km / plan.list_order_km:.0%}); {len(plan.visits)} planned in "  # type: ignore[attr-defined]
          f"{len(plan.areas)} area runs, {len(plan.left_over)} left over, grouped={plan.grouped}")  # type: ignore[attr-defined]


def bench_week(start: tuple[float, float]) -> None:
    days = [DAY + timedelta(days=k) for k in range(5)]
    stops = make_stops(200, random.Random(9), days)
    floor, _ = median_time(lambda: path_km(start, [s.point for s in stops]), 3)
    seconds, week = median_time(lambda: plan_week(stops, days, start, CAPACITY), 3)
    planned = sum(len(d.visits) for d in week.days)  # type: ignore[attr-defined]
    print(f"week of 200 visits over 5 days: median {seconds:.3f} s  |  floor (list-order length) "
          f"{floor * 1000:.2f} ms")
    print(f"  route {week.total_km:.1f} km beside list order {week.list_order_km:.1f} km "  # type: ignore[attr-defined]
          f"({week.total_km / week.list_order_km:.0%}); {planned} planned, "  # type: ignore[attr-defined]
          f"{len(week.left_over)} left over")  # type: ignore[attr-defined]


ADDRESSES = (
    "广东省深圳市南山区科技园南区深南大道10000号", "北京市朝阳区建国路88号", "朝阳区建国路88号",
    "上海浦东新区世纪大道100号", "浙江杭州西湖区文三路90号", "南山区科技园", "湖北省武汉市洪山区珞喻路1037号",
    "香港銅鑼灣軒尼詩道500號", "Flat 5, 132 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong",
    "臺北市大安區忠孝東路四段216巷27弄5號", "台中市西屯區台灣大道三段99號", "350 Fifth Avenue, New York, NY 10118",
    "建国路88号",
)


def bench_addresses() -> None:
    code = ("import time; t = time.perf_counter(); from telesales.places.locate import Locator; "
            "Locator().locate('深圳市南山区'); print(time.perf_counter() - t)")
    first = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    locator = Locator()
    addresses = [a for _ in range(400) for a in ADDRESSES]
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        for address in addresses:
            locator.locate(address)
        timings.append(time.perf_counter() - started)
    rate = len(addresses) / statistics.median(timings)
    print(f"reading addresses (mainland, Hong Kong, Taiwan, English): {rate:,.0f} per second "
          f"({len(addresses):,} addresses)  |  first use in a fresh process (divisions read, cpca imported) {first:.2f} s")


def bench_service() -> None:
    """The day as the app plans it: the book's visits, each customer placed, the plan, left-overs' days."""
    from sqlalchemy import insert

    from telesales.app import open_session
    from telesales.store.book import create_book
    from telesales.store.models import CustomerRow

    stops = make_stops(40, random.Random(8))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        book = create_book(path)
        with book.engine.begin() as connection:
            connection.execute(insert(CustomerRow), [dict(
                id=s.customer_id, kind="company", name=f"客户{s.customer_id}", address=s.address,
                province="", city="", district="", latitude=None if s.approximate else s.latitude,
                longitude=None if s.approximate else s.longitude, region="CN", created_at=datetime.now(UTC),
                last_intent=s.intent.value if s.intent else None, open_value_cents=s.expected_demand_cents)
                for s in stops])
        book.close()
        session = open_session(path)
        session.save_settings({"rep.time_zone": "Asia/Shanghai", "visits.per_day": 40, "visits.hours_per_day": 14,
                               "visits.minutes_each": 10, "visits.start_time": "08:00",
                               "visits.start_address": "31.2304, 121.4737"})
        for s in stops:
            session.plan_visit(s.customer_id, DAY)
        seconds, day = median_time(lambda: session.visit_day(DAY))
        session.close()
    plan = day.plan  # type: ignore[attr-defined]
    print(f"the same day through the app (book, places, plan): median {seconds:.3f} s; route {plan.total_km:.1f} km "
          f"beside list order {plan.list_order_km:.1f} km")


def main() -> None:
    start = (31.2304, 121.4737)  # the office, by People's Square
    bench_day(start)
    bench_week(start)
    bench_addresses()
    bench_service()


if __name__ == "__main__":
    main()
