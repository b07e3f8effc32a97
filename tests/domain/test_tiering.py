"""The customer pyramid: who is in which tier, on small books, with ties and pins, and what changes."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.model import Customer, Order, Tier, TierChange
from telesales.domain.settings import RuleSettings
from telesales.domain.tiering import (
    PYRAMID,
    CustomerFigures,
    Movement,
    TierChangeReason,
    TierParams,
    assign_tiers,
    band_ends,
    figures_from_book,
    months_before,
    movement,
    revenue_curve,
    summarise_tiers,
    tier_changes,
    tier_cutoffs,
    trailing_revenue,
)

TODAY = date(2024, 6, 30)


def book(*revenues: int) -> list[CustomerFigures]:
    """Existing customers 1..n with the given revenues (cents)."""
    return [
        CustomerFigures(i, r, ever_bought=True, had_contact=True) for i, r in enumerate(revenues, start=1)
    ]


DEFAULTS = TierParams()


def sizes(figures: list[CustomerFigures], params: TierParams = DEFAULTS) -> tuple[int, int, int, int]:
    counts = Counter(r.computed for r in assign_tiers(figures, params).results)
    return counts[Tier.SUPER], counts[Tier.BIG], counts[Tier.MEDIUM], counts[Tier.SMALL]


# --- the rounding rule on small books ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, (1, 0, 0, 0)),
        (2, (1, 0, 0, 1)),
        (7, (1, 0, 0, 6)),
        (30, (1, 1, 4, 24)),
        (99, (1, 4, 15, 79)),
        (100, (1, 4, 15, 80)),
        (101, (1, 4, 15, 81)),
        (1000, (10, 40, 150, 800)),
    ],
)
def test_tier_sizes_on_books_of_every_size(n: int, expected: tuple[int, int, int, int]) -> None:
    figures = book(*(1_000_00 * (n - i) for i in range(n)))  # distinct revenues, customer 1 the biggest
    assert sizes(figures) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, (0, 0, 0, 1)),
        (7, (0, 0, 1, 6)),  # 20% of 7 = 1.4 → one medium
        (30, (0, 2, 4, 24)),  # 1% of 30 rounds to 0; 5% of 30 = 1.5 rounds up to 2
        (49, (0, 2, 8, 39)),
        (50, (1, 2, 7, 40)),  # 0.5 rounds half up to one super
        (150, (2, 6, 22, 120)),  # 1.5 → 2, 7.5 → 8 cumulative, 30 cumulative
    ],
)
def test_without_at_least_one_super_small_books_can_have_none(
    n: int, expected: tuple[int, int, int, int]
) -> None:
    figures = book(*(10 * (n - i) for i in range(n)))
    assert sizes(figures, TierParams(at_least_one_super=False)) == expected


def test_at_least_one_super_takes_the_extra_customer_from_the_tiers_below() -> None:
    seven = book(*(10 * (7 - i) for i in range(7)))
    assert sizes(seven, TierParams(at_least_one_super=False)) == (0, 0, 1, 6)  # 20% of 7 = 1.4: one medium
    assert sizes(seven, TierParams(at_least_one_super=True)) == (1, 0, 0, 6)  # that customer is super instead


def test_the_biggest_customer_of_a_thirty_customer_book_is_super() -> None:
    figures = book(*(100 * (30 - i) for i in range(30)))
    by_id = assign_tiers(figures).by_customer()
    assert by_id[1].computed is Tier.SUPER and by_id[1].rank == 1
    assert by_id[2].computed is Tier.BIG
    assert [by_id[i].computed for i in (3, 6)] == [Tier.MEDIUM, Tier.MEDIUM]
    assert by_id[7].computed is Tier.SMALL and by_id[30].rank == 30


def test_percentages_are_exact_decimals_not_floats() -> None:
    # 4.2% of 250 is exactly 10.5, which rounds half up to 11; float arithmetic gives 10.499999… and 10
    assert band_ends(250, (0.1, 4.1)) == (0, 11)
    assert band_ends(10, (5.0, 0.0, 0.0)) == (1, 1, 1)  # 0.5 rounds half up


def test_shares_over_one_hundred_percent_stop_at_the_whole_book() -> None:
    assert band_ends(10, (60.0, 60.0, 60.0)) == (6, 10, 10)


def test_settings_feed_the_parameters() -> None:
    params = TierParams.from_settings(
        RuleSettings({"tier.super_percent": "2", "tier.at_least_one_super": "no"})
    )
    assert params == TierParams(
        super_percent=2.0, big_percent=4.0, medium_percent=15.0, at_least_one_super=False
    )
    assert TierParams.from_settings() == TierParams()


def test_a_share_outside_zero_to_hundred_is_refused() -> None:
    with pytest.raises(ValueError):
        TierParams(big_percent=-1)


# --- ties ---------------------------------------------------------------------------------------------------


def test_a_tie_at_the_super_boundary_goes_up_whole() -> None:
    # 100 customers: cut-offs 1 / 5 / 20. Customers 1 and 2 tie at the top: both super, ranks 1 and 1.
    figures = book(5_000, 5_000, *(1_000 - i for i in range(98)))
    by_id = assign_tiers(figures).by_customer()
    assert (by_id[1].computed, by_id[2].computed) == (Tier.SUPER, Tier.SUPER)
    assert (by_id[1].rank, by_id[2].rank, by_id[3].rank) == (1, 1, 3)
    assert sizes(figures) == (2, 3, 15, 80)  # super exceeds its cut-off by the tie; big gives one up


def test_a_tie_straddling_the_medium_boundary_is_all_medium() -> None:
    # 100 customers; positions 19..23 share one revenue: the tie crosses medium_end = 20, so all five are medium
    revenues = [10_000 - i for i in range(18)] + [500] * 5 + [100 - i for i in range(77)]
    figures = book(*revenues)
    results = assign_tiers(figures).by_customer()
    assert {results[i].computed for i in range(19, 24)} == {Tier.MEDIUM}
    assert {results[i].rank for i in range(19, 24)} == {19}
    assert sizes(figures) == (1, 4, 18, 77)


def test_a_whole_book_of_equal_revenue_is_all_super() -> None:
    assert sizes(book(*([700] * 40))) == (40, 0, 0, 0)


def test_tie_breaking_does_not_depend_on_input_order() -> None:
    figures = book(300, 200, 200, 200, 100, 50, 50)
    forward = {r.customer_id: r for r in assign_tiers(figures).results}
    backward = {r.customer_id: r for r in assign_tiers(list(reversed(figures))).results}
    assert forward == backward


# --- the other tiers, pins, and the "other" mark -----------------------------------------------------------


def test_customers_without_revenue_in_the_window() -> None:
    figures = [
        CustomerFigures(1, 50_000, ever_bought=True, had_contact=True),
        CustomerFigures(2, 0, ever_bought=True, had_contact=True),
        CustomerFigures(3, 0, ever_bought=False, had_contact=True),
        CustomerFigures(4, 0, ever_bought=False, had_contact=False),
        CustomerFigures(5, 90_000, ever_bought=True, marked_other=True),
        CustomerFigures(6, -2_000, ever_bought=True),  # only a credit note in the window
    ]
    results = assign_tiers(figures).by_customer()
    assert [results[i].computed for i in range(1, 7)] == [
        Tier.SUPER,
        Tier.INACTIVE,
        Tier.PROSPECT,
        Tier.SUSPECT,
        Tier.OTHER,
        Tier.INACTIVE,
    ]
    assert [results[i].rank for i in range(1, 7)] == [1, None, None, None, None, None]
    assert assign_tiers(figures).cutoffs.existing == 1  # "other" is left out of the pyramid


def test_a_pin_wins_and_is_shown_as_a_pin() -> None:
    figures = book(*(100 * (10 - i) for i in range(10)))
    figures[9] = figures[9]._replace(pin=Tier.SUPER)  # the smallest customer pinned super
    figures[0] = figures[0]._replace(pin=Tier.OTHER, marked_other=False)  # the biggest pinned "other"
    results = assign_tiers(figures).by_customer()
    assert (results[10].computed, results[10].effective, results[10].pinned) == (Tier.SMALL, Tier.SUPER, True)
    assert (results[1].computed, results[1].effective, results[1].pinned) == (Tier.SUPER, Tier.OTHER, True)
    assert results[1].rank == 1  # a pinned customer still counts in the ranking
    assert not results[2].pinned and results[2].effective is results[2].computed


def test_a_pin_wins_over_the_other_mark() -> None:
    figures = [CustomerFigures(1, 0, marked_other=True, pin=Tier.PROSPECT)]
    result = assign_tiers(figures).results[0]
    assert (result.computed, result.effective, result.pinned) == (Tier.OTHER, Tier.PROSPECT, True)


def test_results_keep_the_input_order_and_ids_must_be_unique() -> None:
    figures = book(10, 30, 20)
    assert [r.customer_id for r in assign_tiers(figures).results] == [1, 2, 3]
    with pytest.raises(ValueError):
        assign_tiers([*figures, CustomerFigures(2)])


def test_an_empty_book() -> None:
    tiering = assign_tiers([])
    assert tiering.results == () and tiering.cutoffs.existing == 0


# --- from the book's records --------------------------------------------------------------------------------


def test_the_look_back_window() -> None:
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2024, 6, 30), 12) == date(2023, 6, 30)
    assert months_before(date(2024, 1, 15), 13) == date(2022, 12, 15)
    orders = [
        Order(i, i, day, 100)
        for i, day in enumerate([date(2023, 6, 30), date(2023, 7, 1), TODAY, date(2024, 7, 1)])
    ]
    assert trailing_revenue(orders, TODAY, 12) == {1: 100, 2: 100}  # 1 Jul 2023 … 30 Jun 2024


def test_figures_from_the_book() -> None:
    customers = [
        Customer(1, "A"),
        Customer(2, "B", tier_pin=Tier.BIG),
        Customer(3, "C"),
        Customer(4, "D", marked_other=True),
    ]
    orders = [
        Order(1, 1, date(2024, 1, 5), 120_000),
        Order(2, 1, date(2023, 6, 30), 999_999),  # just outside the window
        Order(3, 2, date(2021, 1, 1), 5_000),
        Order(4, 3, date(2024, 7, 1), 5_000),  # after the tiering date: not known yet
    ]
    assert trailing_revenue(orders, TODAY, 12) == {1: 120_000}
    figures = figures_from_book(customers, orders, contacted={3}, as_of=TODAY)
    assert figures == [
        CustomerFigures(1, 120_000, ever_bought=True),
        CustomerFigures(2, 0, ever_bought=True, pin=Tier.BIG),
        CustomerFigures(3, 0, had_contact=True),
        CustomerFigures(4, 0, marked_other=True),
    ]
    effective = [r.effective for r in assign_tiers(figures).results]
    assert effective == [Tier.SUPER, Tier.BIG, Tier.PROSPECT, Tier.OTHER]


# --- changes ------------------------------------------------------------------------------------------------


def test_rerunning_on_unchanged_data_records_no_change() -> None:
    results = assign_tiers(book(500, 400, 300)).results
    previous = {r.customer_id: r.effective for r in results}
    assert tier_changes(previous, assign_tiers(book(500, 400, 300)).results, TODAY) == []


def test_changes_say_who_moved_when_and_why() -> None:
    before = {1: Tier.SUPER, 2: Tier.SMALL, 3: Tier.BIG, 4: Tier.MEDIUM}
    figures = [
        CustomerFigures(1, 100, ever_bought=True),  # drops: customer 2 now buys more
        CustomerFigures(2, 900, ever_bought=True),
        CustomerFigures(3, 50, ever_bought=True, pin=Tier.SUPER),  # the rep pinned it
        CustomerFigures(4, 0, ever_bought=True),  # the pin on 4 was lifted: computed tier applies
        CustomerFigures(5, 0, had_contact=True),  # new in the book
    ]
    changes = tier_changes(before, assign_tiers(figures).results, TODAY, previously_pinned={4})
    assert changes == [
        TierChange(1, TODAY, Tier.SUPER, Tier.SMALL, "recomputed"),
        TierChange(2, TODAY, Tier.SMALL, Tier.SUPER, "recomputed"),
        TierChange(3, TODAY, Tier.BIG, Tier.SUPER, "pinned"),
        TierChange(4, TODAY, Tier.MEDIUM, Tier.INACTIVE, "unpinned"),
        TierChange(5, TODAY, None, Tier.PROSPECT, "new"),
    ]
    assert [movement(c) for c in changes] == [
        Movement.DOWN,
        Movement.UP,
        Movement.UP,
        Movement.DOWN,
        Movement.NEW,
    ]
    assert {c.reason for c in changes} <= {reason.value for reason in TierChangeReason}


def test_a_pin_equal_to_the_previous_tier_records_nothing() -> None:
    figures = [CustomerFigures(1, 0, had_contact=True, pin=Tier.BIG)]
    assert tier_changes({1: Tier.BIG}, assign_tiers(figures).results, TODAY) == []


# --- the 80/20 view -----------------------------------------------------------------------------------------


def test_summary_counts_and_revenue_per_tier() -> None:
    figures = [*book(*(100 * (10 - i) for i in range(10))), CustomerFigures(11, 0, ever_bought=True)]
    figures.append(CustomerFigures(12, 0, pin=Tier.BIG))
    bands = {band.tier: band for band in summarise_tiers(assign_tiers(figures).results)}
    assert list(bands) == list(Tier)
    # ten existing customers: cut-offs 1 / 1 / 2, so one super, no big, one medium, eight small
    assert (bands[Tier.SUPER].customers, bands[Tier.SUPER].revenue_cents) == (1, 1_000)
    assert (bands[Tier.BIG].customers, bands[Tier.BIG].revenue_cents) == (1, 0)  # only the pinned one
    assert (bands[Tier.MEDIUM].customers, bands[Tier.MEDIUM].revenue_cents) == (1, 900)
    assert (bands[Tier.SMALL].customers, bands[Tier.SMALL].revenue_cents) == (8, 3_600)
    assert bands[Tier.INACTIVE].customers == 1 and bands[Tier.OTHER].customers == 0
    assert bands[Tier.SUPER].revenue_share == pytest.approx(1_000 / 5_500)
    assert bands[Tier.SMALL].customer_share == pytest.approx(8 / 12)
    assert sum(band.customers for band in bands.values()) == 12
    computed = {
        band.tier: band.customers for band in summarise_tiers(assign_tiers(figures).results, effective=False)
    }
    assert computed[Tier.BIG] == 0 and computed[Tier.SUSPECT] == 1


def test_revenue_curve() -> None:
    curve = revenue_curve([100, 0, 300, 600, -50])
    assert [(p.customers, p.revenue_cents) for p in curve] == [(0, 0), (1, 600), (2, 900), (3, 1_000)]
    assert curve[1].customer_share == pytest.approx(1 / 3) and curve[1].revenue_share == pytest.approx(0.6)
    sampled = revenue_curve(range(1, 101), points=4)
    assert [p.customers for p in sampled] == [0, 25, 50, 75, 100]
    assert sampled[-1].revenue_share == 1.0
    assert revenue_curve([]) == revenue_curve([0]) and len(revenue_curve([])) == 1


# --- properties ---------------------------------------------------------------------------------------------

revenue_lists = st.lists(st.integers(min_value=1, max_value=60), max_size=400)
shares = st.floats(min_value=0, max_value=40, allow_nan=False).map(lambda x: round(x, 2))
params_st = st.builds(TierParams, shares, shares, shares, st.booleans())


@settings(max_examples=150, deadline=None)
@given(revenue_lists, params_st)
def test_tier_sizes_follow_the_cut_offs_within_the_tie_allowance(
    revenues: list[int], params: TierParams
) -> None:
    tiering = assign_tiers(book(*revenues), params)
    cutoffs = tiering.cutoffs
    descending = sorted(revenues, reverse=True)
    tier_of = Counter(r.computed for r in tiering.results)
    cumulative = 0
    for tier, end in zip(PYRAMID, (cutoffs.super_end, cutoffs.big_end, cutoffs.medium_end), strict=False):
        cumulative += tier_of[tier]
        # the customers down to this tier: exactly the cut-off, plus the rest of a tie that straddles it
        expected = 0 if end == 0 else sum(1 for r in descending if r >= descending[end - 1])
        assert cumulative == expected
        # any customer beyond the cut-off belongs to the tie at the boundary
        assert all(r == descending[end - 1] for r in descending[end:cumulative])
    assert sum(tier_of.values()) == len(revenues)
    if revenues and params.at_least_one_super:
        assert tier_of[Tier.SUPER] >= 1


@given(st.integers(min_value=0, max_value=100_000))
def test_cut_offs_stay_within_half_a_customer_of_the_exact_share(n: int) -> None:
    c = tier_cutoffs(n, TierParams(at_least_one_super=False))
    for end, share in ((c.super_end, 1), (c.big_end, 5), (c.medium_end, 20)):
        assert abs(end - n * share / 100) <= 0.5


@settings(max_examples=150, deadline=None)
@given(revenue_lists, params_st)
def test_tiers_are_monotone_in_revenue(revenues: list[int], params: TierParams) -> None:
    tiering = assign_tiers(book(*revenues), params)
    results = sorted(tiering.results, key=lambda r: -r.revenue_cents)
    assert all(r.rank is not None and tiering.cutoffs.tier_for_rank(r.rank) is r.computed for r in results)
    order = {tier: i for i, tier in enumerate(Tier)}
    for a, b in zip(results, results[1:], strict=False):
        assert a.rank is not None and b.rank is not None
        if a.revenue_cents > b.revenue_cents:
            assert order[a.computed] <= order[b.computed] and a.rank < b.rank
        else:
            assert a.computed is b.computed and a.rank == b.rank


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=-5, max_value=50),
            st.booleans(),
            st.booleans(),
            st.booleans(),
            st.none() | st.sampled_from(Tier),
        ),
        max_size=120,
    ),
    params_st,
)
def test_rerunning_records_no_change(
    rows: list[tuple[int, bool, bool, bool, Tier | None]], params: TierParams
) -> None:
    figures = [CustomerFigures(i, *row) for i, row in enumerate(rows)]
    first = assign_tiers(figures, params).results
    previous = {r.customer_id: r.effective for r in first}
    pinned = {r.customer_id for r in first if r.pinned}
    assert (
        tier_changes(previous, assign_tiers(figures, params).results, TODAY, previously_pinned=pinned) == []
    )
    assert len(tier_changes({}, first, TODAY)) == len(first)
