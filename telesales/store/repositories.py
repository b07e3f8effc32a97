"""Queries and writes over the book, handing out domain types (never ORM objects)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, func, insert, literal_column, select

from telesales.domain.model import Area, Customer, CustomerKind, Face, Region, Tier
from telesales.domain.settings import SPECS, RuleSettings
from telesales.domain.tags import from_stored
from telesales.store.models import (
    Base,
    CallRow,
    ContactRow,
    CustomerRow,
    OrderRow,
    ReminderRow,
    SettingRow,
    VisitRow,
)

COUNTED = {
    "customers": CustomerRow,
    "contacts": ContactRow,
    "calls": CallRow,
    "orders": OrderRow,
    "visits": VisitRow,
    "reminders": ReminderRow,
}


class BookQueries:
    """What the book holds: counts per table and its schema revision."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def counts(self) -> dict[str, int]:
        with self._engine.connect() as connection:
            return {
                name: int(connection.execute(select(func.count()).select_from(model)).scalar_one())
                for name, model in COUNTED.items()
            }

    def schema_revision(self) -> str:
        with self._engine.connect() as connection:
            return str(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one())


class SettingsRepository:
    """The rules' values stored in the book, over the declared defaults."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def load(self) -> RuleSettings:
        with self._engine.connect() as connection:
            rows = connection.execute(select(SettingRow.key, SettingRow.value)).all()
            login = _login(connection)
        values = {key: json.loads(value) for key, value in rows if key in SPECS}  # the team's, then the login's
        if login is not None:
            mine = f"@{login}"
            values.update({key[:-len(mine)]: json.loads(value) for key, value in rows
                           if key.endswith(mine) and key[:-len(mine)] in SPECS})
        return RuleSettings(values)

    def save(self, values: Mapping[str, Any]) -> RuleSettings:
        """Store `values` (checked against their declarations); a value equal to its default is forgotten. On a
        shared book the rep's own working day (name, time zone, visits, closing time) is kept per login."""
        checked = {key: SPECS[key].coerce(value) for key, value in values.items()}
        with self._engine.begin() as connection:
            login = _login(connection)
            for key, value in checked.items():
                stored = f"{key}@{login}" if _personal(key, login) else key
                connection.execute(delete(SettingRow).where(SettingRow.key == stored))
                if value != SPECS[key].default:
                    connection.execute(insert(SettingRow).values(key=stored, value=json.dumps(value)))
        return self.load()


PERSONAL_SETTINGS = ("rep.", "visits.", "close_day.")  # on a shared book, each login's own


def _login(connection: Connection) -> str | None:
    if connection.dialect.name == "sqlite":
        return None
    return str(connection.execute(select(literal_column("current_user"))).scalar_one())


def _personal(key: str, login: str | None) -> bool:
    return login is not None and key.startswith(PERSONAL_SETTINGS)


class CustomerQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, customer_id: int) -> Customer | None:
        with self._engine.connect() as connection:
            row = connection.execute(select(CustomerRow).where(CustomerRow.id == customer_id)).mappings().first()
        return None if row is None else customer_from_row(dict(row))


def customer_from_row(row: Mapping[str, Any]) -> Customer:
    return Customer(
        id=row["id"],
        name=row["name"],
        kind=CustomerKind(row["kind"]),
        industry=row["industry"],
        scale=row["scale"],
        phone=row["phone"],
        email=row["email"],
        wechat=row["wechat"],
        address=row["address"],
        area=Area(row["province"], row["city"], row["district"]),
        latitude=row["latitude"],
        longitude=row["longitude"],
        region=Region(row["region"]),
        owner=row["owner"],
        tier=Tier(row["tier"]),
        tier_pin=Tier(row["tier_pin"]) if row["tier_pin"] else None,
        tier_pin_reason=row["tier_pin_reason"],
        do_not_call=row["do_not_call"],
        marked_other=row["marked_other"],
        face=Face(row["face"]) if row["face"] else None,
        keeps_christmas=row["keeps_christmas"],
        credit_limit_cents=row["credit_limit_cents"],
        payment_terms=row["payment_terms"],
        competitors=row["competitors"],
        preferences=row["preferences"],
        notes=row["notes"],
        founded_on=row["founded_on"],
        tags=from_stored(row["tags"]),
    )


class BulkWriter:
    """Fast inserts for the demo book and imports: Core executemany in one transaction per call.

    The ORM's unit of work inserts one row per statement on SQLite (tens of times slower); rows here are plain
    dicts keyed by column name, with every column present so batches never split.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def insert_many(self, batches: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> None:
        """Several tables in one transaction: all of it lands, or none."""
        with self._engine.begin() as connection:
            for table, rows in batches:
                if rows:
                    connection.execute(insert(_table(table)), list(rows))


def _table(name: str) -> Table:
    return Base.metadata.tables[name]
