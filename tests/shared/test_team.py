"""A team on a shared book: the server itself keeps each rep to their own customers; the lead sees all and
reassigns, and a reassigned customer shows the "owner left" churn signal until the new owner reaches them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from telesales.app import open_session
from tests.conftest import TODAY
from tests.shared.team_book import LEAD, REP_A, REP_B, as_member, plain_sql
from tests.shared.test_shared_book import run


def test_a_reps_plain_sql_reads_only_their_own_customers_and_what_hangs_off_them(team_url: str) -> None:
    assert plain_sql(team_url, REP_A, "SELECT count(*), min(owner), max(owner) FROM customers") == [(60, REP_A, REP_A)]
    assert plain_sql(team_url, REP_A, "SELECT count(*) FROM customers WHERE owner = :b", b=REP_B) == [(0,)]
    for table in ("calls", "orders", "contacts", "visits", "tier_changes", "search_keys", "important_dates"):
        odd = plain_sql(team_url, REP_A, f"SELECT count(*) FROM {table} WHERE customer_id % 2 = 1")
        assert odd == [(0,)], table
        assert plain_sql(team_url, REP_A, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    everyone = plain_sql(team_url, LEAD, "SELECT count(*) FROM customers")
    assert everyone == [(120,)]


def test_a_rep_cannot_write_to_another_reps_customer_nor_give_their_own_away(team_url: str) -> None:
    # rep B's customer 1 is invisible to rep A: an update finds nothing to change
    assert plain_sql(team_url, REP_A, "UPDATE customers SET notes = 'mine now' WHERE id = 1 RETURNING id") == []
    assert plain_sql(team_url, LEAD, "SELECT notes FROM customers WHERE id = 1")[0][0] != "mine now"
    with pytest.raises(DBAPIError, match="row-level security"):
        plain_sql(team_url, REP_A, "UPDATE customers SET owner = :b WHERE id = 2", b=REP_B)
    with pytest.raises(DBAPIError, match="row-level security"):
        plain_sql(team_url, REP_A, "INSERT INTO calls (customer_id, called_at, outcome, need, visit_possible, "
                  "materials_requested, next_step, notes) VALUES (1, now(), 'reached', '', false, '', '', '')")


def test_a_customer_a_rep_adds_is_theirs(team_url: str) -> None:
    made = plain_sql(team_url, REP_B, "INSERT INTO customers (kind, name, industry, scale, phone, email, wechat, "
                     "address, province, city, district, region, owner, tier, tier_pin_reason, do_not_call, "
                     "marked_other, keeps_christmas, payment_terms, competitors, preferences, notes, created_at) "
                     "VALUES ('company', 'New Co', '', '', '', '', '', '', '', '', '', 'CN', '', 'suspect', '', "
                     "false, false, false, '', '', '', '', now()) RETURNING owner")
    assert made == [(REP_B,)]


def test_each_rep_calls_only_their_own_customers_and_the_lead_ranks_everyone(
        capsys: pytest.CaptureFixture[str], team_url: str) -> None:
    lists = {}
    for login in (REP_A, REP_B, LEAD):
        code, out, err = run(capsys, "--db", as_member(team_url, login), "calllist", "--date", "2026-11-22",
                             "--json")
        assert code == 0, err
        lists[login] = json.loads(out)
    assert lists[REP_A]["calls"] and all(item["customer_id"] % 2 == 0 for item in lists[REP_A]["calls"])
    assert lists[REP_B]["calls"] and all(item["customer_id"] % 2 == 1 for item in lists[REP_B]["calls"])
    everyone = {item["customer_id"] for item in lists[LEAD]["calls"]}
    assert {item["customer_id"] for item in lists[REP_A]["calls"]} <= everyone | {
        left["customer_id"] for left in lists[LEAD]["left_out"]}


def test_the_lead_reassigns_and_the_new_owner_sees_the_customer_with_owner_left(
        capsys: pytest.CaptureFixture[str], team_url: str) -> None:
    code, _, err = run(capsys, "--db", as_member(team_url, REP_A), "team", "reassign", "--to", REP_B,
                       "--customer", "2")
    assert code == 1 and "row-level security" in err and err.count("\n") == 1
    code, out, err = run(capsys, "--db", as_member(team_url, LEAD), "team", "reassign", "--from", REP_A,
                         "--to", REP_B, "--today", "2026-11-20", "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["to"] == REP_B and len(moved["moved"]) == 60 and moved["date"] == "2026-11-20"
    assert plain_sql(team_url, REP_A, "SELECT count(*) FROM customers") == [(0,)]
    assert plain_sql(team_url, REP_B, "SELECT count(*), count(*) FILTER (WHERE previous_owner = :a) "
                     "FROM customers", a=REP_A) == [(120, 60)]
    session = open_session(as_member(team_url, REP_B))
    try:
        assert session.value is not None
        assessment = session.value.assess(TODAY)
        flagged = {cid for cid, flags in assessment.churn.items()
                   if any(flag.code.value == "owner_left" for flag in flags)}
    finally:
        session.close()
    reached_since = {row[0] for row in plain_sql(
        team_url, LEAD, "SELECT id FROM customers WHERE last_reached_at >= '2026-11-20'")}
    assert flagged == {cid for cid in range(2, 121, 2)} - reached_since
    assert flagged  # the demo book has quiet customers among them


def test_team_list_counts_each_members_customers(capsys: pytest.CaptureFixture[str], team_url: str) -> None:
    code, out, err = run(capsys, "--db", as_member(team_url, LEAD), "team", "list", "--json")
    assert code == 0, err
    payload = json.loads(out)
    members = {member["login"]: member for member in payload["members"]}
    assert members[REP_A] == {"login": REP_A, "lead": False, "customers": 60}
    assert members[LEAD]["lead"] is True and payload["me"] == LEAD


def test_team_commands_need_a_shared_book(capsys: pytest.CaptureFixture[str], demo_path: object) -> None:
    code, _, err = run(capsys, "--book", str(demo_path), "team", "list")
    assert code == 1 and "a team works on a shared book" in err


def test_a_login_that_is_not_a_plain_name_is_refused(capsys: pytest.CaptureFixture[str], team_url: str) -> None:
    code, _, err = run(capsys, "--db", team_url, "team", "add-rep", "wang; DROP TABLE calls")
    assert code == 1 and "cannot be a rep's login" in err
    assert date  # imported for the reader: reassignment days are dates


def test_each_login_re_tiers_its_own_customers_once_a_day_and_the_lead_overwrites_none(team_url: str) -> None:
    plain_sql(team_url, LEAD, "UPDATE customers SET tiered_on = NULL, tier = 'suspect'")
    for login in (REP_A, LEAD):
        session = open_session(as_member(team_url, login))
        try:
            assert session.value is not None
            assert session.value.refresh_if_stale(TODAY) is not None
            assert session.value.refresh_if_stale(TODAY) is None  # once a day, per login
        finally:
            session.close()
    by_owner = dict(plain_sql(team_url, LEAD, "SELECT owner, count(tiered_on) FROM customers GROUP BY owner"))
    assert by_owner == {REP_A: 60, REP_B: 0}  # the lead's team-wide run wrote over no rep's pyramid
    runs = {name for (name,) in plain_sql(team_url, LEAD, "SELECT name FROM daily_runs")}
    assert {f"customer_value:{REP_A}", f"customer_value:{LEAD}"} <= runs
    session = open_session(as_member(team_url, REP_B))
    try:
        assert session.value is not None and session.value.refresh_if_stale(TODAY) is not None
    finally:
        session.close()
    assert plain_sql(team_url, LEAD, "SELECT count(*) FROM customers WHERE tiered_on IS NULL") == [(0,)]


def test_each_rep_closes_their_own_day(team_url: str) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    for login in (REP_A, REP_B):
        session = open_session(as_member(team_url, login))
        try:
            assert session.reminders is not None
            assert session.reminders.plan_close_day(TODAY, "en", now).added == 1
            assert session.reminders.plan_close_day(TODAY, "en", now).added == 0  # once a day
        finally:
            session.close()
    for login in (REP_A, REP_B):
        mine = plain_sql(team_url, login, "SELECT source_key FROM reminders WHERE customer_id IS NULL")
        assert mine == [(f"close_day:2026-11-22@{login}",)]


def test_closing_steps_are_each_logins_own(team_url: str) -> None:
    for login, state in ((REP_A, "done"), (REP_B, "skipped"), (LEAD, "done")):
        plain_sql(team_url, login, "INSERT INTO day_close_steps (day, step, state, updated_at) "
                  "VALUES ('2026-11-22', 'numbers', :state, now())", state=state)
    assert plain_sql(team_url, REP_B, "SELECT rep, state FROM day_close_steps") == [(REP_B, "skipped")]
    assert plain_sql(team_url, LEAD, "SELECT rep, state FROM day_close_steps") == [(LEAD, "done")]


def test_a_reps_own_working_day_is_theirs_and_the_teams_rules_are_shared(team_url: str) -> None:
    for login, name in ((REP_A, "小王"), (REP_B, "小李")):
        session = open_session(as_member(team_url, login))
        try:
            session.save_settings({"rep.name": name, "visits.per_day": 4 if login == REP_A else 8})
        finally:
            session.close()
    lead = open_session(as_member(team_url, LEAD))
    try:
        lead.save_settings({"tier.super_percent": 2})
    finally:
        lead.close()
    for login, name, visits in ((REP_A, "小王", 4), (REP_B, "小李", 8)):
        session = open_session(as_member(team_url, login))
        try:
            rules = session.settings()
            assert (rules["rep.name"], rules["visits.per_day"], rules["tier.super_percent"]) == (name, visits, 2)
        finally:
            session.close()


def test_an_older_shared_book_waits_for_its_owner_to_upgrade_it_and_the_team_keeps_its_rights(
        capsys: pytest.CaptureFixture[str], postgres_empty_url: str) -> None:
    from telesales.store.book import _upgrade, head_revision
    from telesales.store.team import add_member, setup_team

    engine = create_engine(postgres_empty_url)
    _upgrade(engine, "0009")
    with engine.begin() as connection:
        setup_team(connection)
        add_member(connection, REP_A)
    engine.dispose()
    code, _, err = run(capsys, "--db", as_member(postgres_empty_url, REP_A), "info")
    assert code == 1 and "must be upgraded by its owner first" in err and err.count("\n") == 1
    code, out, err = run(capsys, "--db", postgres_empty_url, "info", "--json")  # the owner opens it: upgraded
    assert code == 0, err
    assert json.loads(out)["schema_revision"] == head_revision()
    code, out, err = run(capsys, "--db", as_member(postgres_empty_url, REP_A), "calllist", "--json")
    assert code == 0, err  # the rep reads the upgraded book, new tables included
