"""Subcommands about calls: the day's call list with reasons (`calllist`) and logging a call (`log-call`).

Times: the rep's time zone is the `rep.time_zone` setting (empty: the computer's). `calllist --date D` ranks the
list as of 09:00 on D in that zone; without --date, as of now. A date-time given without an offset
(`--visit-when 2026-11-25T10:00`) is read in that zone too.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from telesales.cli.words import FIRST_DAY, LAST_DAY, QT_TRANSLATE_NOOP, book_location, day, number
from telesales.domain.errors import UserError
from telesales.domain.importing import MAX_CENTS
from telesales.domain.model import Attitude, CallOutcome, Intent


def register(subparsers: Any) -> None:
    calllist = subparsers.add_parser(
        "calllist", help=QT_TRANSLATE_NOOP("CLI", "the day's call list, best first, with the reasons for each rank and who is left out"))
    calllist.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    calllist.add_argument("--date", type=_date, default=None,
                          help=QT_TRANSLATE_NOOP("CLI", "rank as of 09:00 on this day in your time zone (YYYY-MM-DD, default: now)"))
    calllist.add_argument("--limit", type=number, default=None,
                          help=QT_TRANSLATE_NOOP("CLI", "at most this many (due follow-ups and call-backs are always listed)"))
    calllist.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    calllist.set_defaults(handler=run_calllist)

    log = subparsers.add_parser("log-call", help=QT_TRANSLATE_NOOP("CLI", "log a call: outcome, need, intent, visit, materials, next step"))
    log.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    log.add_argument("--customer", type=number, required=True, help=QT_TRANSLATE_NOOP("CLI", "the customer's id"))
    log.add_argument("--outcome", required=True, choices=[o.value for o in CallOutcome], help=QT_TRANSLATE_NOOP("CLI", "how the call went"))
    log.add_argument("--contact", type=number, default=None, help=QT_TRANSLATE_NOOP("CLI", "the id of the contact reached"))
    log.add_argument("--at", default=None, help=QT_TRANSLATE_NOOP("CLI", "when the call was made (default: now)"))
    log.add_argument("--call-back-at", default=None, help=QT_TRANSLATE_NOOP("CLI", "with --outcome call_back: when to call back"))
    log.add_argument("--intent", choices=[i.value for i in Intent], default=None,
                     help=QT_TRANSLATE_NOOP("CLI", "buying intent: A clear, B interested, C neutral, D not interested"))
    log.add_argument("--attitude", choices=[a.value for a in Attitude], default=None, help=QT_TRANSLATE_NOOP("CLI", "the customer's attitude"))
    log.add_argument("--need", default="", help=QT_TRANSLATE_NOOP("CLI", "what the customer needs"))
    log.add_argument("--expected", default=None, help=QT_TRANSLATE_NOOP("CLI", "the expected order value, e.g. 1234.50"))
    log.add_argument("--next-step", default="", help=QT_TRANSLATE_NOOP("CLI", "the next step agreed"))
    log.add_argument("--next-step-on", type=_date, default=None, help=QT_TRANSLATE_NOOP("CLI", "when to follow up (YYYY-MM-DD)"))
    log.add_argument("--visit-possible", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "a visit is possible (proposes one)"))
    log.add_argument("--visit-when", default=None, help=QT_TRANSLATE_NOOP("CLI", "with --visit-possible: when to visit"))
    log.add_argument("--materials", default="", help=QT_TRANSLATE_NOOP("CLI", "product materials the customer asked for"))
    log.add_argument("--notes", default="", help=QT_TRANSLATE_NOOP("CLI", "free notes"))
    log.add_argument("--do-not-call", action="store_true",
                     help=QT_TRANSLATE_NOOP("CLI", "with --outcome refused: mark the customer do-not-call (the rep's confirmation)"))
    log.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    log.set_defaults(handler=run_log_call)


def _date(text: str) -> date:
    return day(text)  # an ISO date the book can work with


def _moment(text: str | None, zone: tzinfo, what: str) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise UserError(f"{what} {text!r} is not a date and time (YYYY-MM-DDTHH:MM)") from error
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        raise UserError(f"{what} {text!r} is outside {FIRST_DAY} … {LAST_DAY}")
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _cents(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        amount = Decimal(text.strip().replace(",", ""))
        if not amount.is_finite():
            raise UserError(f"--expected {text!r} is not an amount (e.g. 1234.50)")
        if abs(amount) > MAX_CENTS // 100:
            raise UserError(f"--expected {text!r} is too large")
        cents = amount * 100
        if cents != cents.to_integral_value():
            raise UserError(f"--expected {text!r} has more than two decimals")
        return int(cents)
    except ArithmeticError as error:  # not a number, or one too large to compute with (1e999999)
        raise UserError(f"--expected {text!r} is not an amount (e.g. 1234.50)") from error


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


def run_calllist(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.domain.phones import display_phone

    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must not be negative")
    session = _open(args)
    try:
        now = session.morning_of(args.date) if args.date else session.now()
        today = session.today_list(now, args.limit, lines_for=None)
    finally:
        session.close()
    ranked = today.calls
    lines = today.lines
    calls = []
    for call in ranked.calls:
        line = lines.get(call.customer_id)
        calls.append({
            "rank": call.rank, "customer_id": call.customer_id, "name": call.name, "score": round(call.score, 2),
            "must_call": call.must_call,
            "reasons": [{"code": reason.code.value, "points": round(reason.points, 2)} for reason in call.reasons],
            "phone": display_phone(line.phone, today.home_region) if line else "",
        })
    payload = {
        "date": ranked.today.isoformat(), "as_of": now.isoformat(), "limit": args.limit, "more": ranked.more,
        "progress": {"called": today.progress.called, "reached": today.progress.reached, "left": today.left},
        "calls": calls,
        "left_out": [{"customer_id": item.customer_id, "name": today.left_out_names.get(item.customer_id, ""),
                      "why": item.why.value} for item in ranked.left_out],
    }

    def text() -> str:
        out = [f"call list for {ranked.today.isoformat()}: {len(calls)} to call"
               + (f" ({ranked.more} more beyond --limit)" if ranked.more else "")
               + f", {len(ranked.left_out)} left out"]
        for item in calls:
            reasons = ", ".join(f"{r['code']} {r['points']:g}" for r in item["reasons"])
            out.append(f"{item['rank']:>4}  {item['score']:>7.2f}  {item['name']}  {item['phone']}  [{reasons}]"
                       + ("  (must call)" if item["must_call"] else ""))
        return "\n".join(out)

    emit(args, payload, text)
    return 0


def run_log_call(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.services.calls import LogCallRequest

    outcome = CallOutcome(args.outcome)
    if args.do_not_call and outcome is not CallOutcome.REFUSED:
        raise UserError("--do-not-call goes with --outcome refused")
    if args.call_back_at and outcome is not CallOutcome.CALL_BACK:
        raise UserError("--call-back-at goes with --outcome call_back")
    if args.visit_when and not args.visit_possible:
        raise UserError("--visit-when goes with --visit-possible")
    expected = _cents(args.expected)
    session = _open(args)
    try:
        now = session.now()
        zone = now.tzinfo
        assert zone is not None
        request = LogCallRequest(
            customer_id=args.customer, outcome=outcome, contact_id=args.contact,
            called_at=_moment(args.at, zone, "--at"), call_back_at=_moment(args.call_back_at, zone, "--call-back-at"),
            need=args.need, expected_value_cents=expected, attitude=Attitude(args.attitude) if args.attitude else None,
            intent=Intent(args.intent) if args.intent else None, visit_possible=args.visit_possible,
            visit_when=_moment(args.visit_when, zone, "--visit-when"), materials_requested=args.materials,
            next_step=args.next_step, next_step_on=args.next_step_on, notes=args.notes,
            mark_do_not_call=args.do_not_call)
        logged = session.log_call(request, now)
    finally:
        session.close()
    payload = logged_call_json(logged)

    def text() -> str:
        lines = [f"logged call {logged.call.id} to customer {logged.call.customer_id}: {logged.call.outcome.value}"]
        for item in payload["created"]:
            lines.append("  created " + ", ".join(f"{key} {value}" for key, value in item.items()))
        if payload["suggest_do_not_call"]:
            lines.append("  refused: add --do-not-call to mark the customer do-not-call")
        if payload["repeat_warning"]:
            lines.append(f"  warning: {payload['repeat_warning']['why']} "
                         f"({payload['repeat_warning']['attempts_today']} calls today before this one)")
        return "\n".join(lines)

    emit(args, payload, text)
    return 0


def logged_call_json(logged: Any) -> dict[str, Any]:
    from telesales.domain.calllist import (
        FollowUpReminder,
        IntentMove,
        MaterialsTask,
        SuggestDoNotCall,
        VisitProposal,
    )

    created: list[dict[str, Any]] = []
    for item in logged.created:
        if isinstance(item, FollowUpReminder):
            created.append({"kind": item.kind.value, "due_on": item.due_on.isoformat(), "next_step": item.next_step})
        elif isinstance(item, VisitProposal):
            created.append({"kind": item.kind.value, "when": item.when.isoformat() if item.when else None,
                            "on": item.on.isoformat() if item.on else None})
        elif isinstance(item, MaterialsTask):
            created.append({"kind": item.kind.value, "what": item.what, "due_on": item.due_on.isoformat()})
        elif isinstance(item, SuggestDoNotCall):
            created.append({"kind": item.kind.value, "marked": logged.marked_do_not_call})
        elif isinstance(item, IntentMove):
            created.append({"kind": item.kind.value, "from": item.from_intent.value if item.from_intent else None,
                            "to": item.to_intent.value, "direction": item.direction.value, "steps": item.steps})
    call = logged.call
    warning = logged.repeat_warning
    return {
        "call_id": call.id, "customer_id": call.customer_id, "called_at": call.called_at.isoformat(),
        "outcome": call.outcome.value, "intent": call.intent.value if call.intent else None,
        "expected_value_cents": call.expected_value_cents, "created": created,
        "reminder_ids": list(logged.reminder_ids), "visit_id": logged.visit_id,
        "do_not_call": logged.marked_do_not_call, "suggest_do_not_call": logged.suggest_do_not_call,
        "repeat_warning": None if warning is None else {
            "why": warning.why.value, "attempts_today": warning.attempts_today,
            "earlier": [{"call_id": e.call_id, "called_at": e.called_at.isoformat(), "outcome": e.outcome.value}
                        for e in warning.earlier]},
    }
