"""The Linux bundle's size and its start time to a painted window, beside the pip install's start time.

    python bench/bench_bundle.py [--bundle dist/telesales] [--runs 7] [--customers 300] [--build]

Each start is a fresh process (`telesales --book DEMO --lang zh_CN --quit-after-paint`, offscreen), timed from
its launch to the line it prints once the window has painted the open book; medians of --runs starts after one
warm-up (which fills the disk cache and, for the pip install, compiles the translations into the user cache).
Also printed: the first start's welcome from the bundle, and the floor: a bare QMainWindow painted by Python
with PySide6 imported (nothing of telesales). Without a bundle at --bundle (or with --build) it is built first
with packaging/build_linux.sh --no-deb, and the build time is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 2**20


def time_to_line(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Seconds from launch to the first JSON line the process prints (then it quits by itself)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("{"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed, dict(json.loads(line))
    process.wait(timeout=60)
    raise RuntimeError(f"{command[0]} printed nothing (exit {process.returncode})")


def median_start(command: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float], dict[str, object]]:
    _warm, payload = time_to_line(command, env)
    times = [time_to_line(command, env)[0] for _ in range(runs)]
    return statistics.median(times), times, payload


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "telesales")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--build", action="store_true", help="build the bundle first even when one exists")
    args = parser.parse_args()

    program = args.bundle / "telesales"
    if args.build or not program.exists():
        started = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh"), "--no-deb"], check=True,
                       env={**os.environ, "PYTHON": sys.executable})
        print(f"bundle build: {time.perf_counter() - started:.0f} s")
        program = ROOT / "dist" / "telesales" / "telesales"

    scratch = Path(tempfile.mkdtemp(prefix="telesales-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TELESALES_CONFIG_DIR": str(scratch / "config"),
           "TELESALES_DATA_DIR": str(scratch / "data"), "XDG_CACHE_HOME": str(scratch / "cache")}
    book = scratch / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "telesales", "demo", "--book", str(book), "--customers",
                    str(args.customers), "--locale", "zh_CN"], env=env, check=True, stdout=subprocess.DEVNULL)
    gui = ["--book", str(book), "--lang", "zh_CN", "--quit-after-paint"]

    size = folder_mb(program.parent)
    print(f"bundle: {program.parent}  {size:.0f} MB  ({sum(1 for _ in program.parent.rglob('*'))} files)")
    print(f"book: {args.customers} customers; {args.runs} starts each after a warm-up; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    floor, _, _ = median_start([sys.executable, "-c", FLOOR], env, args.runs)
    bundled, bundled_all, payload = median_start([str(program), *gui], env, args.runs)
    assert payload.get("customers") == args.customers, payload
    installed, installed_all, _ = median_start([sys.executable, "-m", "telesales", *gui], env, args.runs)
    welcome, _, shown = median_start([str(program), "--lang", "zh_CN", "--quit-after-paint"],
                                     {**env, "TELESALES_DATA_DIR": str(scratch / "fresh"),
                                      "TELESALES_CONFIG_DIR": str(scratch / "fresh-config")}, args.runs)
    assert shown.get("painted") == "welcome", shown

    def row(name: str, seconds: float, every: list[float] | None = None) -> None:
        spread = f"   (min {min(every):.2f}, max {max(every):.2f})" if every else ""
        print(f"  {name:<52} {seconds:6.2f} s{spread}")

    print("start to a painted window (median):")
    row("floor: bare QMainWindow, python + PySide6", floor)
    row("bundle: dist/telesales/telesales on the demo book", bundled, bundled_all)
    row("pip install: python -m telesales on the demo book", installed, installed_all)
    row("bundle, first start: the welcome", welcome)
    return 0


FLOOR = """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
window.show()
window.repaint()
print(json.dumps({"painted": "bare"}), flush=True)
"""


if __name__ == "__main__":
    raise SystemExit(main())
