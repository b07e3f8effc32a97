"""Planning the day's visits through the service, on a small hand-made book (DOMAIN.md §5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from telesales.domain.errors import UserError
from telesales.domain.model import Area, VisitStatus
from telesales.domain.routes import LeftOverReason
from telesales.services.book_session import BookSession
from telesales.services.visits import VisitOutcome
from telesales.store.models import CustomerRow, ReminderRow
from tests.locations import Location, book_of
from tests.visits_book import MONDAY, SHANGHAI, TUESDAY, build_visits_book, plan_monday

NANSHAN = Area("广东省", "深圳市", "南山区")
FUTIAN = Area("广东省", "深圳市", "福田区")
LUOHU = Area("广东省", "深圳市", "罗湖区")
BAOAN = Area("广东省", "深圳市", "宝安区")


@pytest.fixture
def session(book_location: Location) -> Iterator[BookSession]:
    session = build_visits_book(book_location)
    yield session
    session.close()


def customers_in_order(session: BookSession, day: date = MONDAY) -> list[int]:
    return [v.customer_id for v in session.visit_day(day).plan.visits]


def test_planning_a_visit_fills_the_customers_area_from_the_address(session: BookSession) -> None:
    plan_monday(session, (1, 7))
    book = book_of(session)
    try:
        with book.engine.connect() as connection:
            rows = dict(connection.execute(select(CustomerRow.id, CustomerRow.district)
                                           .where(CustomerRow.id.in_([1, 7]))).all())
    finally:
        book.close()
    assert rows == {1: "南山区", 7: "宝安区"}


def test_visits_are_grouped_by_area_in_a_route_never_longer_than_the_list(session: BookSession) -> None:
    plan_monday(session)
    day = session.visit_day(MONDAY)
    plan = day.plan
    assert len(plan.visits) == 8 and plan.left_over == ()
    areas = [block.area for block in plan.areas]
    assert len(areas) == len(set(areas)) == 4 and plan.grouped
    assert set(areas) == {NANSHAN, FUTIAN, LUOHU, BAOAN}
    assert plan.total_km <= plan.list_order_km + 1e-6
    assert not day.manual and day.start.known
    # the route starts from the office in Futian and does not cross town twice: Baoan (far west) is not
    # between two areas east of it
    assert areas[0] in (FUTIAN, LUOHU)
    times = [v.starts_at for v in plan.visits]
    assert times == sorted(times) and times[0].hour >= 13


def test_customers_known_only_by_address_are_at_the_district_centre_in_street_order(session: BookSession) -> None:
    plan_monday(session)
    plan = session.visit_day(MONDAY).plan
    baoan = next(block for block in plan.areas if block.area == BAOAN)
    assert [v.customer_id for v in baoan.visits] == [8, 7]  # 建安一路 50号 before 88号
    assert all(v.approximate for v in baoan.visits)
    assert baoan.visits[1].leg_km == 0
    assert not any(v.approximate for v in plan.visits if v.stop.area != BAOAN)


def test_capacity_leaves_the_least_important_over_with_a_day_that_has_room(book_location: Location) -> None:
    session = build_visits_book(book_location, **{"visits.per_day": 5})
    try:
        for customer in (1, 2, 3, 4, 5):  # Tuesday is full already
            session.plan_visit(customer, TUESDAY)
        plan_monday(session)
        plan = session.visit_day(MONDAY).plan
        assert len(plan.visits) == 5
        left = {item.stop.customer_id: item for item in plan.left_over}
        assert set(left) == {5, 7, 8}  # intent C or unknown, smallest demand
        assert {item.reason for item in left.values()} == {LeftOverReason.OVER_VISIT_COUNT}
        wednesday = MONDAY + timedelta(days=2)
        assert {item.suggested_day for item in left.values()} == {wednesday}
        kept = {v.customer_id for v in plan.visits}
        assert {1, 6} <= kept  # intent A goes first
    finally:
        session.close()


def test_hours_leave_visits_over_and_say_so(book_location: Location) -> None:
    session = build_visits_book(book_location, **{"visits.hours_per_day": 2.0})
    try:
        plan_monday(session)
        plan = session.visit_day(MONDAY).plan
        assert plan.left_over and {i.reason for i in plan.left_over} == {LeftOverReason.OVER_HOURS}
        assert plan.ends_at is not None and plan.ends_at <= datetime(2026, 11, 23, 15, 0)
    finally:
        session.close()


def test_an_appointment_keeps_its_time_and_a_clashing_one_is_left_over(session: BookSession) -> None:
    visits = plan_monday(session, (1, 2, 4, 5))
    session.plan_visit(6, MONDAY, at=datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI))
    session.plan_visit(3, MONDAY, at=datetime(2026, 11, 23, 15, 10))  # naive: the rep's zone
    plan = session.visit_day(MONDAY).plan
    fixed = [v for v in plan.visits if v.fixed]
    assert [(v.customer_id, v.starts_at) for v in fixed] == [(6, datetime(2026, 11, 23, 15, 0))]
    assert [(i.stop.customer_id, i.reason) for i in plan.left_over] == [(3, LeftOverReason.CLASHES_FIXED_TIME)]
    assert len(plan.visits) == len(visits) + 1


def test_the_reps_own_order_is_kept_and_can_be_handed_back(session: BookSession) -> None:
    visits = plan_monday(session, (1, 4, 6, 2))
    route = customers_in_order(session)
    mine = [6, 1, 4, 2]
    session.save_visit_order(MONDAY, [visits[c] for c in mine])
    day = session.visit_day(MONDAY)
    assert day.manual and customers_in_order(session) == mine
    assert not day.plan.grouped  # 南山 is visited twice with 福田 between
    session.clear_visit_order(MONDAY)
    assert not session.visit_day(MONDAY).manual and customers_in_order(session) == route
    with pytest.raises(UserError):
        session.save_visit_order(TUESDAY, [visits[1]])


def test_recording_an_outcome_works_like_a_call(session: BookSession) -> None:
    visits = plan_monday(session, (1, 2))
    step_on = date(2026, 11, 30)
    recorded = session.record_visit(VisitOutcome(visits[1], notes="见到采购经理，要报价", next_step="发报价单",
                                                 next_step_on=step_on))
    assert recorded.visit.visit.status is VisitStatus.DONE and recorded.reminder_id is not None
    again = session.record_visit(VisitOutcome(visits[1], notes="报价已发", next_step="回访",
                                              next_step_on=step_on + timedelta(days=1)))
    assert again.reminder_id == recorded.reminder_id  # one follow-up per visit, updated
    day = session.visit_day(MONDAY)
    assert [v.customer_id for v in day.plan.visits] == [2]
    assert [line.visit.outcome_notes for line in day.closed] == ["报价已发"]
    book = book_of(session)
    try:
        with book.engine.connect() as connection:
            reminders = connection.execute(select(ReminderRow.kind, ReminderRow.due_on, ReminderRow.text,
                                                  ReminderRow.source_key)).all()
            follow_up = connection.execute(select(CustomerRow.follow_up_on).where(CustomerRow.id == 1)).scalar()
    finally:
        book.close()
    assert [tuple(r) for r in reminders] == [("follow_up", step_on + timedelta(days=1), "回访",
                                              f"visit:{visits[1]}:follow_up")]
    assert follow_up == step_on + timedelta(days=1)
    with pytest.raises(UserError):
        session.record_visit(VisitOutcome(visits[2], next_step="x", next_step_on=date(2026, 11, 1)))
    not_met = session.record_visit(VisitOutcome(visits[2], done=False, notes="老板不在"))
    assert not_met.visit.visit.status is VisitStatus.CANCELLED and not_met.reminder_id is None


def test_moving_a_left_over_visit_to_its_suggested_day(book_location: Location) -> None:
    session = build_visits_book(book_location, **{"visits.per_day": 3})
    try:
        plan_monday(session, (1, 2, 3, 6))
        left = session.visit_day(MONDAY).plan.left_over
        assert [(i.stop.customer_id, i.suggested_day) for i in left] == [(3, TUESDAY)]
        session.move_visit(left[0].stop.visit_id or 0, left[0].suggested_day)
        assert session.visit_day(MONDAY).plan.left_over == ()
        assert customers_in_order(session, TUESDAY) == [3]
    finally:
        session.close()


def test_a_customer_without_any_address_is_planned_but_placed_nowhere(session: BookSession) -> None:
    visits = plan_monday(session, (1, 9))
    day = session.visit_day(MONDAY)
    assert day.places[visits[9]].point is None
    assert {v.customer_id for v in day.plan.visits} == {1, 9}


def test_a_week_spreads_visits_by_area(session: BookSession) -> None:
    plan_monday(session)
    week = session.visit_week(MONDAY)
    assert week.days[0] == MONDAY and len(week.days) == 5
    planned = [v.customer_id for plan in week.plan.days for v in plan.visits]
    assert sorted(planned + [i.stop.customer_id for i in week.plan.left_over]) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_unknown_customers_and_visits_are_refused(session: BookSession) -> None:
    with pytest.raises(UserError):
        session.plan_visit(999, MONDAY)
    with pytest.raises(UserError):
        session.move_visit(999, MONDAY)
    with pytest.raises(UserError):
        session.plan_visit(1, MONDAY, at=datetime(2026, 11, 24, 10, 0, tzinfo=SHANGHAI))


def test_filling_places_for_the_whole_book(session: BookSession) -> None:
    filled = session.fill_places()
    assert filled.filled == 9  # every customer with an address
    again = session.fill_places()
    assert again.filled == 0
    assert session.locate("朝阳区建国路88号").area == Area("北京市", "北京市", "朝阳区")
