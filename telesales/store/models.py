"""The book's tables, as SQLAlchemy 2 typed models.

Money is integer cents (BigInteger); calendar days are `Date`; moments are `UTCDateTime`. Enum values are kept as
short strings (the domain's StrEnum values) so a book stays readable by plain SQL and by later versions.
Only the store sees these classes: repositories hand out domain types.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from telesales.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Rows made in a field copy carry a stable id (telesales.store.field_copy), so a sync adds them once; the unique
# index holds only those rows.
SYNCED_ONLY = text("sync_uid IS NOT NULL")


def sync_uid_column() -> Mapped[str | None]:
    return mapped_column(String(64))


class CustomerRow(Base):
    __tablename__ = "customers"
    __table_args__ = (Index("uq_customers_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="company")
    name: Mapped[str] = mapped_column(String(200), index=True)
    industry: Mapped[str] = mapped_column(String(100), default="")
    scale: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    wechat: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    province: Mapped[str] = mapped_column(String(50), default="")
    city: Mapped[str] = mapped_column(String(50), default="")
    district: Mapped[str] = mapped_column(String(50), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    region: Mapped[str] = mapped_column(String(8), default="CN")
    # indexed: a shared book's row security asks "whose?" of every customer a rep's statement touches
    owner: Mapped[str] = mapped_column(String(100), default="", index=True)
    # a team lead's reassignment (a shared book): who owned it before, and the day it moved
    # the server's default only, so an insert that leaves it out also works on a book from before it
    previous_owner: Mapped[str] = mapped_column(String(100), server_default="")
    owner_changed_on: Mapped[date | None] = mapped_column(Date)
    sync_uid: Mapped[str | None] = sync_uid_column()
    tier: Mapped[str] = mapped_column(String(16), default="suspect")
    tier_pin: Mapped[str | None] = mapped_column(String(16))
    tier_pin_reason: Mapped[str] = mapped_column(String(400), default="")
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    marked_other: Mapped[bool] = mapped_column(Boolean, default=False)
    face: Mapped[str | None] = mapped_column(String(8))
    keeps_christmas: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_limit_cents: Mapped[int | None] = mapped_column(BigInteger)
    payment_terms: Mapped[str] = mapped_column(String(200), default="")
    competitors: Mapped[str] = mapped_column(Text, default="")
    preferences: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    founded_on: Mapped[date | None] = mapped_column(Date)
    tags: Mapped[str] = mapped_column(Text, server_default="")  # the rep's labels, comma-joined (domain.tags)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # Derived figures the day's call list reads, kept up to date when a call is saved (last_*, call_back_at,
    # open_value_cents, follow_up_on) or by the daily refresh (tiered_on, stage, churn_signals, next_special_*),
    # rather than recomputed from millions of calls on every look.
    last_call_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_outcome: Mapped[str | None] = mapped_column(String(16))
    last_intent: Mapped[str | None] = mapped_column(String(4))
    call_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    open_value_cents: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    tiered_on: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str | None] = mapped_column(String(16))
    churn_signals: Mapped[str] = mapped_column(String(200), default="", server_default="")  # codes, comma-separated
    next_special_on: Mapped[date | None] = mapped_column(Date)
    next_special_kind: Mapped[str] = mapped_column(String(32), default="", server_default="")

    contacts: Mapped[list[ContactRow]] = relationship(back_populates="customer", cascade="all, delete-orphan")


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("uq_contacts_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    wechat: Mapped[str] = mapped_column(String(100), default="")
    # a birthday that comes back every year, solar or lunar (leap month), year optional
    birthday_calendar: Mapped[str | None] = mapped_column(String(8))
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    sync_uid: Mapped[str | None] = sync_uid_column()

    customer: Mapped[CustomerRow] = relationship(back_populates="contacts")
    roles: Mapped[list[ContactRoleRow]] = relationship(cascade="all, delete-orphan")


class ContactRoleRow(Base):
    """A contact's buying roles; a contact may hold several (decider and approver, say)."""

    __tablename__ = "contact_roles"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class CustomFieldRow(Base):
    """A field the rep defines for every customer: text, number, date or choice."""

    __tablename__ = "custom_fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    choices: Mapped[str] = mapped_column(Text, default="")  # one choice per line


