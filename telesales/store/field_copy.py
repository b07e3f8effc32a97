"""A rep's field copy of a shared book: taken before going offline, synced when back (issue 12).

Taking: a new book file with every row the rep's login may see on the server (row-level security decides), with
the same ids, plus what the copy must remember to sync later (`field_copy_base`: every row taken, and for rows
the rep may edit, their fields as taken; `field_copy_state`: the server, the login, the copy's own id).

Syncing, in one server transaction:
* rows made in the copy (an id the copy was not taken with) go up with a stable id (`sync_uid`: the copy's id,
  the table and the local id), written into the copy first; a row whose stable id the server already holds is
  not added again, so a sync cut short and run again adds nothing twice. What they point at follows: a call of a
  customer made offline points at that customer's new server id;
* edits are merged field by field against the base (telesales.domain.field_sync): the rep's go up, the server's
  come down, both-changed fields are conflicts left untouched on both sides for the rep to resolve.
Then, with no conflict left, the copy is taken afresh from the server (ids as the server has them now); with
conflicts, the copy keeps its rows and only records what was merged.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, Engine, Table, delete, insert, select, update

from telesales.domain.field_sync import FieldConflict, merge_row, resolved_base
from telesales.store.book_copy import copy_rows
from telesales.store.call_state import rebuild_call_state
from telesales.store.models import Base, FieldCopyBaseRow, FieldCopyStateRow
from telesales.store.search_index import add_keys, contact_key_rows, customer_key_rows
from telesales.store.types import UTCDateTime

# rows the rep may edit offline, and the fields merged
EDITABLE: dict[str, tuple[str, ...]] = {
    "customers": ("kind", "name", "industry", "scale", "phone", "email", "wechat", "address", "province", "city",
                  "district", "latitude", "longitude", "region", "tier_pin", "tier_pin_reason", "do_not_call",
                  "marked_other", "face", "keeps_christmas", "credit_limit_cents", "payment_terms", "competitors",
                  "preferences", "notes", "founded_on", "tags"),
    "contacts": ("name", "title", "phone", "email", "wechat", "birthday_calendar", "birthday_month", "birthday_day",
                 "birthday_leap", "birthday_year", "notes"),
    "visits": ("planned_on", "starts_at", "fixed_time", "duration_minutes", "status", "purpose", "outcome_notes",
               "sequence"),
    "reminders": ("due_on", "status", "snoozed_until", "closed_at", "text", "due_at"),
}
# rows made offline go up in this order (parents first); each with its foreign keys → parent table
NEW_ROWS: dict[str, dict[str, str]] = {
    "customers": {},
    "contacts": {"customer_id": "customers"},
    "important_dates": {"customer_id": "customers", "contact_id": "contacts"},
    "calls": {"customer_id": "customers", "contact_id": "contacts"},
    "visits": {"customer_id": "customers", "contact_id": "contacts", "from_call_id": "calls"},
    "orders": {"customer_id": "customers"},
    "reminders": {"customer_id": "customers", "contact_id": "contacts"},
    "tier_changes": {"customer_id": "customers"},
}
# rows without an id of their own go up with a parent made offline
CHILDREN: dict[str, tuple[str, str, str]] = {  # child table: (parent table, key to the parent, parent's table)
    "order_lines": ("orders", "order_id", "orders"),
    "contact_roles": ("contacts", "contact_id", "contacts"),
    "custom_values": ("customers", "customer_id", "customers"),
}
NATURAL_KEYS = {"reminders": "source_key", "visits": "source_key"}  # the same occasion is one row on the server


def table(name: str) -> Table:
    return Base.metadata.tables[name]


# -- values as the base keeps them (JSON)

def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json_value(table_name: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table(table_name).c[column].type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def read_fields(connection: Connection, table_name: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The editable fields of these rows, as the base keeps them."""
    t = table(table_name)
    names = EDITABLE[table_name]
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 5_000):
        query = select(t.c.id, *(t.c[name] for name in names)).where(t.c.id.in_(ids[start:start + 5_000]))
        for row in connection.execute(query):
            found[int(row[0])] = {name: to_json_value(value) for name, value in zip(names, row[1:], strict=True)}
    return found


# -- taking

