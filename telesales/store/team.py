"""A team on a shared book: reps see and change only their own customers, the team lead sees all and reassigns.

Enforced by the server, not by the app: each rep logs in with their own role, member of `telesales_rep`; a lead's
role is a member of `telesales_lead`. Row-level security on the customers (owner = the rep's role) and on every
table that hangs off a customer (its contacts, calls, orders, visits, reminders, dates, tier history, search
keys) keeps a rep's plain SQL to their own rows. A customer a rep adds is theirs (a trigger fills the owner).

`setup_team` is run once by the database's owner (`telesales team init`), and again after an upgrade adds tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date

from sqlalchemy import Connection, Engine, bindparam, select, text

from telesales.domain.errors import UserError

REP_ROLE = "telesales_rep"
LEAD_ROLE = "telesales_lead"

# the login as varchar: compared as `name` (its own type) the owner's index could not be used, and row security
# scanned every customer for every statement a rep sent
ME = "CAST(current_user AS varchar)"


def _mine(table: str, column: str = "customer_id") -> str:
    """The row hangs off one of the login's customers: one primary-key lookup per row."""
    return f"EXISTS (SELECT 1 FROM customers c WHERE c.id = {table}.{column} AND c.owner = {ME})"


# table → which of its rows a rep may see (the lead sees every row)
OWNED_ROWS = {
    "customers": f"owner = {ME}",
    "contacts": _mine("contacts"),
    "custom_values": _mine("custom_values"),
    "orders": _mine("orders"),
    "calls": _mine("calls"),
    "visits": _mine("visits"),
    "important_dates": _mine("important_dates"),
    "tier_changes": _mine("tier_changes"),
    "search_keys": _mine("search_keys"),
    # a reminder of no customer (closing the day) is the login's own: its key ends in @login
    "reminders": f"(customer_id IS NULL AND source_key LIKE ('%@' || current_user)) OR {_mine('reminders')}",
    "order_lines": "EXISTS (SELECT 1 FROM orders o JOIN customers c ON c.id = o.customer_id "
                   f"WHERE o.id = order_lines.order_id AND c.owner = {ME})",
    "contact_roles": "EXISTS (SELECT 1 FROM contacts k JOIN customers c ON c.id = k.customer_id "
                     f"WHERE k.id = contact_roles.contact_id AND c.owner = {ME})",
    "day_close_steps": f"rep = {ME}",  # each rep closes their own day
}
PERSONAL = {"day_close_steps"}  # the lead's own too, like a rep's
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def setup_team(connection: Connection) -> None:
    """Roles, grants and row-level security on the shared book (idempotent; needs the database's owner)."""
    for role in (REP_ROLE, LEAD_ROLE):
        connection.execute(text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $$"))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"))
        connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))
        # the schema is the owner's: an upgrade is theirs to run
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}"))
    for table, rows in OWNED_ROWS.items():
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS rep_rows ON {table}"))
        connection.execute(text(f"DROP POLICY IF EXISTS lead_rows ON {table}"))
        connection.execute(text(
            f"CREATE POLICY rep_rows ON {table} TO {REP_ROLE} USING ({rows}) WITH CHECK ({rows})"))
        everyone = rows if table in PERSONAL else "true"
        connection.execute(text(
            f"CREATE POLICY lead_rows ON {table} TO {LEAD_ROLE} USING ({everyone}) WITH CHECK ({everyone})"))
    connection.execute(text(
        "CREATE OR REPLACE FUNCTION telesales_owner_by_default() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.owner IS NULL OR NEW.owner = '' THEN NEW.owner := current_user; END IF; RETURN NEW; END $$"))
    connection.execute(text(
        "CREATE OR REPLACE FUNCTION telesales_rep_by_default() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.rep IS NULL OR NEW.rep = '' THEN NEW.rep := current_user; END IF; RETURN NEW; END $$"))
    connection.execute(text("DROP TRIGGER IF EXISTS rep_by_default ON day_close_steps"))
    connection.execute(text(
        "CREATE TRIGGER rep_by_default BEFORE INSERT ON day_close_steps "
        "FOR EACH ROW EXECUTE FUNCTION telesales_rep_by_default()"))
    connection.execute(text("DROP TRIGGER IF EXISTS owner_by_default ON customers"))
    connection.execute(text(
        "CREATE TRIGGER owner_by_default BEFORE INSERT ON customers "
        "FOR EACH ROW EXECUTE FUNCTION telesales_owner_by_default()"))


