"""Three languages: the right one chosen, every string translated with the same placeholders, Chinese faces."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from telesales.i18n.choice import choose_language, normalize
from telesales.i18n.qt import CJK_FAMILIES, compiled_translation, font_for, translation_source


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["zh_TW"], "zh_TW"), (["zh_HK.UTF-8"], "zh_TW"), (["zh-Hant"], "zh_TW"), (["zh-Hant-HK"], "zh_TW"),
        (["zh_MO"], "zh_TW"), (["zh"], "zh_CN"), (["zh-Hans"], "zh_CN"), (["zh_SG"], "zh_CN"),
        (["zh_CN.GB18030"], "zh_CN"), (["en_GB"], "en"), (["fr_FR", "zh_TW"], "zh_TW"), (["fr_FR"], "en"),
        ([], "en"), ([""], "en"),
    ],
)
def test_the_system_language_maps_to_ours(names: list[str], expected: str) -> None:
    assert choose_language(names) == expected


def test_traditional_never_falls_back_to_simplified() -> None:
    for name in ("zh_TW", "zh_HK", "zh-Hant-TW", "zh_Hant_MO"):
        assert normalize(name) == "zh_TW"


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    tree = ET.parse(translation_source(language))
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        assert translation.get("type") != "unfinished", source
        assert translation.text, source
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), source
        if "&" in source.replace("&amp;", "&"):
            assert "&" in translation.text, f"keyboard mnemonic lost: {source}"


def test_traditional_translations_are_not_simplified() -> None:
    simplified = {m.findtext("source"): m.findtext("translation") for m in
                  ET.parse(translation_source("zh_CN")).iter("message")}
    traditional = {m.findtext("source"): m.findtext("translation") for m in
                   ET.parse(translation_source("zh_TW")).iter("message")}
    assert traditional["Customers"] == "客戶" and simplified["Customers"] == "客户"
    assert sum(traditional[key] != simplified[key] for key in simplified) > len(simplified) // 2


@pytest.mark.parametrize(("language", "word"), [("zh_CN", "概览"), ("zh_TW", "概覽")])
def test_translations_compile_and_load(qapp: QApplication, language: str, word: str) -> None:
    qm = compiled_translation(language)
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("OverviewScreen", "Overview") == word


def test_chinese_is_drawn_with_a_face_for_its_script(qapp: QApplication) -> None:
    available = set(QFontDatabase.families())
    base = QFont("DejaVu Sans")
    for language in ("zh_CN", "zh_TW"):
        installed = [family for family in CJK_FAMILIES[language] if family in available]
        assert installed, f"no {language} face installed (fonts-noto-cjk)"
        assert font_for(language, base).families()[0] == installed[0]
    assert font_for("en", base).families()[0] == "DejaVu Sans"
