"""The book's side of the numbers a rep watches: sums over a period, in SQL, handed out as plain figures.

Every query reads a range of one indexed column: orders on the covering index (ordered_on, customer_id,
amount_cents) alone; calls on calls(called_at), with a look-up of the row for the outcome or the intent; visits on
visits(planned_on). Moments are compared in UTC: the service turns the rep's local days into UTC bounds. Calls
per local day are one query joining the days' bounds (a VALUES table) to the calls: exact in any time zone,
one range scan per day.

Speed at 100,000 customers, 2,000,000 calls and 730,000 orders: see bench/bench_stats.py.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Engine, and_, case, column, distinct, func, literal, select, union, values
from sqlalchemy.engine import Connection

from telesales.domain.model import Intent, VisitStatus
from telesales.domain.periods import DayRange
from telesales.domain.stats import (
    Behind,
    BehindLine,
    CallDay,
    ChurnCount,
    IntentCall,
    OrderDay,
    OrderTotals,
    TierTotal,
)
from telesales.store.models import CallRow, CustomerRow, DailyRunRow, OrderRow, VisitRow
from telesales.store.types import UTCDateTime
from telesales.store.value_queries import run_name

CONNECTED = "connected"
DONE = VisitStatus.DONE.value
_INTENTS = {intent.value: intent for intent in Intent}


def _orders_in(period: DayRange) -> Any:
    return and_(OrderRow.ordered_on >= period.first, OrderRow.ordered_on <= period.last)


def _calls_in(start: datetime, end: datetime) -> Any:
    return and_(CallRow.called_at >= start, CallRow.called_at < end)


def _visits_in(period: DayRange) -> Any:
    return and_(VisitRow.planned_on >= period.first, VisitRow.planned_on <= period.last)


_TIER = func.coalesce(CustomerRow.tier_pin, CustomerRow.tier)


def _moment(at: datetime) -> str:
    """A moment as the book keeps it on SQLite: naive UTC text, to the microsecond."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class StatsStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- the period's figures

    def order_totals(self, period: DayRange) -> OrderTotals:
        query = select(func.coalesce(func.sum(OrderRow.amount_cents), 0), func.count(),
                       func.count(distinct(OrderRow.customer_id))).where(_orders_in(period))
        with self._engine.connect() as connection:
            cents, deals, buyers = connection.execute(query).one()
        return OrderTotals(int(cents), int(deals), int(buyers))

    def order_days(self, period: DayRange) -> list[OrderDay]:
        """Orders and their amount per day of the period (days without an order left out)."""
        query = (select(OrderRow.ordered_on, func.count(), func.sum(OrderRow.amount_cents))
                 .where(_orders_in(period)).group_by(OrderRow.ordered_on).order_by(OrderRow.ordered_on))
        with self._engine.connect() as connection:
            return [OrderDay(day, int(deals), int(cents)) for day, deals, cents in connection.execute(query)]

    def covered(self, period: DayRange, start: datetime, end: datetime) -> int:
        """Customers reached by a call in [start, end), visited (done) or buying in the period."""
        query = select(func.count()).select_from(self._covered(period, start, end).subquery())
        with self._engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    @staticmethod
    def _covered(period: DayRange, start: datetime, end: datetime) -> Any:
        return union(
            select(CallRow.customer_id).where(_calls_in(start, end), CallRow.outcome == CONNECTED),
            select(VisitRow.customer_id).where(_visits_in(period), VisitRow.status == DONE),
            select(OrderRow.customer_id).where(_orders_in(period)),
        )

    def call_days(self, bounds: Sequence[tuple[date, datetime, datetime]]) -> list[CallDay]:
        """Calls and connected calls per local day, given each day's UTC bounds [start, end); days without a
        call left out."""
        if not bounds:
            return []
        days = values(column("day", Date), column("lo", UTCDateTime), column("hi", UTCDateTime),
                      name="days").data(list(bounds)).cte("days")
        query = (
            select(days.c.day, func.count(CallRow.id),
                   func.coalesce(func.sum(case((CallRow.outcome == CONNECTED, 1), else_=0)), 0))
            .select_from(days)
            .join(CallRow, and_(CallRow.called_at >= days.c.lo, CallRow.called_at < days.c.hi))
            .group_by(days.c.day)
            .order_by(days.c.day)
        )
        with self._engine.connect() as connection:
            return [CallDay(day, int(calls), int(reached)) for day, calls, reached in connection.execute(query)]

    def intent_calls(self, start: datetime, end: datetime) -> tuple[list[IntentCall], dict[int, Intent]]:
        """The calls in [start, end) that recorded an intent, and each of their customers' latest intent before
        `start` (customers without one are absent).

        Plain SQL: tens of thousands of rows come back as text and are parsed once (a typed column's converter
        costs more than the query); the earlier intent is a correlated LIMIT 1 on calls(customer_id, called_at)."""
        bounds = (_moment(start), _moment(end))
        calls_sql = ("SELECT customer_id, called_at, intent FROM calls "
                     "WHERE called_at >= ? AND called_at < ? AND intent IS NOT NULL")
        before_sql = (  # the customers handed over as one JSON array: no second pass over the period's calls
            "SELECT p.value, (SELECT e.intent FROM calls AS e WHERE e.customer_id = p.value "
            "AND e.called_at < ? AND e.intent IS NOT NULL ORDER BY e.called_at DESC LIMIT 1) "
            "FROM json_each(?) AS p")
        intents = _INTENTS
        parse = datetime.fromisoformat
        with self._engine.connect() as connection:
            if connection.dialect.name != "sqlite":
                return self._typed_intent_calls(connection, start, end)
            found = [IntentCall(cid, parse(at + "+00:00"), intents[intent])
                     for cid, at, intent in connection.exec_driver_sql(calls_sql, bounds) if intent in intents]
            customers = json.dumps(sorted({call.customer_id for call in found}))
            previous = {cid: intents[intent]
                        for cid, intent in connection.exec_driver_sql(before_sql, (bounds[0], customers))
                        if intent in intents}
        return found, previous

    @staticmethod
    def _typed_intent_calls(connection: Connection, start: datetime,
                            end: datetime) -> tuple[list[IntentCall], dict[int, Intent]]:
        calls = select(CallRow.customer_id, CallRow.called_at, CallRow.intent).where(
            _calls_in(start, end), CallRow.intent.is_not(None)).order_by(CallRow.called_at, CallRow.id)
        customers = (select(CallRow.customer_id).where(_calls_in(start, end), CallRow.intent.is_not(None))
                     .distinct().subquery())
        earlier = CallRow.__table__.alias("earlier")
        latest = (select(earlier.c.intent)
                  .where(earlier.c.customer_id == customers.c.customer_id, earlier.c.called_at < start,
                         earlier.c.intent.is_not(None))
                  .order_by(earlier.c.called_at.desc()).limit(1).scalar_subquery())
        intents = _INTENTS
        found = [IntentCall(cid, at, intents[intent]) for cid, at, intent in connection.execute(calls)
                 if intent in intents]
        previous = {cid: intents[intent] for cid, intent in connection.execute(select(customers.c.customer_id, latest))
                    if intent in intents}
        return found, previous

    def visit_counts(self, period: DayRange) -> dict[str, int]:
        """Visits planned in the period, per status."""
        query = (select(VisitRow.status, func.count()).where(_visits_in(period)).group_by(VisitRow.status)
                 .order_by(VisitRow.status))
        with self._engine.connect() as connection:
            return {str(status): int(count) for status, count in connection.execute(query)}

    def churn_counts(self) -> list[ChurnCount]:
        """Customers carrying churn signals (as the last re-tiering left them), per effective tier and signals."""
        query = (select(_TIER, CustomerRow.churn_signals, func.count())
                 .where(CustomerRow.churn_signals != "").group_by(_TIER, CustomerRow.churn_signals)
                 .order_by(_TIER, CustomerRow.churn_signals))  # SQLite's grouping order, on every database
        with self._engine.connect() as connection:
            return [ChurnCount(str(tier), tuple(code for code in codes.split(",") if code), int(count))
                    for tier, codes, count in connection.execute(query)]

    def tier_totals(self, after: date, through: date) -> tuple[list[TierTotal], list[int]]:
        """Customers, pinned customers and revenue in the window after < day <= through, per effective tier (the
        pin, else the stored computed tier); and every customer's revenue in the window (positive ones)."""
        in_window = and_(OrderRow.ordered_on > after, OrderRow.ordered_on <= through)
        revenue = (select(OrderRow.customer_id, func.sum(OrderRow.amount_cents).label("revenue"))
                   .where(in_window).group_by(OrderRow.customer_id).subquery())
        tiers = (select(_TIER, func.count(), func.count(CustomerRow.tier_pin),
                        func.coalesce(func.sum(revenue.c.revenue), 0))
                 .select_from(CustomerRow).outerjoin(revenue, revenue.c.customer_id == CustomerRow.id)
                 .group_by(_TIER).order_by(_TIER))
        revenues = (select(func.sum(OrderRow.amount_cents)).where(in_window).group_by(OrderRow.customer_id)
                    .order_by(OrderRow.customer_id))
        with self._engine.connect() as connection:
            totals = [TierTotal(str(tier), int(count), int(pinned), int(cents))
                      for tier, count, pinned, cents in connection.execute(tiers)]
            cents = [int(value) for (value,) in connection.execute(revenues) if value and value > 0]
        return totals, cents

    def last_retiering(self) -> date | None:
        """The day the book was last re-tiered (when the churn signals were last computed)."""
        with self._engine.connect() as connection:
            query = select(DailyRunRow.ran_on).where(DailyRunRow.name == run_name(connection))
            return connection.execute(query).scalar_one_or_none()

    # -- the customers behind a figure

    def buyers(self, period: DayRange, limit: int) -> Behind:
        """Customers who ordered in the period, the biggest amount first."""
        cents = func.sum(OrderRow.amount_cents)
        query = (select(OrderRow.customer_id, cents, func.count()).where(_orders_in(period))
                 .group_by(OrderRow.customer_id).order_by(cents.desc(), OrderRow.customer_id))
        total = select(func.count(distinct(OrderRow.customer_id))).where(_orders_in(period))
        with self._engine.connect() as connection:
            rows = connection.execute(query.limit(limit)).all()
            count = int(connection.execute(total).scalar_one())
            names = self._names(connection, [row[0] for row in rows])
        return Behind(count, tuple(BehindLine(cid, *names.get(cid, ("", "")), amount_cents=int(amount),
                                              count=int(deals)) for cid, amount, deals in rows))

    def covered_customers(self, period: DayRange, start: datetime, end: datetime, limit: int) -> Behind:
        """Customers covered in the period (reached, visited or buying), by name."""
        covered = self._covered(period, start, end).subquery()
        query = (select(CustomerRow.id, CustomerRow.name, _TIER)
                 .where(CustomerRow.id.in_(select(covered.c.customer_id)))
                 .order_by(CustomerRow.name, CustomerRow.id))
        total = select(func.count()).select_from(covered)
        with self._engine.connect() as connection:
            rows = connection.execute(query.limit(limit)).all()
            count = int(connection.execute(total).scalar_one())
        return Behind(count, tuple(BehindLine(cid, name, str(tier)) for cid, name, tier in rows))

    def called_customers(self, start: datetime, end: datetime, limit: int) -> Behind:
        """Customers called in [start, end), the most calls first, with how many connected."""
        calls = func.count()
        reached = func.sum(case((CallRow.outcome == CONNECTED, 1), else_=0))
        query = (select(CallRow.customer_id, calls, reached).where(_calls_in(start, end))
                 .group_by(CallRow.customer_id).order_by(calls.desc(), CallRow.customer_id))
        total = select(func.count(distinct(CallRow.customer_id))).where(_calls_in(start, end))
        with self._engine.connect() as connection:
            rows = connection.execute(query.limit(limit)).all()
            count = int(connection.execute(total).scalar_one())
            names = self._names(connection, [row[0] for row in rows])
        return Behind(count, tuple(BehindLine(cid, *names.get(cid, ("", "")), count=int(made), second=int(got))
                                   for cid, made, got in rows))

    def visited_customers(self, period: DayRange, limit: int) -> Behind:
        """Visits planned in the period with their customers, by day."""
        query = (select(VisitRow.customer_id, CustomerRow.name, _TIER, VisitRow.status, VisitRow.planned_on)
                 .join(CustomerRow, CustomerRow.id == VisitRow.customer_id).where(_visits_in(period))
                 .order_by(VisitRow.planned_on, VisitRow.id))
        total = select(func.count()).select_from(VisitRow).where(_visits_in(period))
        with self._engine.connect() as connection:
            rows = connection.execute(query.limit(limit)).all()
            count = int(connection.execute(total).scalar_one())
        return Behind(count, tuple(BehindLine(cid, name, str(tier), note=f"{status} {day.isoformat()}")
                                   for cid, name, tier, status, day in rows))

    def churned_customers(self, limit: int) -> Behind:
        """Customers carrying churn signals, the most signals first."""
        signals = func.length(CustomerRow.churn_signals) - func.length(
            func.replace(CustomerRow.churn_signals, ",", ""))
        query = (select(CustomerRow.id, CustomerRow.name, _TIER, CustomerRow.churn_signals)
                 .where(CustomerRow.churn_signals != "")
                 .order_by(signals.desc(), CustomerRow.name, CustomerRow.id))
        total = select(func.count()).select_from(CustomerRow).where(CustomerRow.churn_signals != "")
        with self._engine.connect() as connection:
            rows = connection.execute(query.limit(limit)).all()
            count = int(connection.execute(total).scalar_one())
        return Behind(count, tuple(BehindLine(cid, name, str(tier), note=codes) for cid, name, tier, codes in rows))

    def customer_lines(self, customer_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """customer id → (name, effective tier)."""
        with self._engine.connect() as connection:
            return self._names(connection, customer_ids)

    @staticmethod
    def _names(connection: Connection, customer_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        ids = list(customer_ids)
        for at in range(0, len(ids), 20_000):  # under the bound-parameter limit
            query = select(CustomerRow.id, CustomerRow.name, _TIER).where(CustomerRow.id.in_(ids[at:at + 20_000]))
            for cid, name, tier in connection.execute(query):
                out[cid] = (name, str(tier))
        return out

    # -- a floor for the benchmark

    def rows_in(self, period: DayRange, start: datetime, end: datetime) -> int:
        """Orders, calls and visits the period covers, counted on their indexes alone (what any figure must
        at least touch)."""
        query = select(
            select(func.count()).select_from(OrderRow).where(_orders_in(period)).scalar_subquery()
            + select(func.count()).select_from(CallRow).where(_calls_in(start, end)).scalar_subquery()
            + select(func.count()).select_from(VisitRow).where(_visits_in(period)).scalar_subquery()
            + literal(0))
        with self._engine.connect() as connection:
            return int(connection.execute(query).scalar_one())
