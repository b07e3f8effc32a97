"""Other ways to value a customer (DOMAIN.md §2); the rep picks one, the pyramid (`tiering`) is the default.

Every method returns one `Valuation` per customer valued: the customer, the method, a label code (a StrEnum the
UI words), a score (or None) and the figures behind it, so the rep can check the result.

Methods and their rules
-----------------------
* **single indicator** (单一指标): rank by revenue, profit, amount paid (回款) or number of orders, highest first,
  and cut into bands top / high / middle / low with the pyramid's shares and its rounding and tie rules
  (`tiering.band_ends`, `tiering.rank_into_bands`). A customer whose indicator is 0 or less is not ranked:
  band ``none``.
* **weighted value** (金字塔模型 / 权重分析): each indicator normalised min–max over the customers valued, to
  0..100 (when all are equal: 100 if positive, else 0); the score is the weighted mean of the normalised
  indicators; bands as above over the customers whose score is above 0.
* **customer value scorecard** (客户价值计分卡): four aspects scored 0..100 — financial and sales make the
  *realised* value, customer and service the *potential* value; the score is the weighted mean of the four.
  The label is the quadrant of realised × potential against a threshold (default 50): star (both high),
  harvest (realised high, potential low), develop (realised low, potential high), low (both low).
* **ABC**: customers ranked by revenue, highest first; the cumulative share *before* a customer decides its
  class. Boundary rule: a customer is A while the customers ranked before it hold less than 80% of the revenue
  (so the customer that crosses 80% is A), B while they hold less than 95%, C otherwise. A tie takes the class of
  its best placed member (ties never split). Customers without positive revenue are C.
* **RFM**: recency (days since the last order, as of a date), frequency (orders), monetary (revenue), each
  scored 1..5 by quintile (rule at `quintile_scores`), and a segment code from R and the mean of F and M.
* **three faces** (红脸 / 黑脸 / 白脸): a suggestion from margin, regularity of buying and volume (rule at
  `suggest_faces`); a face the rep set by hand wins.

Inputs are plain figures (`CustomerMetrics`), built by the store or by `metrics_from_orders`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from statistics import fmean, pstdev

from telesales.domain.model import Face, Order
from telesales.domain.tiering import (
    TierParams,
    TierResult,
    band_ends,
    exact_percent,
    months_before,
    rank_into_bands,
)

Figures = dict[str, int | float]


class Method(StrEnum):
    PYRAMID = "pyramid"
    SINGLE_INDICATOR = "single_indicator"
    WEIGHTED = "weighted"
    SCORECARD = "scorecard"
    ABC = "abc"
    RFM = "rfm"
    FACES = "faces"


class Indicator(StrEnum):
    REVENUE = "revenue"
    PROFIT = "profit"
    PAID = "paid"
    ORDERS = "orders"


class Band(StrEnum):
    """Bands of the single-indicator and weighted methods, highest first; ``none`` is not ranked (value ≤ 0)."""

    TOP = "top"
    HIGH = "high"
    MIDDLE = "middle"
    LOW = "low"
    NONE = "none"


class ScorecardQuadrant(StrEnum):
    STAR = "star"  # realised high, potential high
    HARVEST = "harvest"  # realised high, potential low
    DEVELOP = "develop"  # realised low, potential high
    LOW = "low"  # both low


class AbcClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class RfmSegment(StrEnum):
    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL_LOYALIST = "potential_loyalist"
    NEW = "new"
    PROMISING = "promising"
    NEED_ATTENTION = "need_attention"
    ABOUT_TO_SLEEP = "about_to_sleep"
    AT_RISK = "at_risk"
    CANNOT_LOSE = "cannot_lose"
    HIBERNATING = "hibernating"
    LOST = "lost"


class FaceLabel(StrEnum):
    """The three faces (`model.Face`) plus ``none`` when the book suggests no face."""

    RED = "red"
    BLACK = "black"
    WHITE = "white"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Valuation:
    """One customer valued by one method: a label code, a score (None when the method has none), the figures."""

    customer_id: int
    method: Method
    label: StrEnum
    score: float | None
    figures: Figures = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CustomerMetrics:
    """A customer's figures over a period: money in cents, order dates for regularity, the last order date."""

    customer_id: int
    revenue_cents: int = 0
    profit_cents: int = 0
    paid_cents: int = 0
    order_count: int = 0
    last_order_on: date | None = None
    order_dates: tuple[date, ...] = ()

    def indicator(self, which: Indicator) -> int:
        if which is Indicator.REVENUE:
            return self.revenue_cents
        if which is Indicator.PROFIT:
            return self.profit_cents
        if which is Indicator.PAID:
            return self.paid_cents
        return self.order_count


