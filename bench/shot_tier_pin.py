"""Render the profile sheet's tier page, the pin and unpin dialogs and the pyramid list's context menu offscreen
to PNG files, to look at, in each language asked for:

    python bench/shot_tier_pin.py [--lang en zh_CN zh_TW] [--out shots]

A fresh 120-customer demo book; customer 3 (computed small) is pinned to big with a reason, so the page shows a
pin, the computed tier and a history of three changes. Files: tier_<lang>_page.png, tier_<lang>_pin.png (the pin
dialog, after pressing Pin with no reason), tier_<lang>_unpin.png, tier_<lang>_menu.png.
"""

from __future__ import annotations

from datetime import date

from shot_kit import (  # first: an offscreen app with folders of its own
    TODAY,
    demo_session,
    shot_parser,
    start_app,
)
from shot_kit import settle as settle_shots

CUSTOMER = 3


def main() -> int:
    parser = shot_parser()
    args = parser.parse_args()

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from telesales.domain.model import Tier
    from telesales.ui.screens.profile import ProfileDialog
    from telesales.ui.screens.pyramid import PyramidScreen
    from telesales.ui.workers import Runner

    app, switcher = start_app(args.out)
    session = demo_session()
    assert session.value is not None
    session.value.pin(CUSTOMER, Tier.MEDIUM, "季节性大单", date(2026, 10, 2))
    session.value.pin(CUSTOMER, Tier.BIG, "集团采购入口，按大客户维护；明年续签框架协议", TODAY)
    runner = Runner()

    def settle() -> None:
        settle_shots(app, runner)

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        target = args.out / f"tier_{language}_{name}.png"
        widget.grab().save(str(target))
        print(target)

    for language in args.lang:
        switcher.apply(language)
        sheet = ProfileDialog(session, runner, CUSTOMER, language)
        sheet.today = lambda: TODAY
        sheet.show()
        settle()
        sheet.tabs.setCurrentWidget(sheet.tier_panel)
        save(sheet, "page")

        pin = sheet.tier_panel.open_pin()
        assert pin is not None
        pin.reason.setText("")  # type: ignore[attr-defined]
        pin.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
        save(pin, "pin")
        pin.reject()
        unpin = sheet.tier_panel.open_unpin()
        assert unpin is not None
        save(unpin, "unpin")
        unpin.reject()
        sheet.close()

        screen = PyramidScreen(runner, lambda: TODAY)
        screen.resize(1000, 760)
        screen.set_session(session)
        screen.show()
        settle()
        screen.show_tier(Tier.BIG)
        settle()
        row = next(r for r in range(screen.members.rowCount()) if screen.members.row_at(r).customer_id == CUSTOMER)
        menu = screen.member_menu(row)
        at = screen.members_table.visualRect(screen.members.index(row, 0)).center()
        menu.popup(screen.members_table.viewport().mapToGlobal(at))
        app.processEvents()
        shot = screen.grab()
        menu_shot = menu.grab()
        from PySide6.QtGui import QPainter

        painter = QPainter(shot)
        painter.drawPixmap(screen.mapFromGlobal(menu.pos()) if menu.pos() != QPoint() else at, menu_shot)
        painter.end()
        target = args.out / f"tier_{language}_menu.png"
        shot.save(str(target))
        print(target)
        menu.close()
        screen.close()
    runner.wait()
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
