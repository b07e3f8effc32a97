"""Every entity of the book goes in and comes back out unchanged, with exact money and aware moments (in a book
file and in a shared book on a server)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from telesales.store.models import (
    CallRow,
    ContactRoleRow,
    ContactRow,
    CustomerRow,
    CustomFieldRow,
    CustomValueRow,
    ImportantDateRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ReminderRow,
    SettingRow,
    TierChangeRow,
    VisitRow,
)
from tests.locations import Location, open_location

SHANGHAI = timezone(timedelta(hours=8))
CALLED = datetime(2026, 11, 20, 9, 30, tzinfo=SHANGHAI)


def _customer_values() -> dict[str, object]:
    return dict(
        name="深圳市七喜科技有限公司", kind="company", industry="制造业", scale="51-200人", phone="+8613812345678",
        email="a@example.com", wechat="qixi", address="广东省深圳市南山区科技园路88号", province="广东省",
        city="深圳市", district="南山区", latitude=22.53, longitude=113.93, region="CN", owner="王芳",
        tier="big", tier_pin="super", tier_pin_reason="集团总部", do_not_call=False, marked_other=False,
        face="red", keeps_christmas=True, credit_limit_cents=5_000_000, payment_terms="月结30天",
        competitors="得力", preferences="上午联系", notes="老客户", founded_on=date(2003, 5, 18),
        created_at=datetime(2024, 1, 2, 3, 4, tzinfo=UTC),
    )


def _customer() -> CustomerRow:
    return CustomerRow(**_customer_values())


def test_every_entity_round_trips(book_location: Location) -> None:
    book = open_location(book_location)
    with Session(book.engine) as session, session.begin():
        customer = _customer()
        session.add(customer)
        session.flush()
        contact = ContactRow(customer_id=customer.id, name="李婷婷", title="采购经理", phone="+8613900001111",
                             birthday_calendar="lunar", birthday_month=4, birthday_day=30, birthday_leap=True,
                             birthday_year=None)
        product = ProductRow(name="激光打印机", sku="P0002", unit_price_cents=189_900)
        field = CustomFieldRow(name="门店数", kind="number", choices="")
        session.add_all([contact, product, field])
        session.flush()
        session.add_all([
            ContactRoleRow(contact_id=contact.id, role="decider"),
            ContactRoleRow(contact_id=contact.id, role="approver"),
            CustomValueRow(customer_id=customer.id, field_id=field.id, value="12"),
        ])
        order = OrderRow(customer_id=customer.id, ordered_on=date(2026, 10, 1), amount_cents=379_800,
                         profit_cents=75_960, paid_cents=189_900)
        session.add(order)
        session.flush()
        session.add(OrderLineRow(order_id=order.id, product_id=product.id, quantity=2, unit_price_cents=189_900))
        call = CallRow(customer_id=customer.id, contact_id=contact.id, called_at=CALLED, outcome="connected",
                       call_back_at=None, need="更换打印机", expected_value_cents=1_000_001, attitude="warm",
                       intent="A", visit_possible=True, visit_when=CALLED + timedelta(days=2),
                       materials_requested="报价单", next_step="发送报价单", next_step_on=date(2026, 11, 25),
                       notes="很积极")
        session.add(call)
        session.flush()
        session.add_all([
            VisitRow(customer_id=customer.id, contact_id=contact.id, planned_on=date(2026, 11, 23),
                     starts_at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC), fixed_time=True, duration_minutes=60,
                     status="planned", purpose="演示", from_call_id=call.id),
            ImportantDateRow(customer_id=customer.id, contact_id=contact.id, kind="birthday", calendar="lunar",
                             month=8, day=15, leap=False, year=1980),
            TierChangeRow(customer_id=customer.id, changed_on=date(2026, 11, 1), from_tier="medium", to_tier="big",
                          reason="recomputed"),
            ReminderRow(kind="greeting", due_on=date(2026, 9, 18), customer_id=customer.id, contact_id=contact.id,
                        occasion="mid_autumn", occasion_date=date(2026, 9, 25), text="中秋快乐",
                        source_key="greeting:mid_autumn:2026:1", created_at=CALLED),
            SettingRow(key="tier.super_percent", value="2.0"),
        ])
    book.close()

    book = open_location(book_location)
    with Session(book.engine) as session:
        stored = session.scalars(select(CustomerRow)).one()
        for column, value in _customer_values().items():
            assert getattr(stored, column) == value, column
        contact = session.scalars(select(ContactRow)).one()
        assert (contact.birthday_calendar, contact.birthday_month, contact.birthday_day, contact.birthday_leap,
                contact.birthday_year) == ("lunar", 4, 30, True, None)
        assert sorted(role.role for role in contact.roles) == ["approver", "decider"]
        order = session.scalars(select(OrderRow)).one()
        assert (order.amount_cents, order.profit_cents, order.paid_cents) == (379_800, 75_960, 189_900)
        assert [(line.quantity, line.unit_price_cents) for line in order.lines] == [(2, 189_900)]
        call = session.scalars(select(CallRow)).one()
        assert call.called_at == CALLED and call.called_at.tzinfo is not None
        assert call.expected_value_cents == 1_000_001
        assert (call.intent, call.next_step_on, call.visit_when) == ("A", date(2026, 11, 25), CALLED + timedelta(days=2))
        visit = session.scalars(select(VisitRow)).one()
        assert visit.starts_at == datetime(2026, 11, 23, 2, 0, tzinfo=UTC) and visit.from_call_id == call.id
        assert session.scalars(select(ImportantDateRow.calendar)).one() == "lunar"
        assert session.scalars(select(TierChangeRow.to_tier)).one() == "big"
        assert session.scalars(select(ReminderRow.occasion_date)).one() == date(2026, 9, 25)
        assert session.scalars(select(CustomValueRow.value)).one() == "12"
        assert session.scalars(select(SettingRow.value)).one() == "2.0"
    book.close()


def test_a_moment_without_time_zone_is_refused(book_location: Location) -> None:
    book = open_location(book_location)
    with pytest.raises(Exception, match="time zone"), Session(book.engine) as session, session.begin():
        customer = _customer()
        session.add(customer)
        session.flush()
        session.add(CallRow(customer_id=customer.id, called_at=datetime(2026, 11, 20, 9, 30), outcome="busy"))
        session.flush()
    book.close()


def test_foreign_keys_are_enforced(book_location: Location) -> None:
    book = open_location(book_location)
    with pytest.raises(Exception, match="(?i)foreign key"), Session(book.engine) as session, session.begin():
        session.add(CallRow(customer_id=999, called_at=CALLED, outcome="busy"))
        session.flush()
    book.close()


def test_deleting_a_customer_takes_their_calls_and_contacts(book_location: Location) -> None:
    book = open_location(book_location)
    with Session(book.engine) as session, session.begin():
        customer = _customer()
        session.add(customer)
        session.flush()
        session.add(ContactRow(customer_id=customer.id, name="张伟"))
        session.add(CallRow(customer_id=customer.id, called_at=CALLED, outcome="busy"))
    with Session(book.engine) as session, session.begin():
        session.delete(session.scalars(select(CustomerRow)).one())
    with Session(book.engine) as session:
        assert session.scalars(select(CallRow)).all() == []
        assert session.scalars(select(ContactRow)).all() == []
    book.close()
