"""Use cases of customer value (DOMAIN.md §1, §2, §4): re-tier the book, value it by any method, read the
pyramid, who moved, churn warnings, and pin a tier by hand.

Rules live in the domain (`tiering`, `valuation`, `lifecycle`); this module gathers their inputs from the store
and writes back what a re-tiering decides. Facts the domain needs that the book keeps elsewhere:

* **had contact** — any call or visit ever;
* **owner left** — the team lead reassigned the customer (a shared book records the day) and the new owner has
  not reached them since; on a book of one's own, also a customer whose owner is a name other than the rep's
  own (`rep.name`): the book does not know the day that owner left, so the signal counts from the day it is seen
  (its evidence says 0 days), and with no `rep.name` set it never fires;
* **stalled deal** — the latest call with an intent was A or B with an expected value, no order came on or after
  the latest reached call, and that call is the day the deal last moved;
* **unmet request**, **complaints** — calls flagged so.

Dynamic management: `retier` recomputes every customer's tier, stage and churn signals as of a day, writes the
customers that moved and one `TierChange` per effective tier that moved (re-running on unchanged data writes
nothing but the day of the run); `refresh_if_stale` runs it once a day (at start-up). A pin wins over the
computation; the computed tier is still stored and shown beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from telesales.domain.book_value import CallMark, CustomerUpdate, OrderSums, TierMember, ValueCustomer
from telesales.domain.errors import UserError
from telesales.domain.lifecycle import (
    ChurnFacts,
    ChurnFlag,
    ChurnParams,
    LifecycleParams,
    OrderHistory,
    Period,
    Stage,
    churn_flags,
    lifecycle_periods,
    stage_code,
)
from telesales.domain.model import Face, Intent, Tier, TierChange
from telesales.domain.settings import RuleSettings
from telesales.domain.tiering import (
    PYRAMID,
    TIER_ORDER,
    CurvePoint,
    CustomerFigures,
    Movement,
    TierCutoffs,
    Tiering,
    TierParams,
    TierResult,
    assign_tiers,
    months_before,
    movement,
    revenue_curve,
    summarise_tiers,
    tier_changes,
)
from telesales.domain.valuation import (
    CustomerMetrics,
    Indicator,
    Method,
    ScorecardAspects,
    Valuation,
    normalise,
    scorecard_aspects,
    value_customers,
)
from telesales.services.ports import SettingsPort, ValueStorePort


class ValueMethod(StrEnum):
    """The valuations the rep can pick (DOMAIN.md §2); the single indicator is one method per indicator."""

    PYRAMID = "pyramid"
    REVENUE = "revenue"
    PROFIT = "profit"
    PAID = "paid"
    ORDERS = "orders"
    WEIGHTED = "weighted"
    SCORECARD = "scorecard"
    ABC = "abc"
    RFM = "rfm"
    FACES = "faces"


_SINGLE = {
    ValueMethod.REVENUE: Indicator.REVENUE,
    ValueMethod.PROFIT: Indicator.PROFIT,
    ValueMethod.PAID: Indicator.PAID,
    ValueMethod.ORDERS: Indicator.ORDERS,
}
_DOMAIN_METHOD = {
    ValueMethod.PYRAMID: Method.PYRAMID,
    ValueMethod.WEIGHTED: Method.WEIGHTED,
    ValueMethod.SCORECARD: Method.SCORECARD,
    ValueMethod.ABC: Method.ABC,
    ValueMethod.RFM: Method.RFM,
    ValueMethod.FACES: Method.FACES,
} | dict.fromkeys(_SINGLE, Method.SINGLE_INDICATOR)

# the scorecard's potential side, until the rep rates customers by hand: what the book knows
INTENT_SCORE = {Intent.A.value: 100.0, Intent.B.value: 70.0, Intent.C.value: 40.0, Intent.D.value: 10.0}
COMPLAINT_COST = 25.0
UNMET_COST = 15.0
FRESH_DAYS = 90
STALE_DAYS = 365


# --------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class RetierResult:
    as_of: date
    customers: int
    updated: int  # customers whose computed tier, stage or churn signals were written
    changes: tuple[TierChange, ...]
    cutoffs: TierCutoffs


@dataclass(frozen=True, slots=True)
class ValuedCustomer:
    """One customer valued by one method, beside its pyramid tier (pins applied) and its computed tier."""

    customer_id: int
    name: str
    tier: Tier
    computed_tier: Tier
    pinned: bool
    pin_reason: str
    revenue_cents: int
    label: str | None  # the method's band, class, segment or face; None when the method leaves it out
    score: float | None
    figures: Mapping[str, int | float]


@dataclass(frozen=True, slots=True)
class ValuationReport:
    method: ValueMethod
    as_of: date
    window: Period
    customers: tuple[ValuedCustomer, ...]
    counts: Mapping[str, int]  # customers per label ("unvalued" for those the method leaves out)
    cutoffs: TierCutoffs


@dataclass(frozen=True, slots=True)
class PyramidLevel:
    """One tier of the pyramid view. Shares are 0..1: `customer_share` of the customers in the four pyramid
    tiers (None for the tiers outside it), `revenue_share` of all revenue in the window; the cumulative shares
    run from the top of the pyramid down to this tier (the 80/20 view)."""

    tier: Tier
    customers: int
    pinned: int
    revenue_cents: int
    customer_share: float | None
    revenue_share: float
    cumulative_customer_share: float | None
    cumulative_revenue_share: float | None


@dataclass(frozen=True, slots=True)
class PyramidSummary:
    as_of: date
    window: Period
    levels: tuple[PyramidLevel, ...]  # every tier, highest first
    curve: tuple[CurvePoint, ...]
    total_revenue_cents: int
    last_run: date | None

    def level(self, tier: Tier) -> PyramidLevel:
        return next(level for level in self.levels if level.tier is tier)


@dataclass(frozen=True, slots=True)
class Moved:
    """A recorded tier change: up, down or new."""

    customer_id: int
    name: str
    changed_on: date
    from_tier: Tier | None
    to_tier: Tier
    reason: str
    direction: Movement


@dataclass(frozen=True, slots=True)
class ChurnWarning:
    customer_id: int
    name: str
    tier: Tier  # the tier the book uses (a pin if pinned)
    computed_tier: Tier
    pinned: bool
    owner: str
    stage: Stage
    flags: tuple[ChurnFlag, ...]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The book's customers valued as of a day, nothing written: tiers, stages, churn signals."""

    as_of: date
    customers: tuple[ValueCustomer, ...]
    tiering: Tiering
    stages: Mapping[int, Stage]
    churn: Mapping[int, tuple[ChurnFlag, ...]]


