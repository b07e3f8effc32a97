"""Greeting reminders: festival dates, solar and lunar annual dates, upcoming greetings, templates.

Expected dates are written literally from published calendars and were checked against a second, independent
lunar library (tyme4py) while writing these tests; `holidays` is a third source for the public-holiday ones.
"""

from __future__ import annotations

import json
import re
import warnings
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import holidays
import pytest
from borax.calendars.lunardate import LCalendars, LunarDate
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.greetings import (
    FESTIVALS,
    PLACEHOLDERS,
    REGION_FESTIVALS,
    GreetingContact,
    GreetingCustomer,
    GreetingTemplateError,
    Occasion,
    Upcoming,
    festival_calendar,
    next_occurrence,
    occurrences_between,
    render_greeting,
    solar_date_of,
    template_placeholders,
    upcoming_occasions,
)
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

Oc = Occasion
D = date
SOLAR = CalendarKind.SOLAR
LUNAR = CalendarKind.LUNAR


def lunar(month: int, day: int, leap: bool = False, year: int | None = None) -> AnnualDate:
    return AnnualDate(LUNAR, month, day, leap, year)


def solar(month: int, day: int, year: int | None = None) -> AnnualDate:
    return AnnualDate(SOLAR, month, day, year=year)


# ---------------------------------------------------------------------------------------------------------------
# Festivals

# Published dates (Hong Kong Observatory / Central Weather Administration almanacs), checked with tyme4py.
LUNAR_FESTIVALS = {
    2024: {Oc.SPRING_FESTIVAL: D(2024, 2, 10), Oc.LANTERN: D(2024, 2, 24), Oc.DRAGON_BOAT: D(2024, 6, 10),
           Oc.QIXI: D(2024, 8, 10), Oc.MID_AUTUMN: D(2024, 9, 17), Oc.DOUBLE_NINTH: D(2024, 10, 11)},
    2025: {Oc.SPRING_FESTIVAL: D(2025, 1, 29), Oc.LANTERN: D(2025, 2, 12), Oc.DRAGON_BOAT: D(2025, 5, 31),
           Oc.QIXI: D(2025, 8, 29), Oc.MID_AUTUMN: D(2025, 10, 6), Oc.DOUBLE_NINTH: D(2025, 10, 29)},
    2026: {Oc.SPRING_FESTIVAL: D(2026, 2, 17), Oc.LANTERN: D(2026, 3, 3), Oc.DRAGON_BOAT: D(2026, 6, 19),
           Oc.QIXI: D(2026, 8, 19), Oc.MID_AUTUMN: D(2026, 9, 25), Oc.DOUBLE_NINTH: D(2026, 10, 18)},
    2027: {Oc.SPRING_FESTIVAL: D(2027, 2, 6), Oc.LANTERN: D(2027, 2, 20), Oc.DRAGON_BOAT: D(2027, 6, 9),
           Oc.QIXI: D(2027, 8, 8), Oc.MID_AUTUMN: D(2027, 9, 15), Oc.DOUBLE_NINTH: D(2027, 10, 8)},
}


@pytest.mark.parametrize("year", sorted(LUNAR_FESTIVALS))
@pytest.mark.parametrize("region", [Region.CN, Region.HK, Region.TW])
def test_lunar_festivals_match_published_dates(year: int, region: Region) -> None:
    extra = (Oc.QIXI, Oc.DOUBLE_NINTH)
    days = dict(festival_calendar(year, region, extra))
    for occasion, expected in LUNAR_FESTIVALS[year].items():
        assert days[occasion] == expected, (occasion, year, region)


def test_mainland_calendar_2025() -> None:
    assert festival_calendar(2025, Region.CN) == [
        (Oc.NEW_YEAR, D(2025, 1, 1)),
        (Oc.SPRING_FESTIVAL, D(2025, 1, 29)),
        (Oc.LANTERN, D(2025, 2, 12)),
        (Oc.LABOUR_DAY, D(2025, 5, 1)),
        (Oc.DRAGON_BOAT, D(2025, 5, 31)),
        (Oc.NATIONAL_DAY, D(2025, 10, 1)),
        (Oc.MID_AUTUMN, D(2025, 10, 6)),
    ]


