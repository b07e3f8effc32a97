"""What the book hands over for valuing its customers, and what a re-tiering writes back: plain named tuples.

The store fills them with a few GROUP BY queries (a book holds 100,000 customers and 700,000 orders), the
services feed them to `tiering`, `valuation` and `lifecycle`. Nothing here reads a clock or a database.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from telesales.domain.model import Face, Tier


class OrderSums(NamedTuple):
    """One customer's orders dated up to a day: how many, the order amounts summed over the periods asked for
    (cents, in the order the periods were given), and the distinct order dates, ascending."""

    customer_id: int
    orders: int
    sums: tuple[int, ...]
    days: tuple[date, ...]


class ValueCustomer(NamedTuple):
    """A customer as valuation, tiering and churn see it.

    `tier` is the computed tier the last re-tiering stored (`tiered_on` its day; None: never tiered), `pin` the
    tier the rep pinned by hand. `had_contact`: any call or visit ever. `last_intent`, `open_value_cents` and
    `last_reached_on` are the customer's call state (the latest call with an intent, the latest reached call).
    `stage` and `churn_codes` (comma-separated `ChurnSignal` values) are what the last re-tiering stored.
    """

    customer_id: int
    name: str
    tier: Tier
    pin: Tier | None
    pin_reason: str
    marked_other: bool
    face: Face | None
    owner: str
    had_contact: bool
    tiered_on: date | None
    stage: str | None
    churn_codes: str
    last_intent: str | None
    open_value_cents: int
    last_reached_on: date | None

    @property
    def effective(self) -> Tier:
        return self.pin if self.pin is not None else self.tier


class CallMark(NamedTuple):
    """A call that carried a complaint or a request we could not meet, on a day."""

    customer_id: int
    day: date
    complaint: bool
    unmet_request: bool


class CustomerUpdate(NamedTuple):
    """What a re-tiering writes to one customer whose computed tier, stage or churn signals moved (None: the
    stage or the signals were not recomputed and stay as they are)."""

    customer_id: int
    tier: Tier
    stage: str | None
    churn_codes: str | None


class TierMovement(NamedTuple):
    """A recorded tier change with the customer's name (`from_tier` None: tiered for the first time)."""

    customer_id: int
    name: str
    changed_on: date
    from_tier: Tier | None
    to_tier: Tier
    reason: str


class TierMember(NamedTuple):
    """A customer of one tier, as the book stores it, with its revenue in a window (cents)."""

    customer_id: int
    name: str
    tier: Tier  # computed
    pin: Tier | None
    pin_reason: str
    revenue_cents: int
    stage: str | None
    churn_codes: str