def metrics_from_orders(
    orders: Iterable[Order],
    as_of: date,
    *,
    lookback_months: int | None = None,
    customer_ids: Iterable[int] = (),
) -> list[CustomerMetrics]:
    """Per-customer metrics from orders dated up to `as_of` (and after the look-back start, when given).

    Customers in `customer_ids` without an order get zero metrics; the result is sorted by customer id.
    """
    start = months_before(as_of, lookback_months) if lookback_months is not None else None
    sums: dict[int, list[int]] = {customer_id: [0, 0, 0] for customer_id in customer_ids}
    dates: dict[int, list[date]] = {}
    for order in orders:
        if order.ordered_on > as_of or (start is not None and order.ordered_on <= start):
            continue
        row = sums.setdefault(order.customer_id, [0, 0, 0])
        row[0] += order.amount_cents
        row[1] += order.profit_cents
        row[2] += order.paid_cents
        dates.setdefault(order.customer_id, []).append(order.ordered_on)
    out = []
    for customer_id in sorted(sums):
        revenue, profit, paid = sums[customer_id]
        days = tuple(sorted(dates.get(customer_id, ())))
        out.append(
            CustomerMetrics(customer_id, revenue, profit, paid, len(days), days[-1] if days else None, days)
        )
    return out


# --------------------------------------------------------------------------------------------------------------
# Single indicator and weighted value


PYRAMID_SHARES = TierParams()
"""The default band shares: the pyramid's (from the settings' defaults)."""

_BANDS = (Band.TOP, Band.HIGH, Band.MIDDLE, Band.LOW)


def _bands(values: Mapping[int, float], shares: TierParams) -> dict[int, tuple[int, Band]]:
    """Rank and band the positive values with the pyramid's shares (top = super, high = big, middle = medium)."""
    positive = [(customer_id, value) for customer_id, value in values.items() if value > 0]
    ends = band_ends(
        len(positive),
        (shares.super_percent, shares.big_percent, shares.medium_percent),
        at_least_one_top=shares.at_least_one_super,
    )
    return {
        customer_id: (rank, _BANDS[band]) for customer_id, _, rank, band in rank_into_bands(positive, ends)
    }


def single_indicator(
    metrics: Sequence[CustomerMetrics],
    indicator: Indicator = Indicator.REVENUE,
    shares: TierParams = PYRAMID_SHARES,
) -> list[Valuation]:
    """Rank by one indicator and cut into bands. Score: the indicator's value. Results in the input's order."""
    values = {m.customer_id: float(m.indicator(indicator)) for m in metrics}
    banded = _bands(values, shares)
    out = []
    for m in metrics:
        figures: Figures = {indicator.value: m.indicator(indicator)}
        rank, band = banded.get(m.customer_id, (None, Band.NONE))
        if rank is not None:
            figures["rank"] = rank
        out.append(
            Valuation(m.customer_id, Method.SINGLE_INDICATOR, band, float(m.indicator(indicator)), figures)
        )
    return out


DEFAULT_WEIGHTS: Mapping[Indicator, float] = {
    Indicator.REVENUE: 0.4,
    Indicator.PROFIT: 0.3,
    Indicator.PAID: 0.2,
    Indicator.ORDERS: 0.1,
}


def normalise(values: Mapping[int, float]) -> dict[int, float]:
    """Min–max to 0..100 over the given customers; when all are equal, 100 if positive else 0."""
    if not values:
        return {}
    low, high = min(values.values()), max(values.values())
    if high == low:
        return {key: 100.0 if value > 0 else 0.0 for key, value in values.items()}
    return {key: (value - low) * 100.0 / (high - low) for key, value in values.items()}