def test_hong_kong_calendar_2026() -> None:
    assert festival_calendar(2026, Region.HK) == [
        (Oc.NEW_YEAR, D(2026, 1, 1)),
        (Oc.SPRING_FESTIVAL, D(2026, 2, 17)),
        (Oc.LANTERN, D(2026, 3, 3)),
        (Oc.DRAGON_BOAT, D(2026, 6, 19)),
        (Oc.HKSAR_DAY, D(2026, 7, 1)),
        (Oc.MID_AUTUMN, D(2026, 9, 25)),
        (Oc.NATIONAL_DAY, D(2026, 10, 1)),
    ]


def test_taiwan_calendar_2024() -> None:
    assert festival_calendar(2024, Region.TW) == [
        (Oc.NEW_YEAR, D(2024, 1, 1)),
        (Oc.SPRING_FESTIVAL, D(2024, 2, 10)),
        (Oc.LANTERN, D(2024, 2, 24)),
        (Oc.DRAGON_BOAT, D(2024, 6, 10)),
        (Oc.MID_AUTUMN, D(2024, 9, 17)),
        (Oc.DOUBLE_TENTH, D(2024, 10, 10)),
    ]


def test_regions_differ() -> None:
    cn, hk, tw = (dict(festival_calendar(2027, region)) for region in (Region.CN, Region.HK, Region.TW))
    assert cn[Oc.NATIONAL_DAY] == hk[Oc.NATIONAL_DAY] == D(2027, 10, 1)
    assert Oc.NATIONAL_DAY not in tw and tw[Oc.DOUBLE_TENTH] == D(2027, 10, 10)
    assert hk[Oc.HKSAR_DAY] == D(2027, 7, 1) and Oc.HKSAR_DAY not in cn and Oc.HKSAR_DAY not in tw
    assert Oc.LABOUR_DAY in cn and Oc.LABOUR_DAY not in hk and Oc.LABOUR_DAY not in tw
    assert festival_calendar(2027, Region.OTHER) == [(Oc.NEW_YEAR, D(2027, 1, 1))]
    for days in (cn, hk, tw):
        assert Oc.CHRISTMAS not in days and Oc.QIXI not in days and Oc.DOUBLE_NINTH not in days


def test_extra_festivals_and_history() -> None:
    days = dict(festival_calendar(2025, Region.TW, (Oc.CHRISTMAS, Oc.QIXI)))
    assert days[Oc.CHRISTMAS] == D(2025, 12, 25) and days[Oc.QIXI] == D(2025, 8, 29)
    assert Oc.HKSAR_DAY not in dict(festival_calendar(1996, Region.HK))
    assert Oc.NATIONAL_DAY not in dict(festival_calendar(1996, Region.HK))
    assert dict(festival_calendar(1997, Region.HK))[Oc.HKSAR_DAY] == D(1997, 7, 1)
    with pytest.raises(ValueError, match="National Day"):
        festival_calendar(2025, Region.TW, (Oc.NATIONAL_DAY,))
    with pytest.raises(ValueError, match="not a festival"):
        festival_calendar(2025, Region.CN, (Oc.BIRTHDAY,))
    with pytest.raises(ValueError, match="1900..2100"):
        festival_calendar(2101, Region.CN)


def test_every_region_has_a_festival_list() -> None:
    assert set(REGION_FESTIVALS) == set(Region)
    for occasions in REGION_FESTIVALS.values():
        assert set(occasions) <= FESTIVALS


