"""A rep's field copy: taken from the shared book, worked on offline, synced back once and only once, with edits
made on both sides shown as conflicts and never overwritten."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.shared.team_book import LEAD, REP_A, as_member, plain_sql
from tests.shared.test_shared_book import run


def local_rows(path: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return list(connection.execute(statement, params))


def counts(url: str) -> dict[str, int]:
    return {name: int(plain_sql(url, LEAD, f"SELECT count(*) FROM {name}")[0][0])
            for name in ("customers", "contacts", "calls", "visits", "orders", "reminders", "tier_changes")}


def sync(capsys: pytest.CaptureFixture[str], copy: Path, *extra: str) -> dict[str, object]:
    code, out, err = run(capsys, "field-copy", "sync", "--book", str(copy), *extra, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def field_copy(capsys: pytest.CaptureFixture[str], team_url: str, tmp_path: Path) -> Path:
    copy = tmp_path / "field.sqlite"
    code, out, err = run(capsys, "--db", as_member(team_url, REP_A), "field-copy", "take", "--to", str(copy),
                         "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["customers"] == 60
    return copy


def test_the_copy_holds_the_reps_customers_and_what_hangs_off_them(team_url: str, field_copy: Path) -> None:
    assert local_rows(field_copy, "SELECT count(*), min(id % 2), max(id % 2) FROM customers") == [(60, 0, 0)]
    mine = plain_sql(team_url, REP_A, "SELECT count(*) FROM calls")[0][0]
    assert local_rows(field_copy, "SELECT count(*) FROM calls") == [(mine,)]
    assert local_rows(field_copy, "SELECT count(*) FROM calls WHERE customer_id % 2 = 1") == [(0,)]


def test_offline_work_goes_up_once_even_when_a_sync_is_cut_short_and_run_again(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path, tmp_path: Path) -> None:
    before = counts(team_url)
    customer = 2
    code, out, err = run(capsys, "log-call", "--book", str(field_copy), "--customer", str(customer),
                         "--outcome", "connected", "--intent", "A", "--expected", "800", "--next-step", "报价",
                         "--next-step-on", "2099-01-05", "--visit-possible", "--visit-when", "2099-01-06T10:00",
                         "--at", "2026-11-22T10:15", "--json")
    assert code == 0, err
    for minute in (20, 25):
        code, _, err = run(capsys, "log-call", "--book", str(field_copy), "--customer", "4", "--outcome",
                           "no_answer", "--at", f"2026-11-22T10:{minute}")
        assert code == 0, err
    offline = tmp_path / "as-it-was.sqlite"
    shutil.copyfile(field_copy, offline)  # the copy as it was before the sync, as after a crash mid-sync

    first = sync(capsys, field_copy)
    assert first["added"]["calls"] == 3 and first["added"]["visits"] == 1 and first["added"]["reminders"] >= 1
    assert first["conflicts"] == [] and first["retaken"] is True
    after = counts(team_url)
    assert after["calls"] == before["calls"] + 3 and after["visits"] == before["visits"] + 1
    # the server's call state follows the calls that came up
    last = plain_sql(team_url, REP_A, "SELECT last_outcome, last_intent, open_value_cents FROM customers "
                       "WHERE id = :id", id=customer)
    assert last == [("connected", "A", 80_000)]
    # the visit points at the call it came from, on the server's ids
    assert plain_sql(team_url, REP_A, "SELECT count(*) FROM visits v JOIN calls c ON c.id = v.from_call_id "
                       "WHERE v.customer_id = :id AND c.called_at = '2026-11-22T02:15:00+00:00'", id=customer) == [(1,)]

    again = sync(capsys, field_copy)
    assert again["added"] == {} and again["sent_edits"] == {} and again["conflicts"] == []
    assert counts(team_url) == after

    replayed = sync(capsys, offline)  # the same offline work, sent a second time: recognised by its stable ids
    assert replayed["added"] == {}
    assert replayed["already_there"]["calls"] == 3 and replayed["already_there"]["visits"] == 1
    assert counts(team_url) == after


def test_a_customer_made_offline_goes_up_with_its_contact_and_calls(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "new.csv"
    sheet.write_text("company,phone,contact,contact_phone,city\n新野贸易,021-62345678,周敏,13912345678,上海\n",
                     encoding="utf-8")
    code, _, err = run(capsys, "import", str(sheet), "--book", str(field_copy))
    assert code == 0, err
    new_id = local_rows(field_copy, "SELECT id FROM customers WHERE name = '新野贸易'")[0][0]
    code, _, err = run(capsys, "log-call", "--book", str(field_copy), "--customer", str(new_id), "--outcome",
                       "connected", "--at", "2026-11-22T11:00")
    assert code == 0, err
    result = sync(capsys, field_copy)
    assert result["added"]["customers"] == 1 and result["added"]["contacts"] == 1 and result["added"]["calls"] == 1
    there = plain_sql(team_url, LEAD, "SELECT c.id, c.owner, count(k.id), max(k.name) FROM customers c "
                        "JOIN contacts k ON k.customer_id = c.id WHERE c.name = '新野贸易' GROUP BY c.id, c.owner")
    assert len(there) == 1 and there[0][1:] == (REP_A, 1, "周敏")
    server_id = there[0][0]
    assert plain_sql(team_url, LEAD, "SELECT count(*) FROM calls WHERE customer_id = :id", id=server_id) == [(1,)]
    # found by name on the server (its search keys came along), and in the fresh copy under the server's id
    code, out, err = run(capsys, "--db", as_member(team_url, REP_A), "find", "新野", "--json")
    assert code == 0, err
    assert server_id in {hit["customer_id"] for hit in json.loads(out)["results"]}
    assert local_rows(field_copy, "SELECT id FROM customers WHERE name = '新野贸易'") == [(server_id,)]


def test_edits_on_both_sides_merge_by_field_and_clashes_wait_for_the_rep(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path) -> None:
    with sqlite3.connect(field_copy) as connection:
        connection.execute("UPDATE customers SET notes = '周三下午好联系', email = 'mine@example.com' WHERE id = 2")
    plain_sql(team_url, LEAD, "UPDATE customers SET notes = '老板换人了', phone = '021-60000000' WHERE id = 2")

    result = sync(capsys, field_copy)
    assert result["retaken"] is False
    assert result["conflicts"] == [{"table": "customers", "id": 2, "field": "notes", "base": local_base_notes(
        field_copy), "mine": "周三下午好联系", "theirs": "老板换人了"}]
    # nothing overwritten: each side keeps its notes; the fields only one side changed went across
    assert plain_sql(team_url, LEAD, "SELECT notes, email, phone FROM customers WHERE id = 2") == [
        ("老板换人了", "mine@example.com", "021-60000000")]
    assert local_rows(field_copy, "SELECT notes, email, phone FROM customers WHERE id = 2") == [
        ("周三下午好联系", "mine@example.com", "021-60000000")]
    assert sync(capsys, field_copy)["conflicts"] == result["conflicts"]  # still shown until resolved

    resolved = sync(capsys, field_copy, "--keep", "mine")
    assert resolved["conflicts"] == [] and resolved["retaken"] is True
    assert plain_sql(team_url, LEAD, "SELECT notes FROM customers WHERE id = 2") == [("周三下午好联系",)]
    assert local_rows(field_copy, "SELECT notes FROM customers WHERE id = 2") == [("周三下午好联系",)]


def test_tags_added_offline_and_on_the_shared_book_are_joined(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path) -> None:
    plain_sql(team_url, LEAD, "UPDATE customers SET tags = 'VIP' WHERE id = 2")
    resynced = sync(capsys, field_copy)
    assert local_rows(field_copy, "SELECT tags FROM customers WHERE id = 2") == [("VIP",)], resynced
    with sqlite3.connect(field_copy) as connection:
        connection.execute("UPDATE customers SET tags = 'VIP,展会客户' WHERE id = 2")
    plain_sql(team_url, LEAD, "UPDATE customers SET tags = '老客户介绍' WHERE id = 2")
    result = sync(capsys, field_copy)
    assert result["conflicts"] == []
    assert plain_sql(team_url, LEAD, "SELECT tags FROM customers WHERE id = 2") == [("展会客户,老客户介绍",)]
    assert local_rows(field_copy, "SELECT tags FROM customers WHERE id = 2") == [("展会客户,老客户介绍",)]


def test_keeping_theirs_takes_the_shared_books_value_into_the_copy(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path) -> None:
    with sqlite3.connect(field_copy) as connection:
        connection.execute("UPDATE customers SET notes = 'offline note' WHERE id = 4")
    plain_sql(team_url, LEAD, "UPDATE customers SET notes = 'lead note' WHERE id = 4")
    assert len(sync(capsys, field_copy)["conflicts"]) == 1
    resolved = sync(capsys, field_copy, "--keep", "theirs")
    assert resolved["conflicts"] == [] and resolved["sent_edits"] == {}
    assert plain_sql(team_url, LEAD, "SELECT notes FROM customers WHERE id = 4") == [("lead note",)]
    assert local_rows(field_copy, "SELECT notes FROM customers WHERE id = 4") == [("lead note",)]


def test_a_book_that_is_not_a_field_copy_is_refused(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, err = run(capsys, "field-copy", "sync", "--book", str(demo_path))
    assert code == 1 and out == "" and "is not a field copy" in err


def local_base_notes(copy: Path) -> str:
    fields = local_rows(copy, "SELECT fields FROM field_copy_base WHERE table_name = 'customers' AND row_id = 2")
    return str(json.loads(str(fields[0][0]))["notes"])


def test_a_call_deleted_offline_is_deleted_on_the_shared_book(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path) -> None:
    call_id = local_rows(field_copy, "SELECT max(id) FROM calls WHERE customer_id = 2")[0][0]
    with sqlite3.connect(field_copy) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("UPDATE visits SET from_call_id = NULL WHERE from_call_id = ?", (call_id,))
        connection.execute("DELETE FROM calls WHERE id = ?", (call_id,))
    result = sync(capsys, field_copy)
    assert result["deleted"] == {"calls": 1} and result["conflicts"] == []
    assert plain_sql(team_url, LEAD, "SELECT count(*) FROM calls WHERE id = :id", id=call_id) == [(0,)]


def test_a_customer_deleted_offline_but_changed_on_the_shared_book_waits_and_keeps_its_calls(
        capsys: pytest.CaptureFixture[str], team_url: str, field_copy: Path) -> None:
    calls_before = plain_sql(team_url, LEAD, "SELECT count(*) FROM calls WHERE customer_id = 4")[0][0]
    assert calls_before > 0
    with sqlite3.connect(field_copy) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM customers WHERE id = 4")  # its calls go with it, here
    plain_sql(team_url, LEAD, "UPDATE customers SET notes = 'still buying' WHERE id = 4")
    result = sync(capsys, field_copy)
    assert [(c["table"], c["id"], c["field"]) for c in result["conflicts"]] == [("customers", 4, "(deleted)")]
    assert result["deleted"] == {}  # nothing of customer 4 was deleted on the shared book
    assert plain_sql(team_url, LEAD, "SELECT count(*) FROM calls WHERE customer_id = 4") == [(calls_before,)]

    resolved = sync(capsys, field_copy, "--keep", "theirs")
    assert resolved["conflicts"] == [] and resolved["deleted"] == {} and resolved["retaken"] is True
    assert local_rows(field_copy, "SELECT notes FROM customers WHERE id = 4") == [("still buying",)]
    assert local_rows(field_copy, "SELECT count(*) FROM calls WHERE customer_id = 4") == [(calls_before,)]
    assert plain_sql(team_url, LEAD, "SELECT count(*) FROM calls WHERE customer_id = 4") == [(calls_before,)]
