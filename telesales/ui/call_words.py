"""The rep's words for the call list and the call log: reasons, why someone is left out, outcomes, intents,
attitudes, repeat-call warnings and what a saved call created. The domain hands out codes and numbers; only this
module turns them into sentences, in the current language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from telesales.domain.calllist import (
    CallCandidate,
    FollowUpReminder,
    IntentDirection,
    IntentMove,
    LeftOutWhy,
    MaterialsTask,
    Reason,
    ReasonCode,
    RepeatCallWarning,
    RepeatWhy,
    VisitProposal,
)
from telesales.domain.lifecycle import ChurnSignal
from telesales.domain.model import Attitude, CallOutcome
from telesales.ui.intent_words import intent_label
from telesales.ui.labels import tier_name
from telesales.ui.value_words import signal_name

CONTEXT = "CallWords"

REASON_CHIPS = {
    ReasonCode.EXPECTED_DEMAND: QT_TRANSLATE_NOOP("CallWords", "Demand {amount}"),
    ReasonCode.INTENT: QT_TRANSLATE_NOOP("CallWords", "Intent {level}"),
    ReasonCode.POTENTIAL_BIG_CUSTOMER: QT_TRANSLATE_NOOP("CallWords", "Potential big customer"),
    ReasonCode.FOLLOW_UP_DUE: QT_TRANSLATE_NOOP("CallWords", "Follow-up today"),
    ReasonCode.FOLLOW_UP_OVERDUE: QT_TRANSLATE_NOOP("CallWords", "Follow-up overdue"),
    ReasonCode.CALL_BACK_DUE: QT_TRANSLATE_NOOP("CallWords", "Call back now"),
    ReasonCode.GOING_QUIET: QT_TRANSLATE_NOOP("CallWords", "Going quiet"),
    ReasonCode.CADENCE_DUE: QT_TRANSLATE_NOOP("CallWords", "Due for a call"),
    ReasonCode.CHURN_WARNING: QT_TRANSLATE_NOOP("CallWords", "Churn warning"),
    ReasonCode.SPECIAL_DATE: QT_TRANSLATE_NOOP("CallWords", "Special date"),
}

# reasons that make a customer a must-call, and warnings: drawn in a warmer colour
URGENT_REASONS = frozenset({ReasonCode.FOLLOW_UP_DUE, ReasonCode.FOLLOW_UP_OVERDUE, ReasonCode.CALL_BACK_DUE})
WARNING_REASONS = frozenset({ReasonCode.GOING_QUIET, ReasonCode.CHURN_WARNING, ReasonCode.POTENTIAL_BIG_CUSTOMER})

LEFT_OUT = {
    LeftOutWhy.OTHER: QT_TRANSLATE_NOOP("CallWords", "Marked “other”: never called"),
    LeftOutWhy.DO_NOT_CALL: QT_TRANSLATE_NOOP("CallWords", "Do not call"),
    LeftOutWhy.REFUSED: QT_TRANSLATE_NOOP("CallWords", "Refused on the last call"),
    LeftOutWhy.REACHED_TODAY: QT_TRANSLATE_NOOP("CallWords", "Already reached today"),
    LeftOutWhy.CALL_BACK_LATER: QT_TRANSLATE_NOOP("CallWords", "Asked to be called back later"),
}

OUTCOMES = {
    CallOutcome.CONNECTED: QT_TRANSLATE_NOOP("CallWords", "Connected"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("CallWords", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("CallWords", "Busy"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("CallWords", "Wrong number"),
    CallOutcome.REFUSED: QT_TRANSLATE_NOOP("CallWords", "Refused"),
    CallOutcome.CALL_BACK: QT_TRANSLATE_NOOP("CallWords", "Call back later"),
}

ATTITUDES = {
    Attitude.WARM: QT_TRANSLATE_NOOP("CallWords", "Warm"),
    Attitude.NEUTRAL: QT_TRANSLATE_NOOP("CallWords", "Neutral"),
    Attitude.COLD: QT_TRANSLATE_NOOP("CallWords", "Cold"),
    Attitude.HOSTILE: QT_TRANSLATE_NOOP("CallWords", "Hostile"),
}

KNOWN_SIGNALS = frozenset(signal.value for signal in ChurnSignal)

OCCASIONS = {
    "birthday": QT_TRANSLATE_NOOP("CallWords", "Birthday"),
    "company_anniversary": QT_TRANSLATE_NOOP("CallWords", "Company anniversary"),
    "first_deal": QT_TRANSLATE_NOOP("CallWords", "Anniversary of our first deal"),
    "event": QT_TRANSLATE_NOOP("CallWords", "Event"),
    "festival": QT_TRANSLATE_NOOP("CallWords", "Festival"),
}


def tr(text: str) -> str:
    """A source text marked in one of the tables above, in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


