"""A day's plan as the writers take it: already worded tables of typed cells, card layouts for narrow pages, and
calendar events. The UI's words module (`telesales.ui.day_plan_words`) builds one from a `FieldPlan` in the rep's
language; every writer here (PDF, XLSX, CSV, ICS, print) is a pure function of it.

Cells are typed: `TEXT` (str), `INTEGER` (int), `NUMBER` (float), `MONEY` (integer cents), `DATE` (date),
`TIME` (an aware datetime, written as the rep's wall-clock time) — so a spreadsheet gets numbers, dates and
times it can sort and sum, and a CSV gets plain ISO values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

Cell = str | int | float | date | datetime | None


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT
    width: int = 14  # characters, in a spreadsheet


@dataclass(frozen=True, slots=True)
class CardLine:
    """One line of a row's card on a narrow page: these columns' values joined by `joiner`; `label` shows the
    first column's title before it; `strong` sets it larger, `small` smaller."""

    keys: tuple[str, ...]
    label: bool = False
    strong: bool = False
    small: bool = False
    joiner: str = " · "


@dataclass(frozen=True, slots=True)
class Table:
    key: str  # calls, visits, reminders: the CSV file's name in the zip
    name: str  # the sheet's name (worded)
    title: str  # the section's heading
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    card: tuple[CardLine, ...] = ()  # how a row reads on a narrow page
    group_by: str | None = None  # a column whose changes start a sub-heading (the visits' area)
    empty: str = ""  # what a narrow page says when there are no rows
    note: str = ""  # a line under the heading
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)  # column → a link per row (tel:), on pages

    def index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)


@dataclass(frozen=True, slots=True)
class Event:
    """A calendar event: a timed one (aware start and end) or an all-day one (`start` a date, no end)."""

    uid: str
    summary: str
    start: datetime | date
    end: datetime | None = None
    location: str = ""
    description: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class DayDocument:
    day: date
    language: str  # en, zh_CN, zh_TW
    title: str
    subtitle: str
    generated_at: datetime
    zone_key: str  # the IANA zone of event times; empty: written in UTC
    tables: tuple[Table, ...]
    events: tuple[Event, ...] = ()
    footer: str = ""
    calendar_name: str = ""
    label_pattern: str = "{label}: {value}"  # a labelled card line, worded ("{label}：{value}" in Chinese)
    meta: dict[str, str] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)


__all__ = ["CardLine", "Cell", "Column", "DayDocument", "Event", "Kind", "Table"]
