"""The relationship lifecycle (客户生命周期) and churn signals (DOMAIN.md §4), as data: codes and numbers.

Lifecycle stage, as of a date D (W = `window_months`, default 12), first match wins:

1. **acquisition** (考察期 / 建立期) — no order up to D, or the first order is less than `acquisition_months`
   (default 12) before D: the relationship is still being tried;
2. **decline** (退化期) — nothing bought in the last window (D − W, D];
3. **growth** (形成期 / 发展期) — bought in the last window and nothing in the window before (D − 2W, D − W]
   (the customer is buying again), or the last window's purchases are at least `growth_percent` (default 20%)
   above the window before;
4. **decline** — the last window's purchases are at least `decline_percent` (default 20%) below the window
   before;
5. **stable** (稳定期 / 维持期) — otherwise.

Churn signals, each fired independently with the numbers that made it fire:

* ``yoy_drop`` — purchases this year to date (1 Jan … D) below `yoy_share_percent` (default 40%) of the same
  period last year (1 Jan … the same day last year; 29 Feb counts as 28 Feb); needs purchases last year;
* ``silent`` — no purchase for more than `silent_factor` (default 3) × the customer's median gap between
  distinct order dates, and more than `silent_min_days` (default 60) days; needs two order dates (a gap);
* ``owner_left`` — the rep who owned the customer left on or before D;
* ``stalled_deal`` — an open deal has not moved for `stalled_days` (default 30) days or more;
* ``unmet_request`` — the customer asked for something we did not offer within `unmet_window_days`
  (default 180);
* ``complaints`` — at least `complaints` (default 3) complaints within `complaints_window_days` (default 365).

Windows of days are ``D − days < day ≤ D``. Orders, requests and complaints dated after D are not known yet.

Orders or figures
-----------------
Every rule reads a customer's orders through a few figures (`OrderHistory`: sums over the `LifecyclePeriods`
and the distinct order dates), so a book of 100,000 customers can hand them over summed in SQL
(`stage_of`, `churn_flags`) instead of as half a million `Order` objects; the functions that take orders build
the same figures with `history_from_orders` and apply the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from statistics import median
from typing import NamedTuple

from telesales.domain.model import Order
from telesales.domain.settings import DEFAULTS, RuleSettings
from telesales.domain.tiering import exact_percent, months_before

Evidence = dict[str, int | float]


@lru_cache(maxsize=64)
def _percent(percent: float) -> tuple[int, int]:
    share = exact_percent(percent)
    return share.numerator, share.denominator


def _at_least(part: int, whole: int, percent: float) -> bool:
    """Whether part / whole × 100 ≥ percent, exactly (integers only: a book asks this 100,000 times)."""
    numerator, denominator = _percent(percent)
    return part * 100 * denominator >= numerator * whole


_months_before = lru_cache(maxsize=64)(months_before)


class Stage(StrEnum):
    ACQUISITION = "acquisition"
    GROWTH = "growth"
    STABLE = "stable"
    DECLINE = "decline"


class ChurnSignal(StrEnum):
    YOY_DROP = "yoy_drop"
    SILENT = "silent"
    OWNER_LEFT = "owner_left"
    STALLED_DEAL = "stalled_deal"
    UNMET_REQUEST = "unmet_request"
    COMPLAINTS = "complaints"


# --------------------------------------------------------------------------------------------------------------
# Lifecycle


@dataclass(frozen=True, slots=True)
class LifecycleParams:
    window_months: int = 12
    acquisition_months: int = 12
    growth_percent: float = 20.0
    decline_percent: float = 20.0


@dataclass(frozen=True, slots=True)
class LifecycleStage:
    """A customer's stage as of a date, with the numbers behind it."""

    customer_id: int
    stage: Stage
    evidence: Evidence = field(default_factory=dict)


class Period(NamedTuple):
    """The days ``after < day <= through``."""

    after: date
    through: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.after < day <= self.through


