"""The book at a glance: the day so far (calls, reminders) and what the book holds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from telesales.services.book_info import BookInfo
from telesales.services.book_session import BookSession
from telesales.ui.screens.base import Screen
from telesales.ui.workers import Runner

COUNTED = ("customers", "contacts", "calls", "orders", "visits", "reminders")
TODAY = ("called", "reached", "due_now", "upcoming")


@dataclass(frozen=True)
class DaySoFar:
    called: int
    reached: int
    due_now: int
    upcoming: int


class OverviewScreen(Screen):
    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.info: BookInfo | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setFont(self._bold(self.heading, 1.5))
        self.book_line = QLabel()
        self.book_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.book_line.setWordWrap(True)
        self.day_heading = QLabel()
        self.day_heading.setFont(self._bold(self.day_heading, 1.2))
        self.book_heading = QLabel()
        self.book_heading.setFont(self._bold(self.book_heading, 1.2))
        self.today_cards, today_grid = self._cards(TODAY, columns=4)
        self.cards, grid = self._cards(COUNTED, columns=3)
        self.day: DaySoFar | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.day_heading)
        layout.addLayout(today_grid)
        layout.addSpacing(12)
        layout.addWidget(self.book_heading)
        layout.addWidget(self.book_line)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _bold(label: QLabel, scale: float) -> QFont:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        return font

    def _cards(self, names: tuple[str, ...], columns: int) -> tuple[dict[str, tuple[QLabel, QLabel]], QGridLayout]:
        cards: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for index, name in enumerate(names):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            number, caption = QLabel("–"), QLabel()
            number.setFont(self._bold(number, 2))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(caption)
            grid.addWidget(frame, index // columns, index % columns)
            cards[name] = (number, caption)
        return cards, grid

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self.info = None
            self.day = None
            self.retranslate()
            return
        self.runner.read(lambda: self._day_so_far(session), self._show_day, lambda _error: None)

    @staticmethod
    def _day_so_far(session: BookSession) -> DaySoFar | None:
        if session.calls is None or session.reminders is None:
            return None
        now = session.calls.now()
        progress = session.calls.progress(now)
        agenda = session.reminders.agenda(now.date())
        return DaySoFar(progress.called, progress.reached, len(agenda.due_now), len(agenda.upcoming))

    def _show_day(self, day: DaySoFar | None) -> None:
        self.day = day
        self.retranslate()

    def show_info(self, info: BookInfo) -> None:
        self.info = info
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("At a glance"))
        self.day_heading.setText(self.tr("Today so far"))
        self.book_heading.setText(self.tr("Your book"))
        day_captions = {
            "called": self.tr("Customers called"),
            "reached": self.tr("Customers reached"),
            "due_now": self.tr("Reminders due now"),
            "upcoming": self.tr("Reminders in the next 7 days"),
        }
        for name, (number, caption) in self.today_cards.items():
            caption.setText(day_captions[name])
            number.setText(QLocale().toString(getattr(self.day, name)) if self.day else "–")
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
                path=self.info.location, size=size, revision=self.info.schema_revision))
        else:
            self.book_line.setText(self.tr("Opening the book…"))