def _public_holidays(country: str, year: int) -> dict[date, str]:
    # `holidays` projects the days of years not yet announced; some versions warn about it. Only festival
    # dates are compared here, which do not depend on the announcement, so that warning is deliberately muted
    # for this call alone (pytest turns every other warning into an error).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dict(holidays.country_holidays(country, years=year, language="en_US").items())


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])
def test_public_holidays_agree_on_festival_dates(year: int) -> None:
    """A third source: the `holidays` package names the same days."""
    expect = {
        ("CN", Oc.NEW_YEAR): "New Year",
        ("CN", Oc.SPRING_FESTIVAL): "Spring Festival",
        ("CN", Oc.LABOUR_DAY): "Labor Day",
        ("CN", Oc.DRAGON_BOAT): "Dragon Boat",
        ("CN", Oc.MID_AUTUMN): "Mid-Autumn",
        ("CN", Oc.NATIONAL_DAY): "National Day",
        ("TW", Oc.SPRING_FESTIVAL): "Chinese New Year",
        ("TW", Oc.DRAGON_BOAT): "Dragon Boat",
        ("TW", Oc.MID_AUTUMN): "Mid-Autumn",
        ("TW", Oc.DOUBLE_TENTH): "National Day",
        ("HK", Oc.DRAGON_BOAT): "Dragon Boat",
        ("HK", Oc.HKSAR_DAY): "Establishment Day",
        ("HK", Oc.NATIONAL_DAY): "National Day",
    }
    for (country, occasion), name in expect.items():
        ours = dict(festival_calendar(year, Region(country)))[occasion]
        theirs = _public_holidays(country, year)
        assert name in theirs.get(ours, ""), (country, year, occasion, ours, theirs.get(ours))
        assert "Eve" not in theirs[ours]
    # Hong Kong's holiday is the day *after* Mid-Autumn
    hk = _public_holidays("HK", year)
    mid_autumn = dict(festival_calendar(year, Region.HK))[Oc.MID_AUTUMN]
    assert any("Mid-Autumn" in hk.get(mid_autumn + timedelta(days=n), "") for n in (1, 2))


# ---------------------------------------------------------------------------------------------------------------
# Annual dates


def test_solar_dates_and_feb_29() -> None:
    assert solar_date_of(solar(3, 15, 1980), 2026) == D(2026, 3, 15)
    leapling = solar(2, 29, 2000)
    assert solar_date_of(leapling, 2024) == D(2024, 2, 29)
    assert solar_date_of(leapling, 2025) == D(2025, 2, 28)
    assert solar_date_of(leapling, 2100) == D(2100, 2, 28)  # not a leap year
    assert solar_date_of(solar(4, 31), 2025) == D(2025, 4, 30)  # a hand-entered impossible day: last day


def test_lunar_year_mapping_ordinary_dates() -> None:
    """Gregorian Y maps to the lunar year that begins in Y."""
    assert solar_date_of(lunar(1, 1), 2025) == D(2025, 1, 29)
    assert solar_date_of(lunar(8, 15), 2026) == D(2026, 9, 25)
    assert solar_date_of(lunar(2, 10, year=1970), 2024) == D(2024, 3, 19)


def test_lunar_twelfth_month_lands_in_the_next_gregorian_year() -> None:
    assert solar_date_of(lunar(12, 20), 2024) == D(2025, 1, 19)
    assert solar_date_of(lunar(12, 29), 2024) == D(2025, 1, 28)
    assert solar_date_of(lunar(12, 1), 2025) == D(2026, 1, 19)
    # within one Gregorian year a lunar date can come twice, or not at all
    assert occurrences_between(lunar(12, 1), D(2022, 1, 1), D(2022, 12, 31)) == [
        (2021, D(2022, 1, 3)),
        (2022, D(2022, 12, 23)),
    ]
    assert occurrences_between(lunar(12, 5), D(2023, 1, 1), D(2023, 12, 31)) == []
    assert solar_date_of(lunar(12, 5), 2022) == D(2022, 12, 27)
    assert solar_date_of(lunar(12, 5), 2023) == D(2024, 1, 15)


