"""The Linux bundle: built with PyInstaller from packaging/telesales.spec, then started as a rep would start it.

It makes a demo book and reads it with `telesales info --json`, places an address (cpca's divisions inside),
lists the festivals (holidays, borax), starts the GUI offscreen on the demo book and on a first start (the
welcome), each until its first paint, and prints the bundle's size and build time.

Building takes about 3 minutes here, so the test runs in CI (CI=true) and when TELESALES_TEST_BUNDLE=1; with
TELESALES_BUNDLE=DIR it checks an existing bundle instead of building one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("TELESALES_TEST_BUNDLE")
                            or os.environ.get("TELESALES_BUNDLE")) or not sys.platform.startswith("linux"),
                       reason="builds the Linux bundle (~3 min): runs in CI, or with TELESALES_TEST_BUNDLE=1"),
]


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 2**20


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float | None]:
    existing = os.environ.get("TELESALES_BUNDLE")
    if existing:
        return Path(existing), None
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh"), "--no-deb", "--out", str(out)],
                            env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True,
                            timeout=1800, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return out / "dist" / "telesales", time.monotonic() - started


def run(program: Path, *arguments: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TELESALES_CONFIG_DIR": str(home / "config"),
           "TELESALES_DATA_DIR": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"), "HOME": str(home)}
    result = subprocess.run([str(program), *arguments], env=env, capture_output=True, text=True, timeout=timeout,
                            check=False)
    assert result.returncode == 0, f"{arguments}: {result.stdout[-2000:]}{result.stderr[-4000:]}"
    return result


def painted(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout + result.stderr
    return dict(json.loads(lines[-1]))


def test_the_bundle_starts_and_reads_a_book(bundle: tuple[Path, float | None], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder, build_seconds = bundle
    program = folder / "telesales"
    size = folder_mb(folder)
    with capsys.disabled():
        built = f", built in {build_seconds:.0f} s" if build_seconds is not None else ""
        print(f"\nLinux bundle: {folder} — {size:.0f} MB{built}")
    assert size < LIMIT_MB
    inside = folder / "_internal"
    assert (inside / "resources" / "translations" / "telesales_zh_TW.qm").exists()
    assert not list((inside / "resources" / "translations").glob("*.ts"))  # compiled at build time, not at start
    assert (inside / "cpca" / "resources" / "adcodes.csv").exists()
    assert (inside / "resources" / "icons" / "telesales_256.png").exists()
    assert not (inside / "pandas").exists() and not (inside / "numpy").exists()
    qt_translations = {path.name for path in inside.rglob("qt*_*.qm")}
    assert {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"} <= qt_translations  # Qt's own dialogs in Chinese
    assert "qtbase_de.qm" not in qt_translations  # and only the app's languages

    home = tmp_path / "home"
    book = tmp_path / "demo.sqlite"
    run(program, "demo", "--book", str(book), "--customers", "40", "--locale", "zh_TW", "--json", home=home)
    info = json.loads(run(program, "info", "--book", str(book), "--json", home=home).stdout)
    assert info["counts"]["customers"] == 40 and info["schema_revision"]
    area = json.loads(run(program, "area", "广东省深圳市南山区科技园科苑路15号", "--json", home=home).stdout)
    assert (area["province"], area["city"], area["district"]) == ("广东省", "深圳市", "南山区")
    festivals = json.loads(run(program, "greetings", "--year", "2026", "--region", "TW", "--json", home=home).stdout)
    assert "2026-02-17" in {festival["date"] for festival in festivals["festivals"]}  # the lunar new year

    window = painted(run(program, "--book", str(book), "--lang", "zh_TW", "--quit-after-paint", home=home))
    assert window["painted"] == "window" and window["book"] == str(book) and window["customers"] == 40
    assert window["title"] == "demo.sqlite — telesales"

    fresh = tmp_path / "fresh"
    welcome = painted(run(program, "--lang", "zh_CN", "--quit-after-paint", home=fresh))
    assert welcome["painted"] == "welcome" and welcome["title"] == "欢迎使用 telesales"
