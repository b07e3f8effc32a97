"""The demo book: deterministic for a seed, realistic for its locale."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from importlib import resources
from pathlib import Path

import phonenumbers
import pytest

from telesales.app import create_demo_session
from telesales.demo.generator import DemoRequest
from tests.conftest import TODAY


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _build(path: Path, seed: int, locale: str = "zh_CN", customers: int = 60) -> Path:
    create_demo_session(path, DemoRequest(customers=customers, seed=seed, locale=locale, today=TODAY)).close()
    return path


def test_the_same_seed_gives_the_same_book(tmp_path: Path) -> None:
    first = _dump(_build(tmp_path / "a.sqlite", seed=11))
    second = _dump(_build(tmp_path / "b.sqlite", seed=11))
    other = _dump(_build(tmp_path / "c.sqlite", seed=12))
    assert first == second
    assert first != other


def _rows(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_mainland_demo_uses_real_districts_and_valid_phones(demo_path: Path) -> None:
    official = {
        row["name"] for row in csv.DictReader(
            resources.files("cpca").joinpath("resources/adcodes.csv").read_text(encoding="utf-8").splitlines())
    }
    for province, city, district, address in _rows(demo_path, "SELECT province, city, district, address FROM customers"):
        assert district in official and city in official and province in official
        assert district in address and address.endswith("号")
    phones = [row[0] for row in _rows(demo_path, "SELECT phone FROM customers UNION ALL SELECT phone FROM contacts")]
    assert phones and all(phonenumbers.is_valid_number(phonenumbers.parse(p)) for p in phones)
    assert all(phonenumbers.region_code_for_number(phonenumbers.parse(p)) == "CN" for p in phones)


@pytest.mark.parametrize(("locale", "region"), [("zh_TW", "TW"), ("en_US", "US")])
def test_other_locales_have_their_own_places_and_phones(tmp_path: Path, locale: str, region: str) -> None:
    path = _build(tmp_path / f"{locale}.sqlite", seed=5, locale=locale, customers=40)
    data = "tw_districts.csv" if locale == "zh_TW" else "us_cities.csv"
    with (Path(__file__).parents[2] / "resources" / "data" / data).open(encoding="utf-8") as handle:
        known_cities = {row["city"] for row in csv.DictReader(handle)}
    cities = {row[0] for row in _rows(path, "SELECT city FROM customers WHERE region != 'HK'")}
    assert cities and cities <= known_cities
    phones = [row[0] for row in _rows(path, "SELECT phone FROM contacts")]
    assert all(phonenumbers.region_code_for_number(phonenumbers.parse(p)) == region for p in phones)


def test_revenue_is_pyramid_shaped(tmp_path: Path) -> None:
    path = _build(tmp_path / "big.sqlite", seed=3, customers=600)
    revenues = sorted((row[0] for row in _rows(
        path, "SELECT sum(amount_cents) FROM orders WHERE ordered_on > date('2025-11-22') GROUP BY customer_id")),
        reverse=True)
    top_fifth = sum(revenues[: len(revenues) // 5])
    assert top_fifth > 0.6 * sum(revenues)  # a few customers make most of the revenue


def test_the_demo_has_every_kind_of_customer_and_date(demo_path: Path) -> None:
    tiers = {row[0] for row in _rows(demo_path, "SELECT DISTINCT tier FROM customers")}
    assert {"inactive", "prospect", "suspect"} <= tiers
    assert _rows(demo_path, "SELECT count(*) FROM customers WHERE marked_other")[0][0] >= 1
    assert _rows(demo_path, "SELECT count(*) FROM contacts WHERE birthday_calendar = 'lunar'")[0][0] >= 5
    assert _rows(demo_path, "SELECT count(*) FROM important_dates WHERE kind = 'company_anniversary'")[0][0] >= 5
    assert _rows(demo_path, "SELECT count(*) FROM contact_roles WHERE role = 'decider'")[0][0] >= 30
    outcomes = {row[0] for row in _rows(demo_path, "SELECT DISTINCT outcome FROM calls")}
    assert outcomes == {"connected", "no_answer", "busy", "call_back", "refused", "wrong_number"}
    assert {row[0] for row in _rows(demo_path, "SELECT DISTINCT intent FROM calls WHERE intent IS NOT NULL")} == set("ABCD")
    first, last = _rows(demo_path, "SELECT min(ordered_on), max(ordered_on) FROM orders")[0]
    assert first <= "2024-11-22" and last <= TODAY.isoformat()
    # every order's amount is what its lines add up to
    mismatched = _rows(demo_path, """SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id
                                      GROUP BY o.id HAVING sum(l.quantity * l.unit_price_cents) != o.amount_cents""")
    assert mismatched == []


def test_the_coming_working_days_have_visits_in_the_home_city(demo_path: Path) -> None:
    planned = _rows(demo_path, """SELECT v.planned_on, c.city FROM visits v JOIN customers c ON c.id = v.customer_id
                                   WHERE v.status = 'planned'""")
    days = {day for day, _city in planned}
    assert days and all(date.fromisoformat(day).weekday() < 5 and day >= TODAY.isoformat() for day in days)
    assert len(days) >= 3
    assert len({city for _day, city in planned}) == 1  # a rep visits around home


def test_the_demo_rep_works_in_the_demos_time_zone(demo_path: Path) -> None:
    stored = dict(_rows(demo_path, "SELECT key, value FROM settings"))
    assert stored["rep.time_zone"] == '"Asia/Shanghai"'  # appointments read 09:00–16:30 there, on any computer
