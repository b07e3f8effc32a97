"""The customer list in SQL: filtered and sorted ids first, then the rows of one page at a time.

The ordered ids of even 100,000 customers are one indexed or sorted scan (tens of milliseconds); a page is then
fetched by primary key wherever the rep scrolls, so paging deep never re-sorts the book.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, case, false, func, literal, or_, select

from telesales.domain.listing import (
    NO_VALUE,
    TIER_ORDER,
    AreaChoice,
    ListedCustomer,
    ListQuery,
    SortKey,
    TagChoice,
)
from telesales.domain.model import Area, Intent, Tier
from telesales.domain.tags import STORED_SEPARATOR, from_stored, tag_counts
from telesales.store.models import CustomerRow

C = CustomerRow
_EFFECTIVE_TIER = func.coalesce(C.tier_pin, C.tier)
_TIER_RANK = case({tier.value: rank for rank, tier in enumerate(TIER_ORDER)}, value=_EFFECTIVE_TIER, else_=99)
_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NAME: C.name,
    SortKey.TIER: _TIER_RANK,
    SortKey.CITY: C.city,
    SortKey.DISTRICT: C.district,
    SortKey.PHONE: C.phone,
    SortKey.INDUSTRY: C.industry,
    SortKey.STAGE: func.coalesce(C.stage, "~"),
    SortKey.INTENT: func.coalesce(C.last_intent, "~"),
    SortKey.LAST_CALL: C.last_call_at,
    SortKey.OWNER: C.owner,
    SortKey.TAGS: C.tags,  # by the first tag; untagged customers first going up
}
_ROW_COLUMNS = (C.id, C.name, C.tier, C.tier_pin, C.province, C.city, C.district, C.phone, C.industry, C.stage,
                C.last_intent, C.last_call_at, C.churn_signals, C.tags, C.owner)
# a customer's tags between separators, in lower case: a tag is found whole (VIP is not in VIP2), whatever its case
_TAGS_FOUND = func.lower(literal(STORED_SEPARATOR) + C.tags + STORED_SEPARATOR)
_CHUNK = 900  # bound parameters per IN (…)


def _filtered(query: ListQuery) -> Any:
    statement = select(C.id)
    if query.tiers:
        statement = statement.where(_EFFECTIVE_TIER.in_([tier.value for tier in query.tiers]))
    for column, value in ((C.province, query.province), (C.city, query.city), (C.district, query.district)):
        if value:
            statement = statement.where(column == value)
    for column, wanted in ((C.stage, query.stages), (C.last_intent, query.intents)):
        if wanted:
            known = [value for value in wanted if value != NO_VALUE]
            condition = column.in_(known)
            if NO_VALUE in wanted:
                condition = condition | column.is_(None)
            statement = statement.where(condition)
    if query.tags:
        carried = [_TAGS_FOUND.contains(f"{STORED_SEPARATOR}{tag.lower()}{STORED_SEPARATOR}", autoescape=True)
                   for tag in query.tags if tag != NO_VALUE]
        untagged = [C.tags == ""] if NO_VALUE in query.tags else []
        if carried:  # untagged customers (most of a book) are passed over before the text is looked into
            carried = [(C.tags != "") & or_(*carried)]
        statement = statement.where(or_(false(), *carried, *untagged))
    return statement


class CustomerListing:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def count(self, query: ListQuery) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(_filtered(query).subquery())).scalar_one())

    def ids(self, query: ListQuery, limit: int | None = None) -> list[int]:
        """The ids of the customers the query keeps, in its order (ties by name, then id); the first `limit`
        of them are a top-N scan, far cheaper than sorting the whole book."""
        statement = _filtered(query)
        if query.only is not None:
            wanted = list(query.only)
            kept: set[int] = set()
            with self._engine.connect() as connection:
                for start in range(0, len(wanted), _CHUNK):
                    chunk = wanted[start:start + _CHUNK]
                    kept.update(connection.execute(statement.where(C.id.in_(chunk))).scalars())
            ordered = [customer for customer in wanted if customer in kept]
            if query.sort is SortKey.RELEVANCE:
                return (ordered[::-1] if query.descending else ordered)[:limit]
            statement = select(C.id).where(C.id.in_(ordered[:30_000]))
        sort = _SORT_COLUMNS.get(query.sort, C.name)
        if query.sort is SortKey.RELEVANCE:
            sort = C.name
        if query != ListQuery(sort=query.sort, descending=query.descending):
            # filtered: sort what the filter keeps (a top-N sort) rather than walk the name index and look up
            # every row, which takes a third of a second when the filter keeps few customers
            name_order: Any = C.name + ""
            sort = name_order if sort is C.name else sort
        else:
            name_order = C.name
        # NULLs (never called) first ascending and last descending, as SQLite puts them, on every database
        direction = sort.desc().nulls_last() if query.descending else sort.asc().nulls_first()
        name = name_order.desc() if query.descending else name_order.asc()
        statement = statement.order_by(direction, name, C.id)
        if limit is not None:
            statement = statement.limit(limit)
        with self._engine.connect() as connection:
            return list(connection.execute(statement).scalars())

    def rows(self, ids: Sequence[int]) -> list[ListedCustomer]:
        """The list's lines for these ids, in the same order."""
        found: dict[int, ListedCustomer] = {}
        with self._engine.connect() as connection:
            for start in range(0, len(ids), _CHUNK):
                for row in connection.execute(select(*_ROW_COLUMNS).where(C.id.in_(ids[start:start + _CHUNK]))):
                    found[row.id] = ListedCustomer(
                        id=row.id, name=row.name, tier=Tier(row.tier_pin or row.tier), pinned=row.tier_pin is not None,
                        area=Area(row.province, row.city, row.district), phone=row.phone, industry=row.industry,
                        stage=row.stage, intent=Intent(row.last_intent) if row.last_intent else None,
                        last_call_at=row.last_call_at,
                        churn_signals=tuple(code for code in (row.churn_signals or "").split(",") if code),
                        tags=from_stored(row.tags), owner=row.owner or "")
        return [found[customer] for customer in ids if customer in found]

    def areas(self) -> list[AreaChoice]:
        """Every province / city / district in the book with its number of customers."""
        statement = (select(C.province, C.city, C.district, func.count()).group_by(C.province, C.city, C.district)
                     .order_by(C.province, C.city, C.district))
        with self._engine.connect() as connection:
            return [AreaChoice(row[0] or "", row[1] or "", row[2] or "", row[3]) for row in connection.execute(statement)]

    def tags(self) -> list[TagChoice]:
        """Every tag in the book with its number of customers, most used first."""
        with self._engine.connect() as connection:
            values = connection.execute(select(C.tags).where(C.tags != "")).scalars()
            return [TagChoice(tag, count) for tag, count in tag_counts(values)]