def fill_field_copy(server: Connection, copy: Connection, server_shown: str, login: str) -> dict[str, int]:
    """Copy what `server` lets the login see into the empty book `copy`, with the base and the copy's state."""
    copied = copy_rows(server, copy)
    base: list[dict[str, Any]] = []
    for name in NEW_ROWS:  # rows without an id of their own (CHILDREN) are known through their parents
        t = table(name)
        ids = [int(row[0]) for row in copy.execute(select(t.c.id))]
        fields = read_fields(copy, name, ids) if name in EDITABLE else {}
        base.extend({"table_name": name, "row_id": row_id,
                     "fields": json.dumps(fields[row_id], ensure_ascii=False) if row_id in fields else ""}
                    for row_id in ids)
    for start in range(0, len(base), 20_000):
        copy.execute(insert(FieldCopyBaseRow), base[start:start + 20_000])
    state = {"server": server_shown, "login": login, "copy_id": uuid.uuid4().hex,
             "taken_at": datetime.now(UTC).isoformat()}
    copy.execute(delete(FieldCopyStateRow))
    copy.execute(insert(FieldCopyStateRow), [{"key": key, "value": value} for key, value in state.items()])
    return copied


def copy_state(engine: Engine) -> dict[str, str]:
    """What the field copy at `engine` remembers of its server ({} for a book that is not a field copy)."""
    with engine.connect() as connection:
        return {key: value for key, value in connection.execute(select(FieldCopyStateRow.key,
                                                                       FieldCopyStateRow.value))}


# -- syncing

@dataclass
class SyncOutcome:
    added: dict[str, int] = field(default_factory=dict)  # rows made offline, now on the server
    already_there: dict[str, int] = field(default_factory=dict)  # made offline, on the server since a sync before
    sent_edits: dict[str, int] = field(default_factory=dict)  # rows whose fields the server took
    got_edits: dict[str, int] = field(default_factory=dict)  # rows whose fields the copy took
    conflicts: list[FieldConflict] = field(default_factory=list)
    gone: dict[str, int] = field(default_factory=dict)  # rows of the copy the server no longer lets the rep see
    deleted: dict[str, int] = field(default_factory=dict)  # rows deleted in the copy, now deleted on the server
    touched: set[int] = field(default_factory=set)  # server customers whose search keys and call state to renew


def stamp_new_rows(copy: Connection, copy_id: str) -> dict[str, list[dict[str, Any]]]:
    """Give every row made in the copy its stable id (kept, if it has one) and return them by table."""
    made: dict[str, list[dict[str, Any]]] = {}
    for name in NEW_ROWS:
        t = table(name)
        taken = select(FieldCopyBaseRow.row_id).where(FieldCopyBaseRow.table_name == name)
        rows = [dict(row) for row in copy.execute(select(t).where(t.c.id.not_in(taken)).order_by(t.c.id)).mappings()]
        for row in rows:
            if not row["sync_uid"]:
                row["sync_uid"] = f"{copy_id}:{name}:{row['id']}"
                copy.execute(update(t).where(t.c.id == row["id"]).values(sync_uid=row["sync_uid"]))
        if rows:
            made[name] = rows
    return made


def push_new_rows(server: Connection, copy: Connection, made: Mapping[str, list[dict[str, Any]]],
                  outcome: SyncOutcome) -> dict[str, dict[int, int]]:
    """Add the copy's new rows to the server (once: by stable id); local id → server id per table."""
    ids: dict[str, dict[int, int]] = {name: {} for name in NEW_ROWS}
    inserted: dict[str, list[int]] = {name: [] for name in NEW_ROWS}
    for name, rows in made.items():
        t = table(name)
        known = dict(server.execute(select(t.c.sync_uid, t.c.id).where(
            t.c.sync_uid.in_([row["sync_uid"] for row in rows]))).all())
        natural = NATURAL_KEYS.get(name)
        for row in rows:
            local_id = row["id"]
            if row["sync_uid"] in known:
                ids[name][local_id] = int(known[row["sync_uid"]])
                outcome.already_there[name] = outcome.already_there.get(name, 0) + 1
                continue
            if natural and row[natural]:
                same = server.execute(select(t.c.id).where(t.c[natural] == row[natural])).scalar()
                if same is not None:  # the server planned the same occasion: one row, the server's
                    ids[name][local_id] = int(same)
                    outcome.already_there[name] = outcome.already_there.get(name, 0) + 1
                    continue
            values = {key: value for key, value in row.items() if key != "id"}
            for column, parent in NEW_ROWS[name].items():
                if values.get(column) is not None:
                    values[column] = ids[parent].get(values[column], values[column])
            ids[name][local_id] = int(server.execute(insert(t).values(values).returning(t.c.id)).scalar_one())
            inserted[name].append(local_id)
            outcome.touched.add(ids[name][local_id] if name == "customers" else values.get("customer_id") or 0)
            outcome.added[name] = outcome.added.get(name, 0) + 1
    for child, (parent, key, parent_table) in CHILDREN.items():
        fresh = inserted[parent_table]
        if not fresh:
            continue
        t = table(child)
        rows = [dict(row) for row in copy.execute(select(t).where(t.c[key].in_(fresh))).mappings()]
        for row in rows:
            values = {k: v for k, v in row.items() if not (k == "id" and child == "order_lines")}
            values[key] = ids[parent][row[key]]
            server.execute(insert(t).values(values))
        if rows:
            outcome.added[child] = outcome.added.get(child, 0) + len(rows)
    return ids