translate = QCoreApplication.translate  # lupdate reads translate("CallWords", "…") calls with their context


# ---------------------------------------------------------------------------------------------- numbers, times


def money(cents: int) -> str:
    """An amount in the rep's language: whole units when there are no cents."""
    locale = QLocale()
    if cents % 100 == 0:
        return locale.toString(cents // 100)
    return locale.toString(cents / 100, "f", 2)


def points(value: float) -> str:
    return QLocale().toString(float(value), "f", 2 if round(value, 1) != value else 1)


def local_moment(moment: datetime, zone_now: datetime) -> str:
    """A moment in the rep's zone (that of `zone_now`): the time alone on the same day, else date and time."""
    here = moment.astimezone(zone_now.tzinfo)
    locale = QLocale()
    clock = f"{here.hour:02d}:{here.minute:02d}"
    if here.date() == zone_now.date():
        return clock
    return f"{locale.toString(here.date(), QLocale.FormatType.ShortFormat)} {clock}"


def day(on: date) -> str:
    return QLocale().toString(on, QLocale.FormatType.ShortFormat)


# ---------------------------------------------------------------------------------------------- enums


def outcome_name(outcome: CallOutcome) -> str:
    return tr(OUTCOMES[outcome])


def attitude_name(attitude: Attitude) -> str:
    return tr(ATTITUDES[attitude])


def left_out_why(why: LeftOutWhy) -> str:
    return tr(LEFT_OUT[why])


def occasion_name(kind: str | None) -> str:
    return tr(OCCASIONS.get(kind or "", QT_TRANSLATE_NOOP("CallWords", "Special date")))


# ---------------------------------------------------------------------------------------------- reasons


def _demand_cents(candidate: CallCandidate) -> int:
    return max(candidate.open_value_cents, candidate.recent_demand_cents)


def reason_chip(reason: Reason, candidate: CallCandidate) -> str:
    """The short word for a reason, shown in the list at a glance."""
    code = reason.code
    if code is ReasonCode.EXPECTED_DEMAND:
        return tr(REASON_CHIPS[code]).format(amount=money(_demand_cents(candidate)))
    if code is ReasonCode.INTENT:
        return tr(REASON_CHIPS[code]).format(level=candidate.intent.value if candidate.intent else "")
    if code is ReasonCode.TIER:
        return tier_name(candidate.tier)
    if code is ReasonCode.SPECIAL_DATE:
        return occasion_name(candidate.special_kind)
    return tr(REASON_CHIPS.get(code, code.value))


def reason_detail(reason: Reason, candidate: CallCandidate, now: datetime) -> str:
    """The reason in full: what the book saw, for the tooltip and the detail pane (without the points)."""
    code = reason.code
    today = now.date()
    if code is ReasonCode.EXPECTED_DEMAND:
        return translate("CallWords", "Expected demand: {amount}").format(amount=money(_demand_cents(candidate)))
    if code is ReasonCode.INTENT and candidate.intent is not None:
        return translate("CallWords", "Intent: {meaning}").format(meaning=intent_label(candidate.intent))
    if code is ReasonCode.TIER:
        return translate("CallWords", "Tier: {tier}").format(tier=tier_name(candidate.tier))
    if code is ReasonCode.POTENTIAL_BIG_CUSTOMER:
        return translate("CallWords", "Potential big customer: {tier} today, recent demand {amount}").format(
            tier=tier_name(candidate.tier), amount=money(candidate.recent_demand_cents))
    if code is ReasonCode.FOLLOW_UP_DUE:
        return translate("CallWords", "Follow-up due today")
    if code is ReasonCode.FOLLOW_UP_OVERDUE and candidate.follow_up_on is not None:
        return translate("CallWords", "Follow-up overdue since {date} ({days} days)").format(
            date=day(candidate.follow_up_on), days=(today - candidate.follow_up_on).days)
    if code is ReasonCode.CALL_BACK_DUE and candidate.call_back_at is not None:
        return translate("CallWords", "Asked to be called back at {time}").format(time=local_moment(candidate.call_back_at, now))
    if code in (ReasonCode.GOING_QUIET, ReasonCode.CADENCE_DUE):
        reached = candidate.last_reached_at
        if reached is None:
            return translate("CallWords", "Key customer never reached") if code is ReasonCode.GOING_QUIET else translate("CallWords", "Never reached")
        days = (now - reached).days
        if code is ReasonCode.GOING_QUIET:
            return translate("CallWords", "Key customer going quiet: not reached for {days} days").format(days=days)
        return translate("CallWords", "Not reached for {days} days").format(days=days)
    if code is ReasonCode.CHURN_WARNING:
        signals = [signal_name(code) if code in KNOWN_SIGNALS else code  # worded as on the value screens
                   for code in candidate.churn_signals]
        return translate("CallWords", "Churn warning: {signals}").format(signals=translate("CallWords", ", ").join(signals))
    if code is ReasonCode.SPECIAL_DATE and candidate.special_date is not None:
        if candidate.special_date == today:
            return translate("CallWords", "{occasion} today").format(occasion=occasion_name(candidate.special_kind))
        return translate("CallWords", "{occasion} on {date}").format(occasion=occasion_name(candidate.special_kind),
                                                 date=day(candidate.special_date))
    return reason_chip(reason, candidate)


def reason_line(reason: Reason, candidate: CallCandidate, now: datetime) -> str:
    """One reason with its points: "Expected demand: 12,000 (+40.8)"."""
    return translate("CallWords", "{reason} (+{points})").format(reason=reason_detail(reason, candidate, now),
                                            points=points(reason.points))


# ---------------------------------------------------------------------------------------------- warnings, results


def repeat_warning_text(warning: RepeatCallWarning, now: datetime) -> str:
    calls = translate("CallWords", ", ").join(
        translate("CallWords", "{time} {outcome}").format(time=local_moment(earlier.called_at, now), outcome=outcome_name(earlier.outcome))
        for earlier in warning.earlier)
    if warning.why is RepeatWhy.REACHED_TODAY:
        return translate("CallWords", "Already reached today ({calls}). Call again only if you mean to.").format(calls=calls)
    return translate("CallWords", "Already called {count} times today without reaching them ({calls}).").format(
        count=warning.attempts_today, calls=calls)


def intent_move_text(move: IntentMove) -> str:
    if move.direction is IntentDirection.NEW or move.from_intent is None:
        return translate("CallWords", "intent {to}").format(to=move.to_intent.value)
    return translate("CallWords", "intent {before} → {after}").format(before=move.from_intent.value, after=move.to_intent.value)


def created_text(created: tuple[object, ...], marked_do_not_call: bool, now: datetime) -> str:
    """What a saved call created, as one line for the status bar."""
    parts: list[str] = []
    for item in created:
        if isinstance(item, FollowUpReminder):
            parts.append(translate("CallWords", "follow-up on {date}").format(date=day(item.due_on)))
        elif isinstance(item, VisitProposal):
            parts.append(translate("CallWords", "visit proposed for {when}").format(when=local_moment(item.when, now))
                         if item.when else translate("CallWords", "visit proposed"))
        elif isinstance(item, MaterialsTask):
            parts.append(translate("CallWords", "materials to send: {what}").format(what=item.what))
        elif isinstance(item, IntentMove):
            parts.append(intent_move_text(item))
    if marked_do_not_call:
        parts.append(translate("CallWords", "marked do-not-call"))
    if not parts:
        return translate("CallWords", "Call saved.")
    return translate("CallWords", "Call saved: {what}.").format(what=translate("CallWords", ", ").join(parts))
