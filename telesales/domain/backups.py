"""Backups of a book: what kinds there are, how they are named, which ones rotation keeps, when one is due.

Plain rules: the caller hands in today's date and the backups that exist; nothing here reads a clock or a disk.

Rotation (defaults 7 daily, 4 weekly; the book's `backups.daily` / `backups.weekly` settings):
- every backup made today is kept (a rep who restores twice in an afternoon can still go back to either);
- the newest backup of each of the `daily` most recent days that have one;
- the newest backup of each of the `weekly` most recent ISO weeks that have one;
- a copy made before an upgrade (the only one the previous version of the app can open) and a damaged book moved
  aside before a restore are never rotated away: they are rare, and deleting them could lose the rep's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path


class BackupKind(StrEnum):
    DAILY = "daily"  # made when the book is opened, at most once a day
    MANUAL = "manual"  # asked for (`telesales backup`)
    IMPORT = "pre-import"  # just before an import writes
    UPGRADE = "pre-upgrade"  # just before the book's schema is upgraded
    RESTORE = "pre-restore"  # the book as it was, kept before a restore replaced it
    DAMAGED = "damaged"  # a damaged book moved aside by a restore: kept, never offered for restoring


ROTATED = frozenset({BackupKind.DAILY, BackupKind.MANUAL, BackupKind.IMPORT, BackupKind.RESTORE})
RESTORABLE = frozenset(BackupKind) - {BackupKind.DAMAGED}
DEFAULT_DAILY = 7
DEFAULT_WEEKLY = 4

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?:\.r(?P<revision>\d{4}))?"
                   r"\.(?P<kind>[a-z-]+)\.sqlite$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime  # local wall-clock time, read from the name
    kind: BackupKind
    size_bytes: int
    revision: str | None = None  # the schema revision, when the name says (copies made before an upgrade)
    sequence: int = 1  # the second backup of the same second is 2, and so on

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "made_at": self.made_at.isoformat(timespec="seconds"),
                "kind": self.kind.value, "size_bytes": self.size_bytes, "revision": self.revision}


def backup_name(stem: str, made_at: datetime, kind: BackupKind, revision: str | None = None, n: int = 0) -> str:
    """`book.20261122-093000.daily.sqlite`; `-2`, `-3`… after the time when one of that second exists."""
    return (f"{stem}.{made_at.strftime(_STAMP)}" + (f"-{n}" if n > 1 else "")
            + (f".r{revision}" if revision else "") + f".{kind.value}.sqlite")


def parse_backup_name(name: str, stem: str) -> tuple[datetime, BackupKind, str | None, int] | None:
    """(made at, kind, revision, n) of a backup of the book named `stem`; None for any other file."""
    found = _NAME.match(name)
    if found is None or found["stem"] != stem:
        return None
    try:
        kind = BackupKind(found["kind"])
        made_at = datetime.strptime(found["stamp"], _STAMP)
    except ValueError:
        return None
    return made_at, kind, found["revision"], int(found["n"] or 1)


def newest_first(backups: Iterable[Backup]) -> list[Backup]:
    return sorted(backups, key=lambda item: (item.made_at, item.sequence, item.path.name), reverse=True)


def to_keep(backups: Sequence[Backup], today: date, daily: int = DEFAULT_DAILY,
            weekly: int = DEFAULT_WEEKLY) -> set[Path]:
    """The backups rotation keeps (see the module's rule); the others may be deleted."""
    keep = {item.path for item in backups if item.kind not in ROTATED or item.made_at.date() >= today}
    rotated = newest_first(item for item in backups if item.kind in ROTATED)
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for item in rotated:  # newest first: the first of each day (week) met is its newest
        day = item.made_at.date()
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(item.path)
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(item.path)
    return keep


def is_due(backups: Iterable[Backup], today: date) -> bool:
    """The daily backup is due when no backup of the book was made today."""
    return not any(item.made_at.date() == today and item.kind in RESTORABLE for item in backups)


def latest(backups: Iterable[Backup]) -> Backup | None:
    """The newest backup that can be restored."""
    return next(iter(newest_first(item for item in backups if item.kind in RESTORABLE)), None)