def merge_edits(server: Connection, copy: Connection, outcome: SyncOutcome,
                dry: bool = False) -> list[tuple[str, int, dict[str, Any]]]:
    """Merge the copy's edits with the server's, writing both sides (with `dry`, neither: the conflicts alone).
    Gives back the new base of every row that merged: (table, id, fields)."""
    new_bases: list[tuple[str, int, dict[str, Any]]] = []
    for name in EDITABLE:
        bases = {int(row_id): json.loads(fields) for row_id, fields in copy.execute(
            select(FieldCopyBaseRow.row_id, FieldCopyBaseRow.fields).where(
                FieldCopyBaseRow.table_name == name, FieldCopyBaseRow.fields != ""))}
        ids = sorted(bases)
        mine, theirs = read_fields(copy, name, ids), read_fields(server, name, ids)
        t = table(name)
        sent, got = 0, 0
        for row_id in ids:
            if row_id not in mine:  # deleted in the copy: push_deletions decides
                continue
            if row_id not in theirs:
                outcome.gone[name] = outcome.gone.get(name, 0) + 1
                continue
            merged = merge_row(bases[row_id], mine[row_id], theirs[row_id])
            outcome.conflicts.extend(FieldConflict(name, row_id, column, bases[row_id][column], mine[row_id][column],
                                                   theirs[row_id][column]) for column in merged.conflicts)
            if dry:
                continue
            if merged.to_server and name in ("customers", "contacts"):
                customer = row_id if name == "customers" else server.execute(
                    select(t.c.customer_id).where(t.c.id == row_id)).scalar_one()
                outcome.touched.add(int(customer))
            if merged.to_server:
                server.execute(update(t).where(t.c.id == row_id).values(
                    {k: from_json_value(name, k, v) for k, v in merged.to_server.items()}))
                sent += 1
            if merged.to_local:
                copy.execute(update(t).where(t.c.id == row_id).values(
                    {k: from_json_value(name, k, v) for k, v in merged.to_local.items()}))
                got += 1
            if merged.to_server or merged.to_local:
                settled = dict(mine[row_id]) | merged.to_local
                new_bases.append((name, row_id, {k: (bases[row_id][k] if k in merged.conflicts else settled[k])
                                                 for k in settled}))
        if sent:
            outcome.sent_edits[name] = sent
        if got:
            outcome.got_edits[name] = got
    return new_bases


DELETED = "(deleted)"  # a conflict's field: deleted in the copy, changed on the server since the take


def push_deletions(server: Connection, copy: Connection, outcome: SyncOutcome, dry: bool = False) -> None:
    """Rows the rep deleted in the copy are deleted on the server too, unless someone changed them there since
    the take: that is a conflict (keep mine deletes it, keep theirs brings it back), and what hangs off such a
    customer or contact is kept on the server as well."""
    missing: dict[str, dict[int, str]] = {}
    for name in NEW_ROWS:
        t = table(name)
        missing[name] = {int(row_id): fields for row_id, fields in copy.execute(
            select(FieldCopyBaseRow.row_id, FieldCopyBaseRow.fields).where(
                FieldCopyBaseRow.table_name == name, FieldCopyBaseRow.row_id.not_in(select(t.c.id))))}
    held: dict[str, set[int]] = {name: set() for name in NEW_ROWS}
    deletable: dict[str, list[int]] = {name: [] for name in NEW_ROWS}
    for name, rows in missing.items():
        theirs = read_fields(server, name, sorted(rows)) if name in EDITABLE and rows else {}
        for row_id in sorted(rows):
            if name in EDITABLE:
                if row_id not in theirs:
                    continue  # gone there too
                base = json.loads(rows[row_id])
                if theirs[row_id] != base:
                    outcome.conflicts.append(FieldConflict(name, row_id, DELETED, base, None, theirs[row_id]))
                    held[name].add(row_id)
                    continue
            deletable[name].append(row_id)
    if dry:
        return
    for name in reversed(NEW_ROWS):  # children first
        t = table(name)
        for row_id in deletable[name]:
            row = server.execute(select(t).where(t.c.id == row_id)).mappings().first()
            if row is None:
                continue
            customer = row_id if name == "customers" else row.get("customer_id")
            if customer in held["customers"] or row.get("contact_id") in held["contacts"]:
                continue  # it hangs off a customer or contact the rep has yet to decide about
            server.execute(delete(t).where(t.c.id == row_id))
            outcome.deleted[name] = outcome.deleted.get(name, 0) + 1
            if customer is not None and name != "customers":
                outcome.touched.add(int(customer))


