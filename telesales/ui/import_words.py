"""The rep's words for the import's fields, sheet kinds and problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIELD_NAMES = {
    "customer_ref": QT_TRANSLATE_NOOP("ImportWords", "Customer number"),
    "name": QT_TRANSLATE_NOOP("ImportWords", "Customer name"),
    "kind": QT_TRANSLATE_NOOP("ImportWords", "Company or person"),
    "industry": QT_TRANSLATE_NOOP("ImportWords", "Industry"),
    "scale": QT_TRANSLATE_NOOP("ImportWords", "Scale"),
    "phone": QT_TRANSLATE_NOOP("ImportWords", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportWords", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("ImportWords", "WeChat"),
    "address": QT_TRANSLATE_NOOP("ImportWords", "Address"),
    "province": QT_TRANSLATE_NOOP("ImportWords", "Province"),
    "city": QT_TRANSLATE_NOOP("ImportWords", "City"),
    "district": QT_TRANSLATE_NOOP("ImportWords", "District"),
    "region": QT_TRANSLATE_NOOP("ImportWords", "Region code"),
    "owner": QT_TRANSLATE_NOOP("ImportWords", "Our rep"),
    "credit_limit": QT_TRANSLATE_NOOP("ImportWords", "Credit limit"),
    "payment_terms": QT_TRANSLATE_NOOP("ImportWords", "Payment terms"),
    "competitors": QT_TRANSLATE_NOOP("ImportWords", "Competitors in place"),
    "preferences": QT_TRANSLATE_NOOP("ImportWords", "Preferences"),
    "notes": QT_TRANSLATE_NOOP("ImportWords", "Notes"),
    "founded_on": QT_TRANSLATE_NOOP("ImportWords", "Founded"),
    "tier": QT_TRANSLATE_NOOP("ImportWords", "Tier"),
    "tier_pin": QT_TRANSLATE_NOOP("ImportWords", "Pinned tier"),
    "do_not_call": QT_TRANSLATE_NOOP("ImportWords", "Do not call"),
    "contact_name": QT_TRANSLATE_NOOP("ImportWords", "Contact"),
    "contact_title": QT_TRANSLATE_NOOP("ImportWords", "Contact's title"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportWords", "Contact's phone"),
    "contact_email": QT_TRANSLATE_NOOP("ImportWords", "Contact's e-mail"),
    "contact_wechat": QT_TRANSLATE_NOOP("ImportWords", "Contact's WeChat"),
    "contact_roles": QT_TRANSLATE_NOOP("ImportWords", "Buying roles"),
    "contact_birthday": QT_TRANSLATE_NOOP("ImportWords", "Birthday"),
    "contact_notes": QT_TRANSLATE_NOOP("ImportWords", "Contact's notes"),
    "ordered_on": QT_TRANSLATE_NOOP("ImportWords", "Order date"),
    "amount": QT_TRANSLATE_NOOP("ImportWords", "Order amount"),
    "profit": QT_TRANSLATE_NOOP("ImportWords", "Profit"),
    "paid": QT_TRANSLATE_NOOP("ImportWords", "Paid"),
    "order_notes": QT_TRANSLATE_NOOP("ImportWords", "Order notes"),
    "added_at": QT_TRANSLATE_NOOP("ImportWords", "Added to the book"),
    "contact_ref": QT_TRANSLATE_NOOP("ImportWords", "Contact number"),
    "tier_pin_reason": QT_TRANSLATE_NOOP("ImportWords", "Reason for the pin"),
    "marked_other": QT_TRANSLATE_NOOP("ImportWords", "Marked other (never called)"),
    "face": QT_TRANSLATE_NOOP("ImportWords", "Face (red, black, white)"),
    "keeps_christmas": QT_TRANSLATE_NOOP("ImportWords", "Keeps Christmas"),
    "latitude": QT_TRANSLATE_NOOP("ImportWords", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("ImportWords", "Longitude"),
    "tags": QT_TRANSLATE_NOOP("ImportWords", "Tags"),
    "call_ref": QT_TRANSLATE_NOOP("ImportWords", "Call number"),
    "called_at": QT_TRANSLATE_NOOP("ImportWords", "Called at"),
    "outcome": QT_TRANSLATE_NOOP("ImportWords", "Call outcome"),
    "call_back_at": QT_TRANSLATE_NOOP("ImportWords", "Call back at"),
    "need": QT_TRANSLATE_NOOP("ImportWords", "Need"),
    "expected_value": QT_TRANSLATE_NOOP("ImportWords", "Expected value"),
    "attitude": QT_TRANSLATE_NOOP("ImportWords", "Attitude"),
    "intent": QT_TRANSLATE_NOOP("ImportWords", "Intent"),
    "visit_possible": QT_TRANSLATE_NOOP("ImportWords", "Visit possible"),
    "visit_when": QT_TRANSLATE_NOOP("ImportWords", "Visit when"),
    "materials_requested": QT_TRANSLATE_NOOP("ImportWords", "Materials requested"),
    "next_step": QT_TRANSLATE_NOOP("ImportWords", "Next step"),
    "next_step_on": QT_TRANSLATE_NOOP("ImportWords", "Next step on"),
    "call_notes": QT_TRANSLATE_NOOP("ImportWords", "Call notes"),
    "complaint": QT_TRANSLATE_NOOP("ImportWords", "Complaint"),
    "unmet_request": QT_TRANSLATE_NOOP("ImportWords", "Unmet request"),
    "planned_on": QT_TRANSLATE_NOOP("ImportWords", "Visit date"),
    "starts_at": QT_TRANSLATE_NOOP("ImportWords", "Visit starts at"),
    "fixed_time": QT_TRANSLATE_NOOP("ImportWords", "Fixed time"),
    "duration": QT_TRANSLATE_NOOP("ImportWords", "Visit minutes"),
    "visit_status": QT_TRANSLATE_NOOP("ImportWords", "Visit status"),
    "purpose": QT_TRANSLATE_NOOP("ImportWords", "Visit purpose"),
    "visit_notes": QT_TRANSLATE_NOOP("ImportWords", "Visit notes"),
    "from_call": QT_TRANSLATE_NOOP("ImportWords", "From call number"),
    "sequence": QT_TRANSLATE_NOOP("ImportWords", "Place in the day"),
    "date_kind": QT_TRANSLATE_NOOP("ImportWords", "Kind of date"),
    "annual_date": QT_TRANSLATE_NOOP("ImportWords", "Date (every year)"),
    "date_label": QT_TRANSLATE_NOOP("ImportWords", "Date's label"),
    "custom_field": QT_TRANSLATE_NOOP("ImportWords", "Custom field"),
    "custom_kind": QT_TRANSLATE_NOOP("ImportWords", "Custom field's kind"),
    "custom_choices": QT_TRANSLATE_NOOP("ImportWords", "Custom field's choices"),
    "custom_value": QT_TRANSLATE_NOOP("ImportWords", "Custom field's value"),
    "changed_on": QT_TRANSLATE_NOOP("ImportWords", "Tier changed on"),
    "from_tier": QT_TRANSLATE_NOOP("ImportWords", "Tier before"),
    "to_tier": QT_TRANSLATE_NOOP("ImportWords", "Tier after"),
    "change_reason": QT_TRANSLATE_NOOP("ImportWords", "Reason for the change"),
    "change_note": QT_TRANSLATE_NOOP("ImportWords", "Why the tier was pinned"),
}
SHEET_KINDS = {
    "customers": QT_TRANSLATE_NOOP("ImportWords", "Customers (with contacts and orders on the same line)"),
    "contacts": QT_TRANSLATE_NOOP("ImportWords", "Contacts of customers"),
    "orders": QT_TRANSLATE_NOOP("ImportWords", "Orders of customers"),
    "calls": QT_TRANSLATE_NOOP("ImportWords", "Calls to customers"),
    "visits": QT_TRANSLATE_NOOP("ImportWords", "Visits to customers"),
    "dates": QT_TRANSLATE_NOOP("ImportWords", "Important dates of customers"),
    "custom": QT_TRANSLATE_NOOP("ImportWords", "Custom fields of customers"),
    "tiers": QT_TRANSLATE_NOOP("ImportWords", "Tier history of customers"),
}
REASONS = {
    "required": QT_TRANSLATE_NOOP("ImportWords", "a value is required here"),
    "bad_phone": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is not a valid phone number"),
    "bad_email": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is not an e-mail address"),
    "bad_date": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is not a date (write 2024-03-15)"),
    "impossible_date": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is a date that does not exist"),
    "bad_number": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is not an amount"),
    "bad_choice": QT_TRANSLATE_NOOP("ImportWords", "“{value}” is not one of the known values"),
    "unknown_customer": QT_TRANSLATE_NOOP("ImportWords", "no customer “{value}” in the file or the book"),
    "too_long": QT_TRANSLATE_NOOP("ImportWords", "the text is too long"),
    "tag_too_long": QT_TRANSLATE_NOOP("ImportWords", "a tag in “{value}” is over 30 characters"),
}
DUPLICATE_WHY = {
    "phone": QT_TRANSLATE_NOOP("ImportWords", "same phone"),
    "name_city": QT_TRANSLATE_NOOP("ImportWords", "same name and city"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def field_name(field: str) -> str:
    return tr(FIELD_NAMES.get(field, field))


def reason(code: str, value: str) -> str:
    return tr(REASONS.get(code, code)).format(value=value)
