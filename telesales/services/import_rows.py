"""One imported row, validated with pydantic: every bad cell of every row is reported, none is guessed.

A row's cells (text, keyed by field) become a `RowIn`; validation errors carry the field, which the caller
turns into the file's column header and line. Phones are checked per region with `phonenumbers` (the result
for a number's leading digits and length is remembered: parsing costs ~40 µs and a big file repeats prefixes).

pydantic validates the cells a row has against a TypedDict of the fields (`RowFields`, made from `RowIn`'s
annotations), and the row is a plain object whose missing fields read as their defaults: a 37-field model
filled in and frozen for each row cost three times as much, 1.5 s of a 100,000-row import.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from typing import Annotated, Any, get_type_hints

from pydantic import AfterValidator, BeforeValidator, ConfigDict, TypeAdapter, ValidationError, ValidationInfo
from typing_extensions import TypedDict

from telesales.domain.importing import (
    CellError,
    parse_annual,
    parse_attitude,
    parse_cents,
    parse_count,
    parse_date,
    parse_date_kind,
    parse_degrees,
    parse_face,
    parse_field_kind,
    parse_flag,
    parse_intent,
    parse_kind,
    parse_moment,
    parse_outcome,
    parse_roles,
    parse_tier,
    parse_visit_status,
)
from telesales.domain.model import (
    AnnualDate,
    Attitude,
    BuyingRole,
    CallOutcome,
    CustomerKind,
    DateKind,
    Face,
    Intent,
    Tier,
    VisitStatus,
)
from telesales.domain.profile import FieldError, FieldKind
from telesales.domain.tags import parse_tags, stored

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 4000


def _blank_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _wrap(parse: Any) -> Any:
    """A cell read by `parse`; each distinct text read once (a file repeats its kinds, outcomes, flags and dates:
    公司, 已接通, 是…), a text it cannot read raising each time."""
    remembered = lru_cache(maxsize=4096)(parse)

    def run(value: Any) -> Any:
        value = _blank_none(value)
        if value is None:
            return None
        try:
            return remembered(str(value))
        except CellError as error:
            raise ValueError(f"{error.code}|{error.value}") from error

    return BeforeValidator(run)


def _moment(value: Any, info: ValidationInfo) -> datetime | None:
    """A moment; one written without its offset is in the rep's time zone (the context's "zone"), else UTC."""
    value = _blank_none(value)
    if value is None:
        return None
    try:
        found = parse_moment(str(value))
    except CellError as error:
        raise ValueError(f"{error.code}|{error.value}") from error
    if found.tzinfo is None:
        found = found.replace(tzinfo=(info.context or {}).get("zone") or UTC)
    return found


OptDate = Annotated[date | None, _wrap(parse_date)]
OptMoment = Annotated[datetime | None, BeforeValidator(_moment)]
OptCount = Annotated[int | None, _wrap(parse_count)]
OptDegrees = Annotated[float | None, _wrap(parse_degrees)]
OptOutcome = Annotated[CallOutcome | None, _wrap(parse_outcome)]
OptAttitude = Annotated[Attitude | None, _wrap(parse_attitude)]
OptIntent = Annotated[Intent | None, _wrap(parse_intent)]
OptVisitStatus = Annotated[VisitStatus | None, _wrap(parse_visit_status)]
OptDateKind = Annotated[DateKind | None, _wrap(parse_date_kind)]
OptFace = Annotated[Face | None, _wrap(parse_face)]
OptFieldKind = Annotated[FieldKind | None, _wrap(parse_field_kind)]
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


def _phone(value: str, info: ValidationInfo) -> str:
    region = (info.context or {}).get("region", "CN")
    return normalise_phone(value, region) if value else ""


def _email(value: str) -> str:
    if value and not EMAIL.match(value):
        raise ValueError(f"bad_email|{value}")
    return value


def _tags(value: str) -> str:
    try:
        return stored(parse_tags(value))
    except FieldError as error:
        raise ValueError(f"tag_too_long|{value}") from error


Phone = Annotated[str, AfterValidator(_phone)]
Tags = Annotated[str, AfterValidator(_tags)]  # stored form: one comma-joined line
Email = Annotated[str, AfterValidator(_email)]


class RowIn:
    """Every field a row may carry: a customer's, one contact's, one order's. Read-only; a field the row did not
    have reads as its default (the class attribute)."""

    customer_ref: str | None = None
    name: str | None = None
    kind: OptKind = None
    industry: str = ""
    scale: str = ""
    phone: Phone = ""
    email: Email = ""
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
    contact_phone: Phone = ""
    contact_email: Email = ""
    contact_wechat: str = ""
    contact_roles: Roles = None
    contact_birthday: OptAnnual = None
    contact_notes: str = ""
    ordered_on: OptDate = None
    amount: OptCents = None
    profit: OptCents = None
    paid: OptCents = None
    order_notes: str = ""
    added_at: OptMoment = None
    contact_ref: str | None = None
    tier_pin_reason: str = ""
    marked_other: OptFlag = None
    face: OptFace = None
    keeps_christmas: OptFlag = None
    latitude: OptDegrees = None
    longitude: OptDegrees = None
    call_ref: str | None = None
    called_at: OptMoment = None
    outcome: OptOutcome = None
    call_back_at: OptMoment = None
    need: str = ""
    expected_value: OptCents = None
    attitude: OptAttitude = None
    intent: OptIntent = None
    visit_possible: OptFlag = None
    visit_when: OptMoment = None
    materials_requested: str = ""
    next_step: str = ""
    next_step_on: OptDate = None
    call_notes: str = ""
    complaint: OptFlag = None
    unmet_request: str = ""
    planned_on: OptDate = None
    starts_at: OptMoment = None
    fixed_time: OptFlag = None
    duration: OptCount = None
    visit_status: OptVisitStatus = None
    purpose: str = ""
    visit_notes: str = ""
    from_call: str | None = None
    sequence: OptCount = None
    date_kind: OptDateKind = None
    annual_date: OptAnnual = None
    date_label: str = ""
    custom_field: str | None = None
    custom_kind: OptFieldKind = None
    custom_choices: str = ""
    custom_value: str = ""
    changed_on: OptDate = None
    from_tier: OptTier = None
    to_tier: OptTier = None
    change_reason: str = ""
    change_note: str = ""
    tags: Tags = ""

    def __init__(self, **values: Any) -> None:
        """A row from already validated values (validate_row makes them from cells)."""
        self.__dict__.update(values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"an imported row is read-only ({name})")

    def __repr__(self) -> str:
        return f"RowIn({', '.join(f'{name}={value!r}' for name, value in self.__dict__.items())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowIn) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]


def _fields_schema() -> Any:
    fields = get_type_hints(RowIn, globalns=globals(), include_extras=True)
    schema = TypedDict("RowFields", fields, total=False)  # type: ignore[misc]  # made from RowIn's fields
    schema.__pydantic_config__ = ConfigDict(str_max_length=MAX_TEXT)  # type: ignore[attr-defined]  # cells come trimmed
    return schema


RowFields = _fields_schema()
_VALIDATOR = TypeAdapter(RowFields).validator  # pydantic-core's own: TypeAdapter.validate_python adds 10%


def validate_row(cells: dict[str, str], region: str, zone: tzinfo | None = None
                 ) -> tuple[RowIn | None, list[tuple[str, str, str]]]:
    """(the row, or None) and its problems as (field, code, value); moments written without an offset are in
    `zone` (the rep's), else UTC."""
    try:
        values = _VALIDATOR.validate_python(cells, context={"region": region, "zone": zone})
        row = RowIn.__new__(RowIn)
        row.__dict__.update(values)
        return row, []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            field = str(item["loc"][0]) if item["loc"] else ""
            message = str(item.get("ctx", {}).get("error", item["msg"]))
            code, _, value = message.partition("|")
            if item["type"] == "string_too_long":
                code, value = "too_long", ""
            elif code not in {"bad_phone", "bad_email", "bad_date", "impossible_date", "bad_number", "bad_choice",
                              "tag_too_long"}:
                code, value = "bad_choice", str(cells.get(field, ""))
            problems.append((field, code, value))
        return None, problems
