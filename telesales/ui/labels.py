"""The rep's words for the domain's codes (tiers, outcomes, problems), in the current language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from telesales.domain.errors import BookProblem
from telesales.domain.model import Tier

TIER_NAMES = {
    Tier.SUPER: QT_TRANSLATE_NOOP("Labels", "Super"),
    Tier.BIG: QT_TRANSLATE_NOOP("Labels", "Big"),
    Tier.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Tier.SMALL: QT_TRANSLATE_NOOP("Labels", "Small"),
    Tier.INACTIVE: QT_TRANSLATE_NOOP("Labels", "Inactive"),
    Tier.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
    Tier.SUSPECT: QT_TRANSLATE_NOOP("Labels", "Suspect"),
    Tier.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

BOOK_PROBLEMS = {
    BookProblem.MISSING: QT_TRANSLATE_NOOP("Labels", "There is no book at {path}."),
    BookProblem.NOT_A_BOOK: QT_TRANSLATE_NOOP("Labels", "{path} is not a telesales book. The file was not changed."),
    BookProblem.DAMAGED: QT_TRANSLATE_NOOP("Labels", "{path} is damaged and cannot be read. The file was not changed."),
    BookProblem.NEWER: QT_TRANSLATE_NOOP(
        "Labels", "{path} was made by a newer version of telesales. Update the app to open it."),
    BookProblem.EXISTS: QT_TRANSLATE_NOOP("Labels", "{path} already exists; choose another name."),
    BookProblem.READ_ONLY: QT_TRANSLATE_NOOP("Labels", "{path} is read-only: nothing could be saved."),
    BookProblem.DISK_FULL: QT_TRANSLATE_NOOP("Labels", "The disk is full: nothing could be saved in {path}."),
    BookProblem.BUSY: QT_TRANSLATE_NOOP(
        "Labels", "Another program kept {path} busy too long: nothing was saved. Try again."),
    BookProblem.UNREACHABLE: QT_TRANSLATE_NOOP("Labels", "The shared book {path} cannot be used: {detail}"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def tier_name(tier: Tier) -> str:
    return tr(TIER_NAMES[tier])


def book_problem(problem: BookProblem, path: str, detail: str = "") -> str:
    return tr(BOOK_PROBLEMS[problem]).format(path=path, detail=detail)
