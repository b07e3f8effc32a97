"""The numbers a rep watches (DOMAIN.md §9), from figures the book sums per period. Plain Python, no clock.

Sales and its three factors
---------------------------
    sales = customers covered × active rate × average deal

* **sales** — the amount of the orders dated in the period (cents);
* **customers covered** (覆盖客户数) — the customers the rep worked in the period: reached by a call (outcome
  connected), visited (a visit done), or who ordered. Buyers are covered, so the active rate is never above 1;
* **active rate** (活跃率) — buyers ÷ covered, where buyers are the customers with an order in the period;
* **average deal** (平均成交金额) — sales ÷ buyers: what a buying customer bought in the period.

The product multiplies back to sales exactly (the factors are kept as exact fractions). With no covered
customer the rate is undefined, with no buyer the average deal is (`None`).

Which factor moved, and by how much
-----------------------------------
Against a comparison period (0 → 1), the change of sales splits into the factors' changes in two ways that both
add up exactly:

* **log shares** — ln(S₁/S₀) = ln(C₁/C₀) + ln(R₁/R₀) + ln(A₁/A₀); each factor's share of the change is its log
  ratio over the sales' log ratio (shares sum to 1);
* **contributions in cents** (LMDI, the logarithmic mean Divisia index) — S₁ − S₀ = Σ L(S₁, S₀) · ln(X₁/X₀) with
  L(a, b) = (a − b) / (ln a − ln b) (L(a, a) = a): each factor's part of the change in money. Rounded to whole
  cents by largest remainder, so the three parts still sum to the change exactly.

The factor that **moved** is the one with the largest |ln(X₁/X₀)| (ties: covered, then active rate, then average
deal); none moved when all three are unchanged. Both periods need sales (every factor positive) to be split;
otherwise `decomposed` is False and only the factors' own values and ratios (where defined) are given.

Calls, intent, visits
---------------------
* **calls per day** — calls ÷ the days on which the rep called at least once (a day off does not dilute it);
* **reach rate** — calls connected ÷ calls;
* **intent moves** — each call that recorded an intent, compared with that customer's intent before it (the
  latest one recorded, in or before the period): up (clearer, towards A), down (towards D) or new (the first
  intent ever); `steps` count the levels moved (D→A is 3 up).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction

from telesales.domain.calllist import IntentDirection, intent_move
from telesales.domain.model import Intent
from telesales.domain.periods import DayRange


class Factor(StrEnum):
    COVERED = "covered"
    ACTIVE_RATE = "active_rate"
    AVERAGE_DEAL = "average_deal"


FACTORS: tuple[Factor, ...] = (Factor.COVERED, Factor.ACTIVE_RATE, Factor.AVERAGE_DEAL)


# --------------------------------------------------------------------------------------------------------------
# Sales


@dataclass(frozen=True, slots=True)
class SalesFigures:
    """What the book sums for one period: the orders, and the customers worked."""

    sales_cents: int
    deals: int  # orders
    buyers: int  # customers with an order
    covered: int  # customers reached, visited or buying (buyers included)

    def __post_init__(self) -> None:
        if min(self.deals, self.buyers, self.covered) < 0:
            raise ValueError("counts cannot be negative")
        if self.buyers > self.covered:
            raise ValueError(f"{self.buyers} buyers cannot exceed {self.covered} covered customers")
        if self.buyers > self.deals:
            raise ValueError(f"{self.buyers} buyers cannot exceed {self.deals} orders")

    @property
    def active_rate(self) -> Fraction | None:
        return Fraction(self.buyers, self.covered) if self.covered else None

    @property
    def average_deal(self) -> Fraction | None:
        """Cents per buying customer."""
        return Fraction(self.sales_cents, self.buyers) if self.buyers else None

    def factor(self, factor: Factor) -> Fraction | None:
        if factor is Factor.COVERED:
            return Fraction(self.covered)
        return self.active_rate if factor is Factor.ACTIVE_RATE else self.average_deal


@dataclass(frozen=True, slots=True)
class FactorChange:
    factor: Factor
    current: Fraction | None
    comparison: Fraction | None
    ratio: float | None  # current ÷ comparison (None when either is missing or the comparison is 0)
    log_change: float | None  # ln(ratio), when the sales could be split
    share: float | None  # log_change ÷ ln(sales ratio); None when sales did not change or could not be split
    contribution_cents: int | None  # this factor's part of the sales change (LMDI), when split


@dataclass(frozen=True, slots=True)
class SalesChange:
    current: SalesFigures
    comparison: SalesFigures
    change_cents: int
    ratio: float | None  # sales ÷ comparison sales
    decomposed: bool
    factors: tuple[FactorChange, ...]  # covered, active rate, average deal
    moved: Factor | None

    def of(self, factor: Factor) -> FactorChange:
        return next(change for change in self.factors if change.factor is factor)


def _ratio(current: Fraction | None, base: Fraction | None) -> float | None:
    if current is None or base is None or base == 0:
        return None
    return float(current / base)


def log_mean(a: float, b: float) -> float:
    """The logarithmic mean L(a, b) of two positive numbers (L(a, a) = a)."""
    if a <= 0 or b <= 0:
        raise ValueError("the logarithmic mean needs positive numbers")
    if math.isclose(a, b, rel_tol=1e-12):
        return (a + b) / 2
    return (a - b) / (math.log(a) - math.log(b))


def _largest_remainder(parts: Sequence[float], total: int) -> list[int]:
    """`parts` rounded to integers that sum to `total` (the parts sum to it up to float noise)."""
    floors = [math.floor(part) for part in parts]
    left = total - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-(parts[i] - floors[i]), i))
    if left >= 0:
        for i in order[:left]:
            floors[i] += 1
    else:  # float noise pushed the floors past the total
        for i in order[::-1][:-left]:
            floors[i] -= 1
    return floors


def sales_change(current: SalesFigures, comparison: SalesFigures) -> SalesChange:
    """How sales changed from the comparison period to the current one, factor by factor (module docstring)."""
    delta = current.sales_cents - comparison.sales_cents
    sales_ratio = current.sales_cents / comparison.sales_cents if comparison.sales_cents else None
    split = current.sales_cents > 0 and comparison.sales_cents > 0
    logs: dict[Factor, float] = {}
    contributions: dict[Factor, int] = {}
    if split:
        for factor in FACTORS:
            now, then = current.factor(factor), comparison.factor(factor)
            assert now is not None and then is not None  # positive sales: every factor is positive
            logs[factor] = math.log(now.numerator) - math.log(now.denominator) - (
                math.log(then.numerator) - math.log(then.denominator))
        weight = log_mean(float(current.sales_cents), float(comparison.sales_cents))
        parts = [weight * logs[factor] for factor in FACTORS]
        contributions = dict(zip(FACTORS, _largest_remainder(parts, delta), strict=True))
    sales_log = math.log(current.sales_cents) - math.log(comparison.sales_cents) if split else 0.0
    changes = []
    for factor in FACTORS:
        now, then = current.factor(factor), comparison.factor(factor)
        log_change = logs.get(factor)
        share = log_change / sales_log if log_change is not None and delta != 0 and sales_log != 0 else None
        changes.append(FactorChange(factor, now, then, _ratio(now, then), log_change, share,
                                    contributions.get(factor)))
    moved = None
    if split:
        # |log| to 12 places: equal moves computed through different fractions tie, and the first factor wins
        biggest = max(FACTORS, key=lambda factor: (round(abs(logs[factor]), 12), -FACTORS.index(factor)))
        if abs(logs[biggest]) > 1e-12:
            moved = biggest
    return SalesChange(current, comparison, delta, sales_ratio, split, tuple(changes), moved)


# --------------------------------------------------------------------------------------------------------------
# Calls


@dataclass(frozen=True, slots=True)
class CallDay:
    """Calls made on one local day, and how many of them connected."""

    day: date
    calls: int
    reached: int


@dataclass(frozen=True, slots=True)
class CallFigures:
    period: DayRange
    calls: int
    reached: int
    call_days: int  # days with at least one call

    @property
    def calls_per_day(self) -> float | None:
        return self.calls / self.call_days if self.call_days else None

    @property
    def reach_rate(self) -> float | None:
        return self.reached / self.calls if self.calls else None


def call_figures(period: DayRange, days: Iterable[CallDay]) -> CallFigures:
    """Calls, reached calls and calling days of the days inside `period` (other days are ignored)."""
    calls = reached = call_days = 0
    for day in days:
        if day.day in period and day.calls > 0:
            calls += day.calls
            reached += day.reached
            call_days += 1
    return CallFigures(period, calls, reached, call_days)


def call_trend(periods: Sequence[DayRange], days: Iterable[CallDay]) -> list[CallFigures]:
    """Call figures per period (the last weeks), in the given order."""
    kept = list(days)
    return [call_figures(period, kept) for period in periods]


# --------------------------------------------------------------------------------------------------------------
# Intent moves


@dataclass(frozen=True, slots=True)
class IntentCall:
    """A call that recorded an intent."""

    customer_id: int
    called_at: datetime
    intent: Intent


@dataclass(frozen=True, slots=True)
class IntentMoves:
    up: int  # calls that moved a customer's intent up a level or more
    down: int
    new: int  # first intent ever recorded
    steps_up: int  # levels moved up, summed
    steps_down: int
    customers_up: frozenset[int] = field(default_factory=frozenset)
    customers_down: frozenset[int] = field(default_factory=frozenset)
    transitions: Mapping[tuple[Intent | None, Intent], int] = field(default_factory=dict)  # (from, to) → calls


def intent_moves(before: Mapping[int, Intent], calls: Iterable[IntentCall]) -> IntentMoves:
    """Count the intent moves of `calls` (any order; taken oldest first, ties by customer) given each customer's
    intent before the first of them (`before`; absent: none recorded yet). A call repeating the intent is no move."""
    latest: dict[int, Intent] = dict(before)
    up = down = new = steps_up = steps_down = 0
    customers_up: set[int] = set()
    customers_down: set[int] = set()
    transitions: dict[tuple[Intent | None, Intent], int] = {}
    for call in sorted(calls, key=lambda c: (c.called_at, c.customer_id)):
        previous = latest.get(call.customer_id)
        latest[call.customer_id] = call.intent
        move = intent_move(previous, call.intent)
        if move is None:
            continue
        direction, steps = move
        transitions[(previous, call.intent)] = transitions.get((previous, call.intent), 0) + 1
        if direction is IntentDirection.UP:
            up += 1
            steps_up += steps
            customers_up.add(call.customer_id)
        elif direction is IntentDirection.DOWN:
            down += 1
            steps_down -= steps
            customers_down.add(call.customer_id)
        else:
            new += 1
    return IntentMoves(up, down, new, steps_up, steps_down, frozenset(customers_up), frozenset(customers_down),
                       transitions)


# --------------------------------------------------------------------------------------------------------------
# What the book hands over


@dataclass(frozen=True, slots=True)
class OrderTotals:
    """The orders of a period: their amount, how many, and how many customers placed them."""

    sales_cents: int
    deals: int
    buyers: int


@dataclass(frozen=True, slots=True)
class OrderDay:
    day: date
    deals: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class ChurnCount:
    """Customers of one (effective) tier carrying the same churn signals (codes as the book keeps them)."""

    tier: str
    codes: tuple[str, ...]
    customers: int


@dataclass(frozen=True, slots=True)
class TierTotal:
    """Customers of one effective tier (the pin, else the computed tier), how many pinned, their revenue."""

    tier: str
    customers: int
    pinned: int
    revenue_cents: int


@dataclass(frozen=True, slots=True)
class BehindLine:
    """One customer behind a figure: what the figure counted of them (an amount, a count, a code)."""

    customer_id: int
    name: str
    tier: str
    amount_cents: int | None = None
    count: int | None = None
    second: int | None = None  # a second count (calls reached beside calls made)
    note: str = ""  # a code the UI words: an intent move "C>A", a visit status, churn signal codes


@dataclass(frozen=True, slots=True)
class Behind:
    total: int  # customers behind the figure; `lines` may hold only the first of them
    lines: tuple[BehindLine, ...]
