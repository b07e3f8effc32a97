"""The customer list's question: which customers (filters) in which order (sort), and its answer's rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from telesales.domain.model import Area, Intent, Tier


class SortKey(StrEnum):
    RELEVANCE = "relevance"  # the search's order (best first); name order without a search
    NAME = "name"
    TIER = "tier"
    CITY = "city"
    DISTRICT = "district"
    PHONE = "phone"
    INDUSTRY = "industry"
    STAGE = "stage"
    INTENT = "intent"
    LAST_CALL = "last_call"
    TAGS = "tags"
    OWNER = "owner"


TIER_ORDER = tuple(Tier)  # super first
NO_VALUE = ""  # a filter value meaning "not known yet" (no stage, no intent)


@dataclass(frozen=True, slots=True)
class ListQuery:
    tiers: frozenset[Tier] = frozenset()
    province: str = ""
    city: str = ""
    district: str = ""
    stages: frozenset[str] = frozenset()  # lifecycle stage codes; NO_VALUE for customers without one
    intents: frozenset[str] = frozenset()  # "A".."D"; NO_VALUE for customers never asked
    tags: frozenset[str] = frozenset()  # customers carrying any of these tags (case aside); NO_VALUE for untagged
    only: tuple[int, ...] | None = None  # the search's customers, best first (None: no search)
    sort: SortKey = SortKey.RELEVANCE
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ListedCustomer:
    """One line of the customer list."""

    id: int
    name: str
    tier: Tier
    pinned: bool
    area: Area
    phone: str
    industry: str
    stage: str | None = None
    intent: Intent | None = None
    last_call_at: datetime | None = None
    churn_signals: tuple[str, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = ()
    owner: str = ""  # the rep the customer belongs to (a shared book's lead sees the whole team's)


@dataclass(frozen=True, slots=True)
class TagChoice:
    tag: str
    customers: int


@dataclass(frozen=True, slots=True)
class AreaChoice:
    province: str
    city: str
    district: str
    customers: int
