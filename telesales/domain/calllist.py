"""The day's call list and what follows from logging a call (DOMAIN.md §3).

Pure rules: no clock, no database, no Qt. Every function takes `now` (an aware datetime in the rep's local
time zone) or `today`. Money is integer cents. Results are data — codes (`StrEnum`) and numbers — which the UI
words in the rep's language.

Scoring (every term is one reason; the score is the sum of its reasons' points, rounded to 0.01 each):

    expected_demand         weight_demand × 10 × log10(1 + demand in whole currency units)
                            demand = max(open expected value, recent demand)
    intent                  weight_intent × {A: 20, B: 14, C: 7, D: 0}
    tier                    weight_tier × {super 10, big 8, medium 6, small 4, inactive 3, prospect 2, suspect 1}
    potential_big_customer  low tier (small, inactive, prospect, suspect) with recent demand ≥ potential_big_cents:
                            weight_tier × (tier points of big − own tier points) + potential_big_bonus
                            (it ranks as a big customer would, and above a big customer without demand)
    follow_up_due           follow-up date is today: follow_up_points
    follow_up_overdue       follow-up date has passed: follow_up_points + overdue_log2_points × log2(1 + days)
    call_back_due           the customer's call-back time has come (and no call since): call_back_points
    going_quiet             super/big/medium not reached for longer than the tier's cadence:
                            going_quiet_points + going_quiet_log2_points × log2(1 + days beyond the cadence),
                            at most going_quiet_max_points (also when never reached)
    cadence_due             small customer not reached for longer than the small cadence: cadence_due_points
    churn_warning           churn_points + churn_extra_points per further signal, at most churn_max_points
    special_date            a special date today or within special_date_days:
                            special_date_points − special_date_step × days until it (today is the most)

Order: score (exactly, in hundredths) descending, then customer id ascending. Demand and intent carry the
largest weights, the tier breaks near-ties. Follow-ups that are due or overdue and call-backs that are due are
"must call": they are always in the list, even when `limit` would cut them.
"""

from __future__ import annotations

import gc
import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple

from telesales.domain.model import Call, CallOutcome, Intent, Tier
from telesales.domain.settings import RuleSettings

# ---------------------------------------------------------------------------------------------- codes


class ReasonCode(StrEnum):
    """Why a customer is on the list, and where their points come from."""

    EXPECTED_DEMAND = "expected_demand"
    INTENT = "intent"
    TIER = "tier"
    POTENTIAL_BIG_CUSTOMER = "potential_big_customer"
    FOLLOW_UP_DUE = "follow_up_due"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    CALL_BACK_DUE = "call_back_due"
    GOING_QUIET = "going_quiet"
    CADENCE_DUE = "cadence_due"
    CHURN_WARNING = "churn_warning"
    SPECIAL_DATE = "special_date"


class LeftOutWhy(StrEnum):
    """Why a customer is not on today's list. When several apply, the first in this order is given."""

    OTHER = "other"
    DO_NOT_CALL = "do_not_call"
    REFUSED = "refused"
    REACHED_TODAY = "reached_today"
    CALL_BACK_LATER = "call_back_later"


class RepeatWhy(StrEnum):
    REACHED_TODAY = "reached_today"
    CALLED_REPEATEDLY_TODAY = "called_repeatedly_today"


class ConsequenceKind(StrEnum):
    FOLLOW_UP = "follow_up"
    VISIT_PROPOSAL = "visit_proposal"
    MATERIALS = "materials"
    SUGGEST_DO_NOT_CALL = "suggest_do_not_call"
    INTENT_MOVE = "intent_move"


class IntentDirection(StrEnum):
    UP = "up"  # clearer intent (towards A)
    DOWN = "down"  # weaker intent (towards D)
    NEW = "new"  # first intent recorded for this customer


# ---------------------------------------------------------------------------------------------- tables

