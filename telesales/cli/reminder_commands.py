"""Subcommands about reminders and the greeting calendar: reminders, greetings, birthday."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day, number
from telesales.domain.errors import UserError

REGIONS = ("CN", "HK", "TW")
EXTRAS = ("qixi", "double_ninth", "christmas")


def register(subparsers: Any) -> None:
    reminders = subparsers.add_parser(
        "reminders", help=QT_TRANSLATE_NOOP(
            "CLI", "what falls due: follow-ups, thank-you letters, greetings with their ready texts"))
    reminders.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    reminders.add_argument("--from", dest="start", type=day, default=None, metavar="YYYY-MM-DD",
                           help=QT_TRANSLATE_NOOP("CLI", "the first day (default today)"))
    reminders.add_argument("--to", dest="end", type=day, default=None, metavar="YYYY-MM-DD",
                           help=QT_TRANSLATE_NOOP("CLI", "the last day (default a week after the first)"))
    reminders.add_argument("--today", type=day, default=None, metavar="YYYY-MM-DD",
                           help=QT_TRANSLATE_NOOP("CLI", "the day planning starts from (default today)"))
    reminders.add_argument("--no-plan", action="store_true",
                           help=QT_TRANSLATE_NOOP("CLI", "list only what is planned already (by default greetings "
                                                         "up to --to are planned first, as the app does every "
                                                         "morning)"))
    reminders.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    reminders.set_defaults(handler=run_reminders)

    greetings = subparsers.add_parser("greetings", help=QT_TRANSLATE_NOOP("CLI", "a year's festival calendar for a region"))
    greetings.add_argument("--year", type=number, default=None, help=QT_TRANSLATE_NOOP("CLI", "the year (default this year)"))
    greetings.add_argument("--region", choices=REGIONS, default="CN", help=QT_TRANSLATE_NOOP("CLI", "mainland China, Hong Kong or Taiwan"))
    greetings.add_argument("--extra", action="append", choices=EXTRAS, default=[],
                           help=QT_TRANSLATE_NOOP("CLI", "also these festivals (repeat: qixi, double_ninth, christmas)"))
    greetings.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    greetings.set_defaults(handler=run_greetings)

    birthday = subparsers.add_parser("birthday", help=QT_TRANSLATE_NOOP("CLI", "the solar date of a lunar birthday in a year"))
    birthday.add_argument("--lunar", required=True, metavar="MM-DD", help=QT_TRANSLATE_NOOP("CLI", "the lunar month and day, e.g. 08-15"))
    birthday.add_argument("--leap", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "the day is in a leap month (闰月)"))
    birthday.add_argument("--year", type=number, default=None, help=QT_TRANSLATE_NOOP("CLI", "the year (default this year)"))
    birthday.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    birthday.set_defaults(handler=run_birthday)


def _language(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    from telesales.preferences import load_preferences

    return load_preferences().language or "en"


def run_reminders(args: argparse.Namespace) -> int:
    from telesales.app import open_session
    from telesales.cli import emit
    from telesales.preferences import default_book_path
    from telesales.services.reminders import PLAN_DAYS

    today = args.today or date.today()
    start = args.start or today
    end = args.end or start + timedelta(days=7)
    if end < start:
        raise UserError(f"--to {end} is before --from {start}")
    session = open_session(args.book or default_book_path())
    try:
        service = session.reminders
        assert service is not None
        if not args.no_plan and end >= today:
            language, now = _language(args), datetime.now(UTC)
            # greetings are planned from today; those due by `end` may have their occasion up to a lead later
            service.plan_greetings(today, language, now, days_ahead=max(PLAN_DAYS, (end - today).days + PLAN_DAYS))
            service.plan_thank_yous(today, language, now)
        lines = service.due(start, end)
    finally:
        session.close()
    emit(args, {"from": start.isoformat(), "to": end.isoformat(), "reminders": [line.as_json() for line in lines]},
         lambda: "\n".join(
             f"{line.due}  {line.kind.value:<10} {line.occasion:<24} {line.customer_name}  {line.contact_name}"
             + (f"\n    {line.text}" if line.text else "")
             for line in lines) or f"nothing falls due from {start} to {end}")
    return 0


def run_greetings(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.domain.greetings import Occasion
    from telesales.domain.model import Region
    from telesales.services.greeting_texts import occasion_names
    from telesales.services.reminders import festival_days

    year = args.year or date.today().year
    try:
        days = festival_days(year, Region(args.region), [Occasion(extra) for extra in args.extra])
    except ValueError as error:
        raise UserError(str(error)) from error
    names = occasion_names(_language(args))
    festivals = [{"occasion": occasion.value, "date": day.isoformat(), "name": names.get(occasion.value, "")}
                 for occasion, day in days]
    emit(args, {"year": year, "region": args.region, "festivals": festivals},
         lambda: "\n".join(f"{item['date']}  {item['name']}" for item in festivals))
    return 0


_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def run_birthday(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.services.reminders import lunar_birthday

    match = _MONTH_DAY.match(args.lunar.strip())
    if match is None:
        raise UserError(f"--lunar {args.lunar!r} is not MM-DD (for example 08-15)")
    month, day = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise UserError(f"lunar {args.lunar}: there is no lunar month {month} (months are 1 to 12)")
    if not 1 <= day <= 30:
        raise UserError(f"lunar {args.lunar}: a lunar month has at most 30 days")
    year = args.year or date.today().year
    try:
        solar = lunar_birthday(month, day, args.leap, year)
    except ValueError as error:
        raise UserError(str(error)) from error
    emit(args, {"date": solar.isoformat(), "year": year, "lunar": f"{month:02d}-{day:02d}", "leap": args.leap},
         lambda: solar.isoformat())
    return 0
