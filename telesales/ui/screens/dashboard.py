"""The numbers a rep watches (DOMAIN.md §9), as pictures: sales and its three factors against a comparison period
with the factor that moved, deals and amount, calls per day and reach rate over the last weeks, the pyramid and
its 80/20 curve, intent moves, visits and churn warnings. Each chart has its number beside it; a click on a chart
lists the customers behind it.

The figures come in parts, each a read off the GUI thread (the orders first: they are the quickest), so the
first chart paints at once and the others fill in. The dashboard reads only while it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from telesales.domain.lifecycle import ChurnSignal
from telesales.domain.model import Tier
from telesales.domain.periods import Compare, DayRange, PeriodKind, current_period, step
from telesales.domain.stats import FACTORS, Behind, Factor, SalesChange
from telesales.domain.tiering import PYRAMID
from telesales.services.customer_value import PyramidSummary
from telesales.services.stats import CallPart, ChurnPart, IntentPart, OrderPart, Periods, VisitPart
from telesales.services.stats import Chart as Figure
from telesales.ui.behind_dialog import BehindDialog
from telesales.ui.dashboard_words import (
    change,
    factor_name,
    kind_name,
    money,
    number,
    percent,
    range_text,
    short_day,
    short_money,
    signal_name,
    visit_status,
)
from telesales.ui.labels import tier_name
from telesales.ui.screens.base import Screen
from telesales.ui.widgets.charts import (
    GREY,
    RED,
    BarLineChart,
    BarRow,
    Chart,
    CurveChart,
    PairedBars,
    Step,
    WaterfallChart,
)
from telesales.ui.workers import Runner

STATUSES = ("done", "planned", "proposed", "cancelled")
PARTS = ("orders", "sales", "calls", "pyramid", "visits", "churn", "intents")


class Card(QFrame):
    """One figure: its title, its number and a line or two under it, and its chart beside them."""

    def __init__(self, chart: Chart, extra_lines: int = 0, side_width: int = 185) -> None:
        super().__init__()
        self.chart = chart
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.number = QLabel("–")
        number_font = QFont(self.number.font())
        number_font.setPointSizeF(number_font.pointSizeF() * 1.7)
        number_font.setBold(True)
        self.number.setFont(number_font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.lines = [QLabel() for _ in range(extra_lines)]
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.number)
        column.addWidget(self.detail)
        for line in self.lines:
            line.setWordWrap(True)
            column.addWidget(line)
        column.addStretch(1)
        side = QWidget()
        side.setLayout(column)
        side.setFixedWidth(side_width)  # word-wrapped words need a known width to know their height
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(chart, 1)
        self.setMinimumHeight(210)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:  # the words beside a chart stand for it
            self.chart.clicked.emit(self.chart.key)
        super().mousePressEvent(event)


class DashboardScreen(Screen):
    customer_activated = Signal(int)  # a customer's id: open the profile sheet
    part_shown = Signal(str)  # a part of the figures reached the screen (tests, benchmarks)

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.kind = PeriodKind.MONTH
        self.compare = Compare.PREVIOUS
        self.chosen: DayRange | None = None  # None: this period so far
        self.today: date | None = None
        self.periods: Periods | None = None
        self.parts: dict[str, Any] = {}
        self.error = ""
        self._generation = 0
        self._stale = True
        self._filling = False

        self.kind_box = QComboBox()
        self.compare_box = QComboBox()
        self.back = QToolButton()
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.forward = QToolButton()
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.period_label = QLabel()
        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self._custom_changed())
        self.compare_label = QLabel()
        self.status = QLabel()
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.compare_box.currentIndexChanged.connect(lambda _i: self._compare_changed())
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        bar = QHBoxLayout()
        for widget in (self.kind_box, self.back, self.period_label, self.first_edit, self.last_edit, self.forward):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.compare_box)
        bar.addWidget(self.compare_label, 1)
        bar.addWidget(self.status)

        self.sales_card = Card(WaterfallChart(Figure.SALES), extra_lines=4, side_width=320)
        self.deals_card = Card(BarLineChart(Figure.SALES))
        self.calls_card = Card(BarLineChart(Figure.CALLS))
        self.pyramid_card = Card(PairedBars(None))
        self.curve_card = Card(CurveChart(Figure.TOP))
        self.intent_card = Card(PairedBars(Figure.INTENT_UP))
        self.visits_card = Card(PairedBars(Figure.VISITS))
        self.churn_card = Card(PairedBars(Figure.CHURN), side_width=320)
        grid = QGridLayout()
        grid.addWidget(self.sales_card, 0, 0, 1, 2)
        grid.addWidget(self.pyramid_card, 1, 0)
        grid.addWidget(self.curve_card, 1, 1)
        grid.addWidget(self.calls_card, 2, 0)
        grid.addWidget(self.deals_card, 2, 1)
        grid.addWidget(self.intent_card, 3, 0)
        grid.addWidget(self.visits_card, 3, 1)
        grid.addWidget(self.churn_card, 4, 0, 1, 2)
        self.pyramid_card.setMinimumHeight(250)
        self.sales_card.setMinimumHeight(270)
        for card in self.cards():
            card.chart.clicked.connect(lambda key, card=card: self._clicked(card, key))
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.behind = BehindDialog(self)
        self.behind.customer_activated.connect(self.customer_activated)
        self.customer_activated.connect(self.open_profile)
        self._fill_choices()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def cards(self) -> list[Card]:
        return [self.sales_card, self.deals_card, self.calls_card, self.pyramid_card, self.curve_card,
                self.intent_card, self.visits_card, self.churn_card]

    # -- the book

    def refresh(self) -> None:
        self._stale = True
        self.parts = {}
        if self.session is None:
            self.periods = None
            self._render_all()
            return
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.session is not None:
            self.load()

    def load(self) -> None:
        """Read every figure again for the chosen period, in parts; only the latest answers are shown."""
        session = self.session
        if session is None or session.statistics is None:
            return
        service = session.statistics
        self._stale = False
        self._generation += 1
        generation = self._generation
        kind, compare, chosen = self.kind, self.compare, self.chosen
        self.parts = {}
        self.error = ""
        self._render_all()  # no figure of another period stays on screen while the new ones are read
        self.status.setText(self.tr("Reading the book…"))
        for card in self.cards():
            card.chart.set_empty_text(self.tr("Reading the book…"))

        def first() -> tuple[date, Periods, OrderPart]:
            today = service.today()
            if chosen is None:
                if kind is PeriodKind.CUSTOM:
                    periods = service.periods(today.replace(day=1), today, compare, kind)
                else:
                    periods = service.periods(None, None, compare, kind)
            else:
                periods = service.periods(chosen.first, chosen.last, compare, kind)
            return today, periods, service.orders(periods)

        self.runner.read(first, lambda result: self._first(generation, result), self._failed(generation))

    def _first(self, generation: int, result: tuple[date, Periods, OrderPart]) -> None:
        if generation != self._generation or self.session is None or self.session.statistics is None:
            return
        self.today, self.periods, orders = result
        self._show_period()
        self._arrived(generation, "orders", orders)
        service, periods = self.session.statistics, self.periods
        reads: dict[str, Callable[[], Any]] = {  # the quick ones first, so most charts fill at once
            "sales": lambda: service.sales(periods, orders),
            "visits": lambda: service.visits(periods),
            "churn": service.churn,
            "calls": lambda: service.calls(periods),
            "pyramid": lambda: service.pyramid(periods),
            "intents": lambda: service.intents(periods),
        }
        for name, work in reads.items():
            self.runner.read(work, lambda value, name=name: self._arrived(generation, name, value),
                             self._failed(generation))

    def _arrived(self, generation: int, name: str, value: Any) -> None:
        if generation != self._generation:
            return
        self.parts[name] = value
        self._render(name)
        if all(part in self.parts for part in PARTS):
            self.status.setText("")
        self.part_shown.emit(name)

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.error = str(error)
                self.status.setText(self.tr("The figures could not be read: {reason}").format(reason=error))
        return failed

    # -- the period picker

    def _fill_choices(self) -> None:
        self._filling = True
        kind, compare = self.kind, self.compare
        self.kind_box.clear()
        for each in PeriodKind:
            self.kind_box.addItem(kind_name(each), each.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        self.compare_box.clear()
        self.compare_box.addItem(self.tr("Against the previous period"), Compare.PREVIOUS.value)
        self.compare_box.addItem(self.tr("Against the same period last year"), Compare.LAST_YEAR.value)
        self.compare_box.setCurrentIndex(self.compare_box.findData(compare.value))
        self._filling = False

    def _kind_changed(self) -> None:
        if self._filling:
            return
        self.kind = PeriodKind(self.kind_box.currentData())
        if self.kind is PeriodKind.CUSTOM:
            base = self.periods.current if self.periods is not None else None
            self.chosen = base
        else:
            self.chosen = None
        self._show_period()
        self.load()

    def _compare_changed(self) -> None:
        if self._filling:
            return
        self.compare = Compare(self.compare_box.currentData())
        self.load()

    def _custom_changed(self) -> None:
        if self._filling or self.kind is not PeriodKind.CUSTOM:
            return
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        if last < first:
            return
        self.chosen = DayRange(first, last)
        self.load()

    def _step(self, periods: int) -> None:
        today = self.today
        if today is None:
            return
        current = self.chosen or (self.periods.current if self.periods else current_period(self.kind, today))
        moved = step(self.kind, current, periods, today)
        if moved.first > today:
            return
        self.chosen = None if self.kind is not PeriodKind.CUSTOM and today in moved else moved
        self.load()

    def set_period(self, kind: PeriodKind, chosen: DayRange | None = None,
                   compare: Compare | None = None) -> None:
        """Pick a period (None: this one so far) and a comparison, and read the figures (tests, scripts)."""
        self.kind, self.chosen = kind, chosen
        if compare is not None:
            self.compare = compare
        self._fill_choices()
        self._show_period()
        self.load()

    def _show_period(self) -> None:
        custom = self.kind is PeriodKind.CUSTOM
        self.period_label.setVisible(not custom)
        self.first_edit.setVisible(custom)
        self.last_edit.setVisible(custom)
        periods = self.periods
        if periods is None:
            self.period_label.setText("")
            self.compare_label.setText("")
            return
        self.period_label.setText(range_text(periods.current))
        self.compare_label.setText(self.tr("compared with {days}").format(days=range_text(periods.comparison)))
        if custom:
            self._filling = True
            for edit, day in ((self.first_edit, periods.current.first), (self.last_edit, periods.current.last)):
                edit.setDate(QDate(day.year, day.month, day.day))
            self._filling = False
        if self.today is not None:
            self.forward.setEnabled(periods.current.last < self.today)

    # -- drawing the parts

    def _render_all(self) -> None:
        for name in PARTS:
            self._render(name)

    def _render(self, name: str) -> None:
        value = self.parts.get(name)
        getattr(self, f"_render_{name}")(value)

    def _render_orders(self, orders: OrderPart | None) -> None:
        card = self.deals_card
        card.title.setText(self.tr("Deals and amount"))
        chart = card.chart
        assert isinstance(chart, BarLineChart)
        if orders is None or self.periods is None:
            card.number.setText("–")
            card.detail.setText("")
            chart.set_series([], [])
            self.sales_card.number.setText("–")
            self.sales_card.detail.setText("")
            return
        current, other = orders.current, orders.comparison
        card.number.setText(money(current.sales_cents))
        card.detail.setText(self.tr("{deals} deals from {buyers} customers; {other_deals} deals, {other_amount} "
                                    "before").format(deals=number(current.deals), buyers=number(current.buyers),
                                                     other_deals=number(other.deals),
                                                     other_amount=money(other.sales_cents)))
        by_day = {day.day: day for day in orders.days}
        days = list(self.periods.current.each_day())
        chart.set_empty_text(self.tr("No orders in this period"))
        chart.set_series([short_day(day) for day in days],
                         [float(by_day[day].amount_cents) if day in by_day else 0.0 for day in days],
                         legend=(self.tr("Amount per day"), ""))
        # the sales card's number is known as soon as the orders are
        self.sales_card.number.setText(money(current.sales_cents))
        if "sales" not in self.parts:
            self.sales_card.detail.setText(self._against(current.sales_cents, other.sales_cents))

    def _against(self, cents: int, other: int) -> str:
        ratio = cents / other if other else None
        text = self.tr("against {amount}").format(amount=money(other))
        return f"{text} ({change(ratio)})" if ratio is not None else text

    def _render_sales(self, sales: SalesChange | None) -> None:
        card = self.sales_card
        card.title.setText(self.tr("Sales = customers covered × active rate × average deal"))
        chart = card.chart
        assert isinstance(chart, WaterfallChart)
        if sales is None:
            chart.set_steps([])
            for line in card.lines:
                line.setText("")
            return
        current, other = sales.current, sales.comparison
        card.number.setText(money(current.sales_cents))
        card.detail.setText(self._against(current.sales_cents, other.sales_cents))
        values = {
            Factor.COVERED: lambda figures: number(figures.covered),
            Factor.ACTIVE_RATE: lambda figures: percent(figures.active_rate),
            Factor.AVERAGE_DEAL: lambda figures: "–" if figures.average_deal is None else money(
                float(figures.average_deal)),
        }
        for line, factor in zip(card.lines, FACTORS, strict=False):
            fc = sales.of(factor)
            text = self.tr("{factor}: {value} · before {other} · {change}").format(
                factor=factor_name(factor), value=values[factor](current), other=values[factor](other),
                change=change(fc.ratio))
            line.setText(text.rstrip(" ·"))
            font = QFont(line.font())
            font.setBold(sales.moved is factor)
            line.setFont(font)
        moved = card.lines[3]
        moved.setText(self.tr("Moved most: {factor}").format(factor=factor_name(sales.moved)) if sales.moved
                      else (self.tr("No sales to compare") if not sales.decomposed else self.tr("Nothing moved")))
        if not sales.decomposed:
            chart.set_steps([])
            chart.set_empty_text(self.tr("Sales in both periods are needed to split the change"))
            return
        steps = [Step("comparison", self.tr("Before"), float(other.sales_cents), short_money(other.sales_cents), True)]
        for factor in FACTORS:
            cents = sales.of(factor).contribution_cents or 0
            steps.append(Step(factor, factor_name(factor), float(cents),
                              ("+" if cents > 0 else "") + short_money(cents), False, sales.moved is factor))
        steps.append(Step("current", self.tr("This period"), float(current.sales_cents),
                          short_money(current.sales_cents), True))
        chart.set_steps(steps)

    def _render_calls(self, calls: CallPart | None) -> None:
        card = self.calls_card
        card.title.setText(self.tr("Calls per day and reach rate"))
        chart = card.chart
        assert isinstance(chart, BarLineChart)
        if calls is None:
            card.number.setText("–")
            card.detail.setText("")
            chart.set_series([], [])
            return
        now, before = calls.current, calls.comparison
        card.number.setText(number(now.calls_per_day or 0, 1))
        card.detail.setText(self.tr("a day on {days} calling days; {reach} reached; before {other_per_day} a day, "
                                    "{other_reach} reached").format(
            days=number(now.call_days), reach=percent(now.reach_rate),
            other_per_day=number(before.calls_per_day or 0, 1), other_reach=percent(before.reach_rate)))
        weeks = calls.trend
        first_in_period = next((index for index, week in enumerate(weeks)
                                if self.periods is not None and week.period.last >= self.periods.current.first), -1)
        chart.set_empty_text(self.tr("No calls in these weeks"))
        chart.set_series([short_day(week.period.first) for week in weeks],
                         [week.calls_per_day or 0.0 for week in weeks],
                         [week.reach_rate for week in weeks],
                         bar_texts=[number(week.calls_per_day or 0, 1) for week in weeks],
                         line_texts=[percent(week.reach_rate, 0) for week in weeks],
                         legend=(self.tr("Calls per day, by week"), self.tr("Reach rate")),
                         highlight_from=first_in_period)

    def _render_pyramid(self, summary: PyramidSummary | None) -> None:
        card = self.pyramid_card
        card.title.setText(self.tr("The pyramid: customers and revenue per tier"))
        curve_card = self.curve_card
        curve_card.title.setText(self.tr("80/20: revenue from the best customers"))
        chart, curve = card.chart, curve_card.chart
        assert isinstance(chart, PairedBars) and isinstance(curve, CurveChart)
        if summary is None:
            for each in (card, curve_card):
                each.number.setText("–")
                each.detail.setText("")
            chart.set_rows([])
            curve.set_curve([], "", ("", ""))
            return
        existing = sum(summary.level(tier).customers for tier in PYRAMID)
        card.number.setText(number(existing))
        card.detail.setText(self.tr("customers bought in the 12 months to {day}; revenue {amount}").format(
            day=range_text(DayRange(summary.as_of, summary.as_of)), amount=money(summary.total_revenue_cents)))
        rows = []
        for level in summary.levels:
            if level.tier in PYRAMID:
                rows.append(BarRow(level.tier, tier_name(level.tier), level.customer_share or 0.0,
                                   self.tr("{count} · {amount}").format(count=number(level.customers),
                                                                        amount=short_money(level.revenue_cents)),
                                   level.revenue_share))
            else:
                rows.append(BarRow(level.tier, tier_name(level.tier), 0.0, number(level.customers), None, GREY))
        chart.set_empty_text(self.tr("No customers yet"))
        chart.set_rows(rows, (self.tr("Customers"), self.tr("Revenue")), 1.0)
        points = [(point.customer_share, point.revenue_share) for point in summary.curve]
        curve.set_empty_text(self.tr("No revenue in the last 12 months"))
        if len(points) > 1:
            top = next((point for point in summary.curve if point.customer_share >= 0.2), summary.curve[-1])
            curve_card.number.setText(percent(top.revenue_share))
            curve_card.detail.setText(self.tr("of revenue comes from the best {share} of customers ({count})").format(
                share=percent(top.customer_share, 0), count=number(top.customers)))
            curve.set_curve(points, "", (self.tr("customers, best first"), self.tr("revenue, cumulative")))
            curve.mark_text = self.tr("{customers} of customers: {revenue} of revenue").format(
                customers=percent(0.2, 0), revenue=percent(curve.share_at(0.2)))
        else:
            curve_card.number.setText("–")
            curve_card.detail.setText("")
            curve.set_curve([], "", ("", ""))

    def _render_intents(self, intents: IntentPart | None) -> None:
        card = self.intent_card
        card.title.setText(self.tr("Intent moves"))
        chart = card.chart
        assert isinstance(chart, PairedBars)
        if intents is None:
            card.number.setText("–")
            card.detail.setText("")
            chart.set_rows([])
            return
        now, before = intents.current, intents.comparison
        card.number.setText(self.tr("↑{up} ↓{down}").format(up=number(now.up), down=number(now.down)))
        card.detail.setText(self.tr("calls that moved a customer's intent up or down a level or more; "
                                    "{customers_up} customers up, {customers_down} down").format(
            customers_up=number(len(now.customers_up)), customers_down=number(len(now.customers_down))))
        rows = [
            BarRow(Figure.INTENT_UP, self.tr("Up"), float(now.up), number(now.up), float(before.up),
                   other_text=number(before.up)),
            BarRow(Figure.INTENT_DOWN, self.tr("Down"), float(now.down), number(now.down), float(before.down),
                   other_text=number(before.down)),
            BarRow(None, self.tr("First intent"), float(now.new), number(now.new), float(before.new),
                   other_text=number(before.new)),
        ]
        chart.set_rows(rows, (self.tr("This period"), self.tr("Before")))

    def _render_visits(self, visits: VisitPart | None) -> None:
        card = self.visits_card
        card.title.setText(self.tr("Visits"))
        chart = card.chart
        assert isinstance(chart, PairedBars)
        if visits is None:
            card.number.setText("–")
            card.detail.setText("")
            chart.set_rows([])
            return
        now, before = visits.current, visits.comparison
        card.number.setText(number(now.get("done", 0)))
        card.detail.setText(self.tr("visits done; {planned} planned, {total} in all; before {other} done").format(
            planned=number(now.get("planned", 0)), total=number(sum(now.values())),
            other=number(before.get("done", 0))))
        chart.set_rows([BarRow(status, visit_status(status), float(now.get(status, 0)), number(now.get(status, 0)),
                               float(before.get(status, 0)), other_text=number(before.get(status, 0)))
                        for status in STATUSES],
                       (self.tr("This period"), self.tr("Before")))

    def _render_churn(self, churn: ChurnPart | None) -> None:
        card = self.churn_card
        card.title.setText(self.tr("Churn warnings"))
        chart = card.chart
        assert isinstance(chart, PairedBars)
        if churn is None:
            card.number.setText("–")
            card.detail.setText("")
            chart.set_rows([])
            return
        card.number.setText(number(churn.customers))
        key = sum(churn.by_tier.get(tier.value, 0) for tier in (Tier.SUPER, Tier.BIG))
        when = range_text(DayRange(churn.as_of, churn.as_of)) if churn.as_of else self.tr("never")
        card.detail.setText(self.tr("customers with a warning, {key} of them super or big; as the book was "
                                    "re-tiered on {day}").format(key=number(key), day=when))
        chart.set_rows([BarRow(signal.value, signal_name(signal.value), float(churn.by_signal.get(signal.value, 0)),
                               number(churn.by_signal.get(signal.value, 0)), None, RED)
                        for signal in ChurnSignal])

    # -- the customers behind a chart

    def _clicked(self, card: Card, key: object) -> None:
        session, periods = self.session, self.periods
        if session is None or session.statistics is None or periods is None or key is None:
            return
        figure, tier = self._figure(card, key)
        if figure is None:
            return
        service = session.statistics
        generation = self._generation
        title = self._behind_title(figure, tier)
        self.runner.read(lambda: service.behind(figure, periods, tier),
                         lambda behind: self._show_behind(generation, figure, title, behind), self._failed(generation))

    @staticmethod
    def _figure(card: Card, key: object) -> tuple[Figure | None, Tier | None]:
        if isinstance(key, Tier):
            return Figure.TIER, key
        if key is Factor.COVERED:
            return Figure.COVERED, None
        if isinstance(key, Factor) or key in ("comparison", "current"):
            return Figure.SALES, None
        if isinstance(key, Figure):
            return key, None
        if isinstance(key, int):  # a bar of a chart over time: the chart's own customers
            figure = card.chart.key
            return (figure, None) if isinstance(figure, Figure) else (None, None)
        if isinstance(key, str) and key in STATUSES:
            return Figure.VISITS, None
        if isinstance(key, str):
            return Figure.CHURN, None
        return None, None

    def _behind_title(self, figure: Figure, tier: Tier | None) -> str:
        titles = {
            Figure.SALES: self.tr("Customers who bought"),
            Figure.COVERED: self.tr("The customers covered"),
            Figure.CALLS: self.tr("Customers called"),
            Figure.INTENT_UP: self.tr("Customers whose intent went up"),
            Figure.INTENT_DOWN: self.tr("Customers whose intent went down"),
            Figure.VISITS: self.tr("Visits"),
            Figure.TOP: self.tr("The best customers (super, big and medium)"),
            Figure.CHURN: self.tr("Customers with a churn warning"),
        }
        if figure is Figure.TIER and tier is not None:
            return self.tr("{tier} customers").format(tier=tier_name(tier))
        text = titles.get(figure, "")
        if self.periods is not None and figure not in (Figure.TOP, Figure.CHURN):
            text += " · " + range_text(self.periods.current)
        return text

    def _show_behind(self, generation: int, figure: Figure, title: str, behind: Behind) -> None:
        if generation != self._generation:
            return
        kinds = {Figure.SALES: "sales", Figure.COVERED: "covered", Figure.CALLS: "calls",
                 Figure.INTENT_UP: "intent", Figure.INTENT_DOWN: "intent", Figure.VISITS: "visits",
                 Figure.TIER: "tier", Figure.TOP: "tier", Figure.CHURN: "churn"}
        self.behind.show_lines(title, kinds[figure], behind.total, behind.lines)
        self.behind.show()

    def open_profile(self, customer_id: int) -> None:
        """The customer's profile sheet, from a line of the customers behind a figure."""
        from telesales.ui.screens.customers import ui_language
        from telesales.ui.screens.profile import ProfileDialog

        if self.session is None:
            return
        dialog = ProfileDialog(self.session, self.runner, customer_id, ui_language(), self.behind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # -- words

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("The period before"))
        self.forward.setToolTip(self.tr("The period after"))
        self._fill_choices()
        locale = QLocale()
        for edit in (self.first_edit, self.last_edit):
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self._show_period()
        self._render_all()
        if self.behind.isVisible():
            self.behind.retranslate()
        if self.session is None:
            for card in self.cards():
                card.chart.set_empty_text("")
