"""`telesales customers`, `tags` and `tag` as scripts use them: the list's filters and order, tags added and
removed, the JSON fields, one-line errors that change nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.cli.test_cli import run
from tests.locations import Location

CUSTOMER_FIELDS = {"id", "name", "tier", "pinned", "province", "city", "district", "phone", "industry", "stage",
                   "intent", "last_call_at", "churn_signals", "tags", "owner"}


def call(capsys: pytest.CaptureFixture[str], book: Location, *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--book", str(book), "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_list_filters_and_sorts_as_the_screen_does(capsys: pytest.CaptureFixture[str],
                                                       demo_location: Location) -> None:
    everyone = call(capsys, demo_location, "customers", "--limit", "0")
    assert everyone["total"] == everyone["shown"] == 120
    assert all(set(row) == CUSTOMER_FIELDS for row in everyone["customers"])
    small = call(capsys, demo_location, "customers", "--tier", "small", "--sort", "name", "--desc")
    names = [row["name"] for row in small["customers"]]
    assert small["total"] == sum(row["tier"] == "small" for row in everyone["customers"]) > 0
    assert {row["tier"] for row in small["customers"]} == {"small"} and names == sorted(names, reverse=True)
    first = call(capsys, demo_location, "customers", "--limit", "3")
    assert first["shown"] == 3 and first["total"] == 120
    city = everyone["customers"][0]["city"]
    in_city = call(capsys, demo_location, "customers", "--city", city, "--limit", "0")
    assert {row["city"] for row in in_city["customers"]} == {city}


def test_tags_added_listed_filtered_and_removed(capsys: pytest.CaptureFixture[str], demo_location: Location) -> None:
    tagged = call(capsys, demo_location, "tag", "1", "2", "--add", "展会客户, 2026春季展", "--add", "VIP")
    assert [row["id"] for row in tagged["customers"]] == [1, 2]
    assert all({"展会客户", "2026春季展", "VIP"} <= set(row["tags"]) for row in tagged["customers"])
    shown = call(capsys, demo_location, "customers", "--tag", "2026春季展", "--sort", "name")
    assert sorted(row["id"] for row in shown["customers"]) == [1, 2]
    assert [row["name"] for row in shown["customers"]] == sorted(row["name"] for row in shown["customers"])
    counts = {row["tag"]: row["customers"] for row in call(capsys, demo_location, "tags")["tags"]}
    assert counts["2026春季展"] == 2 and counts["VIP"] >= 2
    removed = call(capsys, demo_location, "tag", "2", "--remove", "2026春季展")
    assert "2026春季展" not in removed["customers"][0]["tags"]
    assert [row["id"] for row in call(capsys, demo_location, "customers", "--tag", "2026春季展")["customers"]] == [1]
    untagged = call(capsys, demo_location, "customers", "--untagged", "--limit", "0")
    assert untagged["total"] > 0 and all(row["tags"] == [] for row in untagged["customers"])


def test_a_wrong_customer_or_a_long_tag_is_one_line_and_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                                        demo_location: Location) -> None:
    before = call(capsys, demo_location, "customers", "--limit", "0")
    code, out, err = run(capsys, "tag", "1", "99999", "--add", "新标签", "--book", str(demo_location))
    assert code == 1 and out == "" and err.strip().endswith("no such customer in the book: 99999")
    assert len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "tag", "1", "--add", "长" * 31, "--book", str(demo_location))
    assert code == 1 and "at most 30 characters" in err
    code, _out, err = run(capsys, "tag", "1", "--book", str(demo_location))
    assert code == 1 and "--add or --remove" in err
    assert call(capsys, demo_location, "customers", "--limit", "0") == before
