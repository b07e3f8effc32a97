"""Render the welcome's pages offscreen to PNG files, to look at, in each language asked for:

    python bench/shot_welcome.py [--lang en zh_CN zh_TW] [--out shots]

Files: welcome_<lang>_<n>_<page>.png (1 language and region, 2 the book, 3 import with two files chosen),
and welcome_<lang>_menu.png (Help menu with Show welcome).
"""

from __future__ import annotations

from pathlib import Path

from shot_kit import shot_parser, start_app  # first: an offscreen app with folders of its own


def main() -> int:
    parser = shot_parser()
    args = parser.parse_args()


    from telesales.preferences import default_book_path, demo_book_path
    from telesales.ui.welcome import IMPORT_PAGE, WelcomeWizard

    app, switcher = start_app(args.out)
    for language in args.lang:
        switcher.apply(language)
        wizard = WelcomeWizard(language, switcher.apply, default_book_path(), demo_book_path(), own_exists=False)
        wizard.show()
        pages = [("language", None), ("book", None), ("import", None)]
        for number, (name, _none) in enumerate(pages, start=1):
            if name == "book":
                wizard.next()
            if name == "import":
                wizard.book_page.own_button.setChecked(True)
                wizard.next()
                assert wizard.currentId() == IMPORT_PAGE
                wizard.import_page.set_paths([Path("客户名单 2026.xlsx"), Path("contacts.vcf")])
            app.processEvents()
            target = args.out / f"welcome_{language}_{number}_{name}.png"
            wizard.grab().save(str(target))
            print(target)
        wizard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
