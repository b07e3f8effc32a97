"""Saving a call: durable, with its customer's call state, reminders, visit proposal and do-not-call; and the
reads the call list needs. In a book file and in a shared book on a server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from telesales.domain.calllist import CallCandidate, consequences_of_call
from telesales.domain.errors import UserError
from telesales.domain.model import Attitude, Call, CallOutcome, Intent, Tier
from telesales.store.call_repository import CallRepository
from telesales.store.call_state import rebuild_call_state
from telesales.store.models import CustomerRow, ReminderRow, VisitRow
from tests.calls_book import SHANGHAI, customer_row
from tests.locations import Location, filling, open_location

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=SHANGHAI)
TODAY = date(2026, 11, 22)


def plan(saved: Call, previous: Intent | None) -> list[object]:
    return consequences_of_call(saved, TODAY, previous, SHANGHAI)  # type: ignore[return-value]


def call(customer_id: int = 1, at: datetime = NOW, outcome: CallOutcome = CallOutcome.CONNECTED, **values: object) -> Call:
    return Call(id=0, customer_id=customer_id, called_at=at, outcome=outcome, **values)  # type: ignore[arg-type]


@pytest.fixture
def repo(book_location: Location) -> Iterator[CallRepository]:
    with filling(book_location) as connection:
        connection.execute(insert(CustomerRow), [customer_row(1), customer_row(2, tier="big")])
    book = open_location(book_location)
    yield CallRepository(book.engine)
    book.close()


def test_a_saved_call_is_in_the_book_and_survives_a_new_connection(repo: CallRepository,
                                                                   book_location: Location) -> None:
    saved = repo.save(call(need="打印机", expected_value_cents=1_234_550, intent=Intent.B, attitude=Attitude.WARM,
                           notes="老板在"), plan, mark_do_not_call=False, now=NOW)
    assert saved.call.id > 0
    again = open_location(book_location)  # another engine, another connection: what is on disk
    history = CallRepository(again.engine).history(1)
    again.close()
    assert [c.id for c in history] == [saved.call.id]
    stored = history[0]
    assert (stored.need, stored.expected_value_cents, stored.intent, stored.attitude, stored.notes) == (
        "打印机", 1_234_550, Intent.B, Attitude.WARM, "老板在")
    assert stored.called_at == NOW and stored.called_at.tzinfo is UTC


def test_the_customer_call_state_moves_with_each_call(repo: CallRepository) -> None:
    repo.save(call(intent=Intent.B, expected_value_cents=500_000, next_step="报价", next_step_on=date(2026, 11, 25)),
              plan, mark_do_not_call=False, now=NOW)
    later = NOW + timedelta(hours=2)
    back = NOW + timedelta(days=1)
    repo.save(call(at=later, outcome=CallOutcome.CALL_BACK, call_back_at=back), plan, mark_do_not_call=False,
              now=later)
    (candidate,) = [c for c in repo.candidates(NOW - timedelta(days=30)) if c.customer_id == 1]
    assert candidate.last_call_at == later
    assert candidate.last_reached_at == NOW  # the call-back call did not reach them
    assert candidate.last_outcome is CallOutcome.CALL_BACK
    assert candidate.call_back_at == back
    assert (candidate.intent, candidate.open_value_cents) == (Intent.B, 500_000)
    assert candidate.follow_up_on == date(2026, 11, 25)
    assert candidate.recent_demand_cents == 500_000
    # a call logged late (earlier than the latest) does not move the "last call" columns back
    repo.save(call(at=NOW - timedelta(days=3), outcome=CallOutcome.NO_ANSWER), plan, mark_do_not_call=False, now=NOW)
    (candidate,) = [c for c in repo.candidates(NOW - timedelta(days=30)) if c.customer_id == 1]
    assert candidate.last_call_at == later and candidate.last_outcome is CallOutcome.CALL_BACK


def test_the_state_kept_while_saving_equals_the_state_rebuilt_from_the_calls(repo: CallRepository) -> None:
    steps = [
        call(at=NOW - timedelta(days=9), intent=Intent.C),
        call(at=NOW - timedelta(days=5), outcome=CallOutcome.NO_ANSWER),
        call(at=NOW - timedelta(days=4), intent=Intent.A, expected_value_cents=900_000, next_step="演示",
             next_step_on=date(2026, 11, 24)),
        call(at=NOW - timedelta(days=1), outcome=CallOutcome.CALL_BACK, call_back_at=NOW + timedelta(hours=3)),
        call(customer_id=2, at=NOW - timedelta(days=2), intent=Intent.D),
        # no answer, but the rep still names a next step: it becomes the follow-up
        call(customer_id=2, at=NOW - timedelta(hours=5), outcome=CallOutcome.NO_ANSWER, next_step="再打",
             next_step_on=date(2026, 11, 23)),
    ]
    for item in steps:
        repo.save(item, plan, mark_do_not_call=False, now=NOW)
    kept = repo.candidates(NOW - timedelta(days=30))
    rebuild_call_state(repo._engine)  # noqa: SLF001 - the slow path, as after an import
    assert repo.candidates(NOW - timedelta(days=30)) == kept


def test_reminders_and_the_visit_proposal_are_created_with_the_call(repo: CallRepository) -> None:
    visit_at = datetime(2026, 11, 24, 15, 0, tzinfo=SHANGHAI)
    saved = repo.save(call(contact_id=None, intent=Intent.A, need="样机", next_step="寄报价单",
                           next_step_on=date(2026, 11, 26), visit_possible=True, visit_when=visit_at,
                           materials_requested="价目表"), plan, mark_do_not_call=False, now=NOW)
    assert len(saved.reminder_ids) == 2 and saved.visit_id is not None
    with repo._engine.connect() as connection:  # noqa: SLF001
        reminders = connection.execute(select(ReminderRow.kind, ReminderRow.due_on, ReminderRow.status,
                                              ReminderRow.text, ReminderRow.source_key, ReminderRow.customer_id)
                                       .order_by(ReminderRow.id)).all()
        visit = connection.execute(select(VisitRow.status, VisitRow.planned_on, VisitRow.starts_at,
                                          VisitRow.from_call_id, VisitRow.purpose)).one()
    assert [tuple(r) for r in reminders] == [
        ("follow_up", date(2026, 11, 26), "pending", "寄报价单", f"call:{saved.call.id}:follow_up", 1),
        ("materials", TODAY, "pending", "价目表", f"call:{saved.call.id}:materials", 1),
    ]
    assert tuple(visit) == ("proposed", date(2026, 11, 24), visit_at, saved.call.id, "寄报价单")


def test_logging_the_same_call_twice_makes_reminders_that_do_not_collide(repo: CallRepository) -> None:
    same = call(next_step="回访", next_step_on=date(2026, 11, 23), materials_requested="样品")
    first = repo.save(same, plan, mark_do_not_call=False, now=NOW)
    second = repo.save(same, plan, mark_do_not_call=False, now=NOW)
    assert first.call.id != second.call.id
    with repo._engine.connect() as connection:  # noqa: SLF001
        keys = connection.execute(select(ReminderRow.source_key)).scalars().all()
    assert len(keys) == len(set(keys)) == 4


def test_reaching_the_customer_replaces_the_earlier_follow_ups(repo: CallRepository) -> None:
    repo.save(call(at=NOW - timedelta(days=6), next_step="回访", next_step_on=TODAY - timedelta(days=1)), plan,
              mark_do_not_call=False, now=NOW - timedelta(days=6))
    repo.save(call(outcome=CallOutcome.NO_ANSWER), plan, mark_do_not_call=False, now=NOW)
    with repo._engine.connect() as connection:  # noqa: SLF001
        assert connection.execute(select(ReminderRow.status)).scalars().all() == ["pending"]
    repo.save(call(at=NOW + timedelta(minutes=5)), plan, mark_do_not_call=False, now=NOW)
    with repo._engine.connect() as connection:  # noqa: SLF001
        assert connection.execute(select(ReminderRow.status)).scalars().all() == ["done"]


def test_do_not_call_only_on_a_refusal_the_rep_confirmed(repo: CallRepository) -> None:
    unconfirmed = repo.save(call(outcome=CallOutcome.REFUSED), plan, mark_do_not_call=False, now=NOW)
    assert not unconfirmed.marked_do_not_call
    assert [c.do_not_call for c in repo.candidates(NOW) if c.customer_id == 1] == [False]
    not_a_refusal = repo.save(call(outcome=CallOutcome.BUSY), plan, mark_do_not_call=True, now=NOW)
    assert not not_a_refusal.marked_do_not_call
    confirmed = repo.save(call(outcome=CallOutcome.REFUSED), plan, mark_do_not_call=True, now=NOW)
    assert confirmed.marked_do_not_call
    assert [c.do_not_call for c in repo.candidates(NOW) if c.customer_id == 1] == [True]


def test_a_call_to_a_customer_or_contact_not_in_the_book_is_refused(repo: CallRepository) -> None:
    with pytest.raises(UserError, match="no customer 99"):
        repo.save(call(customer_id=99), plan, mark_do_not_call=False, now=NOW)
    with pytest.raises(UserError, match="not a contact of customer 1"):
        repo.save(call(contact_id=12345), plan, mark_do_not_call=False, now=NOW)
    assert repo.history(1) == []


def test_candidates_carry_the_pinned_tier_and_the_largest_recent_demand(repo: CallRepository) -> None:
    with repo._engine.begin() as connection:  # noqa: SLF001
        connection.execute(CustomerRow.__table__.update().where(CustomerRow.id == 2).values(
            tier_pin="super", churn_signals="yoy_drop,complaints", next_special_on=date(2026, 11, 23),
            next_special_kind="birthday"))
    for days, cents in ((40, 9_000_000), (10, 300_000), (3, 700_000), (1, 200_000)):
        at = NOW - timedelta(days=days)
        repo.save(call(customer_id=2, at=at, intent=Intent.B, expected_value_cents=cents), plan,
                  mark_do_not_call=False, now=at)
    by_id = {c.customer_id: c for c in repo.candidates(NOW - timedelta(days=30))}
    two = by_id[2]
    assert two.tier is Tier.SUPER
    assert two.recent_demand_cents == 700_000  # the largest within 30 days, not the sum; the 40-day-old is out
    assert two.open_value_cents == 200_000  # the latest call's
    assert two.churn_signals == ("yoy_drop", "complaints")
    assert (two.special_date, two.special_kind) == (date(2026, 11, 23), "birthday")
    assert by_id[1].last_call_at is None and by_id[1].recent_demand_cents == 0


def test_the_recent_demand_is_read_from_its_covering_index_alone(repo: CallRepository) -> None:
    """The call list's recent demand: the partial index ix_calls_demand answers it, never the calls table."""
    repo.save(call(intent=Intent.A, expected_value_cents=500_000), plan, mark_do_not_call=False, now=NOW)
    repo.save(call(customer_id=2, outcome=CallOutcome.BUSY), plan, mark_do_not_call=False, now=NOW)
    assert repo.recent_demand(NOW - timedelta(days=30)) == {1: 500_000}
    with repo._engine.connect() as connection:  # noqa: SLF001
        if connection.dialect.name == "sqlite":
            query = repo.recent_demand_query(NOW - timedelta(days=30))
            compiled = query.compile(connection)
            plan_rows = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.params.values())).all()
            assert [row[-1] for row in plan_rows] == [
                "SEARCH calls USING COVERING INDEX ix_calls_demand (called_at>?)"]
        else:  # partial on the server too, with the same condition
            definition = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_calls_demand'").scalar_one()
            assert definition.endswith("(called_at, customer_id, expected_value_cents) "
                                       "WHERE (expected_value_cents > 0)"), definition


