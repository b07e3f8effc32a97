"""The other valuation methods: what label each customer gets, and the figures behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.model import Face, Order, Tier
from telesales.domain.tiering import CustomerFigures, TierParams, assign_tiers
from telesales.domain.valuation import (
    AbcClass,
    AbcParams,
    Band,
    CustomerMetrics,
    FaceLabel,
    Indicator,
    Method,
    RfmSegment,
    ScorecardAspects,
    ScorecardQuadrant,
    ScorecardWeights,
    Valuation,
    abc,
    financial_and_sales_aspects,
    gap_variation,
    metrics_from_orders,
    quintile_scores,
    rfm,
    rfm_segment,
    scorecard,
    scorecard_aspects,
    single_indicator,
    suggest_faces,
    value_customers,
    weighted_value,
)

AS_OF = date(2024, 6, 30)


def revenue_book(*revenues: int) -> list[CustomerMetrics]:
    return [CustomerMetrics(i, revenue_cents=r) for i, r in enumerate(revenues, start=1)]


def labels(valuations: Sequence[Valuation]) -> dict[int, StrEnum]:
    return {v.customer_id: v.label for v in valuations}


# --- metrics ------------------------------------------------------------------------------------------------


def test_metrics_from_orders_respect_the_date_and_the_window() -> None:
    orders = [
        Order(1, 1, date(2024, 1, 10), 100_000, profit_cents=20_000, paid_cents=100_000),
        Order(2, 1, date(2024, 4, 10), 50_000, profit_cents=5_000, paid_cents=0),
        Order(3, 1, date(2023, 6, 30), 70_000),  # outside a 12-month window
        Order(4, 2, date(2024, 7, 1), 10_000),  # after the date
    ]
    metrics = metrics_from_orders(orders, AS_OF, lookback_months=12, customer_ids=[3])
    assert metrics == [
        CustomerMetrics(
            1, 150_000, 25_000, 100_000, 2, date(2024, 4, 10), (date(2024, 1, 10), date(2024, 4, 10))
        ),
        CustomerMetrics(3),
    ]
    everything = metrics_from_orders(orders, AS_OF)
    assert everything[0].revenue_cents == 220_000 and everything[0].order_count == 3


# --- single indicator ---------------------------------------------------------------------------------------


def test_single_indicator_ranks_and_bands_by_the_chosen_figure() -> None:
    metrics = [
        CustomerMetrics(1, revenue_cents=900, profit_cents=10, order_count=1),
        CustomerMetrics(2, revenue_cents=500, profit_cents=300, order_count=9),
        CustomerMetrics(3, revenue_cents=100, profit_cents=-40, order_count=2),
        CustomerMetrics(4),
    ]
    by_revenue = {v.customer_id: v for v in single_indicator(metrics, Indicator.REVENUE)}
    assert by_revenue[1].label is Band.TOP and by_revenue[1].figures == {"revenue": 900, "rank": 1}
    assert by_revenue[4].label is Band.NONE and "rank" not in by_revenue[4].figures
    by_profit = {v.customer_id: v for v in single_indicator(metrics, Indicator.PROFIT)}
    assert by_profit[2].label is Band.TOP and by_profit[2].score == 300.0
    assert by_profit[3].label is Band.NONE  # a loss is not ranked
    by_orders = {v.customer_id: v for v in single_indicator(metrics, Indicator.ORDERS)}
    assert [by_orders[i].figures.get("rank") for i in (1, 2, 3, 4)] == [3, 1, 2, None]


def test_bands_follow_the_pyramid_shares_on_a_hundred_customers() -> None:
    metrics = revenue_book(*range(100, 0, -1))
    counts = Counter(v.label for v in single_indicator(metrics))
    assert counts == {Band.TOP: 1, Band.HIGH: 4, Band.MIDDLE: 15, Band.LOW: 80}
    wider = Counter(v.label for v in single_indicator(metrics, shares=TierParams(10, 20, 30, False)))
    assert wider == {Band.TOP: 10, Band.HIGH: 20, Band.MIDDLE: 30, Band.LOW: 40}


# --- weighted -----------------------------------------------------------------------------------------------


def test_weighted_value_mixes_normalised_indicators() -> None:
    metrics = [
        CustomerMetrics(1, revenue_cents=1_000, profit_cents=0, order_count=1),
        CustomerMetrics(2, revenue_cents=0, profit_cents=500, order_count=5),
        CustomerMetrics(3, revenue_cents=500, profit_cents=250, order_count=3),
    ]
    weights = {Indicator.REVENUE: 3.0, Indicator.PROFIT: 1.0}
    result = {v.customer_id: v for v in weighted_value(metrics, weights)}
    assert result[1].score == 75.0  # revenue 100 × 3 + profit 0 × 1, over 4
    assert result[2].score == 25.0
    assert result[3].score == 50.0
    assert result[1].label is Band.TOP and result[1].figures["rank"] == 1
    assert result[3].figures == {
        "revenue": 500,
        "revenue_normalised": 50.0,
        "revenue_weight": 3.0,
        "profit": 250,
        "profit_normalised": 50.0,
        "profit_weight": 1.0,
        "rank": 2,
    }
    with pytest.raises(ValueError):
        weighted_value(metrics, {Indicator.REVENUE: -1.0})


def test_a_customer_with_nothing_has_no_band() -> None:
    result = weighted_value([CustomerMetrics(1, revenue_cents=10, order_count=1), CustomerMetrics(2)])
    assert labels(result) == {1: Band.TOP, 2: Band.NONE}


# --- scorecard ----------------------------------------------------------------------------------------------


def test_scorecard_quadrants_and_weighted_score() -> None:
    aspects = [
        ScorecardAspects(1, financial=80, sales=90, customer=70, service=60),
        ScorecardAspects(2, financial=90, sales=70, customer=10, service=20),
        ScorecardAspects(3, financial=10, sales=20, customer=90, service=80),
        ScorecardAspects(4, financial=10, sales=20, customer=30, service=40),
    ]
    result = {v.customer_id: v for v in scorecard(aspects)}
    assert [result[i].label for i in (1, 2, 3, 4)] == [
        ScorecardQuadrant.STAR,
        ScorecardQuadrant.HARVEST,
        ScorecardQuadrant.DEVELOP,
        ScorecardQuadrant.LOW,
    ]
    assert result[1].score == 75.0
    assert result[1].figures["realised"] == 85.0 and result[1].figures["potential"] == 65.0
    weighted = scorecard(aspects[:1], ScorecardWeights(financial=2, sales=0, customer=1, service=1))
    assert weighted[0].score == pytest.approx((160 + 70 + 60) / 4)
    assert weighted[0].figures["realised"] == 80.0


def test_scorecard_refuses_out_of_range_aspects() -> None:
    with pytest.raises(ValueError):
        ScorecardAspects(1, 101, 0, 0, 0)
    with pytest.raises(ValueError):
        ScorecardWeights(customer=0, service=0)


def test_scorecard_realised_side_comes_from_the_figures() -> None:
    metrics = [
        CustomerMetrics(1, revenue_cents=1_000, profit_cents=300, paid_cents=1_000, order_count=4),
        CustomerMetrics(2, revenue_cents=200, profit_cents=100, paid_cents=0, order_count=2),
        CustomerMetrics(3),
    ]
    assert financial_and_sales_aspects(metrics)[1] == (100.0, 100.0)
    assert financial_and_sales_aspects(metrics)[2] == pytest.approx((100 / 6, 35.0))
    aspects = scorecard_aspects(metrics, {1: (40.0, 50.0), 3: (90.0, 90.0)})
    assert aspects == [
        ScorecardAspects(1, 100.0, 100.0, 40.0, 50.0),
        ScorecardAspects(3, 0.0, 0.0, 90.0, 90.0),
    ]


# --- ABC ----------------------------------------------------------------------------------------------------


def test_abc_the_customer_that_crosses_eighty_percent_is_a() -> None:
    result = {v.customer_id: v for v in abc(revenue_book(50, 25, 10, 8, 4, 3, 0))}
    # cumulative share before each: 0, 50, 75, 85, 93, 97 → A A A B B C; no revenue → C
    assert [result[i].label for i in range(1, 8)] == [AbcClass.A] * 3 + [AbcClass.B] * 2 + [AbcClass.C] * 2
    assert result[3].figures == {
        "revenue_cents": 10,
        "rank": 3,
        "share_percent": 10.0,
        "cumulative_percent": 85.0,
    }
    assert result[7].figures == {"revenue_cents": 0} and result[7].score == 0.0


def test_abc_exactly_eighty_percent_before_is_b() -> None:
    assert list(labels(abc(revenue_book(80, 15, 5))).values()) == [AbcClass.A, AbcClass.B, AbcClass.C]


def test_abc_ties_take_the_higher_class() -> None:
    # 60 + 20 + 20: the two 20s tie; the first starts at 60% (A), so both are A
    assert list(labels(abc(revenue_book(60, 20, 20))).values()) == [AbcClass.A] * 3
    assert [v.figures["rank"] for v in abc(revenue_book(60, 20, 20))] == [1, 2, 2]


def test_abc_shares_are_parameters() -> None:
    assert list(labels(abc(revenue_book(50, 30, 20), AbcParams(50, 30))).values()) == [
        AbcClass.A,
        AbcClass.B,
        AbcClass.C,
    ]
    with pytest.raises(ValueError):
        AbcParams(90, 20)


# --- RFM ----------------------------------------------------------------------------------------------------


def test_quintile_scores() -> None:
    assert sorted(quintile_scores({i: float(i) for i in range(10)}).values()) == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
    ]
    ones = quintile_scores({i: 1.0 if i < 6 else float(i) for i in range(10)})
    assert [ones[i] for i in range(10)] == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]  # a big tie at the bottom stays 1
    recency = quintile_scores({1: 3.0, 2: 300.0, 3: 30.0}, higher_is_better=False)
    assert recency == {1: 4, 2: 1, 3: 2}
    assert quintile_scores({}) == {}


@pytest.mark.parametrize(
    ("scores", "segment"),
    [
        ((5, 5, 5), RfmSegment.CHAMPIONS),
        ((5, 4, 3), RfmSegment.CHAMPIONS),  # FM = round-half-up(3.5) = 4
        ((4, 5, 4), RfmSegment.LOYAL),
        ((3, 4, 5), RfmSegment.LOYAL),
        ((5, 2, 3), RfmSegment.POTENTIAL_LOYALIST),
        ((5, 1, 1), RfmSegment.NEW),
        ((4, 1, 1), RfmSegment.PROMISING),
        ((3, 3, 3), RfmSegment.NEED_ATTENTION),
        ((3, 1, 2), RfmSegment.ABOUT_TO_SLEEP),
        ((2, 3, 4), RfmSegment.AT_RISK),
        ((1, 5, 5), RfmSegment.CANNOT_LOSE),
        ((2, 2, 1), RfmSegment.HIBERNATING),
        ((1, 1, 2), RfmSegment.HIBERNATING),
        ((1, 1, 1), RfmSegment.LOST),
    ],
)
def test_rfm_segments(scores: tuple[int, int, int], segment: RfmSegment) -> None:
    assert rfm_segment(*scores) is segment


def test_every_rfm_cell_has_a_segment_and_every_segment_a_cell() -> None:
    cells = {rfm_segment(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)}
    assert cells == set(RfmSegment)
    with pytest.raises(ValueError):
        rfm_segment(0, 3, 3)


def test_rfm_scores_customers_as_of_a_date() -> None:
    day = AS_OF
    metrics = [
        CustomerMetrics(1, 900_000, order_count=12, last_order_on=day - timedelta(days=1)),
        CustomerMetrics(2, 950_000, order_count=15, last_order_on=day - timedelta(days=400)),
        CustomerMetrics(3, 3_000, order_count=1, last_order_on=day),
        CustomerMetrics(4, 4_000, order_count=1, last_order_on=day - timedelta(days=500)),
        CustomerMetrics(5, 100_000, order_count=4, last_order_on=day - timedelta(days=90)),
        CustomerMetrics(6),  # never bought: left out
    ]
    result = {v.customer_id: v for v in rfm(metrics, day)}
    assert set(result) == {1, 2, 3, 4, 5}
    # R by days (0, 1, 90, 400, 500 → 5 4 3 2 1); F by orders (15, 12, 4, 1, 1 → 5 4 3 1 1); M by revenue
    assert {i: v.label for i, v in result.items()} == {
        1: RfmSegment.LOYAL,  # R4 F4 M4
        2: RfmSegment.CANNOT_LOSE,  # the biggest buyer, silent for 400 days: R2 F5 M5
        3: RfmSegment.NEW,  # bought today, once, little: R5 F1 M1
        4: RfmSegment.HIBERNATING,  # R1 F1 M2
        5: RfmSegment.NEED_ATTENTION,  # R3 F3 M3
    }
    assert result[1].score == 12.0
    assert result[2].figures == {
        "recency_days": 400,
        "frequency": 15,
        "monetary_cents": 950_000,
        "r_score": 2,
        "f_score": 5,
        "m_score": 5,
        "fm_score": 5,
    }


# --- the three faces ----------------------------------------------------------------------------------------


def dates_every(*gaps: int) -> tuple[date, ...]:
    days = [date(2023, 1, 1)]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    return tuple(days)


def test_gap_variation() -> None:
    assert gap_variation(dates_every(30, 30, 30)) == 0.0
    assert gap_variation(dates_every(10, 90)) == pytest.approx(0.8)
    assert gap_variation(dates_every(30)) is None
    assert gap_variation([date(2024, 1, 1)] * 5) is None  # one distinct date


def test_faces_are_suggested_from_margin_regularity_and_volume() -> None:
    regular = dates_every(30, 30, 30, 30)
    irregular = dates_every(5, 200, 10, 150)
    metrics = [
        CustomerMetrics(
            1, 10_000_000, profit_cents=500_000, order_count=5, order_dates=regular
        ),  # 5%, biggest
        CustomerMetrics(2, 500_000, profit_cents=5_000, order_count=5, order_dates=regular),  # 1%: black
        CustomerMetrics(3, 400_000, profit_cents=160_000, order_count=5, order_dates=irregular),  # 40%: red
        CustomerMetrics(4, 300_000, profit_cents=120_000, order_count=5, order_dates=regular),  # 40%, regular
        CustomerMetrics(
            5, 200_000, profit_cents=60_000, order_count=1, order_dates=dates_every()
        ),  # 30%, once
        CustomerMetrics(6),
    ]
    result = {v.customer_id: v for v in suggest_faces(metrics)}
    assert [result[i].label for i in range(1, 7)] == [
        FaceLabel.WHITE,
        FaceLabel.BLACK,
        FaceLabel.RED,
        FaceLabel.NONE,
        FaceLabel.RED,
        FaceLabel.NONE,
    ]
    assert result[1].figures["margin_percent"] == 5.0 and result[1].figures["volume_rank"] == 1
    assert result[3].figures["gap_variation"] > 0.5
    assert "margin_percent" not in result[6].figures


def test_a_hand_set_face_wins() -> None:
    metrics = [CustomerMetrics(1, 100_000, profit_cents=50_000), CustomerMetrics(2)]
    result = suggest_faces(metrics, {1: Face.BLACK, 2: Face.WHITE})
    assert labels(result) == {1: FaceLabel.BLACK, 2: FaceLabel.WHITE}
    assert [v.figures["hand_set"] for v in result] == [1, 1]


# --- the common door ----------------------------------------------------------------------------------------


def test_every_method_through_one_door() -> None:
    metrics = revenue_book(300, 200, 100)
    for method in (Method.SINGLE_INDICATOR, Method.WEIGHTED, Method.ABC, Method.FACES):
        result = value_customers(method, metrics, AS_OF)
        assert [v.customer_id for v in result] == [1, 2, 3] and {v.method for v in result} == {method}
    tiers = assign_tiers([CustomerFigures(1, 300, True), CustomerFigures(2, 0, True)]).results
    pyramid = value_customers(Method.PYRAMID, metrics, AS_OF, tiers=tiers)
    assert [(v.label, v.figures) for v in pyramid] == [
        (Tier.SUPER, {"revenue_cents": 300, "pinned": 0, "rank": 1}),
        (Tier.INACTIVE, {"revenue_cents": 0, "pinned": 0}),
    ]
    aspects = [ScorecardAspects(1, 50, 50, 50, 50)]
    assert (
        value_customers(Method.SCORECARD, metrics, AS_OF, aspects=aspects)[0].label is ScorecardQuadrant.STAR
    )
    assert value_customers(Method.RFM, metrics, AS_OF) == []  # no order dates in these figures


# --- properties ---------------------------------------------------------------------------------------------

ABC_ORDER: dict[StrEnum, int] = {AbcClass.A: 0, AbcClass.B: 1, AbcClass.C: 2}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=1_000), max_size=200))
def test_abc_classes_and_shares_are_monotone(revenues: list[int]) -> None:
    result = sorted(abc(revenue_book(*revenues)), key=lambda v: (v.figures.get("rank", 10**9), v.customer_id))
    total = sum(r for r in revenues if r > 0)
    previous_cumulative = 0.0
    for a, b in zip(result, result[1:], strict=False):
        ra, rb = a.figures["revenue_cents"], b.figures["revenue_cents"]
        assert ra >= rb
        assert ABC_ORDER[a.label] <= ABC_ORDER[b.label]  # a class never rises as revenue falls
        if ra == rb:
            assert a.label is b.label
    for v in result:
        if "cumulative_percent" in v.figures:
            assert v.figures["cumulative_percent"] >= previous_cumulative
            previous_cumulative = v.figures["cumulative_percent"]
    a_revenue = sum(v.figures["revenue_cents"] for v in result if v.label is AbcClass.A)
    if total:
        assert a_revenue * 100 >= 80 * total  # A holds at least 80%
        assert previous_cumulative == pytest.approx(100.0)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=300))
def test_quintile_scores_are_monotone_and_balanced(values: list[int]) -> None:
    scores = quintile_scores({i: float(v) for i, v in enumerate(values)})
    pairs = sorted((v, scores[i]) for i, v in enumerate(values))
    assert all(s1 <= s2 for (_, s1), (_, s2) in zip(pairs, pairs[1:], strict=False))
    assert all((s1 == s2) for (v1, s1), (v2, s2) in zip(pairs, pairs[1:], strict=False) if v1 == v2)
    assert set(scores.values()) <= {1, 2, 3, 4, 5}
    if len(set(values)) == len(values):  # distinct: each score holds a fifth, give or take one
        counts = Counter(scores.values())
        assert all(abs(counts[s] - len(values) / 5) < 1 for s in range(1, 6))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=-50, max_value=500), max_size=200))
def test_single_indicator_bands_are_monotone(revenues: list[int]) -> None:
    order: dict[StrEnum, int] = {band: i for i, band in enumerate(Band)}
    result = sorted(single_indicator(revenue_book(*revenues)), key=lambda v: -(v.score or 0))
    for a, b in zip(result, result[1:], strict=False):
        assert order[a.label] <= order[b.label]
        if a.score == b.score:
            assert a.label is b.label
