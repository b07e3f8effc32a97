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


class BookError(Exception):
    """A book that cannot be opened or created; `problem` says why, `detail` adds what the file said."""

    def __init__(self, problem: BookProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))


class UserError(Exception):
    """Bad input from the rep or a script: one line that says what is wrong."""
