"""Subcommands about the book itself: info, demo, settings."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day, number
from telesales.domain.errors import UserError


def _book_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))


def register(subparsers: Any) -> None:
    info = subparsers.add_parser("info", help=QT_TRANSLATE_NOOP("CLI", "what a book holds: counts per table, schema revision"))
    _book_argument(info)
    info.set_defaults(handler=run_info)

    demo = subparsers.add_parser("demo", help=QT_TRANSLATE_NOOP("CLI", "create a demo book with realistic customers, calls and orders"))
    demo.add_argument("--book", type=Path, required=True, help=QT_TRANSLATE_NOOP("CLI", "where to create the demo book (must not exist)"))
    demo.add_argument("--customers", type=number, default=300, help=QT_TRANSLATE_NOOP("CLI", "how many customers (default 300)"))
    demo.add_argument("--seed", type=number, default=1, help=QT_TRANSLATE_NOOP("CLI", "the same seed gives the same book (default 1)"))
    demo.add_argument("--locale", choices=("zh_CN", "zh_TW", "en_US"), default="zh_CN",
                      help=QT_TRANSLATE_NOOP("CLI", "names, places and phones of this locale (default zh_CN)"))
    demo.add_argument("--today", type=day, default=None,
                      help=QT_TRANSLATE_NOOP("CLI", "the day the demo's history ends (YYYY-MM-DD, default today)"))
    demo.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    demo.set_defaults(handler=run_demo)

    settings = subparsers.add_parser("settings", help=QT_TRANSLATE_NOOP("CLI", "show or change the book's rules (tier cut-offs, cadences…)"))
    _book_argument(settings)
    settings.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help=QT_TRANSLATE_NOOP("CLI", "change one rule"))
    settings.set_defaults(handler=run_settings)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


def run_info(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    session = _open(args)
    try:
        info = session.info()
    finally:
        session.close()
    emit(args, info.as_json(), lambda: "\n".join(
        [f"book: {info.location}", f"schema revision: {info.schema_revision}",
         *(f"{name}: {count}" for name, count in info.counts.items())]))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from telesales.app import create_demo_session
    from telesales.cli import emit
    from telesales.demo.generator import DemoRequest

    if args.customers < 1 or args.customers > 1_000_000:
        raise UserError("--customers must be between 1 and 1,000,000")
    request = DemoRequest(customers=args.customers, seed=args.seed, locale=args.locale,
                          today=args.today or date.today())
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.json:
            sys.stderr.write(f"\r{done:,} of {total:,} customers ({done * 100 // total}%)")
            sys.stderr.flush()

    session = create_demo_session(Path(args.book), request, progress)
    if not args.json:
        sys.stderr.write("\n")
    try:
        info = session.info()
    finally:
        session.close()
    seconds = round(time.perf_counter() - started, 2)
    emit(args, {**info.as_json(), "seconds": seconds, "seed": args.seed, "locale": args.locale},
         lambda: f"created {info.path}: {info.counts['customers']:,} customers, {info.counts['calls']:,} calls, "
                 f"{info.counts['orders']:,} orders in {seconds} s")
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.domain.settings import SPECS

    updates: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or key not in SPECS:
            raise UserError(f"unknown setting {key!r}; run `telesales settings` to list them")
        updates[key] = value
    session = _open(args)
    try:
        try:
            rules = session.save_settings(updates) if updates else session.settings()
        except ValueError as error:
            raise UserError(str(error)) from error
    finally:
        session.close()
    values = rules.as_dict()
    emit(args, {"settings": values}, lambda: "\n".join(f"{key} = {value}" for key, value in values.items()))
    return 0
