"""Use case: the numbers a rep watches (DOMAIN.md §9) over a period, against a comparison period.

`stats(first, last, compare)` gathers every figure; the dashboard asks for them in parts (`orders` first, it is
the quickest, then `sales`, `calls`, `intents`, `visits`, `pyramid`, `churn`), each a separate read, so the first
chart shows at once and the rest fill in. The rules (periods, the sales decomposition, calls per day, intent
moves) are in `telesales.domain.periods` and `telesales.domain.stats`; this module fetches their inputs.

What each figure reads:

* days are the rep's local days (the `rep.time_zone` setting, else the computer's zone); calls are counted on the
  local day they were made;
* the pyramid is the book's stored tiers (pins applied) with the revenue of the look-back window ending on the
  period's last day (the customer value service's pyramid);
* churn warnings are the signals the last re-tiering left on the customers (the book re-tiers once a day): they
  are the book's state now, not the period's;
* visits are counted by the day they are planned on, per status; deals are orders, amount their sum (= sales).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from telesales.domain.calllist import intent_move
from telesales.domain.errors import UserError
from telesales.domain.lifecycle import ChurnSignal
from telesales.domain.model import Tier
from telesales.domain.periods import (
    Compare,
    DayRange,
    PeriodKind,
    comparison,
    current_period,
    infer_kind,
    local_day_start,
    utc_bounds,
    weeks_back,
)
from telesales.domain.stats import (
    FACTORS,
    Behind,
    BehindLine,
    CallDay,
    CallFigures,
    ChurnCount,
    IntentMoves,
    OrderDay,
    OrderTotals,
    SalesChange,
    SalesFigures,
    call_figures,
    call_trend,
    intent_moves,
    sales_change,
)
from telesales.domain.tiering import PYRAMID, revenue_curve
from telesales.services.calls import rep_zone
from telesales.services.customer_value import CustomerValueService, PyramidLevel, PyramidSummary
from telesales.services.ports import SettingsPort, StatsStorePort

TREND_WEEKS = 8  # calls per day and reach rate over at least the last 8 weeks …
MOST_WEEKS = 26  # … and at most half a year
BEHIND_LIMIT = 2000  # customers listed behind a figure (the total is always given)
_TIERS = {tier.value for tier in Tier}


class Chart(StrEnum):
    """A figure whose customers the rep can ask for."""

    SALES = "sales"  # the buyers, biggest amount first (also behind the active rate, the average deal, deals)
    COVERED = "covered"
    CALLS = "calls"  # customers called, most calls first (reach rate too)
    INTENT_UP = "intent_up"
    INTENT_DOWN = "intent_down"
    VISITS = "visits"
    TIER = "tier"  # with a tier: that tier's customers, most revenue first
    TOP = "top"  # the top of the pyramid (super, big and medium: the best fifth by default), most revenue first
    CHURN = "churn"


@dataclass(frozen=True, slots=True)
class Periods:
    kind: PeriodKind
    compare: Compare
    current: DayRange
    comparison: DayRange


@dataclass(frozen=True, slots=True)
class OrderPart:
    current: OrderTotals
    comparison: OrderTotals
    days: tuple[OrderDay, ...]  # the current period's days with orders


@dataclass(frozen=True, slots=True)
class CallPart:
    current: CallFigures
    comparison: CallFigures
    trend: tuple[CallFigures, ...]  # per week, oldest first, the last one cut at the period's end
    days: tuple[CallDay, ...]  # every day read (the period, the comparison, the trend's weeks) with a call


@dataclass(frozen=True, slots=True)
class IntentPart:
    current: IntentMoves
    comparison: IntentMoves


@dataclass(frozen=True, slots=True)
class VisitPart:
    current: Mapping[str, int]  # status → visits planned in the period
    comparison: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class ChurnPart:
    customers: int
    by_signal: Mapping[str, int]  # signal code → customers carrying it
    by_tier: Mapping[str, int]  # effective tier → customers with any signal
    as_of: date | None  # the last re-tiering


@dataclass(frozen=True, slots=True)
class Stats:
    periods: Periods
    time_zone: str
    orders: OrderPart
    sales: SalesChange
    calls: CallPart
    intents: IntentPart
    visits: VisitPart
    pyramid: PyramidSummary
    churn: ChurnPart

    def as_json(self) -> dict[str, Any]:
        return stats_json(self)


class StatsService:
    def __init__(self, store: StatsStorePort, settings: SettingsPort, value: CustomerValueService | None = None,
                 clock: Callable[[tzinfo], datetime] | None = None) -> None:
        self._store = store
        self._settings = settings
        self._value = value
        self.clock = clock or (lambda zone: datetime.now(zone))

    # -- periods

    def zone(self) -> tzinfo:
        return rep_zone(self._settings.load())

    def today(self) -> date:
        """Today in the rep's time zone."""
        return self.clock(self.zone()).date()

    def periods(self, first: date | None = None, last: date | None = None, compare: Compare | str = Compare.PREVIOUS,
                kind: PeriodKind | str | None = None) -> Periods:
        """The period first … last (its kind read from the days unless given) and its comparison; without days,
        this period of `kind` (default month) so far."""
        chosen = Compare(compare)
        if first is None or last is None:
            if first is not None or last is not None:
                raise UserError("give both the first and the last day, or neither")
            wanted = PeriodKind(kind or PeriodKind.MONTH)
            period = current_period(wanted, self.today()) if wanted is not PeriodKind.CUSTOM else None
            if period is None:
                raise UserError("a custom period needs its first and last day")
            return Periods(wanted, chosen, period, comparison(wanted, period, chosen))
        if last < first:
            raise UserError(f"the period ends ({last}) before it starts ({first})")
        if (last - first).days > 3660:
            raise UserError("a period can be at most ten years long")
        period = DayRange(first, last)
        found = PeriodKind(kind) if kind else infer_kind(period)
        return Periods(found, chosen, period, comparison(found, period, chosen))

    # -- the figures, in parts

    def orders(self, periods: Periods) -> OrderPart:
        store = self._store
        return OrderPart(store.order_totals(periods.current), store.order_totals(periods.comparison),
                         tuple(store.order_days(periods.current)))

    def sales(self, periods: Periods, orders: OrderPart | None = None) -> SalesChange:
        """Sales = covered × active rate × average deal, against the comparison, factor by factor."""
        zone = self.zone()
        parts = orders or self.orders(periods)
        figures = []
        for period, totals in ((periods.current, parts.current), (periods.comparison, parts.comparison)):
            start, end = utc_bounds(period, zone)
            covered = self._store.covered(period, start, end)
            figures.append(SalesFigures(totals.sales_cents, totals.deals, totals.buyers, max(covered, totals.buyers)))
        return sales_change(figures[0], figures[1])

    def calls(self, periods: Periods) -> CallPart:
        """Calls per day and reach rate of the period and its comparison, and per week over the last weeks."""
        zone = self.zone()
        current = periods.current
        weeks = min(MOST_WEEKS, max(TREND_WEEKS, -(-current.days // 7)))
        trend = weeks_back(current.last, weeks)
        wanted = {day for period in (current, periods.comparison, *trend) for day in period.each_day()}
        bounds = [(day, local_day_start(day, zone), local_day_start(day + timedelta(days=1), zone))
                  for day in sorted(wanted)]
        days = self._store.call_days(bounds)
        return CallPart(call_figures(current, days), call_figures(periods.comparison, days),
                        tuple(call_trend(trend, days)), tuple(days))

    def intents(self, periods: Periods) -> IntentPart:
        zone = self.zone()
        moves = []
        for period in (periods.current, periods.comparison):
            calls, before = self._store.intent_calls(*utc_bounds(period, zone))
            moves.append(intent_moves(before, calls))
        return IntentPart(moves[0], moves[1])

    def visits(self, periods: Periods) -> VisitPart:
        return VisitPart(self._store.visit_counts(periods.current), self._store.visit_counts(periods.comparison))

    def pyramid(self, periods: Periods) -> PyramidSummary:
        """Customers and revenue per tier (the look-back window ending on the period's last day), the 80/20 curve.

        The same summary as the customer value service's `pyramid_summary` (a test holds them equal), summed per
        tier in SQL rather than read customer by customer: a hundred thousand rows would cost seconds here.
        """
        as_of = periods.current.last
        window = CustomerValueService.window(as_of, self._settings.load())
        totals, revenues = self._store.tier_totals(window.after, window.through)
        by_tier = {Tier(row.tier): row for row in totals if row.tier in _TIERS}
        in_pyramid = sum(by_tier[tier].customers for tier in PYRAMID if tier in by_tier)
        total_revenue = sum(row.revenue_cents for row in by_tier.values())
        levels = []
        running_customers = running_revenue = 0
        for tier in Tier:
            row = by_tier.get(tier)
            customers, pinned, cents = (row.customers, row.pinned, row.revenue_cents) if row else (0, 0, 0)
            share = cumulative_customers = cumulative_revenue = None
            if tier in PYRAMID:
                running_customers += customers
                running_revenue += cents
                share = customers / in_pyramid if in_pyramid else 0.0
                cumulative_customers = running_customers / in_pyramid if in_pyramid else 0.0
                cumulative_revenue = running_revenue / total_revenue if total_revenue > 0 else 0.0
            levels.append(PyramidLevel(tier, customers, pinned, cents, share,
                                       cents / total_revenue if total_revenue > 0 else 0.0,
                                       cumulative_customers, cumulative_revenue))
        return PyramidSummary(as_of, window, tuple(levels), revenue_curve(revenues, points=50), total_revenue,
                              self._store.last_retiering())

    def churn(self) -> ChurnPart:
        counts: list[ChurnCount] = self._store.churn_counts()
        by_signal: dict[str, int] = {signal.value: 0 for signal in ChurnSignal}
        by_tier: dict[str, int] = {}
        for row in counts:
            by_tier[row.tier] = by_tier.get(row.tier, 0) + row.customers
            for code in row.codes:
                by_signal[code] = by_signal.get(code, 0) + row.customers
        return ChurnPart(sum(row.customers for row in counts), by_signal, by_tier, self._store.last_retiering())

    def stats(self, first: date | None = None, last: date | None = None, compare: Compare | str = Compare.PREVIOUS,
              kind: PeriodKind | str | None = None) -> Stats:
        """Every figure of the period against its comparison."""
        periods = self.periods(first, last, compare, kind)
        orders = self.orders(periods)
        return Stats(periods, str(self.zone()), orders, self.sales(periods, orders), self.calls(periods),
                     self.intents(periods), self.visits(periods), self.pyramid(periods), self.churn())

    # -- the customers behind a figure

    def behind(self, chart: Chart | str, periods: Periods, tier: Tier | str | None = None,
               limit: int = BEHIND_LIMIT) -> Behind:
        """The customers a figure counts (the first `limit` of them, with their total)."""
        which = Chart(chart)
        period = periods.current
        store = self._store
        if which is Chart.SALES:
            return store.buyers(period, limit)
        if which is Chart.COVERED:
            return store.covered_customers(period, *utc_bounds(period, self.zone()), limit)
        if which is Chart.CALLS:
            return store.called_customers(*utc_bounds(period, self.zone()), limit)
        if which is Chart.VISITS:
            return store.visited_customers(period, limit)
        if which is Chart.CHURN:
            return store.churned_customers(limit)
        if which in (Chart.TIER, Chart.TOP):
            if self._value is None or (which is Chart.TIER and tier is None):
                return Behind(0, ())
            tiers = (Tier(tier),) if which is Chart.TIER and tier is not None else (Tier.SUPER, Tier.BIG, Tier.MEDIUM)
            members = [m for t in tiers for m in self._value.tier_members(t, period.last)]
            members.sort(key=lambda m: (-m.revenue_cents, m.customer_id))
            return Behind(len(members), tuple(
                BehindLine(m.customer_id, m.name, (m.pin or m.tier).value, amount_cents=m.revenue_cents)
                for m in members[:limit]))
        return self._intent_behind(which, period, limit)

    def _intent_behind(self, which: Chart, period: DayRange, limit: int) -> Behind:
        calls, before = self._store.intent_calls(*utc_bounds(period, self.zone()))
        latest = dict(before)
        moved: dict[int, tuple[str, int]] = {}  # customer → (their latest move that way, moves that way)
        up = which is Chart.INTENT_UP
        for call in sorted(calls, key=lambda c: (c.called_at, c.customer_id)):
            previous = latest.get(call.customer_id)
            latest[call.customer_id] = call.intent
            move = intent_move(previous, call.intent)
            if move is None or previous is None or (move[1] > 0) != up:
                continue
            times = moved.get(call.customer_id, ("", 0))[1] + 1
            moved[call.customer_id] = (f"{previous.value}>{call.intent.value}", times)
        names = self._store.customer_lines(list(moved))
        lines = sorted(
            (BehindLine(cid, *names.get(cid, ("", "")), count=times, note=note)
             for cid, (note, times) in moved.items()),
            key=lambda line: (-(line.count or 0), line.name, line.customer_id))
        return Behind(len(lines), tuple(lines[:limit]))


# --------------------------------------------------------------------------------------------------------------
# JSON (the `telesales stats --json` contract)


def _money(cents: float | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def _rate(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


def _period(period: DayRange) -> dict[str, Any]:
    return {"from": period.first.isoformat(), "to": period.last.isoformat(), "days": period.days}


def _figures(sales: SalesFigures, orders: OrderTotals, calls: CallFigures, intents: IntentMoves,
             visits: Mapping[str, int]) -> dict[str, Any]:
    average = sales.average_deal
    return {
        "sales": _money(sales.sales_cents), "sales_cents": sales.sales_cents,
        "covered": sales.covered, "buyers": sales.buyers,
        "active_rate": _rate(sales.active_rate),
        "average_deal": _money(float(average)) if average is not None else None,
        "average_deal_cents": round(average) if average is not None else None,
        "deals": orders.deals, "amount": _money(orders.sales_cents), "amount_cents": orders.sales_cents,
        "calls": calls.calls, "reached": calls.reached, "call_days": calls.call_days,
        "calls_per_day": _rate(calls.calls_per_day, 2), "reach_rate": _rate(calls.reach_rate),
        "intent_moves": {"up": intents.up, "down": intents.down, "new": intents.new,
                         "steps_up": intents.steps_up, "steps_down": intents.steps_down,
                         "customers_up": len(intents.customers_up),
                         "customers_down": len(intents.customers_down)},
        "visits": {**{status: visits.get(status, 0) for status in ("done", "planned", "proposed", "cancelled")},
                   "total": sum(visits.values())},
    }


def stats_json(stats: Stats) -> dict[str, Any]:
    """Every figure, named for scripts (README: `telesales stats`)."""
    p = stats.periods
    change = stats.sales
    payload: dict[str, Any] = {
        "kind": p.kind.value, "period": _period(p.current), "compare": p.compare.value,
        "comparison_period": _period(p.comparison), "time_zone": stats.time_zone,
        **_figures(change.current, stats.orders.current, stats.calls.current, stats.intents.current,
                   stats.visits.current),
        "comparison": _figures(change.comparison, stats.orders.comparison, stats.calls.comparison,
                               stats.intents.comparison, stats.visits.comparison),
        "change": {
            "sales_cents": change.change_cents, "sales_ratio": _rate(change.ratio),
            "decomposed": change.decomposed, "moved": change.moved.value if change.moved else None,
            "factors": {
                factor.value: {
                    "ratio": _rate(fc.ratio), "log_change": _rate(fc.log_change, 6), "share": _rate(fc.share),
                    "contribution_cents": fc.contribution_cents,
                }
                for factor in FACTORS for fc in (change.of(factor),)
            },
        },
        "calls_by_week": [
            {**_period(week.period), "calls": week.calls, "reached": week.reached, "call_days": week.call_days,
             "calls_per_day": _rate(week.calls_per_day, 2), "reach_rate": _rate(week.reach_rate)}
            for week in stats.calls.trend
        ],
        "orders_by_day": [{"day": d.day.isoformat(), "deals": d.deals, "amount_cents": d.amount_cents}
                          for d in stats.orders.days],
        "churn_warnings": {"customers": stats.churn.customers, "by_signal": dict(stats.churn.by_signal),
                           "by_tier": dict(stats.churn.by_tier),
                           "as_of": stats.churn.as_of.isoformat() if stats.churn.as_of else None},
        "pyramid": _pyramid(stats.pyramid),
    }
    return payload


def _pyramid(summary: PyramidSummary | None) -> dict[str, Any] | None:
    if summary is None:
        return None
    top = [point for point in summary.curve if point.customer_share >= 0.2]  # the top fifth (at least)
    return {
        "as_of": summary.as_of.isoformat(),
        "window": {"after": summary.window.after.isoformat(), "through": summary.window.through.isoformat()},
        "total_revenue_cents": summary.total_revenue_cents,
        "tiers": [{"tier": level.tier.value, "customers": level.customers, "pinned": level.pinned,
                   "revenue_cents": level.revenue_cents, "customer_share": _rate(level.customer_share),
                   "revenue_share": _rate(level.revenue_share)} for level in summary.levels],
        "top_20_percent_revenue_share": _rate(top[0].revenue_share) if top else None,
        "curve": [{"customers": point.customers, "customer_share": _rate(point.customer_share),
                   "revenue_share": _rate(point.revenue_share)} for point in summary.curve],
    }