def refresh_derived(server: Connection, customers: Iterable[int]) -> None:
    """Search keys and call state of the customers a sync touched, on the server."""
    touched = sorted(set(customers) - {0})
    if not touched:
        return
    # every key of these customers and their contacts, in one statement: on a server each statement asks the row
    # security which customers are the rep's, so one DELETE per key cost a second per hundred keys
    keys = table("search_keys")
    server.execute(delete(keys).where(keys.c.customer_id.in_(touched)))
    customers_t, contacts_t = table("customers"), table("contacts")
    fresh = [key for row in server.execute(select(
        customers_t.c.id, customers_t.c.name, customers_t.c.phone, customers_t.c.province, customers_t.c.city,
        customers_t.c.district).where(customers_t.c.id.in_(touched))).mappings() for key in customer_key_rows(row)]
    fresh.extend(key for row in server.execute(select(
        contacts_t.c.id, contacts_t.c.customer_id, contacts_t.c.name, contacts_t.c.phone).where(
        contacts_t.c.customer_id.in_(touched))).mappings() for key in contact_key_rows(row))
    if server.dialect.name == "sqlite":
        add_keys(server, fresh)
    else:  # many rows to a statement: the row security's check runs once per statement, not once per key
        from sqlalchemy.dialects.postgresql import insert as server_insert

        rows = [dict(zip(("key", "customer_id", "contact_id", "field"), key, strict=True)) for key in sorted(set(fresh))]
        for start in range(0, len(rows), 1_000):
            server.execute(server_insert(keys).values(rows[start:start + 1_000]).on_conflict_do_nothing())
    rebuild_call_state(server, touched)


def save_bases(copy: Connection, bases: Sequence[tuple[str, int, dict[str, Any]]]) -> None:
    for name, row_id, fields in bases:
        copy.execute(update(FieldCopyBaseRow).where(
            FieldCopyBaseRow.table_name == name, FieldCopyBaseRow.row_id == row_id).values(
            fields=json.dumps(fields, ensure_ascii=False)))


def keep_for_conflicts(copy: Connection, conflicts: Sequence[FieldConflict], keep_mine: bool,
                       server: Connection | None = None) -> int:
    """Resolve conflicts in the copy: the server's value becomes the base (so "mine" goes up at the next sync) and,
    keeping theirs, the copy's value too. The rows resolved."""
    by_row: dict[tuple[str, int], list[FieldConflict]] = {}
    for conflict in conflicts:
        by_row.setdefault((conflict.table, conflict.row_id), []).append(conflict)
    for (name, row_id), fields in by_row.items():
        if fields[0].field == DELETED:
            if keep_mine:  # the server's row as the base: unchanged since, so the next sync deletes it
                save_bases(copy, [(name, row_id, dict(fields[0].theirs))])
            else:  # forgotten by the copy, with what hangs off it: the fresh copy brings them back
                forget = [(name, row_id)]
                for child, keys in NEW_ROWS.items():
                    for key, parent in keys.items():
                        if parent == name and server is not None:
                            t = table(child)
                            forget.extend((child, int(cid)) for (cid,) in server.execute(
                                select(t.c.id).where(t.c[key] == row_id)))
                for forgotten, forgotten_id in forget:
                    copy.execute(delete(FieldCopyBaseRow).where(FieldCopyBaseRow.table_name == forgotten,
                                                                FieldCopyBaseRow.row_id == forgotten_id))
            continue
        stored = copy.execute(select(FieldCopyBaseRow.fields).where(
            FieldCopyBaseRow.table_name == name, FieldCopyBaseRow.row_id == row_id)).scalar_one()
        theirs = {conflict.field: conflict.theirs for conflict in fields}
        base = resolved_base(json.loads(stored), theirs, tuple(theirs))
        save_bases(copy, [(name, row_id, base)])
        if not keep_mine:
            t = table(name)
            copy.execute(update(t).where(t.c.id == row_id).values(
                {k: from_json_value(name, k, v) for k, v in theirs.items()}))
    return len(by_row)


def replace_file(fresh: Path, book: Path) -> None:
    """Put a freshly taken copy in the old one's place (the old one closed; its journal files go with it)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)
    os.replace(fresh, book)
