"""Closing the day through the service (DOMAIN.md §7): the numbers, each step, skipping and resuming, and that
closing twice creates nothing twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select

from telesales.domain.closing import STEPS, Booking, BookingKind, CloseStep, StepState
from telesales.domain.errors import UserError
from telesales.domain.model import Intent, ReminderKind, VisitStatus
from telesales.services.book_session import BookSession
from telesales.services.closing import CloseDayService
from telesales.store.models import CustomerRow, ReminderRow, VisitRow
from tests.closing_book import (
    CURIOUS,
    DAY,
    KEEN,
    NEUTRAL,
    NEXT,
    SHANGHAI,
    UNREACHED,
    closing_book,
    deals_in_book,
)
from tests.locations import Location, open_location


@pytest.fixture
def session(demo_location: Location) -> Iterator[BookSession]:
    session = closing_book(demo_location)
    yield session
    session.close()


def closing(session: BookSession) -> CloseDayService:
    assert session.closing is not None
    return session.closing


def counts(location: Location) -> tuple[int, int]:
    book = open_location(location)
    try:
        with book.engine.connect() as connection:
            return (connection.execute(select(func.count()).select_from(ReminderRow)).scalar_one(),
                    connection.execute(select(func.count()).select_from(VisitRow)).scalar_one())
    finally:
        book.close()


def test_the_day_in_numbers_matches_the_book(session: BookSession, demo_location: Location) -> None:
    summary = closing(session).summary(DAY)
    numbers = summary.numbers
    assert (numbers.calls, numbers.called, numbers.reached) == (4, 4, 3)
    before = {}
    for customer in (KEEN, CURIOUS, NEUTRAL):
        earlier = [c for c in session.call_history(customer) if c.called_at.astimezone(SHANGHAI).date() < DAY
                   and c.intent is not None]
        before[customer] = earlier[0].intent if earlier else None
    today = {KEEN: Intent.A, CURIOUS: Intent.B, NEUTRAL: Intent.C}
    order = "DCBA"
    up = sum(1 for c in today if before[c] is not None and order.index(today[c].value) > order.index(before[c].value))
    down = sum(1 for c in today if before[c] is not None and order.index(today[c].value) < order.index(before[c].value))
    new = sum(1 for c in today if before[c] is None)
    assert (numbers.intent.up, numbers.intent.down, numbers.intent.new) == (up, down, new)
    deals = deals_in_book(demo_location)
    assert deals and numbers.buyers == len(deals) and numbers.amount_cents == sum(deals.values())
    assert {deal.customer_id for deal in summary.deals} == set(deals)
    assert summary.target == NEXT and not summary.progress.closed
    assert summary.open.letters_unsent == len(deals) and summary.open.calls_left >= 1


def test_step_one_writes_a_thank_you_letter_to_every_buyer_in_the_reps_language(
        session: BookSession, demo_location: Location) -> None:
    service = closing(session)
    letters = service.letters(DAY, "zh_CN")
    assert {letter.deal.customer_id for letter in letters} == set(deals_in_book(demo_location))
    for letter in letters:
        assert letter.deal.customer_name in letter.subject and letter.deal.customer_name in letter.body
        assert letter.deal.contact_name in letter.body and "2026年11月22日" in letter.body
        assert letter.body.endswith("王芳")
    assert "Thank you" in service.letters(DAY, "en")[0].subject
    service.save_template("zh_CN", "thank_you", "{contact}：谢谢{customer}的订单！{sender}")
    edited = service.letters(DAY, "zh_CN")[0]
    assert edited.body == f"{edited.deal.contact_name}：谢谢{edited.deal.customer_name}的订单！王芳"
    assert service.plan_letters(DAY, "zh_CN") == len(letters)
    assert service.plan_letters(DAY, "zh_CN") == 0
    first = letters[0].deal.customer_id
    service.mark_letter(DAY, first, True, "zh_CN")
    sent = {deal.customer_id: deal.letter_sent for deal in service.summary(DAY).deals}
    assert sent[first] and sum(sent.values()) == 1
    service.mark_letter(DAY, first, False, "zh_CN")
    assert not any(deal.letter_sent for deal in service.summary(DAY).deals)


def test_step_two_books_key_customers_as_calls_or_visits_at_the_times_chosen(
        session: BookSession, demo_location: Location) -> None:
    service = closing(session)
    summary = service.summary(DAY)
    keys = summary.key_customers
    assert keys and all(item.call.rank <= 10 or item.call.must_call for item in keys)
    assert [s.customer_id for s in summary.suggestions] == [k.customer_id for k in keys]
    call_at = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
    visit_at = datetime(2026, 11, 23, 14, 0, tzinfo=SHANGHAI)
    first, second = keys[0].customer_id, keys[1].customer_id
    created = service.book(DAY, [Booking(first, BookingKind.CALL, call_at),
                                 Booking(second, BookingKind.VISIT, visit_at)], "zh_CN")
    assert len(created.reminder_ids) == 1 and len(created.visit_ids) == 1
    again = service.book(DAY, [Booking(first, BookingKind.CALL, call_at),
                               Booking(second, BookingKind.VISIT, visit_at)], "zh_CN")
    assert again.count == 0 and again.already == 2
    book = open_location(demo_location)
    try:
        with book.engine.connect() as connection:
            reminder = connection.execute(select(ReminderRow).where(
                ReminderRow.id == created.reminder_ids[0])).one()
            visit = connection.execute(select(VisitRow).where(VisitRow.id == created.visit_ids[0])).one()
            follow_up = connection.execute(select(CustomerRow.follow_up_on).where(
                CustomerRow.id == first)).scalar_one()
    finally:
        book.close()
    assert reminder.kind == ReminderKind.FOLLOW_UP and reminder.due_on == NEXT
    assert reminder.due_at == call_at and "2026年11月22日" in reminder.text
    assert follow_up is not None and follow_up <= NEXT
    assert visit.planned_on == NEXT and visit.starts_at == visit_at and visit.fixed_time
    assert visit.status == VisitStatus.PLANNED
    booked = {item.customer_id: (item.booked, item.booked_at) for item in service.summary(DAY).key_customers}
    assert booked[first] == (BookingKind.CALL, call_at) and booked[second] == (BookingKind.VISIT, visit_at)
    # the booked call is a must-call of the next working day, at the top of its list
    plan = session.field_plans.plan(NEXT)  # type: ignore[union-attr]
    assert any(item.call.customer_id == first and item.call.must_call for item in plan.calls)
    assert any(item.id == created.reminder_ids[0] and item.at == call_at for item in plan.reminders)
    with pytest.raises(UserError):
        service.book(DAY, [Booking(first, BookingKind.CALL, datetime(2026, 11, 22, 19, 0, tzinfo=SHANGHAI))],
                     "zh_CN")


def test_step_three_asks_every_interested_customer_about_material_once(session: BookSession) -> None:
    service = closing(session)
    interested = {item.customer_id: item for item in service.summary(DAY).interested}
    assert set(interested) == {KEEN, CURIOUS}
    assert UNREACHED not in interested and NEUTRAL not in interested
    assert interested[KEEN].materials_requested == "产品目录" and interested[KEEN].task  # today's call made one
    assert not interested[CURIOUS].task
    created = service.ask_materials(DAY, [CURIOUS], "zh_CN")
    assert len(created.reminder_ids) == 1
    assert service.ask_materials(DAY, [CURIOUS], "zh_CN").count == 0
    assert service.summary(DAY).to_ask == ()


def test_a_step_can_be_skipped_and_resumed(session: BookSession) -> None:
    service = closing(session)
    progress = service.set_step(DAY, CloseStep.THANK_YOU, StepState.SKIPPED)
    assert progress.next_step is CloseStep.BOOK_TOMORROW
    service.set_step(DAY, CloseStep.BOOK_TOMORROW, StepState.DONE)
    service.set_step(DAY, CloseStep.MATERIALS, StepState.DONE)
    assert service.progress(DAY).closed
    progress = service.set_step(DAY, CloseStep.THANK_YOU, StepState.DONE)  # resumed later
    assert progress.state(CloseStep.THANK_YOU) is StepState.DONE and progress.closed


def test_closing_twice_creates_nothing_twice(session: BookSession, demo_location: Location) -> None:
    service = closing(session)
    before = counts(demo_location)
    first = service.close(DAY, "zh_CN")
    assert first.letters == len(deals_in_book(demo_location)) and first.booked.count == len(first.summary.suggestions)
    assert first.asked.count == 1 and first.progress.closed
    after_first = counts(demo_location)
    assert after_first[0] > before[0]
    second = service.close(DAY, "zh_CN")
    assert second.letters == 0 and second.booked.count == 0 and second.asked.count == 0
    assert second.summary.suggestions == () and second.summary.to_ask == ()
    assert counts(demo_location) == after_first
    assert all(second.progress.state(step) is StepState.DONE for step in STEPS)
