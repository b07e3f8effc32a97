"""One customer's tier history, as the profile sheet reads it: every re-tiering, pin and lifted pin, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from telesales.app import open_session
from telesales.domain.model import Tier, TierChange
from telesales.services.book_session import BookSession
from telesales.services.customer_value import CustomerValueService
from tests.conftest import TODAY
from tests.services import value_book
from tests.services.value_book import customer_id


@pytest.fixture
def value(book_path: Path) -> Iterator[CustomerValueService]:
    value_book.build(book_path)
    session: BookSession = open_session(book_path)
    assert session.value is not None
    yield session.value
    session.close()


def test_a_customers_history_lists_its_own_changes_newest_first_each_pin_with_its_reason(value: CustomerValueService) -> None:
    juliet, alpha = customer_id("Juliet"), customer_id("Alpha")
    assert value.tier_history(juliet) == []  # never tiered: nothing recorded yet
    first = TODAY - timedelta(days=30)
    value.retier(first)
    value.pin(juliet, Tier.BIG, "Group purchasing gateway", TODAY - timedelta(days=2))
    value.pin(juliet, Tier.MEDIUM, "Smaller than we hoped", TODAY - timedelta(days=1))
    value.unpin(juliet, TODAY)
    assert value.tier_history(juliet) == [
        TierChange(juliet, TODAY, Tier.MEDIUM, Tier.SMALL, "unpinned"),
        TierChange(juliet, TODAY - timedelta(days=1), Tier.BIG, Tier.MEDIUM, "pinned", "Smaller than we hoped"),
        TierChange(juliet, TODAY - timedelta(days=2), Tier.SMALL, Tier.BIG, "pinned", "Group purchasing gateway"),
        TierChange(juliet, first, None, Tier.SMALL, "new"),
    ]
    assert [change.customer_id for change in value.tier_history(alpha)] == [alpha]  # only its own
    assert value.tier_history(999_999) == []


def test_the_profile_sheet_cannot_pin_behind_the_historys_back(book_path: Path) -> None:
    value_book.build(book_path)
    session = open_session(book_path)
    try:
        juliet = customer_id("Juliet")
        assert session.profiles is not None and session.value is not None
        with pytest.raises(KeyError):
            session.profiles.set_customer(juliet, {"tier_pin": Tier.BIG.value, "tier_pin_reason": "quietly"})
        profile = session.profiles.load(juliet)
        assert profile is not None and profile.customer.tier_pin is None
        assert session.value.tier_history(juliet) == []
    finally:
        session.close()


def test_an_older_book_keeps_the_reason_of_the_pin_in_force(tmp_path: Path) -> None:
    from sqlalchemy import text

    from telesales.store.book import create_book

    path = tmp_path / "old.sqlite"
    old = create_book(path, revision="0011")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO customers (id, name, kind, industry, scale, phone, email, wechat, address, "
                                "province, city, district, region, owner, tier, tier_pin, tier_pin_reason, do_not_call, "
                                "marked_other, keeps_christmas, payment_terms, competitors, preferences, notes, "
                                "created_at) VALUES (1, 'Alpha', 'company', '', '', '', '', '', '', '', '', '', 'CN', "
                                "'', 'small', 'big', 'Group gateway', 0, 0, 0, '', '', '', '', '2026-01-01')"))
        connection.execute(text("INSERT INTO tier_changes (id, customer_id, changed_on, from_tier, to_tier, reason) "
                                "VALUES (1, 1, '2026-10-01', 'small', 'medium', 'pinned'), "
                                "(2, 1, '2026-11-01', 'medium', 'big', 'pinned')"))
    old.close()
    session = open_session(path)
    try:
        assert session.value is not None
        assert [change.note for change in session.value.tier_history(1)] == ["Group gateway", ""]
    finally:
        session.close()
