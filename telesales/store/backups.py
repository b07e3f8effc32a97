"""Backups of a book on disk: made with SQLite's online backup API, checked, listed, rotated and restored.

Where: a `backups` folder beside the book (`~/.local/share/telesales/backups/` for the rep's own book). Beside the
book rather than in the user data folder because a rep may keep several books (each backup is named by its book:
`book.20261122-093000.daily.sqlite`), the copies move with the book when its folder is moved or copied to
another laptop, and the rep finds them next to the file they know. The folder is 0700 and every file in it 0600.

A backup is never a copy of the file: a live WAL book keeps recent pages in its -wal file, which a file copy
can miss or tear. SQLite's online backup reads one consistent snapshot while the app keeps writing. The copy is
written under a temporary name, switched to rollback-journal mode (one self-contained file, no -wal beside it),
checked with `quick_check`, synced, and only then renamed to its backup name: a crash or a kill during a backup
leaves at most a `.partial` file, never something that looks like a good backup.

Restoring keeps a copy of the current book first. A healthy book is overwritten through the online backup API
(a transaction on the live book: other programs that have it open see the restored book, never a torn one); a
damaged book is moved aside whole (with its -wal and -shm) as a `damaged` backup, never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from telesales.domain.backups import (
    Backup,
    BackupKind,
    backup_name,
    newest_first,
    parse_backup_name,
)
from telesales.domain.errors import BookError, BookProblem
from telesales.store.engine import SQLITE_HEADER, read_sqlite_revision
from telesales.store.integrity import header_problem, open_elsewhere, problem_of, quick_check

FOLDER = "backups"
_SIDE_FILES = ("-wal", "-shm", "-journal")
STALE_PARTIAL_SECONDS = 600


def _local(now: datetime) -> datetime:
    """The local wall-clock second a backup is named by."""
    return (now.astimezone().replace(tzinfo=None) if now.tzinfo is not None else now).replace(microsecond=0)


def _is_sqlite(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def backups_folder(book: Path) -> Path:
    return Path(book).absolute().parent / FOLDER


def private_file(path: Path) -> None:
    """Create `path` empty and readable by its owner only, so that SQLite (which copies the main file's mode to
    its -wal and -shm files) never makes a copy of the rep's book that others can read."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)


