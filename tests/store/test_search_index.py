"""The search index kept in the book: filled when an older book is opened, kept in step with every save (in a
book file and in a shared book on a server)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from telesales.app import open_session
from telesales.domain.model import BuyingRole, Contact
from telesales.store.book import create_book
from tests.locations import Location, follow_ids, open_location


def _fill(engine: Engine) -> None:
    from telesales.store.repositories import BulkWriter

    now = datetime(2026, 1, 1, tzinfo=UTC)
    BulkWriter(engine).insert_many([
        ("customers", [dict(id=1, name="单田芳书场", phone="+8613812345678", city="南京市", created_at=now)]),
        ("contacts", [dict(id=7, customer_id=1, name="曾小贤", phone="+8613900001111")]),
    ])


def test_a_book_from_before_the_index_is_indexed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    create_book(path, revision="0003", fill=_fill).close()
    session = open_session(path)  # upgraded (with a backup) and indexed
    try:
        assert session.upgraded_from == "0003"
        assert [hit.customer_name for hit in session.find("shantianfang")] == ["单田芳书场"]
        assert [hit.contact_name for hit in session.find("zxx")] == ["曾小贤"]
        assert [hit.contact_name for hit in session.find("cengxiaoxian")] == ["曾小贤"]  # 曾's other reading
    finally:
        session.close()


def test_saves_keep_the_index_in_step(book_location: Location) -> None:
    book = open_location(book_location)
    _fill(book.engine)
    with book.engine.begin() as connection:
        follow_ids(connection)
    book.close()
    session = open_session(book_location)  # customers without keys: indexed on opening
    try:
        profiles = session.profiles
        assert profiles is not None
        profiles.set_customer(1, {"name": "华强电子", "city": "深圳市", "phone": "13700002222"})
        assert session.find("单田芳") == [] and session.find("南京") == [] and session.find("13812") == []
        assert [hit.customer_name for hit in session.find("huaqiang")] == ["华强电子"]
        assert [hit.customer_name for hit in session.find("深圳")] == ["华强电子"]
        assert session.find("2222")[0].customer_id == 1
        contact = Contact(id=7, customer_id=1, name="曾小贤", title="经理", phone="+8613900001111",
                          roles=frozenset({BuyingRole.DECIDER}))
        profiles.save_contact(Contact(id=7, customer_id=1, name="胡一菲", phone="+8613900001111"))
        assert session.find("zengxiaoxian") == [] and session.find("huyifei")[0].contact_id == 7
        profiles.save_contact(contact)
        assert session.find("huyifei") == [] and session.find("zengxiaoxian")[0].contact_id == 7
        profiles.delete_contact(7)
        assert session.find("zengxiaoxian") == [] and session.find("1111") == []
        new = profiles.save_contact(Contact(id=0, customer_id=1, name="吕子乔", phone=""))
        assert session.find("lvziqiao")[0].contact_id == new
    finally:
        session.close()


def test_many_rows_go_in_several_to_a_statement_in_the_order_given() -> None:
    import sqlite3

    from telesales.store.engine import SQLITE_MAX_PARAMETERS, SQLITE_WIDE_ROW, insert_many

    connection = sqlite3.connect(":memory:")
    for width in (1, 4, SQLITE_WIDE_ROW + 1):
        columns = ", ".join(f"c{n}" for n in range(width))
        connection.execute(f"CREATE TABLE t{width} ({columns})")
        per = SQLITE_MAX_PARAMETERS // width
        for count in (0, 1, per, per + 1, 3 * per + 7):
            connection.execute(f"DELETE FROM t{width}")
            rows = [tuple(f"{row}.{column}" if column % 2 else row for column in range(width)) for row in range(count)]
            insert_many(connection.cursor(), f"INSERT INTO t{width} ({columns})", width, rows)
            assert connection.execute(f"SELECT * FROM t{width} ORDER BY rowid").fetchall() == rows