TIER_POINTS: Mapping[Tier, float] = {
    Tier.SUPER: 10.0,
    Tier.BIG: 8.0,
    Tier.MEDIUM: 6.0,
    Tier.SMALL: 4.0,
    Tier.INACTIVE: 3.0,
    Tier.PROSPECT: 2.0,
    Tier.SUSPECT: 1.0,
    Tier.OTHER: 0.0,
}
INTENT_POINTS: Mapping[Intent, float] = {Intent.A: 20.0, Intent.B: 14.0, Intent.C: 7.0, Intent.D: 0.0}
KEY_TIERS: frozenset[Tier] = frozenset({Tier.SUPER, Tier.BIG, Tier.MEDIUM})
LOW_TIERS: frozenset[Tier] = frozenset({Tier.SMALL, Tier.INACTIVE, Tier.PROSPECT, Tier.SUSPECT})
_INTENT_RANK: Mapping[Intent, int] = {Intent.A: 3, Intent.B: 2, Intent.C: 1, Intent.D: 0}

# ---------------------------------------------------------------------------------------------- inputs


class CallCandidate(NamedTuple):
    """What the book keeps up to date about one customer for the call list. Immutable; `_replace` gives a changed
    copy.

    Moments are aware datetimes (UTC in the store). `recent_demand_cents` is the expected value of the calls
    within the last `CallListParams.demand_window_days`; `open_value_cents` is the expected value from the
    latest call's need. `call_back_at` is the pending "call back later" time (the store clears it when a later
    call is logged; a call after it also clears it here). `special_kind` is a `DateKind` value or "festival".
    A tuple, not a dataclass: the store makes 100,000 of them for every ranking, and a tuple is made in one step
    (a frozen dataclass sets its fields one by one), and the ranking unpacks it in one step too.
    """

    customer_id: int
    name: str
    tier: Tier
    do_not_call: bool = False
    marked_other: bool = False
    last_call_at: datetime | None = None
    last_reached_at: datetime | None = None
    last_outcome: CallOutcome | None = None
    call_back_at: datetime | None = None
    intent: Intent | None = None
    open_value_cents: int = 0
    recent_demand_cents: int = 0
    follow_up_on: date | None = None
    churn_signals: tuple[str, ...] = ()
    special_date: date | None = None
    special_kind: str | None = None


@dataclass(frozen=True, slots=True)
class CallListParams:
    """The knobs of the call list. Weights and cadences come from the settings; the rest are defaults."""

    weight_demand: float = 1.0
    weight_intent: float = 1.0
    weight_tier: float = 1.0
    cadence_super_days: int = 7
    cadence_big_days: int = 14
    cadence_medium_days: int = 30
    cadence_small_days: int = 90
    demand_window_days: int = 30  # for whoever fills CallCandidate.recent_demand_cents
    demand_scale: float = 10.0
    potential_big_cents: int = 500_000
    potential_big_bonus: float = 5.0
    follow_up_points: float = 25.0
    overdue_log2_points: float = 10.0
    call_back_points: float = 25.0
    going_quiet_points: float = 10.0
    going_quiet_log2_points: float = 5.0
    going_quiet_max_points: float = 30.0
    cadence_due_points: float = 5.0
    churn_points: float = 15.0
    churn_extra_points: float = 5.0
    churn_max_points: float = 30.0
    special_date_days: int = 3
    special_date_points: float = 12.0
    special_date_step: float = 2.0

    @classmethod
    def from_settings(cls, settings: RuleSettings) -> CallListParams:
        return cls(
            weight_demand=float(settings["calls.weight_demand"]),
            weight_intent=float(settings["calls.weight_intent"]),
            weight_tier=float(settings["calls.weight_tier"]),
            cadence_super_days=int(settings["calls.cadence_super_days"]),
            cadence_big_days=int(settings["calls.cadence_big_days"]),
            cadence_medium_days=int(settings["calls.cadence_medium_days"]),
            cadence_small_days=int(settings["calls.cadence_small_days"]),
        )

    def cadence_days(self, tier: Tier) -> int | None:
        """Days between contacts the tier expects, or None when it has no cadence."""
        return {
            Tier.SUPER: self.cadence_super_days,
            Tier.BIG: self.cadence_big_days,
            Tier.MEDIUM: self.cadence_medium_days,
            Tier.SMALL: self.cadence_small_days,
        }.get(tier)


# ---------------------------------------------------------------------------------------------- outputs


class Reason(NamedTuple):
    code: ReasonCode
    points: float  # rounded to 0.01


