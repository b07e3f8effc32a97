"""Bringing a field copy's edits together with the shared book's: a three-way merge, field by field.

The field copy remembers each row as it was taken (the base). At a sync, a field the rep changed and the server
did not goes up; one the server changed and the rep did not comes down; one both changed to different values is
a conflict the rep resolves. Nothing is overwritten silently, and merging again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from telesales.domain.tags import from_stored, merge_tags, stored

Fields = Mapping[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    """One field of one row that both sides changed to different values."""

    table: str
    row_id: int
    field: str
    base: Any
    mine: Any
    theirs: Any

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table, "id": self.row_id, "field": self.field, "base": self.base, "mine": self.mine,
                "theirs": self.theirs}


@dataclass(frozen=True)
class RowMerge:
    to_server: dict[str, Any] = field(default_factory=dict)  # the rep's changes the server takes
    to_local: dict[str, Any] = field(default_factory=dict)  # the server's changes the field copy takes
    conflicts: tuple[str, ...] = ()  # fields both changed differently: left as they are on both sides


def _merged_tags(base: Any, mine: Any, theirs: Any) -> str:
    return stored(merge_tags(from_stored(base), from_stored(mine), from_stored(theirs)))


# fields holding a set: both sides' edits are joined rather than a conflict
JOINED: dict[str, Callable[[Any, Any, Any], Any]] = {"tags": _merged_tags}


def merge_row(base: Fields, mine: Fields, theirs: Fields) -> RowMerge:
    """Merge one row's fields (every mapping has the same keys)."""
    to_server: dict[str, Any] = {}
    to_local: dict[str, Any] = {}
    conflicts: list[str] = []
    for name, was in base.items():
        now_mine, now_theirs = mine[name], theirs[name]
        if now_mine == now_theirs:
            continue
        if now_theirs == was:
            to_server[name] = now_mine
        elif now_mine == was:
            to_local[name] = now_theirs
        elif name in JOINED:
            joined = JOINED[name](was, now_mine, now_theirs)
            if joined != now_theirs:
                to_server[name] = joined
            if joined != now_mine:
                to_local[name] = joined
        else:
            conflicts.append(name)
    return RowMerge(to_server, to_local, tuple(conflicts))


def resolved_base(base: Fields, theirs: Fields, conflicts: tuple[str, ...]) -> dict[str, Any]:
    """The base once the rep resolved a row's conflicts: with the server's value as the base, "mine" is the only
    change left (it goes up at the next sync), or none at all when the rep took theirs into the copy too."""
    resolved = dict(base)
    for name in conflicts:
        resolved[name] = theirs[name]
    return resolved
