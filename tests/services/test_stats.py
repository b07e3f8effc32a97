"""Every figure of `stats` against the hand-made book of tests/stats_book.py, where it is worked out by hand."""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

import pytest

from telesales.domain.periods import DayRange, PeriodKind
from telesales.domain.stats import Factor
from telesales.services.book_session import BookSession
from telesales.services.stats import Chart, Stats
from tests.locations import Location
from tests.stats_book import ALPHA, BRAVO, CHARLIE, DELTA, ECHO, FOXTROT, build_stats_book

NOVEMBER = DayRange(date(2026, 11, 1), date(2026, 11, 22))
OCTOBER = DayRange(date(2026, 10, 1), date(2026, 10, 22))


@pytest.fixture
def session(book_location: Location) -> BookSession:
    opened = build_stats_book(book_location)
    yield opened  # type: ignore[misc]
    opened.close()


@pytest.fixture
def stats(session: BookSession) -> Stats:
    return session.stats()  # this month so far, against the previous period


def test_the_period_is_this_month_so_far_against_the_same_days_of_last_month(stats: Stats) -> None:
    assert stats.periods.kind is PeriodKind.MONTH
    assert (stats.periods.current, stats.periods.comparison) == (NOVEMBER, OCTOBER)
    assert stats.time_zone == "Asia/Shanghai"


def test_sales_and_its_three_factors(stats: Stats) -> None:
    now, before = stats.sales.current, stats.sales.comparison
    assert (now.sales_cents, now.deals, now.buyers, now.covered) == (35_000, 3, 2, 4)
    assert (before.sales_cents, before.deals, before.buyers, before.covered) == (20_000, 2, 2, 3)
    assert now.active_rate == Fraction(1, 2) and now.average_deal == 17_500
    assert before.active_rate == Fraction(2, 3) and before.average_deal == 10_000
    assert now.covered * now.active_rate * now.average_deal == now.sales_cents


def test_which_factor_moved_and_by_how_much(stats: Stats) -> None:
    change = stats.sales
    assert change.change_cents == 15_000 and change.ratio == pytest.approx(1.75)
    assert change.decomposed and change.moved is Factor.AVERAGE_DEAL
    covered, rate, deal = (change.of(f) for f in (Factor.COVERED, Factor.ACTIVE_RATE, Factor.AVERAGE_DEAL))
    assert (covered.ratio, rate.ratio, deal.ratio) == pytest.approx((4 / 3, 3 / 4, 1.75))
    weight = 15_000 / math.log(1.75)
    assert covered.contribution_cents == round(weight * math.log(4 / 3)) == 7_711
    assert rate.contribution_cents == -7_711
    assert deal.contribution_cents == 15_000
    assert covered.share == pytest.approx(math.log(4 / 3) / math.log(1.75))
    assert deal.share == pytest.approx(1.0)


def test_calls_per_day_and_reach_rate_on_the_reps_local_days(stats: Stats) -> None:
    now, before = stats.calls.current, stats.calls.comparison
    assert (now.calls, now.reached, now.call_days) == (6, 4, 5)  # Delta at 00:30 on 1 Nov counts; Echo's 23 Nov not
    assert now.calls_per_day == pytest.approx(1.2) and now.reach_rate == pytest.approx(4 / 6)
    assert (before.calls, before.reached, before.call_days) == (3, 2, 2)
    days = {day.day: (day.calls, day.reached) for day in stats.calls.days}
    assert days[date(2026, 11, 1)] == (1, 1) and days[date(2026, 11, 22)] == (1, 0)
    assert days[date(2026, 10, 31)] == (1, 1) and date(2026, 11, 23) not in days


def test_calls_by_week_over_the_last_eight_weeks(stats: Stats) -> None:
    weeks = stats.calls.trend
    assert len(weeks) == 8
    assert weeks[-1].period == DayRange(date(2026, 11, 16), date(2026, 11, 22))
    assert weeks[0].period.first == date(2026, 9, 28)
    assert (weeks[-1].calls, weeks[-1].reached, weeks[-1].call_days) == (1, 0, 1)
    week_of_2_nov = next(w for w in weeks if w.period.first == date(2026, 11, 2))
    assert (week_of_2_nov.calls, week_of_2_nov.reached, week_of_2_nov.call_days) == (4, 3, 3)
    assert sum(w.calls for w in weeks) == 10  # every call from 28 Sep to 22 Nov, local days


def test_intent_moves(stats: Stats) -> None:
    now, before = stats.intents.current, stats.intents.comparison
    assert (now.up, now.down, now.new, now.steps_up, now.steps_down) == (1, 1, 1, 1, 2)
    assert now.customers_up == {ALPHA} and now.customers_down == {BRAVO}
    assert (before.up, before.down, before.new) == (1, 0, 0)


