"""The Linux menu entry: the committed .desktop file is the one the app writes, and installing puts the entry and
every icon size in the XDG places (then uninstalling takes them away)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from telesales.desktop import ICON_SIZES, desktop_entry, install, launch_command, uninstall

ROOT = Path(__file__).resolve().parents[1]


def test_the_packaged_entry_is_the_one_the_app_writes() -> None:
    assert (ROOT / "packaging" / "linux" / "telesales.desktop").read_text(encoding="utf-8") == desktop_entry("telesales")


def test_the_entry_reads_as_a_menu_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(desktop_entry(["/opt/my apps/python3", "-m", "telesales"]))
    fields = entry["Desktop Entry"]
    assert fields["Type"] == "Application" and fields["Icon"] == "telesales"
    assert fields["Exec"] == '"/opt/my apps/python3" -m telesales'  # a path with a space is quoted
    assert fields["GenericName[zh_CN]"] == "电话销售助手" and fields["GenericName[zh_TW]"] == "電話銷售助理"
    assert "Office" in fields["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_packaged_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(ROOT / "packaging" / "linux" / "telesales.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_install_then_uninstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    installed = install()
    entry = tmp_path / "share" / "applications" / "telesales.desktop"
    assert installed.desktop_file == entry
    assert f"Exec={' '.join(launch_command())}" in entry.read_text(encoding="utf-8")
    icons = tmp_path / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / "telesales.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "scalable" / "apps" / "telesales.svg").exists()
    assert len(installed.icons) == len(ICON_SIZES) + 1
    removed = uninstall()
    assert entry in removed and not entry.exists()
    assert not (icons / "48x48" / "apps" / "telesales.png").exists()


def test_system_wide_under_a_prefix(tmp_path: Path) -> None:
    installed = install(tmp_path / "usr", command=["/opt/telesales/telesales"])
    assert installed.desktop_file == tmp_path / "usr" / "share" / "applications" / "telesales.desktop"
    assert "Exec=/opt/telesales/telesales\n" in installed.desktop_file.read_text(encoding="utf-8")
