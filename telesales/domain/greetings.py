"""Greeting reminders (DOMAIN.md §8): festivals, birthdays (solar or lunar), anniversaries and events.

Everything here is data: occasion codes and dates. Words come from the template files
(`resources/templates/greetings.<lang>.json`) through `render_greeting`. Nothing here reads a clock or a file:
every function is given `today`, a year or a date range.

Lunar dates come from borax (`LunarDate` raises on impossible dates; its tables cover lunar years 1900–2100).

Rules, stated once (each is tested in tests/domain/test_greetings.py):

* **Lunar year mapping.** Gregorian year ``Y`` maps to the lunar year that *begins* in ``Y`` (Chinese New Year
  always falls in January or February of ``Y``). The solar date of a lunar annual date in ``Y`` therefore lies
  in ``[LunarNewYear(Y), LunarNewYear(Y + 1))``: for most dates that is inside ``Y``, but late 11th-month and
  12th-month dates fall in January or February of ``Y + 1`` (lunar 2024-12-20 is 2025-01-19). This is how
  people count a lunar birthday ("the 2024 birthday" is the one of lunar year 2024). A window of dates
  (`occurrences_between`, `upcoming_occasions`) looks at every lunar year that can reach into it, so nothing
  is lost at the turn of the year.
* **Leap month.** A date in a leap month is kept in that leap month in years that have it; in years without
  that leap month it is kept on the same day of the ordinary month. A date of an ordinary month stays in the
  ordinary month even in a year that also has a leap month of that number (one occurrence per lunar year).
* **30th of a short month.** Lunar months have 29 or 30 days; a 30th in a 29-day month moves to the 29th,
  the last day of that month.
* **Solar dates** that a year does not have move to the last day of the month: Feb 29 → Feb 28 in a
  non-leap year (and, for a hand-entered Apr 31, Apr 30).
* **First occurrence.** When an annual date knows its year (birth, founding, first deal), reminders start the
  year after: an anniversary is never the origin day itself. For a lunar date that year is its lunar year.
  An **event** with a year is a one-off on that year's date; without a year it comes back every year.
* **Due date.** ``due = occasion_date - lead_days``; an occasion already inside its lead window is due today
  (never before ``today``). An occasion is listed when ``today <= occasion_date <= today + days_ahead``.

Festivals by region (`REGION_FESTIVALS`; Qingming / Ching Ming and Chung Yeung are days for the ancestors'
graves, not greetings, so they are left out; Qixi and Double Ninth are optional extras for any region):

* CN: New Year's Day, Spring Festival, Lantern, Labour Day, Dragon Boat, Mid-Autumn, National Day (Oct 1).
* HK: New Year's Day, Spring Festival, Lantern, Dragon Boat, HKSAR Establishment Day (Jul 1, since 1997),
  Mid-Autumn, National Day (Oct 1, since 1997).
* TW: New Year's Day, Spring Festival, Lantern, Dragon Boat, Mid-Autumn, Double Tenth (Oct 10).
* OTHER: New Year's Day.
* Christmas is per customer (`keeps_christmas`), in every region.
"""

from __future__ import annotations

import gc
import string
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Protocol

from borax.calendars.lunardate import LCalendars, LunarDate

from telesales.domain.model import (
    AnnualDate,
    CalendarKind,
    Contact,
    Customer,
    DateKind,
    ImportantDate,
    Region,
    ReminderKind,
)

__all__ = [
    "FESTIVALS",
    "LUNAR_YEARS",
    "OPTIONAL_FESTIVALS",
    "PLACEHOLDERS",
    "REGION_FESTIVALS",
    "GreetingContact",
    "GreetingCustomer",
    "GreetingTemplateError",
    "HasBirthday",
    "Occasion",
    "Upcoming",
    "festival_calendar",
    "next_occurrence",
    "occurrences_between",
    "render_greeting",
    "solar_date_of",
    "template_placeholders",
    "upcoming_occasions",
]