class RankedCall(NamedTuple):
    """One line of the call list. Immutable; `_asdict()` gives the fields by name."""

    rank: int  # 1-based
    customer_id: int
    name: str
    score: float  # the sum of the reasons' points, in their order
    reasons: tuple[Reason, ...]
    must_call: bool  # a due/overdue follow-up or a due call-back: never cut by the limit
    candidate: CallCandidate


class LeftOut(NamedTuple):
    customer_id: int
    why: LeftOutWhy


@dataclass(frozen=True, slots=True)
class CallList:
    today: date  # the rep's local day the list is for
    calls: list[RankedCall]  # best first
    left_out: list[LeftOut]  # by customer id
    more: int = 0  # callable customers cut by the limit


# ---------------------------------------------------------------------------------------------- ranking


def local_day_bounds(now: datetime) -> tuple[date, datetime, datetime]:
    """The rep's local day of `now` and its start and end (exclusive) as UTC datetimes."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime in the rep's time zone")
    today = now.date()
    zone = now.tzinfo
    start = datetime.combine(today, time(), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    return today, start, end


def _c(points: float) -> int:
    """Points in whole hundredths."""
    return round(points * 100)


_Key = tuple[int, int, int, bool]  # (-score in hundredths, customer id, position in the input, must call)
_Terms = list[tuple[ReasonCode, int]]


@dataclass(frozen=True, slots=True)
class _Rules:
    """The rules of one ranking, resolved: the day, and every weighted table in hundredths of a point."""

    today: date
    day_start: datetime
    day_end: datetime
    now: datetime  # UTC
    tier_c: Mapping[Tier, int]
    intent_c: Mapping[Intent, int]
    lift_c: Mapping[Tier, int]
    cadences: Mapping[Tier, int]
    params: CallListParams

    @classmethod
    def of(cls, p: CallListParams, now: datetime) -> _Rules:
        today, day_start, day_end = local_day_bounds(now)
        wt = p.weight_tier
        big = wt * TIER_POINTS[Tier.BIG]
        return cls(
            today, day_start, day_end,
            now.astimezone(UTC),  # comparisons between UTC datetimes are the fast ones
            {t: _c(wt * pts) for t, pts in TIER_POINTS.items()},
            {i: _c(p.weight_intent * pts) for i, pts in INTENT_POINTS.items()},
            {t: _c(big - wt * TIER_POINTS[t] + p.potential_big_bonus) for t in LOW_TIERS},
            {t: d for t in Tier if (d := p.cadence_days(t)) is not None},
            p,
        )


def _score(
    candidates: Iterable[tuple[int, CallCandidate]],
    rules: _Rules,
    left_out: list[LeftOut] | None,
    explain: dict[int, _Terms] | None,
) -> list[_Key]:
    """Scores every (position, candidate) not left out; the one place the rules are written down.

    Left-out candidates go to `left_out` (when given). With `explain`, each scored candidate's terms —
    (reason, hundredths of a point), zero terms left out — are kept there by position.
    This loop runs over 100,000 candidates: it keeps to locals and allocates as little as it can.
    """
    p = rules.params
    today, day_start, day_end, now = rules.today, rules.day_start, rules.day_end, rules.now
    tier_c, intent_c, lift_c, cadences = rules.tier_c, rules.intent_c, rules.lift_c, rules.cadences
    demand_k = p.weight_demand * p.demand_scale * 100  # hundredths per tenfold demand
    potential_cents = p.potential_big_cents
    follow_c = _c(p.follow_up_points)
    follow_pts, overdue_k = p.follow_up_points, p.overdue_log2_points
    call_back_c = _c(p.call_back_points)
    quiet_pts, quiet_k, quiet_max = p.going_quiet_points, p.going_quiet_log2_points, p.going_quiet_max_points
    quiet_never_c = _c(quiet_max)
    cadence_due_c = _c(p.cadence_due_points)
    churn_pts, churn_extra, churn_max = p.churn_points, p.churn_extra_points, p.churn_max_points
    special_days, special_pts, special_step = p.special_date_days, p.special_date_points, p.special_date_step
    log10, log2 = math.log10, math.log2
    other, small, refused = Tier.OTHER, Tier.SMALL, CallOutcome.REFUSED
    collect = explain is not None
    terms: _Terms = []

    # not reached for longer than the tier's cadence, (now − reached).days > cadence, is reached at or before this
    quiet_after = {tier: now - timedelta(days=days + 1) for tier, days in cadences.items()}

    def churn_of(signals: int) -> int:
        return round(min(churn_pts + churn_extra * (signals - 1), churn_max) * 100)

    churn_c = [0, *(churn_of(n) for n in range(1, 9))]  # by the number of signals

    keys: list[_Key] = []
    for position, (customer_id, _name, tier, dnc, marked_other, last_call, reached, outcome, back, intent,
                   open_value, recent_demand, fu, churn, sd, _kind) in candidates:
        # --- who is left out today
        why = None
        back_due = False
        if marked_other or tier is other:
            why = LeftOutWhy.OTHER
        elif dnc:
            why = LeftOutWhy.DO_NOT_CALL
        elif outcome is refused:
            why = LeftOutWhy.REFUSED
        elif reached is not None and day_start <= reached < day_end:
            why = LeftOutWhy.REACHED_TODAY
        elif back is not None and (last_call is None or last_call <= back):
            if back > now:
                why = LeftOutWhy.CALL_BACK_LATER
            else:
                back_due = True
        if why is not None:
            if left_out is not None:
                left_out.append(LeftOut(customer_id, why))
            continue
        # --- the score, in hundredths of a point
        if collect:
            terms = []
        total = 0
        must = False
        demand = recent_demand if recent_demand > open_value else open_value
        if demand > 0 and (v := round(demand_k * log10(1.0 + demand / 100))):
            total += v
            if collect:
                terms.append((ReasonCode.EXPECTED_DEMAND, v))
        if intent is not None and (v := intent_c[intent]):
            total += v
            if collect:
                terms.append((ReasonCode.INTENT, v))
        if v := tier_c[tier]:
            total += v
            if collect:
                terms.append((ReasonCode.TIER, v))
        if recent_demand >= potential_cents and tier in lift_c and (v := lift_c[tier]):
            total += v
            if collect:
                terms.append((ReasonCode.POTENTIAL_BIG_CUSTOMER, v))
        if fu is not None and fu <= today:
            must = True
            days = (today - fu).days
            v = follow_c if days == 0 else round((follow_pts + overdue_k * log2(1 + days)) * 100)
            total += v
            if collect:
                terms.append((ReasonCode.FOLLOW_UP_DUE if days == 0 else ReasonCode.FOLLOW_UP_OVERDUE, v))
        if back_due:
            must = True
            total += call_back_c
            if collect:
                terms.append((ReasonCode.CALL_BACK_DUE, call_back_c))
        quiet_from = quiet_after.get(tier)
        if quiet_from is not None and (reached is None or reached <= quiet_from):  # longer than the cadence
            if tier is not small:  # super, big, medium: the key customers
                if reached is None:
                    v = quiet_never_c
                else:
                    beyond = (now - reached).days - cadences[tier]
                    v = round(min(quiet_pts + quiet_k * log2(1 + beyond), quiet_max) * 100)
                if v:
                    total += v
                    if collect:
                        terms.append((ReasonCode.GOING_QUIET, v))
            elif v := cadence_due_c:
                total += v
                if collect:
                    terms.append((ReasonCode.CADENCE_DUE, v))
        if churn and (v := churn_c[n] if (n := len(churn)) < len(churn_c) else churn_of(n)):
            total += v
            if collect:
                terms.append((ReasonCode.CHURN_WARNING, v))
        if (
            sd is not None
            and 0 <= (until := (sd - today).days) <= special_days
            and (v := round((special_pts - special_step * until) * 100)) > 0
        ):
            total += v
            if collect:
                terms.append((ReasonCode.SPECIAL_DATE, v))
        # key: (-score, id, position) sorts best first, ties by id; position finds the candidate again
        keys.append((-total, customer_id, position, must))
        if explain is not None:
            explain[position] = terms
    return keys


def rank_call_list(
    candidates: Iterable[CallCandidate],
    params: CallListParams,
    now: datetime,
    limit: int | None = None,
) -> CallList:
    """Today's call list: who to call, in order, with the reasons; and who is left out, with why.

    `now` is an aware datetime in the rep's time zone; "today" is its local day. With `limit`, the list holds
    the `limit` best plus every must-call (due/overdue follow-ups, due call-backs) beyond them. Candidate
    datetimes in UTC are the fast path (any aware datetime is correct). Customer ids must be unique.
    """
    if limit is not None and limit < 0:
        raise ValueError("limit must not be negative")
    rules = _Rules.of(params, now)
    pool = candidates if isinstance(candidates, list) else list(candidates)
    left_out: list[LeftOut] = []
    terms: dict[int, _Terms] = {}
    paused = gc.isenabled()
    if paused:
        gc.disable()  # 100,000 short-lived tuples would set off full collections of the whole heap
    try:
        more = 0
        if limit is None or limit >= len(pool):
            keys = _score(enumerate(pool), rules, left_out, terms)
            chosen = sorted(keys)
        else:
            keys = _score(enumerate(pool), rules, left_out, None)
            chosen = heapq.nsmallest(limit, keys)
            cut = chosen[-1] if chosen else None
            extra = [k for k in keys if k[3] and (cut is None or k > cut)]  # must-calls go in anyway
            if extra:
                chosen = sorted(chosen + extra)
            more = len(keys) - len(chosen)
            _score([(k[2], pool[k[2]]) for k in chosen], rules, None, terms)  # the same rules, keeping terms
        calls: list[RankedCall] = []
        append = calls.append
        new = tuple.__new__
        # candidates with equal terms share one tuple of reasons and its score
        made: dict[tuple[tuple[ReasonCode, int], ...], tuple[tuple[Reason, ...], float]] = {}
        for rank, key in enumerate(chosen, start=1):
            position = key[2]
            c = pool[position]
            cterms = tuple(terms[position])
            done = made.get(cterms)
            if done is None:
                reasons = tuple([new(Reason, (code, v / 100)) for code, v in cterms])
                score = 0.0
                for reason in reasons:
                    score += reason[1]
                done = made[cterms] = (reasons, score)
            append(new(RankedCall, (rank, c.customer_id, c.name, done[1], done[0], key[3], c)))
    finally:
        if paused:
            gc.enable()
    left_out.sort()
    return CallList(rules.today, calls, left_out, more)


def explain_call(candidate: CallCandidate, params: CallListParams, now: datetime) -> RankedCall | LeftOut:
    """One customer's place in the rules: its reasons and score (rank 1 of 1), or why it is left out today."""
    result = rank_call_list([candidate], params, now)
    return result.calls[0] if result.calls else result.left_out[0]