class LifecyclePeriods(NamedTuple):
    """The periods the stage and the year-on-year signal compare, as of a date D."""

    current: Period  # the last window (D − W, D]
    prior: Period  # the window before (D − 2W, D − W]
    this_ytd: Period  # 1 Jan … D
    last_ytd: Period  # 1 Jan last year … the same day last year


def lifecycle_periods(as_of: date, params: LifecycleParams = LifecycleParams()) -> LifecyclePeriods:
    window_start = months_before(as_of, params.window_months)
    return LifecyclePeriods(
        current=Period(window_start, as_of),
        prior=Period(months_before(as_of, 2 * params.window_months), window_start),
        this_ytd=Period(date(as_of.year - 1, 12, 31), as_of),
        last_ytd=Period(date(as_of.year - 2, 12, 31), same_day_last_year(as_of)),
    )


class OrderHistory(NamedTuple):
    """What the rules read of one customer's orders dated up to D (a named tuple: books hold 100k of them).

    `days` are the distinct order dates, ascending; the sums are of the order amounts (cents) in each of the
    `LifecyclePeriods`.
    """

    customer_id: int
    orders: int
    days: tuple[date, ...]
    current_cents: int
    prior_cents: int
    this_ytd_cents: int
    last_ytd_cents: int


def history_from_orders(
    customer_id: int, orders: Iterable[Order], as_of: date, params: LifecycleParams = LifecycleParams()
) -> OrderHistory:
    """The figures of one customer's orders dated up to `as_of`."""
    periods = lifecycle_periods(as_of, params)
    known = [order for order in orders if order.ordered_on <= as_of]
    sums = [
        sum(order.amount_cents for order in known if order.ordered_on in period) for period in periods
    ]
    days = tuple(sorted({order.ordered_on for order in known}))
    return OrderHistory(customer_id, len(known), days, *sums)


def lifecycle_stage(
    customer_id: int, orders: Iterable[Order], as_of: date, params: LifecycleParams = LifecycleParams()
) -> LifecycleStage:
    """The stage of one customer from its orders (rule in the module docstring)."""
    return stage_of(history_from_orders(customer_id, orders, as_of, params), as_of, params)


def stage_of(
    history: OrderHistory, as_of: date, params: LifecycleParams = LifecycleParams()
) -> LifecycleStage:
    """The stage of one customer from its order figures, with the numbers behind it."""
    customer_id, orders, days, current, prior = history[:5]
    stage = stage_code(history, as_of, params)
    if not orders:
        return LifecycleStage(customer_id, stage, {"orders": 0})
    evidence: Evidence = {
        "orders": orders,
        "relationship_days": (as_of - days[0]).days,
        "current_cents": current,
        "prior_cents": prior,
    }
    if prior > 0:
        evidence["change_percent"] = round(100.0 * (current - prior) / prior, 2)
    return LifecycleStage(customer_id, stage, evidence)


def stage_code(history: OrderHistory, as_of: date, params: LifecycleParams = LifecycleParams()) -> Stage:
    """The stage alone (rule in the module docstring): what a whole book's daily run stores."""
    _customer_id, orders, days, current, prior = history[:5]
    if not orders or days[0] > _months_before(as_of, params.acquisition_months):
        return Stage.ACQUISITION
    if current <= 0:
        return Stage.DECLINE
    if prior <= 0 or _at_least(current - prior, prior, params.growth_percent):
        return Stage.GROWTH
    if _at_least(prior - current, prior, params.decline_percent):
        return Stage.DECLINE
    return Stage.STABLE


def _by_customer(orders: Iterable[Order], customer_ids: Iterable[int]) -> dict[int, list[Order]]:
    grouped: dict[int, list[Order]] = {customer_id: [] for customer_id in customer_ids}
    for order in orders:
        grouped.setdefault(order.customer_id, []).append(order)
    return grouped


