"""Every rule's setting, declared once: its key, type, default (from DOMAIN.md), bounds and title.

Titles are English source strings marked for Qt's translation tools by `QT_TRANSLATE_NOOP`; the UI words them
in the rep's language. The values a book keeps override these defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from telesales.domain.model import Intent

INTENT_NAME_MAX = 40  # characters: a level's name fits a combo box and a table column


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for extraction into the translation files; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    kind: type  # int, float, str or bool
    default: Any
    title: str
    group: str
    minimum: float | None = None
    maximum: float | None = None  # for a text: its most characters
    choices: tuple[str, ...] = ()
    placeholder: str = ""  # an empty text's meaning, shown in its empty field (a source string like the title)

    def coerce(self, value: Any) -> Any:
        """The value as this setting's type, checked against its bounds; ValueError when it cannot be."""
        if self.kind is bool:
            if isinstance(value, str):
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(f"{self.key}: {value!r} is not true or false")
            return bool(value)
        try:
            result = self.kind(value)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{self.key}: {value!r} is not a {self.kind.__name__}") from error
        if self.kind is str:
            if self.maximum is not None and len(result) > self.maximum:
                raise ValueError(f"{self.key}: longer than {self.maximum:g} characters")
            if self.choices and result not in self.choices:
                raise ValueError(f"{self.key}: {result!r} is not one of {', '.join(self.choices)}")
            return result
        if self.minimum is not None and result < self.minimum:
            raise ValueError(f"{self.key}: {result} is below {self.minimum}")
        if self.maximum is not None and result > self.maximum:
            raise ValueError(f"{self.key}: {result} is above {self.maximum}")
        if self.choices and result not in self.choices:
            raise ValueError(f"{self.key}: {result!r} is not one of {', '.join(self.choices)}")
        return result


_PYRAMID = QT_TRANSLATE_NOOP("Settings", "Customer pyramid")
_CALLS = QT_TRANSLATE_NOOP("Settings", "Call list")
_CHURN = QT_TRANSLATE_NOOP("Settings", "Churn")
_VISITS = QT_TRANSLATE_NOOP("Settings", "Visits")
_GREETINGS = QT_TRANSLATE_NOOP("Settings", "Greetings")
_CLOSING = QT_TRANSLATE_NOOP("Settings", "Closing the day")

