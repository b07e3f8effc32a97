"""Render the customer list (filtered by a tag, with the tag filter open) and the profile sheet's company page
offscreen to PNG files, to look at, in each language asked for:

    python bench/shot_customers.py [--lang en zh_CN zh_TW] [--out shots]

A fresh 120-customer demo book (zh_CN); customer 3 gets three tags. Files: customers_<lang>_list.png (the list
filtered by the most used tag), customers_<lang>_tags.png (the tag filter's choices),
customers_<lang>_profile.png (the profile sheet, a too-long tag refused at its field),
customers_<lang>_menu.png (the context menu on two selected customers).
"""

from __future__ import annotations

from shot_kit import demo_session, shot_parser, start_app  # first: an offscreen app with folders of its own
from shot_kit import settle as settle_shots

CUSTOMER = 3


def main() -> int:
    parser = shot_parser()
    args = parser.parse_args()

    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    from telesales.ui.screens.customers import CustomersScreen
    from telesales.ui.screens.profile import ProfileDialog
    from telesales.ui.widgets.field_editors import problem_text
    from telesales.ui.workers import Runner

    app, switcher = start_app(args.out)
    session = demo_session()
    assert session.profiles is not None
    session.profiles.retag([CUSTOMER], add=("VIP", "展会客户", "2026 春季展"))
    runner = Runner()

    def settle() -> None:
        settle_shots(app, runner)

    def save(widget: QWidget, name: str, popup: QWidget | None = None) -> None:
        """The widget as shown, with a popup (a menu, a combo's list) painted over it where it opened."""
        app.processEvents()
        target = args.out / f"customers_{language}_{name}.png"
        shot = widget.grab()
        if popup is not None:
            painter = QPainter(shot)
            painter.drawPixmap(widget.mapFromGlobal(popup.pos()), popup.grab())
            painter.end()
        shot.save(str(target))
        print(target)

    for language in args.lang:
        switcher.apply(language)
        screen = CustomersScreen(runner)
        screen.resize(1280, 640)
        screen.set_session(session)
        screen.show_info(session.info())
        screen.show()
        settle()
        screen.tag_filter.setCurrentIndex(1)
        settle()
        save(screen, "list")
        screen.tag_filter.showPopup()
        save(screen, "tags", screen.tag_filter.view().window())
        screen.tag_filter.hidePopup()
        screen.table.selectRow(0)
        screen.table.selectionModel().select(screen.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                             | QItemSelectionModel.SelectionFlag.Rows)
        at = screen.table.visualRect(screen.model.index(1, 0)).center()
        menu = screen.context_menu(at)
        assert menu is not None
        menu.popup(screen.table.viewport().mapToGlobal(at))
        save(screen, "menu", menu)
        menu.close()
        screen.close()

        sheet = ProfileDialog(session, runner, CUSTOMER, language)
        sheet.show()
        settle()
        sheet.errors["tags"].show_problem(problem_text("tag_too_long"))
        save(sheet, "profile")
        sheet.close()
    runner.wait()
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
