"""Every customer in the book: one search box (as the rep types, off the GUI thread), filters by tier, area,
stage, intent and tag, sorting by any column; all of it answered by the book, so it stays smooth at 100,000 rows.
Double-click or Enter opens the customer's profile sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from telesales.domain.listing import NO_VALUE, AreaChoice, ListQuery, SortKey, TagChoice
from telesales.domain.model import Intent, Tier
from telesales.services.book_info import BookInfo
from telesales.services.book_session import BookSession
from telesales.services.customer_list import Listing
from telesales.services.finding import warm
from telesales.ui.call_log_dialog import CallLogLauncher
from telesales.ui.customer_words import STAGES, word
from telesales.ui.intent_words import intent_short
from telesales.ui.labels import tier_name
from telesales.ui.models.customer_table import CUSTOMER_ID_ROLE, OWNER, SORT_KEYS, CustomerTableModel
from telesales.ui.screens.base import Screen
from telesales.ui.tag_menu import TagMenu
from telesales.ui.team_menu import ReassignMenu
from telesales.ui.workers import Runner

DEBOUNCE_MS = 180


def ui_language() -> str:
    """The app's language now (the switcher sets the default locale): en, zh_CN or zh_TW."""
    name = QLocale().name()
    if name.startswith(("zh_TW", "zh_HK", "zh_MO")) or "Hant" in QLocale().bcp47Name():
        return "zh_TW"
    return "zh_CN" if name.startswith("zh") else "en"
WIDTHS = ((0, 250), (1, 120), (2, 80), (3, 80), (4, 120), (5, 90), (6, 90), (7, 140), (8, 100), (9, 200))


