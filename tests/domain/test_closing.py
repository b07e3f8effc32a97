"""Closing the day's rules (DOMAIN.md §7): steps, intent moves, who is interested, key customers, times."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from telesales.domain.calllist import CallCandidate, RankedCall
from telesales.domain.closing import (
    STEPS,
    BookingKind,
    CloseProgress,
    CloseStep,
    StepState,
    booking_key,
    intent_moves,
    interested_customers,
    key_customers,
    materials_key,
    next_working_day,
    parse_hhmm,
    suggested_times,
)
from telesales.domain.model import Intent, Tier

DAY = date(2026, 11, 22)  # a Sunday


def at(hour: int) -> datetime:
    return datetime(2026, 11, 22, hour, tzinfo=UTC)


def test_the_next_working_day_skips_the_weekend() -> None:
    assert next_working_day(date(2026, 11, 20)) == date(2026, 11, 23)  # Friday → Monday
    assert next_working_day(DAY) == date(2026, 11, 23)  # Sunday → Monday
    assert next_working_day(date(2026, 11, 23)) == date(2026, 11, 24)


def test_a_day_is_closed_when_no_step_is_open_and_a_skipped_step_can_be_resumed() -> None:
    progress = CloseProgress(DAY)
    assert not progress.closed and progress.next_step is CloseStep.THANK_YOU
    progress = CloseProgress(DAY, {CloseStep.THANK_YOU: StepState.DONE, CloseStep.BOOK_TOMORROW: StepState.SKIPPED})
    assert progress.next_step is CloseStep.MATERIALS and not progress.closed
    progress = CloseProgress(DAY, {step: StepState.SKIPPED for step in STEPS})
    assert progress.closed and progress.next_step is None
    assert progress.as_json() == {"thank_you": "skipped", "book_tomorrow": "skipped", "materials": "skipped"}


def test_intent_moves_compare_the_intent_before_the_day_with_the_last_of_the_day() -> None:
    before = {1: Intent.C, 2: Intent.A, 3: None, 4: Intent.B, 5: Intent.B}
    calls = [(1, at(9), Intent.B), (1, at(10), Intent.A),  # C → A: one move up, however many calls
             (2, at(9), Intent.B),  # A → B: down
             (3, at(9), Intent.C),  # first intent: new
             (4, at(11), Intent.B),  # unchanged
             (5, at(9), None)]  # no intent given
    moves = intent_moves(before, calls)
    assert (moves.up, moves.down, moves.new, moves.total) == (1, 1, 1, 3)


def test_interested_customers_are_those_whose_last_intent_of_the_day_is_a_or_b() -> None:
    calls = [(1, 11, at(9), Intent.A, 101, "目录"), (1, 12, at(10), Intent.B, None, "报价单"),
             (2, 21, at(9), Intent.B, 201, ""), (2, 22, at(11), Intent.C, 201, ""),
             (3, 31, at(9), None, None, "样品"), (4, 41, at(8), Intent.A, None, "")]
    found = interested_customers(calls)
    assert found == [(1, 12, Intent.B, None, "目录; 报价单"), (4, 41, Intent.A, None, "")]


def ranked(rank: int, must: bool = False) -> RankedCall:
    return RankedCall(rank, rank, f"客户{rank}", 10.0, (), must, CallCandidate(rank, f"客户{rank}", Tier.SMALL))


def test_key_customers_are_the_top_of_the_list_and_every_must_call_within_a_cap() -> None:
    calls = [ranked(1), ranked(2, must=True), ranked(3), ranked(4), ranked(5, must=True), ranked(6)]
    assert [c.rank for c in key_customers(calls, 3)] == [1, 2, 3, 5]
    assert [c.rank for c in key_customers(calls, 3, cap=2)] == [1, 2]


def test_keys_are_stable_per_day_kind_and_customer() -> None:
    assert booking_key(DAY, BookingKind.CALL, 7) == "close_day:2026-11-22:call:7"
    assert booking_key(DAY, BookingKind.VISIT, 7) != booking_key(DAY, BookingKind.CALL, 7)
    assert materials_key(DAY, 7) == "close_day:2026-11-22:materials:7"


def test_suggested_times_and_hours() -> None:
    times = suggested_times(date(2026, 11, 23), 3, time(9, 0), 15)
    assert [t.strftime("%H:%M") for t in times] == ["09:00", "09:15", "09:30"]
    assert suggested_times(date(2026, 11, 23), 2, time(23, 50), 30)[-1].strftime("%H:%M") == "23:59"
    assert parse_hhmm("17:45", time(17, 30)) == time(17, 45)
    assert parse_hhmm("later", time(17, 30)) == time(17, 30)
