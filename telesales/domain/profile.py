"""The customer profile sheet (客户概况表, DOMAIN §6): what it shows and the rules its fields follow.

Validation returns codes (`FieldError.code`); the UI words them beside the field. Rules stated here:
- a phone must parse and be valid for the customer's region (or carry its own +country code);
- an e-mail needs one @ and a dot after it;
- a solar annual date must exist in a leap year (2/29 is a birthday); a lunar one is month 1–12, day 1–30.
  Lunar day 30 is kept even though many lunar months have 29 days: in a year whose month is short, the
  reminder falls on the month's last day (the greetings rule); 13/01 or 2/31 are refused;
- money is typed in units (¥1,200.50) and kept in integer cents;
- a number custom field takes a decimal; a date one a date; a choice one one of its choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from telesales.domain.calllist import IntentDirection, intent_move
from telesales.domain.model import (
    AnnualDate,
    BuyingRole,
    CalendarKind,
    Call,
    Contact,
    Customer,
    ImportantDate,
    Intent,
    Reminder,
    Visit,
)


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class CustomField:
    id: int
    name: str
    kind: FieldKind
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderLine:
    id: int
    ordered_on: date
    amount_cents: int
    paid_cents: int
    profit_cents: int
    products: str = ""  # "name ×quantity, …"
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ProductBought:
    name: str
    quantity: int
    amount_cents: int
    last_on: date


@dataclass(frozen=True, slots=True)
class OrderTotals:
    orders: int = 0
    amount_cents: int = 0
    paid_cents: int = 0
    profit_cents: int = 0

    @property
    def unpaid_cents(self) -> int:
        return self.amount_cents - self.paid_cents


@dataclass(frozen=True, slots=True)
class AtAGlance:
    """What other parts of the book keep on the customer (call state, lifecycle, churn)."""

    stage: str | None = None
    churn_signals: tuple[str, ...] = ()
    last_call_at: datetime | None = None
    last_reached_at: datetime | None = None
    last_intent: str | None = None
    follow_up_on: date | None = None
    next_special_on: date | None = None
    next_special_kind: str = ""


@dataclass(frozen=True, slots=True)
class IntentStep:
    """One move of a customer's buying intent, at the call that recorded the new level."""

    call_id: int
    called_at: datetime
    from_intent: Intent | None  # None: the first level recorded for the customer
    to_intent: Intent
    direction: IntentDirection
    steps: int  # positive up (D→A is 3), negative down, 0 when new


def intent_history(calls: Iterable[tuple[int, datetime, Intent | None]]) -> tuple[IntentStep, ...]:
    """The moves of a customer's intent, oldest first, from their calls as (id, called at, intent), in any order.

    The calls are taken in the order they were made (ties by id); a call without an intent moves nothing, and a
    call that records the level already held is no move. Each move is what logging that call reports
    (`calllist.intent_move`).
    """
    steps: list[IntentStep] = []
    held: Intent | None = None
    for call_id, called_at, intent in sorted(calls, key=lambda call: (call[1], call[0])):
        move = intent_move(held, intent)
        if move is not None and intent is not None:
            steps.append(IntentStep(call_id, called_at, held, intent, *move))
            held = intent
    return tuple(steps)


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    customer: Customer
    contacts: tuple[Contact, ...] = ()
    dates: tuple[ImportantDate, ...] = ()
    fields: tuple[CustomField, ...] = ()
    values: dict[int, str] = field(default_factory=dict)
    orders: tuple[OrderLine, ...] = ()
    products: tuple[ProductBought, ...] = ()
    totals: OrderTotals = OrderTotals()
    glance: AtAGlance = AtAGlance()
    calls: tuple[Call, ...] = ()
    visits: tuple[Visit, ...] = ()
    reminders: tuple[Reminder, ...] = ()
    intent_history: tuple[IntentStep, ...] = ()  # every move of the customer's intent, oldest first

    @property
    def deciders(self) -> tuple[Contact, ...]:
        return tuple(contact for contact in self.contacts if BuyingRole.DECIDER in contact.roles)


class FieldError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LUNAR_MONTH_DAYS = 30


def check_email(text: str) -> str:
    value = text.strip()
    if value and not EMAIL.match(value):
        raise FieldError("bad_email")
    return value


def check_phone(text: str, region: str) -> str:
    """The number in E.164, or FieldError('bad_phone') when it does not parse or is not valid for the region."""
    import phonenumbers

    value = text.strip()
    if not value:
        return ""
    try:
        parsed = phonenumbers.parse(value, None if value.startswith("+") else (region if region != "OTHER" else "US"))
    except phonenumbers.NumberParseException as error:
        raise FieldError("bad_phone") from error
    if not phonenumbers.is_valid_number(parsed):
        raise FieldError("bad_phone")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def check_annual(calendar: CalendarKind, month: int, day: int, leap: bool = False,
                 year: int | None = None) -> AnnualDate:
    if not 1 <= month <= 12:
        raise FieldError("impossible_date")
    if calendar is CalendarKind.LUNAR:
        if not 1 <= day <= LUNAR_MONTH_DAYS:
            raise FieldError("impossible_date")
    else:
        if leap:
            raise FieldError("impossible_date")
        try:
            date(year or 2000, month, day)  # 2000 is a leap year: 2/29 is a birthday
        except ValueError as error:
            raise FieldError("impossible_date") from error
    if year is not None and not 1900 <= year <= 2100:
        raise FieldError("impossible_date")
    return AnnualDate(calendar, month, day, leap, year)


def parse_money(text: str) -> int | None:
    """Units typed by the rep (¥1,200.50, 1200, 1.2万) → integer cents; empty → None."""
    value = re.sub(r"[\s,，¥￥$元]", "", text.strip())
    if not value:
        return None
    factor = Decimal(1)
    if value.endswith(("万", "萬")):
        value, factor = value[:-1], Decimal(10_000)
    try:
        amount = Decimal(value) * factor
    except InvalidOperation as error:
        raise FieldError("bad_number") from error
    if not amount.is_finite() or amount < 0:
        raise FieldError("bad_number")
    return int((amount * 100).to_integral_value())


def check_custom(custom: CustomField, text: str) -> str:
    """The value as stored (text): a number normalised, a date ISO, a choice one of the choices."""
    value = text.strip()
    if not value:
        return ""
    if custom.kind is FieldKind.NUMBER:
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation as error:
            raise FieldError("bad_number") from error
        if not number.is_finite():
            raise FieldError("bad_number")
        return format(number.normalize(), "f")
    if custom.kind is FieldKind.DATE:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError as error:
            raise FieldError("bad_date") from error
    if custom.kind is FieldKind.CHOICE and value not in custom.choices:
        raise FieldError("bad_choice")
    return value


# the customer's own fields the sheet edits, and which of them are free text
TEXT_FIELDS = ("name", "industry", "scale", "phone", "email", "wechat", "address", "province", "city", "district",
               "payment_terms", "competitors", "preferences", "notes", "owner")
CONTACT_TEXT_FIELDS = ("name", "title", "phone", "email", "wechat", "notes")
