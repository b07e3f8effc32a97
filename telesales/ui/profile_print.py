"""The printable profile sheet: HTML in the rep's language laid out by QTextDocument and printed into a PDF
(`print_` scales and paginates; painting onto a 300 dpi QPdfWriter would give tiny text). The font is set per
language so Chinese uses the Simplified or Traditional face (Qt alone picks the Japanese one)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from telesales.domain.model import BuyingRole
from telesales.domain.phones import display_phone
from telesales.domain.profile import CustomerProfile
from telesales.ui.customer_words import CHURN, DATE_KINDS, KINDS, ROLES, STAGES, word
from telesales.ui.intent_words import intent_short
from telesales.ui.labels import tier_name
from telesales.ui.widgets.dates_editor import annual_text

FONTS = {"zh_CN": "Noto Sans CJK SC", "zh_TW": "Noto Sans CJK TC"}
# every text the sheet prints, declared for the translation tools (tr() below looks them up in this context)
_TEXTS = (
    QT_TRANSLATE_NOOP("ProfileSheet", "pinned"), QT_TRANSLATE_NOOP("ProfileSheet", "Customer profile sheet"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Company or person"), QT_TRANSLATE_NOOP("ProfileSheet", "Industry"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Scale"), QT_TRANSLATE_NOOP("ProfileSheet", "Address"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Area"), QT_TRANSLATE_NOOP("ProfileSheet", "Phone"),
    QT_TRANSLATE_NOOP("ProfileSheet", "WeChat"), QT_TRANSLATE_NOOP("ProfileSheet", "E-mail"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Tier"), QT_TRANSLATE_NOOP("ProfileSheet", "Stage"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Churn warnings"), QT_TRANSLATE_NOOP("ProfileSheet", "Buying intent"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Credit limit"), QT_TRANSLATE_NOOP("ProfileSheet", "Payment terms"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Competitors in place"), QT_TRANSLATE_NOOP("ProfileSheet", "Preferences"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Notes"), QT_TRANSLATE_NOOP("ProfileSheet", "Contacts"),
    QT_TRANSLATE_NOOP("ProfileSheet", "No decider known yet: find out who decides."),
    QT_TRANSLATE_NOOP("ProfileSheet", "Name"), QT_TRANSLATE_NOOP("ProfileSheet", "Title"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Buying roles"), QT_TRANSLATE_NOOP("ProfileSheet", "WeChat / e-mail"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Birthday"), QT_TRANSLATE_NOOP("ProfileSheet", "Orders"),
    QT_TRANSLATE_NOOP("ProfileSheet", "{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Products bought"), QT_TRANSLATE_NOOP("ProfileSheet", "Date"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Amount"), QT_TRANSLATE_NOOP("ProfileSheet", "Paid"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Products"), QT_TRANSLATE_NOOP("ProfileSheet", "Important dates"),
    QT_TRANSLATE_NOOP("ProfileSheet", "Custom fields"), QT_TRANSLATE_NOOP("ProfileSheet", "Tags"),
    QT_TRANSLATE_NOOP("ProfileSheet", ", "),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ProfileSheet", text)


def money(cents: int | None) -> str:
    if cents is None:
        return ""
    return QLocale().toString(cents / 100, "f", 2)


def sheet_html(profile: CustomerProfile, region: str = "CN") -> str:
    c = profile.customer
    locale = QLocale()

    def row(label: str, value: str) -> str:
        return f"<tr><th align='left' width='28%'>{escape(label)}</th><td>{escape(value)}</td></tr>" if value else ""

    area = " · ".join(part for part in (c.area.province, c.area.city, c.area.district) if part)
    tier = tier_name(c.tier_pin or c.tier) + (f" ({tr('pinned')}: {c.tier_pin_reason})" if c.tier_pin else "")
    glance = profile.glance
    parts = [f"<h1>{escape(c.name)}</h1>",
             f"<p>{escape(tr('Customer profile sheet'))}</p>",
             "<table width='100%' cellspacing='0' cellpadding='3' border='0'>",
             row(tr("Company or person"), word(KINDS, c.kind.value)), row(tr("Industry"), c.industry),
             row(tr("Scale"), c.scale), row(tr("Address"), c.address), row(tr("Area"), area),
             row(tr("Phone"), display_phone(c.phone, region)), row(tr("WeChat"), c.wechat), row(tr("E-mail"), c.email),
             row(tr("Tier"), tier), row(tr("Tags"), tr(", ").join(c.tags)), row(tr("Stage"), word(STAGES, glance.stage)),
             row(tr("Churn warnings"), ", ".join(word(CHURN, code) for code in glance.churn_signals)),
             row(tr("Buying intent"), intent_short(glance.last_intent)),
             row(tr("Credit limit"), money(c.credit_limit_cents)), row(tr("Payment terms"), c.payment_terms),
             row(tr("Competitors in place"), c.competitors), row(tr("Preferences"), c.preferences),
             row(tr("Notes"), c.notes), "</table>"]
    deciders = profile.deciders
    parts.append(f"<h2>{escape(tr('Contacts'))}</h2>")
    if not deciders:
        parts.append(f"<p><b>⚠ {escape(tr('No decider known yet: find out who decides.'))}</b></p>")
    parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'>")
    parts.append("<tr>" + "".join(f"<th>{escape(tr(h))}</th>" for h in
                                  ("Name", "Title", "Buying roles", "Phone", "WeChat / e-mail", "Birthday")) + "</tr>")
    for contact in profile.contacts:
        roles = ", ".join(word(ROLES, role.value) for role in BuyingRole if role in contact.roles)
        star = "★ " if BuyingRole.DECIDER in contact.roles else ""
        reach = " / ".join(part for part in (contact.wechat, contact.email) if part)
        parts.append(f"<tr><td>{escape(star + contact.name)}</td><td>{escape(contact.title)}</td>"
                     f"<td>{escape(roles)}</td><td>{escape(display_phone(contact.phone, region))}</td>"
                     f"<td>{escape(reach)}</td>"
                     f"<td>{escape(annual_text(contact.birthday) if contact.birthday else '')}</td></tr>")
    parts.append("</table>")
    totals = profile.totals
    parts.append(f"<h2>{escape(tr('Orders'))}</h2><p>" + escape(
        tr("{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid").format(
            count=locale.toString(totals.orders), amount=money(totals.amount_cents), paid=money(totals.paid_cents),
            unpaid=money(totals.unpaid_cents))) + "</p>")
    if profile.products:
        parts.append(f"<p><b>{escape(tr('Products bought'))}:</b> " + escape(", ".join(
            f"{product.name} ×{product.quantity}" for product in profile.products)) + "</p>")
    if profile.orders:
        parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>" + "".join(
            f"<th>{escape(tr(h))}</th>" for h in ("Date", "Amount", "Paid", "Products")) + "</tr>")
        for order in profile.orders[:30]:
            parts.append(f"<tr><td>{order.ordered_on.isoformat()}</td><td align='right'>{money(order.amount_cents)}</td>"
                         f"<td align='right'>{money(order.paid_cents)}</td><td>{escape(order.products)}</td></tr>")
        parts.append("</table>")
    if profile.dates:
        parts.append(f"<h2>{escape(tr('Important dates'))}</h2><ul>")
        parts.extend(f"<li>{escape(word(DATE_KINDS, item.kind.value))} {escape(item.label or '')} "
                     f"{escape(annual_text(item.when))}</li>" for item in profile.dates)
        parts.append("</ul>")
    custom = [(field.name, profile.values.get(field.id, "")) for field in profile.fields]
    if any(value for _, value in custom):
        parts.append(f"<h2>{escape(tr('Custom fields'))}</h2><table cellpadding='3'>")
        parts.extend(row(name, value) for name, value in custom)
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def write_pdf(profile: CustomerProfile, path: Path, language: str = "en", region: str = "CN") -> Path:
    document = QTextDocument()
    font = QFont(FONTS.get(language, "Noto Sans"))
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setHtml(sheet_html(profile, region))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(profile.customer.name)
    writer.setCreator("telesales")
    document.print_(writer)
    return path
