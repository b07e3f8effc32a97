"""A small hand-made book for the customer-value tests: named customers with known revenue, as of TODAY.

Ten existing customers (revenue in the 12 months up to TODAY, highest first): Alpha 1,000,000.00 … Juliet, so
with the default shares (1 / 4 / 15 %, at least one super) the book has 1 super (Alpha), no big, 1 medium
(Bravo) and 8 small ones; Delta bought 1,000.00 last year to date and only 300.00 this year (30%: a churn
warning). Beside them: Inactive (bought two years ago), Prospect (a call, no order), Suspect (nothing) and
Other (marked "other").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from telesales.store.models import CallRow, CustomerRow, OrderRow, SettingRow
from tests.conftest import TODAY
from tests.locations import Location, filling

EXISTING = {  # name → revenue in the window, in cents
    "Alpha": 100_000_000,
    "Bravo": 50_000_000,
    "Charlie": 9_000_000,
    "Delta": 8_000_000,
    "Echo": 7_000_000,
    "Foxtrot": 6_000_000,
    "Golf": 5_000_000,
    "Hotel": 4_000_000,
    "India": 3_000_000,
    "Juliet": 2_000_000,
}
NAMES = [*EXISTING, "Inactive", "Prospect", "Suspect", "Other"]


def customer_id(name: str) -> int:
    return NAMES.index(name) + 1


def _insert_customer(db: Connection, customer: int | None, name: str, owner: str, other: bool) -> None:
    values: dict[str, Any] = dict(
        kind="company", name=name, industry="", scale="", phone="", email="", wechat="", address="", province="",
        city="", district="", region="CN", owner=owner, tier="suspect", tier_pin_reason="", do_not_call=False,
        marked_other=other, keeps_christmas=False, payment_terms="", competitors="", preferences="", notes="",
        created_at=datetime(2024, 1, 1, tzinfo=UTC))
    if customer is not None:
        values["id"] = customer
    db.execute(insert(CustomerRow).values(values))


def _call(customer: int, moment: datetime, *, complaint: bool = False, unmet: str = "") -> dict[str, Any]:
    return dict(customer_id=customer, called_at=moment, outcome="connected", need="", visit_possible=False,
                materials_requested="", next_step="", notes="", complaint=complaint, unmet_request=unmet)


def add_customer(location: Location, name: str, owner: str = "Me") -> None:
    with filling(location) as db:
        _insert_customer(db, None, name, owner, False)


def build(location: Location, *, rep: str = "Me") -> None:
    """Fill the empty book at `location` (a copy of the migrated template: a file or a server URL)."""
    with filling(location) as db:
        for index, name in enumerate(NAMES, start=1):
            _insert_customer(db, index, name, rep, name == "Other")
        order_id = 0

        def order(name: str, day: date, cents: int) -> None:
            nonlocal order_id
            order_id += 1
            db.execute(insert(OrderRow).values(id=order_id, customer_id=customer_id(name), ordered_on=day,
                                               amount_cents=cents, profit_cents=cents // 5, paid_cents=cents,
                                               notes=""))

        for name, cents in EXISTING.items():
            if name == "Delta":
                continue
            order(name, TODAY - timedelta(days=30), cents // 2)
            order(name, TODAY - timedelta(days=200), cents - cents // 2)
        # Delta: 1,000.00 last year to date (and more before the window), 300.00 this year: 30% of last year
        order("Delta", date(TODAY.year - 1, 3, 1), 100_000)
        order("Delta", date(TODAY.year, 2, 1), 300_00)
        order("Delta", TODAY - timedelta(days=330), EXISTING["Delta"] - 300_00)
        order("Inactive", TODAY - timedelta(days=700), 500_000)
        db.execute(insert(CallRow).values(
            id=1, **_call(customer_id("Prospect"), datetime.combine(TODAY, datetime.min.time(), UTC)
                          - timedelta(days=20))))
        if rep:
            db.execute(insert(SettingRow).values(key="rep.name", value=f'"{rep}"'))


def add_order(location: Location, name: str, day: date, cents: int) -> None:
    with filling(location) as db:
        db.execute(insert(OrderRow).values(customer_id=customer_id(name), ordered_on=day, amount_cents=cents,
                                           profit_cents=0, paid_cents=0, notes=""))


def add_calls(location: Location, name: str, days_ago: list[int], *, complaint: bool = False,
              unmet: str = "") -> None:
    with filling(location) as db:
        for days in days_ago:
            moment = datetime.combine(TODAY, datetime.min.time(), UTC) - timedelta(days=days) + timedelta(hours=3)
            db.execute(insert(CallRow).values(**_call(customer_id(name), moment, complaint=complaint, unmet=unmet)))
