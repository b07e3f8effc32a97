"""Render the welcome's pages offscreen to PNG files, to look at, in each language asked for:

    python bench/shot_welcome.py [--lang en zh_CN zh_TW] [--out shots]

Files: welcome_<lang>_<n>_<page>.png (1 language and region, 2 the book, 3 import with two files chosen),
and welcome_<lang>_menu.png (Help menu with Show welcome).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
scratch = Path(tempfile.mkdtemp(prefix="telesales-shots-"))
os.environ.setdefault("TELESALES_CONFIG_DIR", str(scratch / "config"))  # never the rep's own
os.environ.setdefault("TELESALES_DATA_DIR", str(scratch / "data"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="+", default=["en", "zh_CN", "zh_TW"])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "shots")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from telesales.i18n.qt import LanguageSwitcher
    from telesales.preferences import default_book_path, demo_book_path
    from telesales.ui.welcome import IMPORT_PAGE, WelcomeWizard

    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    args.out.mkdir(parents=True, exist_ok=True)
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
