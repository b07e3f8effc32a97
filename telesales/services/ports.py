"""What the services need from the store, as protocols: the store implements them, app.py wires them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from telesales.domain.model import Customer, CustomerSummary
from telesales.domain.settings import RuleSettings


class BookQueriesPort(Protocol):
    def counts(self) -> dict[str, int]: ...

    def schema_revision(self) -> str: ...


class SettingsPort(Protocol):
    def load(self) -> RuleSettings: ...

    def save(self, values: Mapping[str, Any]) -> RuleSettings: ...


class CustomerQueriesPort(Protocol):
    def summaries(self, offset: int = 0, limit: int | None = None) -> list[CustomerSummary]: ...

    def get(self, customer_id: int) -> Customer | None: ...


class BulkWriterPort(Protocol):
    def insert_many(self, batches: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> None: ...