# ---------------------------------------------------------------------------------------------- repeat calls


@dataclass(frozen=True, slots=True)
class EarlierCall:
    call_id: int
    called_at: datetime
    outcome: CallOutcome


@dataclass(frozen=True, slots=True)
class RepeatCallWarning:
    customer_id: int
    why: RepeatWhy
    attempts_today: int
    earlier: tuple[EarlierCall, ...]  # today's calls, oldest first


def repeat_call_warning(
    calls_today_for_customer: Iterable[Call],
    now: datetime,
    max_attempts: int = 2,
) -> RepeatCallWarning | None:
    """A warning before calling a customer already reached today, or already called `max_attempts` times today.

    Calls outside the rep's local day of `now` are ignored, so the caller may pass a wider range.
    """
    _today, start, end = local_day_bounds(now)
    todays = sorted(
        (call for call in calls_today_for_customer if start <= call.called_at < end),
        key=lambda call: (call.called_at, call.id),
    )
    if not todays:
        return None
    customer_ids = {call.customer_id for call in todays}
    if len(customer_ids) != 1:
        raise ValueError("calls of more than one customer")
    earlier = tuple(EarlierCall(call.id, call.called_at, call.outcome) for call in todays)
    if any(call.outcome is CallOutcome.CONNECTED for call in todays):
        why = RepeatWhy.REACHED_TODAY
    elif len(todays) >= max_attempts:
        why = RepeatWhy.CALLED_REPEATEDLY_TODAY
    else:
        return None
    return RepeatCallWarning(todays[0].customer_id, why, len(todays), earlier)