class CustomValueRow(Base):
    __tablename__ = "custom_values"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ProductRow(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str] = mapped_column(String(64), default="")
    unit_price_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class OrderRow(Base):
    __tablename__ = "orders"
    # covering index: the trailing-revenue GROUP BY reads it alone (an index on customer_id alone was slower)
    __table_args__ = (
        Index("ix_orders_date_customer_amount", "ordered_on", "customer_id", "amount_cents"),
        # covering too, customer first: per-customer figures (the daily re-tiering's GROUP BY customer_id) stream
        # out of it without sorting 700,000 rows, and one customer's order history is one range
        Index("ix_orders_customer_date_amount", "customer_id", "ordered_on", "amount_cents"),
        Index("uq_orders_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    ordered_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    profit_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    sync_uid: Mapped[str | None] = sync_uid_column()

    lines: Mapped[list[OrderLineRow]] = relationship(cascade="all, delete-orphan")


class OrderLineRow(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(BigInteger)


class CallRow(Base):
    __tablename__ = "calls"
    # "latest call per customer" is a correlated LIMIT 1 on this index (far faster than GROUP BY or a window)
    __table_args__ = (
        Index("ix_calls_customer_called_at", "customer_id", "called_at"),
        Index("ix_calls_called_at", "called_at"),  # the last days' calls: today's progress
        # the call list's recent demand: the last days' calls that name a value, read from the index alone
        # (queries must repeat this WHERE clause word for word)
        Index("ix_calls_demand", "called_at", "customer_id", "expected_value_cents",
              sqlite_where=text("expected_value_cents > 0"), postgresql_where=text("expected_value_cents > 0")),
        # the few calls the churn signals read (complaints, unmet requests): a small partial index, so the daily
        # re-tiering never walks a year of calls (queries must repeat this WHERE clause word for word)
        Index("ix_calls_flagged", "called_at", sqlite_where=text("complaint = 1 OR unmet_request != ''"),
              postgresql_where=text("complaint OR unmet_request <> ''")),
        Index("uq_calls_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    called_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(16))
    call_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    need: Mapped[str] = mapped_column(Text, default="")
    expected_value_cents: Mapped[int | None] = mapped_column(BigInteger)
    attitude: Mapped[str | None] = mapped_column(String(16))
    intent: Mapped[str | None] = mapped_column(String(4))
    visit_possible: Mapped[bool] = mapped_column(Boolean, default=False)
    visit_when: Mapped[datetime | None] = mapped_column(UTCDateTime)
    materials_requested: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # what churn signals read: a complaint made on this call, a request we could not meet
    complaint: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    unmet_request: Mapped[str] = mapped_column(Text, default="", server_default="")
    sync_uid: Mapped[str | None] = sync_uid_column()


class VisitRow(Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_planned_on", "planned_on"),
        Index("uq_visits_source_key", "source_key", unique=True),
        Index("uq_visits_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    planned_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fixed_time: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    purpose: Mapped[str] = mapped_column(Text, default="")
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    from_call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    # the rep's own place for the visit in its day (dragged into order); NULL: the route planner places it
    sequence: Mapped[int | None] = mapped_column(Integer)
    # what made the visit, when booking it must be idempotent (closing the day); NULL for visits made by hand
    source_key: Mapped[str | None] = mapped_column(String(120))
    sync_uid: Mapped[str | None] = sync_uid_column()


class ImportantDateRow(Base):
    """A date that comes back every year: birthday, company anniversary, first deal, event; solar or lunar."""

    __tablename__ = "important_dates"
    __table_args__ = (Index("uq_important_dates_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    label: Mapped[str] = mapped_column(String(200), default="")
    calendar: Mapped[str] = mapped_column(String(8), default="solar")
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    leap: Mapped[bool] = mapped_column(Boolean, default=False)
    year: Mapped[int | None] = mapped_column(Integer)
    sync_uid: Mapped[str | None] = sync_uid_column()


class TierChangeRow(Base):
    __tablename__ = "tier_changes"
    __table_args__ = (Index("ix_tier_changes_changed_on", "changed_on"), Index("uq_tier_changes_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    from_tier: Mapped[str | None] = mapped_column(String(16))
    to_tier: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, server_default="")  # a pin's reason as the rep typed it
    sync_uid: Mapped[str | None] = sync_uid_column()


class ReminderRow(Base):
    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_due_on_status", "due_on", "status"),
        # the same occasion for the same person is reminded once (idempotent re-planning)
        UniqueConstraint("source_key", name="uq_reminders_source_key"),
        Index("uq_reminders_sync_uid", "sync_uid", unique=True, sqlite_where=SYNCED_ONLY, postgresql_where=SYNCED_ONLY),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    occasion: Mapped[str] = mapped_column(String(32), default="")
    occasion_date: Mapped[date | None] = mapped_column(Date)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    source_key: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # when the rep was told (a desktop notice); cleared by a snooze, so each reminder is told once per due day
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # a time booked for it on its due day (a call booked when closing the day); NULL: any time that day
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sync_uid: Mapped[str | None] = sync_uid_column()


class DayCloseStepRow(Base):
    """How far the rep got closing a day (DOMAIN.md §7): one row per day and step, open when missing; on a
    shared book, per rep (`rep`: the login, filled by the server; "" in a book file)."""

    __tablename__ = "day_close_steps"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    step: Mapped[str] = mapped_column(String(16), primary_key=True)
    rep: Mapped[str] = mapped_column(String(100), primary_key=True, server_default="")
    state: Mapped[str] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SettingRow(Base):
    """A rule's value that differs from its declared default (telesales.domain.settings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SearchKeyRow(Base):
    """One way a customer or contact is found (telesales.domain.search): name, inner part, pinyin, initials,
    phone digits, place. Looked up by prefix on the primary key alone (a table without rowid: one B-tree).

    Keys are removed exactly (by recomputing the old row's keys) when a customer or contact changes, so no
    second index on the owner is needed; a key whose owner is gone is dropped when hits are described.
    """

    __tablename__ = "search_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    # compared byte by byte on a server too (its default collation may be a language's), as SQLite compares
    # them: a prefix is the range [p, p + U+10FFFF) and the shortest keys come first in any locale
    key: Mapped[str] = mapped_column(String(400).with_variant(String(400, collation="C"), "postgresql"),
                                     primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # 0: the customer
    field: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class DailyRunRow(Base):
    """The day a daily job last ran on this book (the re-tiering at start-up runs once a day)."""

    __tablename__ = "daily_runs"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    ran_on: Mapped[date] = mapped_column(Date)


class FieldCopyBaseRow(Base):
    """A field copy's memory of the shared book (telesales.store.field_copy): every row it was taken with, and for
    rows the rep may edit, their fields as they were then (JSON), so a sync knows who changed what."""

    __tablename__ = "field_copy_base"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    fields: Mapped[str] = mapped_column(Text)  # "" for rows that are only added to, never edited


class FieldCopyStateRow(Base):
    """Where a field copy came from: the shared book's URL (no password), the login, its own id, when taken."""

    __tablename__ = "field_copy_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
