"""The rep's words for a day's plan: a `FieldPlan` (codes and numbers) made into the `DayDocument` the exports
write — titles, column headings, reasons, reminder kinds and calendar events in the current language.

The reasons are worded exactly as on the Today screen (`call_words`), so the printout and the screen agree. The
command line has no window: `speaking(language)` installs the same compiled translation for the time of an
export (any Q*Application will do; the PDF needs a QGuiApplication for its fonts).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from telesales.domain.field_plan import DueReminder, FieldPlan, PlanVisit
from telesales.domain.model import ReminderKind
from telesales.exports.day_document import CardLine, Cell, Column, DayDocument, Event, Kind, Table
from telesales.ui.call_words import reason_chip, reason_line
from telesales.ui.labels import tier_name
from telesales.ui.visit_words import area_name, left_over_reason

CONTEXT = "DayPlan"
translate = QCoreApplication.translate  # lupdate reads translate("DayPlan", "…") calls with their context

REMINDER_KINDS = {
    ReminderKind.FOLLOW_UP: QT_TRANSLATE_NOOP("DayPlan", "Follow-up call"),
    ReminderKind.VISIT: QT_TRANSLATE_NOOP("DayPlan", "Visit"),
    ReminderKind.MATERIALS: QT_TRANSLATE_NOOP("DayPlan", "Product material"),
    ReminderKind.THANK_YOU: QT_TRANSLATE_NOOP("DayPlan", "Thank-you letter"),
    ReminderKind.GREETING: QT_TRANSLATE_NOOP("DayPlan", "Greeting"),
    ReminderKind.CLOSE_DAY: QT_TRANSLATE_NOOP("DayPlan", "Close the day"),
}
LANGUAGES = {"en": "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}


def reminder_kind_name(kind: ReminderKind) -> str:
    return translate("DayPlan", REMINDER_KINDS[kind])


def _long_date(plan: FieldPlan) -> str:
    return QLocale().toString(plan.day, QLocale.FormatType.LongFormat)


# ---------------------------------------------------------------------------------------------- tables


def calls_table(plan: FieldPlan) -> Table:
    morning = datetime.combine(plan.day, time(9, 0), tzinfo=plan.generated_at.tzinfo)
    columns = (
        Column("rank", translate("DayPlan", "No."), Kind.INTEGER, 6),
        Column("customer", translate("DayPlan", "Customer"), Kind.TEXT, 28),
        Column("phone", translate("DayPlan", "Phone"), Kind.TEXT, 17),
        Column("reasons", translate("DayPlan", "Why"), Kind.TEXT, 40),
        Column("details", translate("DayPlan", "Reasons in full"), Kind.TEXT, 60),
        Column("score", translate("DayPlan", "Score"), Kind.NUMBER, 8),
        Column("must", translate("DayPlan", "Must call"), Kind.TEXT, 10),
        Column("tier", translate("DayPlan", "Tier"), Kind.TEXT, 10),
        Column("customer_id", translate("DayPlan", "Customer no."), Kind.INTEGER, 12),
    )
    must = translate("DayPlan", "Must call")
    rows: list[tuple[Cell, ...]] = []
    links: list[str] = []
    for item in plan.calls:
        call, candidate = item.call, item.call.candidate
        chips = " · ".join(reason_chip(reason, candidate) for reason in call.reasons)
        details = "; ".join(reason_line(reason, candidate, morning) for reason in call.reasons)
        rows.append((call.rank, call.name, item.phone, chips, details, round(call.score, 2),
                     must if call.must_call else "", tier_name(candidate.tier), call.customer_id))
        links.append(item.tel)
    note = translate("DayPlan", "Ranked as at 09:00; must-calls are always listed.")
    if plan.more_calls:
        more = translate("DayPlan", "{count} more customers beyond the day's target.").format(
            count=QLocale().toString(plan.more_calls))
        note = translate("DayPlan", "{first} {then}").format(first=note, then=more)
    return Table("calls", translate("DayPlan", "Calls"),
                 translate("DayPlan", "Calls ({count})").format(count=QLocale().toString(len(plan.calls))),
                 columns, tuple(rows),
                 card=(CardLine(("rank", "customer"), strong=True), CardLine(("phone", "must")),
                       CardLine(("reasons",), small=True)),
                 empty=translate("DayPlan", "No calls on the list."), note=note, links={"phone": tuple(links)})


def _visit_row(visit: PlanVisit) -> tuple[Cell, ...]:
    contact = visit.contact
    who = " ".join(part for part in ((contact.name, contact.title) if contact else ()) if part)
    if visit.left_over is not None:
        note = left_over_reason(visit.left_over)
        if visit.suggested_day is not None:
            suggested = translate("DayPlan", "(suggested: {date})").format(
                date=QLocale().toString(visit.suggested_day, QLocale.FormatType.ShortFormat))
            note = translate("DayPlan", "{first} {then}").format(first=note, then=suggested)
    elif visit.approximate:
        note = translate("DayPlan", "Placed at the district centre")
    else:
        note = ""
    return (visit.sequence, area_name(visit.area), visit.starts_at, visit.ends_at,
            translate("DayPlan", "Appointment") if visit.fixed else "", visit.name, visit.address, who,
            contact.phone if contact else "", visit.phone, visit.purpose, "; ".join(visit.bring), note,
            visit.customer_id, visit.visit_id)


def visits_table(plan: FieldPlan) -> Table:
    columns = (
        Column("sequence", translate("DayPlan", "No."), Kind.INTEGER, 6),
        Column("area", translate("DayPlan", "Area"), Kind.TEXT, 22),
        Column("start", translate("DayPlan", "Starts at"), Kind.TIME, 17),
        Column("end", translate("DayPlan", "Ends at"), Kind.TIME, 17),
        Column("appointment", translate("DayPlan", "Appointment"), Kind.TEXT, 12),
        Column("customer", translate("DayPlan", "Customer"), Kind.TEXT, 28),
        Column("address", translate("DayPlan", "Address"), Kind.TEXT, 40),
        Column("contact", translate("DayPlan", "Contact"), Kind.TEXT, 18),
        Column("contact_phone", translate("DayPlan", "Contact's phone"), Kind.TEXT, 17),
        Column("phone", translate("DayPlan", "Phone"), Kind.TEXT, 17),
        Column("purpose", translate("DayPlan", "Purpose"), Kind.TEXT, 24),
        Column("bring", translate("DayPlan", "What to bring"), Kind.TEXT, 30),
        Column("note", translate("DayPlan", "Note"), Kind.TEXT, 26),
        Column("customer_id", translate("DayPlan", "Customer no."), Kind.INTEGER, 12),
        Column("visit_id", translate("DayPlan", "Visit no."), Kind.INTEGER, 10),
    )
    rows = tuple(_visit_row(visit) for visit in plan.visits)
    locale = QLocale()
    note = translate("DayPlan", "In route order by area: {km} km in all.").format(
        km=locale.toString(float(plan.total_km), "f", 1))
    if plan.start_address:
        note = translate("DayPlan", "{first} {then}").format(first=note, then=translate(
            "DayPlan", "Starting from {address}.").format(address=plan.start_address))
    return Table("visits", translate("DayPlan", "Visits"),
                 translate("DayPlan", "Visits ({count})").format(count=locale.toString(len(plan.routed))),
                 columns, rows,
                 card=(CardLine(("sequence", "customer"), strong=True),
                       CardLine(("start", "end"), joiner="–"), CardLine(("appointment",)),
                       CardLine(("address",)), CardLine(("contact", "contact_phone")),
                       CardLine(("phone",), label=True), CardLine(("purpose",), label=True),
                       CardLine(("bring",), label=True), CardLine(("note",), small=True)),
                 group_by="area", empty=translate("DayPlan", "No visits planned."),
                 note=note if plan.visits else "")


def reminders_table(plan: FieldPlan) -> Table:
    columns = (
        Column("time", translate("DayPlan", "Time"), Kind.TIME, 17),
        Column("kind", translate("DayPlan", "Kind"), Kind.TEXT, 16),
        Column("customer", translate("DayPlan", "Customer"), Kind.TEXT, 28),
        Column("contact", translate("DayPlan", "Contact"), Kind.TEXT, 16),
        Column("phone", translate("DayPlan", "Phone"), Kind.TEXT, 17),
        Column("text", translate("DayPlan", "What to do"), Kind.TEXT, 60),
        Column("reminder_id", translate("DayPlan", "Reminder no."), Kind.INTEGER, 12),
    )
    rows = tuple((item.at, reminder_kind_name(item.kind), item.customer_name, item.contact_name, item.phone,
                  item.text, item.id) for item in plan.reminders)
    return Table("reminders", translate("DayPlan", "Reminders"),
                 translate("DayPlan", "Reminders ({count})").format(count=QLocale().toString(len(rows))),
                 columns, rows,
                 card=(CardLine(("time", "kind", "customer"), strong=True), CardLine(("contact", "phone")),
                       CardLine(("text",), small=True)),
                 empty=translate("DayPlan", "No reminders due."))


# ---------------------------------------------------------------------------------------------- events


def visit_event(visit: PlanVisit) -> Event | None:
    if visit.sequence is None or visit.starts_at is None:
        return None
    lines = []
    if visit.contact is not None:
        lines.append(translate("DayPlan", "Contact: {name} {phone}").format(
            name=" ".join(p for p in (visit.contact.name, visit.contact.title) if p), phone=visit.contact.phone))
    if visit.phone:
        lines.append(translate("DayPlan", "Phone: {phone}").format(phone=visit.phone))
    if visit.purpose:
        lines.append(translate("DayPlan", "Purpose: {purpose}").format(purpose=visit.purpose))
    if visit.bring:
        lines.append(translate("DayPlan", "Bring: {what}").format(what="; ".join(visit.bring)))
    return Event(f"telesales-visit-{visit.visit_id}@telesales", translate("DayPlan", "Visit: {customer}").format(
        customer=visit.name), visit.starts_at, visit.ends_at, visit.address, "\n".join(lines),
        translate("DayPlan", "Visit"))


def follow_up_event(item: DueReminder) -> Event | None:
    if item.kind is not ReminderKind.FOLLOW_UP:
        return None
    lines = [item.text] if item.text else []
    if item.phone:
        lines.append(translate("DayPlan", "Phone: {phone}").format(phone=item.phone))
    who = item.customer_name or item.contact_name
    return Event(f"telesales-reminder-{item.id}@telesales", translate("DayPlan", "Call: {customer}").format(
        customer=who), item.at if item.at is not None else item.due, None, "", "\n".join(lines),
        translate("DayPlan", "Follow-up call"))


# ---------------------------------------------------------------------------------------------- the document


def day_document(plan: FieldPlan, language: str) -> DayDocument:
    """The plan worded in the current language (`language` picks the PDF's fonts)."""
    locale = QLocale()
    generated = plan.generated_at
    subtitle = translate("DayPlan", "{calls} calls · {visits} visits · {reminders} reminders · made {when}").format(
        calls=locale.toString(len(plan.calls)), visits=locale.toString(len(plan.routed)),
        reminders=locale.toString(len(plan.reminders)),
        when=f"{locale.toString(generated.date(), QLocale.FormatType.ShortFormat)} {generated:%H:%M}")
    events = [event for visit in plan.visits if (event := visit_event(visit)) is not None]
    events += [event for item in plan.reminders if (event := follow_up_event(item)) is not None]
    return DayDocument(
        plan.day, language, translate("DayPlan", "Plan for {date}").format(date=_long_date(plan)), subtitle,
        generated, plan.zone_key, (calls_table(plan), visits_table(plan), reminders_table(plan)), tuple(events),
        footer=translate("DayPlan", "Made by telesales from the book; phones are links you can tap."),
        calendar_name=translate("DayPlan", "telesales {date}").format(date=plan.day.isoformat()),
        label_pattern=translate("DayPlan", "{label}: {value}"))


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app's words and number formats in `language` for the time of the block (the command line)."""
    from telesales.i18n.qt import compiled_translation

    previous = QLocale()
    translator: QTranslator | None = None
    if language != "en":
        qm = compiled_translation(language)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)) or not QCoreApplication.installTranslator(translator):
            translator = None
    QLocale.setDefault(QLocale(LANGUAGES.get(language, "en_US")))
    try:
        yield
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)


__all__ = ["calls_table", "day_document", "reminder_kind_name", "reminders_table", "speaking", "visits_table"]