class Occasion(StrEnum):
    """Why a greeting is sent. The value is the key in the template files."""

    # lunar festivals
    SPRING_FESTIVAL = "spring_festival"  # 春节 / 春節, lunar 1-1
    LANTERN = "lantern"  # 元宵节 / 元宵節, lunar 1-15
    DRAGON_BOAT = "dragon_boat"  # 端午节 / 端午節, lunar 5-5
    QIXI = "qixi"  # 七夕, lunar 7-7 (optional)
    MID_AUTUMN = "mid_autumn"  # 中秋节 / 中秋節, lunar 8-15
    DOUBLE_NINTH = "double_ninth"  # 重阳节 / 重陽節, lunar 9-9 (optional)
    # solar festivals
    NEW_YEAR = "new_year"  # 元旦, Jan 1
    LABOUR_DAY = "labour_day"  # 劳动节, May 1 (mainland)
    HKSAR_DAY = "hksar_day"  # 香港特区成立纪念日, Jul 1 (Hong Kong)
    NATIONAL_DAY = "national_day"  # 国庆节, Oct 1 (mainland, Hong Kong)
    DOUBLE_TENTH = "double_tenth"  # 雙十國慶, Oct 10 (Taiwan)
    CHRISTMAS = "christmas"  # Dec 25, for customers who keep it
    # personal and business dates
    BIRTHDAY = "birthday"
    COMPANY_ANNIVERSARY = "company_anniversary"  # 公司年庆
    FIRST_DEAL_ANNIVERSARY = "first_deal_anniversary"  # 合作纪念日
    EVENT = "event"  # an invitation to a company event
    SPECIAL_DAY = "special_day"  # any other important date the rep keeps


_LUNAR_FESTIVALS: Mapping[Occasion, tuple[int, int]] = {
    Occasion.SPRING_FESTIVAL: (1, 1),
    Occasion.LANTERN: (1, 15),
    Occasion.DRAGON_BOAT: (5, 5),
    Occasion.QIXI: (7, 7),
    Occasion.MID_AUTUMN: (8, 15),
    Occasion.DOUBLE_NINTH: (9, 9),
}

# (month, day, first year) of the fixed-date festivals; the regional ones are only offered in their region.
_SOLAR_FESTIVALS: Mapping[Occasion, tuple[int, int, int]] = {
    Occasion.NEW_YEAR: (1, 1, 1),
    Occasion.LABOUR_DAY: (5, 1, 1),
    Occasion.CHRISTMAS: (12, 25, 1),
    Occasion.HKSAR_DAY: (7, 1, 1997),
    Occasion.DOUBLE_TENTH: (10, 10, 1912),
}
_NATIONAL_DAY_SINCE: Mapping[Region, int] = {Region.CN: 1950, Region.HK: 1997}

FESTIVALS: frozenset[Occasion] = frozenset(
    {*_LUNAR_FESTIVALS, *_SOLAR_FESTIVALS, Occasion.NATIONAL_DAY}
)
"""Every occasion that is a festival (the same date for every customer of a region)."""

OPTIONAL_FESTIVALS: frozenset[Occasion] = frozenset({Occasion.QIXI, Occasion.DOUBLE_NINTH, Occasion.CHRISTMAS})
"""Festivals not in any region's default list that may be asked for (`extra`) in any region."""

REGION_FESTIVALS: Mapping[Region, tuple[Occasion, ...]] = {
    Region.CN: (
        Occasion.NEW_YEAR,
        Occasion.SPRING_FESTIVAL,
        Occasion.LANTERN,
        Occasion.LABOUR_DAY,
        Occasion.DRAGON_BOAT,
        Occasion.MID_AUTUMN,
        Occasion.NATIONAL_DAY,
    ),
    Region.HK: (
        Occasion.NEW_YEAR,
        Occasion.SPRING_FESTIVAL,
        Occasion.LANTERN,
        Occasion.DRAGON_BOAT,
        Occasion.HKSAR_DAY,
        Occasion.MID_AUTUMN,
        Occasion.NATIONAL_DAY,
    ),
    Region.TW: (
        Occasion.NEW_YEAR,
        Occasion.SPRING_FESTIVAL,
        Occasion.LANTERN,
        Occasion.DRAGON_BOAT,
        Occasion.MID_AUTUMN,
        Occasion.DOUBLE_TENTH,
    ),
    Region.OTHER: (Occasion.NEW_YEAR,),
}
"""The festivals greeted by default in each region."""

LUNAR_YEARS = range(1900, 2101)
"""The lunar years borax knows (1900-01-31 … early 2101)."""

PLACEHOLDERS: tuple[str, ...] = ("contact", "customer", "occasion", "year", "date", "sender")
"""The values a caller gives `render_greeting` for a template file's texts: the contact's name (with title),
the customer's name, the occasion's display name (or an event's label), the occasion's year, its date (already
formatted for the language) and the rep's name. Templates use only these."""