def test_todays_calls_and_progress_follow_the_local_day(repo: CallRepository) -> None:
    start = datetime(2026, 11, 22, tzinfo=SHANGHAI)
    end = start + timedelta(days=1)
    for customer_id, at, outcome in ((1, start - timedelta(minutes=1), CallOutcome.CONNECTED),  # yesterday
                                     (1, start + timedelta(hours=9), CallOutcome.NO_ANSWER),
                                     (1, start + timedelta(hours=10), CallOutcome.CONNECTED),
                                     (2, start + timedelta(hours=11), CallOutcome.BUSY)):
        repo.save(call(customer_id=customer_id, at=at, outcome=outcome), plan, mark_do_not_call=False, now=at)
    today = repo.calls_between(1, start, end)
    assert [c.outcome for c in today] == [CallOutcome.NO_ANSWER, CallOutcome.CONNECTED]  # oldest first
    assert [c.called_at for c in repo.history(1)] == sorted((c.called_at for c in repo.history(1)), reverse=True)
    progress = repo.progress(start, end)
    assert (progress.called, progress.reached, progress.calls) == (2, 1, 3)


def test_candidates_made_the_fast_way_equal_those_the_constructor_makes(repo: CallRepository) -> None:
    with repo._engine.begin() as connection:  # noqa: SLF001
        connection.execute(CustomerRow.__table__.update().where(CustomerRow.id == 2).values(
            do_not_call=True, churn_signals="silent", next_special_on=date(2026, 11, 24), next_special_kind="event"))
    repo.save(call(intent=Intent.A, expected_value_cents=900_000, next_step="报价", next_step_on=date(2026, 11, 30)),
              plan, mark_do_not_call=False, now=NOW)
    repo.save(call(customer_id=2, at=NOW + timedelta(minutes=1), outcome=CallOutcome.CALL_BACK,
                   call_back_at=NOW + timedelta(hours=5)), plan, mark_do_not_call=False, now=NOW)
    fast = repo.candidates(NOW - timedelta(days=30))
    repo._sqlite = False  # noqa: SLF001 - typed columns and the named tuple's own constructor
    slow = repo.candidates(NOW - timedelta(days=30))
    assert fast == slow and [type(c) for c in fast] == [CallCandidate, CallCandidate]
    assert fast[0].follow_up_on == date(2026, 11, 30) and fast[1].do_not_call and fast[1].churn_signals == ("silent",)
