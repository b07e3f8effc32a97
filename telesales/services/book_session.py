"""An open book as the screens and the command line see it: its use cases, never its tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telesales.domain.model import CustomerSummary
from telesales.domain.settings import RuleSettings
from telesales.services.book_info import BookInfo, book_info
from telesales.services.ports import BookQueriesPort, CustomerQueriesPort, SettingsPort


@dataclass
class BookSession:
    path: Path
    queries: BookQueriesPort
    settings_store: SettingsPort
    customers: CustomerQueriesPort
    closer: Callable[[], None]
    upgraded_from: str | None = None
    backup: Path | None = None

    def info(self) -> BookInfo:
        return book_info(self.path, self.queries)

    def settings(self) -> RuleSettings:
        return self.settings_store.load()

    def save_settings(self, values: Mapping[str, Any]) -> RuleSettings:
        return self.settings_store.save(values)

    def customer_page(self, offset: int, limit: int) -> list[CustomerSummary]:
        return self.customers.summaries(offset, limit)

    def close(self) -> None:
        self.closer()


BookOpener = Callable[[Path, bool], BookSession]
"""Opens the book at a path (creating an empty one when the flag is set); raises domain BookError."""
