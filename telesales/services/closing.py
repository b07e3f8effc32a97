"""Use case: closing the day (每天梳理, DOMAIN.md §7) — the day in numbers, what is still open, and the three
steps: thank-you letters, booking the next working day's key customers, asking interested customers whether
they want product material. The rules are in `telesales.domain.closing`; texts come from the letter templates
(`resources/templates/letters.<language>.json`, the rep's edits over them), in the rep's language.

`summary` only reads; `letters`, `book`, `ask_materials`, `set_step` write, each idempotent by source key.
`close` runs the whole routine with the suggested choices (the command line's `close-day --apply`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any, Protocol

from telesales.domain.calllist import local_day_bounds
from telesales.domain.closing import (
    CALL_SLOT_MINUTES,
    FIRST_CALL,
    OFFER_TIME,
    STEPS,
    VISIT_GAP_MINUTES,
    Booking,
    BookingKind,
    CloseProgress,
    CloseStep,
    Created,
    DayNumbers,
    Deal,
    Interested,
    KeyCustomer,
    Letter,
    OpenItems,
    StepState,
    booking_key,
    intent_moves,
    interested_customers,
    key_customers,
    materials_key,
    next_working_day,
    parse_hhmm,
    suggested_times,
)
from telesales.domain.errors import UserError
from telesales.domain.model import Intent, ReminderKind, VisitStatus
from telesales.domain.phones import display_phone
from telesales.domain.reminders import thank_you_key
from telesales.services.calls import CallService, morning_of, rep_zone
from telesales.services.greeting_texts import TemplateSet, format_date
from telesales.services.ports import SettingsPort
from telesales.services.reminders import ReminderService
from telesales.services.visits import VisitService

EVENING = time(18, 0)  # a past day's open calls are counted as they stood at its end


class ClosingStorePort(Protocol):
    def progress(self, day: date) -> CloseProgress: ...

    def set_step(self, day: date, step: CloseStep, state: StepState, now: datetime) -> CloseProgress: ...

    def deals(self, day: date) -> list[Deal]: ...

    def day_calls(self, start: datetime, end: datetime) -> list[
            tuple[int, int, datetime, Intent | None, int | None, str]]: ...

    def intents_before(self, customer_ids: Sequence[int], start: datetime) -> dict[int, Intent | None]: ...

    def visit_counts(self, day: date) -> dict[str, int]: ...

    def reminders_due(self, day: date) -> int: ...

    def names(self, customer_ids: Sequence[int], contact_ids: Sequence[int]) -> tuple[
            dict[int, tuple[str, int | None, str]], dict[int, str]]: ...

    def existing_keys(self, keys: Iterable[str]) -> set[str]: ...

    def bookings(self, keys: Mapping[str, tuple[int, BookingKind]]) -> dict[
            int, tuple[BookingKind, datetime | None]]: ...

    def open_visit_customers(self, day: date) -> set[int]: ...

    def materials_since(self, customer_ids: Sequence[int], since: datetime) -> set[int]: ...

    def book(self, bookings: Sequence[tuple[Booking, date, str, str]], minutes: int, now: datetime) -> Created: ...

    def add_tasks(self, rows: Sequence[Mapping[str, Any]]) -> Created: ...

    def mark_letters(self, keys: Sequence[str], sent: bool, now: datetime) -> int: ...


@dataclass(frozen=True)
class DaySummary:
    """The close of `day` as the wizard opens it and `telesales close-day` prints it."""

    day: date
    target: date  # the next working day, booked in step 2
    now: datetime
    zone: tzinfo
    numbers: DayNumbers
    open: OpenItems
    progress: CloseProgress
    deals: tuple[Deal, ...]
    key_customers: tuple[KeyCustomer, ...]
    interested: tuple[Interested, ...]
    suggestions: tuple[Booking, ...] = field(default=())  # for key customers not booked yet

    @property
    def letters_to_plan(self) -> tuple[Deal, ...]:
        return tuple(deal for deal in self.deals if not deal.letter_planned)

    @property
    def to_book(self) -> tuple[KeyCustomer, ...]:
        return tuple(item for item in self.key_customers if item.booked is None)

    @property
    def to_ask(self) -> tuple[Interested, ...]:
        return tuple(item for item in self.interested if not item.task)


@dataclass(frozen=True)
class CloseReport:
    """What `close` did: thank-you letters planned, bookings and materials tasks created (and found made)."""

    summary: DaySummary
    letters: int
    booked: Created
    asked: Created
    progress: CloseProgress


class CloseDayService:
    def __init__(self, store: ClosingStorePort, settings: SettingsPort, calls: CallService,
                 reminders: ReminderService, visits: VisitService,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._settings = settings
        self._calls = calls
        self._reminders = reminders
        self._visits = visits
        self.clock = clock or (lambda: datetime.now(UTC))

    # ------------------------------------------------------------------------------------------ time

    def zone(self) -> tzinfo:
        return rep_zone(self._settings.load())

    def now(self) -> datetime:
        return self.clock().astimezone(self.zone())

    def today(self) -> date:
        return self.now().date()

    def offer_time(self) -> time:
        """When the app offers to close the day (the `close_day.time` setting)."""
        return parse_hhmm(str(self._settings.load()["close_day.time"]), OFFER_TIME)

    # ------------------------------------------------------------------------------------------ reading

    def summary(self, day: date) -> DaySummary:
        rules = self._settings.load()
        zone = rep_zone(rules)
        now = self.clock().astimezone(zone)
        _day, start, end = local_day_bounds(morning_of(day, zone))
        calls = self._store.day_calls(start, end)
        before = self._store.intents_before([c[0] for c in calls], start)
        moves = intent_moves(before, [(c[0], c[2], c[3]) for c in calls])
        progress = self._calls.progress(morning_of(day, zone))
        visit_counts = self._store.visit_counts(day)
        deals = self._store.deals(day)
        numbers = DayNumbers(progress.calls, progress.called, progress.reached, moves,
                             visit_counts.get(VisitStatus.DONE.value, 0),
                             visit_counts.get(VisitStatus.CANCELLED.value, 0), sum(d.orders for d in deals),
                             len(deals), sum(d.amount_cents for d in deals))
        moment = now if now.date() == day else datetime.combine(day, EVENING, tzinfo=zone)
        listed = self._calls.today(moment, int(rules["calls.daily_target"]), lines_for=0)
        must_left = sum(1 for c in listed.calls.calls if c.must_call and c.customer_id not in listed.called_today)
        open_items = OpenItems(listed.left, must_left,
                               visit_counts.get(VisitStatus.PROPOSED.value, 0)
                               + visit_counts.get(VisitStatus.PLANNED.value, 0),
                               self._store.reminders_due(day), sum(1 for d in deals if not d.letter_sent))

        target = next_working_day(day)
        top = int(rules["close_day.key_customers"])
        ranked = self._calls.today(morning_of(target, zone), top, lines_for=None)
        chosen = key_customers(ranked.calls.calls, top)
        keys = {booking_key(day, kind, call.customer_id): (call.customer_id, kind)
                for call in chosen for kind in BookingKind}
        booked = self._store.bookings(keys)
        visiting = self._store.open_visit_customers(target)
        key_lines = []
        for call in chosen:
            line = ranked.lines.get(call.customer_id)
            phone = display_phone(line.phone, line.region) if line is not None else ""
            kind, at = booked.get(call.customer_id, (None, None))
            key_lines.append(KeyCustomer(call, phone, kind, at.astimezone(zone) if at else None,
                                         call.customer_id in visiting))

        interested = self._interested(day, calls, start)
        summary = DaySummary(day, target, now, zone, numbers, open_items, self._store.progress(day), tuple(deals),
                             tuple(key_lines), tuple(interested))
        return replace(summary, suggestions=tuple(self.suggest(summary)))

    def _interested(self, day: date, calls: Sequence[tuple[int, int, datetime, Intent | None, int | None, str]],
                    start: datetime) -> list[Interested]:
        found = interested_customers(calls)
        if not found:
            return []
        ids = [item[0] for item in found]
        customers, contacts = self._store.names(ids, [item[3] for item in found if item[3] is not None])
        tasks = self._store.materials_since(ids, start)
        asked = self._store.existing_keys(materials_key(day, customer_id) for customer_id in ids)
        out = []
        for customer_id, call_id, intent, contact_id, materials in found:
            name, first_contact, first_name = customers.get(customer_id, ("", None, ""))
            contact = contact_id if contact_id is not None else first_contact
            contact_name = contacts.get(contact_id, "") if contact_id is not None else first_name
            out.append(Interested(customer_id, name, contact, contact_name or name, intent, call_id, materials,
                                  customer_id in tasks or materials_key(day, customer_id) in asked))
        return out

    def suggest(self, summary: DaySummary) -> list[Booking]:
        """Times for the key customers not booked yet: calls from 09:00 a quarter of an hour apart, visits from
        the visits' start time, a visit's length plus half an hour apart (after the visits already booked)."""
        rules = self._settings.load()
        zone = summary.zone
        minutes = int(rules["visits.minutes_each"])
        open_lines = summary.to_book
        calls = [item for item in open_lines if item.suggested is BookingKind.CALL]
        visits = [item for item in open_lines if item.suggested is BookingKind.VISIT]
        booked_calls = sum(1 for item in summary.key_customers if item.booked is BookingKind.CALL)
        booked_visits = sum(1 for item in summary.key_customers if item.booked is BookingKind.VISIT)
        call_times = suggested_times(summary.target, booked_calls + len(calls), FIRST_CALL,
                                     CALL_SLOT_MINUTES)[booked_calls:]
        visit_times = suggested_times(summary.target, booked_visits + len(visits),
                                      parse_hhmm(str(rules["visits.start_time"]), time(13, 0)),
                                      minutes + VISIT_GAP_MINUTES)[booked_visits:]
        out = [Booking(item.customer_id, BookingKind.CALL, at.replace(tzinfo=zone))
               for item, at in zip(calls, call_times, strict=True)]
        out += [Booking(item.customer_id, BookingKind.VISIT, at.replace(tzinfo=zone))
                for item, at in zip(visits, visit_times, strict=True)]
        order = {item.customer_id: index for index, item in enumerate(open_lines)}
        return sorted(out, key=lambda booking: order[booking.customer_id])

    # ------------------------------------------------------------------------------------------ letters

    def letters(self, day: date, language: str) -> list[Letter]:
        """A thank-you letter to every customer who closed a deal on `day`, from the rep's template."""
        templates = self._reminders.templates(language)
        return [self._letter(deal, day, templates) for deal in self._store.deals(day)]

    def letter(self, deal: Deal, day: date, language: str) -> Letter:
        return self._letter(deal, day, self._reminders.templates(language))

    def _letter(self, deal: Deal, day: date, templates: TemplateSet) -> Letter:
        values = self._values(templates, day, deal.customer_name, deal.contact_name, "thank_you")
        return Letter(deal, _render(templates, "thank_you_subject", values), _render(templates, "thank_you", values))

    def plan_letters(self, day: date, language: str) -> int:
        """The thank-you reminders of `day` (once per customer); how many were added."""
        return self._reminders.plan_thank_yous(day, language, self.clock()).added

    def mark_letter(self, day: date, customer_id: int, sent: bool, language: str) -> None:
        """The customer's thank-you letter sent (its reminder done), or not sent after all."""
        self.plan_letters(day, language)
        self._store.mark_letters([thank_you_key(customer_id, day)], sent, self.clock())

    def templates(self, language: str) -> TemplateSet:
        return self._reminders.templates(language)

    def save_template(self, language: str, name: str, text: str) -> TemplateSet:
        return self._reminders.save_template(language, name, text)

    # ------------------------------------------------------------------------------------------ booking

    def book(self, day: date, bookings: Sequence[Booking], language: str) -> Created:
        """Turn the rep's choices into calls (a follow-up reminder at the time) and visits (an appointment);
        a customer booked before (by this day's close) is not booked again."""
        rules = self._settings.load()
        zone = rep_zone(rules)
        templates = self._reminders.templates(language)
        customers, _ = self._store.names([b.customer_id for b in bookings], [])
        rows = []
        for booking in bookings:
            local = booking.at.astimezone(zone)
            if local.date() <= day:
                raise UserError(f"a booking when closing {day.isoformat()} must be on a later day")
            name, first_contact, contact_name = customers.get(booking.customer_id, ("", None, ""))
            if booking.contact_id is None and first_contact is not None:
                booking = replace(booking, contact_id=first_contact)
            template = "booked_call" if booking.kind is BookingKind.CALL else "booked_visit"
            values = self._values(templates, day, name, contact_name or name, template)
            rows.append((booking, local.date(), booking_key(day, booking.kind, booking.customer_id),
                         _render(templates, template, values)))
        created = self._store.book(rows, int(rules["visits.minutes_each"]), self.clock())
        if created.visit_ids:
            self._visits.fill_places(sorted({b.customer_id for b in bookings if b.kind is BookingKind.VISIT}))
        return created

    # ------------------------------------------------------------------------------------------ materials

    def ask_materials(self, day: date, customer_ids: Sequence[int], language: str) -> Created:
        """A task, due the next working day, to ask each customer whether they want product material."""
        if not customer_ids:
            return Created()
        templates = self._reminders.templates(language)
        customers, _ = self._store.names(customer_ids, [])
        due = next_working_day(day)
        now = self.clock()
        rows = []
        for customer_id in dict.fromkeys(customer_ids):
            if customer_id not in customers:
                raise UserError(f"there is no customer {customer_id} in the book")
            name, contact_id, contact_name = customers[customer_id]
            values = self._values(templates, day, name, contact_name or name, "materials_offer")
            rows.append({"kind": ReminderKind.MATERIALS.value, "due_on": due, "customer_id": customer_id,
                         "contact_id": contact_id, "text": _render(templates, "materials_offer", values),
                         "source_key": materials_key(day, customer_id), "created_at": now})
        return self._store.add_tasks(rows)

    # ------------------------------------------------------------------------------------------ progress

    def progress(self, day: date) -> CloseProgress:
        return self._store.progress(day)

    def set_step(self, day: date, step: CloseStep, state: StepState) -> CloseProgress:
        return self._store.set_step(day, step, state, self.clock())

    def close(self, day: date, language: str) -> CloseReport:
        """The whole routine with the suggested choices: every letter planned, every key customer booked at the
        suggested time, every interested customer asked; each step done. Idempotent."""
        summary = self.summary(day)
        letters = self.plan_letters(day, language)
        booked = self.book(day, summary.suggestions, language)
        asked = self.ask_materials(day, [item.customer_id for item in summary.to_ask], language)
        progress = summary.progress
        for step in STEPS:
            if progress.state(step) is not StepState.DONE:
                progress = self.set_step(day, step, StepState.DONE)
        return CloseReport(summary, letters, booked, asked, progress)

    # ------------------------------------------------------------------------------------------ texts

    def _values(self, templates: TemplateSet, day: date, customer: str, contact: str, name: str) -> dict[str, str]:
        return {"contact": contact, "customer": customer, "occasion": templates.names.get(name, ""),
                "year": str(day.year), "date": format_date(day, templates.language),
                "sender": str(self._settings.load()["rep.name"])}


def _render(templates: TemplateSet, name: str, values: Mapping[str, str]) -> str:
    """The rep's template when it can be filled, else the shipped one."""
    from telesales.domain.greetings import render_greeting

    return render_greeting(templates.usable(name), values)


__all__ = ["CloseDayService", "CloseReport", "ClosingStorePort", "DaySummary"]
