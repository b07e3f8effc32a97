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


def test_a_customers_history_lists_its_own_changes_newest_first(value: CustomerValueService) -> None:
    juliet, alpha = customer_id("Juliet"), customer_id("Alpha")
    assert value.tier_history(juliet) == []  # never tiered: nothing recorded yet
    first = TODAY - timedelta(days=30)
    value.retier(first)
    value.pin(juliet, Tier.BIG, "Group purchasing gateway", TODAY - timedelta(days=2))
    value.pin(juliet, Tier.MEDIUM, "Smaller than we hoped", TODAY - timedelta(days=1))
    value.unpin(juliet, TODAY)
    assert value.tier_history(juliet) == [
        TierChange(juliet, TODAY, Tier.MEDIUM, Tier.SMALL, "unpinned"),
        TierChange(juliet, TODAY - timedelta(days=1), Tier.BIG, Tier.MEDIUM, "pinned"),
        TierChange(juliet, TODAY - timedelta(days=2), Tier.SMALL, Tier.BIG, "pinned"),
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
