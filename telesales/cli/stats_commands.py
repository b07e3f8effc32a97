"""`telesales stats`: the numbers a rep watches over a period, against the previous period or the same period
last year (DOMAIN.md §9).

`--json` prints `kind` (week, month, quarter or custom, read from the days unless `--period` says), `period` and
`comparison_period` (`from`, `to`, `days`), `compare`, `time_zone`; the period's figures: `sales` (currency
units) and `sales_cents`, `covered`, `buyers`, `active_rate` (0..1), `average_deal` and `average_deal_cents`,
`deals`, `amount` and `amount_cents`, `calls`, `reached`, `call_days`, `calls_per_day`, `reach_rate` (0..1),
`intent_moves` (`up`, `down`, `new`, `steps_up`, `steps_down`, `customers_up`, `customers_down`), `visits`
(`done`, `planned`, `proposed`, `cancelled`, `total`); `comparison` (the same figures for the comparison
period); `change` (`sales_cents`, `sales_ratio`, `decomposed`, `moved`: the factor that moved most, and per factor
`covered`, `active_rate`, `average_deal`: `ratio`, `log_change`, `share` of the sales' log change and
`contribution_cents`, which sum to the change); `calls_by_week`; `orders_by_day`; `churn_warnings`
(`customers`, `by_signal`, `by_tier`, `as_of`); `pyramid` (`as_of`, `window`, `total_revenue_cents`, `tiers`,
`top_20_percent_revenue_share`, `curve`).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day
from telesales.domain.errors import UserError


def _day(text: str) -> date:
    return day(text)  # an ISO date the book can work with


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser("stats", help=QT_TRANSLATE_NOOP(
        "CLI", "the numbers a rep watches over a period: sales and its three factors, calls, intent, visits, deals, "
               "the pyramid, churn warnings"))
    stats.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    stats.add_argument("--from", dest="first", type=_day, metavar="DATE", help=QT_TRANSLATE_NOOP(
        "CLI", "the period's first day (YYYY-MM-DD; default: this month so far)"))
    stats.add_argument("--to", dest="last", type=_day, metavar="DATE", help=QT_TRANSLATE_NOOP(
        "CLI", "the period's last day (YYYY-MM-DD)"))
    stats.add_argument("--compare", choices=("previous", "last_year"), default="previous", help=QT_TRANSLATE_NOOP(
        "CLI", "compare with the previous period or the same period last year (default previous)"))
    stats.add_argument("--period", choices=("week", "month", "quarter", "custom"), default=None,
                       help=QT_TRANSLATE_NOOP("CLI", "what kind of period the days are (default: read from them)"))
    stats.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    stats.set_defaults(handler=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    from telesales.app import open_session
    from telesales.cli import emit
    from telesales.preferences import default_book_path

    if (args.first is None) != (args.last is None):
        raise UserError("give both --from and --to, or neither")
    session = open_session(args.book or default_book_path())
    try:
        if session.statistics is None:
            raise UserError("this book cannot give its figures")
        stats = session.stats(args.first, args.last, args.compare, args.period)
    finally:
        session.close()
    payload = {"book": str(session.path), **stats.as_json()}
    emit(args, payload, lambda: _text(payload))
    return 0


def _text(p: dict[str, Any]) -> str:
    period, other, change = p["period"], p["comparison_period"], p["change"]

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{value * 100:.1f}%"

    def ratio(value: float | None) -> str:
        return "" if value is None else f" ({(value - 1) * 100:+.1f}%)"

    c = p["comparison"]
    factors = change["factors"]
    lines = [
        f"{p['kind']} {period['from']} … {period['to']} against {other['from']} … {other['to']} ({p['compare']})",
        f"sales: {p['sales_cents'] / 100:,.2f} against {c['sales_cents'] / 100:,.2f}{ratio(change['sales_ratio'])}",
        f"  customers covered: {p['covered']:,} against {c['covered']:,}{ratio(factors['covered']['ratio'])}",
        f"  active rate: {pct(p['active_rate'])} against {pct(c['active_rate'])}"
        f"{ratio(factors['active_rate']['ratio'])}",
        "  average deal: " + ("–" if p["average_deal"] is None else f"{p['average_deal']:,.2f}")
        + " against " + ("–" if c["average_deal"] is None else f"{c['average_deal']:,.2f}")
        + ratio(factors["average_deal"]["ratio"]),
        f"  moved most: {change['moved'] or '–'}",
        f"deals: {p['deals']:,} for {p['amount_cents'] / 100:,.2f}",
        f"calls: {p['calls']:,} on {p['call_days']} days, "
        + ("–" if p["calls_per_day"] is None else f"{p['calls_per_day']:,.1f}") + f" a day, reached {pct(p['reach_rate'])}",
        f"intent: {p['intent_moves']['up']:,} up, {p['intent_moves']['down']:,} down, {p['intent_moves']['new']:,} new",
        "visits: " + ", ".join(f"{count:,} {status}" for status, count in p["visits"].items()),
        f"churn warnings: {p['churn_warnings']['customers']:,} customers",
    ]
    return "\n".join(lines)
