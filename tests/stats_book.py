"""A small hand-made book for the numbers a rep watches, with every figure worked out by hand below.

The rep works in Shanghai (UTC+8); today is Sunday 22 Nov 2026. The period is November so far (1–22 Nov), compared
with 1–22 Oct (previous) or 1–22 Nov 2025 (last year). Moments are written in UTC: 2026-10-31 16:30 UTC is already
1 Nov in Shanghai, 2026-11-22 16:01 UTC is 23 Nov there.

Orders (cents)                                   November 1–22         October 1–22
  Alpha   5 Oct 10,000; 3 Nov 10,000; 10 Nov 5,000      15,000 (2)            10,000 (1)
  Bravo   22 Nov 20,000                                 20,000 (1)
  Charlie 22 Oct 10,000; 23 Oct 999                                           10,000 (1)
  Echo    1 Nov 2025 7,000 (last year)
  sales                                                 35,000, 3 deals,       20,000, 2 deals,
                                                        2 buyers               2 buyers

Calls (local day, outcome, intent)
  Alpha   1 Sep D; 20 Oct connected C; 3 Nov connected B        → Oct: D→C up 1; Nov: C→B up 1
  Bravo   10 Sep connected A; 5 Nov connected A; 6 Nov connected C  → Nov: A→A no move, A→C down 2
  Charlie 2 Oct connected; 2 Oct no answer; 31 Oct 23:00 connected (in neither period)
  Delta   1 Nov 00:30 connected D (the first intent ever: new)
  Echo    22 Nov 23:59 no answer; 23 Nov 00:01 connected (tomorrow: outside)
  Foxtrot 5 Nov busy
  November: 6 calls, 4 connected, on 5 days (1, 3, 5, 6, 22 Nov) → 1.2 a day, reach 4/6
  October:  3 calls, 2 connected, on 2 days (2, 20 Oct) → 1.5 a day, reach 2/3

Visits: Foxtrot 10 Nov done; Echo 12 Nov planned; Delta 25 Nov planned (after the period); Echo 15 Oct done.

Covered (reached, visited or buying)
  November: Alpha, Bravo, Delta (reached), Foxtrot (visited) → 4; active rate 2/4; average deal 17,500
  October:  Alpha, Charlie (reached and buying), Echo (visited) → 3; active rate 2/3; average deal 10,000

So sales grew ×1.75 = covered ×4/3 · active rate ×3/4 · average deal ×1.75: the average deal moved it all, the
other two cancel out. Contributions (LMDI): L(35,000, 20,000) = 15,000 / ln 1.75; covered +L·ln(4/3) = +7,711,
active rate −7,711, average deal +15,000.

Tiers (stored): Alpha super, Bravo big, Charlie small, Delta inactive, Echo prospect, Foxtrot suspect.
Churn signals: Charlie "yoy_drop,silent", Delta "silent".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert

from telesales.app import open_session
from telesales.services.book_session import BookSession
from telesales.store.models import CallRow, CustomerRow, OrderRow, VisitRow
from tests.locations import Location, filling

TODAY = date(2026, 11, 22)
NAMES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot")
TIERS = ("super", "big", "small", "inactive", "prospect", "suspect")
ALPHA, BRAVO, CHARLIE, DELTA, ECHO, FOXTROT = range(1, 7)


def utc(year: int, month: int, day: int, hour: int = 2, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


ORDERS = [
    (ALPHA, date(2026, 10, 5), 10_000), (ALPHA, date(2026, 11, 3), 10_000), (ALPHA, date(2026, 11, 10), 5_000),
    (BRAVO, date(2026, 11, 22), 20_000),
    (CHARLIE, date(2026, 10, 22), 10_000), (CHARLIE, date(2026, 10, 23), 999),
    (ECHO, date(2025, 11, 1), 7_000),
]
CALLS = [  # customer, moment (UTC), outcome, intent
    (ALPHA, utc(2026, 9, 1), "connected", "D"),
    (ALPHA, utc(2026, 10, 20), "connected", "C"),
    (ALPHA, utc(2026, 11, 3), "connected", "B"),
    (BRAVO, utc(2026, 9, 10), "connected", "A"),
    (BRAVO, utc(2026, 11, 5), "connected", "A"),
    (BRAVO, utc(2026, 11, 6), "connected", "C"),
    (CHARLIE, utc(2026, 10, 2), "connected", None),
    (CHARLIE, utc(2026, 10, 2, 3), "no_answer", None),
    (CHARLIE, utc(2026, 10, 31, 15), "connected", None),
    (DELTA, utc(2026, 10, 31, 16, 30), "connected", "D"),
    (ECHO, utc(2026, 11, 22, 15, 59), "no_answer", None),
    (ECHO, utc(2026, 11, 22, 16, 1), "connected", None),
    (FOXTROT, utc(2026, 11, 5, 3), "busy", None),
]
VISITS = [
    (FOXTROT, date(2026, 11, 10), "done"), (ECHO, date(2026, 11, 12), "planned"),
    (DELTA, date(2026, 11, 25), "planned"), (ECHO, date(2026, 10, 15), "done"),
]
CHURN = {CHARLIE: "yoy_drop,silent", DELTA: "silent"}


def _customer(customer_id: int) -> dict[str, Any]:
    return dict(id=customer_id, name=NAMES[customer_id - 1], tier=TIERS[customer_id - 1],
                churn_signals=CHURN.get(customer_id, ""), created_at=utc(2024, 1, 1))


def build_stats_book(location: Location) -> BookSession:
    """Fill the empty book at `location` (a file or a server URL) and return a session whose clock stands at
    18:00 on TODAY in Shanghai."""
    with filling(location) as connection:
        connection.execute(insert(CustomerRow), [_customer(i) for i in range(1, 7)])
        connection.execute(insert(OrderRow), [dict(customer_id=c, ordered_on=d, amount_cents=a) for c, d, a in ORDERS])
        connection.execute(insert(CallRow), [dict(customer_id=c, called_at=at, outcome=o, intent=i)
                                             for c, at, o, i in CALLS])
        connection.execute(insert(VisitRow), [dict(customer_id=c, planned_on=d, status=s) for c, d, s in VISITS])
    session = open_session(location)
    session.save_settings({"rep.time_zone": "Asia/Shanghai"})
    assert session.statistics is not None
    session.statistics.clock = lambda zone: datetime(2026, 11, 22, 18, 0, tzinfo=zone)
    return session