# ---------------------------------------------------------------------------------------------- consequences


@dataclass(frozen=True, slots=True)
class FollowUpReminder:
    customer_id: int
    call_id: int
    due_on: date
    next_step: str
    contact_id: int | None = None
    kind: ConsequenceKind = field(default=ConsequenceKind.FOLLOW_UP, init=False)


@dataclass(frozen=True, slots=True)
class VisitProposal:
    customer_id: int
    call_id: int
    when: datetime | None  # None: the rep picks the time
    on: date | None  # the local day of `when`
    contact_id: int | None = None
    kind: ConsequenceKind = field(default=ConsequenceKind.VISIT_PROPOSAL, init=False)


@dataclass(frozen=True, slots=True)
class MaterialsTask:
    customer_id: int
    call_id: int
    what: str
    due_on: date
    contact_id: int | None = None
    kind: ConsequenceKind = field(default=ConsequenceKind.MATERIALS, init=False)


@dataclass(frozen=True, slots=True)
class SuggestDoNotCall:
    """The customer refused: ask the rep to confirm marking them do-not-call (never done silently)."""

    customer_id: int
    call_id: int
    kind: ConsequenceKind = field(default=ConsequenceKind.SUGGEST_DO_NOT_CALL, init=False)


@dataclass(frozen=True, slots=True)
class IntentMove:
    customer_id: int
    call_id: int
    from_intent: Intent | None
    to_intent: Intent
    direction: IntentDirection
    steps: int  # positive up (D→A is 3), negative down, 0 when new
    kind: ConsequenceKind = field(default=ConsequenceKind.INTENT_MOVE, init=False)


