"""Started by bench_book.py in a fresh process: paint the main window (or a bare one) and report.

Prints one JSON line: when the window was painted (seconds since this process started) and its memory.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    mode, book = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    result: dict[str, float] = {}

    def report() -> None:
        result["painted_s"] = time.time() - float(os.environ["PROBE_STARTED"])
        result["rss_mb"] = rss_mb()
        print(json.dumps(result), flush=True)
        app.quit()

    if mode == "bare":
        window = QMainWindow()
        window.show()
        window.repaint()
        QTimer.singleShot(0, report)
    else:
        from pathlib import Path

        from telesales.app import open_session
        from telesales.ui.application import build_window

        window, _switcher = build_window(app, open_session, "zh_CN")
        window.show()

        def painted(_session: object) -> None:
            # the window with its book open and painted; the daily refresh and reminders go on behind it
            app.processEvents()
            window.repaint()
            report()

        window.book_opened.connect(painted)
        window.load_book(Path(book))
    app.exec()


if __name__ == "__main__":
    main()
