"""Which of our languages fits a system locale. Plain Python, so the command line can use it without Qt.

Traditional Chinese (zh_TW, zh_HK, zh_MO, zh-Hant…) must never fall back to Simplified, and a bare `zh` or
zh-Hans/zh_SG is Simplified.
"""

from __future__ import annotations

from collections.abc import Iterable

LANGUAGES = ("en", "zh_CN", "zh_TW")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own script
TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


def normalize(name: str) -> str | None:
    """One of LANGUAGES for a locale name such as 'zh_TW.UTF-8', 'zh-Hant-HK', 'en_US'; None if not ours."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    if not parts or not parts[0]:
        return None
    language = parts[0].lower()
    if language == "en":
        return "en"
    if language != "zh":
        return None
    rest = [part.title() if len(part) == 4 else part.upper() for part in parts[1:]]
    if "Hant" in rest or TRADITIONAL_REGIONS.intersection(rest):
        return "zh_TW"
    return "zh_CN"


def choose_language(system_names: Iterable[str]) -> str:
    """The first of the system's preferred locales that we speak; English otherwise."""
    for name in system_names:
        found = normalize(name or "")
        if found:
            return found
    return "en"
