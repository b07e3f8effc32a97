"""The 120-customer demo book at the end of 2026-11-22 (a Sunday) in Shanghai, with a day of calls logged.

The demo has two orders dated that day (the deals); the calls below make the day's numbers and its interested
customers: one with intent A who asked for a catalogue, one with intent B, one neutral, one not reached.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from telesales.app import open_session
from telesales.domain.model import CallOutcome, Intent
from telesales.services.book_session import BookSession
from telesales.services.calls import LogCallRequest
from telesales.store.models import OrderRow
from tests.locations import Location, open_location

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 22)
NEXT = date(2026, 11, 23)
EVENING = datetime(2026, 11, 22, 18, 0, tzinfo=SHANGHAI)
KEEN, CURIOUS, NEUTRAL, UNREACHED = 5, 6, 7, 8


def fix_clock(session: BookSession, now: datetime = EVENING) -> None:
    for service in (session.calls, session.visits, session.closing, session.field_plans):
        assert service is not None
        service.clock = lambda: now


def closing_book(location: Location) -> BookSession:
    session = open_session(location)
    session.save_settings({"rep.time_zone": "Asia/Shanghai", "rep.name": "王芳"})
    fix_clock(session)

    def log(customer_id: int, hour: int, outcome: CallOutcome = CallOutcome.CONNECTED, **values: object) -> None:
        moment = datetime(2026, 11, 22, hour, 0, tzinfo=SHANGHAI)
        session.log_call(LogCallRequest(customer_id=customer_id, outcome=outcome, called_at=moment,
                                        **values), moment)  # type: ignore[arg-type]

    log(KEEN, 9, intent=Intent.A, materials_requested="产品目录", expected_value_cents=1_200_000)
    log(CURIOUS, 10, intent=Intent.B)
    log(NEUTRAL, 11, intent=Intent.C)
    log(UNREACHED, 12, CallOutcome.NO_ANSWER)
    return session


def deals_in_book(location: Location, day: date = DAY) -> dict[int, int]:
    """customer → amount of their orders dated `day`, read straight from the table."""
    book = open_location(location)
    try:
        with book.engine.connect() as connection:
            totals: dict[int, int] = {}
            for customer_id, amount in connection.execute(
                    select(OrderRow.customer_id, OrderRow.amount_cents).where(OrderRow.ordered_on == day)):
                totals[customer_id] = totals.get(customer_id, 0) + amount
            return totals
    finally:
        book.close()
