"""One imported row, validated with pydantic: every bad cell of every row is reported, none is guessed.

A row's cells (text, keyed by field) become a `RowIn`; validation errors carry the field, which the caller
turns into the file's column header and line. Phones are checked per region with `phonenumbers` (the result
for a number's leading digits and length is remembered: parsing costs ~40 µs and a big file repeats prefixes).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, ValidationInfo, field_validator

from telesales.domain.importing import (
    CellError,
    parse_annual,
    parse_cents,
    parse_date,
    parse_flag,
    parse_kind,
    parse_roles,
    parse_tier,
)
from telesales.domain.model import AnnualDate, BuyingRole, CustomerKind, Tier

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 4000


def _blank_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _wrap(parse: Any) -> Any:
    def run(value: Any) -> Any:
        value = _blank_none(value)
        if value is None:
            return None
        try:
            return parse(str(value))
        except CellError as error:
            raise ValueError(f"{error.code}|{error.value}") from error

    return BeforeValidator(run)


OptDate = Annotated[date | None, _wrap(parse_date)]
OptCents = Annotated[int | None, _wrap(parse_cents)]
OptKind = Annotated[CustomerKind | None, _wrap(parse_kind)]
Roles = Annotated[frozenset[BuyingRole] | None, _wrap(parse_roles)]
OptAnnual = Annotated[AnnualDate | None, _wrap(parse_annual)]
OptTier = Annotated[Tier | None, _wrap(parse_tier)]
OptFlag = Annotated[bool | None, _wrap(parse_flag)]


@lru_cache(maxsize=65_536)
def _valid_shape(leading: str, length: int) -> bool:
    """Whether E.164 numbers of this length starting with these digits are valid (true of every number that
    shares them in phonenumbers' metadata, which is written by prefix and length)."""
    import phonenumbers

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+" + leading + "0" * (length - len(leading)))))
    except phonenumbers.NumberParseException:
        return False


_COMPACT = re.compile(r"[\s\-().]")
_E164 = re.compile(r"\+\d{7,15}")
_CN_MOBILE = re.compile(r"1\d{10}")


def normalise_phone(text: str, region: str) -> str:
    """The number in E.164 when it is valid for `region` (or carries its own country code); else ValueError."""
    value = text.strip()
    if not value:
        return ""
    compact = _COMPACT.sub("", value)
    quick = compact if _E164.fullmatch(compact) else (
        "+86" + compact if region == "CN" and _CN_MOBILE.fullmatch(compact) else None)
    if quick is not None and _valid_shape(quick[1:7], len(quick) - 1):
        return quick
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, None if value.startswith("+") else (region if region != "OTHER" else "US"))
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"bad_phone|{value}") from error
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"bad_phone|{value}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class RowIn(BaseModel):
    """Every field a row may carry: a customer's, one contact's, one order's."""

    model_config = ConfigDict(str_max_length=MAX_TEXT, frozen=True)  # cells come trimmed and unescaped

    customer_ref: str | None = None
    name: str | None = None
    kind: OptKind = None
    industry: str = ""
    scale: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    address: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    region: str = ""
    owner: str = ""
    credit_limit: OptCents = None
    payment_terms: str = ""
    competitors: str = ""
    preferences: str = ""
    notes: str = ""
    founded_on: OptDate = None
    tier: OptTier = None
    tier_pin: OptTier = None
    do_not_call: OptFlag = None
    contact_name: str | None = None
    contact_title: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    contact_wechat: str = ""
    contact_roles: Roles = None
    contact_birthday: OptAnnual = None
    contact_notes: str = ""
    ordered_on: OptDate = None
    amount: OptCents = None
    profit: OptCents = None
    paid: OptCents = None
    order_notes: str = ""

    @field_validator("phone", "contact_phone")
    @classmethod
    def _phone(cls, value: str, info: ValidationInfo) -> str:
        region = (info.context or {}).get("region", "CN")
        return normalise_phone(value, region) if value else ""

    @field_validator("email", "contact_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not EMAIL.match(value):
            raise ValueError(f"bad_email|{value}")
        return value


def validate_row(cells: dict[str, str], region: str) -> tuple[RowIn | None, list[tuple[str, str, str]]]:
    """(the row, or None) and its problems as (field, code, value)."""
    try:
        return RowIn.model_validate(cells, context={"region": region}), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            field = str(item["loc"][0]) if item["loc"] else ""
            message = str(item.get("ctx", {}).get("error", item["msg"]))
            code, _, value = message.partition("|")
            if item["type"] == "string_too_long":
                code, value = "too_long", ""
            elif code not in {"bad_phone", "bad_email", "bad_date", "impossible_date", "bad_number", "bad_choice"}:
                code, value = "bad_choice", str(cells.get(field, ""))
            problems.append((field, code, value))
        return None, problems
