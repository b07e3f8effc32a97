"""A shared demo book with a team: two reps splitting the customers by id, and a lead."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from telesales.app import open_session

REP_A, REP_B, LEAD = "telesales_test_wang", "telesales_test_li", "telesales_test_lead"


def as_member(url: str, login: str) -> str:
    """The same shared book, logged in as `login` (the test server trusts loopback)."""
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def set_up_team(url: str) -> None:
    """Roles and row-level security, two reps and a lead; even ids to rep A, odd ids to rep B."""
    session = open_session(url)
    try:
        assert session.team is not None
        session.team.set_up()
        session.team.add(REP_A)
        session.team.add(REP_B)
        session.team.add(LEAD, lead=True)
    finally:
        session.close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE customers SET owner = CASE WHEN id % 2 = 0 THEN :a ELSE :b END"),
                           {"a": REP_A, "b": REP_B})
    engine.dispose()


def plain_sql(url: str, login: str, statement: str, **params: object) -> list[tuple[object, ...]]:
    """A statement as `login` would send it from any SQL client: the server's row security applies."""
    engine = create_engine(as_member(url, login))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()
