"""Reminders: plan greetings, thank-you letters and the close of the day; list, close and snooze them.

Every reminder is a row of the book with a `source_key`, so planning can run at every start, every morning and
from the command line without ever making the same reminder twice; a done or dismissed reminder stays in history
and is never planned again. The ready text of a reminder is rendered when it is planned, in the rep's language,
from the templates (the rep's edits over the shipped ones), with the names filled in.

`today` and `now` are always arguments: the scheduler and the command line read the clock, not this module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from telesales.domain.greetings import (
    LUNAR_YEARS,
    GreetingTemplateError,
    Occasion,
    Upcoming,
    festival_calendar,
    render_greeting,
    solar_date_of,
    upcoming_occasions,
)
from telesales.domain.model import AnnualDate, CalendarKind, Region, ReminderKind, ReminderStatus
from telesales.domain.reminders import (
    Agenda,
    GreetingInputs,
    Party,
    ReminderLine,
    close_day_key,
    lead_days_by_occasion,
    months_in_window,
    snooze_until,
    split_agenda,
    thank_you_key,
)
from telesales.domain.settings import SPECS, RuleSettings
from telesales.services.greeting_texts import (
    LANGUAGES,
    TemplateSet,
    check_template,
    format_date,
    language_of,
    sample_values,
    shipped_templates,
    template_set,
)
from telesales.services.ports import ReminderStorePort

PLAN_DAYS = 60
"""How far ahead greetings are planned (the longest lead is 60 days)."""

MAX_LEAD_DAYS = max(int(SPECS[key].maximum or 0) for key in (
    "greetings.lead_days", "greetings.lead_days_festivals", "greetings.lead_days_anniversaries"))
"""No greeting is due earlier than this many days before its occasion, whatever the settings were."""

_GREETING = ReminderKind.GREETING.value
_VALUES = {occasion: occasion.value for occasion in Occasion}  # an enum's .value is slow in a 100,000-row loop
_PENDING = ReminderStatus.PENDING.value

AGENDA_LIMIT = 5000
"""At most this many open reminders in the Reminders view (a 100,000-customer book greeting everyone)."""


class RuleSource(Protocol):
    def load(self) -> RuleSettings: ...


@dataclass(frozen=True, slots=True)
class PlanResult:
    """What a planning run found and added (added ≤ found; the rest were planned before)."""

    found: int
    added: int


@dataclass(frozen=True, slots=True)
class Planned:
    """Reminders worked out by `prepare_day`, not yet written."""

    found: int
    rows: list[dict[str, Any]]


Work = Callable[[Callable[[], Any], Callable[[Any], None]], None]


@dataclass(frozen=True)
class ReminderHooks:
    """How the scheduler reaches the app: `submit(work, done)` runs `work` on the book's one writer and hands
    its result to `done`; `read(work, done)` runs reading work beside it (the writer when not given);
    `notify(lines)` tells the rep (a desktop notice); `language()` is the rep's language for the texts of new
    reminders."""

    submit: Work
    notify: Callable[[list[ReminderLine]], None]
    language: Callable[[], str]
    read: Work | None = None


class UnknownReminder(LookupError):
    pass


class ReminderService:
    def __init__(self, store: ReminderStorePort, rules: RuleSource, login: str | None = None) -> None:
        self.store = store
        self.rules = rules
        # on a shared book, reminders of no customer (closing the day) are each login's own: their key says whose
        self.personal = f"@{login}" if login else ""

    # -- greetings

    def greeting_inputs(self, today: date, days_ahead: int) -> tuple[GreetingInputs, RuleSettings]:
        """The book's side of planning: greeted customers and the annual dates that can fall in the window."""
        rules = self.rules.load()
        months = months_in_window(today, today + timedelta(days=days_ahead))
        return self.store.greeting_inputs(key_only=bool(rules["greetings.key_customers_only"]), months=months), rules

    @staticmethod
    def upcoming(inputs: GreetingInputs, rules: RuleSettings, today: date, days_ahead: int) -> list[Upcoming]:
        """The domain step: every greeting whose occasion is in the next `days_ahead` days."""
        leads = lead_days_by_occasion(rules["greetings.lead_days_festivals"],
                                      rules["greetings.lead_days_anniversaries"], rules["greetings.lead_days"])
        return upcoming_occasions(inputs.contacts, inputs.customers, today, days_ahead, leads,
                                  Region(rules["greetings.region"]), important_dates=inputs.important_dates)

    def greeting_rows(self, upcoming: Sequence[Upcoming], rules: RuleSettings, language: str, now: datetime,
                      today: date, days_ahead: int) -> list[dict[str, Any]]:
        """Rows for the greetings the book does not have yet, each with its ready text."""
        have = self.store.existing_greeting_keys(today, today + timedelta(days=days_ahead), MAX_LEAD_DAYS)
        fresh = [(key, item) for item in upcoming if (key := item.source_key) not in have]
        if not fresh:
            return []
        parties, contact_names = self.store.parties({item.customer_id for _key, item in fresh},
                                                    {item.contact_id for _key, item in fresh if item.contact_id})
        templates = self.templates(language)
        texts = {name: templates.usable(name) for name in templates.templates}
        names = templates.names
        sender = str(rules["rep.name"])
        dates: dict[date, str] = {}
        nobody = Party("", None, "")
        rows = []
        for key, item in fresh:
            party = parties.get(item.customer_id) or nobody
            if item.contact_id is not None:
                contact_id, contact = item.contact_id, contact_names.get(item.contact_id, party.contact_name)
            else:
                contact_id, contact = party.contact_id, party.contact_name
            occasion = _VALUES[item.occasion]
            when = dates.get(item.occasion_date)
            if when is None:
                when = dates[item.occasion_date] = format_date(item.occasion_date, templates.language)
            words = item.label if item.occasion is Occasion.EVENT and item.label else names.get(occasion, occasion)
            text = texts[occasion].format_map({
                "contact": contact, "customer": party.customer_name, "occasion": words,
                "year": str(item.occasion_date.year), "date": when, "sender": sender})
            rows.append({"kind": _GREETING, "due_on": item.due, "status": _PENDING, "customer_id": item.customer_id,
                         "contact_id": contact_id, "occasion": occasion, "occasion_date": item.occasion_date,
                         "snoozed_until": None, "text": text, "source_key": key, "created_at": now,
                         "closed_at": None, "notified_at": None})
        return rows

    def plan_greetings(self, today: date, language: str, now: datetime, days_ahead: int = PLAN_DAYS) -> PlanResult:
        inputs, rules = self.greeting_inputs(today, days_ahead)
        upcoming = self.upcoming(inputs, rules, today, days_ahead)
        rows = self.greeting_rows(upcoming, rules, language, now, today, days_ahead)
        return PlanResult(len(upcoming), self.store.add(rows))

    # -- closing the day (DOMAIN.md §7)

    def plan_thank_yous(self, today: date, language: str, now: datetime) -> PlanResult:
        """A thank-you letter, due today, to every customer with an order dated today."""
        found, rows = self.thank_you_rows(today, language, now)
        return PlanResult(found, self.store.add(rows))

    def thank_you_rows(self, today: date, language: str, now: datetime) -> tuple[int, list[dict[str, Any]]]:
        """(customers with an order dated today, rows for the thank-you letters the book does not have yet)."""
        customer_ids = self.store.customers_with_orders_on(today)
        keys = {customer_id: thank_you_key(customer_id, today) for customer_id in customer_ids}
        missing = self.store.missing_keys(keys.values())
        wanted = [customer_id for customer_id in customer_ids if keys[customer_id] in missing]
        if not wanted:
            return len(customer_ids), []
        parties, _ = self.store.parties(wanted, ())
        templates = self.templates(language)
        sender = str(self.rules.load()["rep.name"])
        when = format_date(today, templates.language)
        rows = []
        for customer_id in wanted:
            party = parties.get(customer_id) or Party("", None, "")
            text = _render(templates, "thank_you", {
                "contact": party.contact_name, "customer": party.customer_name,
                "occasion": templates.names["thank_you"], "year": str(today.year), "date": when, "sender": sender})
            rows.append({"kind": ReminderKind.THANK_YOU.value, "due_on": today, "customer_id": customer_id,
                         "contact_id": party.contact_id, "occasion": "thank_you", "occasion_date": today,
                         "text": text, "source_key": keys[customer_id], "created_at": now})
        return len(customer_ids), rows

    def plan_close_day(self, today: date, language: str, now: datetime) -> PlanResult:
        """The day's close (thank-you letters, tomorrow's key customers, materials), once a day."""
        key = close_day_key(today) + self.personal
        if not self.store.missing_keys([key]):
            return PlanResult(1, 0)
        templates = self.templates(language)
        text = _render(templates, "close_day", {"date": format_date(today, templates.language),
                                                "sender": str(self.rules.load()["rep.name"]),
                                                "contact": "", "customer": "", "occasion": "", "year": ""})
        return PlanResult(1, self.store.add([{
            "kind": ReminderKind.CLOSE_DAY.value, "due_on": today, "occasion": "close_day", "occasion_date": today,
            "text": text, "source_key": key, "created_at": now}]))

    def prepare_day(self, today: date, language: str, now: datetime) -> Planned:
        """The reading half of planning the day (greetings of the next days, today's thank-you letters): what
        to add, worked out without writing, so it can run beside the book's writer."""
        inputs, rules = self.greeting_inputs(today, PLAN_DAYS)
        upcoming = self.upcoming(inputs, rules, today, PLAN_DAYS)
        rows = self.greeting_rows(upcoming, rules, language, now, today, PLAN_DAYS)
        thanked, letters = self.thank_you_rows(today, language, now)
        return Planned(len(upcoming) + thanked, [*rows, *letters])

    def add_planned(self, planned: Planned) -> PlanResult:
        """The writing half: add what `prepare_day` found (a key planned meanwhile is skipped)."""
        return PlanResult(planned.found, self.store.add(planned.rows))

    def plan_day(self, today: date, language: str, now: datetime) -> PlanResult:
        """Everything planned at a start and each morning: greetings and today's thank-you letters."""
        return self.add_planned(self.prepare_day(today, language, now))

    # -- reading

    def due(self, start: date, end: date, limit: int | None = None) -> list[ReminderLine]:
        """Open reminders due from `start` to `end` (both included)."""
        if end < start:
            raise ValueError(f"the range ends ({end}) before it starts ({start})")
        return self.store.open_between(start, end, limit)

    def agenda(self, today: date, days_ahead: int = 7, limit: int = AGENDA_LIMIT) -> Agenda:
        """Due now (today and every open reminder before it) and the next `days_ahead` days."""
        lines = self.store.open_between(None, today + timedelta(days=days_ahead), limit + 1)
        return split_agenda(today, lines[:limit], truncated=len(lines) > limit)

    def history(self, limit: int = 200) -> list[ReminderLine]:
        return self.store.history(limit)

    # -- changing

    def done(self, reminder_id: int, now: datetime) -> ReminderLine:
        return self._close(reminder_id, ReminderStatus.DONE, now)

    def dismiss(self, reminder_id: int, now: datetime) -> ReminderLine:
        return self._close(reminder_id, ReminderStatus.DISMISSED, now)

    def snooze(self, reminder_id: int, days: int, today: date) -> ReminderLine:
        until = snooze_until(today, days)
        if not self.store.set_status(reminder_id, ReminderStatus.SNOOZED, snoozed_until=until, closed_at=None):
            raise UnknownReminder(reminder_id)
        return self._get(reminder_id)

    def _close(self, reminder_id: int, status: ReminderStatus, now: datetime) -> ReminderLine:
        line = self._get(reminder_id)
        if not self.store.set_status(reminder_id, status, snoozed_until=line.snoozed_until, closed_at=now):
            raise UnknownReminder(reminder_id)
        return self._get(reminder_id)

    def _get(self, reminder_id: int) -> ReminderLine:
        line = self.store.get(reminder_id)
        if line is None:
            raise UnknownReminder(reminder_id)
        return line

    def take_notices(self, today: date, now: datetime) -> list[ReminderLine]:
        """Open reminders due by today that the rep has not been told of; each is told once (until snoozed)."""
        return self.store.take_untold(today, now)

    # -- templates

    def templates(self, language: str) -> TemplateSet:
        return template_set(language, self.store.edited_templates())

    def save_template(self, language: str, name: str, text: str) -> TemplateSet:
        """Keep the rep's `text` for template `name`; GreetingTemplateError when it cannot be filled."""
        language = language_of(language)
        if name not in shipped_templates(language):
            raise GreetingTemplateError(f"there is no template {name!r}")
        check_template(text)
        shipped = shipped_templates(language)[name]
        self.store.save_template(f"{language}.{name}", None if text == shipped else text)
        return self.templates(language)

    def reset_template(self, language: str, name: str) -> TemplateSet:
        language = language_of(language)
        self.store.save_template(f"{language}.{name}", None)
        return self.templates(language)

    def preview(self, language: str, name: str, text: str) -> str:
        """`text` filled with sample names, as a reminder would show it."""
        check_template(text)
        templates = self.templates(language)
        values = sample_values(language, str(self.rules.load()["rep.name"]))
        values["occasion"] = templates.names.get(name, name)
        return render_greeting(text, values)


