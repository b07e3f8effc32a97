"""Finding anyone in a real book: pinyin, initials, Traditional characters, typos, phones, places; the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from telesales.app import open_session
from telesales.domain.listing import ListQuery, SortKey, TagChoice
from telesales.domain.model import Tier
from telesales.services.book_session import BookSession
from tests.locations import Location, follow_ids, open_location

NOW = datetime(2026, 11, 1, tzinfo=UTC)
CUSTOMERS = [
    # id, name, kind, phone, province, city, district, tier, stage, intent
    (1, "张三", "person", "+8613812345678", "江苏省", "南京市", "玄武区", "big", "growth", "A"),
    (2, "章子怡", "person", "+8613900001111", "北京市", "北京市", "朝阳区", "small", "stable", "B"),
    (3, "深圳市华强电子有限公司", "company", "+8675512345678", "广东省", "深圳市", "福田区", "super", "stable", None),
    (4, "張偉", "person", "+886912345678", "臺灣", "臺北市", "大安區", "medium", None, "C"),
    (5, "单田芳", "person", "", "江苏省", "南京市", "鼓楼区", "prospect", None, None),
    (6, "Acme Widgets Inc.", "company", "+14155550100", "", "San Francisco", "", "small", "decline", "D"),
]
TAGS = {1: "VIP,展会客户", 2: "VIP", 3: "vip", 4: "VIP2,100%_off"}
CONTACTS = [(11, 3, "李四", "+8613700002222"), (12, 6, "Jane Doe", "+14155550101")]


def _fill(location: Location) -> None:
    from telesales.store.repositories import BulkWriter
    from telesales.store.search_index import rebuild

    book = open_location(location)
    rows = [dict(id=i, name=n, kind=k, phone=p, province=pr, city=c, district=d, tier=t, stage=s, last_intent=it,
                 tags=TAGS.get(i, ""), created_at=NOW) for i, n, k, p, pr, c, d, t, s, it in CUSTOMERS]
    contacts = [dict(id=i, customer_id=c, name=n, phone=p) for i, c, n, p in CONTACTS]
    BulkWriter(book.engine).insert_many([("customers", rows), ("contacts", contacts)])
    rebuild(book.engine)
    with book.engine.begin() as connection:
        follow_ids(connection)
    book.close()


@pytest.fixture
def session(book_location: Location) -> Iterator[BookSession]:
    _fill(book_location)
    opened = open_session(book_location)
    yield opened
    opened.close()


def names(session: BookSession, text: str) -> list[str]:
    return [f.contact_name or f.customer_name for f in session.find(text)]


@pytest.mark.parametrize("typed", ["zhang", "zs", "zhangsan", "张三", "張三", "ZhangSan", "zhang san"])
def test_zhang_san_is_found_by_pinyin_initials_and_either_script(session: BookSession, typed: str) -> None:
    assert "张三" in names(session, typed)


def test_the_closest_match_comes_first(session: BookSession) -> None:
    assert names(session, "zhangsan")[0] == "张三"
    assert names(session, "zs")[0] == "张三"
    assert set(names(session, "zhang")[:3]) == {"张三", "章子怡", "張偉"}


def test_traditional_names_are_found_by_pinyin_and_simplified_text(session: BookSession) -> None:
    assert names(session, "zhangwei")[0] == "張偉"
    assert names(session, "张伟")[0] == "張偉"


def test_surnames_with_several_readings(session: BookSession) -> None:
    assert names(session, "shantianfang") == ["单田芳"]
    assert names(session, "stf") == ["单田芳"]


def test_small_typos_are_forgiven_and_ranked_after_real_matches(session: BookSession) -> None:
    found = session.find("zhangsna")
    assert found and found[0].customer_name == "张三" and found[0].fuzzy
    assert names(session, "zhangwi")[0] == "張偉"
    assert names(session, "acme widgts")[0] == "Acme Widgets Inc."


def test_any_part_of_a_company_name_phone_digits_and_places(session: BookSession) -> None:
    assert names(session, "华强") == ["深圳市华强电子有限公司"]
    assert names(session, "huaqiang") == ["深圳市华强电子有限公司"]
    assert set(names(session, "5678")) == {"张三", "深圳市华强电子有限公司", "張偉"}
    assert names(session, "138123") == ["张三"]
    assert names(session, "0912") == ["張偉"]
    assert "李四" in names(session, "lisi")
    assert names(session, "jane")[0] == "Jane Doe"
    assert set(names(session, "南京")) == {"张三", "单田芳"}


def test_a_contact_hit_names_its_customer(session: BookSession) -> None:
    hit = session.find("李四")[0]
    assert (hit.customer_name, hit.contact_name, hit.customer_id, hit.contact_id) == (
        "深圳市华强电子有限公司", "李四", 3, 11)


def test_the_list_filters_and_sorts_in_the_book(session: BookSession) -> None:
    def listed(query: ListQuery, text: str = "") -> list[int]:
        listing = session.customer_listing(query, text)
        return [row.id for row in listing.page(0, 100)]

    assert listed(ListQuery(sort=SortKey.TIER)) == [3, 1, 4, 6, 2, 5]  # ties by name
    assert listed(ListQuery(sort=SortKey.TIER, descending=True)) == [5, 2, 6, 4, 1, 3]
    assert listed(ListQuery(tiers=frozenset({Tier.SMALL, Tier.BIG}), sort=SortKey.NAME)) == [6, 1, 2]
    assert listed(ListQuery(city="南京市")) == [5, 1]
    assert listed(ListQuery(stages=frozenset({"stable"}))) == [3, 2]
    assert listed(ListQuery(intents=frozenset({"A", ""}))) == [5, 1, 3]
    assert listed(ListQuery(), "zhang") == [1, 4, 2]  # best first
    assert listed(ListQuery(sort=SortKey.NAME), "zhang") == [1, 4, 2]
    assert listed(ListQuery(tiers=frozenset({Tier.SMALL})), "zhang") == [2]
    assert listed(ListQuery(sort=SortKey.PHONE)) == [5, 6, 1, 2, 3, 4]
    assert [area.district for area in session.listing.areas() if area.city == "南京市"] == ["玄武区", "鼓楼区"]


def test_the_list_filters_by_tag_whole_and_without_case(session: BookSession) -> None:
    def tagged(*tags: str, text: str = "") -> list[int]:
        listing = session.customer_listing(ListQuery(tags=frozenset(tags), sort=SortKey.NAME), text)
        return [row.id for row in listing.page(0, 100)]

    assert tagged("VIP") == [1, 3, 2]  # vip is the same tag; VIP2 is another
    assert tagged("vip2") == [4]
    assert tagged("100%_off") == [4] and tagged("100%") == [] and tagged("1_0%_off") == []  # no wildcards
    assert tagged("展会客户", "VIP2") == [1, 4]  # any of the chosen
    assert tagged("") == [6, 5]  # untagged
    assert tagged("VIP", text="zhang") == [1, 2]
    by_tags = session.customer_listing(ListQuery(sort=SortKey.TAGS)).page(0, 100)
    assert [row.id for row in by_tags][:2] == [6, 5]  # the untagged first going up, by name
    assert session.customer_listing(ListQuery(), "zhang").page(0, 1)[0].tags == ("VIP", "展会客户")
    assert session.listing is not None
    assert session.listing.tags() == [TagChoice("VIP", 3), TagChoice("100%_off", 1), TagChoice("VIP2", 1),
                                      TagChoice("展会客户", 1)]