Consequence = FollowUpReminder | VisitProposal | MaterialsTask | SuggestDoNotCall | IntentMove


def intent_move(previous: Intent | None, new: Intent | None) -> tuple[IntentDirection, int] | None:
    """How intent moved from `previous` to `new`: direction and steps; None when it did not move."""
    if new is None or new is previous:
        return None
    if previous is None:
        return IntentDirection.NEW, 0
    steps = _INTENT_RANK[new] - _INTENT_RANK[previous]
    return (IntentDirection.UP if steps > 0 else IntentDirection.DOWN), steps


def consequences_of_call(
    call: Call,
    today: date,
    previous_intent: Intent | None = None,
    local_tz: tzinfo | None = None,
) -> list[Consequence]:
    """What logging `call` creates, in this order: a follow-up reminder (at next_step_on), a visit proposal
    (when a visit is possible, at visit_when), a materials task (due today), a do-not-call suggestion (on a
    refusal) and the intent move from `previous_intent` (the customer's intent before this call).

    `local_tz` is the rep's time zone, for the local day of the visit; without it, the visit time's own zone.
    """
    out: list[Consequence] = []
    if call.next_step_on is not None:
        out.append(FollowUpReminder(call.customer_id, call.id, call.next_step_on, call.next_step.strip(),
                                    call.contact_id))
    if call.visit_possible:
        when = call.visit_when
        on = None if when is None else (when.astimezone(local_tz) if local_tz is not None else when).date()
        out.append(VisitProposal(call.customer_id, call.id, when, on, call.contact_id))
    if what := call.materials_requested.strip():
        out.append(MaterialsTask(call.customer_id, call.id, what, today, call.contact_id))
    if call.outcome is CallOutcome.REFUSED:
        out.append(SuggestDoNotCall(call.customer_id, call.id))
    if (move := intent_move(previous_intent, call.intent)) is not None and call.intent is not None:
        out.append(IntentMove(call.customer_id, call.id, previous_intent, call.intent, *move))
    return out


__all__ = [
    "INTENT_POINTS", "KEY_TIERS", "LOW_TIERS", "TIER_POINTS",
    "CallCandidate", "CallList", "CallListParams", "Consequence", "ConsequenceKind", "EarlierCall",
    "FollowUpReminder", "IntentDirection", "IntentMove", "LeftOut", "LeftOutWhy", "MaterialsTask",
    "RankedCall", "Reason", "ReasonCode", "RepeatCallWarning", "RepeatWhy", "SuggestDoNotCall",
    "VisitProposal", "consequences_of_call", "explain_call", "intent_move", "local_day_bounds", "rank_call_list",
    "repeat_call_warning",
]
