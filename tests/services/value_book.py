"""A small hand-made book for the customer-value tests: named customers with known revenue, as of TODAY.

Ten existing customers (revenue in the 12 months up to TODAY, highest first): Alpha 1,000,000.00 … Juliet, so
with the default shares (1 / 4 / 15 %, at least one super) the book has 1 super (Alpha), no big, 1 medium
(Bravo) and 8 small ones; Delta bought 1,000.00 last year to date and only 300.00 this year (30%: a churn
warning). Beside them: Inactive (bought two years ago), Prospect (a call, no order), Suspect (nothing) and
Other (marked "other").
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.conftest import TODAY

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


def _insert_customer(db: sqlite3.Connection, customer: int | None, name: str, owner: str, other: bool) -> None:
    db.execute(
        "INSERT INTO customers (id, kind, name, industry, scale, phone, email, wechat, address, province, city,"
        " district, region, owner, tier, tier_pin_reason, do_not_call, marked_other, keeps_christmas,"
        " payment_terms, competitors, preferences, notes, created_at)"
        " VALUES (?, 'company', ?, '', '', '', '', '', '', '', '', '', 'CN', ?, 'suspect', '', 0, ?, 0,"
        " '', '', '', '', '2024-01-01 00:00:00.000000')",
        (customer, name, owner, other),
    )


def add_customer(path: Path, name: str, owner: str = "Me") -> None:
    db = sqlite3.connect(path)
    _insert_customer(db, None, name, owner, False)
    db.commit()
    db.close()


def build(path: Path, *, rep: str = "Me") -> None:
    """Fill the empty book at `path` (a copy of the migrated template)."""
    db = sqlite3.connect(path)
    for index, name in enumerate(NAMES, start=1):
        _insert_customer(db, index, name, rep, name == "Other")
    order_id = 0

    def order(name: str, day: date, cents: int) -> None:
        nonlocal order_id
        order_id += 1
        db.execute("INSERT INTO orders (id, customer_id, ordered_on, amount_cents, profit_cents, paid_cents, notes)"
                   " VALUES (?, ?, ?, ?, ?, ?, '')", (order_id, customer_id(name), day.isoformat(), cents,
                                                      cents // 5, cents))

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
    db.execute("INSERT INTO calls (id, customer_id, called_at, outcome, need, visit_possible, materials_requested,"
               " next_step, notes, complaint, unmet_request) VALUES (1, ?, ?, 'connected', '', 0, '', '', '', 0, '')",
               (customer_id("Prospect"), (datetime.combine(TODAY, datetime.min.time(), UTC) - timedelta(days=20))
                .strftime("%Y-%m-%d %H:%M:%S.%f")))
    if rep:
        db.execute("INSERT INTO settings (key, value) VALUES ('rep.name', ?)", (f'"{rep}"',))
    db.commit()
    db.close()


def add_order(path: Path, name: str, day: date, cents: int) -> None:
    db = sqlite3.connect(path)
    db.execute("INSERT INTO orders (customer_id, ordered_on, amount_cents, profit_cents, paid_cents, notes)"
               " VALUES (?, ?, ?, 0, 0, '')", (customer_id(name), day.isoformat(), cents))
    db.commit()
    db.close()


def add_calls(path: Path, name: str, days_ago: list[int], *, complaint: bool = False, unmet: str = "") -> None:
    db = sqlite3.connect(path)
    for days in days_ago:
        moment = datetime.combine(TODAY, datetime.min.time(), UTC) - timedelta(days=days) + timedelta(hours=3)
        db.execute("INSERT INTO calls (customer_id, called_at, outcome, need, visit_possible, materials_requested,"
                   " next_step, notes, complaint, unmet_request) VALUES (?, ?, 'connected', '', 0, '', '', '', ?, ?)",
                   (customer_id(name), moment.strftime("%Y-%m-%d %H:%M:%S.%f"), complaint, unmet))
    db.commit()
    db.close()
