"""Use case: the customer list, filtered and sorted in the book, with an optional search, paged as it scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from telesales.domain.listing import ListedCustomer, ListQuery
from telesales.services.finding import customer_ids, find
from telesales.services.ports import ListingPort, SearchPort

SEARCH_LIMIT = 1000  # customers a search keeps in the list, best first


@dataclass(frozen=True)
class Listing:
    """The list's answer: every kept customer's id in order, and how to read a page of rows."""

    ids: list[int]
    read_rows: Callable[[Sequence[int]], list[ListedCustomer]]

    @property
    def total(self) -> int:
        return len(self.ids)

    def page(self, offset: int, limit: int) -> list[ListedCustomer]:
        return self.read_rows(self.ids[offset:offset + limit])


def list_customers(listing: ListingPort, search: SearchPort | None, query: ListQuery, text: str = "") -> Listing:
    if text.strip() and search is not None:
        query = replace(query, only=customer_ids(find(search, text, SEARCH_LIMIT)))
    return Listing(listing.ids(query), listing.rows)