def _render(templates: TemplateSet, name: str, values: Mapping[str, str]) -> str:
    """The ready text; a template the rep broke by hand falls back to the shipped one, never to nothing."""
    try:
        return templates.render(name, values)
    except GreetingTemplateError:
        return TemplateSet(templates.language, templates.names, templates.shipped, templates.shipped).render(
            name, values)


# -- calendar answers for the command line


def festival_days(year: int, region: Region, extra: Sequence[Occasion] = ()) -> list[tuple[Occasion, date]]:
    """The year's festivals greeted in `region` (ValueError for a year outside the lunar tables)."""
    return festival_calendar(year, region, extra)


def lunar_birthday(month: int, day: int, leap: bool, year: int) -> date:
    """The solar date of a lunar birthday in `year` (rules: telesales.domain.greetings). ValueError for a
    month or day no lunar calendar has (13-01, 02-31) or a year outside the tables."""
    if year not in LUNAR_YEARS:
        raise ValueError(f"the year must be between {LUNAR_YEARS.start} and {LUNAR_YEARS.stop - 1}")
    return solar_date_of(AnnualDate(CalendarKind.LUNAR, month, day, leap), year)


__all__ = [
    "LANGUAGES",
    "PLAN_DAYS",
    "PlanResult",
    "ReminderHooks",
    "ReminderService",
    "UnknownReminder",
    "festival_days",
    "lunar_birthday",
]
