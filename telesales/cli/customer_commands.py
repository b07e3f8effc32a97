"""Subcommands for the customer list and its tags: customers (the list's filters, sorting and search), tags, tag."""

from __future__ import annotations

import argparse
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, number
from telesales.domain.errors import UserError
from telesales.domain.listing import NO_VALUE, ListedCustomer, ListQuery, SortKey
from telesales.domain.model import Intent, Tier

SORTS = tuple(key.value for key in SortKey)


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("customers", help=QT_TRANSLATE_NOOP(
        "CLI", "the customer list: filter by tier, area, stage, intent or tag, sort, search"))
    listing.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    listing.add_argument("--search", default="", help=QT_TRANSLATE_NOOP(
        "CLI", "only customers this search finds (name, pinyin, initials, phone digits, place), best first"))
    listing.add_argument("--tier", action="append", choices=[tier.value for tier in Tier], default=[],
                         help=QT_TRANSLATE_NOOP("CLI", "only this tier (repeat for several)"))
    listing.add_argument("--province", default="", help=QT_TRANSLATE_NOOP("CLI", "only this province"))
    listing.add_argument("--city", default="", help=QT_TRANSLATE_NOOP("CLI", "only this city"))
    listing.add_argument("--district", default="", help=QT_TRANSLATE_NOOP("CLI", "only this district"))
    listing.add_argument("--stage", action="append", default=[], help=QT_TRANSLATE_NOOP(
        "CLI", "only this lifecycle stage (repeat for several; 'none' for no stage yet)"))
    listing.add_argument("--intent", action="append", choices=[*(intent.value for intent in Intent), "none"],
                         default=[], help=QT_TRANSLATE_NOOP("CLI", "only this intent level (repeat; 'none' for never asked)"))
    listing.add_argument("--tag", action="append", default=[], help=QT_TRANSLATE_NOOP(
        "CLI", "only customers carrying this tag (repeat for any of several)"))
    listing.add_argument("--untagged", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "also customers without tags"))
    listing.add_argument("--sort", choices=SORTS, default=SortKey.RELEVANCE.value, help=QT_TRANSLATE_NOOP(
        "CLI", "the order (default: the search's, else by name)"))
    listing.add_argument("--desc", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "the other way round"))
    listing.add_argument("--limit", type=number, default=50, help=QT_TRANSLATE_NOOP(
        "CLI", "at most this many (default 50; 0 for all)"))
    listing.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=run_customers)

    tags = subparsers.add_parser("tags", help=QT_TRANSLATE_NOOP("CLI", "the book's tags, most used first"))
    tags.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    tags.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    tags.set_defaults(handler=run_tags)

    tag = subparsers.add_parser("tag", help=QT_TRANSLATE_NOOP("CLI", "add or remove tags on customers"))
    tag.add_argument("customers", nargs="+", type=number, metavar="CUSTOMER",
                     help=QT_TRANSLATE_NOOP("CLI", "the customers' ids"))
    tag.add_argument("--add", action="append", default=[], help=QT_TRANSLATE_NOOP(
        "CLI", "a tag to add (repeat, or separate with commas)"))
    tag.add_argument("--remove", action="append", default=[], help=QT_TRANSLATE_NOOP(
        "CLI", "a tag to remove, in any case (repeat, or separate with commas)"))
    tag.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    tag.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    tag.set_defaults(handler=run_tag)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


def _query(args: argparse.Namespace) -> ListQuery:
    def known(values: list[str]) -> frozenset[str]:
        return frozenset(NO_VALUE if value == "none" else value for value in values)

    return ListQuery(tiers=frozenset(Tier(tier) for tier in args.tier), province=args.province, city=args.city,
                     district=args.district, stages=known(args.stage), intents=known(args.intent),
                     tags=frozenset(args.tag) | ({NO_VALUE} if args.untagged else set()),
                     sort=SortKey(args.sort), descending=args.desc)


def _customer_json(row: ListedCustomer) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "tier": row.tier.value, "pinned": row.pinned,
            "province": row.area.province, "city": row.area.city, "district": row.area.district, "phone": row.phone,
            "industry": row.industry, "stage": row.stage, "intent": row.intent.value if row.intent else None,
            "last_call_at": row.last_call_at.isoformat() if row.last_call_at else None,
            "churn_signals": list(row.churn_signals), "tags": list(row.tags), "owner": row.owner}


def run_customers(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    if args.limit < 0:
        raise UserError("--limit must be 0 or more")
    session = _open(args)
    try:
        listing = session.customer_listing(_query(args), args.search)
        rows = listing.page(0, args.limit or listing.total)
    finally:
        session.close()
    payload = {"total": listing.total, "shown": len(rows), "customers": [_customer_json(row) for row in rows]}

    def text() -> str:
        lines = [f"{row.id:>7}  {row.name}  {row.tier.value}{' (pinned)' if row.pinned else ''}  "
                 f"{row.area.city}  {row.phone}" + (f"  [{', '.join(row.tags)}]" if row.tags else "") for row in rows]
        return "\n".join([*lines, f"{len(rows)} of {listing.total} customers"])

    emit(args, payload, text)
    return 0


def run_tags(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    session = _open(args)
    try:
        choices = session.listing.tags() if session.listing is not None else []
    finally:
        session.close()
    emit(args, {"tags": [{"tag": choice.tag, "customers": choice.customers} for choice in choices]},
         lambda: "\n".join(f"{choice.tag}  {choice.customers}" for choice in choices) or "no tags yet")
    return 0


def run_tag(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.domain.profile import FieldError
    from telesales.domain.tags import TAG_MAX, parse_tags

    if not args.add and not args.remove:
        raise UserError("give --add or --remove")
    try:
        parse_tags(",".join(args.add))
    except FieldError as error:
        raise UserError(f"a tag is at most {TAG_MAX} characters") from error
    session = _open(args)
    try:
        profiles = session.profiles
        assert profiles is not None
        try:
            after = profiles.retag(args.customers, args.add, args.remove)
        except KeyError as error:  # nothing changed
            raise UserError("no such customer in the book: " + ", ".join(map(str, error.args[0]))) from error
    finally:
        session.close()
    payload = {"customers": [{"id": customer, "tags": list(after[customer])} for customer in args.customers]}
    emit(args, payload, lambda: "\n".join(f"{customer}: {', '.join(after[customer]) or '(no tags)'}"
                                          for customer in args.customers))
    return 0
