"""Periods the rep reads the numbers over (DOMAIN.md §9): a week, a month, a quarter or any run of days, and the
period it is compared with. Days are the rep's local days; nothing here reads a clock: `today` is an argument.

The rules
---------
* A **week** runs Monday to Sunday, a **month** and a **quarter** are calendar ones; a **custom** period is any
  run of days. Days are inclusive at both ends (`DayRange(first, last)`).
* The period "now" is the one containing `today`, **cut at today** (this month so far): a month is never
  compared with a whole month while half of it is still to come.
* The **comparison** of a week, month or quarter is the same stretch of the comparison period: as many days
  into it as the period is into its own, cut at its end (1–22 Nov compares with 1–22 Oct, or 1–22 Nov last
  year; 1–31 Mar with 1–28 Feb). The previous period is the one just before; the same period last year is the
  same month or quarter a year earlier, and for a week the week 52 weeks earlier (364 days, the same weekdays).
* The comparison of a **custom** period is the as many days just before it (previous) or the same dates a year
  earlier, 29 Feb becoming 28 Feb (last year).
* A range handed in without its kind (the command line's --from/--to) is read as a quarter when it starts on
  the first day of a quarter and runs past its first month within that quarter, as a month when it starts on
  the 1st and stays in that month, as a week when it starts on a Monday and stays in that week, else as custom.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from telesales.domain.lifecycle import same_day_last_year
from telesales.domain.tiering import months_before


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    CUSTOM = "custom"


class Compare(StrEnum):
    PREVIOUS = "previous"  # the period just before
    LAST_YEAR = "last_year"  # the same period a year earlier


@dataclass(frozen=True, slots=True, order=True)
class DayRange:
    """The days first … last, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"a period cannot end ({self.last}) before it starts ({self.first})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def each_day(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.first + timedelta(days=offset)

    def shifted(self, days: int) -> DayRange:
        return DayRange(self.first + timedelta(days=days), self.last + timedelta(days=days))

    def cut(self, today: date) -> DayRange:
        """The range up to `today` (itself when it ends before; a range of `first` alone when today is earlier)."""
        return DayRange(self.first, max(self.first, min(self.last, today)))


def _month_end(day: date) -> date:
    following = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return following - timedelta(days=1)


def _quarter_first(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_of(kind: PeriodKind, day: date) -> DayRange:
    """The whole week, month or quarter containing `day` (a custom period of one day for CUSTOM)."""
    if kind is PeriodKind.WEEK:
        monday = day - timedelta(days=day.weekday())
        return DayRange(monday, monday + timedelta(days=6))
    if kind is PeriodKind.MONTH:
        first = day.replace(day=1)
        return DayRange(first, _month_end(first))
    if kind is PeriodKind.QUARTER:
        first = _quarter_first(day)
        return DayRange(first, _month_end(date(first.year, first.month + 2, 1)))
    return DayRange(day, day)


def current_period(kind: PeriodKind, today: date) -> DayRange:
    """The period containing `today`, cut at today (this week / month / quarter so far)."""
    return period_of(kind, today).cut(today)


def step(kind: PeriodKind, period: DayRange, periods: int, today: date | None = None) -> DayRange:
    """The whole period `periods` before (negative) or after (positive) the one `period` lies in, cut at
    `today` when given; a custom period moves by its own length."""
    if kind is PeriodKind.CUSTOM:
        moved = period.shifted(periods * period.days)
    elif kind is PeriodKind.WEEK:
        moved = period_of(kind, period.first + timedelta(days=7 * periods))
    else:
        months = periods * (3 if kind is PeriodKind.QUARTER else 1)
        first = period_of(kind, period.first).first
        index = first.year * 12 + first.month - 1 + months
        moved = period_of(kind, date(index // 12, index % 12 + 1, 1))
    return moved.cut(today) if today is not None and moved.first <= today else moved


def comparison(kind: PeriodKind, period: DayRange, compare: Compare) -> DayRange:
    """The days `period` is compared with (see the module's rules)."""
    if kind is PeriodKind.CUSTOM or period.last not in period_of(kind, period.first):
        if compare is Compare.PREVIOUS:
            return period.shifted(-period.days)
        return DayRange(same_day_last_year(period.first), same_day_last_year(period.last))
    own = period_of(kind, period.first)
    if compare is Compare.PREVIOUS:
        other = step(kind, own, -1)
    elif kind is PeriodKind.WEEK:
        other = own.shifted(-364)
    else:
        other = period_of(kind, months_before(own.first, 12))
    first = min(other.first + (period.first - own.first), other.last)
    return DayRange(first, min(first + (period.last - period.first), other.last))


def infer_kind(period: DayRange) -> PeriodKind:
    """What kind of period a bare range of days is (see the module's rules)."""
    first, last = period.first, period.last
    quarter = period_of(PeriodKind.QUARTER, first)
    if first == quarter.first and last in quarter and last > _month_end(first):
        return PeriodKind.QUARTER
    if first.day == 1 and last <= _month_end(first):
        return PeriodKind.MONTH
    if first.weekday() == 0 and last in period_of(PeriodKind.WEEK, first):
        return PeriodKind.WEEK
    return PeriodKind.CUSTOM


def local_day_start(day: date, zone: tzinfo) -> datetime:
    """The UTC moment the rep's local `day` starts (midnight in `zone`)."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def utc_bounds(period: DayRange, zone: tzinfo) -> tuple[datetime, datetime]:
    """The period's local days as UTC moments [start, end)."""
    return local_day_start(period.first, zone), local_day_start(period.last + timedelta(days=1), zone)


def weeks_back(last: date, weeks: int) -> list[DayRange]:
    """The `weeks` weeks (Monday to Sunday) ending with the one containing `last`, oldest first, the last one cut
    at `last`."""
    if weeks < 1:
        raise ValueError(f"weeks {weeks} is below 1")
    newest = period_of(PeriodKind.WEEK, last)
    return [newest.shifted(-7 * back).cut(last) for back in range(weeks - 1, -1, -1)]
