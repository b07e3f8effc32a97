"""`telesales visits`, `area` and `places` as scripts use them: JSON fields, exit codes, one-line errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from telesales.cli import main
from tests.locations import Location
from tests.visits_book import MONDAY, SHANGHAI, build_visits_book, plan_monday


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def visits_book(book_location: Location) -> Location:
    session = build_visits_book(book_location, **{"visits.per_day": 6})
    plan_monday(session, (1, 2, 3, 4, 5, 7, 8))
    session.plan_visit(6, MONDAY, at=datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI))
    session.close()
    return book_location


def test_visits_json(capsys: pytest.CaptureFixture[str], visits_book: Location) -> None:
    code, out, err = run(capsys, "visits", "--book", str(visits_book), "--date", "2026-11-23", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["date"] == "2026-11-23" and payload["order"] == "route"
    assert {"areas", "left_over", "total_km", "list_order_km", "start", "capacity"} <= payload.keys()
    areas = payload["areas"]
    assert [a["area"]["district"] for a in areas] and all(
        set(a["area"]) == {"province", "city", "district"} for a in areas)
    visits = [v for a in areas for v in a["visits"]]
    assert len(visits) == 6
    assert all({"customer_id", "start", "end", "name", "address", "leg_km"} <= v.keys() for v in visits)
    starts = [v["start"] for v in visits]
    assert starts == sorted(starts) and starts[0].startswith("2026-11-23T13:")
    assert starts[0].endswith("+08:00")
    fixed = [v for v in visits if v["fixed"]]
    assert [(v["customer_id"], v["start"]) for v in fixed] == [(6, "2026-11-23T15:00+08:00")]
    assert [(item["customer_id"], item["reason"], item["suggested_day"]) for item in payload["left_over"]] == [
        (7, "over_visit_count", "2026-11-24"), (8, "over_visit_count", "2026-11-24")]
    assert payload["total_km"] <= payload["list_order_km"]


def test_visits_in_words_and_for_a_week(capsys: pytest.CaptureFixture[str], visits_book: Location) -> None:
    code, out, _ = run(capsys, "visits", "--book", str(visits_book), "--date", "2026-11-23")
    assert code == 0 and "南山区" in out and "left over: 宝安五金" in out
    code, out, _ = run(capsys, "visits", "--book", str(visits_book), "--date", "2026-11-23", "--week", "--json")
    payload = json.loads(out)
    assert code == 0 and [d["date"] for d in payload["days"]] == [
        "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]


def test_area_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "area", "朝阳区建国路88号", "--json")
    assert code == 0
    payload = json.loads(out)
    assert (payload["province"], payload["city"], payload["district"]) == ("北京市", "北京市", "朝阳区")
    assert payload["approximate"] is True and payload["guessed"] == ["province", "city"]
    assert abs(payload["latitude"] - 39.92) < 0.05 and abs(payload["longitude"] - 116.44) < 0.05
    code, out, _ = run(capsys, "area", "浙江杭州", "--json")
    assert json.loads(out)["missing"] == ["district"]


def test_area_with_a_book_uses_the_reps_home_city(capsys: pytest.CaptureFixture[str], book_location: Location) -> None:
    session = build_visits_book(book_location, **{"visits.start_address": "吉林省长春市南关区人民大街1号"})
    session.close()
    code, out, _ = run(capsys, "area", "朝阳区人民大街1号", "--book", str(book_location), "--json")
    assert code == 0 and json.loads(out)["city"] == "长春市"


def test_places_fills_the_book(capsys: pytest.CaptureFixture[str], book_location: Location) -> None:
    build_visits_book(book_location).close()
    code, out, _ = run(capsys, "places", "--book", str(book_location), "--json")
    assert code == 0 and json.loads(out)["filled"] == 9


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["visits", "--book", "{book}", "--date", "tomorrow"], "is not a date"),
        (["visits", "--book", "{missing}", "--date", "2026-11-23"], "there is no book at"),
        (["places", "--book", "{missing}"], "there is no book at"),
        (["area"], "the following arguments are required"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], book_location: Location, tmp_path: Path,
                                          argv: list[str], message: str) -> None:
    argv = [a.format(book=book_location, missing=tmp_path / "missing.sqlite") for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
