"""The plain rules of reminders: who is greeted, which lead applies, when a snoozed reminder is due, how the
Reminders view splits what is due now from what comes, and which months a window can reach."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.greetings import FESTIVALS, Occasion, occurrences_between
from telesales.domain.model import AnnualDate, CalendarKind, ReminderKind, ReminderStatus, Tier
from telesales.domain.reminders import (
    MAX_SNOOZE_DAYS,
    ReminderLine,
    effective_due,
    is_greeted,
    lead_days_by_occasion,
    months_in_window,
    snooze_until,
    split_agenda,
)


def test_who_is_greeted() -> None:
    assert is_greeted(Tier.SUPER, None, do_not_call=False, marked_other=False, key_only=True)
    assert is_greeted(Tier.SMALL, Tier.BIG, do_not_call=False, marked_other=False, key_only=True)  # a pin wins
    assert not is_greeted(Tier.BIG, Tier.SMALL, do_not_call=False, marked_other=False, key_only=True)
    assert not is_greeted(Tier.MEDIUM, None, do_not_call=False, marked_other=False, key_only=True)
    assert is_greeted(Tier.SUSPECT, None, do_not_call=False, marked_other=False, key_only=False)
    assert not is_greeted(Tier.SUPER, None, do_not_call=True, marked_other=False, key_only=False)
    assert not is_greeted(Tier.SUPER, None, do_not_call=False, marked_other=True, key_only=False)
    assert not is_greeted(Tier.OTHER, None, do_not_call=False, marked_other=False, key_only=False)


def test_each_occasion_has_its_lead() -> None:
    leads = lead_days_by_occasion(festivals=10, anniversaries=14, others=7)
    assert set(leads) == set(Occasion)
    assert {leads[occasion] for occasion in FESTIVALS} == {10}
    assert leads[Occasion.COMPANY_ANNIVERSARY] == leads[Occasion.FIRST_DEAL_ANNIVERSARY] == leads[Occasion.EVENT] == 14
    assert leads[Occasion.BIRTHDAY] == leads[Occasion.SPECIAL_DAY] == 7


def test_snoozing() -> None:
    assert snooze_until(date(2026, 11, 22), 3) == date(2026, 11, 25)
    for days in (0, MAX_SNOOZE_DAYS + 1):
        with pytest.raises(ValueError):
            snooze_until(date(2026, 11, 22), days)
    assert effective_due(ReminderStatus.SNOOZED, date(2026, 11, 1), date(2026, 11, 25)) == date(2026, 11, 25)
    assert effective_due(ReminderStatus.PENDING, date(2026, 11, 1), None) == date(2026, 11, 1)


def _line(rid: int, due: date, status: ReminderStatus = ReminderStatus.PENDING,
          snoozed: date | None = None) -> ReminderLine:
    return ReminderLine(rid, ReminderKind.GREETING, due, status, 1, "A", None, "", "birthday", due, snoozed, "", "")


def test_the_agenda_splits_due_now_from_coming() -> None:
    today = date(2026, 11, 22)
    agenda = split_agenda(today, [_line(1, date(2026, 11, 25)), _line(2, date(2026, 11, 20)),
                                  _line(3, date(2026, 11, 1), ReminderStatus.SNOOZED, date(2026, 11, 23)),
                                  _line(4, today)])
    assert [line.id for line in agenda.due_now] == [2, 4]
    assert [line.id for line in agenda.upcoming] == [3, 1]
    assert _line(3, date(2026, 11, 1), ReminderStatus.SNOOZED, date(2026, 11, 23)).as_json()["due"] == "2026-11-23"


@given(start=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       length=st.integers(min_value=0, max_value=120),
       calendar=st.sampled_from(list(CalendarKind)), month=st.integers(1, 12), day=st.integers(1, 30),
       leap=st.booleans())
def test_a_window_s_months_hold_every_date_that_falls_in_it(start: date, length: int, calendar: CalendarKind,
                                                            month: int, day: int, leap: bool) -> None:
    """The months a store reads are a superset: no annual date that falls in the window is left unread."""
    if calendar is CalendarKind.SOLAR:
        day, leap = min(day, 29 if month == 2 else 30), False
    end = start + timedelta(days=length)
    annual = AnnualDate(calendar, month, day, leap)
    if occurrences_between(annual, start, end):
        assert month in months_in_window(start, end)[calendar]
