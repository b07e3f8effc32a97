"""The rep's words for customer value: churn signals with their evidence, lifecycle stages, tier movements, money.

The domain hands over codes and numbers (`ChurnSignal`, `Stage`, `TierChangeReason`, evidence dicts); only
this module turns them into sentences, in the current language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from telesales.domain.lifecycle import ChurnFlag, ChurnSignal, Stage
from telesales.domain.model import Tier
from telesales.domain.tiering import Movement, TierChangeReason
from telesales.ui.labels import tier_name

CONTEXT = "ValueWords"

SIGNAL_NAMES = {
    ChurnSignal.YOY_DROP: QT_TRANSLATE_NOOP("ValueWords", "Buying far less than last year"),
    ChurnSignal.SILENT: QT_TRANSLATE_NOOP("ValueWords", "Gone quiet"),
    ChurnSignal.OWNER_LEFT: QT_TRANSLATE_NOOP("ValueWords", "Owner left"),
    ChurnSignal.STALLED_DEAL: QT_TRANSLATE_NOOP("ValueWords", "Deal stalled"),
    ChurnSignal.UNMET_REQUEST: QT_TRANSLATE_NOOP("ValueWords", "Asked for what we do not offer"),
    ChurnSignal.COMPLAINTS: QT_TRANSLATE_NOOP("ValueWords", "Repeated complaints"),
}

EVIDENCE = {
    ChurnSignal.YOY_DROP: QT_TRANSLATE_NOOP(
        "ValueWords", "{this} this year vs {last} by this day last year: {share}% (alert below {threshold}%)"),
    ChurnSignal.SILENT: QT_TRANSLATE_NOOP(
        "ValueWords", "No order for {days} days; usually one every {gap} days"),
    ChurnSignal.OWNER_LEFT: QT_TRANSLATE_NOOP("ValueWords", "Owned by {owner}, who is not you"),
    ChurnSignal.STALLED_DEAL: QT_TRANSLATE_NOOP(
        "ValueWords", "An open deal has not moved for {days} days"),
    ChurnSignal.UNMET_REQUEST: QT_TRANSLATE_NOOP(
        "ValueWords", "{count} request(s) we could not meet, the latest {days} days ago"),
    ChurnSignal.COMPLAINTS: QT_TRANSLATE_NOOP(
        "ValueWords", "{count} complaints in the last {window} days"),
}

STAGE_NAMES = {
    Stage.ACQUISITION: QT_TRANSLATE_NOOP("ValueWords", "Trial"),
    Stage.GROWTH: QT_TRANSLATE_NOOP("ValueWords", "Growth"),
    Stage.STABLE: QT_TRANSLATE_NOOP("ValueWords", "Stable"),
    Stage.DECLINE: QT_TRANSLATE_NOOP("ValueWords", "Decline"),
}

MOVEMENT_NAMES = {
    Movement.UP: QT_TRANSLATE_NOOP("ValueWords", "▲ Up"),
    Movement.DOWN: QT_TRANSLATE_NOOP("ValueWords", "▼ Down"),
    Movement.NEW: QT_TRANSLATE_NOOP("ValueWords", "● New"),
}

REASON_NAMES = {
    TierChangeReason.NEW: QT_TRANSLATE_NOOP("ValueWords", "First tiering"),
    TierChangeReason.RECOMPUTED: QT_TRANSLATE_NOOP("ValueWords", "Revenue changed"),
    TierChangeReason.PINNED: QT_TRANSLATE_NOOP("ValueWords", "Pinned by hand"),
    TierChangeReason.UNPINNED: QT_TRANSLATE_NOOP("ValueWords", "Pin lifted"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def money(cents: int) -> str:
    """An amount in the current language's number format, without cents when it is whole."""
    locale = QLocale()
    if cents % 100 == 0:
        return locale.toString(cents // 100)
    return locale.toString(cents / 100, "f", 2)


def percent(share: float) -> str:
    """A share 0..1 as a percentage with one decimal (0.1234 → 12.3)."""
    return QLocale().toString(share * 100, "f", 1)


def number(value: float) -> str:
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def signal_name(code: ChurnSignal | str) -> str:
    return tr(SIGNAL_NAMES[ChurnSignal(code)])


def signal_names(codes: str) -> str:
    """Stored comma-separated signal codes as words."""
    known = {signal.value for signal in ChurnSignal}
    return QCoreApplication.translate("ValueWords", "; ").join(signal_name(code) for code in codes.split(",") if code in known)


def evidence_text(flag: ChurnFlag, owner: str = "") -> str:
    """What made a signal fire, with its numbers."""
    e: Mapping[str, int | float] = flag.evidence
    code = flag.code
    text = tr(EVIDENCE[code])
    if code is ChurnSignal.YOY_DROP:
        return text.format(this=money(int(e["this_ytd_cents"])), last=money(int(e["last_ytd_cents"])),
                           share=number(e["share_percent"]), threshold=number(e["threshold_percent"]))
    if code is ChurnSignal.SILENT:
        return text.format(days=number(e["days_since_last_order"]), gap=number(e["usual_gap_days"]))
    if code is ChurnSignal.OWNER_LEFT:
        return text.format(owner=owner or "?")
    if code is ChurnSignal.STALLED_DEAL:
        return text.format(days=number(e["longest_days"]))
    if code is ChurnSignal.UNMET_REQUEST:
        return text.format(count=number(e["unmet_requests"]), days=number(e["days_since_latest"]))
    return text.format(count=number(e["complaints"]), window=number(e["window_days"]))


def stage_name(stage: Stage | str | None) -> str:
    if not stage:
        return ""
    return tr(STAGE_NAMES[Stage(stage)])


def movement_name(movement: Movement) -> str:
    return tr(MOVEMENT_NAMES[movement])


def reason_name(reason: str) -> str:
    try:
        return tr(REASON_NAMES[TierChangeReason(reason)])
    except ValueError:
        return reason


def tier_with_pin(tier: Tier, pinned: bool) -> str:
    """The tier the book uses, marked when the rep pinned it (the computed tier goes beside it)."""
    if not pinned:
        return tier_name(tier)
    return QCoreApplication.translate("ValueWords", "{pin} (pinned)").format(pin=tier_name(tier))
