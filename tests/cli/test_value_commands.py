"""`telesales tiers` and `telesales pin` as scripts use them: the JSON fields, the figures, one-line errors."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import run
from tests.conftest import TODAY
from tests.locations import Location
from tests.services import value_book
from tests.services.value_book import NAMES, customer_id

CUSTOMER_FIELDS = {"id", "name", "tier", "computed_tier", "pinned", "pin_reason", "revenue", "revenue_cents",
                   "label", "score", "figures"}


@pytest.fixture
def small_book(book_location: Location) -> Location:
    value_book.build(book_location)
    return book_location


def tiers(capsys: pytest.CaptureFixture[str], book: Location, *extra: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "tiers", "--book", str(book), "--as-of", TODAY.isoformat(), "--json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_tiers_json_of_the_pyramid(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    payload = tiers(capsys, small_book)
    assert payload["method"] == "pyramid" and payload["as_of"] == "2026-11-22"
    assert payload["window"] == {"after": "2025-11-22", "through": "2026-11-22"}
    assert payload["counts"] == {"super": 1, "medium": 1, "small": 8, "inactive": 1, "prospect": 1, "suspect": 1,
                                 "other": 1}
    assert payload["cutoffs"] == {"existing": 10, "super_end": 1, "big_end": 1, "medium_end": 2}
    customers = payload["customers"]
    assert len(customers) == len(NAMES)
    assert all(set(row) == CUSTOMER_FIELDS for row in customers)
    alpha = customers[0]  # most revenue first
    assert (alpha["id"], alpha["name"], alpha["tier"], alpha["computed_tier"], alpha["pinned"]) == (
        1, "Alpha", "super", "super", False)
    assert (alpha["revenue"], alpha["revenue_cents"]) == (1_000_000.0, 100_000_000)
    assert alpha["figures"] == {"revenue_cents": 100_000_000, "pinned": 0, "rank": 1}


def test_tiers_by_other_methods_carry_their_figures(capsys: pytest.CaptureFixture[str], small_book: Location) -> None:
    abc = tiers(capsys, small_book, "--method", "abc")
    assert abc["method"] == "abc" and sum(abc["counts"].values()) == len(NAMES)
    alpha = abc["customers"][0]
    assert alpha["label"] == "A" and alpha["tier"] == "super"
    assert {"rank", "share_percent", "cumulative_percent"} <= set(alpha["figures"])
    rfm = tiers(capsys, small_book, "--method", "rfm", "--limit", "3")
    assert len(rfm["customers"]) == 3 and rfm["counts"]["unvalued"] == 4  # no order in the window: left out
    assert {"r_score", "f_score", "m_score", "recency_days"} <= set(rfm["customers"][0]["figures"])


def test_pin_then_tiers_shows_the_pin_beside_the_computed_tier(capsys: pytest.CaptureFixture[str],
                                                              small_book: Location) -> None:
    juliet = str(customer_id("Juliet"))
    code, out, _ = run(capsys, "pin", "--book", str(small_book), "--customer", juliet, "--tier", "big",
                       "--reason", "Group purchasing gateway", "--today", TODAY.isoformat(), "--json")
    assert code == 0
    assert json.loads(out) == {"customer": 10, "pinned": "big", "reason": "Group purchasing gateway",
                               "change": {"changed_on": "2026-11-22", "from_tier": None, "to_tier": "big",
                                          "reason": "pinned"}}
    row = next(r for r in tiers(capsys, small_book)["customers"] if r["name"] == "Juliet")
    assert (row["tier"], row["computed_tier"], row["pinned"], row["pin_reason"]) == (
        "big", "small", True, "Group purchasing gateway")
    code, out, _ = run(capsys, "pin", "--book", str(small_book), "--customer", juliet, "--unpin")
    assert code == 0 and out.startswith("customer 10 unpinned")


@pytest.mark.parametrize(("argv", "message"), [
    (["--customer", "10", "--tier", "big"], "a pinned tier needs a reason"),
    (["--customer", "10"], "give either --tier (with --reason) or --unpin"),
    (["--customer", "999", "--tier", "big", "--reason", "x"], "there is no customer 999"),
    (["--customer", "10", "--unpin"], "customer 10 has no pinned tier"),
])
def test_pin_mistakes_are_one_line(capsys: pytest.CaptureFixture[str], small_book: Location, argv: list[str],
                                   message: str) -> None:
    code, _, err = run(capsys, "pin", "--book", str(small_book), *argv)
    assert code == 1
    assert err.strip() == f"telesales: error: {message}"


def test_tiers_of_the_demo_book(capsys: pytest.CaptureFixture[str], demo_location: Location) -> None:
    payload = tiers(capsys, demo_location)
    assert sum(payload["counts"].values()) == 120
    assert payload["counts"]["super"] >= 1
    pinned = [row for row in payload["customers"] if row["pinned"]]
    assert pinned and all(row["pin_reason"] for row in pinned)  # the demo rep pinned two with a reason
