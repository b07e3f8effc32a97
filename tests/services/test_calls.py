"""The call list and the call log through the service, on a small hand-made book (tests/calls_book.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from telesales.domain.calllist import (
    FollowUpReminder,
    IntentDirection,
    LeftOutWhy,
    MaterialsTask,
    ReasonCode,
    RepeatWhy,
    VisitProposal,
)
from telesales.domain.errors import UserError
from telesales.domain.model import CallOutcome, Intent
from telesales.domain.settings import RuleSettings
from telesales.services.book_session import BookSession
from telesales.services.calls import LogCallRequest, morning_of, rep_zone
from tests.calls_book import (
    BIG_QUIET_DEMAND,
    CALL_BACK_LATER,
    CLEAR_INTENT,
    DAY,
    DO_NOT_CALL,
    NOW,
    OTHER,
    OVERDUE,
    POTENTIAL_BIG,
    REACHED_TODAY,
    REFUSED,
    SHANGHAI,
    SMALL_PLAIN,
    build_calls_book,
)
from tests.locations import Location


@pytest.fixture
def session(book_location: Location) -> BookSession:
    opened = build_calls_book(book_location)
    yield opened  # type: ignore[misc]
    opened.close()


def test_the_list_calls_demand_and_intent_first_and_lifts_the_potential_big_customer(session: BookSession) -> None:
    ranked = session.call_list(NOW)
    order = [call.customer_id for call in ranked.calls]
    assert order == [POTENTIAL_BIG, CLEAR_INTENT, OVERDUE, BIG_QUIET_DEMAND, SMALL_PLAIN]
    first = ranked.calls[0]
    assert ReasonCode.POTENTIAL_BIG_CUSTOMER in {reason.code for reason in first.reasons}
    assert order.index(POTENTIAL_BIG) < order.index(BIG_QUIET_DEMAND)  # small today, big demand: above the big one
    for call in ranked.calls:
        assert round(sum(reason.points for reason in call.reasons), 2) == round(call.score, 2)


def test_an_overdue_follow_up_is_never_cut_by_the_limit(session: BookSession) -> None:
    ranked = session.call_list(NOW, limit=1)
    assert [call.customer_id for call in ranked.calls] == [POTENTIAL_BIG, OVERDUE]
    overdue = ranked.calls[1]
    assert overdue.must_call and overdue.reasons[-1].code is ReasonCode.FOLLOW_UP_OVERDUE
    assert ranked.more == 3


def test_who_is_left_out_and_why(session: BookSession) -> None:
    ranked = session.call_list(NOW)
    assert {(item.customer_id, item.why) for item in ranked.left_out} == {
        (REACHED_TODAY, LeftOutWhy.REACHED_TODAY), (DO_NOT_CALL, LeftOutWhy.DO_NOT_CALL),
        (OTHER, LeftOutWhy.OTHER), (REFUSED, LeftOutWhy.REFUSED), (CALL_BACK_LATER, LeftOutWhy.CALL_BACK_LATER)}
    # tomorrow morning the one reached today and the call-back are back on the list
    tomorrow = session.call_list(NOW + timedelta(days=1))
    assert {REACHED_TODAY, CALL_BACK_LATER} <= {call.customer_id for call in tomorrow.calls}


def test_changing_a_weight_changes_the_list(session: BookSession) -> None:
    before = [call.customer_id for call in session.call_list(NOW).calls]
    session.save_settings({"calls.weight_tier": 20})
    after = [call.customer_id for call in session.call_list(NOW).calls]
    assert before != after and after.index(BIG_QUIET_DEMAND) < before.index(BIG_QUIET_DEMAND)


def test_the_days_list_with_names_phones_and_progress(session: BookSession) -> None:
    today = session.today_list(NOW, limit=60)
    assert today.lines[POTENTIAL_BIG].phone == "+8613800000001"
    assert today.left_out_names[DO_NOT_CALL] == "勿扰商行"
    assert (today.progress.called, today.progress.reached, today.progress.calls) == (2, 1, 2)
    assert today.left == len(today.calls.calls)  # nobody on the list was called yet today
    session.log_call(LogCallRequest(POTENTIAL_BIG, CallOutcome.NO_ANSWER), NOW)
    again = session.today_list(NOW, limit=60)
    assert POTENTIAL_BIG in again.called_today and again.left == today.left - 1
    assert (again.progress.called, again.progress.calls) == (3, 3)


def test_logging_a_call_creates_the_follow_up_visit_materials_and_intent_move(session: BookSession) -> None:
    visit_at = datetime(2026, 11, 24, 14, 30, tzinfo=SHANGHAI)
    logged = session.log_call(LogCallRequest(
        SMALL_PLAIN, CallOutcome.CONNECTED, contact_id=100 + SMALL_PLAIN, need="复印纸", expected_value_cents=350_050,
        intent=Intent.A, visit_possible=True, visit_when=visit_at, materials_requested="价目表",
        next_step="寄报价", next_step_on=date(2026, 11, 25)), NOW)
    kinds = [type(item) for item in logged.created]
    assert kinds[:3] == [FollowUpReminder, VisitProposal, MaterialsTask]
    move = logged.intent_move
    assert move is not None and (move.from_intent, move.to_intent, move.direction, move.steps) == (
        Intent.C, Intent.A, IntentDirection.UP, 2)
    assert len(logged.reminder_ids) == 2 and logged.visit_id is not None
    assert logged.repeat_warning is None
    history = session.call_history(SMALL_PLAIN)
    assert history[0].id == logged.call.id and history[0].expected_value_cents == 350_050  # newest first
    assert SMALL_PLAIN in {item.customer_id for item in session.call_list(NOW).left_out}  # reached today


def test_a_repeat_call_is_warned_about_with_when_and_how_it_went(session: BookSession) -> None:
    warning = session.repeat_warning(REACHED_TODAY, NOW)
    assert warning is not None and warning.why is RepeatWhy.REACHED_TODAY
    assert [(e.called_at, e.outcome) for e in warning.earlier] == [(NOW - timedelta(minutes=30),
                                                                    CallOutcome.CONNECTED)]
    assert session.repeat_warning(SMALL_PLAIN, NOW) is None
    session.log_call(LogCallRequest(SMALL_PLAIN, CallOutcome.NO_ANSWER), NOW)
    session.log_call(LogCallRequest(SMALL_PLAIN, CallOutcome.BUSY), NOW + timedelta(minutes=10))
    later = NOW + timedelta(minutes=20)
    warning = session.repeat_warning(SMALL_PLAIN, later)
    assert warning is not None and warning.why is RepeatWhy.CALLED_REPEATEDLY_TODAY and warning.attempts_today == 2
    logged = session.log_call(LogCallRequest(SMALL_PLAIN, CallOutcome.CONNECTED), later)
    assert logged.repeat_warning == warning  # as it stood before saving


def test_a_refusal_becomes_do_not_call_only_when_the_rep_confirms(session: BookSession) -> None:
    logged = session.log_call(LogCallRequest(SMALL_PLAIN, CallOutcome.REFUSED), NOW)
    assert logged.suggest_do_not_call and not logged.marked_do_not_call
    tomorrow = NOW + timedelta(days=1)
    confirmed = session.log_call(LogCallRequest(CLEAR_INTENT, CallOutcome.REFUSED, mark_do_not_call=True), NOW)
    assert confirmed.marked_do_not_call and not confirmed.suggest_do_not_call
    why = {item.customer_id: item.why for item in session.call_list(tomorrow).left_out}
    assert why[SMALL_PLAIN] is LeftOutWhy.REFUSED and why[CLEAR_INTENT] is LeftOutWhy.DO_NOT_CALL


@pytest.mark.parametrize(("request_", "message"), [
    (LogCallRequest(SMALL_PLAIN, CallOutcome.CONNECTED, expected_value_cents=-1), "cannot be negative"),
    (LogCallRequest(SMALL_PLAIN, CallOutcome.CONNECTED, next_step_on=DAY - timedelta(days=1)), "before the call"),
    (LogCallRequest(SMALL_PLAIN, CallOutcome.CALL_BACK, call_back_at=NOW - timedelta(hours=1)), "after the call"),
    (LogCallRequest(999, CallOutcome.CONNECTED), "no customer 999"),
])
def test_bad_calls_are_refused_and_nothing_is_saved(session: BookSession, request_: LogCallRequest,
                                                    message: str) -> None:
    before = len(session.call_history(SMALL_PLAIN))
    with pytest.raises(UserError, match=message):
        session.log_call(request_, NOW)
    assert len(session.call_history(SMALL_PLAIN)) == before


def test_the_reps_day_is_in_the_reps_time_zone() -> None:
    zone = rep_zone(RuleSettings({"rep.time_zone": "Asia/Taipei"}))
    assert morning_of(date(2026, 11, 22), zone) == datetime.combine(date(2026, 11, 22), time(9), tzinfo=zone)
    assert rep_zone(RuleSettings({"rep.time_zone": "Nowhere/Atlantis"})) == rep_zone(RuleSettings({}))


def test_names_and_phones_beyond_the_first_lines_come_when_asked(session: BookSession) -> None:
    today = session.today_list(NOW, lines_for=1)
    first, second = today.calls.calls[0], today.calls.calls[1]
    assert set(today.lines) == {first.customer_id}
    line = today.line(second.customer_id)
    assert line is not None and line.name == second.name and line.phone.startswith("+86")
