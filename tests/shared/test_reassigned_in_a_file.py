"""A reassignment carried into a book file (a field copy) still shows as "owner left" there, offline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from telesales.app import open_session
from tests.conftest import TODAY


def owner_left(path: Path) -> set[int]:
    session = open_session(path)
    try:
        assert session.value is not None
        churn = session.value.assess(TODAY).churn
    finally:
        session.close()
    return {cid for cid, flags in churn.items() if any(flag.code.value == "owner_left" for flag in flags)}


def test_a_reassigned_customer_is_flagged_until_reached_again(demo_path: Path) -> None:
    before = owner_left(demo_path)
    with sqlite3.connect(demo_path) as connection:
        quiet, reached = connection.execute(
            "SELECT (SELECT id FROM customers WHERE last_reached_at IS NULL OR last_reached_at < '2026-11-01' "
            "ORDER BY id LIMIT 1), (SELECT id FROM customers WHERE last_reached_at >= '2026-11-10' ORDER BY id "
            "LIMIT 1)").fetchone()
        connection.execute("UPDATE customers SET previous_owner = 'old rep', owner_changed_on = '2026-11-05' "
                           "WHERE id IN (?, ?)", (quiet, reached))
    after = owner_left(demo_path)
    assert after - before == {quiet}  # the one reached since the move is the new owner's already
