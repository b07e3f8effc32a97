"""The book at a glance: what it holds and which book it is."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from telesales.services.book_info import BookInfo
from telesales.ui.screens.base import Screen
from telesales.ui.workers import Runner

COUNTED = ("customers", "contacts", "calls", "orders", "visits", "reminders")


class OverviewScreen(Screen):
    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.info: BookInfo | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.book_line = QLabel()
        self.book_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.book_line.setWordWrap(True)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for index, name in enumerate(COUNTED):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            number, caption = QLabel("–"), QLabel()
            number_font = number.font()
            number_font.setPointSizeF(number_font.pointSizeF() * 2)
            number_font.setBold(True)
            number.setFont(number_font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(caption)
            grid.addWidget(frame, index // 3, index % 3)
            self.cards[name] = (number, caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.book_line)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        if self.session is None:
            self.info = None
            self.retranslate()

    def show_info(self, info: BookInfo) -> None:
        self.info = info
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your book"))
        captions = {
            "customers": self.tr("Customers"),
            "contacts": self.tr("Contacts"),
            "calls": self.tr("Calls"),
            "orders": self.tr("Orders"),
            "visits": self.tr("Visits"),
            "reminders": self.tr("Reminders"),
        }
        locale = QLocale()
        for name, (number, caption) in self.cards.items():
            caption.setText(captions[name])
            number.setText(locale.toString(self.info.counts[name]) if self.info else "–")
        if self.info:
            size = locale.formattedDataSize(self.info.size_bytes)
            self.book_line.setText(self.tr("Book: {path} · {size} · schema revision {revision}").format(
                path=self.info.path, size=size, revision=self.info.schema_revision))
        else:
            self.book_line.setText(self.tr("Opening the book…"))