def weighted_value(
    metrics: Sequence[CustomerMetrics],
    weights: Mapping[Indicator, float] = DEFAULT_WEIGHTS,
    shares: TierParams = PYRAMID_SHARES,
) -> list[Valuation]:
    """Weighted mean of the normalised indicators (0..100), ranked and cut into bands."""
    if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    used = [indicator for indicator in Indicator if weights.get(indicator, 0) > 0]
    total_weight = sum(weights[indicator] for indicator in used)
    normalised = {
        indicator: normalise({m.customer_id: float(m.indicator(indicator)) for m in metrics})
        for indicator in used
    }
    scores = {
        m.customer_id: sum(weights[i] * normalised[i][m.customer_id] for i in used) / total_weight
        for m in metrics
    }
    banded = _bands(scores, shares)
    out = []
    for m in metrics:
        figures: Figures = {}
        for indicator in used:
            figures[indicator.value] = m.indicator(indicator)
            figures[f"{indicator.value}_normalised"] = round(normalised[indicator][m.customer_id], 2)
            figures[f"{indicator.value}_weight"] = weights[indicator]
        rank, band = banded.get(m.customer_id, (None, Band.NONE))
        if rank is not None:
            figures["rank"] = rank
        out.append(Valuation(m.customer_id, Method.WEIGHTED, band, round(scores[m.customer_id], 4), figures))
    return out


# --------------------------------------------------------------------------------------------------------------
# Customer value scorecard


@dataclass(frozen=True, slots=True)
class ScorecardAspects:
    """The four aspects of one customer, each 0..100 (financial, sales: realised; customer, service: potential)."""

    customer_id: int
    financial: float
    sales: float
    customer: float
    service: float

    def __post_init__(self) -> None:
        for name in ("financial", "sales", "customer", "service"):
            value = getattr(self, name)
            if not 0 <= value <= 100:
                raise ValueError(f"{name} {value} is not 0..100")


@dataclass(frozen=True, slots=True)
class ScorecardWeights:
    financial: float = 0.25
    sales: float = 0.25
    customer: float = 0.25
    service: float = 0.25

    def __post_init__(self) -> None:
        parts = (self.financial, self.sales, self.customer, self.service)
        if min(parts) < 0 or self.financial + self.sales <= 0 or self.customer + self.service <= 0:
            raise ValueError("weights must be non-negative, with a positive sum on each side")


def financial_and_sales_aspects(metrics: Sequence[CustomerMetrics]) -> dict[int, tuple[float, float]]:
    """Realised aspects from the order figures: financial = mean of normalised profit and paid, sales = mean of
    normalised revenue and number of orders (all 0..100, normalised over the given customers)."""
    norm = {i: normalise({m.customer_id: float(m.indicator(i)) for m in metrics}) for i in Indicator}
    return {
        m.customer_id: (
            (norm[Indicator.PROFIT][m.customer_id] + norm[Indicator.PAID][m.customer_id]) / 2,
            (norm[Indicator.REVENUE][m.customer_id] + norm[Indicator.ORDERS][m.customer_id]) / 2,
        )
        for m in metrics
    }


def scorecard_aspects(
    metrics: Sequence[CustomerMetrics], ratings: Mapping[int, tuple[float, float]]
) -> list[ScorecardAspects]:
    """Aspects of the customers the rep rated: realised from the figures, `ratings[id] = (customer, service)`."""
    realised = financial_and_sales_aspects(metrics)
    return [
        ScorecardAspects(m.customer_id, *realised[m.customer_id], *ratings[m.customer_id])
        for m in metrics
        if m.customer_id in ratings
    ]