@pytest.mark.parametrize(
    ("annual", "year", "expected"),
    [
        # leap 4th month 2020: kept in the leap month that year, the ordinary month the next
        (lunar(4, 15, leap=True), 2020, D(2020, 6, 6)),
        (lunar(4, 15, leap=False), 2020, D(2020, 5, 7)),
        (lunar(4, 15, leap=True), 2021, D(2021, 5, 26)),
        (lunar(4, 1, leap=True), 2020, D(2020, 5, 23)),
        # leap 2nd month 2023
        (lunar(2, 1, leap=True), 2023, D(2023, 3, 22)),
        (lunar(2, 10, leap=True), 2023, D(2023, 3, 31)),
        (lunar(2, 10, leap=True), 2024, D(2024, 3, 19)),
        # leap 6th month 2025
        (lunar(6, 1, leap=True), 2025, D(2025, 7, 25)),
        (lunar(6, 29, leap=True), 2025, D(2025, 8, 22)),
    ],
)
def test_leap_month_birthdays(annual: AnnualDate, year: int, expected: date) -> None:
    assert solar_date_of(annual, year) == expected


@pytest.mark.parametrize(
    ("annual", "year", "expected"),
    [
        (lunar(1, 30), 2025, D(2025, 2, 27)),  # 1st month of 2025 has 30 days
        (lunar(1, 30), 2024, D(2024, 3, 9)),  # 29 days in 2024: the 29th
        (lunar(6, 30), 2025, D(2025, 7, 24)),  # ordinary 6th month of 2025 has 30 days
        (lunar(6, 30, leap=True), 2025, D(2025, 8, 22)),  # leap 6th has 29: leap 6-29
        (lunar(2, 30, leap=True), 2023, D(2023, 4, 19)),  # leap 2nd of 2023 has 29: leap 2-29
        (lunar(2, 30, leap=False), 2023, D(2023, 3, 21)),  # ordinary 2nd of 2023 has 30
        (lunar(4, 30, leap=True), 2020, D(2020, 6, 20)),  # leap 4th of 2020 has 29
        (lunar(12, 30), 2025, D(2026, 2, 16)),  # 12th month of 2025 has 29: New Year's Eve
        (lunar(12, 30), 2026, D(2027, 2, 5)),
    ],
)
def test_thirtieth_moves_to_the_last_day(annual: AnnualDate, year: int, expected: date) -> None:
    assert solar_date_of(annual, year) == expected


def test_lunar_years_outside_the_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="1900..2100"):
        solar_date_of(lunar(1, 1), 1899)
    with pytest.raises(ValueError, match="1900..2100"):
        solar_date_of(lunar(1, 1), 2101)


def test_next_occurrence() -> None:
    assert next_occurrence(lunar(8, 15), D(2025, 10, 6)) == D(2025, 10, 6)
    assert next_occurrence(lunar(8, 15), D(2025, 10, 7)) == D(2026, 9, 25)
    assert next_occurrence(solar(2, 29), D(2025, 3, 1)) == D(2026, 2, 28)
    assert next_occurrence(lunar(12, 20), D(2025, 1, 1)) == D(2025, 1, 19)


@settings(max_examples=200, deadline=None)
@given(
    annual=st.builds(lunar, month=st.integers(1, 12), day=st.integers(1, 30), leap=st.booleans()),
    start=st.dates(D(1901, 1, 1), D(2098, 12, 31)),
)
def test_next_occurrence_is_the_first_on_or_after(annual: AnnualDate, start: date) -> None:
    found = next_occurrence(annual, start)
    assert found >= start
    assert occurrences_between(annual, start, found)[-1][1] == found
    assert len(occurrences_between(annual, start, found)) == 1


lunar_dates = st.builds(
    lunar, month=st.integers(1, 12), day=st.integers(1, 30), leap=st.booleans()
)


