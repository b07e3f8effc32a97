"""Use case: the book's backups — one a day when the book is opened, one before every import and upgrade, one
when asked for; rotation (7 daily and 4 weekly by default, the book's settings); restoring one; and the latest
good one to offer when the book is damaged.

Works on a path, with or without an open session: a damaged book has no session, and must still be restorable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telesales.domain.backups import (
    DEFAULT_DAILY,
    DEFAULT_WEEKLY,
    RESTORABLE,
    Backup,
    BackupKind,
    is_due,
    newest_first,
    to_keep,
)
from telesales.domain.errors import BookError, BookProblem, UserError
from telesales.domain.import_progress import BACKUP, Progress
from telesales.domain.settings import SPECS
from telesales.services.ports import BackupStorePort, ImportWriterPort


@dataclass(frozen=True)
class Restored:
    """A restore: the backup now in the book's place, and the copy of the book as it was before."""

    book: Path
    restored_from: Path
    kept: Backup | None  # None when there was no book to keep

    def as_json(self) -> dict[str, Any]:
        return {"book": str(self.book), "restored_from": str(self.restored_from),
                "kept": self.kept.as_json() if self.kept else None}


class BackupService:
    def __init__(self, store: BackupStorePort, book: Path, clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self.book = book
        self.clock = clock or (lambda: datetime.now().astimezone())  # replaceable: tests fix the moment

    # -- reading

    def backups(self, restorable_only: bool = True) -> list[Backup]:
        """The book's backups, newest first (the ones that can be restored, or every one)."""
        return [item for item in self._store.backups() if item.kind in RESTORABLE or not restorable_only]

    def latest_good(self) -> Backup | None:
        """The newest backup that can be restored and whose file looks whole (every backup was checked in full
        when it was made; restoring checks it again)."""
        return next((item for item in self.backups() if self._store.looks_whole(item.path)), None)

    def rotation(self) -> tuple[int, int]:
        """(daily, weekly) backups kept: the book's settings, else 7 and 4."""
        daily, weekly = self._store.rotation()

        def checked(key: str, value: int | None, default: int) -> int:
            try:
                return int(SPECS[key].coerce(value)) if value is not None else default
            except ValueError:
                return default

        return checked("backups.daily", daily, DEFAULT_DAILY), checked("backups.weekly", weekly, DEFAULT_WEEKLY)

    # -- making

    def backup(self, kind: BackupKind = BackupKind.MANUAL, revision: str | None = None) -> Backup:
        """Back the book up now, then rotate. BookError when the book is damaged or the copy cannot be written."""
        made = self._store.make(kind, self.clock(), revision)
        self.rotate()
        return made

    def backup_if_due(self) -> Backup | None:
        """The daily backup, when no backup was made today (None: not due)."""
        if not is_due(self._store.backups(), self.clock().date()):
            return None
        return self.backup(BackupKind.DAILY)

    def rotate(self) -> list[Path]:
        """Delete the backups rotation does not keep; the paths deleted."""
        existing = self._store.backups()
        daily, weekly = self.rotation()
        keep = to_keep(existing, self.clock().date(), daily, weekly)
        removed = []
        for item in newest_first(existing):
            if item.path not in keep:
                self._store.remove(item)
                removed.append(item.path)
        return removed

    def guard_import(self, writer: ImportWriterPort) -> ImportWriterPort:
        """The import writer, backing the book up before every import that writes."""
        return _BackupBeforeImport(writer, self)

    # -- restoring

    def restore(self, backup: Path) -> Restored:
        """Put `backup` in the book's place, keeping the book as it was first.

        Raises UserError while another program has the book open (this one must have closed it), BookError:
        MISSING (no such backup), DAMAGED (the backup is not whole; nothing was changed).
        """
        others = self._store.open_elsewhere()
        if others:
            raise UserError(f"{self.book} is open in another program (process {', '.join(map(str, others))}); "
                            "close it first")
        kept = self._store.restore(Path(backup), self.clock())
        return Restored(self.book, Path(backup), kept)

    def check(self, backup: Path) -> None:
        """Raise BookError(DAMAGED) when `backup` is not whole."""
        problem = self._store.check(Path(backup))
        if problem is not None:
            raise BookError(BookProblem.DAMAGED, Path(backup), problem)


class _BackupBeforeImport:
    def __init__(self, writer: ImportWriterPort, backups: BackupService) -> None:
        self._writer = writer
        self._backups = backups

    def identities(self) -> list[tuple[int, str, str, str]]:
        return self._writer.identities()

    def write(self, plan: Any, dry_run: bool = False,
              progress: Progress | None = None) -> tuple[dict[str, int], dict[str, int]]:
        if not dry_run:
            if progress is not None:
                progress(BACKUP, 0, 1)
            self._backups.backup(BackupKind.IMPORT)
            if progress is not None:
                progress(BACKUP, 1, 1)
        return self._writer.write(plan, dry_run=dry_run, progress=progress)


__all__ = ["BackupService", "Restored"]
