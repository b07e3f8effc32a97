"""The welcome on first start: the language (switched at once) and the region, the demo book or the rep's own book,
and customers to bring in from a spreadsheet. It only asks; `first_run.Welcome` carries the answers out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from telesales.i18n.choice import LANGUAGE_NAMES, LANGUAGES
from telesales.resources import resource

DEMO, OWN = "demo", "own"
REGIONS = ("CN", "HK", "TW")
IMPORT_PATTERNS = "*.csv *.xlsx *.xls *.ods *.vcf"
START_PAGE, BOOK_PAGE, IMPORT_PAGE = range(3)


@dataclass(frozen=True)
class WelcomeChoice:
    language: str  # en, zh_CN, zh_TW
    region: str  # CN, HK, TW: the festivals and holidays of greetings
    book: str  # DEMO or OWN
    import_paths: tuple[Path, ...] = ()


def region_for(language: str) -> str:
    """The region a language suggests until the rep picks one: Traditional Chinese → Taiwan, else the mainland."""
    return "TW" if language == "zh_TW" else "CN"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WelcomeStartPage(QWizardPage):
    """The language, switched at once so the rest reads in it, and the region for greetings."""

    def __init__(self, language: str, region: str | None, set_language: Callable[[str], None]) -> None:
        super().__init__()
        self._set_language = set_language
        self.region_chosen = region is not None
        self.intro = _wrapped()
        self.language_box, self.region_box = QGroupBox(), QGroupBox()
        self.languages, self.regions = QButtonGroup(self), QButtonGroup(self)
        language_row = QHBoxLayout(self.language_box)
        for index, code in enumerate(LANGUAGES):
            button = QRadioButton(LANGUAGE_NAMES[code])  # each in its own script, never translated
            button.setObjectName(f"language_{code}")
            self.languages.addButton(button, index)
            language_row.addWidget(button)
        language_row.addStretch(1)
        self.languages.button(LANGUAGES.index(language)).setChecked(True)
        self.languages.idToggled.connect(self._language_toggled)
        region_column = QVBoxLayout(self.region_box)
        self.region_buttons: dict[str, QRadioButton] = {}
        for index, code in enumerate(REGIONS):
            button = QRadioButton()
            button.setObjectName(f"region_{code}")
            self.regions.addButton(button, index)
            self.region_buttons[code] = button
            region_column.addWidget(button)
        self.region_note = _wrapped()
        region_column.addWidget(self.region_note)
        self.region_buttons[region or region_for(language)].setChecked(True)
        self.regions.idClicked.connect(self._region_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.language_box)
        layout.addWidget(self.region_box)
        layout.addStretch(1)
        self.retranslate()

    def language(self) -> str:
        return LANGUAGES[self.languages.checkedId()]

    def region(self) -> str:
        return REGIONS[self.regions.checkedId()]

    def _language_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        language = LANGUAGES[index]
        if not self.region_chosen:  # follow the language until the rep picks a region
            self.region_buttons[region_for(language)].setChecked(True)
        self._set_language(language)

    def _region_clicked(self, _index: int) -> None:
        self.region_chosen = True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to telesales"))
        self.setSubTitle(self.tr("Your calls, customers, visits and reminders, in one book on this computer."))
        self.intro.setText(self.tr(
            "Three short questions and you can start. Everything here can be changed later in File → Settings."))
        self.language_box.setTitle(self.tr("Language"))
        self.region_box.setTitle(self.tr("Region"))
        self.region_buttons["CN"].setText(self.tr("Mainland China"))
        self.region_buttons["HK"].setText(self.tr("Hong Kong"))
        self.region_buttons["TW"].setText(self.tr("Taiwan"))
        self.region_note.setText(self.tr(
            "Greetings follow this region's festivals and public holidays, and customers you add or import are "
            "placed in it."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomeBookPage(QWizardPage):
    """The demo book to look around in, or the rep's own book (empty the first time)."""

    def __init__(self, own_book: Path, own_exists: bool, demo_book: Path, book: str) -> None:
        super().__init__()
        self.own_book, self.own_exists, self.demo_book = own_book, own_exists, demo_book
        self.books = QButtonGroup(self)
        self.demo_button, self.own_button = QRadioButton(), QRadioButton()
        self.demo_button.setObjectName("book_demo")
        self.own_button.setObjectName("book_own")
        self.demo_note, self.own_note, self.where = _wrapped(), _wrapped(), _wrapped()
        for note in (self.demo_note, self.own_note):
            note.setIndent(24)
            note.setStyleSheet("color: palette(placeholder-text);")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.books.addButton(self.demo_button)
        self.books.addButton(self.own_button)
        (self.demo_button if book == DEMO else self.own_button).setChecked(True)
        # Start for the demo, Next (to the import page) for the rep's own book: setFinalPage makes the wizard look
        # at nextId again, which it otherwise does only when a page is entered
        self.books.buttonToggled.connect(lambda _button, _checked: self.setFinalPage(self.book() == DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.demo_note)
        layout.addSpacing(10)
        layout.addWidget(self.own_button)
        layout.addWidget(self.own_note)
        layout.addStretch(1)
        layout.addWidget(self.where)
        self.retranslate()

    def book(self) -> str:
        return DEMO if self.demo_button.isChecked() else OWN

    def nextId(self) -> int:  # noqa: N802
        return IMPORT_PAGE if self.book() == OWN else -1

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your book"))
        self.setSubTitle(self.tr("A book holds your customers, calls, orders, visits and reminders."))
        self.demo_button.setText(self.tr("Look around in a demo book"))
        self.demo_note.setText(self.tr(
            "300 made-up customers with two years of calls and orders, in your language. Your own book stays apart; "
            "Help → Show welcome brings you back here."))
        if self.own_exists:
            self.own_button.setText(self.tr("Open my own book"))
            self.own_note.setText(self.tr("The book you have been keeping on this computer."))
        else:
            self.own_button.setText(self.tr("Start my own book"))
            self.own_note.setText(self.tr("An empty book for your customers: type them in or bring them in from a "
                                          "spreadsheet (next page)."))
        self.where.setText(self.tr("Your own book is kept at {path}").format(path=self.own_book))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomeImportPage(QWizardPage):
    """Spreadsheets (or contact cards) to import into the rep's own book once it is open."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []
        self.explain = _wrapped()
        self.choose_button, self.clear_button = QPushButton(), QPushButton()
        self.choose_button.setObjectName("choose_files")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set_paths([]))
        self.files = QListWidget()
        self.files.setMaximumHeight(110)
        self.later = _wrapped()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.files)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.set_paths([])

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Customers to import"), str(Path.home()),
                                                self.tr("Spreadsheets and contact cards ({patterns})").format(
                                                    patterns=IMPORT_PATTERNS))
        if names:
            self.set_paths([Path(name) for name in names])

    def set_paths(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        self.files.clear()
        self.files.addItems([path.name for path in self.paths])
        self.files.setVisible(bool(self.paths))
        self.clear_button.setVisible(bool(self.paths))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bring in your customers"))
        self.setSubTitle(self.tr("Optional: you can also start typing them in."))
        self.explain.setText(self.tr(
            "Have your customers in a spreadsheet (Excel, CSV) or as contact cards (vCard)? Choose the files: when "
            "the book opens you see each column's meaning and a check of every line before anything is written."))
        self.choose_button.setText(self.tr("Choose files…") if not self.paths else self.tr("Choose other files…"))
        self.clear_button.setText(self.tr("Import nothing"))
        self.later.setText(self.tr("Later: Customers → Import…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomeWizard(QWizard):
    """Asks; `choice()` is what the rep chose once the wizard is accepted."""

    def __init__(self, language: str, set_language: Callable[[str], None], own_book: Path, demo_book: Path,
                 own_exists: bool, region: str | None = None, book: str = DEMO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        logo = QPixmap(str(resource("icons", "telesales_64.png")))
        if not logo.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.start_page = WelcomeStartPage(language, region, set_language)
        self.book_page = WelcomeBookPage(own_book, own_exists, demo_book, book)
        self.import_page = WelcomeImportPage()
        self.setPage(START_PAGE, self.start_page)
        self.setPage(BOOK_PAGE, self.book_page)
        self.setPage(IMPORT_PAGE, self.import_page)
        self.setStartId(START_PAGE)
        self.resize(640, 500)
        self.retranslate()

    def choice(self) -> WelcomeChoice:
        book = self.book_page.book()
        paths = tuple(self.import_page.paths) if book == OWN else ()
        return WelcomeChoice(self.start_page.language(), self.start_page.region(), book, paths)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to telesales"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