def has_team(connection: Connection) -> bool:
    """Whether the shared book's team was set up (its roles exist)."""
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": REP_ROLE}).first() is not None


def add_member(connection: Connection, name: str, lead: bool = False, password: str | None = None) -> None:
    """A rep (or a lead) who logs in as `name`; an existing role just joins the team."""
    if not ROLE_NAME.match(name):
        raise UserError(f"{name!r} cannot be a rep's login: use lower-case letters, digits and _ (at most 63)")
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
    if exists is None:
        connection.execute(text(f"CREATE ROLE {name} LOGIN"))
    if password:
        quoted = connection.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        connection.execute(text(f"ALTER ROLE {name} PASSWORD {quoted}"))
    connection.execute(text(f"GRANT {LEAD_ROLE if lead else REP_ROLE} TO {name}"))
    connection.execute(text(f"REVOKE {REP_ROLE if lead else LEAD_ROLE} FROM {name}"))


def members(connection: Connection) -> list[tuple[str, bool, int]]:
    """(login, is lead, customers owned) for everyone on the team, by login."""
    rows = connection.execute(text(
        "SELECT m.rolname, g.rolname = :lead, "
        "(SELECT count(*) FROM customers c WHERE c.owner = m.rolname) "
        "FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN (:lead, :rep) ORDER BY m.rolname"), {"lead": LEAD_ROLE, "rep": REP_ROLE}).all()
    return [(str(name), bool(is_lead), int(owned)) for name, is_lead, owned in rows]


def current_member(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar_one())


def reassign(connection: Connection, customer_ids: Sequence[int], from_rep: str | None, to_rep: str,
             day: date) -> list[int]:
    """Give customers to `to_rep` (those listed, or every customer of `from_rep`), remembering the owner before
    and the day; the ids that moved. The server refuses a rep who is not the lead."""
    if not ROLE_NAME.match(to_rep):
        raise UserError(f"{to_rep!r} is not a rep's login")
    known = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": to_rep}).first()
    if known is None:
        raise UserError(f"there is no rep {to_rep!r} on this server (telesales team add-rep {to_rep})")
    chosen = "id IN :ids" if customer_ids else "owner = :source"
    statement = text(
        "UPDATE customers SET previous_owner = owner, owner = :target, owner_changed_on = :day "
        f"WHERE {chosen} AND owner <> :target RETURNING id")
    params: dict[str, object] = {"target": to_rep, "day": day}
    if customer_ids:
        statement = statement.bindparams(bindparam("ids", expanding=True))
        params["ids"] = list(customer_ids)
    else:
        params["source"] = from_rep
    return sorted(int(row[0]) for row in connection.execute(statement, params))


class TeamStore:
    """The team on the shared book at `engine`, as the connected role sees it."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def setup(self) -> None:
        with self._engine.begin() as connection:
            setup_team(connection)

    def add_member(self, name: str, lead: bool, password: str | None) -> None:
        with self._engine.begin() as connection:
            add_member(connection, name, lead, password)

    def members(self) -> list[tuple[str, bool, int]]:
        with self._engine.connect() as connection:
            return members(connection)

    def me(self) -> str:
        with self._engine.connect() as connection:
            return current_member(connection)

    def reassign(self, customer_ids: Sequence[int], from_rep: str | None, to_rep: str, day: date) -> list[int]:
        with self._engine.begin() as connection:
            return reassign(connection, customer_ids, from_rep, to_rep, day)


def reassigned_unreached(engine: Engine) -> dict[int, date]:
    """Customers the lead reassigned whom the new owner has not reached since: id → the day they moved.

    Read on any book (a field copy keeps the columns), so the "owner left" signal shows offline too.
    """
    from telesales.store.models import CustomerRow

    query = select(CustomerRow.id, CustomerRow.owner_changed_on, CustomerRow.last_reached_at).where(
        CustomerRow.owner_changed_on.is_not(None), CustomerRow.previous_owner != "")
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return {int(cid): day for cid, day, reached in rows
            if reached is None or reached.astimezone(UTC).date() < day}