def lifecycle_stages(
    orders: Iterable[Order],
    as_of: date,
    customer_ids: Iterable[int] = (),
    params: LifecycleParams = LifecycleParams(),
) -> list[LifecycleStage]:
    """The stage of every customer with orders or listed in `customer_ids`, sorted by customer id."""
    grouped = _by_customer(orders, customer_ids)
    return [
        lifecycle_stage(customer_id, grouped[customer_id], as_of, params) for customer_id in sorted(grouped)
    ]


# --------------------------------------------------------------------------------------------------------------
# Churn signals


@dataclass(frozen=True, slots=True)
class ChurnParams:
    yoy_share_percent: float = DEFAULTS["churn.yoy_share_percent"]
    silent_factor: float = 3.0
    silent_min_days: int = 60
    stalled_days: int = 30
    unmet_window_days: int = 180
    complaints: int = DEFAULTS["churn.complaints"]
    complaints_window_days: int = 365

    @classmethod
    def from_settings(cls, settings: RuleSettings = DEFAULTS) -> ChurnParams:
        return cls(
            yoy_share_percent=float(settings["churn.yoy_share_percent"]),
            complaints=int(settings["churn.complaints"]),
        )


@dataclass(frozen=True, slots=True)
class ChurnFlag:
    """One churn signal that fired, with its evidence (amounts in cents, durations in days, shares in percent)."""

    code: ChurnSignal
    evidence: Evidence = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChurnFacts:
    """What the book knows about a customer beyond its orders.

    `owner_left_on`: the day the owning rep left (None: still here); `open_deals_last_moved`: for each open deal,
    the day it last moved; `unmet_requests`: days the customer asked for something we did not offer;
    `complaints`: days of complaints.
    """

    owner_left_on: date | None = None
    open_deals_last_moved: tuple[date, ...] = ()
    unmet_requests: tuple[date, ...] = ()
    complaints: tuple[date, ...] = ()


def same_day_last_year(day: date) -> date:
    """The same calendar day a year earlier; 29 Feb becomes 28 Feb."""
    return (
        date(day.year - 1, day.month, 28)
        if (day.month, day.day) == (2, 29)
        else day.replace(year=day.year - 1)
    )


def yoy_drop(orders: Iterable[Order], as_of: date, share_percent: float = 40.0) -> ChurnFlag | None:
    """This year to date below `share_percent` of the same period last year."""
    periods = lifecycle_periods(as_of)
    this_year = last_year = 0
    for order in orders:
        if order.ordered_on in periods.this_ytd:
            this_year += order.amount_cents
        elif order.ordered_on in periods.last_ytd:
            last_year += order.amount_cents
    return yoy_flag(this_year, last_year, share_percent)


def yoy_flag(this_year: int, last_year: int, share_percent: float = 40.0) -> ChurnFlag | None:
    """The year-on-year signal from the two year-to-date sums (cents)."""
    if last_year <= 0 or _at_least(this_year, last_year, share_percent):
        return None
    return ChurnFlag(
        ChurnSignal.YOY_DROP,
        {
            "this_ytd_cents": this_year,
            "last_ytd_cents": last_year,
            "share_percent": round(100.0 * this_year / last_year, 2),
            "threshold_percent": share_percent,
        },
    )


def silent(orders: Iterable[Order], as_of: date, factor: float = 3.0, min_days: int = 60) -> ChurnFlag | None:
    """No purchase for longer than `factor` × the usual (median) gap between orders, and than `min_days`."""
    days = sorted({order.ordered_on for order in orders if order.ordered_on <= as_of})
    return silent_flag(days, as_of, factor, min_days)


