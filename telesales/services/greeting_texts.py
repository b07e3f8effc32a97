"""Ready texts for reminders: the shipped templates (resources/templates) under the rep's own edits.

Greeting templates are `greetings.<language>.json` (one per occasion); the thank-you letter and the close of
the day are `letters.<language>.json`. Both have `names` (the occasion's words in that language) and
`templates` with the named placeholders of `telesales.domain.greetings.PLACEHOLDERS`.

The rep's edits are kept in the book (see `ReminderRepository.save_template`): the book is the rep's one file,
so an edited text travels with it to a new laptop or a shared server, is in every backup, and is saved in the
same transaction discipline as everything else. A file beside the book could be lost or left behind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from telesales.domain.greetings import (
    PLACEHOLDERS,
    GreetingTemplateError,
    render_greeting,
    template_placeholders,
)
from telesales.resources import resource

LANGUAGES = ("en", "zh_CN", "zh_TW")
LETTERS = ("thank_you", "close_day")
"""Templates that are not greetings: the thank-you letter (DOMAIN.md §7) and the close of the day."""

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def language_of(language: str) -> str:
    """One of LANGUAGES for any language code the app uses (en_US → en, zh_HK → zh_TW)."""
    if language in LANGUAGES:
        return language
    if language.startswith("zh"):
        return "zh_CN" if language in ("zh", "zh_SG", "zh_Hans") or "Hans" in language else "zh_TW"
    return "en"


def format_date(day: date, language: str) -> str:
    """A date as a letter writes it: "December 25, 2026" / "2026年12月25日" (never the system's locale)."""
    if language_of(language) == "en":
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


@cache
def _shipped(kind: str, language: str) -> Mapping[str, Any]:
    with resource("templates", f"{kind}.{language}.json").open(encoding="utf-8") as handle:
        data: Mapping[str, Any] = json.load(handle)
    return data


def shipped_templates(language: str) -> dict[str, str]:
    language = language_of(language)
    return {**_shipped("greetings", language)["templates"], **_shipped("letters", language)["templates"]}


def occasion_names(language: str) -> dict[str, str]:
    """Occasion code → its words in `language` (festivals, birthday, …, thank-you letter, close the day)."""
    language = language_of(language)
    return {**_shipped("greetings", language)["names"], **_shipped("letters", language)["names"]}


@dataclass(frozen=True, slots=True)
class TemplateSet:
    """The templates of one language as the rep uses them: edited ones over the shipped ones."""

    language: str
    names: dict[str, str]
    templates: dict[str, str]
    shipped: dict[str, str]

    @property
    def edited(self) -> frozenset[str]:
        return frozenset(name for name, text in self.templates.items() if text != self.shipped.get(name))

    def render(self, name: str, values: Mapping[str, str]) -> str:
        return render_greeting(self.templates[name], values)

    def usable(self, name: str) -> str:
        """The rep's template for `name` when every placeholder in it can be filled, else the shipped one (a
        template broken by hand never leaves a reminder without its text)."""
        text = self.templates[name]
        try:
            check_template(text)
        except GreetingTemplateError:
            return self.shipped[name]
        return text


def template_set(language: str, edited: Mapping[str, str]) -> TemplateSet:
    """`edited` maps `language.name` to the rep's text (as the book keeps them)."""
    language = language_of(language)
    shipped = shipped_templates(language)
    mine = {name: edited[f"{language}.{name}"] for name in shipped if f"{language}.{name}" in edited}
    return TemplateSet(language, occasion_names(language), {**shipped, **mine}, shipped)


def check_template(text: str) -> None:
    """GreetingTemplateError when `text` cannot be a template (bad braces, a placeholder nobody fills)."""
    unknown = template_placeholders(text) - set(PLACEHOLDERS)
    if unknown:
        known = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        raise GreetingTemplateError(
            f"unknown placeholder {', '.join(f'{{{name}}}' for name in sorted(unknown))} (known: {known})")
    if not text.strip():
        raise GreetingTemplateError("a template cannot be empty")


def sample_values(language: str, sender: str) -> dict[str, str]:
    """Values for a preview of a template."""
    if language_of(language) == "en":
        contact, customer = "Ms Li Na", "Everbright Trading"
    elif language_of(language) == "zh_CN":
        contact, customer = "李娜", "光大贸易有限公司"
    else:
        contact, customer = "李娜", "光大貿易有限公司"
    today = date(2027, 2, 6)
    return {"contact": contact, "customer": customer, "occasion": "", "year": str(today.year),
            "date": format_date(today, language), "sender": sender}