# --------------------------------------------------------------------------------------------------------------
# The service


class CustomerValueService:
    def __init__(self, store: ValueStorePort, settings: SettingsPort,
                 reassigned: Callable[[], Mapping[int, date]] | None = None, shared: bool = False) -> None:
        self._store = store
        self._settings = settings
        # customers the team lead reassigned, not yet reached by their new owner (id → the day they moved)
        self._reassigned = reassigned or dict
        # on a shared book owners are logins, never the rep's own name: only a recorded reassignment counts
        self._shared = shared

    # -- dynamic management

    def retier(self, today: date, *, lifecycle: bool = True) -> RetierResult:
        """Recompute every customer as of `today`; write who moved and record every effective tier change.

        With `lifecycle` (the daily run) the stage and churn signals are recomputed and written too; without it
        only the tiers are (one cheaper query).
        """
        if not lifecycle:
            return self._retier_tiers(today)
        assessment = self.assess(today, names=False)
        updates: list[CustomerUpdate] = []
        previous: dict[int, Tier] = {}
        stages, churn = assessment.stages, assessment.churn
        for customer, result in zip(assessment.customers, assessment.tiering.results, strict=True):
            cid = customer.customer_id
            if customer.tiered_on is not None or customer.pin is not None:
                previous[cid] = customer.pin or customer.tier
            computed = result.computed
            stage = stages[cid].value
            codes = ",".join(flag.code.value for flag in churn.get(cid, ()))
            if (customer.tiered_on is None or customer.tier is not computed or customer.stage != stage
                    or customer.churn_codes != codes):
                updates.append(CustomerUpdate(cid, computed, stage, codes))
        changes = tier_changes(previous, assessment.tiering.results, today)
        self._store.save_tiering(today, updates, changes)
        return RetierResult(today, len(assessment.customers), len(updates), tuple(changes),
                            assessment.tiering.cutoffs)

    def _retier_tiers(self, today: date) -> RetierResult:
        """Re-tiering alone: the stage and the churn signals stay as the last daily run left them."""
        rules = self._settings.load()
        figures, stored = self._store.tier_inputs(today, self.window(today, rules))
        tiering = assign_tiers(figures, TierParams.from_settings(rules))
        previous: dict[int, Tier] = {}
        updates: list[CustomerUpdate] = []
        for figure, (tier, tiered), result in zip(figures, stored, tiering.results, strict=True):
            pin = figure[5]
            if tiered or pin is not None:
                previous[figure[0]] = pin or tier
            if not tiered or tier is not result.computed:
                updates.append(CustomerUpdate(figure[0], result.computed, None, None))
        changes = tier_changes(previous, tiering.results, today)
        self._store.save_tiering(today, updates, changes)
        return RetierResult(today, len(figures), len(updates), tuple(changes), tiering.cutoffs)

    def refresh_if_stale(self, today: date) -> RetierResult | None:
        """The daily run: re-tier when the book was not re-tiered today or holds a customer never tiered."""
        last = self._store.last_run()
        if last is not None and last >= today and not self._store.untiered():
            return None
        return self.retier(today)

    def assess(self, as_of: date, *, lifecycle: bool = True, names: bool = True) -> Assessment:
        """Tiers (and with `lifecycle`, stages and churn signals) of every customer as of a day; nothing written.

        Results are in the order of `customers` (by id).
        """
        rules = self._settings.load()
        window = self.window(as_of, rules)
        customers = tuple(self._store.customers(fields="all" if names else "churn" if lifecycle else "tiers"))
        stages: dict[int, Stage] = {}
        churn: dict[int, tuple[ChurnFlag, ...]] = {}
        if not lifecycle:
            revenue = dict(self._store.tier_figures(as_of, window))
            return Assessment(as_of, customers, self._tiers(customers, revenue, rules), stages, churn)
        params = LifecycleParams()
        periods = lifecycle_periods(as_of, params)
        wanted = [window, *periods]
        unique = list(dict.fromkeys(wanted))
        at = [unique.index(period) for period in wanted]
        sums = {row.customer_id: row for row in self._store.order_sums(as_of, unique)}
        first = at[0]
        tiering = self._tiers(customers, {cid: row.sums[first] for cid, row in sums.items()}, rules)
        facts = self._churn_facts(customers, sums, as_of, rules)
        churn_params = ChurnParams.from_settings(rules)
        c1, c2, c3, c4 = at[1:]
        build = tuple.__new__
        for customer in customers:
            cid = customer[0]
            row = sums.get(cid)
            history = None
            if row is None:
                stages[cid] = Stage.ACQUISITION
            else:
                s = row[2]
                history = build(OrderHistory, (cid, row[1], row[3], s[c1], s[c2], s[c3], s[c4]))
                stages[cid] = stage_code(history, as_of, params)
            customer_facts = facts.get(cid)
            flags = (churn_flags(history, as_of, customer_facts, churn_params) if customer_facts is not None
                     else churn_flags(history, as_of, params=churn_params))
            if flags:
                churn[cid] = flags
        return Assessment(as_of, customers, tiering, stages, churn)

    @staticmethod
    def _tiers(customers: Sequence[ValueCustomer], revenue: Mapping[int, int], rules: RuleSettings) -> Tiering:
        """The pyramid over the customers; `revenue` holds every customer who ever bought (0: not in the window)."""
        build, get = tuple.__new__, revenue.get
        figures = [build(CustomerFigures, (c[0], get(c[0], 0), c[0] in revenue, c.had_contact, c.marked_other,
                                           c.pin)) for c in customers]
        return assign_tiers(figures, TierParams.from_settings(rules))

    @staticmethod
    def window(as_of: date, rules: RuleSettings) -> Period:
        """The pyramid's look-back window ending on `as_of`."""
        return Period(months_before(as_of, int(rules["tier.lookback_months"])), as_of)

    def _churn_facts(self, customers: Sequence[ValueCustomer], sums: Mapping[int, OrderSums], as_of: date,
                     rules: RuleSettings) -> dict[int, ChurnFacts]:
        params = ChurnParams.from_settings(rules)
        rep = str(rules["rep.name"]).strip()
        since = as_of - timedelta(days=max(params.unmet_window_days, params.complaints_window_days) + 1)
        complaints: dict[int, list[date]] = {}
        unmet: dict[int, list[date]] = {}
        for mark in self._store.call_marks(since):
            if mark.complaint:
                complaints.setdefault(mark.customer_id, []).append(mark.day)
            if mark.unmet_request:
                unmet.setdefault(mark.customer_id, []).append(mark.day)
        facts: dict[int, ChurnFacts] = {}
        open_intents = {Intent.A.value, Intent.B.value}
        reassigned = self._reassigned()
        for c in customers:
            cid = c.customer_id
            owner = c.owner
            owner_left = reassigned.get(cid)
            if owner_left is None and not self._shared and rep and owner and owner.strip() not in ("", rep):
                owner_left = as_of
            deals: tuple[date, ...] = ()
            reached = c.last_reached_on
            if (c.last_intent in open_intents and c.open_value_cents > 0 and reached is not None
                    and reached <= as_of):
                row = sums.get(cid)
                if row is None or not row.days or row.days[-1] < reached:
                    deals = (reached,)
            if owner_left or deals or cid in complaints or cid in unmet:
                facts[cid] = ChurnFacts(owner_left, deals, tuple(unmet.get(cid, ())),
                                        tuple(complaints.get(cid, ())))
        return facts

    # -- reading

    def pyramid_summary(self, as_of: date) -> PyramidSummary:
        """Counts and revenue per tier as the book stores them (pins applied), with the 80/20 shares."""
        rules = self._settings.load()
        window = self.window(as_of, rules)
        results = self._store.tier_revenues(window)
        bands = summarise_tiers(results)
        pinned = dict.fromkeys(Tier, 0)
        for result in results:
            if result.pinned:
                pinned[result.effective] += 1
        in_pyramid = sum(band.customers for band in bands if band.tier in PYRAMID)
        total_revenue = sum(band.revenue_cents for band in bands)
        levels = []
        running_customers = running_revenue = 0
        for band in bands:
            share: float | None = None
            cumulative_customers: float | None = None
            cumulative_revenue: float | None = None
            if band.tier in PYRAMID:
                running_customers += band.customers
                running_revenue += band.revenue_cents
                share = band.customers / in_pyramid if in_pyramid else 0.0
                cumulative_customers = running_customers / in_pyramid if in_pyramid else 0.0
                cumulative_revenue = running_revenue / total_revenue if total_revenue > 0 else 0.0
            levels.append(PyramidLevel(band.tier, band.customers, pinned[band.tier], band.revenue_cents, share,
                                       band.revenue_share, cumulative_customers, cumulative_revenue))
        curve = revenue_curve((r.revenue_cents for r in results), points=50)
        return PyramidSummary(as_of, window, tuple(levels), curve, total_revenue, self._store.last_run())

    def tier_members(self, tier: Tier, as_of: date) -> list[TierMember]:
        """The customers the book keeps in `tier` (pins applied), most revenue in the look-back window first."""
        return self._store.tier_members(Tier(tier), self.window(as_of, self._settings.load()))

    def movements(self, since: date) -> list[Moved]:
        """Every recorded tier change on or after `since`, newest first, with its direction."""
        out = []
        for m in self._store.movements(since):
            change = TierChange(m.customer_id, m.changed_on, m.from_tier, m.to_tier, m.reason)
            out.append(Moved(m.customer_id, m.name, m.changed_on, m.from_tier, m.to_tier, m.reason,
                             movement(change)))
        return out

    def tier_history(self, customer_id: int) -> list[TierChange]:
        """Every recorded tier change of one customer (re-tierings, pins, lifted pins), newest first."""
        return self._store.tier_history(customer_id)

    def churn_warnings(self, as_of: date) -> list[ChurnWarning]:
        """Every customer with a churn signal as of `as_of`, with the signals and their evidence; highest tier
        first, then the most signals."""
        assessment = self.assess(as_of)
        tiers = assessment.tiering.by_customer()
        warnings = [
            ChurnWarning(c.customer_id, c.name, tiers[c.customer_id].effective, tiers[c.customer_id].computed,
                         c.pin is not None, c.owner,
                         assessment.stages[c.customer_id], assessment.churn[c.customer_id])
            for c in assessment.customers if c.customer_id in assessment.churn
        ]
        warnings.sort(key=lambda w: (TIER_ORDER[w.tier], -len(w.flags), w.name, w.customer_id))
        return warnings

    def valuation(self, method: ValueMethod | str, as_of: date) -> ValuationReport:
        """Every customer valued by `method` as of a day, beside its pyramid tier, with the figures behind it."""
        chosen = ValueMethod(method)
        rules = self._settings.load()
        window = self.window(as_of, rules)
        params = TierParams.from_settings(rules)
        customers = self._store.customers()
        tiering = self._tiers(customers, dict(self._store.tier_figures(as_of, window)), rules)
        if chosen is ValueMethod.PYRAMID:
            valuations = value_customers(Method.PYRAMID, [], as_of, tiers=tiering.results)
        else:
            found = {m.customer_id: m for m in self._store.window_metrics(window)}
            metrics = [found.get(c.customer_id) or CustomerMetrics(c.customer_id) for c in customers]
            aspects: Sequence[ScorecardAspects] = ()
            if chosen is ValueMethod.SCORECARD:
                aspects = scorecard_aspects(metrics, self._potential(customers, as_of, rules))
            valuations = value_customers(
                _DOMAIN_METHOD[chosen], metrics, as_of, indicator=_SINGLE.get(chosen, Indicator.REVENUE),
                shares=params, aspects=aspects,
                hand_set_faces={c.customer_id: c.face for c in customers if c.face is not None},
            )
        return _report(chosen, as_of, window, customers, tiering, valuations)

    def _potential(self, customers: Sequence[ValueCustomer], as_of: date,
                   rules: RuleSettings) -> dict[int, tuple[float, float]]:
        """The scorecard's potential side from what the book knows, until the rep rates customers by hand.

        customer = mean of the open demand (expected value of the latest call with an intent, normalised over the
        book) and that intent (A 100, B 70, C 40, D 10, none 0); service = how fresh the relationship is (100
        when last reached within 90 days, falling evenly to 0 at a year, 0 when never reached), less 25 a
        complaint in the last year and 15 an unmet request in the last 180 days, at least 0.
        """
        params = ChurnParams.from_settings(rules)
        demand = normalise({c.customer_id: float(c.open_value_cents) for c in customers})
        complaints: dict[int, int] = {}
        unmet: dict[int, int] = {}
        marks: Iterable[CallMark] = self._store.call_marks(as_of - timedelta(days=params.complaints_window_days))
        unmet_since = as_of - timedelta(days=params.unmet_window_days)
        for mark in marks:
            if mark.day > as_of:
                continue
            if mark.complaint:
                complaints[mark.customer_id] = complaints.get(mark.customer_id, 0) + 1
            if mark.unmet_request and mark.day > unmet_since:
                unmet[mark.customer_id] = unmet.get(mark.customer_id, 0) + 1
        ratings = {}
        for c in customers:
            cid = c.customer_id
            customer = (demand.get(cid, 0.0) + INTENT_SCORE.get(c.last_intent or "", 0.0)) / 2
            fresh = 0.0
            if c.last_reached_on is not None and c.last_reached_on <= as_of:
                days = (as_of - c.last_reached_on).days
                fresh = 100.0 if days <= FRESH_DAYS else max(0.0, 100.0 * (STALE_DAYS - days) / (STALE_DAYS - FRESH_DAYS))
            penalty = COMPLAINT_COST * complaints.get(cid, 0) + UNMET_COST * unmet.get(cid, 0)
            ratings[cid] = (customer, max(0.0, fresh - penalty))
        return ratings

    # -- by hand

    def pin(self, customer_id: int, tier: Tier | str, reason: str, today: date) -> TierChange | None:
        """Pin a customer's tier with a reason; the pin wins over the computation. Returns the change recorded
        (None when the customer's effective tier was already that)."""
        pin = Tier(tier)
        reason = reason.strip()
        if not reason:
            raise UserError("a pinned tier needs a reason")
        customer = self._customer(customer_id)
        previous = {customer_id: customer.effective} if customer.tiered_on or customer.pin else {}
        result = TierResult(customer_id, customer.tier, pin, True, None, 0)
        changes = [replace(change, note=reason) for change in tier_changes(previous, [result], today)]
        self._store.set_pin(customer_id, pin, reason, changes[0] if changes else None)
        return changes[0] if changes else None

    def unpin(self, customer_id: int, today: date) -> TierChange | None:
        """Lift a pin: the computed tier applies again. Returns the change recorded, if the tier moved."""
        customer = self._customer(customer_id)
        if customer.pin is None:
            raise UserError(f"customer {customer_id} has no pinned tier")
        changes: list[TierChange] = []
        if customer.tiered_on is not None:  # a customer never tiered gets its first tier at the next re-tiering
            result = TierResult(customer_id, customer.tier, customer.tier, False, None, 0)
            changes = tier_changes({customer_id: customer.pin}, [result], today,
                                   previously_pinned={customer_id})
        self._store.set_pin(customer_id, None, "", changes[0] if changes else None)
        return changes[0] if changes else None

    def set_face(self, customer_id: int, face: Face | str | None) -> None:
        """The rep sets (or, with None, clears) a customer's face; a face set by hand wins over the suggestion."""
        if not self._store.set_face(customer_id, Face(face) if face else None):
            raise UserError(f"there is no customer {customer_id}")

    def _customer(self, customer_id: int) -> ValueCustomer:
        customer = self._store.customer(customer_id)
        if customer is None:
            raise UserError(f"there is no customer {customer_id}")
        return customer


def _report(method: ValueMethod, as_of: date, window: Period, customers: Sequence[ValueCustomer],
            tiering: Tiering, valuations: Sequence[Valuation]) -> ValuationReport:
    tiers = tiering.by_customer()
    valued = {v.customer_id: v for v in valuations}
    rows = []
    counts: dict[str, int] = {}
    for c in customers:
        tier = tiers[c.customer_id]
        v = valued.get(c.customer_id)
        label = str(v.label.value) if v is not None else None
        key = label if label is not None else "unvalued"
        counts[key] = counts.get(key, 0) + 1
        rows.append(ValuedCustomer(c.customer_id, c.name, tier.effective, tier.computed, tier.pinned,
                                   c.pin_reason, tier.revenue_cents, label, v.score if v else None,
                                   dict(v.figures) if v else {}))
    return ValuationReport(method, as_of, window, tuple(rows), counts, tiering.cutoffs)
