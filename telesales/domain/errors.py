"""Errors the rep is told about, as codes; the UI and the command line word them."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class BookProblem(StrEnum):
    MISSING = "missing"
    NOT_A_BOOK = "not_a_book"
    DAMAGED = "damaged"
    NEWER = "newer"
    EXISTS = "exists"
    READ_ONLY = "read_only"  # the book (or its folder) cannot be written: nothing was saved
    DISK_FULL = "disk_full"  # no room left on the disk: nothing was saved
    BUSY = "busy"  # another program kept the book locked too long: nothing was saved
    UNREACHABLE = "unreachable"  # a shared book's server did not answer or refused the rep


class BookError(Exception):
    """A book that cannot be opened, created or written; `problem` says why, `detail` adds what the file said.
    `path` is the book's file, or a shared book's URL (without its password).

    `backup` is the latest good backup of the book, offered when the file is damaged or is not a book.
    """

    def __init__(self, problem: BookProblem, path: Path | str, detail: str = "", backup: Path | None = None) -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        self.backup = backup
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))


class UserError(Exception):
    """Bad input from the rep or a script: one line that says what is wrong."""