# --------------------------------------------------------------------------------------------------------------
# Annual dates → solar dates


def _check_lunar_year(year: int) -> None:
    if year not in LUNAR_YEARS:
        raise ValueError(f"lunar year {year} is outside {LUNAR_YEARS.start}..{LUNAR_YEARS.stop - 1}")


@lru_cache(maxsize=1 << 16)
def _solar(calendar: CalendarKind, month: int, day: int, leap: bool, year: int) -> date:
    """Cached: only a few hundred distinct (calendar, month, day, leap) exist, however many contacts."""
    if calendar is CalendarKind.SOLAR:
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is outside 1..9999")
        last = ((date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)).day
        return date(year, month, min(day, last))
    _check_lunar_year(year)
    leap_flag = 1 if leap and LCalendars.leap_month(year) == month else 0
    last = int(LCalendars.ndays(year, month, leap_flag))
    solar: date = LunarDate(year, month, min(day, last), leap_flag).to_solar_date()
    return solar


def solar_date_of(annual: AnnualDate, year: int) -> date:
    """The solar date on which `annual` falls in Gregorian year `year`.

    Solar: that month and day of `year`; a day the month does not have that year (Feb 29 in a non-leap year)
    moves to the month's last day (Feb 28).

    Lunar: the date in the lunar year that *begins* in `year` (its New Year's Day is in January or February
    of `year`), so the result lies in ``[LunarNewYear(year), LunarNewYear(year + 1))`` and a late 11th- or
    12th-month date lands in January/February of ``year + 1`` (lunar 2024-12-20 → 2025-01-19). A leap-month
    date is kept in the ordinary month of a year without that leap month; a 30th moves to the 29th in a month
    of 29 days. ValueError for a lunar year outside 1900..2100.

    `annual.year` (a year of birth or founding) plays no part here.
    """
    return _solar(annual.calendar, annual.month, annual.day, annual.leap, year)


def _candidate_years(calendar: CalendarKind, start: date, end: date) -> range:
    if calendar is CalendarKind.SOLAR:
        return range(start.year, end.year + 1)
    # lunar year Y spans late January Y … mid February Y + 1
    first = max(start.year - 1, LUNAR_YEARS.start)
    last = min(end.year, LUNAR_YEARS.stop - 1)
    return range(first, last + 1)


@lru_cache(maxsize=4096)
def _occurrences(
    calendar: CalendarKind, month: int, day: int, leap: bool, start: date, end: date
) -> tuple[tuple[int, date], ...]:
    found = []
    for year in _candidate_years(calendar, start, end):
        when = _solar(calendar, month, day, leap, year)
        if start <= when <= end:
            found.append((year, when))
    return tuple(found)


def occurrences_between(annual: AnnualDate, start: date, end: date) -> list[tuple[int, date]]:
    """Every ``(year, solar date)`` of `annual` with ``start <= date <= end``, in date order.

    `year` is the year `solar_date_of` was given (for a lunar date: the lunar year, which may be one less than
    the solar date's year). Every year counts, whatever `annual.year` says. A lunar date may occur twice in one
    Gregorian year (January and December) or not at all.
    """
    if end < start:
        return []
    return list(_occurrences(annual.calendar, annual.month, annual.day, annual.leap, start, end))


def next_occurrence(annual: AnnualDate, on_or_after: date) -> date:
    """The first solar date of `annual` on or after `on_or_after` (for scheduling a one-off job).

    ValueError past the end of the lunar tables (early 2101)."""
    # two lunar occurrences are at most a 384-day leap year plus a month apart (a leap-month date moving
    # from the ordinary month back into its leap month)
    found = occurrences_between(annual, on_or_after, on_or_after + timedelta(days=450))
    if not found:
        raise ValueError(f"{annual} has no date after {on_or_after} that the lunar tables know")
    return found[0][1]


# --------------------------------------------------------------------------------------------------------------
# Festivals


def _festival_date(occasion: Occasion, year: int, region: Region) -> date | None:
    if occasion in _LUNAR_FESTIVALS:
        month, day = _LUNAR_FESTIVALS[occasion]
        return _solar(CalendarKind.LUNAR, month, day, False, year)
    if occasion is Occasion.NATIONAL_DAY:
        since = _NATIONAL_DAY_SINCE.get(region)
        if since is None:
            raise ValueError(f"{region} has no National Day on Oct 1")
        return date(year, 10, 1) if year >= since else None
    if occasion in _SOLAR_FESTIVALS:
        month, day, since = _SOLAR_FESTIVALS[occasion]
        return date(year, month, day) if year >= since else None
    raise ValueError(f"{occasion} is not a festival")


