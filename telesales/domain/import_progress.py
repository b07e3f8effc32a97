"""How far an import has gone: the phase it is in and how much of that phase is done, as data (a code and two
numbers) that the import dialog and the command line word in the rep's language.

An import goes through the phases in PHASES' order (a check, `--dry-run`, stops after MATCH); `overall` places a
phase's progress on one bar from 0 to 100 by each phase's usual share of the time (measured on a 100,000-row
file of new customers: most of it goes into the search keys).
"""

from __future__ import annotations

from collections.abc import Callable

READ = "read"  # reading the files: done and total are files
CHECK = "check"  # checking every line: lines
MATCH = "match"  # finding customers already in the book, and each line's customer: lines
BACKUP = "backup"  # backing the book up before it is changed: 0 or 1 of 1
WRITE = "write"  # writing customers, contacts and orders: rows
HISTORY = "history"  # writing calls, visits, important dates, custom values and tier changes: rows
KEYS = "keys"  # working out the keys new customers and contacts are found by: customers and contacts
INDEX = "index"  # writing those keys: keys

PHASES = (READ, CHECK, MATCH, BACKUP, WRITE, HISTORY, KEYS, INDEX)
SHARES = {READ: 4, CHECK: 14, MATCH: 8, BACKUP: 2, WRITE: 12, HISTORY: 6, KEYS: 28, INDEX: 26}  # percent of the bar

Progress = Callable[[str, int, int], None]  # (phase, done, total)


def overall(phase: str, done: int, total: int) -> int:
    """Where the bar stands (0–100) when `done` of `total` of `phase` is done."""
    before = sum(SHARES[earlier] for earlier in PHASES[:PHASES.index(phase)])
    part = min(done, total) / total if total > 0 else 1.0
    return min(100, int(before + SHARES[phase] * part))


def every(total: int) -> int:
    """How many rows between two reports of a phase of `total` rows: about a hundred reports, none too small."""
    return max(500, total // 100)
