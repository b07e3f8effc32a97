"""Each customer's call state (last call, last reached, outcome, intent, open value, follow-up, call-back),
rebuilt from the calls table after bulk work (demo, import, an upgraded book).

A saved call updates the same columns for its customer directly; this is the slow path that reads every latest
call, one correlated LIMIT 1 per customer on the (customer_id, called_at) index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    ScalarSelect,
    Select,
    Table,
    bindparam,
    or_,
    select,
    update,
)

from telesales.store.models import CallRow, CustomerRow


def _latest(*conditions: ColumnElement[bool]) -> ScalarSelect[int]:
    return (
        select(CallRow.id)
        .where(CallRow.customer_id == CustomerRow.id, *conditions)
        .order_by(CallRow.called_at.desc(), CallRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def rebuild_call_state(engine: Engine | Connection, customer_ids: Sequence[int] | None = None) -> int:
    """Recompute every customer's call state (or these customers'); returns how many of them have calls."""
    query = select(
        CustomerRow.id,
        _latest().label("last_id"),
        _latest(CallRow.outcome == "connected").label("reached_id"),
        _latest(CallRow.intent.is_not(None)).label("intent_id"),
        # the follow-up: set by the last call that reached them (which settles older ones) or named a next step
        _latest(or_(CallRow.outcome == "connected", CallRow.next_step_on.is_not(None))).label("step_id"),
    )
    if customer_ids is not None:
        query = query.where(CustomerRow.id.in_(list(customer_ids)))
    if isinstance(engine, Engine):
        with engine.begin() as connection:
            return _rebuild(connection, query)
    return _rebuild(engine, query)


def _rebuild(connection: Connection, query: Select[*tuple[Any, ...]]) -> int:
    rows = [row for row in connection.execute(query) if row.last_id is not None]
    wanted = {call_id for row in rows for call_id in (row.last_id, row.reached_id, row.intent_id, row.step_id)
              if call_id}
    calls: dict[int, Row[*tuple[Any, ...]]] = {}
    ids = sorted(wanted)
    for start in range(0, len(ids), 30_000):  # stay under the bound-parameter limits
        chunk = ids[start:start + 30_000]
        for call in connection.execute(select(
                CallRow.id, CallRow.called_at, CallRow.outcome, CallRow.intent, CallRow.call_back_at,
                CallRow.expected_value_cents, CallRow.next_step_on).where(CallRow.id.in_(chunk))):
            calls[call.id] = call
    updates = []
    for row in rows:
        last = calls[row.last_id]
        reached = calls.get(row.reached_id) if row.reached_id else None
        with_intent = calls.get(row.intent_id) if row.intent_id else None
        step = calls.get(row.step_id) if row.step_id else None
        updates.append({
            "customer": row.id,
            "last_call_at": last.called_at,
            "last_outcome": last.outcome,
            "call_back_at": last.call_back_at if last.outcome == "call_back" else None,
            "last_reached_at": reached.called_at if reached else None,
            "last_intent": with_intent.intent if with_intent else None,
            "open_value_cents": (with_intent.expected_value_cents or 0) if with_intent else 0,
            "follow_up_on": step.next_step_on if step else None,
        })
    if updates:
        table: Table = CustomerRow.__table__  # type: ignore[assignment]
        columns = [column for column in updates[0] if column != "customer"]
        statement = update(table).where(table.c.id == bindparam("customer")).values(
            {column: bindparam(f"new_{column}") for column in columns})
        connection.execute(statement, [
            {"customer": item["customer"], **{f"new_{column}": item[column] for column in columns}}
            for item in updates])
    return len(updates)
