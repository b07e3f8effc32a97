"""Is a book file whole, and what went wrong when SQLite refused a write — SQLite-specific, kept in one place.

Where the integrity check runs (a 600 MB book takes about 4 s to `PRAGMA quick_check`, so never on every start):
- on every open, the file's header is read (microseconds): SQLite's magic, a valid page size, a file size that is
  a whole number of pages and not shorter than the page count the header records. Only when that looks wrong,
  or when the last program that had the book open ended without closing it (a marker it left beside the book:
  a crash, a kill, a power cut), `PRAGMA quick_check` runs and decides;
- every backup is checked with `quick_check` as it is made, off the GUI thread: the copy is page for page the
  book, so a failing copy means a damaged book, found within a day of the damage and said to the rep;
- a damaged page met while working raises SQLite's "malformed" error, which is worded as a damaged book too.

Write failures become `BookError`s the rep can act on: read-only, disk full, locked too long by another program,
damaged. The statement's parameters (names, phones, notes) never reach a log or a message
(`hide_parameters`, see telesales.store.book).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from telesales.domain.errors import BookError, BookProblem
from telesales.store.engine import SQLITE_HEADER

_BY_CODE = {
    8: BookProblem.READ_ONLY,  # SQLITE_READONLY
    14: BookProblem.READ_ONLY,  # SQLITE_CANTOPEN: e.g. the folder does not let SQLite make its -wal/-shm files
    23: BookProblem.READ_ONLY,  # SQLITE_AUTH
    13: BookProblem.DISK_FULL,  # SQLITE_FULL (the unix VFS reports ENOSPC so)
    5: BookProblem.BUSY,  # SQLITE_BUSY, after busy_timeout
    6: BookProblem.BUSY,  # SQLITE_LOCKED
    11: BookProblem.DAMAGED,  # SQLITE_CORRUPT
    26: BookProblem.DAMAGED,  # SQLITE_NOTADB
}
_BY_TEXT = (("readonly", BookProblem.READ_ONLY), ("read-only", BookProblem.READ_ONLY),
            ("disk is full", BookProblem.DISK_FULL), ("database is locked", BookProblem.BUSY),
            ("malformed", BookProblem.DAMAGED), ("not a database", BookProblem.DAMAGED))


def problem_of(error: BaseException) -> BookProblem | None:
    """The book problem an sqlite3 error means, or None for an error of ours (a bad statement, a constraint)."""
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(error).lower()
    return next((problem for words, problem in _BY_TEXT if words in text), None)


def watch_errors(engine: Engine, path: Path) -> Engine:
    """Turn SQLite's write failures on `engine` into BookErrors about `path` (the original stays as the cause)."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> None:
        problem = problem_of(context.original_exception)
        if problem is not None:
            raise BookError(problem, path, _first_line(context.original_exception)) from context.original_exception

    return engine


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


# -- the header


def header_problem(path: Path) -> str | None:
    """What looks wrong in the file's SQLite header and size (None: nothing); reads 100 bytes and a stat."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return f"unreadable: {error.strerror}"
    if len(header) < 100 or header[:16] != SQLITE_HEADER:
        return "no SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return f"page size {page_size}"
    if size % page_size:
        return f"size {size} is not a whole number of {page_size}-byte pages"
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the page count is valid when written by the same change
    if valid and pages and size < pages * page_size:
        return f"truncated: {size} bytes, the header says {pages} pages of {page_size}"
    return None


def quick_check(path: Path) -> str | None:
    """SQLite's `PRAGMA quick_check` of the file (None: ok; else its first findings). Never changes the file."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    findings = [str(row[0]) for row in rows]
    return None if findings == ["ok"] else "; ".join(findings)[:300]


# -- did the last program close the book


def _marker_prefix(path: Path) -> str:
    return f".{path.name}.open-"


def mark_open(path: Path) -> Path:
    """Leave a marker beside the book while this process has it open (removed by `mark_closed`)."""
    marker = path.with_name(f"{_marker_prefix(path)}{os.getpid()}")
    with contextlib.suppress(OSError):  # a read-only folder: no marker, and no check after a crash either
        marker.touch(mode=0o600)
    return marker


def mark_closed(marker: Path) -> None:
    marker.unlink(missing_ok=True)


def ended_uncleanly(path: Path) -> bool:
    """A marker left by a process that is gone: it ended without closing the book. Stale markers are removed."""
    unclean = False
    prefix = _marker_prefix(path)
    try:
        markers = [entry for entry in path.parent.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return False
    for marker in markers:
        pid = marker.name[len(prefix):]
        if pid.isdigit() and (int(pid) == os.getpid() or _alive(int(pid))):
            continue  # ours, or a program that still has the book open
        unclean = unclean or pid.isdigit()
        marker.unlink(missing_ok=True)
    return unclean


def open_elsewhere(path: Path) -> list[int]:
    """The process ids of other running programs that have the book open (by their markers)."""
    prefix = _marker_prefix(path)
    try:
        pids = [entry.name[len(prefix):] for entry in path.parent.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return []
    return sorted(int(pid) for pid in pids if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)))


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    # a zombie (killed, not yet reaped by its parent) holds no lock on the book any more
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _alive_on_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
