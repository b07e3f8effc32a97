"""Sales = covered × active rate × average deal, the split of its change, calls per day, intent moves."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.model import Intent
from telesales.domain.periods import DayRange
from telesales.domain.stats import (
    FACTORS,
    CallDay,
    Factor,
    IntentCall,
    SalesFigures,
    call_figures,
    intent_moves,
    log_mean,
    sales_change,
)


@st.composite
def figures(draw: st.DrawFn, selling: bool = False) -> SalesFigures:
    buyers = draw(st.integers(1 if selling else 0, 500))
    covered = buyers + draw(st.integers(0 if buyers else 1, 5000))
    deals = buyers + draw(st.integers(0, 500))
    sales = draw(st.integers(buyers, 10**12)) if buyers else 0
    return SalesFigures(sales, deals, buyers, covered)


@given(figures())
def test_the_factors_multiply_back_to_sales_exactly(f: SalesFigures) -> None:
    if f.buyers:
        assert f.covered * f.active_rate * f.average_deal == f.sales_cents
    else:
        assert f.average_deal is None and f.sales_cents == 0


@given(figures(selling=True), figures(selling=True))
def test_the_contributions_add_up_to_the_change_exactly(now: SalesFigures, before: SalesFigures) -> None:
    change = sales_change(now, before)
    assert change.decomposed
    assert sum(change.of(f).contribution_cents for f in FACTORS) == now.sales_cents - before.sales_cents
    logs = [change.of(f).log_change for f in FACTORS]
    assert sum(logs) == pytest.approx(math.log(now.sales_cents / before.sales_cents), abs=1e-9)
    if now.sales_cents != before.sales_cents and abs(math.log(now.sales_cents / before.sales_cents)) > 1e-6:
        assert sum(change.of(f).share for f in FACTORS) == pytest.approx(1.0, abs=1e-6)
    ratios = [change.of(f).ratio for f in FACTORS]
    assert math.prod(ratios) == pytest.approx(now.sales_cents / before.sales_cents, rel=1e-9)
    if change.moved is not None:
        assert abs(change.of(change.moved).log_change) == pytest.approx(max(abs(value) for value in logs), abs=1e-11)


def test_a_worked_example() -> None:
    """Covered 100 → 120, active 30% → 25%, average deal 1,000.00 → 1,200.00: sales 3,000,000 → 3,600,000."""
    before = SalesFigures(30 * 100_000, 40, 30, 100)
    now = SalesFigures(30 * 120_000, 45, 30, 120)
    change = sales_change(now, before)
    assert now.active_rate == Fraction(1, 4) and before.active_rate == Fraction(3, 10)
    assert change.change_cents == 600_000
    weight = 600_000 / math.log(1.2)  # L(3.6M, 3M)
    assert change.of(Factor.COVERED).contribution_cents == round(weight * math.log(1.2))  # = 600,000
    assert change.of(Factor.ACTIVE_RATE).contribution_cents == round(weight * math.log(25 / 30))
    assert change.of(Factor.AVERAGE_DEAL).contribution_cents == round(weight * math.log(1.2))
    assert change.moved is Factor.COVERED  # ln 1.2 ties with the average deal: covered comes first
    assert change.of(Factor.ACTIVE_RATE).ratio == pytest.approx(25 / 30)


def test_nothing_to_split_without_sales_on_both_sides() -> None:
    change = sales_change(SalesFigures(50_000, 2, 1, 10), SalesFigures(0, 0, 0, 8))
    assert not change.decomposed and change.moved is None and change.ratio is None
    covered = change.of(Factor.COVERED)
    assert covered.ratio == pytest.approx(10 / 8) and covered.contribution_cents is None
    assert change.of(Factor.ACTIVE_RATE).ratio is None  # 0 before
    assert change.of(Factor.AVERAGE_DEAL).comparison is None


def test_unchanged_sales_move_nothing() -> None:
    same = SalesFigures(10_000, 2, 2, 5)
    change = sales_change(same, same)
    assert change.moved is None and [change.of(f).contribution_cents for f in FACTORS] == [0, 0, 0]


def test_figures_that_cannot_be_are_refused() -> None:
    with pytest.raises(ValueError):
        SalesFigures(100, 1, 2, 5)  # more buyers than orders
    with pytest.raises(ValueError):
        SalesFigures(100, 3, 3, 2)  # more buyers than covered


def test_log_mean() -> None:
    assert log_mean(2.0, 2.0) == 2.0
    assert log_mean(3.0, 1.0) == pytest.approx(2 / math.log(3))


def test_calls_per_calling_day_and_reach_rate() -> None:
    days = [CallDay(date(2026, 11, 2), 10, 5), CallDay(date(2026, 11, 3), 0, 0), CallDay(date(2026, 11, 4), 20, 6),
            CallDay(date(2026, 10, 30), 99, 99)]
    figures_ = call_figures(DayRange(date(2026, 11, 1), date(2026, 11, 7)), days)
    assert (figures_.calls, figures_.reached, figures_.call_days) == (30, 11, 2)
    assert figures_.calls_per_day == 15.0 and figures_.reach_rate == pytest.approx(11 / 30)
    empty = call_figures(DayRange(date(2026, 12, 1), date(2026, 12, 2)), days)
    assert empty.calls_per_day is None and empty.reach_rate is None


def test_intent_moves_count_each_call_against_the_intent_before_it() -> None:
    t = datetime(2026, 11, 2, 1, tzinfo=UTC)

    def call(customer: int, hours: int, intent: str) -> IntentCall:
        return IntentCall(customer, t + timedelta(hours=hours), Intent(intent))

    moves = intent_moves({1: Intent.D, 2: Intent.A},
                         [call(1, 5, "A"), call(1, 1, "C"), call(2, 2, "A"), call(2, 3, "B"), call(3, 1, "C"),
                          call(3, 2, "D")])
    # 1: D→C up 1, C→A up 2; 2: A→A nothing, A→B down 1; 3: new C, C→D down 1
    assert (moves.up, moves.down, moves.new, moves.steps_up, moves.steps_down) == (2, 2, 1, 3, 2)
    assert moves.customers_up == {1} and moves.customers_down == {2, 3}
    assert moves.transitions[(Intent.C, Intent.A)] == 1 and moves.transitions[(None, Intent.C)] == 1
