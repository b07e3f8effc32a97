"""A day's plan written as XLSX, CSV and ICS (the PDF and the printout are in `day_pdf`).

* **XLSX** (xlsxwriter): one sheet per table, the header row frozen and filtered; numbers, money, dates and
  times as typed cells (times as the rep's wall-clock date and time); every text cell written as text.
* **CSV**: a zip of one CSV per table (`calls.csv`, `visits.csv`, `reminders.csv`) — the tables have different
  columns, so one file would not open as a table. UTF-8 with BOM, so Excel opens Chinese correctly; dates ISO,
  times `YYYY-MM-DD HH:MM` (wall clock), money in units with two decimals.
* **ICS** (icalendar): the visits and follow-ups as events in the rep's time zone (its VTIMEZONE included; UTC when
  the computer's zone has no name), with location and description. UIDs come from the book's ids, so importing the
  same day again updates the events instead of adding them twice.

In XLSX and CSV a text cell starting with = + - @ gets a protective apostrophe (never run as a formula).
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telesales.domain.importing import escape
from telesales.exports.day_document import Cell, DayDocument, Kind, Table

_BAD_SHEET_CHARACTERS = str.maketrans({c: " " for c in "[]:*?/\\"})


def _zone(document: DayDocument) -> ZoneInfo | None:
    if not document.zone_key:
        return None
    try:
        return ZoneInfo(document.zone_key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _wall(moment: datetime, document: DayDocument) -> datetime:
    """An aware moment as the rep's naive wall-clock time."""
    zone = _zone(document)
    if moment.tzinfo is None:
        return moment
    return (moment.astimezone(zone) if zone is not None else moment).replace(tzinfo=None)


# ---------------------------------------------------------------------------------------------- XLSX


def sheet_names(tables: tuple[Table, ...]) -> list[str]:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    names: list[str] = []
    for table in tables:
        base = (table.name.translate(_BAD_SHEET_CHARACTERS).strip().strip("'") or table.key)[:31]
        name, number = base, 2
        while name.lower() in (n.lower() for n in names):
            suffix = f" ({number})"
            name, number = base[:31 - len(suffix)] + suffix, number + 1
        names.append(name)
    return names


def xlsx_bytes(document: DayDocument) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                            "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": document.title, "subject": document.subtitle, "author": "telesales",
                             "created": document.generated_at.astimezone(UTC).replace(tzinfo=None)})
    header = workbook.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "valign": "top",
                                  "text_wrap": True})
    formats = {
        Kind.TEXT: workbook.add_format({"valign": "top", "text_wrap": True}),
        Kind.INTEGER: workbook.add_format({"valign": "top", "num_format": "0"}),
        Kind.NUMBER: workbook.add_format({"valign": "top", "num_format": "0.0"}),
        Kind.MONEY: workbook.add_format({"valign": "top", "num_format": "#,##0.00"}),
        Kind.DATE: workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd"}),
        Kind.TIME: workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd hh:mm"}),
    }
    for table, name in zip(document.tables, sheet_names(document.tables), strict=True):
        sheet = workbook.add_worksheet(name)
        for column, spec in enumerate(table.columns):
            sheet.write_string(0, column, spec.title, header)
            sheet.set_column(column, column, spec.width, formats[spec.kind])
        kinds = [spec.kind for spec in table.columns]
        for number, row in enumerate(table.rows, start=1):
            for column, (kind, value) in enumerate(zip(kinds, row, strict=True)):
                if value is None or value == "":
                    continue
                fmt = formats[kind]
                if kind is Kind.TEXT:
                    sheet.write_string(number, column, escape(str(value)), fmt)
                elif kind is Kind.MONEY:
                    sheet.write_number(number, column, int(value) / 100, fmt)  # type: ignore[arg-type]
                elif kind in (Kind.INTEGER, Kind.NUMBER):
                    sheet.write_number(number, column, value, fmt)  # type: ignore[arg-type]
                elif kind is Kind.TIME and isinstance(value, datetime):
                    sheet.write_datetime(number, column, _wall(value, document), fmt)
                elif kind is Kind.DATE and isinstance(value, date):
                    sheet.write_datetime(number, column, datetime.combine(value, datetime.min.time())
                                         if not isinstance(value, datetime) else value, fmt)
                else:
                    sheet.write_string(number, column, escape(str(value)), formats[Kind.TEXT])
        sheet.freeze_panes(1, 0)
        if table.rows:
            sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    workbook.close()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------- CSV


def csv_value(kind: Kind, value: Cell, document: DayDocument) -> str:
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return f"{Decimal(int(value)) / 100:.2f}"  # type: ignore[arg-type]
    if kind is Kind.TIME and isinstance(value, datetime):
        return _wall(value, document).strftime("%Y-%m-%d %H:%M")
    if kind is Kind.DATE and isinstance(value, date):
        return value.isoformat()
    if kind in (Kind.INTEGER, Kind.NUMBER):
        return str(value)
    return escape(str(value))


def csv_bytes(table: Table, document: DayDocument) -> bytes:
    """One table as CSV, UTF-8 with BOM, CRLF line ends (what Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([escape(column.title) for column in table.columns])
    kinds = [column.kind for column in table.columns]
    for row in table.rows:
        writer.writerow([csv_value(kind, value, document) for kind, value in zip(kinds, row, strict=True)])
    return out.getvalue().encode("utf-8-sig")


def csv_zip_bytes(document: DayDocument) -> bytes:
    """Every table as `<key>.csv` in one zip (stamped with the document's time, so the same plan gives the same
    bytes)."""
    stamp = _wall(document.generated_at, document).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in document.tables:
            info = zipfile.ZipInfo(f"{table.key}.csv", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, csv_bytes(table, document))
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------- ICS


def ics_bytes(document: DayDocument) -> bytes:
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    zone = _zone(document)
    calendar = Calendar()
    calendar.add("prodid", "-//telesales//day plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if document.calendar_name:
        calendar.add("x-wr-calname", document.calendar_name)
    if zone is not None:
        calendar.add("x-wr-timezone", document.zone_key)
    stamp = document.generated_at.astimezone(UTC)
    for item in document.events:
        event = CalendarEvent()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        if isinstance(item.start, datetime):
            start = item.start.astimezone(zone) if zone is not None else item.start.astimezone(UTC)
            end = item.end or item.start + timedelta(minutes=15)
            event.add("dtstart", start)
            event.add("dtend", end.astimezone(zone) if zone is not None else end.astimezone(UTC))
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.start + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.category:
            event.add("categories", [item.category])
        calendar.add_component(event)
    if zone is not None:
        calendar.add_missing_timezones()
    return calendar.to_ical()


# ---------------------------------------------------------------------------------------------- any format

FORMATS = ("pdf", "xlsx", "csv", "ics")
SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".zip", "ics": ".ics"}


def day_bytes(document: DayDocument, kind: str) -> bytes:
    """The plan in one of FORMATS (the PDF through Qt, imported only then)."""
    if kind == "pdf":
        from telesales.exports.day_pdf import pdf_bytes

        return pdf_bytes(document)
    writers = {"xlsx": xlsx_bytes, "csv": csv_zip_bytes, "ics": ics_bytes}
    if kind not in writers:
        raise ValueError(f"no such format: {kind}")
    return writers[kind](document)


__all__ = ["FORMATS", "SUFFIXES", "csv_bytes", "day_bytes", "csv_value", "csv_zip_bytes", "ics_bytes", "sheet_names", "xlsx_bytes"]
