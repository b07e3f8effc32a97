"""Use case: the customer list, filtered and sorted in the book, with an optional search, paged as it scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from telesales.domain.listing import ListedCustomer, ListQuery
from telesales.services.finding import customer_ids, find
from telesales.services.ports import ListingPort, SearchPort

SEARCH_LIMIT = 1000  # customers a search keeps in the list, best first


HEAD = 500  # the first screenful and more: a top-N query; the whole order is read when the rep scrolls past it


@dataclass
class Listing:
    """The list's answer: how many customers it keeps, their ids in order, and how to read a page of rows.

    The first HEAD ids come with the answer; the rest are read once, the first time a page needs them.
    """

    total: int
    head: list[int]
    read_rows: Callable[[Sequence[int]], list[ListedCustomer]]
    read_all: Callable[[], list[int]] | None = None

    @property
    def ids(self) -> list[int]:
        if self.read_all is not None and len(self.head) < self.total:
            self.head, self.read_all = self.read_all(), None
        return self.head

    def page(self, offset: int, limit: int) -> list[ListedCustomer]:
        ids = self.head if offset + limit <= len(self.head) else self.ids
        return self.read_rows(ids[offset:offset + limit])


def list_customers(listing: ListingPort, search: SearchPort | None, query: ListQuery, text: str = "") -> Listing:
    if text.strip() and search is not None:
        query = replace(query, only=customer_ids(find(search, text, SEARCH_LIMIT)))
    if query.only is not None:
        ids = listing.ids(query)
        return Listing(len(ids), ids, listing.rows)
    head = listing.ids(query, HEAD)
    total = len(head) if len(head) < HEAD else listing.count(query)
    return Listing(total, head, listing.rows, lambda: listing.ids(query))