@settings(max_examples=400, deadline=None)
@given(annual=lunar_dates, year=st.integers(1900, 2099))
def test_lunar_date_lands_in_its_lunar_year_and_converts_back(annual: AnnualDate, year: int) -> None:
    when = solar_date_of(annual, year)
    assert LunarDate(year, 1, 1).to_solar_date() <= when < LunarDate(year + 1, 1, 1).to_solar_date()
    assert D(year, 1, 21) <= when <= D(year + 1, 2, 20)
    back = LunarDate.from_solar_date(when.year, when.month, when.day)
    has_leap = LCalendars.leap_month(year) == annual.month
    assert (back.year, back.month) == (year, annual.month)
    assert bool(back.leap) == (annual.leap and has_leap)
    month_days = LCalendars.ndays(year, annual.month, int(bool(back.leap)))
    assert back.day == min(annual.day, month_days)
    assert annual.day == back.day or (annual.day == 30 and month_days == 29 and back.day == 29)


@settings(max_examples=300, deadline=None)
@given(
    annual=st.one_of(lunar_dates, st.builds(solar, month=st.integers(1, 12), day=st.integers(1, 31))),
    start=st.dates(D(1902, 1, 1), D(2096, 1, 1)),
    span=st.integers(0, 800),
)
def test_occurrences_between_finds_every_yearly_date_in_the_window(
    annual: AnnualDate, start: date, span: int
) -> None:
    end = start + timedelta(days=span)
    expected = sorted(
        (year, when)
        for year in range(start.year - 2, end.year + 2)
        if start <= (when := solar_date_of(annual, year)) <= end
    )
    assert occurrences_between(annual, start, end) == expected
    days = [when for _year, when in expected]
    assert days == sorted(set(days))


# ---------------------------------------------------------------------------------------------------------------
# Upcoming greetings


TODAY = D(2026, 1, 5)


def upcoming(
    contacts: list[GreetingContact] | None = None,
    customers: list[GreetingCustomer] | None = None,
    today: date = TODAY,
    days_ahead: int = 60,
    leads: dict[Occasion, int] | None = None,
    region: Region = Region.CN,
    **kwargs: object,
) -> list[Upcoming]:
    return upcoming_occasions(contacts or [], customers or [], today, days_ahead, leads or {}, region,
                              **kwargs)  # type: ignore[arg-type]


def test_birthday_due_lead_days_before() -> None:
    [item] = upcoming([GreetingContact(7, 3, solar(1, 20))], leads={Oc.BIRTHDAY: 7})
    assert item == Upcoming(Oc.BIRTHDAY, D(2026, 1, 20), D(2026, 1, 13), customer_id=3, contact_id=7)
    assert item.kind is ReminderKind.GREETING


def test_inside_the_lead_window_is_due_today() -> None:
    [item] = upcoming([GreetingContact(7, 3, solar(1, 20))], leads={Oc.BIRTHDAY: 30})
    assert item.due == D(2026, 1, 5)
    [today] = upcoming([GreetingContact(7, 3, solar(1, 5))], leads={Oc.BIRTHDAY: 3})
    assert today.occasion_date == today.due == D(2026, 1, 5)


def test_window_bounds_both_included() -> None:
    contacts = [GreetingContact(1, 1, solar(1, 4)), GreetingContact(2, 1, solar(1, 5)),
                GreetingContact(3, 1, solar(3, 6)), GreetingContact(4, 1, solar(3, 7))]
    items = upcoming(contacts, today=D(2026, 1, 5), days_ahead=60)  # 2026-01-05 + 60 = 2026-03-06
    assert [u.contact_id for u in items] == [2, 3]
    assert upcoming(contacts, today=D(2026, 1, 5), days_ahead=0)[0].contact_id == 2


def test_default_and_per_occasion_lead_days() -> None:
    customers = [GreetingCustomer(1, region=Region.CN)]
    items = upcoming(customers=customers, today=D(2026, 2, 1), days_ahead=40,
                     leads={Oc.SPRING_FESTIVAL: 14}, default_lead_days=3)
    due = {u.occasion: (u.occasion_date, u.due) for u in items}
    assert due[Oc.SPRING_FESTIVAL] == (D(2026, 2, 17), D(2026, 2, 3))
    assert due[Oc.LANTERN] == (D(2026, 3, 3), D(2026, 2, 28))