def test_visits_deals_and_amount(stats: Stats) -> None:
    assert stats.visits.current == {"done": 1, "planned": 1}
    assert stats.visits.comparison == {"done": 1}
    orders = stats.orders
    assert (orders.current.deals, orders.current.sales_cents) == (3, 35_000)
    assert [(d.day, d.deals, d.amount_cents) for d in orders.days] == [
        (date(2026, 11, 3), 1, 10_000), (date(2026, 11, 10), 1, 5_000), (date(2026, 11, 22), 1, 20_000)]


def test_churn_warnings_and_the_pyramid(stats: Stats) -> None:
    churn = stats.churn
    assert churn.customers == 2
    assert churn.by_signal["silent"] == 2 and churn.by_signal["yoy_drop"] == 1 and churn.by_signal["complaints"] == 0
    assert churn.by_tier == {"small": 1, "inactive": 1}
    pyramid = stats.pyramid
    assert pyramid is not None
    counts = {level.tier.value: (level.customers, level.revenue_cents) for level in pyramid.levels}
    # revenue in the 12 months to 22 Nov 2026: Alpha 25,000, Bravo 20,000, Charlie 10,999; Echo's is 13 months old
    assert counts["super"] == (1, 25_000) and counts["big"] == (1, 20_000) and counts["small"] == (1, 10_999)
    assert counts["prospect"] == (1, 0)


def test_against_the_same_period_last_year(session: BookSession) -> None:
    stats = session.stats(date(2026, 11, 1), date(2026, 11, 22), "last_year")
    assert stats.periods.comparison == DayRange(date(2025, 11, 1), date(2025, 11, 22))
    before = stats.sales.comparison
    assert (before.sales_cents, before.deals, before.buyers, before.covered) == (7_000, 1, 1, 1)
    assert stats.sales.of(Factor.COVERED).ratio == pytest.approx(4.0)


def test_a_period_without_sales_is_not_split(session: BookSession) -> None:
    stats = session.stats(date(2026, 9, 1), date(2026, 9, 30))
    assert stats.sales.current.sales_cents == 0 and not stats.sales.decomposed and stats.sales.moved is None
    assert stats.sales.current.average_deal is None
    assert stats.calls.current.calls == 2  # Alpha on 1 Sep, Bravo on 10 Sep


def test_the_customers_behind_each_figure(session: BookSession) -> None:
    service = session.statistics
    assert service is not None
    periods = service.periods()
    buyers = service.behind(Chart.SALES, periods)
    assert buyers.total == 2
    assert [(line.customer_id, line.amount_cents, line.count) for line in buyers.lines] == [
        (BRAVO, 20_000, 1), (ALPHA, 15_000, 2)]
    covered = service.behind(Chart.COVERED, periods)
    assert [line.name for line in covered.lines] == ["Alpha", "Bravo", "Delta", "Foxtrot"]
    called = service.behind(Chart.CALLS, periods)
    assert called.total == 5 and (called.lines[0].customer_id, called.lines[0].count, called.lines[0].second) == (
        BRAVO, 2, 2)
    up = service.behind(Chart.INTENT_UP, periods)
    assert [(line.customer_id, line.note) for line in up.lines] == [(ALPHA, "C>B")]
    down = service.behind(Chart.INTENT_DOWN, periods)
    assert [(line.customer_id, line.note) for line in down.lines] == [(BRAVO, "A>C")]
    visits = service.behind(Chart.VISITS, periods)
    assert [(line.customer_id, line.note) for line in visits.lines] == [
        (FOXTROT, "done 2026-11-10"), (ECHO, "planned 2026-11-12")]
    churn = service.behind(Chart.CHURN, periods)
    assert [(line.customer_id, line.note) for line in churn.lines] == [
        (CHARLIE, "yoy_drop,silent"), (DELTA, "silent")]
    top = service.behind(Chart.TOP, periods)
    assert [(line.customer_id, line.amount_cents) for line in top.lines] == [(ALPHA, 25_000), (BRAVO, 20_000)]
    big = service.behind(Chart.TIER, periods, "big")
    assert [line.customer_id for line in big.lines] == [BRAVO]
    assert service.behind(Chart.SALES, periods, limit=1).total == 2


def test_bad_periods_are_refused(session: BookSession) -> None:
    from telesales.domain.errors import UserError

    with pytest.raises(UserError):
        session.stats(date(2026, 11, 22), date(2026, 11, 1))
    with pytest.raises(UserError):
        session.stats(date(2026, 11, 1), None)


def test_the_pyramid_is_the_customer_value_services(demo_location: Location) -> None:
    """Summed per tier in SQL, the dashboard's pyramid equals the one the pyramid screen reads customer by customer."""
    from telesales.app import open_session
    from tests.conftest import TODAY

    session = open_session(demo_location)
    try:
        assert session.value is not None and session.statistics is not None
        session.value.retier(TODAY)
        periods = session.statistics.periods(date(2026, 11, 1), TODAY)
        assert session.statistics.pyramid(periods) == session.value.pyramid_summary(TODAY)
    finally:
        session.close()
