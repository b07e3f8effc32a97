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
    url: str | None = None  # a shared book: its server URL (without the password); `size_bytes` is then 0

    @property
    def location(self) -> str:
        return self.url or str(self.path)

    def as_json(self) -> dict[str, object]:
        return {"book": self.location, "schema_revision": self.schema_revision, "counts": self.counts,
                "size_bytes": self.size_bytes, "shared": self.url is not None}


def book_info(path: Path, queries: BookQueriesPort, url: str | None = None) -> BookInfo:
    size = 0 if url else sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return BookInfo(path=path, schema_revision=queries.schema_revision(), counts=queries.counts(), size_bytes=size,
                    url=url)