def test_lunar_birthday_across_the_turn_of_the_year() -> None:
    # lunar 12-20 of lunar 2024 is 2025-01-19; the contact was born in lunar 1980
    [item] = upcoming([GreetingContact(1, 1, lunar(12, 20, year=1980))], today=D(2025, 1, 10), days_ahead=30)
    assert (item.occasion_date, item.years) == (D(2025, 1, 19), 44)
    [item] = upcoming([GreetingContact(1, 1, lunar(12, 20, year=1980))], today=D(2025, 12, 20), days_ahead=60)
    assert (item.occasion_date, item.years) == (D(2026, 2, 7), 45)


def test_leap_month_birthday_upcoming() -> None:
    born = lunar(6, 10, leap=True, year=1990)  # leap 6th month of 1990
    [in_2025] = upcoming([GreetingContact(1, 1, born)], today=D(2025, 7, 1), days_ahead=60)
    assert in_2025.occasion_date == D(2025, 8, 3)  # leap 6-10 of 2025
    [in_2026] = upcoming([GreetingContact(1, 1, born)], today=D(2026, 7, 1), days_ahead=60)
    assert in_2026.occasion_date == solar_date_of(lunar(6, 10), 2026) == D(2026, 7, 23)


def test_feb_29_birthday_upcoming() -> None:
    [item] = upcoming([GreetingContact(1, 1, solar(2, 29, 1996))], today=D(2026, 2, 1), days_ahead=30)
    assert (item.occasion_date, item.years) == (D(2026, 2, 28), 30)


def test_region_festivals_per_customer() -> None:
    customers = [GreetingCustomer(1), GreetingCustomer(2, region=Region.TW), GreetingCustomer(3, region=Region.HK)]
    items = upcoming(customers=customers, today=D(2026, 6, 15), days_ahead=120, region=Region.CN)
    by_customer = {cid: {u.occasion for u in items if u.customer_id == cid} for cid in (1, 2, 3)}
    assert by_customer[1] == {Oc.DRAGON_BOAT, Oc.MID_AUTUMN, Oc.NATIONAL_DAY}
    assert by_customer[2] == {Oc.DRAGON_BOAT, Oc.MID_AUTUMN, Oc.DOUBLE_TENTH}
    assert by_customer[3] == {Oc.DRAGON_BOAT, Oc.HKSAR_DAY, Oc.MID_AUTUMN, Oc.NATIONAL_DAY}
    assert all(u.contact_id is None for u in items)
    # the book's region applies to customers without their own
    tw_book = upcoming(customers=[GreetingCustomer(1)], today=D(2026, 10, 1), days_ahead=20, region=Region.TW)
    assert [u.occasion for u in tw_book] == [Oc.DOUBLE_TENTH]


def test_christmas_only_for_customers_who_keep_it() -> None:
    customers = [GreetingCustomer(1, keeps_christmas=True), GreetingCustomer(2)]
    items = upcoming(customers=customers, today=D(2026, 12, 1), days_ahead=40)
    assert [(u.customer_id, u.occasion) for u in items] == [(1, Oc.CHRISTMAS), (1, Oc.NEW_YEAR), (2, Oc.NEW_YEAR)]
    extra = upcoming(customers=customers, today=D(2026, 12, 1), days_ahead=40, extra_festivals={Oc.CHRISTMAS})
    assert {(u.customer_id, u.occasion) for u in extra} >= {(1, Oc.CHRISTMAS), (2, Oc.CHRISTMAS)}
    assert len(extra) == 4
    with pytest.raises(ValueError, match="birthday"):
        upcoming(customers=customers, extra_festivals={Oc.BIRTHDAY})


