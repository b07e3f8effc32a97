"""The rep's own preferences, kept beside (not inside) any book: language, recently opened books, whether the
welcome was seen.

A small JSON file in the platform's config folder; `TELESALES_CONFIG_DIR` moves it (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

APP = "telesales"
MAX_RECENT = 8


def config_dir() -> Path:
    return Path(os.environ.get("TELESALES_CONFIG_DIR") or platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    return Path(os.environ.get("TELESALES_DATA_DIR") or platformdirs.user_data_dir(APP))


def default_book_path() -> Path:
    return data_dir() / "book.sqlite"


def demo_book_path() -> Path:
    """Where the welcome puts the demo book: beside the rep's own book, never in it."""
    return data_dir() / "demo.sqlite"


@dataclass(frozen=True)
class Preferences:
    language: str | None = None  # None: follow the system locale
    recent_books: tuple[str, ...] = field(default_factory=tuple)
    welcomed: bool = False  # the first-run welcome was gone through (it shows again only when asked)

    def with_recent(self, path: Path) -> Preferences:
        entry = str(path)
        recent = (entry, *(p for p in self.recent_books if p != entry))[:MAX_RECENT]
        return replace(self, recent_books=recent)


def load_preferences() -> Preferences:
    try:
        raw = json.loads((config_dir() / "preferences.json").read_text(encoding="utf-8"))
        return Preferences(language=raw.get("language"), recent_books=tuple(raw.get("recent_books", ())),
                           welcomed=raw.get("welcomed") is True)
    except (OSError, ValueError, AttributeError, TypeError):
        return Preferences()  # missing or hand-damaged: start from defaults, never fail to start


def save_preferences(preferences: Preferences) -> None:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "preferences.json"
    if not preferences.welcomed and load_preferences().welcomed:
        preferences = replace(preferences, welcomed=True)  # a copy read before the welcome never undoes it
    scratch = target.with_suffix(".tmp")
    scratch.write_text(json.dumps({"language": preferences.language,
                                   "recent_books": list(preferences.recent_books),
                                   "welcomed": preferences.welcomed}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
    os.replace(scratch, target)
