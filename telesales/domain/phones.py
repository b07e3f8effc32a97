"""Phone numbers, parsed and formatted by `phonenumbers` (never by hand)."""

from __future__ import annotations

import phonenumbers


def display_phone(number: str, home_region: str = "CN") -> str:
    """National format for numbers of the rep's region, international for the others; as stored if unparsable."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, home_region if home_region != "OTHER" else None)
    except phonenumbers.NumberParseException:
        return number
    same_region = phonenumbers.region_code_for_number(parsed) == home_region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if same_region else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


def tel_uri(number: str, home_region: str = "CN") -> str:
    """The `tel:` link for a number (RFC 3966), empty when it does not parse."""
    try:
        parsed = phonenumbers.parse(number, home_region if home_region != "OTHER" else None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.RFC3966)
