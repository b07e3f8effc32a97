"""The dashboard's words and numbers in the current language: money (QLocale digits, no currency sign: the book
keeps one currency and does not say which), short money for charts (K / M / B in English, 万 / 亿 in Chinese),
percentages, periods, factors, churn signals, visit statuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from telesales.domain.lifecycle import ChurnSignal
from telesales.domain.periods import DayRange, PeriodKind
from telesales.domain.stats import Factor

CONTEXT = "Dashboard"

FACTOR_NAMES = {
    Factor.COVERED: QT_TRANSLATE_NOOP("Dashboard", "Customers covered"),
    Factor.ACTIVE_RATE: QT_TRANSLATE_NOOP("Dashboard", "Active rate"),
    Factor.AVERAGE_DEAL: QT_TRANSLATE_NOOP("Dashboard", "Average deal"),
}

KIND_NAMES = {
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("Dashboard", "Week"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Dashboard", "Month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Dashboard", "Quarter"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("Dashboard", "Custom"),
}

SIGNAL_NAMES = {
    ChurnSignal.YOY_DROP: QT_TRANSLATE_NOOP("Dashboard", "Buying far less than last year"),
    ChurnSignal.SILENT: QT_TRANSLATE_NOOP("Dashboard", "Gone quiet"),
    ChurnSignal.OWNER_LEFT: QT_TRANSLATE_NOOP("Dashboard", "Owner left"),
    ChurnSignal.STALLED_DEAL: QT_TRANSLATE_NOOP("Dashboard", "Deal stalled"),
    ChurnSignal.UNMET_REQUEST: QT_TRANSLATE_NOOP("Dashboard", "Asked for what we do not offer"),
    ChurnSignal.COMPLAINTS: QT_TRANSLATE_NOOP("Dashboard", "Repeated complaints"),
}

VISIT_STATUSES = {
    "done": QT_TRANSLATE_NOOP("Dashboard", "Done"),
    "planned": QT_TRANSLATE_NOOP("Dashboard", "Planned"),
    "proposed": QT_TRANSLATE_NOOP("Dashboard", "Proposed"),
    "cancelled": QT_TRANSLATE_NOOP("Dashboard", "Cancelled"),
}

# a day and a short day as Qt date formats, per language (the translators write their own order)
DAY_FORMAT = QT_TRANSLATE_NOOP("Dashboard", "MMM d, yyyy")
SHORT_DAY_FORMAT = QT_TRANSLATE_NOOP("Dashboard", "MMM d")
SEPARATOR = QT_TRANSLATE_NOOP("Dashboard", "; ")
PERCENT = QT_TRANSLATE_NOOP("Dashboard", "{value}%")
RANGE = QT_TRANSLATE_NOOP("Dashboard", "{first} – {last}")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def factor_name(factor: Factor) -> str:
    return tr(FACTOR_NAMES[factor])


def kind_name(kind: PeriodKind) -> str:
    return tr(KIND_NAMES[kind])


def signal_name(code: str) -> str:
    try:
        return tr(SIGNAL_NAMES[ChurnSignal(code)])
    except ValueError:
        return code


def signal_names(codes: str) -> str:
    return tr(SEPARATOR).join(signal_name(code) for code in codes.split(",") if code)


def visit_status(status: str) -> str:
    return tr(VISIT_STATUSES[status]) if status in VISIT_STATUSES else status


def _chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def _traditional(locale: QLocale) -> bool:
    return locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)


def money(cents: float) -> str:
    """An amount in currency units: whole units from 10,000 up, else with its two decimals."""
    locale = QLocale()
    units = cents / 100
    if abs(units) >= 10_000 or float(units).is_integer():
        return locale.toString(round(units))
    return locale.toString(units, "f", 2)


def short_money(cents: float) -> str:
    """An amount in a few characters for a chart: 1.2M, 3.4K in English; 1.2亿, 3.4万 in Chinese."""
    locale = QLocale()
    units = cents / 100
    size = abs(units)
    if _chinese(locale):
        scales = [(1e8, "億" if _traditional(locale) else "亿"), (1e4, "萬" if _traditional(locale) else "万")]
    else:
        scales = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
    for scale, unit in scales:
        if size >= scale:
            value = units / scale
            digits = 0 if abs(value) >= 100 else 1
            return locale.toString(value, "f", digits) + unit
    return locale.toString(round(units))


def number(value: float, decimals: int = 0) -> str:
    locale = QLocale()
    return locale.toString(round(value)) if decimals == 0 else locale.toString(float(value), "f", decimals)


def percent(share: float | None, decimals: int = 1) -> str:
    """A share 0..1 as a percentage ("–" when unknown)."""
    if share is None:
        return "–"
    return tr(PERCENT).format(value=QLocale().toString(float(share) * 100, "f", decimals))


def change(ratio: float | None) -> str:
    """A ratio as a signed change: 1.052 → +5.2%, 0.9 → −10.0% ("" when unknown)."""
    if ratio is None:
        return ""
    value = (ratio - 1) * 100
    text = QLocale().toString(abs(value), "f", 1)
    sign = "+" if value > 0.05 else ("−" if value < -0.05 else "±")
    return tr(PERCENT).format(value=sign + text)


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), tr(DAY_FORMAT))


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), tr(SHORT_DAY_FORMAT))


def range_text(period: DayRange) -> str:
    if period.first == period.last:
        return day_text(period.first)
    return tr(RANGE).format(first=day_text(period.first), last=day_text(period.last))
