"""A customer's intent history (the profile sheet's intent moves): the moves logging each call reported, in the
order the calls were made."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.calllist import IntentDirection, IntentMove, consequences_of_call
from telesales.domain.model import Call, CallOutcome, Intent
from telesales.domain.profile import IntentStep, intent_history

START = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


def at(day: int, minute: int = 0) -> datetime:
    return START + timedelta(days=day, minutes=minute)


def test_moves_up_down_and_the_first_level_in_the_order_of_the_calls() -> None:
    calls = [(4, at(9), Intent.A), (1, at(0), Intent.C), (2, at(3), None), (3, at(5), Intent.C),
             (5, at(12), Intent.B), (6, at(20), Intent.D)]
    assert intent_history(calls) == (
        IntentStep(1, at(0), None, Intent.C, IntentDirection.NEW, 0),
        IntentStep(4, at(9), Intent.C, Intent.A, IntentDirection.UP, 2),
        IntentStep(5, at(12), Intent.A, Intent.B, IntentDirection.DOWN, -1),
        IntentStep(6, at(20), Intent.B, Intent.D, IntentDirection.DOWN, -2),
    )


def test_no_intent_recorded_is_no_history() -> None:
    assert intent_history([]) == ()
    assert intent_history([(1, at(0), None), (2, at(1), None)]) == ()


def test_calls_at_the_same_moment_follow_their_ids() -> None:
    assert [step.to_intent for step in intent_history([(8, at(1), Intent.A), (7, at(1), Intent.B)])] == [
        Intent.B, Intent.A]


calls_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 3), st.none() | st.sampled_from(list(Intent))), max_size=30)


@given(calls=calls_strategy, order_seed=st.randoms(use_true_random=False))
def test_the_history_is_what_logging_the_calls_in_their_order_reported(
        calls: list[tuple[int, int, Intent | None]], order_seed: random.Random) -> None:
    """Logging the calls one after another, each reports the move from the customer's intent before it; the
    history holds exactly those moves, whatever order the calls are read in."""
    made = [(call_id, at(day, minute), intent) for call_id, (day, minute, intent) in enumerate(calls, start=1)]
    ordered = sorted(made, key=lambda call: (call[1], call[0]))
    reported: list[IntentMove] = []
    held: Intent | None = None
    for call_id, called_at, intent in ordered:
        call = Call(call_id, 1, called_at, CallOutcome.CONNECTED, intent=intent)
        reported += [c for c in consequences_of_call(call, date(2026, 1, 5), held) if isinstance(c, IntentMove)]
        held = intent or held
    shuffled = list(made)
    order_seed.shuffle(shuffled)
    history = intent_history(shuffled)
    assert [(s.call_id, s.from_intent, s.to_intent, s.direction, s.steps) for s in history] == [
        (m.call_id, m.from_intent, m.to_intent, m.direction, m.steps) for m in reported]
    # a chain: each move starts where the one before ended, and the last ends at the last level recorded
    assert all(later.from_intent == earlier.to_intent for earlier, later in zip(history, history[1:], strict=False))
    recorded = [intent for _id, _at, intent in ordered if intent is not None]
    assert (history[-1].to_intent if history else None) == (recorded[-1] if recorded else None)
