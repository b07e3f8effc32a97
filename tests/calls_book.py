"""A small hand-made book for the call list: each customer stands for one rule of DOMAIN.md §3.

The rep works in Shanghai; "now" is 09:00 on 2026-11-22 there. Calls are logged through the service, the way
the app logs them, so the customers' call state is the one saving a call keeps.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from telesales.app import open_session
from telesales.domain.model import CallOutcome, Intent
from telesales.services.book_session import BookSession
from telesales.services.calls import LogCallRequest
from telesales.store.models import ContactRow, CustomerRow
from tests.locations import Location, filling

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI)

POTENTIAL_BIG = 1  # small today, asked for 80,000 two days ago with intent B
BIG_QUIET_DEMAND = 2  # a big customer reached last week, no demand
OVERDUE = 3  # a prospect with a follow-up five days overdue and nothing else
REACHED_TODAY = 4  # reached at 08:30 today
DO_NOT_CALL = 5
OTHER = 6  # marked "other"
REFUSED = 7  # refused on the last call
CALL_BACK_LATER = 8  # asked to be called back this afternoon
SMALL_PLAIN = 9  # a small customer reached last week, nothing pending
CLEAR_INTENT = 10  # small, intent A, 4,000 expected (below the potential-big line)

NAMES = {
    POTENTIAL_BIG: "潜力贸易有限公司", BIG_QUIET_DEMAND: "大成集团", OVERDUE: "逾期跟进科技", REACHED_TODAY: "今日已通",
    DO_NOT_CALL: "勿扰商行", OTHER: "其他公司", REFUSED: "拒绝公司", CALL_BACK_LATER: "下午回电", SMALL_PLAIN: "平常小店",
    CLEAR_INTENT: "明确意向工厂",
}
TIERS = {BIG_QUIET_DEMAND: "big", OVERDUE: "prospect", OTHER: "other"}


def customer_row(customer_id: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict(
        id=customer_id, kind="company", name=NAMES.get(customer_id, f"客户{customer_id}"), industry="", scale="",
        phone=f"+861380000{customer_id:04d}", email="", wechat="", address="", province="", city="", district="",
        latitude=None, longitude=None, region="CN", owner="", tier=TIERS.get(customer_id, "small"), tier_pin=None,
        tier_pin_reason="", do_not_call=customer_id == DO_NOT_CALL, marked_other=customer_id == OTHER, face=None,
        keeps_christmas=False, credit_limit_cents=None, payment_terms="", competitors="", preferences="", notes="",
        founded_on=None, created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    row.update(values)
    return row


def build_calls_book(location: Location) -> BookSession:
    """Fill the empty book at `location` (a file or a server URL) and return a session on it whose clock stands
    at NOW."""
    with filling(location) as connection:
        connection.execute(insert(CustomerRow), [customer_row(i) for i in NAMES])
        connection.execute(insert(ContactRow), [
            dict(id=100 + i, customer_id=i, name=f"联系人{i}", title="采购经理", phone="", email="", wechat="",
                 birthday_calendar=None, birthday_month=None, birthday_day=None, birthday_leap=False,
                 birthday_year=None, notes="") for i in NAMES])
    session = open_session(location)
    session.save_settings({"rep.time_zone": "Asia/Shanghai"})
    assert session.calls is not None
    session.calls.clock = lambda: NOW
    week_ago = NOW - timedelta(days=7)

    def log(customer_id: int, at: datetime, outcome: CallOutcome = CallOutcome.CONNECTED, **values: Any) -> None:
        session.log_call(LogCallRequest(customer_id=customer_id, outcome=outcome, called_at=at,
                                        contact_id=100 + customer_id, **values), at)

    log(POTENTIAL_BIG, NOW - timedelta(days=2), intent=Intent.B, need="整批采购打印机",
        expected_value_cents=8_000_000)
    log(BIG_QUIET_DEMAND, week_ago, intent=Intent.C)
    log(OVERDUE, NOW - timedelta(days=20), intent=Intent.D, next_step="再问预算",
        next_step_on=DAY - timedelta(days=5))
    log(REACHED_TODAY, NOW - timedelta(minutes=30), intent=Intent.B)
    log(REFUSED, week_ago, CallOutcome.REFUSED)
    log(CALL_BACK_LATER, NOW - timedelta(hours=1), CallOutcome.CALL_BACK, call_back_at=NOW + timedelta(hours=6))
    log(SMALL_PLAIN, week_ago, intent=Intent.C)
    log(CLEAR_INTENT, week_ago, intent=Intent.A, need="年度耗材", expected_value_cents=400_000)
    return session
