"""The team on a shared book (issue 12): who is on it, adding a rep, and the lead's reassignment of customers.

Who may do what is the server's to enforce (telesales.store.team): a rep who tries to reassign is refused there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from telesales.domain.errors import UserError


class TeamPort(Protocol):
    def setup(self) -> None: ...
    def add_member(self, name: str, lead: bool, password: str | None) -> None: ...
    def members(self) -> list[tuple[str, bool, int]]: ...
    def me(self) -> str: ...
    def reassign(self, customer_ids: Sequence[int], from_rep: str | None, to_rep: str, day: date) -> list[int]: ...


@dataclass(frozen=True)
class Member:
    login: str
    lead: bool
    customers: int

    def as_json(self) -> dict[str, object]:
        return {"login": self.login, "lead": self.lead, "customers": self.customers}


class TeamService:
    def __init__(self, store: TeamPort) -> None:
        self._store = store

    def set_up(self) -> None:
        """Roles, grants and row-level security on the shared book (the database owner, once)."""
        self._store.setup()

    def add(self, login: str, lead: bool = False, password: str | None = None) -> None:
        self._store.add_member(login, lead, password)

    def members(self) -> list[Member]:
        return [Member(login, lead, owned) for login, lead, owned in self._store.members()]

    def me(self) -> str:
        """The login this book is open as: on a shared book, the rep."""
        return self._store.me()

    def reassign(self, today: date, to_rep: str, customer_ids: Sequence[int] = (),
                 from_rep: str | None = None) -> list[int]:
        """Give the listed customers, or all of `from_rep`'s, to `to_rep` as of `today`; their "owner left" churn
        signal fires until the new owner reaches them. The ids that moved."""
        if bool(customer_ids) == bool(from_rep):
            raise UserError("give either customers or the rep whose customers move (--from), not both")
        return self._store.reassign(customer_ids, from_rep, to_rep, today)
