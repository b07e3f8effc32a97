"""Use case: what a book holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from telesales.services.ports import BookQueriesPort


@dataclass(frozen=True)
class BookInfo:
    path: Path
    schema_revision: str
    counts: dict[str, int]
    size_bytes: int

    def as_json(self) -> dict[str, object]:
        return {"book": str(self.path), "schema_revision": self.schema_revision, "counts": self.counts,
                "size_bytes": self.size_bytes}


def book_info(path: Path, queries: BookQueriesPort) -> BookInfo:
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return BookInfo(path=path, schema_revision=queries.schema_revision(), counts=queries.counts(), size_bytes=size)
