"""The command line's help in the rep's language: Qt's compiled translations, read only when help is shown."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


FIRST_DAY, LAST_DAY = date(1901, 1, 1), date(2099, 12, 31)  # the span of the lunar tables; a book needs no more


def day(text: str) -> date:
    """argparse's type for a date on the command line: YYYY-MM-DD between FIRST_DAY and LAST_DAY.

    Further out, date arithmetic (a month before, a week after) leaves Python's calendar and lunar dates leave
    the tables: such a date is refused here, in one line, rather than failing deep inside."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{text!r} is outside {FIRST_DAY} … {LAST_DAY}")
    return value


def number(text: str) -> int:
    """argparse's type for a whole number (an id, a limit, a year): one SQLite can store (64 bits)."""
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from error
    if abs(value) > 2**63 - 1:
        raise argparse.ArgumentTypeError(f"{text!r} is too large")
    return value


def help_language() -> str:
    from telesales.i18n.choice import choose_language
    from telesales.preferences import load_preferences

    remembered = load_preferences().language
    if remembered:
        return remembered
    return choose_language([os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")])


def _translator(language: str) -> Callable[[str], str] | None:
    if language == "en":
        return None
    try:
        from PySide6.QtCore import QTranslator

        from telesales.i18n.qt import compiled_translation

        qm = compiled_translation(language)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)):
            return None
    except Exception:  # noqa: BLE001 - help in English rather than no help
        return None
    return lambda text: translator.translate("CLI", text) or text


def translate_help(parser: argparse.ArgumentParser, argv: Sequence[str], language: str | None = None) -> None:
    """Word the help of `parser` and its subcommands in the rep's language, when help is asked for."""
    if not {"-h", "--help"}.intersection(argv):
        return
    translate = _translator(language or help_language())
    if translate is None:
        return
    _translate_parser(parser, translate)


def _translate_parser(parser: argparse.ArgumentParser, translate: Callable[[str], str]) -> None:
    if parser.description:
        parser.description = translate(parser.description)
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its actions here
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = translate(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                choice.help = translate(choice.help or "")
            for sub in action.choices.values():
                _translate_parser(sub, translate)


def book_location(text: str) -> Path | str:
    """A book file's path, or a shared book's postgresql:// URL as given."""
    if text.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres"):
        return text
    return Path(text)
