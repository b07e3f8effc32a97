"""Customer value on a small hand-made book: tiers of named customers, recorded changes, pins, churn warnings; in
a book file and in a shared book on a server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from telesales.app import open_session
from telesales.domain.errors import UserError
from telesales.domain.lifecycle import ChurnSignal, Stage
from telesales.domain.model import Face, Tier
from telesales.domain.tiering import Movement
from telesales.services.book_session import BookSession
from telesales.services.customer_value import CustomerValueService, ValueMethod
from tests.conftest import TODAY
from tests.locations import Location, is_server
from tests.services import value_book
from tests.services.value_book import NAMES, add_calls, add_customer, add_order, customer_id


@pytest.fixture
def session(book_location: Location) -> Iterator[BookSession]:
    value_book.build(book_location)
    opened = open_session(book_location)
    yield opened
    opened.close()


@pytest.fixture
def value(session: BookSession) -> CustomerValueService:
    assert session.value is not None
    return session.value


def tiers(value: CustomerValueService, as_of: date = TODAY) -> dict[str, Tier]:
    report = value.valuation(ValueMethod.PYRAMID, as_of)
    return {row.name: row.tier for row in report.customers}


def stored(value: CustomerValueService) -> dict[str, tuple[Tier, Tier | None, str]]:
    """What the book keeps per customer after a re-tiering: computed tier, pin, churn signal codes."""
    found = {}
    for name in NAMES:
        customer = value._store.customer(customer_id(name))  # noqa: SLF001 - reading back what was written
        assert customer is not None
        found[name] = (customer.tier, customer.pin, customer.churn_codes)
    return found


def test_every_named_customer_gets_its_tier(value: CustomerValueService) -> None:
    result = value.retier(TODAY)
    assert (result.cutoffs.existing, result.cutoffs.super_end, result.cutoffs.big_end,
            result.cutoffs.medium_end) == (10, 1, 1, 2)
    expected = {"Alpha": Tier.SUPER, "Bravo": Tier.MEDIUM, "Inactive": Tier.INACTIVE, "Prospect": Tier.PROSPECT,
                "Suspect": Tier.SUSPECT, "Other": Tier.OTHER}
    expected |= {name: Tier.SMALL for name in ("Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
                                               "Juliet")}
    assert {name: tier for name, (tier, _pin, _codes) in stored(value).items()} == expected
    assert tiers(value) == expected
    # the first tiering records every customer as new, dated, from nothing
    assert len(result.changes) == len(NAMES)
    assert {(c.changed_on, c.from_tier, c.reason) for c in result.changes} == {(TODAY, None, "new")}


def test_a_change_is_recorded_with_its_date_from_and_to_and_a_rerun_records_nothing(
        value: CustomerValueService, book_location: Location) -> None:
    value.retier(TODAY)
    again = value.retier(TODAY)
    assert again.changes == () and again.updated == 0

    tomorrow = TODAY + timedelta(days=1)
    add_order(book_location, "Charlie", tomorrow, 200_000_000)  # Charlie overtakes everyone
    moved = value.retier(tomorrow)
    by_name = {NAMES[c.customer_id - 1]: c for c in moved.changes}
    assert set(by_name) == {"Charlie", "Alpha", "Bravo"}
    assert (by_name["Charlie"].from_tier, by_name["Charlie"].to_tier) == (Tier.SMALL, Tier.SUPER)
    assert (by_name["Alpha"].from_tier, by_name["Alpha"].to_tier) == (Tier.SUPER, Tier.MEDIUM)
    assert (by_name["Bravo"].from_tier, by_name["Bravo"].to_tier) == (Tier.MEDIUM, Tier.SMALL)
    assert {c.changed_on for c in moved.changes} == {tomorrow}
    assert {c.reason for c in moved.changes} == {"recomputed"}

    movements = value.movements(tomorrow)
    assert [(m.name, m.from_tier, m.to_tier, m.direction) for m in sorted(movements, key=lambda m: m.name)] == [
        ("Alpha", Tier.SUPER, Tier.MEDIUM, Movement.DOWN),
        ("Bravo", Tier.MEDIUM, Tier.SMALL, Movement.DOWN),
        ("Charlie", Tier.SMALL, Tier.SUPER, Movement.UP),
    ]
    assert len(value.movements(TODAY)) == len(NAMES) + 3  # the first tiering's "new" ones are there too
    assert value.retier(tomorrow).changes == ()


def test_a_pin_wins_and_the_computed_tier_is_still_reported(value: CustomerValueService) -> None:
    value.retier(TODAY)
    change = value.pin(customer_id("Juliet"), Tier.BIG, "  Group purchasing gateway  ", TODAY)
    assert change is not None
    assert (change.from_tier, change.to_tier, change.reason) == (Tier.SMALL, Tier.BIG, "pinned")
    assert value.retier(TODAY).changes == ()  # the pin holds through a re-tiering, nothing new recorded

    row = next(r for r in value.valuation("pyramid", TODAY).customers if r.name == "Juliet")
    assert (row.tier, row.computed_tier, row.pinned, row.pin_reason) == (
        Tier.BIG, Tier.SMALL, True, "Group purchasing gateway")
    assert stored(value)["Juliet"][:2] == (Tier.SMALL, Tier.BIG)
    summary = value.pyramid_summary(TODAY)
    assert (summary.level(Tier.BIG).customers, summary.level(Tier.BIG).pinned) == (1, 1)
    assert summary.level(Tier.SMALL).customers == 7
    members = value.tier_members(Tier.BIG, TODAY)
    assert [(m.name, m.tier, m.pin, m.revenue_cents) for m in members] == [
        ("Juliet", Tier.SMALL, Tier.BIG, 2_000_000)]

    lifted = value.unpin(customer_id("Juliet"), TODAY)
    assert lifted is not None and (lifted.from_tier, lifted.to_tier, lifted.reason) == (
        Tier.BIG, Tier.SMALL, "unpinned")
    with pytest.raises(UserError):
        value.unpin(customer_id("Juliet"), TODAY)
    with pytest.raises(UserError):
        value.pin(customer_id("Juliet"), Tier.BIG, "   ", TODAY)  # a pin needs a reason
    with pytest.raises(UserError):
        value.pin(999, Tier.BIG, "no one", TODAY)


def test_purchases_below_forty_percent_of_last_year_raise_a_churn_warning_with_the_numbers(
        value: CustomerValueService) -> None:
    warnings = {w.name: w for w in value.churn_warnings(TODAY)}
    assert "Delta" in warnings
    delta = warnings["Delta"]
    assert [flag.code for flag in delta.flags] == [ChurnSignal.YOY_DROP]
    assert delta.flags[0].evidence == {"this_ytd_cents": 300_00, "last_ytd_cents": 1_000_00,
                                       "share_percent": 30.0, "threshold_percent": 40.0}
    assert delta.tier is Tier.SMALL
    value.retier(TODAY)
    assert stored(value)["Delta"][2] == "yoy_drop"  # the code is kept on the customer for the call list
    assert stored(value)["Alpha"][2] == ""


def test_owner_left_complaints_and_unmet_requests(value: CustomerValueService, session: BookSession,
                                                  book_location: Location) -> None:
    add_calls(book_location, "Echo", [10, 40, 100], complaint=True)
    add_calls(book_location, "Foxtrot", [5], unmet="Wanted a custom size")
    session.save_settings({"rep.name": "Someone else"})  # every customer's owner ("Me") is not the rep now
    warnings = {w.name: {f.code: f.evidence for f in w.flags} for w in value.churn_warnings(TODAY)}
    assert warnings["Echo"][ChurnSignal.COMPLAINTS] == {"complaints": 3, "threshold": 3, "window_days": 365}
    assert warnings["Foxtrot"][ChurnSignal.UNMET_REQUEST] == {"unmet_requests": 1, "days_since_latest": 5}
    if is_server(book_location):  # owners there are logins: only the lead's recorded reassignment counts
        assert ChurnSignal.OWNER_LEFT not in warnings.get("Alpha", {})
    else:
        assert ChurnSignal.OWNER_LEFT in warnings["Alpha"]
    session.save_settings({"rep.name": "Me"})
    assert all(ChurnSignal.OWNER_LEFT not in flags for flags in
               ({f.code for f in w.flags} for w in value.churn_warnings(TODAY)))


def test_flagged_calls_are_read_from_the_start_of_the_day_given(value: CustomerValueService,
                                                                book_location: Location) -> None:
    add_calls(book_location, "Echo", [3, 30, 31, 400], complaint=True)
    add_calls(book_location, "Foxtrot", [31, 5], unmet="Wanted a custom size")
    marks = value._store.call_marks(TODAY - timedelta(days=30))  # noqa: SLF001 - the store's own answer
    assert sorted((NAMES[m.customer_id - 1], (TODAY - m.day).days, m.complaint, m.unmet_request) for m in marks) == [
        ("Echo", 3, True, False), ("Echo", 30, True, False), ("Foxtrot", 5, False, True)]


def test_the_daily_run_refreshes_once_a_day_and_for_new_customers(value: CustomerValueService,
                                                                  book_location: Location) -> None:
    assert value.refresh_if_stale(TODAY) is not None
    assert value.refresh_if_stale(TODAY) is None
    assert value.refresh_if_stale(TODAY + timedelta(days=1)) is not None
    add_customer(book_location, "Newcomer")
    result = value.refresh_if_stale(TODAY + timedelta(days=1))
    assert result is not None and [c.to_tier for c in result.changes] == [Tier.SUSPECT]


def test_lifecycle_stage_is_stored(value: CustomerValueService) -> None:
    value.retier(TODAY)
    customer = value._store.customer(customer_id("Inactive"))  # noqa: SLF001
    assert customer is not None and customer.stage == Stage.DECLINE.value
    assert value._store.customer(customer_id("Alpha")).stage == Stage.ACQUISITION.value  # type: ignore[union-attr]  # noqa: SLF001


@pytest.mark.parametrize("method", list(ValueMethod))
def test_every_method_values_every_customer_with_figures(value: CustomerValueService, method: ValueMethod) -> None:
    report = value.valuation(method, TODAY)
    assert len(report.customers) == len(NAMES)
    assert sum(report.counts.values()) == len(NAMES)
    alpha = next(r for r in report.customers if r.name == "Alpha")
    assert alpha.label is not None and alpha.figures
    assert alpha.revenue_cents == 100_000_000


def test_the_valuation_labels_of_the_methods(value: CustomerValueService) -> None:
    labels = {m: {r.name: r.label for r in value.valuation(m, TODAY).customers} for m in ValueMethod}
    assert labels[ValueMethod.REVENUE]["Alpha"] == "top" and labels[ValueMethod.REVENUE]["Prospect"] == "none"
    assert labels[ValueMethod.ABC]["Alpha"] == "A" and labels[ValueMethod.ABC]["Juliet"] == "C"
    assert labels[ValueMethod.RFM]["Prospect"] is None  # no order: RFM leaves it out
    value.set_face(customer_id("Bravo"), Face.BLACK)
    assert {r.name: r.label for r in value.valuation(ValueMethod.FACES, TODAY).customers}["Bravo"] == "black"


def test_re_tiering_alone_keeps_the_stage_and_signals_of_the_last_daily_run(value: CustomerValueService,
                                                                           book_location: Location) -> None:
    value.retier(TODAY)  # the daily run: tiers, stages, signals
    tomorrow = TODAY + timedelta(days=1)
    add_order(book_location, "Charlie", tomorrow, 200_000_000)
    moved = value.retier(tomorrow, lifecycle=False)
    assert {NAMES[c.customer_id - 1] for c in moved.changes} == {"Charlie", "Alpha", "Bravo"}
    assert moved.updated == 3
    assert stored(value)["Charlie"][0] is Tier.SUPER
    assert stored(value)["Delta"][2] == "yoy_drop"  # left as the daily run wrote it
    assert value.retier(tomorrow, lifecycle=False).updated == 0
