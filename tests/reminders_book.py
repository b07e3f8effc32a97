"""A small hand-made book for reminder tests: each customer and contact has one date that tests a rule."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert

from telesales.app import open_session
from telesales.services.book_session import BookSession
from telesales.store.models import ContactRow, CustomerRow, ImportantDateRow, OrderRow
from tests.locations import Location, filling

CREATED = datetime(2020, 1, 1, tzinfo=UTC)

# customers
ACME = 1  # super, mainland: founded 2010-12-20, first order 2019-12-10, keeps Christmas
PEARL = 2  # big, Hong Kong
SMALL = 3  # small: greeted only when greetings are for every customer
SILENT = 4  # super but "do not call": never greeted
PERSON = 5  # a person (no company), big, Taiwan; no contacts

# contacts
LI = 11  # ACME: solar birthday 1985-11-25
WANG = 12  # ACME: lunar birthday in the leap 6th month (2025 has one, 2026 does not), born 1990
ZHAO = 13  # PEARL: lunar 2-30 (the 2nd month of 2026 has 29 days), born 1980
QIAN = 14  # SMALL: solar birthday 1970-11-30
SUN = 15  # SILENT: solar birthday 1975-11-24
FEB = 16  # PEARL: born on Feb 29, 1988


def _customer(cid: int, name: str, **values: Any) -> dict[str, Any]:
    return {"id": cid, "name": name, "created_at": CREATED, "kind": "company", "region": "CN", "tier": "small",
            **values}


def _contact(contact_id: int, customer_id: int, name: str, calendar: str | None, month: int | None,
             day: int | None, leap: bool = False, year: int | None = None) -> dict[str, Any]:
    return {"id": contact_id, "customer_id": customer_id, "name": name, "birthday_calendar": calendar,
            "birthday_month": month, "birthday_day": day, "birthday_leap": leap, "birthday_year": year}


def fill(location: Location) -> None:
    """Fill the empty book at `location` (a file or a server URL)."""
    with filling(location) as connection:
        for row in [
            _customer(ACME, "Acme Trading", tier="super", founded_on=date(2010, 12, 20), keeps_christmas=True),
            _customer(PEARL, "Pearl River Imports", tier="big", region="HK"),
            _customer(SMALL, "Small Shop", tier="small"),
            _customer(SILENT, "Silent Partners", tier="super", do_not_call=True),
            _customer(PERSON, "Chen Mei", kind="person", tier="small", tier_pin="big", region="TW"),
        ]:
            connection.execute(insert(CustomerRow).values(**row))
        connection.execute(insert(ContactRow), [
            _contact(LI, ACME, "Li Na", "solar", 11, 25, year=1985),
            _contact(WANG, ACME, "Wang Wei", "lunar", 6, 1, leap=True, year=1990),
            _contact(ZHAO, PEARL, "Zhao Min", "lunar", 2, 30, year=1980),
            _contact(QIAN, SMALL, "Qian Hao", "solar", 11, 30, year=1970),
            _contact(SUN, SILENT, "Sun Li", "solar", 11, 24, year=1975),
            _contact(FEB, PEARL, "Leap Day", "solar", 2, 29, year=1988),
        ])
        connection.execute(insert(OrderRow), [
            {"customer_id": ACME, "ordered_on": date(2019, 12, 10), "amount_cents": 100_000},
            {"customer_id": ACME, "ordered_on": date(2024, 3, 1), "amount_cents": 250_000},
            {"customer_id": PEARL, "ordered_on": date(2026, 11, 22), "amount_cents": 80_000},
            {"customer_id": PERSON, "ordered_on": date(2026, 11, 22), "amount_cents": 5_000},
        ])
        connection.execute(insert(ImportantDateRow), [
            {"customer_id": PEARL, "kind": "event", "label": "Annual dinner", "calendar": "solar",
             "month": 12, "day": 12, "leap": False, "year": 2026},
        ])


def open_filled(location: Location) -> BookSession:
    """`location` is a fresh empty book; fill it and open it as the app does."""
    fill(location)
    return open_session(location)
