"""Reasons drawn as small rounded chips in a table cell: the call list's "why" at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from telesales.ui.models.call_list_table import CHIPS_ROLE, chip_colours

PAD_X, GAP, PAD_Y = 6, 4, 2


class ReasonChipsDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        chips = index.data(CHIPS_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None  # type: ignore[union-attr]
        if style is not None:  # the selection background, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        height = metrics.height() + 2 * PAD_Y
        x = rect.left() + GAP
        y = rect.top() + (rect.height() - height) / 2
        for text, kind in chips:
            width = metrics.horizontalAdvance(text) + 2 * PAD_X
            if x + width > rect.right():
                painter.setPen(option.palette.color(option.palette.ColorRole.Text))  # type: ignore[attr-defined]
                painter.drawText(QRectF(x, y, rect.right() - x, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            background, foreground = chip_colours(kind, option.palette)  # type: ignore[attr-defined]
            box = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(foreground)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        chips = index.data(CHIPS_ROLE)
        if not chips:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        width = sum(metrics.horizontalAdvance(text) + 2 * PAD_X + GAP for text, _ in chips) + GAP
        return QSize(width, metrics.height() + 2 * PAD_Y + 4)
