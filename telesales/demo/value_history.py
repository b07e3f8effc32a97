"""What makes a demo book's customer value look lived-in: a year of re-tierings, a few pins, complaints and
requests we could not meet. Plain data and dates; telesales.services.demo_value writes them."""

from __future__ import annotations

from datetime import date, timedelta

from telesales.domain.tiering import months_before

HISTORY_LIMIT = 20_000
"""Books with more customers get one re-tiering (today) instead of a year of them: each run reads every order."""

PIN_REASONS = {
    "zh_CN": ("集团采购入口，按大客户维护", "季节性大单客户，每年秋季集中采购"),
    "zh_TW": ("集團採購窗口，以大客戶維護", "季節性大單客戶，每年秋季集中採購"),
    "en_US": ("Group purchasing gateway: look after it as a big customer", "Seasonal buyer: orders big every autumn"),
}

UNMET_REQUESTS = {
    "zh_CN": ("要求送货上门并安装", "需要60天账期", "想要定制尺寸", "要求当天开具增值税专用发票"),
    "zh_TW": ("要求到府安裝", "需要60天票期", "想要客製尺寸", "要求當天開立發票"),
    "en_US": ("Asked for on-site installation", "Asked for 60-day terms", "Wanted a custom size",
              "Wanted same-day invoicing"),
}


def history_days(today: date, customers: int) -> list[date]:
    """The days a demo book was re-tiered: monthly for a year, weekly for the last month, then today."""
    if customers > HISTORY_LIMIT:
        return [today]
    monthly = [months_before(today, months) for months in range(12, 1, -1)]
    weekly = [today - timedelta(days=7 * weeks) for weeks in range(4, 0, -1)]
    return [*monthly, *weekly, today]


def pin_day(today: date) -> date:
    """The day the demo rep pinned two tiers by hand."""
    return today - timedelta(days=10)
