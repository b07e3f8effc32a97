"""Calls in the book: saving one durably with everything it creates, and reading what the day's call list needs.

A saved call is one transaction: the call row, its customer's call state (the columns the call list reads), the
reminders it creates (a follow-up, a materials task; each with a `source_key` made from the call's id, so two
calls never collide), a 'proposed' visit when a visit is possible, and do-not-call when the rep confirmed it.
The book runs WAL with synchronous=FULL, so the call is on disk when `save` returns.

The call list reads every customer in ONE query over `customers` (the call state is kept on the customer row)
plus one query over the last days' calls for the recent demand (answered from the partial covering index
ix_calls_demand alone). At 100,000 customers this is the hot path: on SQLite the rows come from the driver's own
cursor as plain values (moments as ISO text, parsed by `datetime.fromisoformat`, which is an order of magnitude
faster than a type processor) and become domain `CallCandidate`s (named tuples) in one tight comprehension.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    String,
    and_,
    case,
    func,
    insert,
    literal_column,
    select,
    type_coerce,
    update,
)

from telesales.domain.call_records import CustomerPhone, DayProgress, SavedCall
from telesales.domain.calllist import (
    CallCandidate,
    Consequence,
    FollowUpReminder,
    MaterialsTask,
    SuggestDoNotCall,
    VisitProposal,
)
from telesales.domain.errors import UserError
from telesales.domain.model import (
    Attitude,
    BuyingRole,
    Call,
    CallOutcome,
    Contact,
    Intent,
    ReminderKind,
    ReminderStatus,
    Tier,
    VisitStatus,
)
from telesales.store.models import CallRow, ContactRoleRow, ContactRow, CustomerRow, ReminderRow, VisitRow

_TIERS = {tier.value: tier for tier in Tier}
_INTENTS = {intent.value: intent for intent in Intent}
_OUTCOMES = {outcome.value: outcome for outcome in CallOutcome}

Planner = Callable[[Call, Intent | None], Sequence[Consequence]]
"""What a saved call creates: (the call with its id, the customer's intent before it) → consequences."""


def call_source_key(call_id: int, kind: str) -> str:
    """The reminder's idempotence key: one reminder of a kind per call."""
    return f"call:{call_id}:{kind}"


class CallRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._candidate_sql: str | None = None  # the SQLite candidate query, compiled once

    # ------------------------------------------------------------------------------------------ writing

    def save(self, call: Call, plan: Planner, *, mark_do_not_call: bool, now: datetime) -> SavedCall:
        """Save `call` (its id is ignored) and what it creates, in one durable transaction.

        `mark_do_not_call` sets the customer's do-not-call flag, only when the plan suggests it (a refusal).
        Raises UserError for a customer or a contact that is not in the book.
        """
        with self._engine.begin() as connection:
            state = connection.execute(
                select(CustomerRow.last_call_at, CustomerRow.last_reached_at, CustomerRow.last_intent,
                       CustomerRow.follow_up_on)
                .where(CustomerRow.id == call.customer_id)).first()
            if state is None:
                raise UserError(f"there is no customer {call.customer_id} in the book")
            if call.contact_id is not None and connection.execute(
                    select(ContactRow.customer_id).where(ContactRow.id == call.contact_id)
            ).scalar() != call.customer_id:
                raise UserError(f"contact {call.contact_id} is not a contact of customer {call.customer_id}")
            previous_intent = _INTENTS.get(state.last_intent) if state.last_intent else None
            call_id = _new_id(connection.execute(insert(CallRow).values(_call_values(call))))
            saved = Call(**{**_call_fields(call), "id": call_id})
            consequences = tuple(plan(saved, previous_intent))
            reminder_ids: list[int] = []
            visit_id = None
            marked = False
            for consequence in consequences:
                if isinstance(consequence, FollowUpReminder | MaterialsTask):
                    reminder_ids.append(self._add_reminder(connection, consequence, now))
                elif isinstance(consequence, VisitProposal):
                    visit_id = self._add_visit(connection, consequence, saved, now)
                elif isinstance(consequence, SuggestDoNotCall) and mark_do_not_call:
                    marked = True
            if state_values := _state_after(saved, state.last_call_at, state.last_reached_at, marked):
                connection.execute(update(CustomerRow).where(CustomerRow.id == call.customer_id).values(state_values))
            if saved.outcome is CallOutcome.CONNECTED and state.follow_up_on is not None:
                # reaching the customer settles the earlier follow-ups: this call's next step (if any) replaces
                # them, as it replaces the customer's follow-up date
                connection.execute(
                    update(ReminderRow)
                    .where(ReminderRow.customer_id == call.customer_id, ReminderRow.kind == ReminderKind.FOLLOW_UP,
                           ReminderRow.status == ReminderStatus.PENDING, ReminderRow.id.not_in(reminder_ids))
                    .values(status=ReminderStatus.DONE, closed_at=now))
        return SavedCall(saved, consequences, previous_intent, tuple(reminder_ids), visit_id, marked)

    @staticmethod
    def _add_reminder(connection: Connection, item: FollowUpReminder | MaterialsTask, now: datetime) -> int:
        if isinstance(item, FollowUpReminder):
            kind, text = ReminderKind.FOLLOW_UP, item.next_step
        else:
            kind, text = ReminderKind.MATERIALS, item.what
        result = connection.execute(insert(ReminderRow).values(
            kind=kind.value, due_on=item.due_on, status=ReminderStatus.PENDING.value, customer_id=item.customer_id,
            contact_id=item.contact_id, occasion="", occasion_date=None, snoozed_until=None, text=text,
            source_key=call_source_key(item.call_id, kind.value), created_at=now, closed_at=None))
        return _new_id(result)

    @staticmethod
    def _add_visit(connection: Connection, item: VisitProposal, call: Call, now: datetime) -> int:
        purpose = call.next_step.strip() or call.need.strip()
        result = connection.execute(insert(VisitRow).values(
            customer_id=item.customer_id, contact_id=item.contact_id,
            planned_on=item.on or call.next_step_on or now.date(),  # no time yet: the rep places it when planning
            starts_at=item.when, fixed_time=False, duration_minutes=45, status=VisitStatus.PROPOSED.value,
            purpose=purpose, outcome_notes="", from_call_id=item.call_id))
        return _new_id(result)

    # ------------------------------------------------------------------------------------------ the call list

    def candidates(self, demand_since: datetime) -> list[CallCandidate]:
        """Every customer as a call-list candidate; recent demand from the calls since `demand_since`."""
        demand = self.recent_demand(demand_since)
        paused = gc.isenabled()
        if paused:
            gc.disable()  # 100,000 new objects would set off full collections of the whole heap
        try:
            with self._engine.connect() as connection:
                if self._sqlite:  # the driver's own cursor: plain tuples, no result rows made around them
                    if self._candidate_sql is None:
                        self._candidate_sql = str(self._candidate_query().compile(
                            self._engine, compile_kwargs={"literal_binds": True}))
                    raw = connection.connection.driver_connection
                    assert raw is not None
                    return _fast_candidates(raw.execute(self._candidate_sql), demand)
                return self._to_candidates(connection.execute(self._candidate_query()), demand)
        finally:
            if paused:
                gc.enable()

    def recent_demand(self, since: datetime) -> dict[int, int]:
        """customer id → the largest expected order value named in a call since `since` (cents).

        The largest, not the sum: the same need mentioned in three calls is one need.
        """
        # no GROUP BY: with one, SQLite walks the (customer_id, called_at) index over every call; without, it
        # reads only the window's calls on the partial covering index ix_calls_demand (its WHERE clause word for
        # word, the 0 written in the SQL: a bound parameter would not match it), and Python keeps the largest per
        # customer
        largest: dict[int, int] = {}
        get = largest.get
        with self._engine.connect() as connection:
            for customer_id, cents in connection.execute(self.recent_demand_query(since)):
                if cents is not None and cents > get(customer_id, 0):
                    largest[customer_id] = cents
        return largest

    @staticmethod
    def recent_demand_query(since: datetime) -> Any:
        """The calls since `since` that name an expected value: (customer id, cents)."""
        return (select(CallRow.customer_id, CallRow.expected_value_cents)
                .where(CallRow.called_at >= since, CallRow.expected_value_cents > literal_column("0")))

    def _candidate_query(self) -> Any:
        c = CustomerRow
        tier = func.coalesce(c.tier_pin, c.tier)
        if not self._sqlite:  # typed columns: correct everywhere, a little slower
            return select(c.id, c.name, tier, c.do_not_call, c.marked_other, c.last_call_at, c.last_reached_at,
                          c.last_outcome, c.call_back_at, c.last_intent, c.open_value_cents, c.follow_up_on,
                          c.churn_signals, c.next_special_on, c.next_special_kind).order_by(c.id)

        def moment(column: Any) -> Any:  # naive UTC text + "+00:00": fromisoformat hands back an aware UTC datetime
            return type_coerce(column, String) + "+00:00"

        return select(
            c.id, c.name, tier, type_coerce(c.do_not_call, Integer), type_coerce(c.marked_other, Integer),
            moment(c.last_call_at), moment(c.last_reached_at), c.last_outcome, moment(c.call_back_at),
            c.last_intent, c.open_value_cents, type_coerce(c.follow_up_on, String), c.churn_signals,
            type_coerce(c.next_special_on, String), c.next_special_kind,
        ).order_by(c.id)

    @staticmethod
    def _to_candidates(rows: Iterable[Any], demand: dict[int, int]) -> list[CallCandidate]:
        """Rows of the typed candidate query (any database) → candidates, through the constructor."""
        return [CallCandidate(
            customer_id, name, _TIERS[tier], bool(dnc), bool(other), last_call, last_reached,
            _OUTCOMES[outcome] if outcome else None, call_back, _INTENTS[intent] if intent else None,
            open_value or 0, demand.get(customer_id, 0), follow_up, tuple(churn.split(",")) if churn else (),
            special, special_kind or None,
        ) for (customer_id, name, tier, dnc, other, last_call, last_reached, outcome, call_back, intent, open_value,
               follow_up, churn, special, special_kind) in rows]

    def phones(self, customer_ids: Sequence[int]) -> dict[int, CustomerPhone]:
        """Name, phone and region of the given customers (the lines of a call list on screen)."""
        out: dict[int, CustomerPhone] = {}
        ids = list(customer_ids)
        with self._engine.connect() as connection:
            for start in range(0, len(ids), 20_000):  # under the bound-parameter limit
                chunk = ids[start:start + 20_000]
                for row in connection.execute(select(CustomerRow.id, CustomerRow.name, CustomerRow.phone,
                                                     CustomerRow.region).where(CustomerRow.id.in_(chunk))):
                    out[row.id] = CustomerPhone(row.id, row.name, row.phone, row.region)
        return out

    # ------------------------------------------------------------------------------------------ history

    def history(self, customer_id: int, limit: int | None = None) -> list[Call]:
        """A customer's calls, newest first."""
        query = (select(*_CALL_COLUMNS).where(CallRow.customer_id == customer_id)
                 .order_by(CallRow.called_at.desc(), CallRow.id.desc()))
        if limit is not None:
            query = query.limit(limit)
        with self._engine.connect() as connection:
            return [_call_from_row(row) for row in connection.execute(query)]

    def calls_between(self, customer_id: int, start: datetime, end: datetime) -> list[Call]:
        """A customer's calls in [start, end), oldest first (today's calls, for the repeat warning)."""
        query = (select(*_CALL_COLUMNS)
                 .where(CallRow.customer_id == customer_id, CallRow.called_at >= start, CallRow.called_at < end)
                 .order_by(CallRow.called_at, CallRow.id))
        with self._engine.connect() as connection:
            return [_call_from_row(row) for row in connection.execute(query)]

    def progress(self, start: datetime, end: datetime) -> DayProgress:
        """How many customers were called and reached in [start, end), and how many calls were made."""
        reached = func.count(func.distinct(
            case((CallRow.outcome == CallOutcome.CONNECTED.value, CallRow.customer_id), else_=None)))
        query = select(func.count(func.distinct(CallRow.customer_id)), reached, func.count()).where(
            and_(CallRow.called_at >= start, CallRow.called_at < end))
        with self._engine.connect() as connection:
            called, reached_count, calls = connection.execute(query).one()
        return DayProgress(int(called), int(reached_count), int(calls))

    def contacts(self, customer_id: int) -> list[Contact]:
        """A customer's contacts, in the order they were added, with their buying roles."""
        with self._engine.connect() as connection:
            rows = connection.execute(select(ContactRow.id, ContactRow.name, ContactRow.title, ContactRow.phone)
                                      .where(ContactRow.customer_id == customer_id).order_by(ContactRow.id)).all()
            roles: dict[int, set[BuyingRole]] = {}
            if rows:
                for contact_id, role in connection.execute(
                        select(ContactRoleRow.contact_id, ContactRoleRow.role)
                        .where(ContactRoleRow.contact_id.in_([row.id for row in rows]))):
                    roles.setdefault(contact_id, set()).add(BuyingRole(role))
        return [Contact(id=row.id, customer_id=customer_id, name=row.name, title=row.title, phone=row.phone,
                        roles=frozenset(roles.get(row.id, ()))) for row in rows]


# ---------------------------------------------------------------------------------------------- candidates, fast


def _fast_candidates(rows: Iterable[Any], demand: dict[int, int]) -> list[CallCandidate]:
    """Rows of the SQLite candidate query (moments as ISO text with +00:00, days as ISO text) → candidates.

    A candidate is a named tuple: each is made in one step from the converted values (`tuple.__new__`, what its
    constructor does without the keyword handling); a test holds these equal to the constructor's.
    """
    tiers, intents, outcomes = _TIERS, _INTENTS, _OUTCOMES
    days: dict[str, date] = {}
    get_day = days.get
    get_demand = demand.get
    moment = datetime.fromisoformat  # "…+00:00" gives an aware UTC datetime, ten times faster than a processor
    parse_day = date.fromisoformat
    new = tuple.__new__
    kind = CallCandidate
    return [new(kind, (
        customer_id, name, tiers[tier], dnc == 1, other == 1,
        moment(last_call) if last_call else None,
        moment(last_reached) if last_reached else None,
        outcomes[outcome] if outcome else None,
        moment(call_back) if call_back else None,
        intents[intent] if intent else None,
        open_value or 0,
        get_demand(customer_id, 0),
        (get_day(follow_up) or days.setdefault(follow_up, parse_day(follow_up))) if follow_up else None,
        tuple(churn.split(",")) if churn else (),
        (get_day(special) or days.setdefault(special, parse_day(special))) if special else None,
        special_kind or None,
    )) for (customer_id, name, tier, dnc, other, last_call, last_reached, outcome, call_back, intent, open_value,
            follow_up, churn, special, special_kind) in rows]


# ---------------------------------------------------------------------------------------------- rows


_CALL_COLUMNS = (
    CallRow.id, CallRow.customer_id, CallRow.called_at, CallRow.outcome, CallRow.contact_id, CallRow.call_back_at,
    CallRow.need, CallRow.expected_value_cents, CallRow.attitude, CallRow.intent, CallRow.visit_possible,
    CallRow.visit_when, CallRow.materials_requested, CallRow.next_step, CallRow.next_step_on, CallRow.notes,
)


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _call_from_row(row: Any) -> Call:
    return Call(
        id=row.id, customer_id=row.customer_id, called_at=row.called_at, outcome=CallOutcome(row.outcome),
        contact_id=row.contact_id, call_back_at=row.call_back_at, need=row.need,
        expected_value_cents=row.expected_value_cents, attitude=Attitude(row.attitude) if row.attitude else None,
        intent=Intent(row.intent) if row.intent else None, visit_possible=bool(row.visit_possible),
        visit_when=row.visit_when, materials_requested=row.materials_requested, next_step=row.next_step,
        next_step_on=row.next_step_on, notes=row.notes,
    )


def _call_fields(call: Call) -> dict[str, Any]:
    return {name: getattr(call, name) for name in Call.__slots__}


def _call_values(call: Call) -> dict[str, Any]:
    values = _call_fields(call)
    del values["id"]
    for key in ("outcome", "attitude", "intent"):
        values[key] = values[key].value if values[key] is not None else None
    values.update(complaint=False, unmet_request="")
    return values


def _state_after(call: Call, last_call_at: datetime | None, last_reached_at: datetime | None,
                 do_not_call: bool) -> dict[str, Any]:
    """The customer's call-state columns after `call` (the same rules as store.call_state's rebuild).

    A call older than the customer's latest (logged late) does not move the "last call" columns.
    """
    values: dict[str, Any] = {}
    at = call.called_at.astimezone(UTC)
    if last_call_at is None or at >= last_call_at:
        values.update(last_call_at=at, last_outcome=call.outcome.value,
                      call_back_at=call.call_back_at if call.outcome is CallOutcome.CALL_BACK else None)
        if call.intent is not None:
            values.update(last_intent=call.intent.value, open_value_cents=call.expected_value_cents or 0)
        if call.outcome is CallOutcome.CONNECTED:
            values["follow_up_on"] = call.next_step_on  # reaching them settles the old follow-up
        elif call.next_step_on is not None:
            values["follow_up_on"] = call.next_step_on
    if call.outcome is CallOutcome.CONNECTED and (last_reached_at is None or at >= last_reached_at):
        values["last_reached_at"] = at
    if do_not_call:
        values["do_not_call"] = True
    return values


__all__ = ["CallRepository", "Planner", "call_source_key"]