def _sync(path: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def _translated(path: Path) -> Iterator[None]:
    """sqlite3 and OS errors as the BookErrors the rep is told about."""
    try:
        yield
    except sqlite3.Error as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise BookError(problem, path, str(error)) from error
    except OSError as error:
        import errno

        if error.errno == errno.ENOSPC:
            raise BookError(BookProblem.DISK_FULL, path, error.strerror or "") from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise BookError(BookProblem.READ_ONLY, path, error.strerror or "") from error
        raise


def copy_book(source: Path, target: Path, *, journal: str = "DELETE") -> None:
    """A consistent copy of the (possibly live) book `source` into the new file `target` (0600), synced.

    `journal` is the copy's journal mode: DELETE for a backup (one file), WAL for a book.
    """
    private_file(target)
    try:
        src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
        try:
            src.execute("PRAGMA busy_timeout=10000")
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute(f"PRAGMA journal_mode={journal}")
            finally:
                dst.close()
        finally:
            src.close()
        _sync(target)
    except BaseException:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise


class BackupFiles:
    """The backups of the book at `book` (implements services.ports.BackupStorePort)."""

    def __init__(self, book: Path) -> None:
        self.book = Path(book).expanduser().absolute()
        self.folder = backups_folder(self.book)

    # -- listing

    def backups(self) -> list[Backup]:
        """Every backup of this book, newest first (other books' backups in the folder are not listed)."""
        found = []
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        for entry in entries:
            parsed = parse_backup_name(entry.name, self.book.stem)
            if parsed is None:
                continue
            made_at, kind, revision, sequence = parsed
            try:
                size = entry.stat().st_size
            except OSError:
                continue
            found.append(Backup(entry, made_at, kind, size, revision, sequence))
        return newest_first(found)

    def check(self, backup: Path) -> str | None:
        """What is wrong with a backup file (None: it is whole and can be restored). Reads all of it."""
        return header_problem(Path(backup)) or quick_check(Path(backup))

    def looks_whole(self, backup: Path) -> bool:
        """The backup's header and size are right (a cheap look; `check` reads every page)."""
        return header_problem(Path(backup)) is None

    def rotation(self) -> tuple[int | None, int | None]:
        """The book's `backups.daily` and `backups.weekly` settings as stored (None: not set or unreadable);
        read without opening the book for writing, so a damaged or newer book can still be backed up."""
        values: dict[str, int | None] = {"backups.daily": None, "backups.weekly": None}
        try:
            connection = sqlite3.connect(f"{self.book.as_uri()}?mode=ro", uri=True)
            try:
                for key, value in connection.execute(
                        "SELECT key, value FROM settings WHERE key IN ('backups.daily', 'backups.weekly')"):
                    parsed = json.loads(value)
                    values[key] = parsed if isinstance(parsed, int) and not isinstance(parsed, bool) else None
            finally:
                connection.close()
        except (sqlite3.Error, ValueError, TypeError):
            pass
        return values["backups.daily"], values["backups.weekly"]

    # -- making

    def make(self, kind: BackupKind, now: datetime, revision: str | None = None) -> Backup:
        """Back the book up now. Raises BookError when the book cannot be read (DAMAGED: the copy failed its
        check, so the book did too) or the backup cannot be written (READ_ONLY, DISK_FULL)."""
        if not self.book.is_file():
            raise BookError(BookProblem.MISSING, self.book)
        if not _is_sqlite(self.book):
            raise BookError(BookProblem.NOT_A_BOOK, self.book, backup=latest_good(self.book))
        with _translated(self.folder):
            self._ensure_folder()
            local = _local(now)
            final = self._free_name(kind, local, revision)
            partial = final.with_name(f".{final.name}.partial")
            self._clear_partials()
            try:
                copy_book(self.book, partial)
            except sqlite3.DatabaseError as error:
                if problem_of(error) is BookProblem.DAMAGED:
                    raise BookError(BookProblem.DAMAGED, self.book, str(error), backup=latest_good(self.book)) from error
                raise
            problem = quick_check(partial)
            if problem is not None:
                partial.unlink(missing_ok=True)
                raise BookError(BookProblem.DAMAGED, self.book, problem, backup=latest_good(self.book))
            if not read_sqlite_revision(partial)[0]:
                partial.unlink(missing_ok=True)
                raise BookError(BookProblem.NOT_A_BOOK, self.book)
            os.replace(partial, final)
            _sync(self.folder)
            sequence = parse_backup_name(final.name, self.book.stem)
            return Backup(final, local, kind, final.stat().st_size, revision, sequence[3] if sequence else 1)

    def _ensure_folder(self) -> None:
        if not self.folder.is_dir():
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _free_name(self, kind: BackupKind, local: datetime, revision: str | None) -> Path:
        taken = {(item.made_at, item.sequence) for item in self.backups()}
        n = 1
        while True:
            candidate = self.folder / backup_name(self.book.stem, local, kind, revision, n)
            if (local, n) not in taken and not candidate.exists():
                return candidate
            n += 1

    def _clear_partials(self) -> None:
        """Remove what a backup interrupted by a crash left behind (not one another program is writing now)."""
        prefix = f".{self.book.stem}."
        for entry in self.folder.iterdir():
            if entry.name.startswith(prefix) and ".partial" in entry.name:
                with contextlib.suppress(OSError):
                    if time.time() - entry.stat().st_mtime > STALE_PARTIAL_SECONDS:
                        entry.unlink()

    def open_elsewhere(self) -> list[int]:
        """The other running programs that have the book open."""
        return open_elsewhere(self.book)

    def remove(self, backup: Backup) -> None:
        backup.path.unlink(missing_ok=True)

    # -- restoring

    def restore(self, backup: Path, now: datetime) -> Backup | None:
        """Put the backup in the book's place; the book as it was is kept first (a `pre-restore` backup, or a
        `damaged` one moved aside whole). Returns that kept copy (None when there was no book).

        Raises BookError(DAMAGED) for a backup that is not whole; the book is then not touched.
        """
        backup = Path(backup).expanduser().absolute()
        if not backup.is_file():
            raise BookError(BookProblem.MISSING, backup)
        if not _is_sqlite(backup):
            raise BookError(BookProblem.NOT_A_BOOK, backup)
        problem = self.check(backup)
        if problem is not None:
            raise BookError(BookProblem.DAMAGED, backup, problem)
        try:
            is_book = read_sqlite_revision(backup)[0]
        except sqlite3.DatabaseError as error:
            raise BookError(BookProblem.DAMAGED, backup, str(error)) from error
        if not is_book:
            raise BookError(BookProblem.NOT_A_BOOK, backup)
        with _translated(self.book):
            if not self.book.exists():
                self._replace_with(backup)
                return None
            if header_problem(self.book) is None and quick_check(self.book) is None:
                kept = self.make(BackupKind.RESTORE, now)
                self._restore_into_live_book(backup)
                os.chmod(self.book, 0o600)
                return kept
            kept = self._move_aside(now)
            self._replace_with(backup)
            return kept

    def _restore_into_live_book(self, backup: Path) -> None:
        """The backup's pages written into the book in one transaction (WAL and other readers stay consistent)."""
        src = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(self.book)
            try:
                dst.execute("PRAGMA busy_timeout=10000")
                dst.execute("PRAGMA journal_mode=WAL")
                dst.execute("PRAGMA synchronous=FULL")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()

    def _replace_with(self, backup: Path) -> None:
        scratch = self.book.with_name(f".{self.book.name}.restoring-{os.getpid()}")
        for suffix in ("", *_SIDE_FILES):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        copy_book(backup, scratch, journal="WAL")
        for suffix in ("-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        os.replace(scratch, self.book)
        _sync(self.book.parent)

    def _move_aside(self, now: datetime) -> Backup:
        """The damaged book (and its -wal, -shm) moved into the backups folder, byte for byte."""
        self._ensure_folder()
        local = _local(now)
        target = self._free_name(BackupKind.DAMAGED, local, None)
        os.chmod(self.book, 0o600)
        for suffix in _SIDE_FILES:
            side = Path(f"{self.book}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
        os.replace(self.book, target)
        _sync(self.folder)
        return Backup(target, local, BackupKind.DAMAGED, target.stat().st_size)


def latest_good(book: Path) -> Path | None:
    """The newest backup of `book` that can be restored and looks whole (offered when the book is damaged)."""
    from telesales.domain.backups import RESTORABLE

    files = BackupFiles(book)
    return next((item.path for item in files.backups() if item.kind in RESTORABLE and files.looks_whole(item.path)),
                None)
