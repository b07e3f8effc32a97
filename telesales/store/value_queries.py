"""The book's side of customer value: per-customer order figures summed in SQL, and re-tierings written back.

Speed at 100,000 customers and 700,000 orders (bench/bench_tiering.py):

* the order figures are one GROUP BY over the covering index (customer_id, ordered_on, amount_cents), never the
  table, and in customer order, so nothing is sorted: one conditional SUM per period the rules compare, and the
  order dates as one GROUP_CONCAT string per customer, turned into dates through a memo (a book has a few hundred
  distinct order days, not 700,000);
* profit and amount paid are not in that index: they are read only when a valuation method asks for them,
  over the look-back window alone;
* a re-tiering writes only the customers whose computed tier, stage or churn signals moved, with executemany,
  in one transaction with the tier changes and the day of the run.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    Engine,
    String,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    true,
    update,
)
from sqlalchemy.engine import Connection

from telesales.domain.book_value import (
    CallMark,
    CustomerUpdate,
    OrderSums,
    TierMember,
    TierMovement,
    ValueCustomer,
)
from telesales.domain.lifecycle import Period
from telesales.domain.model import Face, Tier, TierChange
from telesales.domain.tiering import CustomerFigures, TierResult
from telesales.domain.valuation import CustomerMetrics
from telesales.store.engine import insert_rows
from telesales.store.models import CallRow, CustomerRow, DailyRunRow, OrderRow, TierChangeRow, VisitRow

CONTACTED = (
    "CASE WHEN c.last_call_at IS NOT NULL THEN 1 "  # the call state, kept when a call is saved
    "WHEN EXISTS (SELECT 1 FROM calls WHERE calls.customer_id = c.id) THEN 1 "  # a book without it yet
    "ELSE EXISTS (SELECT 1 FROM visits WHERE visits.customer_id = c.id) END"
)
"""Whether any call or visit ever reached customer `c` (SQLite's plain SQL)."""

# The partial index ix_calls_flagged's WHERE clause on each database, word for word (telesales.store.models), so
# the database reads that small index instead of a year of calls.
FLAGGED_SQLITE = "complaint = 1 OR unmet_request != ''"
FLAGGED_POSTGRESQL = "complaint OR unmet_request <> ''"


def _contacted() -> Any:
    """CONTACTED in Core, for a server: booleans throughout (PostgreSQL will not mix 1 and EXISTS in a CASE)."""
    c = CustomerRow
    return case((c.last_call_at.is_not(None), true()),
                (exists().where(CallRow.customer_id == c.id), true()),
                else_=exists().where(VisitRow.customer_id == c.id))

RUN_NAME = "customer_value"
"""The daily run's name in `daily_runs`."""
ME = literal_column("current_user")  # the login a shared book is open as


def leads_a_team(connection: Connection) -> bool:
    """Whether the login is a team lead on a shared book: it sees every rep's customers, and writes tiers only for
    the customers it owns itself (telesales.store.team)."""
    if connection.dialect.name == "sqlite":
        return False
    return bool(connection.execute(text(  # granted the lead's role (a superuser "has" every role: not by that)
        "SELECT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'telesales_lead' AND m.rolname = current_user)")
    ).scalar_one())


def run_name(connection: Connection) -> str:
    """The daily run's name: on a shared book, the login's own (each re-tiers only the customers it owns)."""
    if connection.dialect.name == "sqlite":
        return RUN_NAME
    return f"{RUN_NAME}:{connection.execute(select(ME)).scalar_one()}"[:40]



class _Days(dict[str, date]):
    """ISO day text → date, parsed once per distinct day (a server hands out dates: kept as they are)."""

    def __missing__(self, key: str | date) -> date:
        value = self[key] = key if isinstance(key, date) else date.fromisoformat(key)  # type: ignore[index]
        return value


def _utc_day(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _cents(total: Any) -> Any:
    """A sum of cents, 0 for none, as an integer (PostgreSQL sums bigint as numeric)."""
    return cast(func.coalesce(total, 0), BigInteger)


def _in(period: Period) -> Any:
    return and_(OrderRow.ordered_on > period.after, OrderRow.ordered_on <= period.through)


class ValueStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # SQLite: plain SQL through the driver (the speed notes above); elsewhere the same queries in Core
        self._sqlite = engine.dialect.name == "sqlite"

    # -- reading figures

    def order_sums(self, as_of: date, periods: Sequence[Period]) -> list[OrderSums]:
        """Every customer with an order dated up to `as_of`: order count, amount per period, distinct days."""
        sums = ", ".join("coalesce(sum(amount_cents) FILTER (WHERE ordered_on > ? AND ordered_on <= ?), 0)"
                         for _ in periods)
        sql = (f"SELECT customer_id, count(*), group_concat(ordered_on), {sums} FROM orders "
               "WHERE ordered_on <= ? GROUP BY customer_id")
        parameters = [day.isoformat() for period in periods for day in period] + [as_of.isoformat()]
        if self._sqlite:
            rows = self._fetch(sql, parameters)
        else:
            o = OrderRow
            rows = self._rows(
                select(o.customer_id, func.count(), func.aggregate_strings(cast(o.ordered_on, String), ","),
                       *(_cents(func.sum(o.amount_cents).filter(_in(period))) for period in periods))
                .where(o.ordered_on <= as_of).group_by(o.customer_id).order_by(o.customer_id))
        days = _Days()
        day = days.__getitem__
        build = tuple.__new__
        return [build(OrderSums, (row[0], row[1], row[3:], tuple(map(day, sorted(set(row[2].split(",")))))))
                for row in rows]

    def tier_figures(self, as_of: date, window: Period) -> list[tuple[int, int]]:
        """(customer, revenue in `window`) for every customer with an order dated up to `as_of` (0: none in the
        window, bought before). One pass over the orders in customer order (the customer-first covering index)."""
        if not self._sqlite:
            o = OrderRow
            return self._rows(
                select(o.customer_id, _cents(func.sum(o.amount_cents).filter(o.ordered_on > window.after)))
                .where(o.ordered_on <= min(window.through, as_of)).group_by(o.customer_id).order_by(o.customer_id))
        return self._fetch(
            "SELECT customer_id, coalesce(sum(amount_cents) FILTER (WHERE ordered_on > ?), 0) FROM orders "
            "WHERE ordered_on <= ? GROUP BY customer_id",
            (window.after.isoformat(), min(window.through, as_of).isoformat()))

    def tier_inputs(self, as_of: date, window: Period) -> tuple[list[CustomerFigures], list[tuple[Tier, bool]]]:
        """What re-tiering alone needs, in customer id order: the pyramid's inputs, and each customer's stored
        computed tier with whether it was ever tiered. Built straight from the rows (no intermediate objects:
        this is most of the re-tiering's time at 100,000 customers)."""
        revenue = dict(self.tier_figures(as_of, window))
        get = revenue.get
        tiers: dict[str | None, Tier | None] = {tier.value: tier for tier in Tier}
        tiers[None] = None
        build = tuple.__new__
        figures: list[CustomerFigures] = []
        stored: list[tuple[Tier, bool]] = []
        add_figures, add_stored = figures.append, stored.append
        if self._sqlite:
            rows = self._fetch(f"SELECT c.id, c.tier_pin, c.marked_other, {CONTACTED}, c.tier, "
                               "c.tiered_on IS NOT NULL FROM customers AS c ORDER BY c.id")
        else:
            c = CustomerRow
            rows = self._rows(select(c.id, c.tier_pin, c.marked_other, _contacted(), c.tier, c.tiered_on.is_not(None))
                              .order_by(c.id))
        for r in rows:
            add_figures(build(CustomerFigures, (r[0], get(r[0], 0), r[0] in revenue, r[3] == 1, r[2] == 1,
                                                tiers[r[1]])))
            add_stored((tiers[r[4]], r[5] == 1))  # type: ignore[arg-type]
        return figures, stored

    def window_metrics(self, window: Period) -> list[CustomerMetrics]:
        """Revenue, profit, amount paid, order count and order dates of every customer with an order in `window`."""
        query = (
            select(
                OrderRow.customer_id,
                func.sum(OrderRow.amount_cents),
                func.sum(OrderRow.profit_cents),
                func.sum(OrderRow.paid_cents),
                func.count(),
                func.aggregate_strings(cast(OrderRow.ordered_on, String), ","),  # group_concat, string_agg
            )
            .where(_in(window))
            .group_by(OrderRow.customer_id)
            .order_by(OrderRow.customer_id)
        )
        days = _Days()
        out = []
        with self._engine.connect() as connection:
            for customer_id, revenue, profit, paid, count, joined in connection.execute(query).all():
                dates = tuple(map(days.__getitem__, sorted(joined.split(","))))
                # a server sums integers as numeric: whole cents, as on SQLite
                out.append(CustomerMetrics(customer_id, int(revenue), int(profit), int(paid), count, dates[-1],
                                           dates))
        return out

    def customers(self, *, fields: str = "all") -> list[ValueCustomer]:
        """Every customer, with whether any call or visit ever reached them.

        `fields`: "all"; "churn" leaves the name and the pin's reason empty (the daily run does not need them);
        "tiers" also leaves the face, owner, call state, stage and churn signals empty (re-tiering alone needs
        none of them).
        """
        return self._customers(fields=fields)

    def customer(self, customer_id: int) -> ValueCustomer | None:
        found = self._customers(customer_id)
        return found[0] if found else None

    def _customers(self, customer_id: int | None = None, fields: str = "all") -> list[ValueCustomer]:
        # plain SQL and tuples: on 100,000 rows the typed columns' converters cost more than the query; the
        # columns a caller does not need are not read (the table's rows are wide); days go through a memo
        if fields not in ("all", "churn", "tiers"):
            raise ValueError(f"fields {fields!r}")
        if not self._sqlite:
            return self._typed_customers(customer_id, fields)
        wanted = {
            "name": "c.name", "reason": "c.tier_pin_reason", "face": "c.face", "owner": "c.owner",
            "intent": "c.last_intent", "open": "c.open_value_cents", "reached": "substr(c.last_reached_at, 1, 10)",
        }
        empty = {"name": "''", "reason": "''", "face": "NULL", "owner": "''", "intent": "NULL", "open": "0",
                 "reached": "NULL"}
        left_out = {"all": (), "churn": ("name", "reason"), "tiers": tuple(empty)}[fields]  # "tiers": see below
        column = {key: empty[key] if key in left_out else value for key, value in wanted.items()}
        sql = (
            f"SELECT c.id, {column['name']}, c.tier, c.tier_pin, {column['reason']}, c.marked_other, "
            f"{column['face']}, {column['owner']}, {CONTACTED}, c.tiered_on, c.stage, c.churn_signals, {column['intent']}, {column['open']}, {column['reached']} "
            "FROM customers AS c"
        )
        parameters: tuple[int, ...] = ()
        if customer_id is not None:
            sql += " WHERE c.id = ?"
            parameters = (customer_id,)
        tiers: dict[str | None, Tier | None] = {tier.value: tier for tier in Tier}
        tiers[None] = None
        faces: dict[str | None, Face | None] = {face.value: face for face in Face}
        faces[None] = None
        days = _Days()
        days[None] = None  # type: ignore[index, assignment]
        day = days.__getitem__
        build = tuple.__new__
        if fields == "tiers":  # re-tiering 100,000 customers alone: six columns, no more
            sql = f"SELECT c.id, c.tier, c.tier_pin, c.marked_other, {CONTACTED}, c.tiered_on FROM customers AS c"
            return [
                build(ValueCustomer, (r[0], "", tiers[r[1]], tiers[r[2]], "", r[3] == 1, None, "", r[4] == 1,
                                      day(r[5]), None, "", None, 0, None))
                for r in self._fetch(sql + " ORDER BY c.id")
            ]
        return [
            build(ValueCustomer, (r[0], r[1], tiers[r[2]], tiers[r[3]], r[4], bool(r[5]), faces[r[6]], r[7],
                                  bool(r[8]), day(r[9]), r[10], r[11], r[12], r[13], day(r[14])))
            for r in self._fetch(sql + " ORDER BY c.id", parameters)
        ]

    def call_marks(self, since: date) -> list[CallMark]:
        """Calls from the start of the UTC day `since` on that carried a complaint or a request we could not meet
        (on SQLite, `called_at > 'YYYY-MM-DD'` compares text: the whole day `since` is in).

        The WHERE clause is written exactly as the partial index `ix_calls_flagged` is on each database, so it
        reads that small index instead of a year of calls.
        """
        if not self._sqlite:
            query = (select(CallRow.customer_id, CallRow.called_at, CallRow.complaint, CallRow.unmet_request != "")
                     .where(text(f"({FLAGGED_POSTGRESQL})"), CallRow.called_at >= _utc_day(since))
                     .order_by(CallRow.called_at, CallRow.id))
            with self._engine.connect() as connection:
                return [CallMark(row[0], row[1].astimezone(UTC).date(), bool(row[2]), bool(row[3]))
                        for row in connection.execute(query)]
        sql = (
            "SELECT customer_id, called_at, complaint, unmet_request != '' FROM calls "
            f"WHERE ({FLAGGED_SQLITE}) AND called_at > ?"
        )
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(sql, (since.isoformat(),)).all()
        return [CallMark(row[0], date.fromisoformat(str(row[1])[:10]), bool(row[2]), bool(row[3])) for row in rows]

    def tier_revenues(self, window: Period) -> list[TierResult]:
        """Every customer's stored tiers (computed, pin) with its revenue in `window`, in the pyramid's shape."""
        revenue = self._revenue_subquery(window)
        c = CustomerRow
        query = select(c.id, c.tier, c.tier_pin, func.coalesce(revenue.c.revenue, 0)).outerjoin(
            revenue, revenue.c.customer_id == c.id).order_by(c.id)
        tiers = {tier.value: tier for tier in Tier}
        build = tuple.__new__
        with self._engine.connect() as connection:
            out = []
            for customer_id, tier, pin, cents in connection.execute(query).all():
                computed = tiers[tier]
                effective = tiers[pin] if pin else computed
                out.append(build(TierResult, (customer_id, computed, effective, pin is not None, None,
                                              int(cents))))
            return out

    def tier_members(self, tier: Tier, window: Period) -> list[TierMember]:
        """The customers whose stored effective tier (the pin, else the computed tier) is `tier`, most revenue
        in `window` first."""
        revenue = self._revenue_subquery(window)
        c = CustomerRow
        cents = func.coalesce(revenue.c.revenue, 0)
        query = (
            select(c.id, c.name, c.tier, c.tier_pin, c.tier_pin_reason, cents, c.stage, c.churn_signals)
            .outerjoin(revenue, revenue.c.customer_id == c.id)
            .where(func.coalesce(c.tier_pin, c.tier) == tier.value)
            .order_by(cents.desc(), c.id)
        )
        with self._engine.connect() as connection:
            return [
                TierMember(row[0], row[1], Tier(row[2]), Tier(row[3]) if row[3] else None, row[4], int(row[5]),
                           row[6], row[7])
                for row in connection.execute(query).all()
            ]

    def movements(self, since: date) -> list[TierMovement]:
        """Tier changes dated on or after `since`, newest first."""
        t = TierChangeRow
        query = (
            select(t.customer_id, CustomerRow.name, t.changed_on, t.from_tier, t.to_tier, t.reason)
            .join(CustomerRow, CustomerRow.id == t.customer_id)
            .where(t.changed_on >= since)
            .order_by(t.changed_on.desc(), t.id.desc())
        )
        with self._engine.connect() as connection:
            return [
                TierMovement(row[0], row[1], row[2], Tier(row[3]) if row[3] else None, Tier(row[4]), row[5])
                for row in connection.execute(query).all()
            ]

    def tier_history(self, customer_id: int) -> list[TierChange]:
        """One customer's recorded tier changes (re-tierings, pins, lifted pins), newest first."""
        t = TierChangeRow
        query = (
            select(t.changed_on, t.from_tier, t.to_tier, t.reason, t.note)
            .where(t.customer_id == customer_id)
            .order_by(t.changed_on.desc(), t.id.desc())
        )
        with self._engine.connect() as connection:
            return [
                TierChange(customer_id, row[0], Tier(row[1]) if row[1] else None, Tier(row[2]), row[3], row[4] or "")
                for row in connection.execute(query).all()
            ]

    def last_run(self) -> date | None:
        """The day of the last re-tiering."""
        with self._engine.connect() as connection:
            return connection.execute(
                select(DailyRunRow.ran_on).where(DailyRunRow.name == run_name(connection))).scalar_one_or_none()

    def untiered(self) -> bool:
        """Whether some customer was never tiered (added since the last re-tiering); on a shared book, one of the
        login's own."""
        query = select(literal(1)).where(CustomerRow.tiered_on.is_(None))
        with self._engine.connect() as connection:
            if leads_a_team(connection):
                query = query.where(CustomerRow.owner == ME)
            return connection.execute(query.limit(1)).first() is not None

    # -- writing

    def save_tiering(self, today: date, updates: Sequence[CustomerUpdate], changes: Sequence[TierChange]) -> None:
        """One transaction: the customers that moved, their tier changes, and the day of the run."""
        with self._engine.begin() as connection:
            if updates and self._sqlite:
                connection.exec_driver_sql(
                    "UPDATE customers SET tier = ?, stage = coalesce(?, stage), "
                    "churn_signals = coalesce(?, churn_signals), tiered_on = ? WHERE id = ?",
                    [(u.tier.value, u.stage, u.churn_codes, today.isoformat(), u.customer_id) for u in updates],
                )
            lead = leads_a_team(connection)  # writes the tiers of its own customers only: a lead's team-wide
            # pyramid is read, never written over the reps' own (each rep's row security shows them only theirs)
            if updates and not self._sqlite:
                c = CustomerRow
                connection.execute(
                    update(c).where(c.id == bindparam("customer"), c.owner == ME if lead else true()).values(
                        tier=bindparam("new_tier"), stage=func.coalesce(bindparam("new_stage", type_=String), c.stage),
                        churn_signals=func.coalesce(bindparam("new_signals", type_=String), c.churn_signals),
                        tiered_on=bindparam("new_day", type_=Date)),
                    [{"customer": u.customer_id, "new_tier": u.tier.value, "new_stage": u.stage,
                      "new_signals": u.churn_codes, "new_day": today} for u in updates],
                )
            if changes and lead:
                owned = set(connection.execute(select(CustomerRow.id).where(
                    CustomerRow.id.in_([change.customer_id for change in changes]), CustomerRow.owner == ME)).scalars())
                changes = [change for change in changes if change.customer_id in owned]
            self._insert_changes(connection, changes)
            name = run_name(connection)
            connection.execute(delete(DailyRunRow).where(DailyRunRow.name == name))
            connection.execute(insert(DailyRunRow).values(name=name, ran_on=today))

    def set_pin(self, customer_id: int, pin: Tier | None, reason: str, change: TierChange | None) -> bool:
        """Pin (or, with None, unpin) a customer's tier and record the change; False when there is no customer."""
        with self._engine.begin() as connection:
            result = connection.execute(
                update(CustomerRow).where(CustomerRow.id == customer_id).values(
                    tier_pin=pin.value if pin else None, tier_pin_reason=reason if pin else ""))
            if result.rowcount == 0:
                return False
            self._insert_changes(connection, [change] if change else [])
            return True

    def set_face(self, customer_id: int, face: Face | None) -> bool:
        with self._engine.begin() as connection:
            result = connection.execute(update(CustomerRow).where(CustomerRow.id == customer_id).values(
                face=face.value if face else None))
            return bool(result.rowcount)

    def reached_calls(self, after: date, through: date) -> list[tuple[int, int]]:
        """(call, customer) of the reached calls between two days, oldest first (the demo flags a few)."""
        query = (
            select(CallRow.id, CallRow.customer_id)
            .where(CallRow.outcome == "connected", CallRow.called_at > _utc_day(after),
                   CallRow.called_at <= _utc_day(through + timedelta(days=1)))
            .order_by(CallRow.called_at, CallRow.id)
        )
        with self._engine.connect() as connection:
            return [(row[0], row[1]) for row in connection.execute(query).all()]

    def flag_calls(self, complaints: Sequence[int], unmet: Sequence[tuple[int, str]]) -> None:
        """Mark calls as carrying a complaint, or a request we could not meet (its words)."""
        with self._engine.begin() as connection:
            if complaints:
                connection.execute(update(CallRow).where(CallRow.id == bindparam("call")).values(complaint=True),
                                   [{"call": call_id} for call_id in complaints])
            if unmet:
                connection.execute(update(CallRow).where(CallRow.id == bindparam("call"))
                                   .values(unmet_request=bindparam("words")),
                                   [{"call": call_id, "words": words} for call_id, words in unmet])

    # -- helpers

    def _typed_customers(self, customer_id: int | None, fields: str) -> list[ValueCustomer]:
        """`_customers` on a server: the same columns in Core (booleans and dates typed by the driver)."""
        c = CustomerRow
        tiers: dict[str | None, Tier | None] = {tier.value: tier for tier in Tier}
        tiers[None] = None
        faces: dict[str | None, Face | None] = {face.value: face for face in Face}
        faces[None] = None
        if fields == "tiers":
            query = select(c.id, c.tier, c.tier_pin, c.marked_other, _contacted(), c.tiered_on).order_by(c.id)
            return [ValueCustomer(r[0], "", tiers[r[1]], tiers[r[2]], "", bool(r[3]), None, "",  # type: ignore[arg-type]
                                  bool(r[4]), r[5], None, "", None, 0, None) for r in self._rows(query)]
        brief = fields == "churn"
        reached = cast(func.timezone("UTC", c.last_reached_at), Date)  # the UTC day, as SQLite's substr gives it
        query = select(
            c.id, literal_column("''") if brief else c.name, c.tier, c.tier_pin,
            literal_column("''") if brief else c.tier_pin_reason, c.marked_other, c.face, c.owner, _contacted(),
            c.tiered_on, c.stage, c.churn_signals, c.last_intent, c.open_value_cents, reached,
        ).order_by(c.id)
        if customer_id is not None:
            query = query.where(c.id == customer_id)
        return [ValueCustomer(r[0], r[1], tiers[r[2]], tiers[r[3]], r[4], bool(r[5]), faces[r[6]],  # type: ignore[arg-type]
                              r[7], bool(r[8]), r[9], r[10], r[11], r[12], int(r[13]), r[14])
                for r in self._rows(query)]

    def _rows(self, query: Any) -> list[tuple[Any, ...]]:
        """A Core query's rows as plain tuples (the server's side of `_fetch`)."""
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def _fetch(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Plain tuples from the driver: at 100,000 rows SQLAlchemy's rows cost more than the query itself."""
        with self._engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            cursor = driver.cursor()
            try:
                return list(cursor.execute(sql, tuple(parameters)).fetchall())
            finally:
                cursor.close()

    @staticmethod
    def _revenue_subquery(window: Period) -> Any:
        return (
            select(OrderRow.customer_id, func.sum(OrderRow.amount_cents).label("revenue"))
            .where(_in(window))
            .group_by(OrderRow.customer_id)
            .subquery()
        )

    @staticmethod
    def _insert_changes(connection: Connection, changes: Sequence[TierChange]) -> None:
        # the driver's executemany on SQLite (days converted once each), Core elsewhere
        insert_rows(connection, TierChangeRow.__table__, [  # type: ignore[arg-type]
            {"customer_id": c.customer_id, "changed_on": c.changed_on,
             "from_tier": c.from_tier.value if c.from_tier else None, "to_tier": c.to_tier.value, "reason": c.reason,
             "note": c.note}
            for c in changes])
