"""A book moved to a PostgreSQL server: every row there, the same call list, the same answers, bad URLs refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from telesales.cli import main
from tests.postgres import database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_migrate_book_moves_every_row_and_info_reads_them_on_the_server(
        capsys: pytest.CaptureFixture[str], demo_path: Path, postgres_empty_url: str) -> None:
    code, out, _ = run(capsys, "info", "--book", str(demo_path), "--json")
    here = json.loads(out)["counts"]
    code, out, err = run(capsys, "migrate-book", "--from", str(demo_path), "--to", postgres_empty_url, "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["counts"]["customers"] == here["customers"] == 120
    assert moved["counts"]["calls"] == here["calls"] > 1000
    code, out, _ = run(capsys, "--db", postgres_empty_url, "info", "--json")
    there = json.loads(out)
    assert there["counts"] == here and there["shared"] is True
    assert there["book"].startswith("postgresql://") and there["book"].endswith(postgres_empty_url.rsplit("/", 1)[1])


def test_a_second_move_into_the_same_database_is_refused_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], demo_path: Path, postgres_demo_url: str) -> None:
    engine = create_engine(postgres_demo_url)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM calls")).scalar_one()
    code, out, err = run(capsys, "migrate-book", "--from", str(demo_path), "--to", postgres_demo_url)
    assert code == 1 and out == ""
    assert err.startswith("telesales: error: the target already holds a book (") and err.count("\n") == 1
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM calls")).scalar_one() == before
    engine.dispose()


def test_new_rows_on_the_server_take_ids_after_the_moved_ones(postgres_demo_url: str) -> None:
    engine = create_engine(postgres_demo_url)
    with engine.begin() as connection:
        highest = connection.execute(text("SELECT max(id) FROM customers")).scalar_one()
        made = connection.execute(text(
            "INSERT INTO customers (kind, name, industry, scale, phone, email, wechat, address, province, city, "
            "district, region, owner, tier, tier_pin_reason, do_not_call, marked_other, keeps_christmas, "
            "payment_terms, competitors, preferences, notes, created_at) VALUES ('company', 'New', '', '', '', '', "
            "'', '', '', '', '', 'CN', '', 'suspect', '', false, false, false, '', '', '', '', now()) RETURNING id"
        )).scalar_one()
    engine.dispose()
    assert made == highest + 1


def test_an_empty_database_is_not_opened_as_a_book(capsys: pytest.CaptureFixture[str],
                                                    postgres_empty_url: str) -> None:
    code, out, err = run(capsys, "--db", postgres_empty_url, "info")
    assert code == 1 and out == ""
    assert "there is no book at postgresql://" in err and err.count("\n") == 1


def test_a_server_that_does_not_answer_is_one_line_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql://nobody@127.0.0.1:9/nowhere?connect_timeout=2", "calllist")
    assert code == 1
    assert err.startswith("telesales: error: the shared book postgresql://nobody@127.0.0.1:9/nowhere")
    assert err.count("\n") == 1


def test_db_takes_only_a_server_url(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(demo_path), "info")
    assert code == 1 and "--db takes a postgresql:// URL" in err


def test_the_call_list_is_the_same_on_the_server_as_in_the_file(
        capsys: pytest.CaptureFixture[str], demo_path: Path, postgres_demo_url: str) -> None:
    lists = []
    for location in (str(demo_path), postgres_demo_url):
        code, out, err = run(capsys, "calllist", "--book", location, "--date", "2026-11-22", "--json")
        assert code == 0, err
        lists.append(json.loads(out))
    in_file, on_server = lists
    assert len(in_file["calls"]) >= 10
    assert on_server["calls"] == in_file["calls"]
    assert on_server["left_out"] == in_file["left_out"]


@pytest.mark.parametrize("purpose", ["unused"])
def test_the_fixture_databases_are_dropped_after_use(purpose: str) -> None:
    with database(purpose=purpose) as url:
        name = url.rsplit("/", 1)[1]
    from tests.postgres import admin_url, as_text

    engine = create_engine(as_text(admin_url()))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": name}
                                  ).scalar_one() == 0
    engine.dispose()