_INTENT = QT_TRANSLATE_NOOP("Settings", "Buying intent")
_REP = QT_TRANSLATE_NOOP("Settings", "Me")
_BACKUPS = QT_TRANSLATE_NOOP("Settings", "Backups")

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("rep.name", str, "", QT_TRANSLATE_NOOP("Settings", "My name (owner of my customers)"), _REP),
    SettingSpec("rep.time_zone", str, "",
                QT_TRANSLATE_NOOP("Settings", "My time zone (e.g. Asia/Shanghai; empty: the computer's)"), _REP),
    SettingSpec("tier.lookback_months", int, 12, QT_TRANSLATE_NOOP("Settings", "Revenue look-back (months)"),
                _PYRAMID, 1, 60),
    SettingSpec("tier.super_percent", float, 1.0, QT_TRANSLATE_NOOP("Settings", "Super customers (top %)"),
                _PYRAMID, 0, 100),
    SettingSpec("tier.big_percent", float, 4.0, QT_TRANSLATE_NOOP("Settings", "Big customers (next %)"),
                _PYRAMID, 0, 100),
    SettingSpec("tier.medium_percent", float, 15.0, QT_TRANSLATE_NOOP("Settings", "Medium customers (next %)"),
                _PYRAMID, 0, 100),
    SettingSpec("tier.at_least_one_super", bool, True,
                QT_TRANSLATE_NOOP("Settings", "Always at least one super customer"), _PYRAMID),
    SettingSpec("calls.daily_target", int, 60, QT_TRANSLATE_NOOP("Settings", "Calls per day"), _CALLS, 1, 1000),
    SettingSpec("calls.weight_demand", float, 1.0, QT_TRANSLATE_NOOP("Settings", "Weight of expected demand"),
                _CALLS, 0, 100),
    SettingSpec("calls.weight_intent", float, 1.0, QT_TRANSLATE_NOOP("Settings", "Weight of buying intent"),
                _CALLS, 0, 100),
    SettingSpec("calls.weight_tier", float, 1.0, QT_TRANSLATE_NOOP("Settings", "Weight of tier"), _CALLS, 0, 100),
    SettingSpec("calls.cadence_super_days", int, 7, QT_TRANSLATE_NOOP("Settings", "Call super customers every (days)"),
                _CALLS, 1, 365),
    SettingSpec("calls.cadence_big_days", int, 14, QT_TRANSLATE_NOOP("Settings", "Call big customers every (days)"),
                _CALLS, 1, 365),
    SettingSpec("calls.cadence_medium_days", int, 30,
                QT_TRANSLATE_NOOP("Settings", "Call medium customers every (days)"), _CALLS, 1, 365),
    SettingSpec("calls.cadence_small_days", int, 90, QT_TRANSLATE_NOOP("Settings", "Call small customers every (days)"),
                _CALLS, 1, 365),
    # the intent levels' names: the book keeps the codes A–D whatever they are called (scripts read the codes);
    # an empty name means the app's own wording (the placeholder) in the rep's language
    SettingSpec("intent.a_name", str, "", QT_TRANSLATE_NOOP("Settings", "Name of intent level A"), _INTENT,
                maximum=INTENT_NAME_MAX, placeholder=QT_TRANSLATE_NOOP("Settings", "clear intent to buy")),
    SettingSpec("intent.b_name", str, "", QT_TRANSLATE_NOOP("Settings", "Name of intent level B"), _INTENT,
                maximum=INTENT_NAME_MAX, placeholder=QT_TRANSLATE_NOOP("Settings", "interested")),
    SettingSpec("intent.c_name", str, "", QT_TRANSLATE_NOOP("Settings", "Name of intent level C"), _INTENT,
                maximum=INTENT_NAME_MAX, placeholder=QT_TRANSLATE_NOOP("Settings", "neutral")),
    SettingSpec("intent.d_name", str, "", QT_TRANSLATE_NOOP("Settings", "Name of intent level D"), _INTENT,
                maximum=INTENT_NAME_MAX, placeholder=QT_TRANSLATE_NOOP("Settings", "not interested")),
    SettingSpec("churn.yoy_share_percent", float, 40.0,
                QT_TRANSLATE_NOOP("Settings", "Churn warning below this share of last year (%)"), _CHURN, 0, 100),
    SettingSpec("churn.complaints", int, 3, QT_TRANSLATE_NOOP("Settings", "Complaints that make a churn warning"),
                _CHURN, 1, 100),
    SettingSpec("visits.per_day", int, 6, QT_TRANSLATE_NOOP("Settings", "Visits per day"), _VISITS, 1, 50),
    SettingSpec("visits.hours_per_day", float, 6.0, QT_TRANSLATE_NOOP("Settings", "Hours for visits per day"),
                _VISITS, 1, 24),
    SettingSpec("visits.minutes_each", int, 45, QT_TRANSLATE_NOOP("Settings", "Minutes per visit"), _VISITS, 5, 480),
    SettingSpec("visits.speed_kmh", float, 30.0, QT_TRANSLATE_NOOP("Settings", "Travel speed (km/h)"),
                _VISITS, 1, 200),
    SettingSpec("visits.start_time", str, "13:00", QT_TRANSLATE_NOOP("Settings", "Visits start at (HH:MM)"), _VISITS),
    SettingSpec("visits.start_address", str, "",
                QT_TRANSLATE_NOOP("Settings", "Where my visits start (home or office address, or latitude, longitude)"),
                _VISITS),
    SettingSpec("greetings.region", str, "CN", QT_TRANSLATE_NOOP("Settings", "Festival region"), _GREETINGS,
                choices=("CN", "HK", "TW")),
    SettingSpec("greetings.lead_days", int, 7, QT_TRANSLATE_NOOP("Settings", "Remind this many days ahead"),
                _GREETINGS, 0, 60),
    SettingSpec("greetings.lead_days_festivals", int, 10,
                QT_TRANSLATE_NOOP("Settings", "Remind of festivals this many days ahead"), _GREETINGS, 0, 60),
    SettingSpec("greetings.lead_days_anniversaries", int, 14,
                QT_TRANSLATE_NOOP("Settings", "Remind of anniversaries and events this many days ahead"),
                _GREETINGS, 0, 60),
    SettingSpec("greetings.key_customers_only", bool, True,
                QT_TRANSLATE_NOOP("Settings", "Greetings only for key customers (super and big)"), _GREETINGS),
    SettingSpec("close_day.time", str, "17:30", QT_TRANSLATE_NOOP("Settings", "Offer to close the day at (HH:MM)"),
                _CLOSING),
    SettingSpec("close_day.key_customers", int, 10,
                QT_TRANSLATE_NOOP("Settings", "Key customers to book for the next working day"), _CLOSING, 1, 100),
    SettingSpec("backups.daily", int, 7, QT_TRANSLATE_NOOP("Settings", "Daily backups to keep"), _BACKUPS, 1, 366),
    SettingSpec("backups.weekly", int, 4, QT_TRANSLATE_NOOP("Settings", "Weekly backups to keep"), _BACKUPS, 0, 520),
)

SPECS: Mapping[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

INTENT_NAME_KEYS: Mapping[Intent, str] = {intent: f"intent.{intent.value.lower()}_name" for intent in Intent}
"""The setting that names each intent level."""


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """The book's settings: stored values over the declared defaults."""

    stored: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        spec = SPECS[key]
        if key in self.stored:
            try:
                return spec.coerce(self.stored[key])
            except ValueError:
                return spec.default  # a hand-edited bad value never breaks the app
        return spec.default

    def as_dict(self) -> dict[str, Any]:
        return {spec.key: self[spec.key] for spec in SETTINGS}


DEFAULTS = RuleSettings({})
