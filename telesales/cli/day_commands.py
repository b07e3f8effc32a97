"""Subcommands about the end of a day and the next one: `export` (a day's plan as PDF, XLSX, CSV or ICS) and
`close-day` (the day in numbers and what closing it creates; `--apply` closes it with the suggested choices).

Words in the files (headings, reasons, reminder kinds) and the texts `close-day --apply` creates are in the
rep's language: `--lang`, else the app's remembered language, else the system's. The PDF needs Qt's fonts: a
headless Linux gets Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, day
from telesales.domain.errors import UserError

FORMATS = ("pdf", "xlsx", "csv", "ics")
_application: Any = None


def _date(text: str) -> date:
    return day(text)  # an ISO date the book can work with


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help=QT_TRANSLATE_NOOP(
        "CLI", "a day's plan for the field (calls with reasons and phones, visits in route order, reminders) "
               "as PDF, XLSX, CSV (a zip of three files) or ICS"))
    export.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    export.add_argument("--date", type=_date, default=None,
                        help=QT_TRANSLATE_NOOP("CLI", "the day of the plan (YYYY-MM-DD, default: tomorrow)"))
    export.add_argument("--format", choices=FORMATS, required=True, help=QT_TRANSLATE_NOOP(
        "CLI", "pdf (A5, to read on a phone), xlsx (a sheet each), csv (a zip of calls.csv, visits.csv and "
               "reminders.csv, UTF-8 with BOM) or ics (visits and follow-ups as calendar events)"))
    export.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("CLI", "the file to write"))
    export.add_argument("--lang", dest="export_lang", choices=("en", "zh_CN", "zh_TW"),
                        help=QT_TRANSLATE_NOOP("CLI", "the language of the file (default: the app's)"))
    export.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    export.set_defaults(handler=run_export)

    close = subparsers.add_parser("close-day", help=QT_TRANSLATE_NOOP(
        "CLI", "close the day: the day in numbers, what is still open, and the thank-you letters, bookings for "
               "the next working day and materials tasks closing it creates"))
    close.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    close.add_argument("--date", type=_date, default=None,
                       help=QT_TRANSLATE_NOOP("CLI", "the day to close (YYYY-MM-DD, default: today)"))
    close.add_argument("--apply", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "close the day with the suggested choices (nothing is created twice)"))
    close.add_argument("--lang", dest="export_lang", choices=("en", "zh_CN", "zh_TW"),
                       help=QT_TRANSLATE_NOOP("CLI", "the language of the texts it creates (default: the app's)"))
    close.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    close.set_defaults(handler=run_close_day)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


def _language(args: argparse.Namespace) -> str:
    from telesales.cli.words import help_language

    return str(getattr(args, "export_lang", None) or getattr(args, "lang", None) or help_language())


def ensure_application() -> Any:
    """A QGuiApplication for fonts and translations (offscreen on a Linux without a display)."""
    global _application
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = _application = QGuiApplication(["telesales"])
    return app


def run_export(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    if args.out.is_dir():
        raise UserError(f"{args.out} is a folder; name the file to write")
    if not args.out.parent.exists():
        raise UserError(f"there is no folder {args.out.parent}")
    language = _language(args)
    ensure_application()
    from telesales.exports.day_files import day_bytes
    from telesales.ui.day_plan_words import day_document, speaking

    session = _open(args)
    try:
        service = session.field_plans
        assert service is not None
        day = args.date or service.tomorrow()
        plan = service.plan(day)
    finally:
        session.close()
    with speaking(language):
        document = day_document(plan, language)
        data = day_bytes(document, args.format)
    scratch = args.out.with_name(args.out.name + ".part")
    scratch.write_bytes(data)
    scratch.replace(args.out)
    payload = {"date": day.isoformat(), "format": args.format, "out": str(args.out), "bytes": len(data),
               "language": language, "calls": len(plan.calls), "visits": len(plan.routed),
               "left_over": len(plan.visits) - len(plan.routed), "reminders": len(plan.reminders),
               "events": len(document.events),
               "files": [f"{table.key}.csv" for table in document.tables] if args.format == "csv" else []}
    emit(args, payload, lambda: f"wrote {args.out}: the plan for {day.isoformat()} ({len(plan.calls)} calls, "
                                f"{len(plan.routed)} visits, {len(plan.reminders)} reminders)")
    return 0


def _moment(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="minutes")


def summary_json(summary: Any) -> dict[str, Any]:
    """The day in numbers, what is open, and what closing it would create (see the README)."""
    suggested = {booking.customer_id: booking for booking in summary.suggestions}
    return {
        "date": summary.day.isoformat(),
        "next_working_day": summary.target.isoformat(),
        "progress": summary.progress.as_json(),
        "closed": summary.progress.closed,
        "numbers": summary.numbers.as_json(),
        "open": summary.open.as_json(),
        "deals": [{"customer_id": d.customer_id, "name": d.customer_name, "contact": d.contact_name,
                   "email": d.email, "orders": d.orders, "amount_cents": d.amount_cents,
                   "letter_planned": d.letter_planned, "letter_sent": d.letter_sent} for d in summary.deals],
        "key_customers": [{
            "rank": item.call.rank, "customer_id": item.customer_id, "name": item.call.name, "phone": item.phone,
            "must_call": item.call.must_call, "reasons": [reason.code.value for reason in item.call.reasons],
            "booked": item.booked.value if item.booked else None, "booked_at": _moment(item.booked_at),
            "visit_planned": item.visit_planned,
            "suggested": ({"kind": suggested[item.customer_id].kind.value,
                           "at": _moment(suggested[item.customer_id].at)}
                          if item.customer_id in suggested else None),
        } for item in summary.key_customers],
        "interested": [{"customer_id": i.customer_id, "name": i.customer_name, "contact": i.contact_name,
                        "intent": i.intent.value, "materials_requested": i.materials_requested, "task": i.task}
                       for i in summary.interested],
        "would_create": {
            "thank_you_letters": [d.customer_id for d in summary.letters_to_plan],
            "bookings": [{"customer_id": b.customer_id, "kind": b.kind.value, "at": _moment(b.at)}
                         for b in summary.suggestions],
            "materials_tasks": [i.customer_id for i in summary.to_ask],
        },
    }


def run_close_day(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    language = _language(args)
    session = _open(args)
    try:
        service = session.closing
        assert service is not None
        day = args.date or service.today()
        if args.apply:
            report = service.close(day, language)
            payload = summary_json(report.summary)
            payload["created"] = {"thank_you_letters": report.letters,
                                  "reminder_ids": list(report.booked.reminder_ids + report.asked.reminder_ids),
                                  "visit_ids": list(report.booked.visit_ids),
                                  "bookings": report.booked.count, "materials_tasks": report.asked.count}
            payload["progress"] = report.progress.as_json()
            payload["closed"] = report.progress.closed
        else:
            payload = summary_json(service.summary(day))
    finally:
        session.close()

    def text() -> str:
        numbers, open_items = payload["numbers"], payload["open"]
        lines = [f"closing {payload['date']} (next working day {payload['next_working_day']})",
                 f"calls {numbers['calls']}, called {numbers['called']}, reached {numbers['reached']}, "
                 f"intent up {numbers['intent_moves']['up']} / down {numbers['intent_moves']['down']} / "
                 f"new {numbers['intent_moves']['new']}, visits done {numbers['visits_done']}, "
                 f"deals {numbers['deals']}, amount {numbers['amount_cents'] / 100:.2f}",
                 "open: " + ", ".join(f"{key} {value}" for key, value in open_items.items()),
                 "steps: " + ", ".join(f"{key} {value}" for key, value in payload["progress"].items())]
        would = payload["would_create"]
        lines.append(f"would create: {len(would['thank_you_letters'])} thank-you letters, "
                     f"{len(would['bookings'])} bookings, {len(would['materials_tasks'])} materials tasks")
        if "created" in payload:
            created = payload["created"]
            lines.append(f"created: {created['thank_you_letters']} thank-you letters, {created['bookings']} "
                         f"bookings, {created['materials_tasks']} materials tasks")
        return "\n".join(lines)

    emit(args, payload, text)
    return 0