def scorecard(
    aspects: Iterable[ScorecardAspects],
    weights: ScorecardWeights = ScorecardWeights(),
    high_at: float = 50.0,
) -> list[Valuation]:
    """Score = weighted mean of the four aspects; label = quadrant of realised × potential (≥ `high_at` is high)."""
    w = weights
    out = []
    for a in aspects:
        realised = (w.financial * a.financial + w.sales * a.sales) / (w.financial + w.sales)
        potential = (w.customer * a.customer + w.service * a.service) / (w.customer + w.service)
        total = w.financial + w.sales + w.customer + w.service
        score = (
            w.financial * a.financial + w.sales * a.sales + w.customer * a.customer + w.service * a.service
        ) / total
        if realised >= high_at:
            label = ScorecardQuadrant.STAR if potential >= high_at else ScorecardQuadrant.HARVEST
        else:
            label = ScorecardQuadrant.DEVELOP if potential >= high_at else ScorecardQuadrant.LOW
        figures: Figures = {
            "financial": round(float(a.financial), 2),
            "sales": round(float(a.sales), 2),
            "customer": round(float(a.customer), 2),
            "service": round(float(a.service), 2),
            "realised": round(realised, 2),
            "potential": round(potential, 2),
        }
        out.append(Valuation(a.customer_id, Method.SCORECARD, label, round(score, 2), figures))
    return out


# --------------------------------------------------------------------------------------------------------------
# ABC


@dataclass(frozen=True, slots=True)
class AbcParams:
    a_percent: float = 80.0
    b_percent: float = 15.0

    def __post_init__(self) -> None:
        if self.a_percent < 0 or self.b_percent < 0 or self.a_percent + self.b_percent > 100:
            raise ValueError("A and B shares must be non-negative and add up to at most 100")


def abc(metrics: Sequence[CustomerMetrics], params: AbcParams = AbcParams()) -> list[Valuation]:
    """ABC by cumulative revenue share (boundary rule in the module docstring). Score: the customer's share (%)."""
    a_limit = exact_percent(params.a_percent) / 100
    b_limit = a_limit + exact_percent(params.b_percent) / 100
    positive = [(m.customer_id, m.revenue_cents) for m in metrics if m.revenue_cents > 0]
    total = sum(revenue for _, revenue in positive)
    classes: dict[int, tuple[AbcClass, int, int]] = {}  # id → (class, rank, cumulative cents including it)
    cumulative = 0
    group_before = group_rank = 0  # cumulative revenue before the current tie group, and the group's rank
    previous: int | None = None
    ranked = sorted(positive, key=lambda pair: (-pair[1], pair[0]))
    for position, (customer_id, revenue) in enumerate(ranked, start=1):
        if revenue != previous:
            group_before, group_rank, previous = cumulative, position, revenue
        cumulative += revenue
        before = Fraction(group_before, total)
        label = AbcClass.A if before < a_limit else AbcClass.B if before < b_limit else AbcClass.C
        classes[customer_id] = (label, group_rank, cumulative)
    out = []
    for m in metrics:
        figures: Figures = {"revenue_cents": m.revenue_cents}
        if m.customer_id in classes:
            label, position, cumulative = classes[m.customer_id]
            share = 100.0 * m.revenue_cents / total
            figures |= {"rank": position, "share_percent": round(share, 4)}
            figures["cumulative_percent"] = round(100.0 * cumulative / total, 4)
            out.append(Valuation(m.customer_id, Method.ABC, label, round(share, 4), figures))
        else:
            out.append(Valuation(m.customer_id, Method.ABC, AbcClass.C, 0.0, figures))
    return out


# --------------------------------------------------------------------------------------------------------------
# RFM


