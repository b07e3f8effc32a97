"""The rep's words for a customer's codes: lifecycle stage, buying role, churn signal, kinds of dates (the intent
levels: telesales.ui.intent_words)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STAGES = {
    "acquisition": QT_TRANSLATE_NOOP("CustomerWords", "Acquisition"),
    "growth": QT_TRANSLATE_NOOP("CustomerWords", "Growth"),
    "stable": QT_TRANSLATE_NOOP("CustomerWords", "Stable"),
    "decline": QT_TRANSLATE_NOOP("CustomerWords", "Decline"),
}
ROLES = {
    "user": QT_TRANSLATE_NOOP("CustomerWords", "User"),
    "influencer": QT_TRANSLATE_NOOP("CustomerWords", "Influencer"),
    "decider": QT_TRANSLATE_NOOP("CustomerWords", "Decider"),
    "approver": QT_TRANSLATE_NOOP("CustomerWords", "Approver"),
    "buyer": QT_TRANSLATE_NOOP("CustomerWords", "Buyer"),
    "gatekeeper": QT_TRANSLATE_NOOP("CustomerWords", "Gatekeeper"),
}
CHURN = {
    "yoy_drop": QT_TRANSLATE_NOOP("CustomerWords", "buying far less than last year"),
    "silent": QT_TRANSLATE_NOOP("CustomerWords", "silent for longer than usual"),
    "owner_left": QT_TRANSLATE_NOOP("CustomerWords", "their rep left"),
    "stalled_deal": QT_TRANSLATE_NOOP("CustomerWords", "a deal stalled on terms"),
    "unmet_request": QT_TRANSLATE_NOOP("CustomerWords", "asked for something we did not offer"),
    "complaints": QT_TRANSLATE_NOOP("CustomerWords", "repeated complaints"),
}
DATE_KINDS = {
    "birthday": QT_TRANSLATE_NOOP("CustomerWords", "Birthday"),
    "company_anniversary": QT_TRANSLATE_NOOP("CustomerWords", "Company anniversary"),
    "first_deal": QT_TRANSLATE_NOOP("CustomerWords", "First deal"),
    "event": QT_TRANSLATE_NOOP("CustomerWords", "Event"),
    "other": QT_TRANSLATE_NOOP("CustomerWords", "Other date"),
}
CALENDARS = {
    "solar": QT_TRANSLATE_NOOP("CustomerWords", "Solar"),
    "lunar": QT_TRANSLATE_NOOP("CustomerWords", "Lunar"),
}
KINDS = {
    "company": QT_TRANSLATE_NOOP("CustomerWords", "Company"),
    "person": QT_TRANSLATE_NOOP("CustomerWords", "Person"),
}
FIELD_KINDS = {
    "text": QT_TRANSLATE_NOOP("CustomerWords", "Text"),
    "number": QT_TRANSLATE_NOOP("CustomerWords", "Number"),
    "date": QT_TRANSLATE_NOOP("CustomerWords", "Date"),
    "choice": QT_TRANSLATE_NOOP("CustomerWords", "Choice"),
}
REMINDER_KINDS = {
    "follow_up": QT_TRANSLATE_NOOP("CustomerWords", "Follow up"),
    "visit": QT_TRANSLATE_NOOP("CustomerWords", "Visit"),
    "materials": QT_TRANSLATE_NOOP("CustomerWords", "Send materials"),
    "thank_you": QT_TRANSLATE_NOOP("CustomerWords", "Thank-you letter"),
    "greeting": QT_TRANSLATE_NOOP("CustomerWords", "Greeting"),
    "close_day": QT_TRANSLATE_NOOP("CustomerWords", "Close the day"),
}
OUTCOMES = {
    "connected": QT_TRANSLATE_NOOP("CustomerWords", "Connected"),
    "no_answer": QT_TRANSLATE_NOOP("CustomerWords", "No answer"),
    "busy": QT_TRANSLATE_NOOP("CustomerWords", "Busy"),
    "wrong_number": QT_TRANSLATE_NOOP("CustomerWords", "Wrong number"),
    "refused": QT_TRANSLATE_NOOP("CustomerWords", "Refused"),
    "call_back": QT_TRANSLATE_NOOP("CustomerWords", "Call back"),
}


def word(table: dict[str, str], code: str | None) -> str:
    """The word for `code` in the current language (the code itself when the table does not know it)."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("CustomerWords", source) if source else code


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerWords", text)
