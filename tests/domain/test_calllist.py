"""The day's call list (DOMAIN.md §3): ranking, reasons, who is left out, repeat calls, consequences of a call."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.calllist import (
    CallCandidate,
    CallList,
    CallListParams,
    ConsequenceKind,
    FollowUpReminder,
    IntentDirection,
    IntentMove,
    LeftOut,
    LeftOutWhy,
    MaterialsTask,
    RankedCall,
    ReasonCode,
    RepeatWhy,
    SuggestDoNotCall,
    VisitProposal,
    consequences_of_call,
    explain_call,
    intent_move,
    rank_call_list,
    repeat_call_warning,
)
from telesales.domain.model import Call, CallOutcome, Intent, Tier
from telesales.domain.settings import DEFAULTS, RuleSettings

BEIJING = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 10, 9, 30, tzinfo=BEIJING)  # the rep's local morning
TODAY = date(2025, 3, 10)
P = CallListParams()
RECENTLY = NOW.astimezone(UTC) - timedelta(days=2)  # reached recently: no cadence reasons


def cand(customer_id: int, tier: Tier = Tier.SMALL, **kw: object) -> CallCandidate:
    kw.setdefault("last_reached_at", RECENTLY)
    return CallCandidate(customer_id, f"Customer {customer_id}", tier, **kw)  # type: ignore[arg-type]


def order(result: CallList) -> list[int]:
    return [call.customer_id for call in result.calls]


def codes(call: RankedCall) -> set[ReasonCode]:
    return {reason.code for reason in call.reasons}


def points(call: RankedCall, code: ReasonCode) -> float:
    return sum(reason.points for reason in call.reasons if reason.code is code)


def by_id(result: CallList) -> dict[int, RankedCall]:
    return {call.customer_id: call for call in result.calls}


# ------------------------------------------------------------------------------------------- params


def test_params_come_from_the_settings() -> None:
    assert CallListParams.from_settings(DEFAULTS) == CallListParams()
    params = CallListParams.from_settings(RuleSettings({
        "calls.weight_demand": "2.5", "calls.weight_intent": 0, "calls.weight_tier": 3,
        "calls.cadence_super_days": 3, "calls.cadence_big_days": 10,
        "calls.cadence_medium_days": 20, "calls.cadence_small_days": 60,
    }))
    assert (params.weight_demand, params.weight_intent, params.weight_tier) == (2.5, 0.0, 3.0)
    assert [params.cadence_days(t) for t in (Tier.SUPER, Tier.BIG, Tier.MEDIUM, Tier.SMALL)] == [3, 10, 20, 60]
    assert params.cadence_days(Tier.PROSPECT) is None


# ------------------------------------------------------------------------------------------- ordering


def test_larger_demand_ranks_first() -> None:
    result = rank_call_list([cand(1, open_value_cents=10_000), cand(2, open_value_cents=1_000_000),
                             cand(3, recent_demand_cents=100_000)], P, NOW)
    assert order(result) == [2, 3, 1]
    assert all(ReasonCode.EXPECTED_DEMAND in codes(c) for c in result.calls)


def test_demand_is_the_larger_of_open_value_and_recent_demand() -> None:
    both = explain_call(cand(1, open_value_cents=50_000, recent_demand_cents=20_000), P, NOW)
    alone = explain_call(cand(2, open_value_cents=50_000), P, NOW)
    assert isinstance(both, RankedCall) and isinstance(alone, RankedCall)
    assert points(both, ReasonCode.EXPECTED_DEMAND) == points(alone, ReasonCode.EXPECTED_DEMAND) > 0


def test_clearer_intent_ranks_first() -> None:
    result = rank_call_list([cand(1, intent=Intent.C), cand(2, intent=Intent.A), cand(3, intent=Intent.B),
                             cand(4, intent=Intent.D), cand(5)], P, NOW)
    assert order(result)[:3] == [2, 3, 1]
    assert ReasonCode.INTENT not in codes(by_id(result)[4])  # D, not interested: no points


def test_higher_tier_ranks_first_when_demand_and_intent_are_equal() -> None:
    tiers = [Tier.SUSPECT, Tier.SMALL, Tier.BIG, Tier.PROSPECT, Tier.SUPER, Tier.INACTIVE, Tier.MEDIUM]
    result = rank_call_list([cand(i, t) for i, t in enumerate(tiers)], P, NOW)
    ranked_tiers = [by_id(result)[i].candidate.tier for i in order(result)]
    assert ranked_tiers == [Tier.SUPER, Tier.BIG, Tier.MEDIUM, Tier.SMALL, Tier.INACTIVE, Tier.PROSPECT,
                            Tier.SUSPECT]


def test_demand_and_intent_outweigh_the_tier() -> None:
    super_quiet = cand(1, Tier.SUPER)
    small_with_demand = cand(2, Tier.SMALL, open_value_cents=200_000)
    medium_with_intent = cand(3, Tier.MEDIUM, intent=Intent.A)
    assert order(rank_call_list([super_quiet, small_with_demand, medium_with_intent], P, NOW)) == [2, 3, 1]


def test_ties_are_broken_by_customer_id() -> None:
    same = [cand(i, Tier.MEDIUM, intent=Intent.B) for i in (42, 7, 19, 3)]
    result = rank_call_list(same, P, NOW)
    assert order(result) == [3, 7, 19, 42]
    assert [c.rank for c in result.calls] == [1, 2, 3, 4]
    assert len({c.score for c in result.calls}) == 1


def test_the_result_does_not_depend_on_the_input_order() -> None:
    rng = random.Random(7)
    pool = [random_candidate(rng, i) for i in range(400)]
    first = rank_call_list(pool, P, NOW, limit=50)
    rng.shuffle(pool)
    assert rank_call_list(pool, P, NOW, limit=50) == first
    assert rank_call_list(iter(pool), P, NOW, limit=50) == first


def test_a_weight_from_the_settings_changes_the_order() -> None:
    demand = cand(1, open_value_cents=1_000_000)  # 10,000 in demand, no intent: 40 points
    intent = cand(2, intent=Intent.A)  # clear intent, no demand: 20 points
    assert order(rank_call_list([demand, intent], P, NOW)) == [1, 2]
    lighter = CallListParams.from_settings(RuleSettings({"calls.weight_demand": 0.2}))
    assert order(rank_call_list([demand, intent], lighter, NOW)) == [2, 1]
    heavier_intent = CallListParams.from_settings(RuleSettings({"calls.weight_intent": 3}))
    assert order(rank_call_list([demand, intent], heavier_intent, NOW)) == [2, 1]


def test_the_tier_weight_scales_the_tier_points() -> None:
    params = CallListParams.from_settings(RuleSettings({"calls.weight_tier": 2}))
    ranked = explain_call(cand(1, Tier.BIG), params, NOW)
    assert isinstance(ranked, RankedCall)
    assert points(ranked, ReasonCode.TIER) == 16.0
    flat = CallListParams.from_settings(RuleSettings({"calls.weight_tier": 0}))
    assert order(rank_call_list([cand(1, Tier.SMALL), cand(2, Tier.SUPER)], flat, NOW)) == [1, 2]


# ------------------------------------------------------------------------------------------- potential big customers


@pytest.mark.parametrize("tier", [Tier.SMALL, Tier.PROSPECT, Tier.SUSPECT, Tier.INACTIVE])
def test_a_low_tier_with_strong_recent_demand_ranks_above_a_big_customer_without_demand(tier: Tier) -> None:
    big = cand(1, Tier.BIG)
    potential = cand(2, tier, recent_demand_cents=P.potential_big_cents)
    result = rank_call_list([big, potential], P, NOW)
    assert order(result) == [2, 1]
    assert ReasonCode.POTENTIAL_BIG_CUSTOMER in codes(by_id(result)[2])
    # the lift alone does it, even when demand carries no weight
    no_demand = replace(P, weight_demand=0.0)
    assert order(rank_call_list([big, potential], no_demand, NOW)) == [2, 1]


def test_weak_demand_or_a_key_tier_is_no_potential_big_customer() -> None:
    weak = explain_call(cand(1, Tier.SMALL, recent_demand_cents=P.potential_big_cents - 1), P, NOW)
    stale = explain_call(cand(2, Tier.SMALL, open_value_cents=10 * P.potential_big_cents), P, NOW)
    already_big = explain_call(cand(3, Tier.MEDIUM, recent_demand_cents=10 * P.potential_big_cents), P, NOW)
    for ranked in (weak, stale, already_big):
        assert isinstance(ranked, RankedCall)
        assert ReasonCode.POTENTIAL_BIG_CUSTOMER not in codes(ranked)


# ------------------------------------------------------------------------------------------- follow-ups


def test_follow_ups_due_and_overdue_carry_their_reason_and_grow_with_the_delay() -> None:
    result = rank_call_list([cand(1, follow_up_on=TODAY), cand(2, follow_up_on=TODAY - timedelta(days=1)),
                             cand(3, follow_up_on=TODAY - timedelta(days=10)),
                             cand(4, follow_up_on=TODAY + timedelta(days=1))], P, NOW)
    calls = by_id(result)
    assert ReasonCode.FOLLOW_UP_DUE in codes(calls[1]) and calls[1].must_call
    assert ReasonCode.FOLLOW_UP_OVERDUE in codes(calls[2]) and calls[2].must_call
    assert not codes(calls[4]) & {ReasonCode.FOLLOW_UP_DUE, ReasonCode.FOLLOW_UP_OVERDUE}
    assert not calls[4].must_call
    due = points(calls[1], ReasonCode.FOLLOW_UP_DUE)
    assert due < points(calls[2], ReasonCode.FOLLOW_UP_OVERDUE) < points(calls[3], ReasonCode.FOLLOW_UP_OVERDUE)
    assert order(result) == [3, 2, 1, 4]


def test_overdue_follow_ups_are_never_cut_by_the_limit() -> None:
    rich = [cand(i, Tier.SUPER, open_value_cents=100_000_000, intent=Intent.A) for i in range(1, 51)]
    followed = [cand(100, Tier.SUSPECT, follow_up_on=TODAY - timedelta(days=3)),
                cand(101, Tier.SUSPECT, follow_up_on=TODAY)]
    result = rank_call_list(rich + followed, P, NOW, limit=5)
    ids = order(result)
    assert len(ids) == 7
    assert ids[:5] == [1, 2, 3, 4, 5]
    assert ids[5:] == [100, 101]  # ranked by their own score, after the better ones
    assert [c.rank for c in result.calls] == list(range(1, 8))
    assert result.more == 45
    only_musts = rank_call_list(rich + followed, P, NOW, limit=0)
    assert order(only_musts) == [100, 101]
    assert only_musts.more == 50


def test_a_limit_keeps_the_best_in_the_same_order() -> None:
    rng = random.Random(3)
    pool = [random_candidate(rng, i) for i in range(300)]
    full = rank_call_list(pool, P, NOW)
    top = rank_call_list(pool, P, NOW, limit=20)
    must = {c.customer_id for c in full.calls if c.must_call}
    expected = [c for c in full.calls if c.rank <= 20 or c.customer_id in must]
    assert [(c.customer_id, c.score, c.reasons) for c in top.calls] == [
        (c.customer_id, c.score, c.reasons) for c in expected
    ]
    assert top.more == len(full.calls) - len(top.calls)
    assert top.left_out == full.left_out
    assert rank_call_list(pool, P, NOW, limit=10_000) == full


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        rank_call_list([cand(1)], P, NOW, limit=-1)


# ------------------------------------------------------------------------------------------- call backs


def test_a_call_back_time_not_yet_here_leaves_the_customer_out_and_brings_them_back_when_due() -> None:
    asked = NOW.astimezone(UTC) - timedelta(hours=2)
    later = cand(1, last_call_at=asked, last_outcome=CallOutcome.CALL_BACK,
                 call_back_at=NOW.astimezone(UTC) + timedelta(hours=3))
    assert rank_call_list([later], P, NOW).left_out == [LeftOut(1, LeftOutWhy.CALL_BACK_LATER)]
    due = later._replace(call_back_at=NOW.astimezone(UTC) - timedelta(minutes=5))
    ranked = explain_call(due, P, NOW)
    assert isinstance(ranked, RankedCall)
    assert ReasonCode.CALL_BACK_DUE in codes(ranked) and ranked.must_call
    # a call logged after the call-back time settles it
    settled = due._replace(last_call_at=NOW.astimezone(UTC) - timedelta(minutes=1),
                           last_outcome=CallOutcome.NO_ANSWER)
    ranked = explain_call(settled, P, NOW)
    assert isinstance(ranked, RankedCall)
    assert ReasonCode.CALL_BACK_DUE not in codes(ranked) and not ranked.must_call


# ------------------------------------------------------------------------------------------- left out


def test_each_customer_left_out_says_why() -> None:
    today_utc = NOW.astimezone(UTC)
    result = rank_call_list([
        cand(1, do_not_call=True),
        cand(2, last_outcome=CallOutcome.REFUSED, last_call_at=today_utc - timedelta(days=5)),
        cand(3, marked_other=True),
        cand(4, Tier.OTHER),
        cand(5, last_reached_at=today_utc - timedelta(hours=1), last_call_at=today_utc - timedelta(hours=1),
             last_outcome=CallOutcome.CONNECTED),
        cand(6, call_back_at=today_utc + timedelta(days=2)),
        cand(7),
    ], P, NOW)
    assert result.left_out == [
        LeftOut(1, LeftOutWhy.DO_NOT_CALL), LeftOut(2, LeftOutWhy.REFUSED), LeftOut(3, LeftOutWhy.OTHER),
        LeftOut(4, LeftOutWhy.OTHER), LeftOut(5, LeftOutWhy.REACHED_TODAY), LeftOut(6, LeftOutWhy.CALL_BACK_LATER),
    ]
    assert order(result) == [7]


def test_a_left_out_customer_stays_out_even_with_a_follow_up_due() -> None:
    stopped = cand(1, do_not_call=True, follow_up_on=TODAY - timedelta(days=2), open_value_cents=10**9)
    result = rank_call_list([stopped, cand(2)], P, NOW, limit=1)
    assert result.left_out == [LeftOut(1, LeftOutWhy.DO_NOT_CALL)]
    assert order(result) == [2]


def test_the_firmest_why_wins_when_several_apply() -> None:
    everything = cand(1, Tier.OTHER, do_not_call=True, last_outcome=CallOutcome.REFUSED)
    assert explain_call(everything, P, NOW) == LeftOut(1, LeftOutWhy.OTHER)
    assert explain_call(everything._replace(tier=Tier.BIG), P, NOW) == LeftOut(1, LeftOutWhy.DO_NOT_CALL)
    assert explain_call(everything._replace(tier=Tier.BIG, do_not_call=False), P, NOW) == LeftOut(
        1, LeftOutWhy.REFUSED)


def test_reached_today_means_the_reps_local_day() -> None:
    just_after_midnight = datetime(2025, 3, 10, 0, 30, tzinfo=BEIJING)
    # 16:10 UTC on the 9th is 00:10 on the 10th in Beijing: today for the rep
    early = cand(1, last_reached_at=datetime(2025, 3, 9, 16, 10, tzinfo=UTC))
    # 15:50 UTC on the 9th is 23:50 on the 9th in Beijing: yesterday
    late = cand(2, last_reached_at=datetime(2025, 3, 9, 15, 50, tzinfo=UTC))
    result = rank_call_list([early, late], P, just_after_midnight)
    assert result.today == date(2025, 3, 10)
    assert result.left_out == [LeftOut(1, LeftOutWhy.REACHED_TODAY)]
    assert order(result) == [2]
    # the same moments seen from London, where it is still the 9th
    london_evening = just_after_midnight.astimezone(UTC)
    assert rank_call_list([early, late], P, london_evening).left_out == [
        LeftOut(1, LeftOutWhy.REACHED_TODAY), LeftOut(2, LeftOutWhy.REACHED_TODAY)]


def test_a_call_today_that_did_not_reach_anyone_keeps_the_customer_on_the_list() -> None:
    tried = cand(1, last_call_at=NOW.astimezone(UTC) - timedelta(hours=1), last_outcome=CallOutcome.NO_ANSWER)
    assert order(rank_call_list([tried], P, NOW)) == [1]


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError):
        rank_call_list([cand(1)], P, datetime(2025, 3, 10, 9, 30))


# ------------------------------------------------------------------------------------------- keeping in touch


def test_a_key_customer_going_quiet_is_lifted() -> None:
    ago = NOW.astimezone(UTC)
    result = by_id(rank_call_list([
        cand(1, Tier.BIG, last_reached_at=ago - timedelta(days=10)),  # within 14 days
        cand(2, Tier.BIG, last_reached_at=ago - timedelta(days=16)),
        cand(3, Tier.BIG, last_reached_at=ago - timedelta(days=60)),
        cand(4, Tier.BIG, last_reached_at=None),
        cand(5, Tier.SUPER, last_reached_at=ago - timedelta(days=8)),  # beyond 7 days
        cand(6, Tier.MEDIUM, last_reached_at=ago - timedelta(days=29)),  # within 30 days
    ], P, NOW))
    assert ReasonCode.GOING_QUIET not in codes(result[1])
    assert ReasonCode.GOING_QUIET not in codes(result[6])
    assert ReasonCode.GOING_QUIET in codes(result[5])
    quiet = [points(result[i], ReasonCode.GOING_QUIET) for i in (2, 3, 4)]
    assert 0 < quiet[0] < quiet[1] <= quiet[2] == P.going_quiet_max_points


def test_a_quiet_cadence_follows_the_setting() -> None:
    big = cand(1, Tier.BIG, last_reached_at=NOW.astimezone(UTC) - timedelta(days=10))
    params = CallListParams.from_settings(RuleSettings({"calls.cadence_big_days": 7}))
    ranked = explain_call(big, params, NOW)
    assert isinstance(ranked, RankedCall) and ReasonCode.GOING_QUIET in codes(ranked)


def test_small_customers_past_their_cadence_get_a_nudge_and_low_tiers_none() -> None:
    long_ago = NOW.astimezone(UTC) - timedelta(days=100)
    small = explain_call(cand(1, Tier.SMALL, last_reached_at=long_ago), P, NOW)
    prospect = explain_call(cand(2, Tier.PROSPECT, last_reached_at=None), P, NOW)
    assert isinstance(small, RankedCall) and isinstance(prospect, RankedCall)
    assert codes(small) == {ReasonCode.TIER, ReasonCode.CADENCE_DUE}
    assert codes(prospect) == {ReasonCode.TIER}


def test_churn_warnings_lift_the_customer_more_with_more_signals() -> None:
    result = by_id(rank_call_list([
        cand(1, Tier.MEDIUM, churn_signals=("yoy_drop",)),
        cand(2, Tier.MEDIUM, churn_signals=("yoy_drop", "complaints")),
        cand(3, Tier.MEDIUM, churn_signals=tuple(f"s{i}" for i in range(9))),
        cand(4, Tier.MEDIUM),
    ], P, NOW))
    assert [points(result[i], ReasonCode.CHURN_WARNING) for i in (1, 2, 3, 4)] == [15.0, 20.0, 30.0, 0]


def test_a_special_date_today_or_within_a_few_days() -> None:
    result = by_id(rank_call_list([
        cand(1, special_date=TODAY, special_kind="birthday"),
        cand(2, special_date=TODAY + timedelta(days=2), special_kind="festival"),
        cand(3, special_date=TODAY + timedelta(days=P.special_date_days + 1)),
        cand(4, special_date=TODAY - timedelta(days=1)),
    ], P, NOW))
    today_points = points(result[1], ReasonCode.SPECIAL_DATE)
    assert today_points > points(result[2], ReasonCode.SPECIAL_DATE) > 0
    assert ReasonCode.SPECIAL_DATE not in codes(result[3]) | codes(result[4])
    assert result[2].candidate.special_kind == "festival"


# ------------------------------------------------------------------------------------------- reasons and score


def test_reasons_come_in_a_fixed_order_with_two_decimal_points() -> None:
    ranked = explain_call(cand(1, Tier.SMALL, open_value_cents=123_456, recent_demand_cents=600_000,
                               intent=Intent.B, follow_up_on=TODAY - timedelta(days=3),
                               churn_signals=("yoy_drop",), special_date=TODAY), P, NOW)
    assert isinstance(ranked, RankedCall)
    assert [r.code for r in ranked.reasons] == [
        ReasonCode.EXPECTED_DEMAND, ReasonCode.INTENT, ReasonCode.TIER, ReasonCode.POTENTIAL_BIG_CUSTOMER,
        ReasonCode.FOLLOW_UP_OVERDUE, ReasonCode.CHURN_WARNING, ReasonCode.SPECIAL_DATE,
    ]
    assert ranked.reasons[0].points == 37.78  # 10 × log10(1 + 6000)
    assert ranked.reasons[4].points == 45.0  # 25 + 10 × log2(1 + 3)
    assert ranked.score == sum(r.points for r in ranked.reasons)
    assert ranked._asdict()["customer_id"] == 1


def random_candidate(rng: random.Random, customer_id: int) -> CallCandidate:
    now = NOW.astimezone(UTC)

    def moment() -> datetime | None:
        return now - timedelta(minutes=rng.randint(-3 * 1440, 200 * 1440)) if rng.random() < 0.6 else None

    def day() -> date | None:
        return TODAY + timedelta(days=rng.randint(-40, 10)) if rng.random() < 0.3 else None

    return CallCandidate(
        customer_id=customer_id, name=f"c{customer_id}", tier=rng.choice(list(Tier)),
        do_not_call=rng.random() < 0.05, marked_other=rng.random() < 0.03,
        last_call_at=moment(), last_reached_at=moment(),
        last_outcome=rng.choice([None, *CallOutcome]), call_back_at=moment() if rng.random() < 0.3 else None,
        intent=rng.choice([None, *Intent]),
        open_value_cents=rng.choice([0, rng.randint(0, 10**9)]),
        recent_demand_cents=rng.choice([0, rng.randint(0, 10**8)]),
        follow_up_on=day(), churn_signals=tuple("x" * rng.randint(0, 3)), special_date=day(),
    )


weights = st.floats(min_value=0, max_value=100, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), size=st.integers(0, 120), limit=st.none() | st.integers(0, 30),
       wd=weights, wi=weights, wt=weights)
def test_points_add_up_to_the_score_and_the_order_follows_the_score(
    seed: int, size: int, limit: int | None, wd: float, wi: float, wt: float
) -> None:
    rng = random.Random(seed)
    pool = [random_candidate(rng, cid) for cid in rng.sample(range(1, 10**6), size)]
    params = replace(P, weight_demand=wd, weight_intent=wi, weight_tier=wt)
    result = rank_call_list(pool, params, NOW, limit=limit)
    for call in result.calls:
        assert call.score == sum(reason.points for reason in call.reasons)
        assert all(reason.points == round(reason.points, 2) and reason.points > 0 for reason in call.reasons)
        assert len({reason.code for reason in call.reasons}) == len(call.reasons)
    keys = [(-round(call.score * 100), call.customer_id) for call in result.calls]
    assert keys == sorted(keys)
    assert [call.rank for call in result.calls] == list(range(1, len(result.calls) + 1))
    # every customer is either ranked, cut by the limit, or left out with a why
    ranked_ids = {c.customer_id for c in result.calls}
    left_ids = {lo.customer_id for lo in result.left_out}
    assert not ranked_ids & left_ids
    assert len(ranked_ids) + len(left_ids) + result.more == size
    full = rank_call_list(pool, params, NOW)
    assert {c.customer_id for c in full.calls if c.must_call} <= ranked_ids


def reference_reasons(c: CallCandidate, p: CallListParams, now: datetime) -> LeftOutWhy | list[tuple[ReasonCode, int]]:
    """The rules of the module's docstring written out plainly for one customer, in hundredths of a point: what
    the fast ranking must agree with (it unpacks tuples, compares with precomputed moments, keeps tables)."""
    today = now.date()
    start = datetime.combine(today, datetime.min.time(), tzinfo=now.tzinfo)
    if c.marked_other or c.tier is Tier.OTHER:
        return LeftOutWhy.OTHER
    if c.do_not_call:
        return LeftOutWhy.DO_NOT_CALL
    if c.last_outcome is CallOutcome.REFUSED:
        return LeftOutWhy.REFUSED
    if c.last_reached_at is not None and start <= c.last_reached_at < start + timedelta(days=1):
        return LeftOutWhy.REACHED_TODAY
    back_due = False
    if c.call_back_at is not None and (c.last_call_at is None or c.last_call_at <= c.call_back_at):
        if c.call_back_at > now:
            return LeftOutWhy.CALL_BACK_LATER
        back_due = True
    tiers = {Tier.SUPER: 10, Tier.BIG: 8, Tier.MEDIUM: 6, Tier.SMALL: 4, Tier.INACTIVE: 3, Tier.PROSPECT: 2,
             Tier.SUSPECT: 1, Tier.OTHER: 0}
    out: list[tuple[ReasonCode, int]] = []
    demand = max(c.open_value_cents, c.recent_demand_cents)
    if demand > 0:
        out.append((ReasonCode.EXPECTED_DEMAND, round(p.weight_demand * p.demand_scale * 100 * math.log10(
            1.0 + demand / 100))))
    if c.intent is not None:
        out.append((ReasonCode.INTENT, round(p.weight_intent * {"A": 20.0, "B": 14.0, "C": 7.0, "D": 0.0}[c.intent] * 100)))
    out.append((ReasonCode.TIER, round(p.weight_tier * tiers[c.tier] * 100)))
    if c.tier in (Tier.SMALL, Tier.INACTIVE, Tier.PROSPECT, Tier.SUSPECT) and c.recent_demand_cents >= p.potential_big_cents:
        out.append((ReasonCode.POTENTIAL_BIG_CUSTOMER, round(
            (p.weight_tier * 8 - p.weight_tier * tiers[c.tier] + p.potential_big_bonus) * 100)))
    if c.follow_up_on is not None and c.follow_up_on <= today:
        late = (today - c.follow_up_on).days
        out.append((ReasonCode.FOLLOW_UP_DUE, round(p.follow_up_points * 100)) if late == 0 else (
            ReasonCode.FOLLOW_UP_OVERDUE, round((p.follow_up_points + p.overdue_log2_points * math.log2(1 + late)) * 100)))
    if back_due:
        out.append((ReasonCode.CALL_BACK_DUE, round(p.call_back_points * 100)))
    cadence = p.cadence_days(c.tier)
    quiet = None if c.last_reached_at is None else (now - c.last_reached_at).days
    if cadence is not None and c.tier is not Tier.SMALL:
        if quiet is None:
            out.append((ReasonCode.GOING_QUIET, round(p.going_quiet_max_points * 100)))
        elif quiet > cadence:
            out.append((ReasonCode.GOING_QUIET, round(min(
                p.going_quiet_points + p.going_quiet_log2_points * math.log2(1 + quiet - cadence),
                p.going_quiet_max_points) * 100)))
    elif cadence is not None and (quiet is None or quiet > cadence):
        out.append((ReasonCode.CADENCE_DUE, round(p.cadence_due_points * 100)))
    if c.churn_signals:
        out.append((ReasonCode.CHURN_WARNING, round(min(
            p.churn_points + p.churn_extra_points * (len(c.churn_signals) - 1), p.churn_max_points) * 100)))
    if c.special_date is not None and 0 <= (c.special_date - today).days <= p.special_date_days:
        out.append((ReasonCode.SPECIAL_DATE, round(
            (p.special_date_points - p.special_date_step * (c.special_date - today).days) * 100)))
    return [(code, v) for code, v in out if v > 0]


def edge_moment(draw: st.DrawFn) -> datetime | None:
    """None, or a moment on either side of a whole number of days before now (where cadences turn), or any."""
    kind = draw(st.sampled_from(["none", "edge", "any"]))
    if kind == "none":
        return None
    if kind == "edge":
        days = draw(st.sampled_from([0, 1, 7, 8, 14, 15, 30, 31, 90, 91, 400]))
        return NOW.astimezone(UTC) - timedelta(days=days, microseconds=draw(st.sampled_from([-1, 0, 1])))
    return NOW.astimezone(UTC) - timedelta(minutes=draw(st.integers(-3 * 1440, 500 * 1440)))


@st.composite
def candidates(draw: st.DrawFn, customer_id: int) -> CallCandidate:
    day = st.none() | st.dates(TODAY - timedelta(days=60), TODAY + timedelta(days=10))
    return CallCandidate(
        customer_id, f"c{customer_id}", draw(st.sampled_from(list(Tier))), draw(st.booleans()) and draw(st.booleans()),
        draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()), edge_moment(draw), edge_moment(draw),
        draw(st.none() | st.sampled_from(list(CallOutcome))), edge_moment(draw) if draw(st.booleans()) else None,
        draw(st.none() | st.sampled_from(list(Intent))), draw(st.sampled_from([0, 1, 99, 500_000, 12_345_678])),
        draw(st.sampled_from([0, 100, 499_999, 500_000, 9_000_000])), draw(day),
        tuple(f"s{i}" for i in range(draw(st.integers(0, 10)))), draw(day), None)


@settings(max_examples=80, deadline=None)
@given(data=st.data(), size=st.integers(1, 40), limit=st.none() | st.integers(0, 10))
def test_every_reason_and_every_why_follow_the_rules_as_written(data: st.DataObject, size: int,
                                                                limit: int | None) -> None:
    pool = [data.draw(candidates(customer_id)) for customer_id in range(1, size + 1)]
    params = data.draw(st.sampled_from([P, replace(P, weight_demand=2.5, weight_intent=0.5, weight_tier=3.0),
                                        CallListParams.from_settings(RuleSettings({"calls.cadence_big_days": 1}))]))
    result = rank_call_list(pool, params, NOW, limit)
    expected = {c.customer_id: reference_reasons(c, params, NOW) for c in pool}
    assert {lo.customer_id: lo.why for lo in result.left_out} == {
        cid: why for cid, why in expected.items() if isinstance(why, LeftOutWhy)}
    for call in result.calls:
        assert [(r.code, round(r.points * 100)) for r in call.reasons] == expected[call.customer_id]


# ------------------------------------------------------------------------------------------- repeat calls


def call(call_id: int, at: datetime, outcome: CallOutcome, customer_id: int = 9, **kw: object) -> Call:
    return Call(call_id, customer_id, at.astimezone(UTC), outcome, **kw)  # type: ignore[arg-type]


def test_no_warning_before_a_first_or_a_second_try() -> None:
    assert repeat_call_warning([], NOW) is None
    one_try = [call(1, NOW - timedelta(hours=1), CallOutcome.NO_ANSWER)]
    assert repeat_call_warning(one_try, NOW) is None


def test_warning_when_already_reached_today() -> None:
    calls = [call(2, NOW - timedelta(minutes=30), CallOutcome.CONNECTED),
             call(1, NOW - timedelta(hours=1), CallOutcome.BUSY)]
    warning = repeat_call_warning(calls, NOW)
    assert warning is not None
    assert warning.why is RepeatWhy.REACHED_TODAY
    assert warning.customer_id == 9 and warning.attempts_today == 2
    assert [(e.call_id, e.outcome) for e in warning.earlier] == [(1, CallOutcome.BUSY), (2, CallOutcome.CONNECTED)]
    assert warning.earlier[1].called_at == (NOW - timedelta(minutes=30)).astimezone(UTC)


def test_warning_when_called_twice_today_and_yesterday_does_not_count() -> None:
    yesterday = [call(1, NOW - timedelta(days=1), CallOutcome.CONNECTED)]
    two_tries = [call(2, NOW - timedelta(hours=2), CallOutcome.NO_ANSWER),
                 call(3, NOW - timedelta(hours=1), CallOutcome.BUSY)]
    warning = repeat_call_warning(yesterday + two_tries, NOW)
    assert warning is not None
    assert warning.why is RepeatWhy.CALLED_REPEATEDLY_TODAY
    assert [e.call_id for e in warning.earlier] == [2, 3]
    assert repeat_call_warning(two_tries, NOW, max_attempts=3) is None
    # 23:30 the evening before, Beijing time, is not today even though it is the same UTC date
    late_yesterday = datetime(2025, 3, 9, 23, 30, tzinfo=BEIJING)
    assert repeat_call_warning([call(4, late_yesterday, CallOutcome.CONNECTED)], NOW) is None


def test_calls_of_two_customers_are_refused() -> None:
    with pytest.raises(ValueError):
        repeat_call_warning([call(1, NOW, CallOutcome.BUSY, 1), call(2, NOW, CallOutcome.BUSY, 2)], NOW)


# ------------------------------------------------------------------------------------------- consequences of a call


def test_a_call_with_everything_creates_everything_in_order() -> None:
    visit_at = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)  # 02:00 on the 13th in Beijing
    logged = call(77, NOW, CallOutcome.CONNECTED, contact_id=5, intent=Intent.A, next_step=" send quote ",
                  next_step_on=date(2025, 3, 14), visit_possible=True, visit_when=visit_at,
                  materials_requested="price list")
    result = consequences_of_call(logged, TODAY, previous_intent=Intent.C, local_tz=BEIJING)
    assert result == [
        FollowUpReminder(9, 77, date(2025, 3, 14), "send quote", 5),
        VisitProposal(9, 77, visit_at, date(2025, 3, 13), 5),
        MaterialsTask(9, 77, "price list", TODAY, 5),
        IntentMove(9, 77, Intent.C, Intent.A, IntentDirection.UP, 2),
    ]
    assert [c.kind for c in result] == [ConsequenceKind.FOLLOW_UP, ConsequenceKind.VISIT_PROPOSAL,
                                        ConsequenceKind.MATERIALS, ConsequenceKind.INTENT_MOVE]


def test_a_plain_call_creates_nothing() -> None:
    assert consequences_of_call(call(1, NOW, CallOutcome.NO_ANSWER, materials_requested="  "), TODAY) == []
    same_intent = call(2, NOW, CallOutcome.CONNECTED, intent=Intent.B)
    assert consequences_of_call(same_intent, TODAY, previous_intent=Intent.B) == []


def test_a_refusal_suggests_do_not_call_for_the_rep_to_confirm() -> None:
    refused = call(3, NOW, CallOutcome.REFUSED, intent=Intent.D)
    result = consequences_of_call(refused, TODAY, previous_intent=Intent.B)
    assert result == [SuggestDoNotCall(9, 3), IntentMove(9, 3, Intent.B, Intent.D, IntentDirection.DOWN, -2)]
    assert result[0].kind is ConsequenceKind.SUGGEST_DO_NOT_CALL


def test_a_visit_without_a_time_is_proposed_for_the_rep_to_place() -> None:
    result = consequences_of_call(call(4, NOW, CallOutcome.CONNECTED, visit_possible=True), TODAY)
    assert result == [VisitProposal(9, 4, None, None)]


def test_intent_moves() -> None:
    assert intent_move(None, Intent.B) == (IntentDirection.NEW, 0)
    assert intent_move(Intent.D, Intent.A) == (IntentDirection.UP, 3)
    assert intent_move(Intent.A, Intent.C) == (IntentDirection.DOWN, -2)
    assert intent_move(Intent.B, Intent.B) is None
    assert intent_move(Intent.B, None) is None
    first = consequences_of_call(call(5, NOW, CallOutcome.CONNECTED, intent=Intent.C), TODAY)
    assert first == [IntentMove(9, 5, None, Intent.C, IntentDirection.NEW, 0)]