def test_no_festivals_but_anniversaries_still_count() -> None:
    customer = GreetingCustomer(5, festivals=False, founded_on=solar(2, 1, 2001), first_deal_on=D(2023, 2, 10))
    items = upcoming(customers=[customer], today=D(2026, 1, 5), days_ahead=60)
    assert [(u.occasion, u.occasion_date, u.years) for u in items] == [
        (Oc.COMPANY_ANNIVERSARY, D(2026, 2, 1), 25),
        (Oc.FIRST_DEAL_ANNIVERSARY, D(2026, 2, 10), 3),
    ]


def test_anniversaries_start_the_year_after() -> None:
    customer = GreetingCustomer(5, festivals=False, first_deal_on=D(2026, 1, 10), founded_on=solar(1, 20, 2026))
    assert upcoming(customers=[customer], today=D(2026, 1, 5), days_ahead=30) == []
    items = upcoming(customers=[customer], today=D(2027, 1, 5), days_ahead=30)
    assert [(u.occasion, u.years) for u in items] == [(Oc.FIRST_DEAL_ANNIVERSARY, 1), (Oc.COMPANY_ANNIVERSARY, 1)]


def test_important_dates_events_and_duplicates() -> None:
    important = [
        ImportantDate(1, 3, DateKind.EVENT, solar(3, 1, 2026), label="annual customer gathering"),
        ImportantDate(2, 3, DateKind.EVENT, solar(3, 1, 2027), label="next year's"),
        ImportantDate(3, 3, DateKind.EVENT, solar(2, 2), label="open day"),  # every year
        ImportantDate(4, 3, DateKind.OTHER, lunar(1, 15), label="shop opening"),
        ImportantDate(5, 3, DateKind.BIRTHDAY, solar(1, 20, 1975), contact_id=7),  # also on the contact
        ImportantDate(6, 3, DateKind.EVENT, solar(3, 1, 2026), label="product launch"),  # same day, kept
    ]
    items = upcoming([GreetingContact(7, 3, solar(1, 20, 1975))], important_dates=important,
                     today=D(2026, 1, 5), days_ahead=60, leads={Oc.EVENT: 21})
    summary = [(u.occasion, u.occasion_date, u.contact_id, u.label, u.important_date_id) for u in items]
    assert summary == [
        (Oc.EVENT, D(2026, 2, 2), None, "open day", 3),  # due 2026-01-12 (21 days ahead)
        (Oc.BIRTHDAY, D(2026, 1, 20), 7, "", None),  # due 2026-01-13 (the default 7)
        (Oc.EVENT, D(2026, 3, 1), None, "annual customer gathering", 1),
        (Oc.EVENT, D(2026, 3, 1), None, "product launch", 6),
        (Oc.SPECIAL_DAY, D(2026, 3, 3), None, "shop opening", 4),  # lunar 1-15 of 2026
    ]
    assert [u.due for u in items] == [D(2026, 1, 12), D(2026, 1, 13), D(2026, 2, 8), D(2026, 2, 8), D(2026, 2, 24)]
    assert items[2].source_key != items[3].source_key


def test_model_contacts_and_customers_fit() -> None:
    contact = Contact(id=9, customer_id=4, name="王总", birthday=lunar(1, 15, year=1970))
    customer = Customer(id=4, name="华强电子", region=Region.HK, keeps_christmas=True, founded_on=D(1999, 3, 1))
    guest = GreetingCustomer.from_model(customer, first_deal_on=D(2020, 2, 20), festivals=False)
    assert guest == GreetingCustomer(4, Region.HK, True, solar(3, 1, 1999), D(2020, 2, 20), False)
    assert GreetingContact.from_model(contact) == GreetingContact(9, 4, lunar(1, 15, year=1970))
    items = upcoming_occasions([contact], [guest], D(2026, 2, 1), 30, {}, Region.CN)
    assert [(u.occasion, u.occasion_date, u.contact_id, u.years) for u in items] == [
        (Oc.FIRST_DEAL_ANNIVERSARY, D(2026, 2, 20), None, 6),
        (Oc.COMPANY_ANNIVERSARY, D(2026, 3, 1), None, 27),
        (Oc.BIRTHDAY, D(2026, 3, 3), 9, 56),
    ]


