"""Subcommands about customer value: tiers (any valuation method, as of a day) and pin / unpin a tier.

`telesales tiers --json` prints `book`, `method`, `as_of`, `window` (`after`, `through`: after < day ≤ through),
`cutoffs` (the pyramid's: `existing`, `super_end`, `big_end`, `medium_end`), `counts` (customers per tier,
band, class, segment or face; `unvalued` for customers the method leaves out) and `customers`, each with `id`,
`name`, `tier` (the pyramid tier the book uses, a pin if pinned), `computed_tier`, `pinned`, `pin_reason`,
`revenue` (in currency units), `revenue_cents`, `label` (the method's result), `score` and `figures` (the
numbers behind the result). Customers are listed by revenue in the look-back window, highest first.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day, number
from telesales.domain.errors import UserError
from telesales.domain.model import Tier, TierChange

METHODS = ("pyramid", "revenue", "profit", "paid", "orders", "weighted", "scorecard", "abc", "rfm", "faces")


def register(subparsers: Any) -> None:
    tiers = subparsers.add_parser("tiers", help=QT_TRANSLATE_NOOP(
        "CLI", "each customer's tier or band by a valuation method, with the figures behind it"))
    tiers.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    tiers.add_argument("--method", choices=METHODS, default="pyramid", help=QT_TRANSLATE_NOOP(
        "CLI", "how to value customers (default pyramid)"))
    tiers.add_argument("--as-of", type=day, default=None, metavar="DATE", help=QT_TRANSLATE_NOOP(
        "CLI", "value the book as it was on this day (YYYY-MM-DD, default today); nothing is written"))
    tiers.add_argument("--limit", type=number, default=None, help=QT_TRANSLATE_NOOP(
        "CLI", "list only this many customers (the counts stay whole)"))
    tiers.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    tiers.set_defaults(handler=run_tiers)

    pin = subparsers.add_parser("pin", help=QT_TRANSLATE_NOOP(
        "CLI", "pin a customer's tier by hand with a reason (the pin wins over the computation), or lift it"))
    pin.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    pin.add_argument("--customer", type=number, required=True, help=QT_TRANSLATE_NOOP("CLI", "the customer's id"))
    pin.add_argument("--tier", choices=[tier.value for tier in Tier], help=QT_TRANSLATE_NOOP(
        "CLI", "the tier to pin"))
    pin.add_argument("--reason", default="", help=QT_TRANSLATE_NOOP("CLI", "why (required with --tier)"))
    pin.add_argument("--unpin", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "lift the pin: the computed tier applies again"))
    pin.add_argument("--today", type=day, default=None, metavar="DATE", help=QT_TRANSLATE_NOOP(
        "CLI", "the day recorded for the change (YYYY-MM-DD, default today)"))
    pin.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    pin.set_defaults(handler=run_pin)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    session = open_session_for(args)
    if session.value is None:
        session.close()
        raise UserError("this book cannot value its customers")
    return session


def run_tiers(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more")
    as_of = args.as_of or date.today()
    session = _open(args)
    try:
        report = session.value.valuation(args.method, as_of)
    finally:
        session.close()
    rows = sorted(report.customers, key=lambda row: (-row.revenue_cents, row.customer_id))
    if args.limit is not None:
        rows = rows[:args.limit]
    payload = {
        "book": str(session.path),
        "method": report.method.value,
        "as_of": report.as_of.isoformat(),
        "window": {"after": report.window.after.isoformat(), "through": report.window.through.isoformat()},
        "cutoffs": {"existing": report.cutoffs.existing, "super_end": report.cutoffs.super_end,
                    "big_end": report.cutoffs.big_end, "medium_end": report.cutoffs.medium_end},
        "counts": dict(sorted(report.counts.items())),
        "customers": [
            {
                "id": row.customer_id,
                "name": row.name,
                "tier": row.tier.value,
                "computed_tier": row.computed_tier.value,
                "pinned": row.pinned,
                "pin_reason": row.pin_reason,
                "revenue": row.revenue_cents / 100,
                "revenue_cents": row.revenue_cents,
                "label": row.label,
                "score": row.score,
                "figures": dict(row.figures),
            }
            for row in rows
        ],
    }

    def text() -> str:
        lines = [f"{report.method.value} as of {report.as_of.isoformat()} "
                 f"(revenue after {report.window.after.isoformat()})"]
        lines += [f"  {label}: {count:,}" for label, count in sorted(report.counts.items())]
        for row in rows:
            tier = row.tier.value + (f" (pinned; computed {row.computed_tier.value})" if row.pinned else "")
            label = "" if report.method.value == "pyramid" else f"  {row.label or '-'}"
            lines.append(f"{row.customer_id:>7}  {row.name}  {tier}  {row.revenue_cents / 100:,.2f}{label}")
        return "\n".join(lines)

    emit(args, payload, text)
    return 0


def run_pin(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    if args.unpin == (args.tier is not None):
        raise UserError("give either --tier (with --reason) or --unpin")
    today = args.today or date.today()
    session = _open(args)
    try:
        if args.unpin:
            change = session.value.unpin(args.customer, today)
        else:
            change = session.value.pin(args.customer, args.tier, args.reason, today)
    finally:
        session.close()
    payload = {"customer": args.customer, "pinned": None if args.unpin else args.tier,
               "reason": "" if args.unpin else args.reason.strip(), "change": _change(change)}

    def text() -> str:
        done = "unpinned" if args.unpin else f"pinned to {args.tier}"
        moved = (f"; tier {change.from_tier.value if change.from_tier else '-'} → {change.to_tier.value}"
                 if change else "; its tier did not move")
        return f"customer {args.customer} {done}{moved}"

    emit(args, payload, text)
    return 0


def _change(change: TierChange | None) -> dict[str, Any] | None:
    if change is None:
        return None
    return {"changed_on": change.changed_on.isoformat(), "from_tier": change.from_tier.value if change.from_tier
            else None, "to_tier": change.to_tier.value, "reason": change.reason}
