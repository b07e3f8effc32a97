"""Subcommands for a team's shared book on a server: migrate-book, team (init, add-rep, reassign), field-copy.

JSON fields (public): migrate-book: `from`, `to`, `counts` (rows per table, equal on both sides), `seconds`.
team list: `book`, `me`, `members` [{`login`, `lead`, `customers`}]. team reassign: `to`, `moved` (customer ids),
`date`. team init / add-rep: `book`, `done`. field-copy take: `book`, `from`, `counts`. field-copy sync: `book`,
`added`, `already_there`, `sent_edits`, `got_edits`, `deleted` (rows per table), `gone`, `conflicts` [{`table`, `id`,
`field`, `base`, `mine`, `theirs`}], `retaken` (the copy was taken afresh: no conflict left).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, day, number
from telesales.domain.errors import UserError


def register(subparsers: Any) -> None:
    move = subparsers.add_parser("migrate-book", help=QT_TRANSLATE_NOOP(
        "CLI", "move a book file to a shared book on a server, every table's rows checked on both sides"))
    move.add_argument("--from", dest="source", type=Path, required=True, metavar="PATH",
                      help=QT_TRANSLATE_NOOP("CLI", "the book file to move"))
    move.add_argument("--to", dest="target", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CLI", "the shared book: postgresql://user@host/database, an empty database"))
    move.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    move.set_defaults(handler=run_migrate_book)

    team = subparsers.add_parser("team", help=QT_TRANSLATE_NOOP(
        "CLI", "a team on a shared book: set it up, add reps, list them, reassign customers (with --db URL)"))
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True, parser_class=type(team))
    init = actions.add_parser("init", help=QT_TRANSLATE_NOOP(
        "CLI", "make the database a shared book with roles and row-level security (the database's owner, once)"))
    add = actions.add_parser("add-rep", help=QT_TRANSLATE_NOOP("CLI", "let a rep (or with --lead, a team lead) log in"))
    add.add_argument("login", help=QT_TRANSLATE_NOOP("CLI", "the rep's login: lower-case letters, digits and _"))
    add.add_argument("--lead", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "a team lead: sees every customer and reassigns them"))
    add.add_argument("--password-stdin", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "read the rep's password from the first line of standard input"))
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP("CLI", "who is on the team and how many customers each owns"))
    move_customers = actions.add_parser("reassign", help=QT_TRANSLATE_NOOP(
        "CLI", "give customers to another rep (the lead only); their \"owner left\" churn signal fires"))
    move_customers.add_argument("--to", dest="to_rep", required=True, metavar="LOGIN",
                                help=QT_TRANSLATE_NOOP("CLI", "the rep who takes them"))
    move_customers.add_argument("--customer", type=number, action="append", default=[], metavar="ID",
                                help=QT_TRANSLATE_NOOP("CLI", "a customer's id (repeat for more)"))
    move_customers.add_argument("--from", dest="from_rep", metavar="LOGIN",
                                help=QT_TRANSLATE_NOOP("CLI", "every customer of this rep (one who left, say)"))
    move_customers.add_argument("--today", type=day, default=None, metavar="DATE",
                                help=QT_TRANSLATE_NOOP("CLI", "the day of the move (default today)"))
    for action in (init, add, listing, move_customers):
        action.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    team.set_defaults(handler=run_team)

    copy = subparsers.add_parser("field-copy", help=QT_TRANSLATE_NOOP(
        "CLI", "take your part of a shared book along offline, and sync it when back"))
    steps = copy.add_subparsers(dest="copy_action", metavar="ACTION", required=True, parser_class=type(copy))
    take = steps.add_parser("take", help=QT_TRANSLATE_NOOP(
        "CLI", "copy your customers and all that hangs off them from the shared book (--db) to a book file"))
    take.add_argument("--to", dest="target", type=Path, required=True, metavar="PATH",
                      help=QT_TRANSLATE_NOOP("CLI", "the field copy to create (must not exist)"))
    sync = steps.add_parser("sync", help=QT_TRANSLATE_NOOP(
        "CLI", "send what you did offline up, take the team's changes down; conflicts are shown, never overwritten"))
    sync.add_argument("--book", type=Path, required=True, metavar="PATH",
                      help=QT_TRANSLATE_NOOP("CLI", "the field copy (it remembers its shared book)"))
    sync.add_argument("--keep", choices=("mine", "theirs"), help=QT_TRANSLATE_NOOP(
        "CLI", "resolve the conflicts shown by the last sync: keep your values or the shared book's"))
    for step in (take, sync):
        step.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    copy.set_defaults(handler=run_field_copy)


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


def _shared_session(args: argparse.Namespace, create: bool = False):  # type: ignore[no-untyped-def]
    from telesales.app import open_session
    from telesales.store.server import is_server_location

    if not is_server_location(getattr(args, "book", None)):
        raise UserError("a team works on a shared book: give its URL with --db postgresql://user@host/database")
    return open_session(args.book, create=create)


def run_team(args: argparse.Namespace) -> int:
    from datetime import date

    from telesales.cli import emit

    session = _shared_session(args, create=args.team_action == "init")
    try:
        team = session.team
        assert team is not None
        where = session.location
        if args.team_action == "init":
            team.set_up()
            emit(args, {"book": where, "done": True},
                 lambda: f"{where} is a shared book: reps see only their own customers, leads see all")
        elif args.team_action == "add-rep":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
            team.add(args.login, lead=args.lead, password=password)
            emit(args, {"book": where, "done": True, "login": args.login, "lead": args.lead},
                 lambda: f"{args.login} can log in to {where} as a {'team lead' if args.lead else 'rep'}")
        elif args.team_action == "list":
            me, members = team.me(), team.members()
            emit(args, {"book": where, "me": me, "members": [member.as_json() for member in members]},
                 lambda: "\n".join(f"{m.login}{' (lead)' if m.lead else ''}: {m.customers} customers"
                                   + (" — you" if m.login == me else "") for m in members) or "no reps yet")
        else:
            today = args.today or date.today()
            moved = team.reassign(today, args.to_rep, args.customer, args.from_rep)
            emit(args, {"to": args.to_rep, "moved": moved, "date": today.isoformat()},
                 lambda: f"{len(moved)} customers now belong to {args.to_rep}")
    finally:
        session.close()
    return 0


def run_field_copy(args: argparse.Namespace) -> int:
    from telesales.app import sync_field_copy, take_field_copy
    from telesales.cli import emit
    from telesales.store.server import is_server_location, server_url, shown

    if args.copy_action == "take":
        if not is_server_location(getattr(args, "book", None)):
            raise UserError("give the shared book to take from with --db postgresql://user@host/database")
        counts = take_field_copy(args.book, args.target)
        source = shown(server_url(args.book))
        emit(args, {"book": str(args.target), "from": source, "counts": counts},
             lambda: f"{args.target}: {counts.get('customers', 0)} customers, {counts.get('calls', 0)} calls "
                     f"from {source}")
        return 0
    book = Path(args.book)
    outcome = sync_field_copy(book, None, args.keep)
    payload = {"book": str(book), "added": outcome.added, "already_there": outcome.already_there,
               "sent_edits": outcome.sent_edits, "got_edits": outcome.got_edits, "gone": outcome.gone,
               "deleted": outcome.deleted,
               "conflicts": [conflict.as_json() for conflict in outcome.conflicts],
               "retaken": not outcome.conflicts}
    emit(args, payload, lambda: _sync_text(payload))
    return 0


def _sync_text(payload: dict[str, Any]) -> str:
    lines = []
    for key, words in (("added", "sent up"), ("already_there", "already on the shared book"),
                       ("sent_edits", "edits sent up"), ("got_edits", "edits taken down"),
                       ("deleted", "deleted on the shared book too"),
                       ("gone", "no longer yours on the shared book")):
        if payload[key]:
            lines.append(f"{words}: " + ", ".join(f"{count} {name}" for name, count in payload[key].items()))
    conflicts = payload["conflicts"]
    if conflicts:
        lines.append(f"{len(conflicts)} conflicts (changed here and on the shared book); nothing was overwritten:")
        lines.extend(f"  {c['table']} {c['id']} {c['field']}: yours {c['mine']!r}, theirs {c['theirs']!r}"
                     for c in conflicts)
        lines.append("resolve with: telesales field-copy sync --book PATH --keep mine|theirs")
    else:
        lines.append("in step with the shared book: the field copy was taken afresh")
    return "\n".join(lines)