def test_sorted_and_keyed() -> None:
    contacts = [GreetingContact(2, 1, solar(1, 9)), GreetingContact(1, 1, solar(1, 9)),
                GreetingContact(3, 2, solar(1, 8))]
    items = upcoming(contacts, leads={Oc.BIRTHDAY: 0})
    assert [(u.occasion_date, u.customer_id, u.contact_id) for u in items] == [
        (D(2026, 1, 8), 2, 3), (D(2026, 1, 9), 1, 1), (D(2026, 1, 9), 1, 2)]
    assert items[0].source_key == "greeting:birthday:2026-01-08:2:3"
    festival = upcoming(customers=[GreetingCustomer(8)], today=D(2026, 9, 20), days_ahead=11)
    assert [u.source_key for u in festival] == [
        "greeting:mid_autumn:2026-09-25:8:-", "greeting:national_day:2026-10-01:8:-"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="days_ahead"):
        upcoming(days_ahead=-1)
    with pytest.raises(ValueError, match="lead days"):
        upcoming(leads={Oc.BIRTHDAY: -2})


# ---------------------------------------------------------------------------------------------------------------
# Texts


def test_render_greeting() -> None:
    values = {"contact": "王总", "sender": "小李", "unused": "x"}
    assert render_greeting("{contact}您好！——{sender}", values) == "王总您好！——小李"
    assert render_greeting("{{literal}} {contact}", values) == "{literal} 王总"


def test_unknown_placeholder_is_named() -> None:
    with pytest.raises(GreetingTemplateError, match=r"unknown placeholder \{customer\}.*\{contact\}"):
        render_greeting("Dear {contact} of {customer}", {"contact": "Ms Chan"})


@pytest.mark.parametrize("template", ["{}", "{0}", "{contact.upper}", "{contact[0]}", "{contact!r}",
                                      "{contact:>10}", "{contact", "}"])
def test_only_plain_named_placeholders(template: str) -> None:
    with pytest.raises(GreetingTemplateError):
        render_greeting(template, {"contact": "Ms Chan"})


def test_template_placeholders() -> None:
    assert template_placeholders("{contact}, {year} {contact} {{x}}") == {"contact", "year"}


TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
LANGUAGES = ("en", "zh_CN", "zh_TW")


def load(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TEMPLATES / f"greetings.{language}.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_files_cover_every_occasion(language: str) -> None:
    data = load(language)
    assert data["language"] == language
    codes = {occasion.value for occasion in Occasion}
    assert set(data["names"]) == codes
    assert set(data["templates"]) == codes
    values = {name: f"<{name}>" for name in PLACEHOLDERS}
    for code, template in data["templates"].items():
        assert template_placeholders(template) <= set(PLACEHOLDERS), code
        assert "{contact}" in template and "{sender}" in template, code
        text = render_greeting(template, values)
        assert "{" not in text and "}" not in text
        assert len(text) < 200, code
    for name in data["names"].values():
        assert name and "{" not in name


def test_same_placeholders_in_every_language() -> None:
    files = {language: load(language) for language in LANGUAGES}
    for occasion in Occasion:
        used = {language: template_placeholders(files[language]["templates"][occasion.value])
                for language in LANGUAGES}
        assert len(set(used.values())) == 1, (occasion, used)


def test_chinese_files_use_their_own_script() -> None:
    simplified_only = set("节国庆乐岁贺业与纪团圆顺阖诚劳动圣诞周会")
    traditional_only = set("節國慶樂歲賀業與紀團圓順闔誠勞動聖誕週會")
    cn = json.dumps(load("zh_CN"), ensure_ascii=False)
    tw = json.dumps(load("zh_TW"), ensure_ascii=False)
    assert not simplified_only & set(tw)
    assert not traditional_only & set(cn)
    english = json.dumps(load("en")["templates"])
    assert not re.search(r"[\u4e00-\u9fff]", english)
