"""Subcommands that keep the book safe: back it up now (or list its backups) and restore one.

Backups live in a `backups` folder beside the book; the app also makes one a day when it opens the book, and one
before every import and upgrade (see telesales.store.backups). `restore` keeps a copy of the book as it was
first, and refuses while another program has the book open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP
from telesales.domain.errors import UserError


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help=QT_TRANSLATE_NOOP(
        "CLI", "back the book up now (SQLite's online backup, checked) or list its backups"))
    backup.add_argument("--book", type=Path, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    backup.add_argument("--list", action="store_true",
                        help=QT_TRANSLATE_NOOP("CLI", "list the book's backups, newest first, instead"))
    backup.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help=QT_TRANSLATE_NOOP(
        "CLI", "put a backup in the book's place (a copy of the book as it was is kept first)"))
    restore.add_argument("--book", type=Path, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="BACKUP", help=QT_TRANSLATE_NOOP(
        "CLI", "the backup file (a path, or a name from `telesales backup --list`)"))
    restore.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    restore.set_defaults(handler=run_restore)


def _service(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.app import backup_service
    from telesales.preferences import default_book_path

    return backup_service(Path(args.book or default_book_path()).expanduser().absolute())


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def run_backup(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    service = _service(args)
    if args.list:
        backups = service.backups(restorable_only=False)
        emit(args, {"book": str(service.book), "backups": [item.as_json() for item in backups]},
             lambda: "\n".join(f"{item.made_at:%Y-%m-%d %H:%M}  {item.kind.value:<11}  {_size(item.size_bytes):>9}  "
                               f"{item.path}" for item in backups) or f"no backups of {service.book} yet")
        return 0
    made = service.backup()
    emit(args, {"book": str(service.book), "backup": made.as_json()},
         lambda: f"backed up {service.book} to {made.path} ({_size(made.size_bytes)})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    service = _service(args)
    source = Path(args.source).expanduser()
    if not source.exists() and source.parent == Path("."):  # a name from `telesales backup --list`
        named = next((item.path for item in service.backups() if item.path.name == source.name), None)
        source = named or source
    if not source.is_file():
        raise UserError(f"there is no backup {args.source}; `telesales backup --list` shows them")
    restored = service.restore(source.absolute())
    emit(args, restored.as_json(), lambda: f"restored {restored.book} from {restored.restored_from}" + (
        f"; the book as it was is kept at {restored.kept.path}" if restored.kept else ""))
    return 0
