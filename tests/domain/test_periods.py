"""Periods and their comparisons: weeks, months, quarters, custom runs of days; the rep's local days in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.periods import (
    Compare,
    DayRange,
    PeriodKind,
    comparison,
    current_period,
    infer_kind,
    period_of,
    step,
    utc_bounds,
    weeks_back,
)

D = date
PREVIOUS, LAST_YEAR = Compare.PREVIOUS, Compare.LAST_YEAR
WEEK, MONTH, QUARTER, CUSTOM = PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.CUSTOM


def test_whole_periods_around_a_day() -> None:
    sunday = D(2026, 11, 22)
    assert period_of(WEEK, sunday) == DayRange(D(2026, 11, 16), D(2026, 11, 22))
    assert period_of(MONTH, sunday) == DayRange(D(2026, 11, 1), D(2026, 11, 30))
    assert period_of(QUARTER, sunday) == DayRange(D(2026, 10, 1), D(2026, 12, 31))
    assert period_of(MONTH, D(2028, 2, 10)) == DayRange(D(2028, 2, 1), D(2028, 2, 29))
    assert period_of(QUARTER, D(2026, 2, 10)).last == D(2026, 3, 31)


def test_this_period_is_cut_at_today() -> None:
    today = D(2026, 11, 22)
    assert current_period(MONTH, today) == DayRange(D(2026, 11, 1), today)
    assert current_period(QUARTER, today) == DayRange(D(2026, 10, 1), today)
    assert current_period(WEEK, today) == DayRange(D(2026, 11, 16), today)


@pytest.mark.parametrize(("kind", "period", "compare", "expected"), [
    # the same stretch of the month before, cut at its end
    (MONTH, (D(2026, 11, 1), D(2026, 11, 22)), PREVIOUS, (D(2026, 10, 1), D(2026, 10, 22))),
    (MONTH, (D(2026, 3, 1), D(2026, 3, 31)), PREVIOUS, (D(2026, 2, 1), D(2026, 2, 28))),
    (MONTH, (D(2026, 3, 1), D(2026, 3, 30)), PREVIOUS, (D(2026, 2, 1), D(2026, 2, 28))),
    (MONTH, (D(2026, 1, 1), D(2026, 1, 31)), PREVIOUS, (D(2025, 12, 1), D(2025, 12, 31))),
    (MONTH, (D(2026, 11, 1), D(2026, 11, 22)), LAST_YEAR, (D(2025, 11, 1), D(2025, 11, 22))),
    (MONTH, (D(2028, 2, 1), D(2028, 2, 29)), LAST_YEAR, (D(2027, 2, 1), D(2027, 2, 28))),
    # quarters: as many days in
    (QUARTER, (D(2026, 10, 1), D(2026, 11, 22)), PREVIOUS, (D(2026, 7, 1), D(2026, 8, 22))),
    (QUARTER, (D(2026, 4, 1), D(2026, 6, 30)), PREVIOUS, (D(2026, 1, 1), D(2026, 3, 31))),
    (QUARTER, (D(2026, 1, 1), D(2026, 3, 31)), LAST_YEAR, (D(2025, 1, 1), D(2025, 3, 31))),
    # weeks: the week before, or 52 weeks before (the same weekdays)
    (WEEK, (D(2026, 11, 16), D(2026, 11, 22)), PREVIOUS, (D(2026, 11, 9), D(2026, 11, 15))),
    (WEEK, (D(2026, 11, 16), D(2026, 11, 18)), LAST_YEAR, (D(2025, 11, 17), D(2025, 11, 19))),
    # custom: as many days just before, or the same dates a year earlier
    (CUSTOM, (D(2026, 11, 5), D(2026, 11, 14)), PREVIOUS, (D(2026, 10, 26), D(2026, 11, 4))),
    (CUSTOM, (D(2028, 2, 29), D(2028, 3, 5)), LAST_YEAR, (D(2027, 2, 28), D(2027, 3, 5))),
])
def test_comparison_periods(kind: PeriodKind, period: tuple[date, date], compare: Compare,
                            expected: tuple[date, date]) -> None:
    assert comparison(kind, DayRange(*period), compare) == DayRange(*expected)


def test_a_range_spilling_out_of_its_period_is_compared_as_custom() -> None:
    assert comparison(MONTH, DayRange(D(2026, 10, 20), D(2026, 11, 5)), PREVIOUS) == DayRange(
        D(2026, 10, 3), D(2026, 10, 19))


@pytest.mark.parametrize(("first", "last", "kind"), [
    (D(2026, 11, 1), D(2026, 11, 30), MONTH),
    (D(2026, 11, 1), D(2026, 11, 22), MONTH),
    (D(2026, 10, 1), D(2026, 12, 31), QUARTER),
    (D(2026, 10, 1), D(2026, 10, 31), MONTH),  # the first month of a quarter alone is a month
    (D(2026, 11, 16), D(2026, 11, 22), WEEK),
    (D(2026, 11, 17), D(2026, 11, 22), CUSTOM),
    (D(2026, 11, 16), D(2026, 11, 23), CUSTOM),
    (D(2026, 11, 1), D(2026, 12, 1), CUSTOM),
])
def test_the_kind_of_a_bare_range(first: date, last: date, kind: PeriodKind) -> None:
    assert infer_kind(DayRange(first, last)) is kind


def test_stepping_through_periods() -> None:
    today = D(2026, 11, 22)
    november = current_period(MONTH, today)
    assert step(MONTH, november, -1, today) == DayRange(D(2026, 10, 1), D(2026, 10, 31))
    assert step(MONTH, DayRange(D(2026, 1, 1), D(2026, 1, 31)), -1) == DayRange(D(2025, 12, 1), D(2025, 12, 31))
    assert step(MONTH, DayRange(D(2026, 10, 1), D(2026, 10, 31)), 1, today) == november
    assert step(QUARTER, november, -1) == DayRange(D(2026, 7, 1), D(2026, 9, 30))
    assert step(WEEK, current_period(WEEK, today), -1) == DayRange(D(2026, 11, 9), D(2026, 11, 15))
    assert step(CUSTOM, DayRange(D(2026, 11, 1), D(2026, 11, 10)), -1) == DayRange(D(2026, 10, 22), D(2026, 10, 31))


def test_local_days_in_utc() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    start, end = utc_bounds(DayRange(D(2026, 11, 1), D(2026, 11, 22)), shanghai)
    assert start == datetime(2026, 10, 31, 16, tzinfo=UTC) and end == datetime(2026, 11, 22, 16, tzinfo=UTC)
    berlin = ZoneInfo("Europe/Berlin")  # the day the clocks go back has 25 hours
    start, end = utc_bounds(DayRange(D(2026, 10, 25), D(2026, 10, 25)), berlin)
    assert (end - start).total_seconds() == 25 * 3600


def test_the_last_weeks() -> None:
    weeks = weeks_back(D(2026, 11, 18), 3)
    assert weeks == [DayRange(D(2026, 11, 2), D(2026, 11, 8)), DayRange(D(2026, 11, 9), D(2026, 11, 15)),
                     DayRange(D(2026, 11, 16), D(2026, 11, 18))]


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        DayRange(D(2026, 11, 2), D(2026, 11, 1))


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(0, 400),
       st.sampled_from(list(PeriodKind)), st.sampled_from(list(Compare)))
def test_a_comparison_is_never_longer_and_always_before(first: date, length: int, kind: PeriodKind,
                                                        compare: Compare) -> None:
    """(The same dates a year earlier may hold one day more: a 29 February.)"""
    period = DayRange(first, date.fromordinal(first.toordinal() + length))
    other = comparison(kind, period, compare)
    assert other.last < period.first or (compare is Compare.LAST_YEAR and other.first < period.first)
    leap = kind is PeriodKind.CUSTOM or period.last not in period_of(kind, period.first)
    assert other.days <= period.days + (1 if leap and compare is Compare.LAST_YEAR else 0)
    if kind is PeriodKind.CUSTOM and compare is Compare.PREVIOUS:
        assert other.days == period.days and other.last.toordinal() + 1 == period.first.toordinal()
