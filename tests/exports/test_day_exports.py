"""A day's plan in every format, read back by an independent reader and matched against the book: the PDF's text
by pypdf, the XLSX by openpyxl, the CSV by the csv module, the ICS by icalendar. Chinese survives each."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from telesales.domain.field_plan import FieldPlan
from telesales.exports.day_document import CardLine, Column, DayDocument, Event, Kind, Table
from telesales.exports.day_files import csv_zip_bytes, ics_bytes, sheet_names, xlsx_bytes
from telesales.exports.day_pdf import pdf_bytes
from telesales.store.book import open_book
from telesales.store.models import CustomerRow
from telesales.ui.day_plan_words import day_document, speaking
from tests.closing_book import DAY, KEEN, NEXT, SHANGHAI, closing_book


def customers_in(path: Path, city: str, same: bool) -> list[int]:
    book = open_book(path)
    try:
        with book.engine.connect() as connection:
            where = CustomerRow.city == city if same else CustomerRow.province != "浙江省"
            return list(connection.execute(select(CustomerRow.id).where(where).order_by(CustomerRow.id)).scalars())
    finally:
        book.close()


@pytest.fixture
def plan(qapp: QApplication, demo_path: Path) -> Iterator[FieldPlan]:
    """The next working day after closing: booked calls, three visits in Hangzhou (one an appointment, one with
    material to bring) starting from an office there, and one far away that does not fit."""
    session = closing_book(demo_path)
    try:
        assert session.closing is not None and session.field_plans is not None
        session.save_settings({"visits.start_address": "浙江省杭州市西湖区文三路90号"})
        session.closing.close(DAY, "zh_CN")  # books the key customers' calls, asks KEEN about material
        local = customers_in(demo_path, "杭州市", True)[:3]
        session.plan_visit(local[0], NEXT, purpose="送合同")
        session.plan_visit(local[1], NEXT, at=datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI), purpose="签约")
        session.plan_visit(KEEN, NEXT, purpose="介绍新品")
        session.plan_visit(customers_in(demo_path, "杭州市", False)[0], NEXT, purpose="回访")
        yield session.field_plans.plan(NEXT)
    finally:
        session.close()


def chinese(plan: FieldPlan, language: str = "zh_CN") -> DayDocument:
    with speaking(language):
        return day_document(plan, language)


def test_the_plan_holds_the_ranked_calls_the_routed_visits_and_the_days_reminders(plan: FieldPlan) -> None:
    assert plan.day == NEXT and plan.zone_key == "Asia/Shanghai"
    assert [c.call.rank for c in plan.calls] == list(range(1, len(plan.calls) + 1))
    assert all(c.call.reasons for c in plan.calls) and all(c.phone for c in plan.calls)
    assert plan.routed and all(v.starts_at is not None and v.starts_at.tzinfo is not None for v in plan.routed)
    assert len(plan.routed) >= 3 and len(plan.visits) > len(plan.routed)  # the far one is left over
    assert any(v.contact is not None for v in plan.visits) and all(v.address for v in plan.visits)
    assert any(v.fixed for v in plan.routed)
    keen = next(v for v in plan.visits if v.customer_id == KEEN)
    assert "产品目录" in keen.bring  # asked for on today's call, not yet sent
    assert any(item.at is not None for item in plan.reminders)  # the calls booked when closing the day


def test_the_pdf_reads_back_in_chinese_with_every_customer_and_phone(plan: FieldPlan) -> None:
    document = chinese(plan)
    data = pdf_bytes(document)
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages).replace("\t", " ")
    flat = text.replace("\n", "").replace(" ", "")
    assert "的计划" in text and "通话" in text and "拜访" in text and "提醒" in text
    assert "\u2f47" not in text and "日" in text  # 日 is itself, not the look-alike radical
    for item in plan.calls:
        assert item.call.name.replace(" ", "") in flat
        assert item.phone.replace(" ", "") in flat
    for visit in plan.visits:
        assert visit.name.replace(" ", "") in flat and visit.address.replace(" ", "") in flat
    for reminder in plan.reminders:
        assert reminder.customer_name.replace(" ", "") in flat
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert abs(float(width) - 419.5) < 2 and abs(float(height) - 595.3) < 2  # A5 portrait, in points


def test_the_xlsx_has_a_typed_sheet_each_with_a_frozen_header(plan: FieldPlan) -> None:
    document = chinese(plan)
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(document)))
    assert workbook.sheetnames == ["通话", "拜访", "提醒"]
    calls = workbook["通话"]
    assert calls.freeze_panes == "A2"
    header = [cell.value for cell in calls[1]]
    assert header[:4] == ["序号", "客户", "电话", "原因"]
    rows = list(calls.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(plan.calls)
    for row, item in zip(rows, plan.calls, strict=True):
        assert row[0] == item.call.rank and isinstance(row[0], int)
        assert row[1] == item.call.name and row[2] == item.phone and isinstance(row[2], str)
        assert isinstance(row[5], int | float) and abs(row[5] - item.call.score) < 0.01
        assert row[8] == item.call.customer_id
    visits = workbook["拜访"]
    assert visits.freeze_panes == "A2"
    visit_rows = list(visits.iter_rows(min_row=2, values_only=True))
    assert [r[5] for r in visit_rows] == [v.name for v in plan.visits]
    for row, visit in zip(visit_rows, plan.visits, strict=True):
        assert row[6] == visit.address
        if visit.starts_at is not None:
            assert isinstance(row[2], datetime)
            assert row[2] == visit.starts_at.astimezone(SHANGHAI).replace(tzinfo=None)
    reminders = list(workbook["提醒"].iter_rows(min_row=2, values_only=True))
    assert [r[6] for r in reminders] == [item.id for item in plan.reminders]
    assert any(r[1] == "跟进电话" for r in reminders)


def test_the_csv_is_a_zip_of_three_utf8_files_with_bom(plan: FieldPlan) -> None:
    document = chinese(plan)
    archive = zipfile.ZipFile(io.BytesIO(csv_zip_bytes(document)))
    assert archive.namelist() == ["calls.csv", "visits.csv", "reminders.csv"]
    raw = archive.read("calls.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["序号", "客户", "电话"]
    assert [(int(r[0]), r[1], r[2]) for r in rows[1:]] == [(c.call.rank, c.call.name, c.phone) for c in plan.calls]
    visits = list(csv.reader(io.StringIO(archive.read("visits.csv").decode("utf-8-sig"))))
    assert [r[5] for r in visits[1:]] == [v.name for v in plan.visits]
    first = next(v for v in plan.visits if v.starts_at is not None)
    assert f"{first.starts_at:%Y-%m-%d %H:%M}" in [r[2] for r in visits[1:]]
    reminders = list(csv.reader(io.StringIO(archive.read("reminders.csv").decode("utf-8-sig"))))
    assert [int(r[6]) for r in reminders[1:]] == [item.id for item in plan.reminders]
    assert csv_zip_bytes(document) == csv_zip_bytes(document)  # the same plan, the same bytes


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_ics_has_visits_and_follow_ups_in_the_reps_zone_with_stable_uids(plan: FieldPlan) -> None:
    document = chinese(plan)
    data = ics_bytes(document)
    calendar = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    found = events(data)
    for visit in plan.routed:
        event = found[f"telesales-visit-{visit.visit_id}@telesales"]
        start = event["DTSTART"].dt  # type: ignore[index]
        assert start == visit.starts_at and str(start.tzinfo) == "Asia/Shanghai"
        assert str(event["LOCATION"]) == visit.address  # type: ignore[index]
        assert visit.name in str(event["SUMMARY"])  # type: ignore[index]
    follow_ups = [item for item in plan.reminders if item.kind.value == "follow_up"]
    assert follow_ups
    for item in follow_ups:
        event = found[f"telesales-reminder-{item.id}@telesales"]
        assert str(event["SUMMARY"]).startswith("致电")  # type: ignore[index]
        start = event["DTSTART"].dt  # type: ignore[index]
        assert start == (item.at if item.at is not None else item.due)
    assert len(found) == len(plan.routed) + len(follow_ups)


def test_exporting_the_day_again_keeps_every_uid(plan: FieldPlan, demo_path: Path) -> None:
    first = set(events(ics_bytes(chinese(plan))))
    second = set(events(ics_bytes(chinese(plan, "zh_TW"))))
    assert first == second and first


def small_document() -> DayDocument:
    columns = (Column("name", "名称"), Column("count", "数量", Kind.INTEGER), Column("amount", "金额", Kind.MONEY),
               Column("on", "日期", Kind.DATE), Column("at", "时间", Kind.TIME))
    moment = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
    rows = (("=HYPERLINK(\"http://x\")", 1, 123456, date(2026, 11, 23), moment),
            ("+86 138", 2, 5, None, None), ("-负数", 3, 0, None, None), ("@提及", 4, 100, None, None),
            ("正常 日本", 5, 99, None, None))
    table = Table("things", "东西[1]:*?/\\", "东西", columns, rows, card=(CardLine(("name",)),))
    other = Table("others", "东西[1]:*?/\\", "东西", columns, rows, card=(CardLine(("name",)),))
    return DayDocument(date(2026, 11, 23), "zh_CN", "标题", "副标题", moment, "Asia/Shanghai", (table, other),
                       (Event("a@telesales", "全天", date(2026, 11, 23)),))


def test_cells_starting_with_a_formula_sign_are_escaped_and_types_kept() -> None:
    document = small_document()
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(document)))
    sheet = workbook[workbook.sheetnames[0]]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["'=HYPERLINK(\"http://x\")", "'+86 138", "'-负数", "'@提及", "正常 日本"]
    first = next(sheet.iter_rows(min_row=2, values_only=True))
    assert first[1] == 1 and first[2] == 1234.56 and first[3] == datetime(2026, 11, 23)
    assert first[4] == datetime(2026, 11, 23, 9, 30)
    assert sheet.cell(row=2, column=3).number_format == "#,##0.00"
    rows = list(csv.reader(io.StringIO(zipfile.ZipFile(io.BytesIO(csv_zip_bytes(document)))
                                       .read("things.csv").decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == names
    assert rows[1][1:] == ["1", "1234.56", "2026-11-23", "2026-11-23 09:30"]


def test_sheet_names_follow_excels_rules() -> None:
    document = small_document()
    assert sheet_names(document.tables) == ["东西 1", "东西 1 (2)"]
    long = Table("x", "长" * 40, "", (), ())
    assert [len(name) for name in sheet_names((long, long))] == [31, 31]


def test_an_all_day_event_and_a_pdf_of_a_tiny_document(qapp: QApplication) -> None:
    document = small_document()
    event = next(iter(events(ics_bytes(document)).values()))
    assert event["DTSTART"].dt == date(2026, 11, 23)  # type: ignore[index]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes(document))).pages)
    assert "正常" in text and "日本" in text and "\u2f47" not in text