def festival_calendar(
    year: int, region: Region, extra: Iterable[Occasion] = ()
) -> list[tuple[Occasion, date]]:
    """The festivals greeted in `region` in Gregorian `year`, as ``(occasion, date)`` in date order.

    The region's defaults are `REGION_FESTIVALS[region]`; `extra` adds festivals (Qixi, Double Ninth,
    Christmas, or another region's fixed day). Lunar festivals are those of the lunar year that begins in
    `year`, and all of them fall inside `year`. A day that did not exist yet that year (HKSAR Establishment
    Day before 1997) is left out. ValueError for a year outside 1900..2100 or an occasion that is not a
    festival of that kind (National Day asked for Taiwan or elsewhere: Taiwan's is `DOUBLE_TENTH`).
    """
    _check_lunar_year(year)
    wanted = dict.fromkeys((*REGION_FESTIVALS[region], *extra))
    days: list[tuple[Occasion, date]] = []
    for occasion in wanted:
        when = _festival_date(Occasion(occasion), year, region)
        if when is not None:
            days.append((occasion, when))
    days.sort(key=lambda pair: (pair[1], pair[0]))
    return days


@lru_cache(maxsize=256)
def _festivals_between(
    region: Region, extra: tuple[Occasion, ...], start: date, end: date
) -> tuple[tuple[Occasion, date], ...]:
    found: list[tuple[Occasion, date]] = []
    for year in range(max(start.year, LUNAR_YEARS.start), min(end.year, LUNAR_YEARS.stop - 1) + 1):
        found.extend(pair for pair in festival_calendar(year, region, extra) if start <= pair[1] <= end)
    return tuple(found)


# --------------------------------------------------------------------------------------------------------------
# Upcoming greetings


class HasBirthday(Protocol):
    """A contact as `upcoming_occasions` reads it: `model.Contact` and `GreetingContact` both fit."""

    @property
    def id(self) -> int: ...

    @property
    def customer_id(self) -> int: ...

    @property
    def birthday(self) -> AnnualDate | None: ...


@dataclass(frozen=True, slots=True)
class GreetingContact:
    id: int
    customer_id: int
    birthday: AnnualDate | None = None

    @classmethod
    def from_model(cls, contact: Contact) -> GreetingContact:
        return cls(contact.id, contact.customer_id, contact.birthday)


@dataclass(frozen=True, slots=True)
class GreetingCustomer:
    """A customer as `upcoming_occasions` reads it.

    `region` None means the book's region. `festivals` False: no festival greetings for this customer (say,
    only key customers get them), but its anniversaries still count. `founded_on` is the company anniversary
    (its `year` the founding year); `first_deal_on` the date of the first order.
    """

    id: int
    region: Region | None = None
    keeps_christmas: bool = False
    founded_on: AnnualDate | None = None
    first_deal_on: date | None = None
    festivals: bool = True

    @classmethod
    def from_model(
        cls, customer: Customer, *, first_deal_on: date | None = None, festivals: bool = True
    ) -> GreetingCustomer:
        founded = customer.founded_on
        return cls(
            id=customer.id,
            region=customer.region,
            keeps_christmas=customer.keeps_christmas,
            founded_on=None if founded is None else _solar_annual(founded),
            first_deal_on=first_deal_on,
            festivals=festivals,
        )


def _solar_annual(day: date) -> AnnualDate:
    return AnnualDate(CalendarKind.SOLAR, day.month, day.day, year=day.year)


@dataclass(frozen=True, slots=True)
class Upcoming:
    """One greeting to prepare: what, when it happens, when to act (`due`), for whom.

    `years` is the age or the anniversary's number when the origin year is known (for a lunar date: counted
    in lunar years). `label` is an important date's own label (an event's name), `important_date_id` its id.
    """

    occasion: Occasion
    occasion_date: date
    due: date
    customer_id: int
    contact_id: int | None = None
    years: int | None = None
    label: str = ""
    important_date_id: int | None = None
    kind: ReminderKind = field(default=ReminderKind.GREETING, init=False)

    @property
    def source_key(self) -> str:
        """A stable key for this greeting (the same occasion, date and person give the same key), so a
        scheduler that runs every day never makes the same reminder twice."""
        who = f"{self.customer_id}:{'-' if self.contact_id is None else self.contact_id}"
        key = f"greeting:{self.occasion.value}:{self.occasion_date.isoformat()}:{who}"
        if self.occasion in _ONE_PER_ID and self.important_date_id is not None:
            key += f":{self.important_date_id}"
        return key


