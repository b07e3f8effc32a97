"""Pictures of closing the day, to look at: the wizard's pages (English and Chinese), the next day's plan as PDF
pages (turned into PNG with poppler's pdftoppm) and the print preview. Offscreen; nothing is asserted.

    python bench/shot_close_day.py [--out /tmp/close-day-shots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "close-day-shots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["shots"])

    from telesales.app import create_demo_session
    from telesales.demo.generator import DemoRequest
    from telesales.exports.day_pdf import pdf_bytes
    from telesales.i18n.qt import LanguageSwitcher
    from telesales.ui.close_day_wizard import CloseDayWizard
    from telesales.ui.day_plan_words import day_document
    from telesales.ui.day_tools import plan_preview
    from telesales.ui.workers import Runner
    from tests.closing_book import DAY, NEXT, SHANGHAI, closing_book

    work = Path(tempfile.mkdtemp())
    template = work / "demo.sqlite"
    create_demo_session(template, DemoRequest(customers=120, seed=7, locale="zh_CN", today=DAY)).close()
    switcher = LanguageSwitcher(app)
    for language in ("en", "zh_CN", "zh_TW"):
        path = work / f"{language}.sqlite"
        shutil.copyfile(template, path)
        session = closing_book(path)
        session.save_settings({"visits.start_address": "浙江省杭州市西湖区文三路90号"})
        for customer in (1, 6, 8):
            session.plan_visit(customer, NEXT, purpose="送合同")
        session.plan_visit(10, NEXT, at=datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI), purpose="签约")
        switcher.apply(language)
        runner = Runner()
        wizard = CloseDayWizard(runner, session, lambda language=language: language, DAY)
        wizard.show()

        def settle(runner: Runner = runner) -> None:
            for _ in range(6):
                runner.wait()
                app.processEvents()

        settle()
        for number in range(5):
            wizard.grab().save(str(out / f"wizard_{language}_{number + 1}.png"))
            if number < 4:
                wizard.next()
                settle()
        wizard.close()
        plan = session.field_plans.plan(NEXT)  # type: ignore[union-attr]
        document = day_document(plan, language)
        pdf = out / f"plan_{language}.pdf"
        pdf.write_bytes(pdf_bytes(document))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "4", "-png", str(pdf),
                            str(out / f"plan_{language}")], check=True)
        try:
            preview = plan_preview(plan, language)
            preview.show()
            app.processEvents()
            preview.grab().save(str(out / f"preview_{language}.png"))
            preview.close()
        finally:
            session.close()
    switcher.apply("en")
    print(f"pictures in {out}")


if __name__ == "__main__":
    main()
