"""`telesales calllist` and `telesales log-call` as scripts use them: JSON fields, reasons that add up, errors."""

from __future__ import annotations

import json

import pytest

from telesales.cli import main
from tests.calls_book import (
    BIG_QUIET_DEMAND,
    CLEAR_INTENT,
    DO_NOT_CALL,
    OVERDUE,
    POTENTIAL_BIG,
    REACHED_TODAY,
    SMALL_PLAIN,
    build_calls_book,
)
from tests.locations import Location


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def calls_book(book_location: Location) -> Location:
    build_calls_book(book_location).close()
    return book_location


def test_calllist_json_ranks_with_reasons_that_add_up(capsys: pytest.CaptureFixture[str], calls_book: Location) -> None:
    code, out, _ = run(capsys, "calllist", "--book", str(calls_book), "--date", "2026-11-22", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["date"] == "2026-11-22"
    assert payload["as_of"] == "2026-11-22T09:00:00+08:00"  # 09:00 in the rep's zone (rep.time_zone)
    calls = payload["calls"]
    assert [c["customer_id"] for c in calls] == [POTENTIAL_BIG, CLEAR_INTENT, OVERDUE, BIG_QUIET_DEMAND, SMALL_PLAIN]
    assert [c["rank"] for c in calls] == [1, 2, 3, 4, 5]
    for item in calls:
        assert {"rank", "customer_id", "name", "score", "reasons", "phone", "must_call"} <= item.keys()
        assert round(sum(reason["points"] for reason in item["reasons"]), 2) == item["score"]
        assert all(set(reason) == {"code", "points"} for reason in item["reasons"])
    assert calls[0]["name"] == "潜力贸易有限公司" and calls[0]["phone"] == "138 0000 0001"
    assert "potential_big_customer" in [reason["code"] for reason in calls[0]["reasons"]]
    why = {item["customer_id"]: item["why"] for item in payload["left_out"]}
    assert why[REACHED_TODAY] == "reached_today" and why[DO_NOT_CALL] == "do_not_call"
    assert payload["progress"] == {"called": 2, "reached": 1, "left": 5}


def test_calllist_with_limit_1_keeps_the_overdue_follow_up(capsys: pytest.CaptureFixture[str],
                                                             calls_book: Location) -> None:
    code, out, _ = run(capsys, "calllist", "--book", str(calls_book), "--date", "2026-11-22", "--limit", "1",
                       "--json")
    assert code == 0
    payload = json.loads(out)
    assert [(c["customer_id"], c["must_call"]) for c in payload["calls"]] == [(POTENTIAL_BIG, False), (OVERDUE, True)]
    assert payload["more"] == 3


def test_calllist_in_words(capsys: pytest.CaptureFixture[str], calls_book: Location) -> None:
    code, out, _ = run(capsys, "calllist", "--book", str(calls_book), "--date", "2026-11-22")
    assert code == 0
    assert out.startswith("call list for 2026-11-22: 5 to call, 5 left out")
    assert "follow_up_overdue" in out and "(must call)" in out


def test_log_call_json_says_what_it_created(capsys: pytest.CaptureFixture[str], calls_book: Location) -> None:
    code, out, _ = run(capsys, "log-call", "--book", str(calls_book), "--customer", str(SMALL_PLAIN),
                       "--outcome", "connected", "--intent", "A", "--need", "复印纸", "--expected", "1234.50",
                       "--next-step", "寄报价", "--next-step-on", "2099-01-05", "--visit-possible",
                       "--visit-when", "2099-01-06T10:00", "--materials", "价目表", "--notes", "老板在", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["customer_id"] == SMALL_PLAIN and payload["expected_value_cents"] == 123_450
    kinds = [item["kind"] for item in payload["created"]]
    assert kinds == ["follow_up", "visit_proposal", "materials", "intent_move"]
    assert payload["created"][1]["when"] == "2099-01-06T02:00:00+00:00"  # 10:00 in Shanghai
    assert payload["created"][3] == {"kind": "intent_move", "from": "C", "to": "A", "direction": "up", "steps": 2}
    assert len(payload["reminder_ids"]) == 2 and payload["visit_id"] is not None
    code, out, _ = run(capsys, "log-call", "--book", str(calls_book), "--customer", str(SMALL_PLAIN),
                       "--outcome", "refused", "--json")
    payload = json.loads(out)
    assert payload["suggest_do_not_call"] and not payload["do_not_call"]
    assert payload["repeat_warning"]["why"] == "reached_today"


@pytest.mark.parametrize(("argv", "message"), [
    (["--customer", "9", "--outcome", "connected", "--expected", "12.345"], "more than two decimals"),
    (["--customer", "9", "--outcome", "connected", "--expected", "lots"], "is not an amount"),
    (["--customer", "999", "--outcome", "connected"], "no customer 999"),
    (["--customer", "9", "--outcome", "busy", "--do-not-call"], "--do-not-call goes with --outcome refused"),
    (["--customer", "9", "--outcome", "shouted"], "invalid choice"),
    (["--customer", "9", "--outcome", "connected", "--next-step-on", "soon"], "is not a date"),
])
def test_log_call_bad_input_exits_1_with_one_line(capsys: pytest.CaptureFixture[str], calls_book: Location,
                                                  argv: list[str], message: str) -> None:
    code, _, err = run(capsys, "log-call", "--book", str(calls_book), *argv)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
