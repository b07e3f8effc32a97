"""A small hand-made book for visits: a rep in Shenzhen with customers in three districts, two of them known only
by their address (the district centre stands in), one with no address at all.

The rep starts from the office in Futian; "now" is 20:00 on Sunday 2026-11-22 in Shanghai time, and the day
planned is Monday 2026-11-23. Visits start at 13:00, for up to eight hours.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from telesales.app import open_session
from telesales.services.book_session import BookSession
from telesales.store.models import CustomerRow
from tests.locations import Location, filling

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 22, 20, 0, tzinfo=SHANGHAI)
MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)
OFFICE = "深圳市福田区深南大道6008号"

# id: (name, address, latitude, longitude, intent, expected value in cents)
CUSTOMERS: dict[int, tuple[str, str, float | None, float | None, str | None, int]] = {
    1: ("南山科技", "深圳市南山区科技园南区1号", 22.540, 113.950, "A", 5_000_000),
    2: ("南山贸易", "深圳市南山区南海大道2000号", 22.520, 113.925, "B", 300_000),
    3: ("蛇口工厂", "深圳市南山区蛇口工业路10号", 22.490, 113.910, "C", 100_000),
    4: ("华强商行", "深圳市福田区华强北路100号", 22.545, 114.085, "B", 800_000),
    5: ("福华文具", "深圳市福田区福华路200号", 22.535, 114.060, "C", 50_000),
    6: ("罗湖百货", "深圳市罗湖区人民南路3000号", 22.540, 114.118, "A", 9_000_000),
    7: ("宝安物流", "深圳市宝安区建安一路88号", None, None, "C", 0),
    8: ("宝安五金", "深圳市宝安区建安一路50号", None, None, None, 0),
    9: ("无名小店", "", None, None, None, 0),
    10: ("东门鞋城", "深圳市罗湖区东门中路1号", 22.548, 114.120, "D", 0),
}
NANSHAN, FUTIAN, LUOHU, BAOAN = 1, 4, 6, 7


def customer_row(customer_id: int) -> dict[str, Any]:
    name, address, lat, lon, intent, value = CUSTOMERS[customer_id]
    return dict(
        id=customer_id, kind="company", name=name, industry="", scale="", phone=f"+8613800{customer_id:06d}",
        email="", wechat="", address=address, province="", city="", district="", latitude=lat, longitude=lon,
        region="CN", owner="", tier="small", tier_pin=None, tier_pin_reason="", do_not_call=False,
        marked_other=False, face=None, keeps_christmas=False, credit_limit_cents=None, payment_terms="",
        competitors="", preferences="", notes="", founded_on=None, created_at=datetime(2025, 1, 1, tzinfo=UTC),
        last_intent=intent, open_value_cents=value,
    )


def build_visits_book(location: Location, **settings: Any) -> BookSession:
    """Fill the empty book at `location` (a file or a server URL) with the customers (areas not filled in: the
    book reads them from the addresses) and return a session whose clock stands at NOW. No visits yet."""
    with filling(location) as connection:
        connection.execute(insert(CustomerRow), [customer_row(i) for i in CUSTOMERS])
    session = open_session(location)
    session.save_settings({"rep.time_zone": "Asia/Shanghai", "visits.start_address": OFFICE,
                           "visits.per_day": 10, "visits.hours_per_day": 8.0, "visits.start_time": "13:00",
                           **settings})
    assert session.visits is not None
    session.visits.clock = lambda: NOW
    return session


def plan_monday(session: BookSession, customers: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7, 8)) -> dict[int, int]:
    """Plan a visit to each customer on Monday, in this (list) order; customer id → visit id."""
    return {c: session.plan_visit(c, MONDAY) for c in customers}
