"""The rep's words for visits and places: left-over reasons, areas, how precise a place is, distances."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from telesales.domain.model import Area, Intent, VisitStatus
from telesales.domain.places import Located, Part, Precision
from telesales.domain.routes import LeftOverReason
from telesales.ui.intent_words import intent_short

LEFT_OVER = {
    LeftOverReason.OVER_VISIT_COUNT: QT_TRANSLATE_NOOP("Visits", "More visits than the day holds"),
    LeftOverReason.OVER_HOURS: QT_TRANSLATE_NOOP("Visits", "Does not fit in the day's hours"),
    LeftOverReason.CLASHES_FIXED_TIME: QT_TRANSLATE_NOOP("Visits", "Clashes with an appointment"),
    LeftOverReason.FIXED_ON_OTHER_DAY: QT_TRANSLATE_NOOP("Visits", "Its appointment is on another day"),
}

PARTS = {
    Part.PROVINCE: QT_TRANSLATE_NOOP("Visits", "province"),
    Part.CITY: QT_TRANSLATE_NOOP("Visits", "city"),
    Part.DISTRICT: QT_TRANSLATE_NOOP("Visits", "district"),
    Part.COORDINATES: QT_TRANSLATE_NOOP("Visits", "location"),
}

PRECISION = {
    Precision.EXACT: QT_TRANSLATE_NOOP("Visits", "Exact location"),
    Precision.DISTRICT: QT_TRANSLATE_NOOP("Visits", "Placed at the district centre"),
    Precision.CITY: QT_TRANSLATE_NOOP("Visits", "Placed at the city centre"),
    Precision.PROVINCE: QT_TRANSLATE_NOOP("Visits", "Placed at the province centre"),
    Precision.NONE: QT_TRANSLATE_NOOP("Visits", "Not on the map: the address could not be read"),
}

STATUS = {
    VisitStatus.PROPOSED: QT_TRANSLATE_NOOP("Visits", "Proposed"),
    VisitStatus.PLANNED: QT_TRANSLATE_NOOP("Visits", "Planned"),
    VisitStatus.DONE: QT_TRANSLATE_NOOP("Visits", "Done"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("Visits", "Not met"),
}

def tr(text: str) -> str:
    return QCoreApplication.translate("Visits", text)


def left_over_reason(reason: LeftOverReason) -> str:
    return tr(LEFT_OVER[reason])


def status_name(status: VisitStatus) -> str:
    return tr(STATUS[status])


def intent_name(intent: Intent | None) -> str:
    """"A · clear intent to buy": the level as the book names it (Settings → Buying intent)."""
    return intent_short(intent)


def area_name(area: Area) -> str:
    """`广东省 深圳市 南山区`; a municipality once (`北京市 朝阳区`); an unknown area in words."""
    parts = [area.province, area.city if area.city != area.province else "", area.district]
    text = " ".join(p for p in parts if p)
    return text or QCoreApplication.translate("Visits", "Area unknown")


def km(value: float) -> str:
    return QCoreApplication.translate("Visits", "{km} km").format(km=QLocale().toString(float(value), "f", 1))


def place_note(place: Located) -> str:
    """How sure the book is of where the customer is, and what the rep may want to correct."""
    lines = [tr(PRECISION[place.precision])]
    if place.guessed:
        lines.append(QCoreApplication.translate("Visits", "Guessed: {parts} — check the address").format(
            parts=", ".join(tr(PARTS[p]) for p in place.guessed)))
    missing = [p for p in place.missing if not (p is Part.COORDINATES and place.precision is Precision.NONE)]
    if missing:
        lines.append(QCoreApplication.translate("Visits", "Missing from the address: {parts}").format(parts=", ".join(tr(PARTS[p]) for p in missing)))
    if place.alternatives:
        lines.append(QCoreApplication.translate("Visits", "Could also be: {areas}").format(areas="; ".join(area_name(a) for a in place.alternatives)))
    return "\n".join(lines)
