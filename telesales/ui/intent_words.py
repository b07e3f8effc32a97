"""The rep's words for the buying-intent levels (成交意向, A–D), everywhere the app shows one.

The book keeps the codes A–D whatever the levels are called (scripts and exports read the codes). The rep may
name each level in Settings → Buying intent; an empty name means the app's own wording in the current language
(the setting's placeholder, translated in the "Settings" context where it is declared).

The names in use are the open book's: the main window hands them over when a book opens and when its settings
are saved (`use_names`). They are read on the GUI thread only, as the words are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from telesales.domain.model import Intent
from telesales.domain.settings import INTENT_NAME_KEYS, SPECS, RuleSettings

CONTEXT = "IntentWords"
LABEL: str = str(QT_TRANSLATE_NOOP("IntentWords", "{level} — {name}"))
SHORT: str = str(QT_TRANSLATE_NOOP("IntentWords", "{level} · {name}"))

_names: dict[Intent, str] = {}  # the open book's own names; a level missing here has the app's wording


def use_names(rules: RuleSettings | None) -> None:
    """Name the levels as a book's settings do (None: the app's wording for all four)."""
    _names.clear()
    if rules is None:
        return
    for intent, key in INTENT_NAME_KEYS.items():
        if name := str(rules[key]).strip():
            _names[intent] = name


def default_name(intent: Intent) -> str:
    """The app's wording for a level, in the current language."""
    return QCoreApplication.translate("Settings", SPECS[INTENT_NAME_KEYS[intent]].placeholder)


def intent_name(intent: Intent) -> str:
    """The level's name: the book's, or the app's wording."""
    return _names.get(intent) or default_name(intent)


def intent_label(intent: Intent | str | None) -> str:
    """"A — clear intent to buy": the code the book keeps, then the level's name ("" for no level)."""
    return _worded(LABEL, intent)


def intent_short(intent: Intent | str | None) -> str:
    """"A · clear intent to buy", for table cells ("" for no level)."""
    return _worded(SHORT, intent)


def _worded(form: str, intent: Intent | str | None) -> str:
    if not intent:
        return ""
    if intent not in _LEVELS:
        return str(intent)  # a code this version does not know: shown as it is
    level = Intent(intent)
    return QCoreApplication.translate(CONTEXT, form).format(level=level.value, name=intent_name(level))


_LEVELS = frozenset(intent.value for intent in Intent)


__all__ = ["default_name", "intent_label", "intent_name", "intent_short", "use_names"]
