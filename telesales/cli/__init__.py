"""The command line: `telesales` opens the app; `telesales SUBCOMMAND [--json]` scripts every capability.

Exit codes: 0 ok; 1 bad input or a book that cannot be used, with one line on stderr (never a traceback).
The `--json` fields are a public contract: add freely, never rename or drop one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from telesales import __version__
from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, translate_help
from telesales.domain.errors import BookError, BookProblem, UserError

BOOK_PROBLEMS = {
    BookProblem.MISSING: "there is no book at {path}",
    BookProblem.NOT_A_BOOK: "{path} is not a telesales book (the file was not changed)",
    BookProblem.DAMAGED: "{path} is damaged and cannot be read (the file was not changed)",
    BookProblem.NEWER: "{path} was made by a newer version of telesales (schema {detail}); update the app to open it",
    BookProblem.EXISTS: "{path} already exists; choose another path or remove it first",
    BookProblem.READ_ONLY: "{path} cannot be written (read-only); nothing was saved",
    BookProblem.DISK_FULL: "the disk holding {path} is full; nothing was saved",
    BookProblem.BUSY: "another program kept {path} locked too long; nothing was saved, try again",
    BookProblem.UNREACHABLE: "the shared book {path} cannot be used: {detail}",
}
BACKUP_HINT = "; the latest good backup is {backup} (telesales restore --book {path} --from {backup})"


class Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as one line and exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: error: {message}\n")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # `--date=--` would reach the command as an empty list, past the option's type and choices
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            self.error(f"argument {'/'.join(action.option_strings)}: expected a value, not '--'")
        return super()._get_values(action, arg_strings)


Command = Callable[[argparse.Namespace], int]


def build_parser() -> Parser:
    from telesales.cli import (
        backup_commands,
        book_commands,
        call_commands,
        customer_commands,
        day_commands,
        desktop_commands,
        reminder_commands,
        stats_commands,
        team_commands,
        transfer_commands,
        value_commands,
        visit_commands,
    )

    parser = Parser(prog="telesales", description=QT_TRANSLATE_NOOP(
        "CLI", "A desktop assistant for phone sales reps. Without a subcommand, opens the app."))
    parser.add_argument("--version", action="version", version=f"telesales {__version__}")
    parser.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file to open (default: your own book)"))
    parser.add_argument("--db", metavar="URL", help=QT_TRANSLATE_NOOP(
        "CLI", "a shared book on a server (postgresql://rep@host/database), for the app and every subcommand"))
    parser.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), help=QT_TRANSLATE_NOOP("CLI", "the app's language"))
    parser.add_argument("--quit-after-paint", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "start, show the first window, then quit (a check that the app starts)"))
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=Parser)
    book_commands.register(subparsers)
    call_commands.register(subparsers)
    transfer_commands.register(subparsers)
    customer_commands.register(subparsers)
    value_commands.register(subparsers)
    reminder_commands.register(subparsers)
    visit_commands.register(subparsers)
    stats_commands.register(subparsers)
    day_commands.register(subparsers)
    backup_commands.register(subparsers)
    desktop_commands.register(subparsers)
    team_commands.register(subparsers)
    return parser


def open_session_for(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The book a subcommand works on: --book (a file or a shared book's URL), else the rep's own."""
    from telesales.app import open_session
    from telesales.preferences import default_book_path

    return open_session(args.book or default_book_path())


def emit(args: argparse.Namespace, payload: dict[str, Any], text: Callable[[], str]) -> None:
    """Print `payload` as JSON with --json, else the human text."""
    if getattr(args, "json", False):
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text() + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    translate_help(parser, arguments, _requested_language(arguments))
    args = parser.parse_args(arguments)
    if args.db:
        from telesales.store.server import is_server_location

        if not is_server_location(args.db):
            _fail("--db takes a postgresql:// URL; a book file goes with --book")
        if getattr(args, "book", None) is not None and args.book != args.db:
            _fail("give either --db or --book, not both")
        args.book = args.db
    if args.command is None:
        from telesales.app import run_gui

        return run_gui(args.book, args.lang, quit_after_paint=args.quit_after_paint)
    unreadable = next((name for name, value in vars(args).items() if _not_text(value)), None)
    if unreadable is not None:  # bytes the terminal could not decode: fine in a file name, never in a note
        _fail(f"--{unreadable.replace('_', '-')} is not valid text (UTF-8)")
    try:
        return int(args.handler(args))
    except BookError as error:
        _fail(BOOK_PROBLEMS[error.problem].format(path=error.path, detail=error.detail)
              + (BACKUP_HINT.format(backup=error.backup, path=error.path) if error.backup else ""))
    except UserError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail("interrupted")
    except BrokenPipeError:  # the reader (head, a pager) went away: not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        if not _from_the_database(error):
            raise
        reason = str(getattr(error, "orig", None) or error).strip().splitlines() or ["no answer"]
        _fail(f"the book's database refused the request: {reason[0]}")


def _from_the_database(error: Exception) -> bool:
    """A shared book's server went away or refused (row-level security, a lost connection): one line."""
    return type(error).__module__.split(".", 1)[0] in ("sqlalchemy", "psycopg")


def _not_text(value: object) -> bool:
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


def _requested_language(arguments: Sequence[str]) -> str | None:
    for index, argument in enumerate(arguments):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
    return None


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"telesales: error: {message}\n")
    raise SystemExit(1)
