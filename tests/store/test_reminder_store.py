"""The reminder repository: names read one way or the other agree, rows written through the driver read back the
same as through Core, keys already planned are found, and greeting inputs come only for greeted customers. In a
book file and in a shared book on a server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, insert, select

from telesales.domain.model import CalendarKind
from telesales.domain.reminders import months_in_window
from telesales.store import reminders as store_module
from telesales.store.engine import insert_rows
from telesales.store.models import ReminderRow
from telesales.store.reminders import ReminderRepository
from tests.locations import Location, open_location
from tests.reminders_book import ACME, FEB, LI, PEARL, PERSON, SMALL, WANG, ZHAO, fill

NOW = datetime(2026, 11, 22, 8, 30, tzinfo=UTC)


@pytest.fixture
def engine(book_location: Location) -> Iterator[Engine]:
    fill(book_location)
    book = open_location(book_location)
    yield book.engine
    book.close()


def test_names_read_by_chunks_or_by_one_pass_agree(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    repository = ReminderRepository(engine)
    wanted = ({ACME, PEARL, PERSON}, {WANG, FEB})
    few = repository.parties(*wanted)
    monkeypatch.setattr(store_module, "_MANY", 0)
    many = repository.parties(*wanted)
    assert few == many
    parties, contacts = few
    assert (parties[ACME].customer_name, parties[ACME].contact_id, parties[ACME].contact_name) == (
        "Acme Trading", LI, "Li Na")
    assert parties[PEARL].contact_id == ZHAO
    assert (parties[PERSON].contact_id, parties[PERSON].contact_name) == (None, "Chen Mei")
    assert contacts == {WANG: "Wang Wei", FEB: "Leap Day"}


def test_rows_written_through_the_driver_read_back_as_through_core(engine: Engine) -> None:
    row = {"kind": "greeting", "due_on": date(2026, 12, 1), "status": "pending", "customer_id": ACME,
           "contact_id": None, "occasion": "birthday", "occasion_date": date(2026, 12, 8), "snoozed_until": None,
           "text": "你好 {braces} stay", "source_key": "k1", "created_at": NOW, "closed_at": None,
           "notified_at": None}
    with engine.begin() as connection:
        insert_rows(connection, ReminderRow.__table__, [row, {**row, "source_key": "k2"}])
        connection.execute(insert(ReminderRow), [{**row, "source_key": "k3"}])
    with engine.connect() as connection:
        read = connection.execute(select(ReminderRow.__table__).order_by(ReminderRow.source_key)).mappings().all()
    assert [dict(item) | {"id": 0, "source_key": ""} for item in read[:2]] == \
        [dict(read[2]) | {"id": 0, "source_key": ""}] * 2
    assert read[0]["created_at"] == NOW and read[0]["due_on"] == date(2026, 12, 1)


def test_keys_already_planned_and_adding_twice(engine: Engine) -> None:
    repository = ReminderRepository(engine)
    rows = [{"kind": "greeting", "due_on": date(2026, 12, 1), "occasion": "birthday",
             "occasion_date": date(2026, 12, 8), "source_key": f"greeting:birthday:2026-12-08:{n}:-",
             "created_at": NOW} for n in range(3)]
    assert repository.add(rows) == 3
    assert repository.add(rows + [{**rows[0], "source_key": "new"}]) == 1  # the others were there: skipped
    assert repository.existing_greeting_keys(date(2026, 12, 8), date(2026, 12, 8), 60) == {
        row["source_key"] for row in rows} | {"new"}
    assert repository.existing_greeting_keys(date(2026, 12, 9), date(2027, 1, 1), 60) == set()
    assert repository.missing_keys(["new", "other"]) == {"other"}


@pytest.mark.parametrize("narrow", [0.0, 1.01], ids=["python-picks", "database-picks"])
def test_greeting_inputs_only_for_greeted_customers_and_the_window_s_months(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, narrow: float) -> None:
    monkeypatch.setattr(store_module, "_NARROW", narrow)
    repository = ReminderRepository(engine)
    key = repository.greeting_inputs(key_only=True)
    assert sorted(customer.id for customer in key.customers) == [ACME, PEARL, PERSON]
    assert {contact.id for contact in key.contacts} == {LI, WANG, ZHAO, FEB}
    acme = next(customer for customer in key.customers if customer.id == ACME)
    assert (acme.first_deal_on, acme.keeps_christmas) == (date(2019, 12, 10), True)
    assert acme.founded_on is not None and (acme.founded_on.month, acme.founded_on.year) == (12, 2010)
    everyone = repository.greeting_inputs(key_only=False)
    assert sorted(customer.id for customer in everyone.customers) == [ACME, PEARL, SMALL, PERSON]
    november = repository.greeting_inputs(key_only=False, months=months_in_window(date(2026, 11, 22),
                                                                                  date(2026, 11, 30)))
    assert {contact.id for contact in november.contacts} == {LI, 14}  # solar November birthdays only
    assert {contact.birthday.calendar for contact in november.contacts} == {CalendarKind.SOLAR}  # type: ignore[union-attr]
    assert november.important_dates == []  # the event is in December


def test_rows_read_through_the_driver_are_typed_as_through_core(engine: Engine) -> None:
    from telesales.store.engine import fetch_all
    from telesales.store.models import CustomerRow

    query = select(CustomerRow.id, CustomerRow.founded_on, CustomerRow.keeps_christmas, CustomerRow.created_at,
                   CustomerRow.tier_pin).order_by(CustomerRow.id)
    with engine.connect() as connection:
        assert fetch_all(connection, query) == [tuple(row) for row in connection.execute(query).all()]
        first = fetch_all(connection, query)[0]
    assert first[1] == date(2010, 12, 20) and first[2] is True and first[3].tzinfo is not None
