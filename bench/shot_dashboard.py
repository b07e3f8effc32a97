"""Render the Dashboard offscreen to PNG files, to look at: the whole page (every card) and the window as the rep
first sees it (1100 × 720), in each language asked for.

    python bench/shot_dashboard.py --book BOOK [--today 2026-11-22] [--lang en zh_CN zh_TW] [--out shots]
        [--period month|week|quarter] [--compare previous|last_year]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TELESALES_CONFIG_DIR", tempfile.mkdtemp(prefix="telesales-shots-"))  # not the rep's own
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, required=True)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--lang", nargs="+", default=["en", "zh_CN", "zh_TW"])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "shots")
    parser.add_argument("--period", default="month")
    parser.add_argument("--compare", default="previous")
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QScrollArea

    from telesales.app import open_session
    from telesales.domain.periods import Compare, PeriodKind
    from telesales.i18n.qt import LanguageSwitcher
    from telesales.ui.application import build_window
    from telesales.ui.screens.dashboard import PARTS, DashboardScreen

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    args.out.mkdir(parents=True, exist_ok=True)
    session = open_session(args.book)
    if args.today is not None and session.statistics is not None:
        today = args.today
        session.statistics.clock = lambda zone: datetime.combine(today, time(18, 0), tzinfo=zone)

    def settle(screen: DashboardScreen) -> None:
        for _ in range(200):
            screen.runner.wait()
            app.processEvents()
            if all(part in screen.parts for part in PARTS):
                break
        app.processEvents()

    switcher = LanguageSwitcher(app)
    for language in args.lang:
        switcher.apply(language)
        window, _ = build_window(app, lambda path, create: session, language)
        window.resize(args.width, 720)
        window.show()
        window._book_ready(session)  # noqa: SLF001 - the session is already open
        screen = window.show_screen(DashboardScreen)
        assert isinstance(screen, DashboardScreen)
        screen.set_period(PeriodKind(args.period), None, Compare(args.compare))
        settle(screen)
        name = f"dashboard_{args.period}_{args.compare}_{language}"
        window.grab().save(str(args.out / f"{name}_window.png"))
        scroll = screen.findChild(QScrollArea)
        assert scroll is not None
        page = scroll.widget()
        page.resize(page.width(), page.sizeHint().height())
        app.processEvents()
        page.grab().save(str(args.out / f"{name}_page.png"))
        if screen.behind is not None:
            screen._clicked(screen.sales_card, screen.sales_card.chart.key)  # noqa: SLF001
            settle(screen)
            screen.runner.wait()
            app.processEvents()
            screen.behind.grab().save(str(args.out / f"{name}_behind.png"))
            screen.behind.close()
        window.session = None  # the session outlives the window; closed once at the end
        window.close()
        print(args.out / f"{name}_page.png")
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