def silent_flag(
    days: Sequence[date], as_of: date, factor: float = 3.0, min_days: int = 60
) -> ChurnFlag | None:
    """The silence signal from the distinct order dates up to `as_of`, ascending."""
    if len(days) < 2:
        return None
    quiet = (as_of - days[-1]).days
    if quiet <= min_days:  # decided before the median: most customers bought lately
        return None
    usual_gap = median((b - a).days for a, b in zip(days, days[1:], strict=False))
    if quiet <= factor * usual_gap:
        return None
    return ChurnFlag(
        ChurnSignal.SILENT,
        {"days_since_last_order": quiet, "usual_gap_days": usual_gap, "factor": factor, "min_days": min_days},
    )


def _within(days: Iterable[date], as_of: date, window_days: int) -> list[date]:
    start = as_of - timedelta(days=window_days)
    return sorted(day for day in days if start < day <= as_of)


def churn_signals(
    orders: Iterable[Order],
    as_of: date,
    facts: ChurnFacts = ChurnFacts(),
    params: ChurnParams = ChurnParams(),
) -> tuple[ChurnFlag, ...]:
    """Every churn signal that fires for one customer as of `as_of`, in `ChurnSignal` order."""
    return churn_flags(history_from_orders(0, orders, as_of), as_of, facts, params)


_NO_FACTS = ChurnFacts()


def churn_flags(
    history: OrderHistory | None,
    as_of: date,
    facts: ChurnFacts = _NO_FACTS,
    params: ChurnParams = ChurnParams(),
) -> tuple[ChurnFlag, ...]:
    """Every churn signal that fires for one customer, from its order figures (None: no order) and facts."""
    flags: list[ChurnFlag] = []
    if history is not None:
        if (flag := yoy_flag(history.this_ytd_cents, history.last_ytd_cents, params.yoy_share_percent)) is not None:
            flags.append(flag)
        if (flag := silent_flag(history.days, as_of, params.silent_factor, params.silent_min_days)) is not None:
            flags.append(flag)
    if facts is _NO_FACTS:
        return tuple(flags)
    if facts.owner_left_on is not None and facts.owner_left_on <= as_of:
        flags.append(
            ChurnFlag(ChurnSignal.OWNER_LEFT, {"days_since_owner_left": (as_of - facts.owner_left_on).days})
        )
    stalled = [(as_of - day).days for day in facts.open_deals_last_moved if day <= as_of]
    stalled = [days for days in stalled if days >= params.stalled_days]
    if stalled:
        flags.append(
            ChurnFlag(
                ChurnSignal.STALLED_DEAL,
                {
                    "stalled_deals": len(stalled),
                    "longest_days": max(stalled),
                    "threshold_days": params.stalled_days,
                },
            )
        )
    if facts.unmet_requests and (unmet := _within(facts.unmet_requests, as_of, params.unmet_window_days)):
        flags.append(
            ChurnFlag(
                ChurnSignal.UNMET_REQUEST,
                {"unmet_requests": len(unmet), "days_since_latest": (as_of - unmet[-1]).days},
            )
        )
    complaints = (_within(facts.complaints, as_of, params.complaints_window_days)
                  if len(facts.complaints) >= params.complaints else ())
    if len(complaints) >= params.complaints:
        flags.append(
            ChurnFlag(
                ChurnSignal.COMPLAINTS,
                {
                    "complaints": len(complaints),
                    "threshold": params.complaints,
                    "window_days": params.complaints_window_days,
                },
            )
        )
    return tuple(flags)


def churn_signals_for_book(
    orders: Iterable[Order],
    as_of: date,
    facts: Mapping[int, ChurnFacts] | None = None,
    params: ChurnParams = ChurnParams(),
) -> dict[int, tuple[ChurnFlag, ...]]:
    """Churn signals of every customer with orders or facts; only customers with at least one signal appear."""
    known_facts = facts or {}
    grouped = _by_customer(orders, known_facts)
    out: dict[int, tuple[ChurnFlag, ...]] = {}
    for customer_id in sorted(grouped):
        flags = churn_signals(grouped[customer_id], as_of, known_facts.get(customer_id, ChurnFacts()), params)
        if flags:
            out[customer_id] = flags
    return out