class CustomersScreen(Screen):
    customer_activated = Signal(int)  # a customer's id: open the profile sheet
    profile_opened = Signal(object)  # the ProfileDialog shown
    listing_shown = Signal()  # the list shows the answer to the latest question (tests, benchmarks)

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several to tag at once
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort_by)
        self.table.activated.connect(self._activated)
        self.reassign_menu = ReassignMenu(  # a shared book's lead gives a customer to another rep
            self.table, runner, lambda: self.session, self._edited, self._tell)
        self.tag_menu = TagMenu(self, runner, lambda: self.session, lambda: [choice.tag for choice in self._tags],
                                self._edited, self._tell)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._offer_menu)
        self.customer_activated.connect(self.open_profile)
        for column, width in WIDTHS:
            self.table.setColumnWidth(column, width)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        self.tier_filter, self.area_filter = QComboBox(), QComboBox()
        self.stage_filter, self.intent_filter, self.tag_filter = QComboBox(), QComboBox(), QComboBox()
        for combo in self._filters():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.request())
        self.area_filter.setMaxVisibleItems(20)
        self.tag_filter.setMaxVisibleItems(20)
        self.summary = QLabel()
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.export_menu = QMenu(self)
        self.export_actions = {kind: self.export_menu.addAction("") for kind in ("xlsx", "csv", "vcf")}
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, kind=kind: self.export(kind))
        self.export_button.setMenu(self.export_menu)
        self.import_button.clicked.connect(self.choose_import)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in self._filters():
            filters.addWidget(combo, 1)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.import_button)
        summary.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(summary)
        layout.addWidget(self.table)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.request)
        self.sort, self.descending = SortKey.RELEVANCE, False
        self.total = 0
        self.shown = 0
        self._generation = 0
        self._areas: list[AreaChoice] = []
        self._tags: list[TagChoice] = []
        self._filling = False
        self._fill_filters()
        self.call_log = CallLogLauncher(self, runner, lambda: self.session, self.selected_customer)  # F2
        self.retranslate()

    def title(self) -> str:
        return self.tr("Customers")

    def _filters(self) -> tuple[QComboBox, ...]:
        return self.tier_filter, self.area_filter, self.stage_filter, self.intent_filter, self.tag_filter

    def set_session(self, session: BookSession | None) -> None:
        super().set_session(session)
        self.reassign_menu.load(session)
        # whose customer each is matters on a shared book only (a rep sees their own, a lead the team's)
        self.table.setColumnHidden(OWNER, session is None or session.team is None)

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def selected_customers(self) -> list[int]:
        return [int(index.data(CUSTOMER_ID_ROLE)) for index in sorted(
            self.table.selectionModel().selectedRows(), key=lambda index: index.row())]

    def context_menu(self, position: QPoint) -> QMenu | None:
        """The menu for the customers selected (the one under `position` when it was not): tags, and a lead's
        reassignment."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        customers = self.selected_customers()
        rows = [self.model.customer_at(index.row()) for index in self.table.selectionModel().selectedRows()]
        their_tags = list(dict.fromkeys(tag for row in rows for tag in row.tags))
        menu = QMenu(self)
        self.tag_menu.add_to(menu, customers, their_tags)
        self.reassign_menu.add_to(menu, int(index.data(CUSTOMER_ID_ROLE)))
        return menu

    def _offer_menu(self, position: QPoint) -> None:
        menu = self.context_menu(position)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(position))

    def selected_customer(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CUSTOMER_ID_ROLE) if index.isValid() else None

    # -- the question

    def query(self) -> ListQuery:
        tier = self.tier_filter.currentData()
        area = self.area_filter.currentData()
        stage = self.stage_filter.currentData()
        intent = self.intent_filter.currentData()
        tag = self.tag_filter.currentData()
        query = ListQuery(
            tiers=frozenset({Tier(tier)}) if tier else frozenset(),
            stages=frozenset({stage}) if stage is not None else frozenset(),
            intents=frozenset({intent}) if intent is not None else frozenset(),
            tags=frozenset({tag}) if tag is not None else frozenset(),
            sort=self.sort, descending=self.descending)
        if area:
            province, city = area
            query = replace(query, province=province, city=city)
        return query

    def request(self, done: Callable[[], None] | None = None) -> None:
        """Ask the book for the list again (filters, sort, search); only the latest answer is shown."""
        session = self.session
        if session is None or self._filling:
            return
        self.debounce.stop()
        self._generation += 1
        generation, query, text = self._generation, self.query(), self.search.text()
        self.runner.read(lambda: session.customer_listing(query, text),
                         lambda listing: self._show(generation, listing), lambda _error: None)

    def _typed(self, _text: str) -> None:
        self.debounce.start()

    def _show(self, generation: int, listing: Listing) -> None:
        if generation != self._generation or self.session is None:
            return
        region = self.session.settings()["greetings.region"]
        self.model.set_source(listing.page, listing.total, region)
        self.shown = listing.total
        self._summarise()
        self.listing_shown.emit()

    def _sort_by(self, column: int) -> None:
        key = SORT_KEYS[column]
        if self.sort is key:
            self.descending = not self.descending
        else:
            self.sort, self.descending = key, False
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder)
        self.request()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customer_activated.emit(int(self.model.data(index, CUSTOMER_ID_ROLE)))

    def open_profile(self, customer_id: int) -> None:
        from telesales.ui.screens.profile import ProfileDialog

        if self.session is None:
            return
        dialog = ProfileDialog(self.session, self.runner, customer_id, ui_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._edited())  # names, tiers and tags may have changed
        dialog.show()
        self.profile_opened.emit(dialog)

    def choose_import(self) -> None:
        from telesales.ui.book_transfer import choose_import

        if self.session is not None:
            choose_import(self, self.session, self.runner, lambda _result: self._imported())

    def open_import(self, paths: list[Path]) -> QDialog | None:
        from telesales.ui.book_transfer import open_import

        if self.session is None:
            return None
        return open_import(self, self.session, self.runner, paths, lambda _result: self._imported())

    def _imported(self) -> None:
        window = self.window()
        refresh = getattr(window, "refresh", None)
        if callable(refresh):
            refresh()  # counts, filters and the list
        else:
            self.request()

    def export(self, kind: str) -> None:
        from telesales.ui.book_transfer import export_book

        if self.session is not None:
            export_book(self, self.session, self.runner, kind)

    # -- the book

    def refresh(self) -> None:
        if self.session is None:
            self.model.set_source(None, 0)
            self.total = self.shown = 0
            self._summarise()

    def show_info(self, info: BookInfo) -> None:
        session = self.session
        if session is None or session.listing is None:
            return
        self.total = info.counts["customers"]
        self._read_choices()
        if session.search is not None:
            search = session.search
            self.runner.read(lambda: warm(search), lambda _keys: None, lambda _e: None)  # a quick first keystroke
        self.request()

    def _edited(self) -> None:
        self._read_choices()
        self.request()

    def _read_choices(self) -> None:
        listing = self.session.listing if self.session is not None else None
        if listing is not None:
            self.runner.read(lambda: (listing.areas(), listing.tags()), self._got_choices, lambda _e: None)

    def _got_choices(self, choices: tuple[list[AreaChoice], list[TagChoice]]) -> None:
        self._areas, self._tags = choices
        self._fill_filters()

    def _fill_filters(self) -> None:
        """(Re)fill the filter choices in the current language, keeping what the rep picked."""
        self._filling = True
        kept = [combo.currentData() for combo in self._filters()]
        for combo in self._filters():
            combo.clear()
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(tier_name(tier), tier.value)
        self.area_filter.addItem(self.tr("All areas"), None)
        cities: dict[tuple[str, str], int] = {}
        for area in self._areas:
            cities[(area.province, area.city)] = cities.get((area.province, area.city), 0) + area.customers
        for (province, city), count in sorted(cities.items()):
            label = city if province in ("", city) else f"{province} · {city}"
            self.area_filter.addItem(self.tr("{area} ({count})").format(area=label or self.tr("(no area)"),
                                                                        count=count), (province, city))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for code in STAGES:
            self.stage_filter.addItem(word(STAGES, code), code)
        self.stage_filter.addItem(self.tr("No stage yet"), NO_VALUE)
        self.intent_filter.addItem(self.tr("Any intent"), None)
        for intent in Intent:
            self.intent_filter.addItem(intent_short(intent), intent.value)
        self.intent_filter.addItem(self.tr("Intent not known"), NO_VALUE)
        self.tag_filter.addItem(self.tr("All tags"), None)
        for choice in self._tags:
            self.tag_filter.addItem(self.tr("{tag} ({count})").format(tag=choice.tag, count=choice.customers),
                                    choice.tag)
        self.tag_filter.addItem(self.tr("No tags"), NO_VALUE)
        for combo, value in zip(self._filters(), kept, strict=True):
            found = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(found, 0))
        self._filling = False

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by name, pinyin, initials, phone or place…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export"))
        self.export_actions["xlsx"].setText(self.tr("The whole book as Excel (XLSX)…"))
        self.export_actions["csv"].setText(self.tr("The whole book as CSV…"))
        self.export_actions["vcf"].setText(self.tr("Contacts as vCard…"))
        if self.tier_filter.count():
            self._fill_filters()
        self._summarise()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _summarise(self) -> None:
        locale = self.locale()
        if self.search.text().strip() or self.shown != self.total:
            self.summary.setText(self.tr("{shown} of {count} customers").format(
                shown=locale.toString(self.shown), count=locale.toString(self.total)))
        else:
            self.summary.setText(self.tr("{count} customers").format(count=locale.toString(self.total)))