_ONE_PER_ID = frozenset({Occasion.EVENT, Occasion.SPECIAL_DAY})

_OCCASION_OF_KIND: Mapping[DateKind, Occasion] = {
    DateKind.BIRTHDAY: Occasion.BIRTHDAY,
    DateKind.COMPANY_ANNIVERSARY: Occasion.COMPANY_ANNIVERSARY,
    DateKind.FIRST_DEAL: Occasion.FIRST_DEAL_ANNIVERSARY,
    DateKind.EVENT: Occasion.EVENT,
    DateKind.OTHER: Occasion.SPECIAL_DAY,
}


def upcoming_occasions(
    contacts: Iterable[HasBirthday],
    customers: Iterable[GreetingCustomer],
    today: date,
    days_ahead: int,
    lead_days_by_kind: Mapping[Occasion, int],
    region: Region,
    *,
    important_dates: Iterable[ImportantDate] = (),
    default_lead_days: int = 7,
    extra_festivals: Collection[Occasion] = (),
) -> list[Upcoming]:
    """The greetings whose occasion falls in ``today … today + days_ahead`` (both included).

    * contacts: a birthday each (solar or lunar);
    * customers: festivals of their region (`region` when theirs is None) plus `extra_festivals`, Christmas
      when `keeps_christmas`, company anniversary (`founded_on`), anniversary of the first deal;
    * important_dates: birthdays, anniversaries, events and special days kept as `ImportantDate`s.

    ``due = occasion_date - lead``, where lead is ``lead_days_by_kind.get(occasion, default_lead_days)``;
    one already inside its lead window is due `today`. Anniversaries and birthdays start the year after their
    origin year; an event with a year happens only that year. The same greeting from two sources (a contact's
    birthday also kept as an important date) is listed once. Sorted by due date, occasion date, customer,
    contact, occasion.
    """
    if days_ahead < 0:
        raise ValueError(f"days_ahead {days_ahead} is negative")
    not_festivals = set(extra_festivals) - FESTIVALS
    if not_festivals:
        raise ValueError(f"not festivals: {', '.join(sorted(not_festivals))}")
    # Hundreds of thousands of small objects: the cyclic collector would walk the caller's whole book several
    # times over (half the run time with 300,000 contacts). Nothing made here forms a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _upcoming(contacts, customers, today, days_ahead, lead_days_by_kind, region, important_dates,
                         default_lead_days, extra_festivals)
    finally:
        if collecting:
            gc.enable()


