"""A day's plan as a PDF to read on a phone, and as the document the print dialog prints.

The page is A5 portrait with narrow margins: on a phone it zooms to the screen's width and the text stays
readable. Each row is a short card (the table's `card` lines) rather than a wide table; visits have a heading per
area. Phones are `tel:` links.

Fonts: Qt's PDFs made with Noto CJK write 日 and other characters as look-alike radicals (U+2F47 …), so copying
or searching the PDF's text fails. A CJK font loaded with `QFontDatabase.addApplicationFont` (WenQuanYi Micro Hei
on Linux, Microsoft YaHei / JhengHei on Windows) writes them correctly; it is loaded once, and the system's CJK
face is the fallback. Bold is never asked for: a face without a bold weight would be drawn twice and its text
extracted twice. `QTextDocument.print_` lays the document out on the page size and paginates (painting it onto
a 300 dpi writer would give tiny text).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from functools import cache
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from telesales.exports.day_document import Cell, DayDocument, Kind, Table

PAGE = QPageSize.PageSizeId.A5
MARGIN_MM = 8.0
BASE_POINTS = 10.0

FONT_FILES = {
    "linux": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
              "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
    "win32": ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msjh.ttc"),
}
FALLBACK_FAMILIES = {
    "zh_CN": ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC"),
    "zh_TW": ("Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", "Source Han Sans TC"),
}


@cache
def _loaded_families() -> tuple[str, ...]:
    """Families of the first CJK font file found and loaded as an application font (text extracts right)."""
    for path in FONT_FILES.get(sys.platform, FONT_FILES["linux"]):
        if Path(path).exists():
            font_id = QFontDatabase.addApplicationFont(path)
            if font_id >= 0:
                return tuple(QFontDatabase.applicationFontFamilies(font_id))
    return ()


def pdf_families(language: str) -> list[str]:
    """The font families of a plan, Latin first, then a CJK face whose text extracts correctly."""
    loaded = [family for family in _loaded_families() if "Mono" not in family]
    available = set(QFontDatabase.families())
    fallback = [f for f in FALLBACK_FAMILIES["zh_TW" if language == "zh_TW" else "zh_CN"] if f in available]
    return [*loaded[:1], *fallback[:1]] or ["Sans Serif"]


def document_font(language: str, points: float = BASE_POINTS) -> QFont:
    font = QFont()
    font.setFamilies(pdf_families(language))
    font.setPointSizeF(points)
    return font


# ---------------------------------------------------------------------------------------------- HTML


def _zone(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key) if key else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _text(kind: Kind, value: Cell, zone: ZoneInfo | None) -> str:
    locale = QLocale()
    if value is None or value == "":
        return ""
    if kind is Kind.MONEY:
        return locale.toString(int(value) / 100, "f", 2)  # type: ignore[arg-type]
    if kind is Kind.INTEGER:
        return locale.toString(int(value))  # type: ignore[arg-type]
    if kind is Kind.NUMBER:
        return locale.toString(float(value), "f", 1)  # type: ignore[arg-type]
    if kind is Kind.TIME and isinstance(value, datetime):
        wall = value.astimezone(zone) if zone is not None and value.tzinfo is not None else value
        return f"{wall.hour:02d}:{wall.minute:02d}"
    if kind is Kind.DATE and isinstance(value, date):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    return str(value)


def _card(table: Table, row: tuple[Cell, ...], number: int, document: DayDocument, zone: ZoneInfo | None) -> str:
    columns = {column.key: (index, column) for index, column in enumerate(table.columns)}
    lines = []
    for line in table.card:
        parts = []
        for key in line.keys:
            index, column = columns[key]
            value = _text(column.kind, row[index], zone)
            if not value:
                continue
            link = table.links.get(key, ())[number] if key in table.links else ""
            parts.append(f'<a href="{escape(link)}">{escape(value)}</a>' if link else escape(value))
        if not parts:
            continue
        text = escape(line.joiner).join(parts)
        if line.label:
            label = f"<span style='color:#555555'>{escape(columns[line.keys[0]][1].title)}</span>"
            text = escape(document.label_pattern).replace("{label}", label).replace("{value}", text)
        size = "12pt" if line.strong else "8.5pt" if line.small else "10pt"
        colour = "#000000" if line.strong else "#333333"
        top = "6px" if not lines else "0"
        lines.append(f"<p style='margin-top:{top}; margin-bottom:0; font-size:{size}; color:{colour}'>{text}</p>")
    # paragraphs and a rule, not a table per row: a day of 200 calls lays out in a third of the time
    return "".join(lines) + "<hr/>"


def table_html(table: Table, document: DayDocument) -> str:
    parts = [f"<p style='margin-top:14px; margin-bottom:2px; font-size:14pt; color:#1f4e79'>{escape(table.title)}</p>"]
    if table.note:
        parts.append(f"<p style='margin:0; font-size:8.5pt; color:#555555'>{escape(table.note)}</p>")
    if not table.rows:
        parts.append(f"<p style='margin-top:4px; color:#555555'>{escape(table.empty)}</p>")
        return "".join(parts)
    group = table.index(table.group_by) if table.group_by else None
    zone = _zone(document.zone_key)
    current: Cell = object()  # type: ignore[assignment]
    for number, row in enumerate(table.rows):
        if group is not None and row[group] != current:
            current = row[group]
            parts.append("<p style='margin-top:8px; margin-bottom:0; padding:2px; font-size:11pt; "
                         f"background-color:#e8eef4; color:#1f4e79'>&nbsp;{escape(str(current or ''))}</p>")
        parts.append(_card(table, row, number, document, zone))
    return "".join(parts)


def day_html(document: DayDocument) -> str:
    head = [f"<p style='margin:0; font-size:16pt; color:#1f4e79'>{escape(document.title)}</p>",
            f"<p style='margin:0; font-size:9pt; color:#555555'>{escape(document.subtitle)}</p>"]
    body = "".join(table_html(table, document) for table in document.tables)
    foot = (f"<p style='margin-top:12px; font-size:8pt; color:#777777'>{escape(document.footer)}</p>"
            if document.footer else "")
    return f"<html><body>{''.join(head)}{body}{foot}</body></html>"


# ---------------------------------------------------------------------------------------------- documents


def text_document(document: DayDocument) -> QTextDocument:
    """The plan laid out for an A5 page (what the PDF and the print preview show)."""
    text = QTextDocument()
    text.setDefaultFont(document_font(document.language))
    text.setDocumentMargin(0)
    text.setHtml(day_html(document))
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    return text


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(PAGE), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def print_into(document: DayDocument, device: QPagedPaintDevice) -> None:
    """Print the plan into a PDF writer or a printer (its page layout set by the caller)."""
    text_document(document).print_(device)


def pdf_bytes(document: DayDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(300)
    writer.setTitle(document.title)
    writer.setCreator("telesales")
    print_into(document, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


# ---------------------------------------------------------------------------------------------- a letter


def letter_document(subject: str, body: str, language: str) -> QTextDocument:
    """A thank-you letter on its own page: the subject as a heading, the body's paragraphs."""
    paragraphs = "".join(f"<p style='margin-bottom:8px'>{escape(line)}</p>" for line in body.splitlines() if line)
    text = QTextDocument()
    text.setDefaultFont(document_font(language, 11.0))
    text.setHtml(f"<html><body><p style='font-size:15pt; color:#1f4e79; margin-bottom:14px'>{escape(subject)}</p>"
                 f"{paragraphs}</body></html>")
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, subject)
    return text


def letter_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(25, 25, 25, 25), QPageLayout.Unit.Millimeter)


def letter_pdf_bytes(subject: str, body: str, language: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(letter_layout())
    writer.setResolution(300)
    writer.setTitle(subject)
    writer.setCreator("telesales")
    letter_document(subject, body, language).print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


__all__ = ["day_html", "document_font", "letter_document", "letter_layout", "letter_pdf_bytes", "page_layout",
           "pdf_bytes", "pdf_families", "print_into", "text_document"]

