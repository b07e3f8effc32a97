"""`telesales stats` as scripts use it: the JSON fields and figures of the hand-made book, one-line errors."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import run
from tests.locations import Location
from tests.stats_book import build_stats_book

FIGURES = {"sales", "sales_cents", "covered", "buyers", "active_rate", "average_deal", "average_deal_cents", "deals",
           "amount", "amount_cents", "calls", "reached", "call_days", "calls_per_day", "reach_rate", "intent_moves",
           "visits"}


@pytest.fixture
def small_book(book_location: Location) -> Location:
    build_stats_book(book_location).close()
    return book_location


def stats(capsys: pytest.CaptureFixture[str], book: Location, *extra: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "stats", "--book", str(book), "--from", "2026-11-01", "--to", "2026-11-22",
                         "--json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_stats_json_names_every_figure(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    p = stats(capsys, small_book)
    assert set(p) >= FIGURES and set(p["comparison"]) == FIGURES
    assert (p["kind"], p["compare"], p["time_zone"]) == ("month", "previous", "Asia/Shanghai")
    assert p["period"] == {"from": "2026-11-01", "to": "2026-11-22", "days": 22}
    assert p["comparison_period"] == {"from": "2026-10-01", "to": "2026-10-22", "days": 22}
    assert (p["sales"], p["sales_cents"], p["covered"], p["buyers"]) == (350.0, 35_000, 4, 2)
    assert (p["active_rate"], p["average_deal"], p["average_deal_cents"]) == (0.5, 175.0, 17_500)
    assert (p["deals"], p["amount_cents"]) == (3, 35_000)
    assert (p["calls"], p["reached"], p["call_days"], p["calls_per_day"], p["reach_rate"]) == (6, 4, 5, 1.2, 0.6667)
    assert p["intent_moves"] == {"up": 1, "down": 1, "new": 1, "steps_up": 1, "steps_down": 2, "customers_up": 1,
                                 "customers_down": 1}
    assert p["visits"] == {"done": 1, "planned": 1, "proposed": 0, "cancelled": 0, "total": 2}
    c = p["comparison"]
    assert (c["sales_cents"], c["covered"], c["buyers"], c["active_rate"], c["calls"]) == (20_000, 3, 2, 0.6667, 3)


def test_stats_json_says_which_factor_moved(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    change = stats(capsys, small_book)["change"]
    assert (change["sales_cents"], change["sales_ratio"], change["decomposed"], change["moved"]) == (
        15_000, 1.75, True, "average_deal")
    factors = change["factors"]
    assert [factors[name]["contribution_cents"] for name in ("covered", "active_rate", "average_deal")] == [
        7_711, -7_711, 15_000]
    assert factors["covered"]["ratio"] == 1.3333 and factors["active_rate"]["ratio"] == 0.75
    assert factors["average_deal"]["share"] == 1.0


def test_stats_json_pyramid_churn_and_weeks(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    p = stats(capsys, small_book, "--compare", "last_year")
    assert p["compare"] == "last_year" and p["comparison_period"]["from"] == "2025-11-01"
    assert p["comparison"]["sales_cents"] == 7_000
    assert p["churn_warnings"]["customers"] == 2 and p["churn_warnings"]["by_signal"]["silent"] == 2
    tiers = {row["tier"]: row for row in p["pyramid"]["tiers"]}
    assert tiers["super"]["customers"] == 1 and tiers["super"]["revenue_cents"] == 25_000
    assert p["pyramid"]["curve"][0] == {"customers": 0, "customer_share": 0.0, "revenue_share": 0.0}
    assert len(p["calls_by_week"]) == 8 and p["calls_by_week"][-1]["from"] == "2026-11-16"
    assert [day["day"] for day in p["orders_by_day"]] == ["2026-11-03", "2026-11-10", "2026-11-22"]


def test_stats_as_text(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    code, out, _ = run(capsys, "stats", "--book", str(small_book), "--from", "2026-11-01", "--to", "2026-11-22")
    assert code == 0
    assert "sales: 350.00 against 200.00 (+75.0%)" in out
    assert "moved most: average_deal" in out


@pytest.mark.parametrize("argv", [
    ("--from", "2026-11-01"),
    ("--from", "2026-11-22", "--to", "2026-11-01"),
    ("--from", "2026-13-01", "--to", "2026-11-01"),
])
def test_bad_periods_are_one_line_errors(capsys: pytest.CaptureFixture[str], small_book: Location,
                                         argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, "stats", "--book", str(small_book), *argv)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