def _upcoming(
    contacts: Iterable[HasBirthday],
    customers: Iterable[GreetingCustomer],
    today: date,
    days_ahead: int,
    lead_days_by_kind: Mapping[Occasion, int],
    region: Region,
    important_dates: Iterable[ImportantDate],
    default_lead_days: int,
    extra_festivals: Collection[Occasion],
) -> list[Upcoming]:
    for occasion, lead in (*lead_days_by_kind.items(), (None, default_lead_days)):
        if lead < 0:
            raise ValueError(f"lead days {lead} for {occasion or 'default'} is negative")
    end = today + timedelta(days=days_ahead)
    leads = {occasion: timedelta(days=lead_days_by_kind.get(occasion, default_lead_days)) for occasion in Occasion}

    # The sort key doubles as the identity of a greeting: an important date's id only tells events and
    # special days apart, so a birthday kept twice (on the contact and as an important date) is listed once.
    found: dict[tuple[date, date, int, int, str, int], Upcoming] = {}
    # (calendar, month, day, leap) → its occurrences in the window: a few hundred keys for any book
    window: dict[tuple[CalendarKind, int, int, bool], tuple[tuple[int, date], ...]] = {}

    def occurrences(calendar: CalendarKind, month: int, day: int, leap: bool) -> tuple[tuple[int, date], ...]:
        key = (calendar, month, day, leap)
        hit = window.get(key)
        if hit is None:
            hit = window[key] = _occurrences(calendar, month, day, leap, today, end)
        return hit

    def add(occasion: Occasion, when: date, customer_id: int, contact_id: int | None = None,
            years: int | None = None, label: str = "", important_date_id: int | None = None) -> None:
        due = when - leads[occasion]
        if due < today:
            due = today
        which = important_date_id if important_date_id is not None and occasion in _ONE_PER_ID else -1
        key = (due, when, customer_id, -1 if contact_id is None else contact_id, occasion, which)
        if key not in found:
            found[key] = Upcoming(occasion, when, due, customer_id, contact_id, years, label, important_date_id)

    def annual(occasion: Occasion, when: AnnualDate, customer_id: int, contact_id: int | None = None,
               label: str = "", important_date_id: int | None = None) -> None:
        origin = when.year
        for year, day in occurrences(when.calendar, when.month, when.day, when.leap):
            if origin is None:
                add(occasion, day, customer_id, contact_id, None, label, important_date_id)
            elif occasion is Occasion.EVENT:  # an event with a year happens once
                if year == origin:
                    add(occasion, day, customer_id, contact_id, None, label, important_date_id)
            elif year > origin:
                add(occasion, day, customer_id, contact_id, year - origin, label, important_date_id)

    birthday = Occasion.BIRTHDAY
    for contact in contacts:
        when = contact.birthday
        if when is not None and occurrences(when.calendar, when.month, when.day, when.leap):
            annual(birthday, when, contact.customer_id, contact.id)

    extra = tuple(sorted(frozenset(extra_festivals)))
    with_christmas = tuple(sorted(frozenset(extra_festivals) | {Occasion.CHRISTMAS}))
    solar = CalendarKind.SOLAR
    # (region, keeps Christmas) → the festivals in the window with their due dates, computed once
    festivals: dict[tuple[Region, bool], list[tuple[Occasion, date, date]]] = {}
    for customer in customers:
        if customer.festivals:
            kind = (customer.region or region, customer.keeps_christmas)
            days = festivals.get(kind)
            if days is None:
                wanted = with_christmas if kind[1] else extra
                days = festivals[kind] = [
                    (occasion, day, max(day - leads[occasion], today))
                    for occasion, day in _festivals_between(kind[0], wanted, today, end)
                ]
            customer_id = customer.id
            for occasion, day, due in days:
                key = (due, day, customer_id, -1, occasion, -1)
                if key not in found:
                    found[key] = Upcoming(occasion, day, due, customer_id)
        if customer.founded_on is not None:
            annual(Occasion.COMPANY_ANNIVERSARY, customer.founded_on, customer.id)
        first = customer.first_deal_on
        if first is not None:
            for year, day in occurrences(solar, first.month, first.day, False):
                if year > first.year:
                    add(Occasion.FIRST_DEAL_ANNIVERSARY, day, customer.id, None, year - first.year)

    for important in important_dates:
        annual(_OCCASION_OF_KIND[important.kind], important.when, important.customer_id, important.contact_id,
               important.label, important.id)

    return [found[key] for key in sorted(found)]


# --------------------------------------------------------------------------------------------------------------
# Texts


class GreetingTemplateError(ValueError):
    """A greeting template that cannot be filled: bad syntax or a placeholder without a value."""


_FORMATTER = string.Formatter()


def template_placeholders(template: str) -> frozenset[str]:
    """The names of the ``{placeholders}`` in `template`.

    Only plain names are allowed: no positional ``{}``/``{0}``, no ``{a.b}``/``{a[0]}``, no conversions or
    format specs (templates come from files a translator edits). ``{{`` and ``}}`` are literal braces.
    """
    names: set[str] = set()
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as error:
        raise GreetingTemplateError(f"bad greeting template {template!r}: {error}") from error
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            raise GreetingTemplateError(
                f"placeholder {{{name}}} in {template!r} must be a plain name such as {{contact}}"
            )
        if spec or conversion:
            raise GreetingTemplateError(f"placeholder {{{name}}} in {template!r} may not have a format or conversion")
        names.add(name)
    return frozenset(names)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        known = ", ".join(f"{{{name}}}" for name in sorted(self)) or "none"
        raise GreetingTemplateError(f"unknown placeholder {{{key}}} in greeting template (known: {known})")


def render_greeting(template: str, values: Mapping[str, str]) -> str:
    """`template` with each ``{name}`` replaced by ``values[name]``.

    GreetingTemplateError names the placeholder when `values` has no value for it, or when the template's
    syntax is not allowed (see `template_placeholders`). Values the template does not use are ignored.
    """
    template_placeholders(template)
    return template.format_map(_Values(values))
