"""What the screen-shot scripts share. Imported first: an offscreen Qt with its own config and data folders
(never the rep's), and the project importable; then the options every script takes (--lang, --out)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
scratch = Path(tempfile.mkdtemp(prefix="telesales-shots-"))
os.environ.setdefault("TELESALES_CONFIG_DIR", str(scratch / "config"))  # never the rep's own
os.environ.setdefault("TELESALES_DATA_DIR", str(scratch / "data"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def shot_parser() -> argparse.ArgumentParser:
    """--lang (the languages to render, all three by default) and --out (the folder, shots/ by default)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="+", default=["en", "zh_CN", "zh_TW"])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "shots")
    return parser


TODAY = date(2026, 11, 22)


def demo_session(name: str = "demo.sqlite"):  # type: ignore[no-untyped-def]
    """A fresh 120-customer Simplified Chinese demo book in the scratch folder, as of TODAY."""
    from telesales.app import create_demo_session
    from telesales.demo.generator import DemoRequest

    return create_demo_session(scratch / name, DemoRequest(customers=120, seed=7, locale="zh_CN", today=TODAY))


def settle(app, runner, rounds: int = 8) -> None:  # type: ignore[no-untyped-def]
    """Let the runner's reads and writes finish and their answers reach the screens."""
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def start_app(out: Path):  # type: ignore[no-untyped-def]
    """The Qt application and its language switcher; `out` made ready for the PNG files."""
    from PySide6.QtWidgets import QApplication

    from telesales.i18n.qt import LanguageSwitcher

    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    return app, LanguageSwitcher(app)