def quintile_scores(values: Mapping[int, float], *, higher_is_better: bool = True) -> dict[int, int]:
    """Scores 1..5 by quintile: ``1 + floor(5 × worse / n)``, where `worse` counts the customers strictly worse.

    Equal values get equal scores — the score of the tie's lowest position, so a large tie at the bottom (many
    one-order customers) stays at 1. With n distinct values each score holds n/5 customers (±1).
    """
    n = len(values)
    ordered = sorted(values.values(), reverse=not higher_is_better)  # worst first
    worse_than: dict[float, int] = {}
    for index, value in enumerate(ordered):
        worse_than.setdefault(value, index)  # the first index of a value = how many are strictly worse
    return {key: 1 + (5 * worse_than[value]) // n for key, value in values.items()}


# Segments: the eleven names of the RFM segment table published by Putler ("RFM Analysis For Successful Customer
# Segmentation", putler.com/rfm-analysis: Champions … Lost on Recency × the mean of Frequency and Monetary). That
# table's ranges overlap and leave cells unreachable, so we lay its names on the non-overlapping 5 × 5 grid of the
# widely used R × F "seg_map" (hibernating [1-2][1-2], at_risk [1-2][3-4], cannot_lose [1-2]5, about_to_sleep
# 3[1-2], need_attention 33, loyal [3-4][4-5], promising 41, new 51, potential_loyalist [4-5][2-3], champions
# 5[4-5]), with FM = round-half-up((F + M) / 2) in place of F, and Putler's "lost" as its lowest corner (R1, FM1).
_S = RfmSegment
_RFM_GRID: dict[int, tuple[RfmSegment, ...]] = {  # R → segments for FM = 1..5
    5: (_S.NEW, _S.POTENTIAL_LOYALIST, _S.POTENTIAL_LOYALIST, _S.CHAMPIONS, _S.CHAMPIONS),
    4: (_S.PROMISING, _S.POTENTIAL_LOYALIST, _S.POTENTIAL_LOYALIST, _S.LOYAL, _S.LOYAL),
    3: (_S.ABOUT_TO_SLEEP, _S.ABOUT_TO_SLEEP, _S.NEED_ATTENTION, _S.LOYAL, _S.LOYAL),
    2: (_S.HIBERNATING, _S.HIBERNATING, _S.AT_RISK, _S.AT_RISK, _S.CANNOT_LOSE),
    1: (_S.LOST, _S.HIBERNATING, _S.AT_RISK, _S.AT_RISK, _S.CANNOT_LOSE),
}


def rfm_segment(r: int, f: int, m: int) -> RfmSegment:
    """The segment of an R, F, M score triple (each 1..5)."""
    if not all(1 <= score <= 5 for score in (r, f, m)):
        raise ValueError(f"RFM scores {r}{f}{m} are not 1..5")
    return _RFM_GRID[r][(f + m + 1) // 2 - 1]


def rfm(metrics: Sequence[CustomerMetrics], as_of: date) -> list[Valuation]:
    """RFM scores and segment of every customer with at least one order (others are left out).

    Recency is days from the last order to `as_of`; frequency the order count; monetary the revenue — over
    whatever period the metrics cover. Score: R + F + M (3..15).
    """
    valued = [m for m in metrics if m.order_count > 0 and m.last_order_on is not None]
    recency = {m.customer_id: float((as_of - m.last_order_on).days) for m in valued if m.last_order_on}
    r_scores = quintile_scores(recency, higher_is_better=False)
    f_scores = quintile_scores({m.customer_id: float(m.order_count) for m in valued})
    m_scores = quintile_scores({m.customer_id: float(m.revenue_cents) for m in valued})
    out = []
    for m in valued:
        r, f, mo = r_scores[m.customer_id], f_scores[m.customer_id], m_scores[m.customer_id]
        figures: Figures = {
            "recency_days": int(recency[m.customer_id]),
            "frequency": m.order_count,
            "monetary_cents": m.revenue_cents,
            "r_score": r,
            "f_score": f,
            "m_score": mo,
            "fm_score": (f + mo + 1) // 2,
        }
        out.append(Valuation(m.customer_id, Method.RFM, rfm_segment(r, f, mo), float(r + f + mo), figures))
    return out


# --------------------------------------------------------------------------------------------------------------
# The three faces


@dataclass(frozen=True, slots=True)
class FaceParams:
    """Thresholds of the face suggestion (margins in percent of revenue)."""

    white_volume_top_percent: float = 20.0  # "large volume": in the top share of customers by revenue
    white_margin_max_percent: float = 10.0  # … at a margin below this
    black_margin_max_percent: float = 3.0  # "little or no profit"
    red_margin_min_percent: float = 25.0  # "high profit per deal"
    red_gap_cv_min: float = 0.5  # "buys irregularly": coefficient of variation of the gaps between orders


def gap_variation(order_dates: Iterable[date]) -> float | None:
    """Coefficient of variation (population sd / mean) of the gaps in days between distinct order dates.

    None with fewer than three distinct dates (fewer than two gaps: no regularity to measure).
    """
    days = sorted(set(order_dates))
    if len(days) < 3:
        return None
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    return pstdev(gaps) / fmean(gaps)


def suggest_faces(
    metrics: Sequence[CustomerMetrics],
    hand_set: Mapping[int, Face] | None = None,
    params: FaceParams = FaceParams(),
) -> list[Valuation]:
    """The face of each customer: the one the rep set by hand, else a suggestion, first match wins:

    1. white — revenue in the top `white_volume_top_percent` of customers with revenue (pyramid rounding and
       ties) and margin below `white_margin_max_percent`;
    2. black — margin at most `black_margin_max_percent` (the rep confirms the brand or influence value);
    3. red — margin at least `red_margin_min_percent` and irregular buying: gap variation at least
       `red_gap_cv_min`, or too few orders to show a rhythm (fewer than three order dates);
    4. none.
    Customers without positive revenue get no suggestion (margin is undefined). Score: None.
    """
    chosen = hand_set or {}
    positive = [(m.customer_id, float(m.revenue_cents)) for m in metrics if m.revenue_cents > 0]
    (top_end,) = band_ends(len(positive), (params.white_volume_top_percent,))
    volume_rank = {customer_id: rank for customer_id, _, rank, _ in rank_into_bands(positive, (top_end,))}
    out = []
    for m in metrics:
        figures: Figures = {
            "revenue_cents": m.revenue_cents,
            "profit_cents": m.profit_cents,
            "order_count": m.order_count,
        }
        variation = gap_variation(m.order_dates)
        if variation is not None:
            figures["gap_variation"] = round(variation, 4)
        label = FaceLabel.NONE
        if m.customer_id in volume_rank:
            margin = 100.0 * m.profit_cents / m.revenue_cents
            rank = volume_rank[m.customer_id]
            figures |= {"margin_percent": round(margin, 2), "volume_rank": rank}
            if rank <= top_end and margin < params.white_margin_max_percent:
                label = FaceLabel.WHITE
            elif margin <= params.black_margin_max_percent:
                label = FaceLabel.BLACK
            elif margin >= params.red_margin_min_percent and (
                variation is None or variation >= params.red_gap_cv_min
            ):
                label = FaceLabel.RED
        figures["hand_set"] = int(m.customer_id in chosen)
        if m.customer_id in chosen:
            label = FaceLabel(chosen[m.customer_id].value)
        out.append(Valuation(m.customer_id, Method.FACES, label, None, figures))
    return out


# --------------------------------------------------------------------------------------------------------------
# One door for the command line


def from_tiers(results: Iterable[TierResult]) -> list[Valuation]:
    """The pyramid's results in the common shape: label = effective tier, score = None."""
    out = []
    for r in results:
        figures: Figures = {"revenue_cents": r.revenue_cents, "pinned": int(r.pinned)}
        if r.rank is not None:
            figures["rank"] = r.rank
        out.append(Valuation(r.customer_id, Method.PYRAMID, r.effective, None, figures))
    return out


def value_customers(
    method: Method,
    metrics: Sequence[CustomerMetrics],
    as_of: date,
    *,
    indicator: Indicator = Indicator.REVENUE,
    weights: Mapping[Indicator, float] = DEFAULT_WEIGHTS,
    shares: TierParams = PYRAMID_SHARES,
    abc_params: AbcParams = AbcParams(),
    face_params: FaceParams = FaceParams(),
    hand_set_faces: Mapping[int, Face] | None = None,
    aspects: Sequence[ScorecardAspects] = (),
    tiers: Iterable[TierResult] = (),
) -> list[Valuation]:
    """Run the chosen method. The pyramid needs `tiers` (from `tiering.assign_tiers`), the scorecard `aspects`."""
    if method is Method.PYRAMID:
        return from_tiers(tiers)
    if method is Method.SINGLE_INDICATOR:
        return single_indicator(metrics, indicator, shares)
    if method is Method.WEIGHTED:
        return weighted_value(metrics, weights, shares)
    if method is Method.SCORECARD:
        return scorecard(aspects)
    if method is Method.ABC:
        return abc(metrics, abc_params)
    if method is Method.RFM:
        return rfm(metrics, as_of)
    return suggest_faces(metrics, hand_set_faces, face_params)
