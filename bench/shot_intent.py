"""Render the Today screen, the call log and the profile sheet's calls (with the intent moves), and the Settings
page that names the intent levels, offscreen to PNG files, to look at, in each language asked for:

    python bench/shot_intent.py [--lang en zh_CN zh_TW] [--out shots] [--name-a "Ready to order"]

A fresh 300-customer demo book ranked as of 09:00 on its day in Shanghai. The Today screen selects the first line
whose customer shows intent A (its detail names the level); the call log is opened on that customer; the profile
sheet is that customer's, after three more calls moved their intent (A → D → B). With --name-a, level A is renamed
in the book first (the shots then show the rep's own name for it). Files: intent_<lang>_today.png,
intent_<lang>_call_log.png, intent_<lang>_profile_calls.png, intent_<lang>_settings.png.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime, timedelta

from shot_kit import scratch, shot_parser  # first: an offscreen app with folders of its own

TODAY = date(2026, 11, 22)
MORNING = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def main() -> int:
    parser = shot_parser()
    parser.add_argument("--name-a", default="", help="rename intent level A in the book first")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QWidget

    from telesales.app import create_demo_session, open_session
    from telesales.demo.generator import DemoRequest
    from telesales.domain.model import CallOutcome, Intent
    from telesales.services.calls import LogCallRequest
    from telesales.ui.application import build_window
    from telesales.ui.screens.profile import ProfileDialog
    from telesales.ui.screens.today import TodayScreen
    from telesales.ui.settings_dialog import SettingsDialog

    app = QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    book = scratch / "demo.sqlite"
    made = create_demo_session(book, DemoRequest(customers=300, seed=3, locale="zh_CN", today=TODAY))
    made.save_settings({"rep.time_zone": "Asia/Shanghai", **({"intent.a_name": args.name_a} if args.name_a else {})})
    made.close()

    def save(widget: QWidget, language: str, name: str) -> None:
        app.processEvents()
        target = args.out / f"intent_{language}_{name}.png"
        widget.grab().save(str(target))
        print(target)

    moved: set[int] = set()
    for language in args.lang:
        window, switcher = build_window(app, open_session, language)
        window.resize(1280, 800)
        window.show()
        opened: list[object] = []
        window.book_opened.connect(opened.append)
        window.load_book(book)
        while not opened:
            app.processEvents()
            window.runner.wait()

        def settle(runner: object = window.runner) -> None:
            for _ in range(6):
                runner.wait()  # type: ignore[attr-defined]
                app.processEvents()

        session = window.session
        assert session is not None and session.calls is not None
        session.calls.clock = lambda: MORNING
        screen = window.show_screen(TodayScreen)
        assert isinstance(screen, TodayScreen)
        screen.refresh()
        settle()
        row = next(r for r in range(screen.model.rowCount()) if screen.model.call_at(r).candidate.intent is Intent.A)
        screen.table.selectRow(row)
        screen.table.scrollTo(screen.model.index(row, 0))
        settle()
        save(window, language, "today")

        screen.call_log.open()
        settle()
        dialog = screen.call_log.dialog
        assert dialog is not None
        save(dialog, language, "call_log")
        customer = dialog.context.customer.id
        dialog.reject()
        settle()

        if customer not in moved:  # the intent moves A → D → B, once per customer
            for minutes, intent in enumerate((Intent.D, Intent.B)):
                session.log_call(LogCallRequest(customer, CallOutcome.CONNECTED, intent=intent),
                                 MORNING + timedelta(minutes=20 * (minutes + 1)))
            moved.add(customer)
        sheet = ProfileDialog(session, window.runner, customer, language, window)
        sheet.show()
        settle()
        sheet.tabs.setCurrentIndex(sheet.tabs.count() - 1)  # calls and visits
        save(sheet, language, "profile_calls")
        sheet.close()

        settings = SettingsDialog(language, session.settings(), lambda _language: None, window)
        settings.tabs.setCurrentIndex(next(i for i in range(settings.tabs.count())
                                           if settings.groups[i - 1:i] == ["Buying intent"]))
        settings.show()
        save(settings, language, "settings")
        settings.close()
        window.close()
        switcher.apply("en")
        settle()
    return 0


if __name__ == "__main__":
    sys.stdout.flush()
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip tearing down Qt at interpreter exit
