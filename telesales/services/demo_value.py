"""Use case: give a new demo book its customer value history (the plan is in telesales.demo.value_history)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from telesales.demo.value_history import PIN_REASONS, UNMET_REQUESTS, history_days, pin_day
from telesales.domain.model import Tier
from telesales.services.customer_value import CustomerValueService
from telesales.services.ports import SettingsPort, ValueStorePort


def fill_value_history(store: ValueStorePort, settings: SettingsPort, locale: str, seed: int, today: date) -> None:
    """The demo rep's name (the owner of most customers), a few complaints and unmet requests on recent calls,
    a year of re-tierings ending `today`, and two tiers pinned by hand with a reason ten days ago."""
    customers = store.customers(fields="churn")
    owners = Counter(c.owner for c in customers if c.owner)
    if owners:
        settings.save({"rep.name": owners.most_common(1)[0][0]})
    _flag_calls(store, locale, seed, today)
    service = CustomerValueService(store, settings)
    days = history_days(today, len(customers))
    pinned_on = pin_day(today)
    pinned = len(days) == 1  # a big book: no history, no pins
    for day in days:
        if not pinned and day > pinned_on:
            _pin_two(service, locale, pinned_on)
            pinned = True
        service.retier(day)


def _flag_calls(store: ValueStorePort, locale: str, seed: int, today: date) -> None:
    rng = random.Random(f"{seed}-customer-value")
    reached = store.reached_calls(today - timedelta(days=330), today)
    complaints = [call_id for call_id, _ in reached if rng.random() < 0.01]
    by_customer: dict[int, list[int]] = {}
    for call_id, customer_id in reached:
        by_customer.setdefault(customer_id, []).append(call_id)
    for calls in by_customer.values():  # about one customer in a hundred complains again and again
        if len(calls) >= 3 and rng.random() < 0.03:
            complaints.extend(calls[-3:])
    words = UNMET_REQUESTS.get(locale, UNMET_REQUESTS["en_US"])
    unmet = [(call_id, rng.choice(words)) for call_id, _ in reached if rng.random() < 0.008]
    store.flag_calls(sorted(set(complaints)), unmet)


def _pin_two(service: CustomerValueService, locale: str, day: date) -> None:
    """The biggest small customer pinned big, an inactive one pinned medium (the demo's words say why)."""
    reasons = PIN_REASONS.get(locale, PIN_REASONS["en_US"])
    small = service.tier_members(Tier.SMALL, day)
    inactive = service.tier_members(Tier.INACTIVE, day)
    if small:
        service.pin(small[0].customer_id, Tier.BIG, reasons[0], day)
    if inactive:
        service.pin(inactive[0].customer_id, Tier.MEDIUM, reasons[1], day)
