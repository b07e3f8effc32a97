"""Lifecycle stages and churn signals: which fires, and the numbers the rep sees beside it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.lifecycle import (
    ChurnFacts,
    ChurnFlag,
    ChurnParams,
    ChurnSignal,
    LifecycleParams,
    LifecycleStage,
    Stage,
    churn_signals,
    churn_signals_for_book,
    lifecycle_stage,
    lifecycle_stages,
    same_day_last_year,
    silent,
    yoy_drop,
)
from telesales.domain.model import Order
from telesales.domain.settings import RuleSettings

AS_OF = date(2024, 6, 30)


def orders(*rows: tuple[date, int], customer_id: int = 1) -> list[Order]:
    return [Order(i, customer_id, day, amount) for i, (day, amount) in enumerate(rows, start=1)]


def monthly(first: date, count: int, amount: int, customer_id: int = 1) -> list[Order]:
    """An order on the first of each month, `count` months from `first`."""
    out = []
    for k in range(count):
        year, month = divmod(first.month - 1 + k, 12)
        out.append(Order(k, customer_id, date(first.year + year, month + 1, 1), amount))
    return out


# --- lifecycle ----------------------------------------------------------------------------------------------


def test_no_orders_is_acquisition() -> None:
    assert lifecycle_stage(7, [], AS_OF) == LifecycleStage(7, Stage.ACQUISITION, {"orders": 0})


def test_a_first_order_within_the_year_is_acquisition() -> None:
    result = lifecycle_stage(1, orders((date(2023, 7, 1), 50_000), (date(2024, 6, 1), 900_000)), AS_OF)
    assert result.stage is Stage.ACQUISITION
    assert result.evidence["relationship_days"] == (AS_OF - date(2023, 7, 1)).days


def test_growth_stable_and_decline_compare_two_windows() -> None:
    # prior window: 1 Jul 2022 … 30 Jun 2023; last window: 1 Jul 2023 … 30 Jun 2024
    def stage(prior: int, current: int) -> LifecycleStage:
        return lifecycle_stage(1, orders((date(2022, 7, 1), prior), (date(2023, 7, 1), current)), AS_OF)

    assert stage(100_000, 120_000).stage is Stage.GROWTH  # +20% exactly is growth
    assert stage(100_000, 119_999).stage is Stage.STABLE
    assert stage(100_000, 80_001).stage is Stage.STABLE
    assert stage(100_000, 80_000).stage is Stage.DECLINE  # −20% exactly is decline
    result = stage(100_000, 130_000)
    assert result.evidence == {
        "orders": 2,
        "relationship_days": (AS_OF - date(2022, 7, 1)).days,
        "current_cents": 130_000,
        "prior_cents": 100_000,
        "change_percent": 30.0,
    }


def test_nothing_in_the_last_window_is_decline_and_buying_again_is_growth() -> None:
    lapsed = lifecycle_stage(1, orders((date(2021, 3, 1), 100_000)), AS_OF)
    assert lapsed.stage is Stage.DECLINE and lapsed.evidence["current_cents"] == 0
    back = lifecycle_stage(1, orders((date(2021, 3, 1), 100_000), (date(2024, 5, 1), 5_000)), AS_OF)
    assert back.stage is Stage.GROWTH and "change_percent" not in back.evidence


def test_orders_after_the_date_are_not_known_yet() -> None:
    history = orders((date(2022, 1, 1), 100_000), (date(2023, 1, 1), 100_000), (date(2024, 7, 1), 900_000))
    assert lifecycle_stage(1, history, AS_OF).stage is Stage.DECLINE


def test_a_shorter_window_sees_a_recent_fall() -> None:
    # 10k a month for a year, then 20k a month for six months, then nothing since January
    history = monthly(date(2022, 7, 1), 12, 10_000) + monthly(date(2023, 7, 1), 6, 20_000)
    year = lifecycle_stage(1, history, AS_OF)
    assert year.stage is Stage.STABLE and (year.evidence["current_cents"], year.evidence["prior_cents"]) == (
        120_000,
        120_000,
    )
    half = lifecycle_stage(1, history, AS_OF, LifecycleParams(window_months=6))
    assert half.stage is Stage.DECLINE
    assert (half.evidence["current_cents"], half.evidence["prior_cents"]) == (0, 120_000)


def test_stages_of_a_whole_book() -> None:
    history = orders((date(2020, 1, 1), 1), customer_id=2) + orders((date(2024, 6, 1), 1), customer_id=1)
    stages = lifecycle_stages(history, AS_OF, customer_ids=[3])
    assert [(s.customer_id, s.stage) for s in stages] == [
        (1, Stage.ACQUISITION),
        (2, Stage.DECLINE),
        (3, Stage.ACQUISITION),
    ]


# --- churn: year on year ------------------------------------------------------------------------------------


def test_this_year_far_below_last_year_fires_with_both_amounts() -> None:
    history = orders((date(2023, 3, 1), 100_000), (date(2023, 6, 30), 50_000), (date(2024, 2, 1), 30_000))
    flag = yoy_drop(history, AS_OF)
    assert flag == ChurnFlag(
        ChurnSignal.YOY_DROP,
        {
            "this_ytd_cents": 30_000,
            "last_ytd_cents": 150_000,
            "share_percent": 20.0,
            "threshold_percent": 40.0,
        },
    )


def test_year_on_year_compares_the_same_period_only() -> None:
    # last year's order after 30 June does not count; 40% exactly does not fire
    history = orders((date(2023, 3, 1), 100_000), (date(2023, 7, 1), 900_000), (date(2024, 2, 1), 40_000))
    assert yoy_drop(history, AS_OF) is None
    assert yoy_drop(history, AS_OF, share_percent=50) is not None
    assert yoy_drop(orders((date(2024, 2, 1), 1)), AS_OF) is None  # nothing last year: nothing to compare


def test_leap_day() -> None:
    assert same_day_last_year(date(2024, 2, 29)) == date(2023, 2, 28)
    assert same_day_last_year(date(2025, 3, 1)) == date(2024, 3, 1)
    history = orders((date(2023, 2, 28), 100_000), (date(2023, 3, 1), 100_000))
    flag = yoy_drop(history, date(2024, 2, 29))
    assert flag is not None and flag.evidence["last_ytd_cents"] == 100_000


# --- churn: silence -----------------------------------------------------------------------------------------


def test_silent_relative_to_the_customers_own_rhythm() -> None:
    monthly_buyer = monthly(date(2023, 1, 1), 6, 10_000)  # last order 1 Jun 2023, gaps ~30 days
    flag = silent(monthly_buyer, AS_OF)
    assert flag is not None and flag.code is ChurnSignal.SILENT
    assert flag.evidence["days_since_last_order"] == (AS_OF - date(2023, 6, 1)).days
    assert flag.evidence["usual_gap_days"] == 31  # median of 31, 28, 31, 30, 31


def test_a_customer_who_buys_twice_a_year_is_not_silent_after_four_months() -> None:
    history = orders(
        (date(2022, 3, 1), 1), (date(2022, 9, 1), 1), (date(2023, 3, 1), 1), (date(2024, 3, 1), 1)
    )
    assert silent(history, AS_OF) is None  # 121 days ≤ 3 × 184


def test_silent_needs_sixty_days_and_a_gap() -> None:
    weekly = orders(*((date(2024, 3, 1) + timedelta(days=7 * k), 1) for k in range(10)))  # last 3 May
    assert silent(weekly, date(2024, 6, 30)) is None  # 58 days > 21 but not > 60
    assert silent(weekly, date(2024, 7, 3)) is not None  # 61 days
    assert silent(orders((date(2020, 1, 1), 1)), AS_OF) is None  # one order: no rhythm to break
    same_day = orders((date(2024, 1, 1), 1), (date(2024, 1, 1), 2))
    assert silent(same_day, AS_OF) is None  # one distinct date


# --- churn: the rest, together ------------------------------------------------------------------------------


def test_every_signal_with_its_evidence() -> None:
    history = orders(
        (date(2023, 1, 1), 100_000),
        (date(2023, 2, 1), 100_000),
        (date(2023, 3, 1), 200_000),
        (date(2024, 1, 10), 10_000),
    )
    facts = ChurnFacts(
        owner_left_on=date(2024, 5, 31),
        open_deals_last_moved=(date(2024, 6, 20), date(2024, 4, 1), date(2024, 5, 31)),
        unmet_requests=(date(2023, 1, 1), date(2024, 6, 10)),
        complaints=(date(2023, 7, 2), date(2024, 1, 1), date(2024, 6, 1)),  # 1 Jul 2023 is 365 days back: out
    )
    flags = {flag.code: flag.evidence for flag in churn_signals(history, AS_OF, facts)}
    assert list(flags) == list(ChurnSignal)
    assert flags[ChurnSignal.YOY_DROP]["share_percent"] == 2.5
    assert flags[ChurnSignal.SILENT]["days_since_last_order"] == 172
    assert flags[ChurnSignal.OWNER_LEFT] == {"days_since_owner_left": 30}
    assert flags[ChurnSignal.STALLED_DEAL] == {"stalled_deals": 2, "longest_days": 90, "threshold_days": 30}
    assert flags[ChurnSignal.UNMET_REQUEST] == {"unmet_requests": 1, "days_since_latest": 20}
    assert flags[ChurnSignal.COMPLAINTS] == {"complaints": 3, "threshold": 3, "window_days": 365}


def test_a_healthy_customer_has_no_signal() -> None:
    facts = ChurnFacts(
        owner_left_on=date(2024, 7, 15),  # announced, not yet gone
        open_deals_last_moved=(date(2024, 6, 20),),
        unmet_requests=(date(2023, 6, 1),),  # too long ago
        complaints=(date(2023, 7, 1), date(2024, 1, 1), date(2024, 6, 1)),  # 365 days back is out
    )
    assert churn_signals(monthly(date(2023, 1, 1), 18, 10_000), AS_OF, facts) == ()


def test_thresholds_come_from_settings() -> None:
    params = ChurnParams.from_settings(RuleSettings({"churn.complaints": 2, "churn.yoy_share_percent": 10}))
    assert (params.complaints, params.yoy_share_percent) == (2, 10.0)
    assert ChurnParams.from_settings() == ChurnParams()
    facts = ChurnFacts(complaints=(date(2024, 1, 1), date(2024, 2, 1)))
    assert [f.code for f in churn_signals([], AS_OF, facts, params)] == [ChurnSignal.COMPLAINTS]
    assert churn_signals([], AS_OF, facts) == ()


def test_signals_for_a_whole_book() -> None:
    history = monthly(date(2023, 1, 1), 6, 10_000, customer_id=1) + monthly(
        date(2023, 1, 1), 18, 1, customer_id=2
    )
    facts = {3: ChurnFacts(owner_left_on=date(2024, 1, 1)), 2: ChurnFacts()}
    result = churn_signals_for_book(history, AS_OF, facts)
    assert {k: [f.code for f in v] for k, v in result.items()} == {
        1: [ChurnSignal.YOY_DROP, ChurnSignal.SILENT],
        3: [ChurnSignal.OWNER_LEFT],
    }
    assert tuple(f.code for f in result[1]) == ("yoy_drop", "silent")  # the call list takes the codes


# --- properties ---------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.dates(date(2021, 1, 1), date(2025, 12, 31)), st.integers(min_value=1, max_value=10**6)),
        max_size=40,
    ),
    st.dates(date(2022, 1, 1), date(2025, 12, 31)),
)
def test_signals_and_stages_only_see_the_past(rows: list[tuple[date, int]], as_of: date) -> None:
    history = orders(*rows)
    past = [o for o in history if o.ordered_on <= as_of]
    assert churn_signals(history, as_of) == churn_signals(past, as_of)
    assert lifecycle_stage(1, history, as_of) == lifecycle_stage(1, past, as_of)
    flag = yoy_drop(history, as_of)
    if flag is not None:
        assert flag.evidence["this_ytd_cents"] * 100 < 40 * flag.evidence["last_ytd_cents"]


@pytest.mark.parametrize("share", [0.0, 100.0])
def test_yoy_share_extremes(share: float) -> None:
    history = orders((date(2023, 3, 1), 100), (date(2024, 3, 1), 99))
    fired = yoy_drop(history, AS_OF, share_percent=share) is not None
    assert fired is (share == 100.0)
