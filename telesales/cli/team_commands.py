"""Subcommands for a team's shared book on a server: migrate-book, team (init, add-rep, reassign), field-copy.

JSON fields (public): migrate-book: `from`, `to`, `counts` (rows per table, equal on both sides), `seconds`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    move = subparsers.add_parser("migrate-book", help=QT_TRANSLATE_NOOP(
        "CLI", "move a book file to a shared book on a server, every table's rows checked on both sides"))
    move.add_argument("--from", dest="source", type=Path, required=True, metavar="PATH",
                      help=QT_TRANSLATE_NOOP("CLI", "the book file to move"))
    move.add_argument("--to", dest="target", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CLI", "the shared book: postgresql://user@host/database, an empty database"))
    move.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    move.set_defaults(handler=run_migrate_book)


def run_migrate_book(args: argparse.Namespace) -> int:
    from telesales.app import migrate_book
    from telesales.cli import emit
    from telesales.store.server import is_server_location, server_url, shown

    if not is_server_location(args.target):
        from telesales.domain.errors import UserError

        raise UserError("--to takes a postgresql:// URL")
    started = time.perf_counter()

    def progress(table: str, rows: int) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(f"\r{table}: {rows}   ")

    counts = migrate_book(args.source, args.target, progress)
    seconds = round(time.perf_counter() - started, 2)
    target = shown(server_url(args.target))
    emit(args, {"from": str(args.source), "to": target, "counts": counts, "seconds": seconds},
         lambda: "\n".join([f"moved {args.source} to {target} in {seconds} s; rows on both sides:",
                            *(f"  {name}: {count}" for name, count in counts.items())]))
    return 0
