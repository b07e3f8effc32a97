"""Reminders planned on a hand-made book: the right occasions with the right due dates and ready texts, planned
once however often planning runs, closed into history, and remembered across reopening the book."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from telesales.app import open_session
from telesales.domain.greetings import GreetingTemplateError
from telesales.domain.model import CalendarKind, ReminderKind, ReminderStatus
from telesales.domain.reminders import ReminderLine, months_in_window
from telesales.services.book_session import BookSession
from telesales.services.reminders import ReminderService
from tests.conftest import TODAY
from tests.locations import Location
from tests.reminders_book import (
    ACME,
    FEB,
    LI,
    PEARL,
    PERSON,
    QIAN,
    SMALL,
    WANG,
    ZHAO,
    open_filled,
)

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
D = date


@pytest.fixture
def session(book_location: Location) -> BookSession:
    opened = open_filled(book_location)
    yield opened  # type: ignore[misc]
    opened.close()


def service_of(session: BookSession) -> ReminderService:
    assert session.reminders is not None
    return session.reminders


def plan(session: BookSession, today: date = TODAY, language: str = "en", days: int = 60) -> list[ReminderLine]:
    service = service_of(session)
    service.plan_greetings(today, language, NOW, days)
    return service.due(D(1900, 1, 1), today + timedelta(days=days))


def by_key(lines: list[ReminderLine]) -> dict[tuple[str, int | None, date | None], ReminderLine]:
    return {(line.occasion, line.customer_id, line.occasion_date): line for line in lines}


def test_greetings_for_key_customers_with_their_due_dates_and_lead_times(session: BookSession) -> None:
    lines = plan(session)
    found = {key: (line.due_on, line.contact_id) for key, line in by_key(lines).items()}
    assert found == {
        # a solar birthday three days away: inside the 7-day lead, so due today
        ("birthday", ACME, D(2026, 11, 25)): (TODAY, LI),
        # the first deal (first order 2019-12-10) and the company (founded 2010-12-20): 14 days ahead
        ("first_deal_anniversary", ACME, D(2026, 12, 10)): (D(2026, 11, 26), LI),
        ("company_anniversary", ACME, D(2026, 12, 20)): (D(2026, 12, 6), LI),
        # festivals 10 days ahead; Christmas only for the customer who keeps it
        ("christmas", ACME, D(2026, 12, 25)): (D(2026, 12, 15), LI),
        ("new_year", ACME, D(2027, 1, 1)): (D(2026, 12, 22), LI),
        ("new_year", PEARL, D(2027, 1, 1)): (D(2026, 12, 22), ZHAO),
        # a company event with its year happens once; spoken to the customer's main contact
        ("event", PEARL, D(2026, 12, 12)): (D(2026, 11, 28), ZHAO),
        # a person without contacts, pinned big
        ("new_year", PERSON, D(2027, 1, 1)): (D(2026, 12, 22), None),
    }
    assert all(line.kind is ReminderKind.GREETING and line.status is ReminderStatus.PENDING for line in lines)
    # a small customer and a "do not call" one get nothing by default
    assert not {SMALL, 4} & {line.customer_id for line in lines}


def test_every_customer_when_the_rep_widens_greetings(session: BookSession) -> None:
    session.save_settings({"greetings.key_customers_only": False})
    found = by_key(plan(session))
    assert found["birthday", SMALL, D(2026, 11, 30)].due_on == D(2026, 11, 23)
    assert found["birthday", SMALL, D(2026, 11, 30)].contact_id == QIAN
    assert ("new_year", SMALL, D(2027, 1, 1)) in found
    assert 4 not in {line.customer_id for line in found.values()}  # "do not call" still never greeted


def test_lead_times_follow_the_settings(session: BookSession) -> None:
    session.save_settings({"greetings.lead_days": 2, "greetings.lead_days_festivals": 20,
                           "greetings.lead_days_anniversaries": 30})
    found = by_key(plan(session))
    assert found["birthday", ACME, D(2026, 11, 25)].due_on == D(2026, 11, 23)
    assert found["new_year", ACME, D(2027, 1, 1)].due_on == D(2026, 12, 12)
    assert found["first_deal_anniversary", ACME, D(2026, 12, 10)].due_on == TODAY  # inside 30 days: today
    assert found["company_anniversary", ACME, D(2026, 12, 20)].due_on == TODAY


def test_lunar_birthday_in_a_leap_month_year_and_the_year_after(session: BookSession) -> None:
    # 2025 has a leap 6th month: a birthday of leap 6-01 is kept there (2025-07-25), not on 6-01 (2025-06-25)
    found = by_key(plan(session, today=D(2025, 7, 1)))
    birthday = found["birthday", ACME, D(2025, 7, 25)]
    assert (birthday.contact_id, birthday.due_on) == (WANG, D(2025, 7, 18))
    assert "Dear Wang Wei, happy birthday!" in birthday.text
    # 2026 has no leap 6th month: the same birthday falls on the ordinary 6-01 (2026-07-14)
    found = by_key(plan(session, today=D(2026, 7, 1)))
    assert found["birthday", ACME, D(2026, 7, 14)].contact_id == WANG


def test_lunar_thirtieth_in_a_month_of_29_days_and_feb_29(session: BookSession) -> None:
    # the 2nd lunar month of 2026 has 29 days: a birthday on 2-30 is kept on 2-29 (2026-04-16)
    found = by_key(plan(session, today=D(2026, 4, 1)))
    assert (found["birthday", PEARL, D(2026, 4, 16)].contact_id, found["birthday", PEARL, D(2026, 4, 16)].due_on) \
        == (ZHAO, D(2026, 4, 9))
    # born on Feb 29: greeted on Feb 28 in a year without it
    found = by_key(plan(session, today=D(2027, 2, 20)))
    feb = found["birthday", PEARL, D(2027, 2, 28)]
    assert (feb.contact_id, feb.due_on) == (FEB, D(2027, 2, 21))


def test_planning_again_adds_nothing_and_never_brings_back_a_closed_reminder(session: BookSession) -> None:
    service = service_of(session)
    first = service.plan_greetings(TODAY, "en", NOW)
    assert first.found == first.added == 8
    again = service.plan_greetings(TODAY, "en", NOW)
    assert (again.found, again.added) == (8, 0)
    # a day later the same occasions are found again (one fewer lead window, same keys): still nothing new
    assert service.plan_greetings(TODAY + timedelta(days=1), "en", NOW).added == 0
    lines = service.due(TODAY, TODAY + timedelta(days=60))
    service.dismiss(lines[0].id, NOW)
    service.done(lines[1].id, NOW)
    assert service.plan_greetings(TODAY, "en", NOW).added == 0
    assert len(service.due(TODAY, TODAY + timedelta(days=60))) == 6
    assert session.info().counts["reminders"] == 8


def test_thank_you_letters_for_todays_deals_and_the_close_of_the_day(session: BookSession) -> None:
    session.save_settings({"rep.name": "Alex Chen"})
    service = service_of(session)
    assert service.plan_thank_yous(TODAY, "en", NOW).added == 2
    assert service.plan_thank_yous(TODAY, "en", NOW).added == 0
    assert service.plan_close_day(TODAY, "en", NOW).added == 1
    assert service.plan_close_day(TODAY, "en", NOW).added == 0
    today = service.due(TODAY, TODAY)
    kinds = sorted((line.kind.value, line.customer_id) for line in today)
    assert kinds == [("close_day", None), ("thank_you", PEARL), ("thank_you", PERSON)]
    letter = next(line for line in today if line.customer_id == PERSON)
    assert letter.text.startswith("Dear Chen Mei, thank you for the order Chen Mei placed with us on November 22, 2026.")
    assert letter.text.endswith("Best regards, Alex Chen")
    assert service.plan_thank_yous(TODAY + timedelta(days=1), "en", NOW).added == 0  # no deals that day


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Dear Li Na, happy birthday! Wishing you good health and a wonderful year ahead. Best regards, 小王"),
    ("zh_CN", "Li Na您好！祝您生日快乐，身体健康，新的一岁万事顺意！——小王"),
    ("zh_TW", "Li Na您好！祝您生日快樂、身體健康，新的一歲萬事如意！小王 敬上"),
])
def test_ready_texts_in_three_languages(session: BookSession, language: str, expected: str) -> None:
    session.save_settings({"rep.name": "小王"})
    found = by_key(plan(session, language=language))
    assert found["birthday", ACME, D(2026, 11, 25)].text == expected
    anniversary = found["company_anniversary", ACME, D(2026, 12, 20)].text
    assert "Acme Trading" in anniversary and "Li Na" in anniversary
    event = found["event", PEARL, D(2026, 12, 12)].text
    assert "Annual dinner" in event  # an event's own label is its occasion
    assert {"en": "December 12, 2026", "zh_CN": "2026年12月12日", "zh_TW": "2026年12月12日"}[language] in event
    assert "{" not in anniversary + event


def test_an_edited_template_is_used_for_new_reminders_and_can_be_restored(session: BookSession) -> None:
    service = service_of(session)
    templates = service.save_template("zh_CN", "birthday", "{contact}，生日快乐！{sender}")
    assert templates.templates["birthday"] == "{contact}，生日快乐！{sender}"
    assert templates.edited == {"birthday"}
    assert service.templates("en").edited == frozenset()  # each language has its own
    with pytest.raises(GreetingTemplateError, match="unknown placeholder {age}"):
        service.save_template("zh_CN", "birthday", "{contact} {age}")
    with pytest.raises(GreetingTemplateError):
        service.save_template("zh_CN", "birthday", "{contact")
    session.save_settings({"rep.name": "小王"})
    found = by_key(plan(session, language="zh_CN"))
    assert found["birthday", ACME, D(2026, 11, 25)].text == "Li Na，生日快乐！小王"
    restored = service.reset_template("zh_CN", "birthday")
    assert restored.edited == frozenset()
    assert service.preview("en", "new_year", "Happy {occasion}, {contact}! {sender}") == \
        "Happy New Year's Day, Ms Li Na! 小王"


def test_snooze_and_dismiss_survive_reopening_the_book(book_location: Location) -> None:
    session = open_filled(book_location)
    service = service_of(session)
    service.plan_greetings(TODAY, "en", NOW)
    due_today = service.due(TODAY, TODAY)
    birthday = next(line for line in due_today if line.occasion == "birthday")
    coming = service.due(TODAY + timedelta(days=1), TODAY + timedelta(days=60))
    event = next(line for line in coming if line.occasion == "event")
    snoozed = service.snooze(birthday.id, 2, TODAY)
    assert (snoozed.status, snoozed.snoozed_until, snoozed.due) == (ReminderStatus.SNOOZED, D(2026, 11, 24),
                                                                   D(2026, 11, 24))
    service.dismiss(event.id, NOW)
    session.close()

    reopened = open_session(book_location)
    try:
        service = service_of(reopened)
        assert birthday.id not in {line.id for line in service.due(TODAY, TODAY)}
        back = {line.id: line for line in service.due(D(2026, 11, 24), D(2026, 11, 24))}
        assert back[birthday.id].status is ReminderStatus.SNOOZED
        history = service.history()
        assert [(line.id, line.status) for line in history] == [(event.id, ReminderStatus.DISMISSED)]
        assert history[0].closed_at == NOW
        assert event.id not in {line.id for line in service.due(TODAY, TODAY + timedelta(days=60))}
        agenda = service.agenda(D(2026, 11, 24), days_ahead=7)
        assert birthday.id in {line.id for line in agenda.due_now}
    finally:
        reopened.close()


def test_each_reminder_is_told_once_until_a_snooze_gives_it_a_new_day(session: BookSession) -> None:
    service = service_of(session)
    service.plan_greetings(TODAY, "en", NOW)
    told = service.take_notices(TODAY, NOW)
    assert [(line.occasion, line.customer_id) for line in told] == [("birthday", ACME)]
    assert service.take_notices(TODAY, NOW) == []
    later = service.take_notices(D(2026, 11, 28), NOW)  # a week on: the deal anniversary and the event are due
    assert sorted(line.occasion for line in later) == ["event", "first_deal_anniversary"]
    service.snooze(told[0].id, 1, D(2026, 11, 28))
    assert service.take_notices(D(2026, 11, 28), NOW) == []
    assert [line.id for line in service.take_notices(D(2026, 11, 29), NOW)] == [told[0].id]


def test_the_agenda_splits_due_now_from_coming_and_caps_its_size(session: BookSession) -> None:
    service = service_of(session)
    service.plan_greetings(TODAY, "en", NOW)
    agenda = service.agenda(D(2026, 11, 26), days_ahead=3)
    assert [line.occasion for line in agenda.due_now] == ["birthday", "first_deal_anniversary"]  # overdue, today
    assert [line.occasion for line in agenda.upcoming] == ["event"]
    capped = service.agenda(D(2026, 11, 26), days_ahead=60, limit=2)
    assert capped.truncated and len(capped.due_now) + len(capped.upcoming) == 2
    with pytest.raises(ValueError):
        service.due(TODAY, TODAY - timedelta(days=1))


def test_only_the_months_a_window_can_reach_are_read() -> None:
    months = months_in_window(D(2026, 11, 22), D(2027, 1, 21))
    assert months[CalendarKind.SOLAR] == frozenset({11, 12, 1})
    assert months[CalendarKind.LUNAR] == frozenset({10, 11, 12})  # lunar 10-3 … 12-14
    assert all(len(found) == 12 for found in months_in_window(D(2026, 1, 1), D(2027, 6, 1)).values())
