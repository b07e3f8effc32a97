"""Putting a language in place in Qt: compiled translations, the locale for dates and money, a Chinese face."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from telesales.resources import resource

QT_LOCALES = {"en": "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}
# Qt would pick the Japanese Noto CJK face for Chinese: name the face for the script, per platform
CJK_FAMILIES = {
    "zh_CN": ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Source Han Sans SC"],
    "zh_TW": ["Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", "Source Han Sans TC", "Noto Sans CJK HK"],
}


def translation_source(language: str) -> Path:
    return resource("translations", f"telesales_{language}.ts")


def _lrelease() -> str | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str) -> Path | None:
    """The .qm for `language`, compiled from its .ts source when missing or out of date (cached by content)."""
    source = translation_source(language)
    shipped = source.with_suffix(".qm")
    if not source.exists():
        return shipped if shipped.exists() else None  # an installed bundle ships only .qm
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:12]
    cache = Path(platformdirs.user_cache_dir("telesales")) / "translations"
    target = cache / f"telesales_{language}.{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return shipped if shipped.exists() else None
    cache.mkdir(parents=True, exist_ok=True)
    scratch = target.with_suffix(".tmp.qm")
    subprocess.run([tool, "-silent", str(source), "-qm", str(scratch)], check=True,
                   creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0)
    scratch.replace(target)
    return target


class LanguageSwitcher:
    """Installs and swaps the app's translators; Qt then sends every widget a LanguageChange event."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self._base_font = QFont(app.font())
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        if language != "en":
            qm = compiled_translation(language)
            if qm is not None:
                self._install(str(qm))
            qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(f"{qt_own}/qtbase_{language}.qm")
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self._app.setFont(font_for(language, self._base_font))
        self.language = language

    def _install(self, path: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            self._translators.append(translator)


def font_for(language: str, base: QFont) -> QFont:
    """The app font with the right Chinese face behind the Latin one (Simplified unless the rep reads Traditional)."""
    available = set(QFontDatabase.families())
    cjk = next((family for family in CJK_FAMILIES["zh_TW" if language == "zh_TW" else "zh_CN"]
                if family in available), None)
    font = QFont(base)
    families = [base.family()]
    if cjk:
        families = [cjk, *families] if language != "en" else [*families, cjk]
    font.setFamilies(families)
    return font
