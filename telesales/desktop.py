"""Linux desktop integration: the app's menu entry (a freedesktop .desktop file) and its icons in the XDG places,
so telesales appears in the system menu. Plain Python: no Qt, no book.

packaging/linux/telesales.desktop is `desktop_entry("telesales")` (a test keeps them equal); `install` writes the
entry with the command that started this program (the bundle's executable, the pip-installed script, or
`python -m telesales`), so a menu click starts this same install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from telesales.resources import resource

APP_ID = "telesales"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_NAMES = {
    "GenericName": ("Phone sales assistant", "电话销售助手", "電話銷售助理"),
    "Comment": ("Today's calls, customers, visits and reminders for a phone sales rep",
                "电话销售的每日通话、客户、拜访和提醒", "電話銷售的每日通話、客戶、拜訪與提醒"),
    "Keywords": ("sales;calls;customers;CRM;visits;reminders;", "销售;电话;客户;拜访;提醒;",
                 "銷售;電話;客戶;拜訪;提醒;"),
}


def _quote(argument: str) -> str:
    """One argument of an Exec line (freedesktop's quoting rules, then the escaping of string values)."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    if argument and not reserved.intersection(argument):
        quoted = argument
    else:
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        quoted = f'"{inner}"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: Sequence[str] | str) -> str:
    """The .desktop file that starts `command` (a program and its arguments)."""
    words = [command] if isinstance(command, str) else list(command)
    exec_line = " ".join(_quote(word) for word in words)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=telesales",
    ]
    for key, (english, simplified, traditional) in _NAMES.items():
        lines += [f"{key}={english}", f"{key}[zh_CN]={simplified}", f"{key}[zh_TW]={traditional}",
                  f"{key}[zh_HK]={traditional}"]
    lines += [
        f"Exec={exec_line}",
        f"TryExec={words[0]}" if len(words) == 1 else "",  # a menu hides the entry when the program is gone
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;ContactManagement;",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
    ]
    return "\n".join(line for line in lines if line) + "\n"


def launch_command() -> list[str]:
    """How this very program is started again: the bundle's executable, the `telesales` script, or the module."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name == APP_ID and started.exists():
        return [str(started.resolve())]
    script = shutil.which(APP_ID)
    if script is not None and Path(script).resolve().parent == Path(sys.executable).resolve().parent:
        return [str(Path(script).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", APP_ID]


def data_home(prefix: Path | None = None) -> Path:
    """Where menu entries and icons go: $XDG_DATA_HOME (~/.local/share), or PREFIX/share for all users."""
    if prefix is not None:
        return prefix / "share"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


@dataclass
class Installed:
    desktop_file: Path
    icons: list[Path] = field(default_factory=list)
    command: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # the menu and icon caches told about it

    def as_json(self) -> dict[str, object]:
        return {"desktop_file": str(self.desktop_file), "icons": [str(path) for path in self.icons],
                "exec": self.command, "refreshed": self.refreshed}


def _places(share: Path) -> tuple[Path, list[tuple[Path, Path]]]:
    icons = share / "icons" / "hicolor"
    pairs = [(resource("icons", f"{APP_ID}_{size}.png"), icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
             for size in ICON_SIZES]
    pairs.append((resource("icons", f"{APP_ID}.svg"), icons / "scalable" / "apps" / f"{APP_ID}.svg"))
    return share / "applications" / f"{APP_ID}.desktop", pairs


def install(prefix: Path | None = None, command: Sequence[str] | None = None) -> Installed:
    """Write the menu entry and copy the icons; the desktop's caches are refreshed when their tools exist."""
    share = data_home(prefix)
    desktop_file, icons = _places(share)
    words = list(command) if command is not None else launch_command()
    result = Installed(desktop_file, command=words)
    for source, target in icons:
        if source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            result.icons.append(target)
    desktop_file.parent.mkdir(parents=True, exist_ok=True)
    scratch = desktop_file.with_suffix(".tmp")
    scratch.write_text(desktop_entry(words), encoding="utf-8")
    scratch.chmod(0o755)
    os.replace(scratch, desktop_file)
    result.refreshed = _refresh(share)
    return result


def uninstall(prefix: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; the removed files."""
    share = data_home(prefix)
    desktop_file, icons = _places(share)
    removed = []
    for path in [desktop_file, *(target for _source, target in icons)]:
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(share)
    return removed


def _refresh(share: Path) -> list[str]:
    done = []
    for tool, argument in (("update-desktop-database", share / "applications"),
                           ("gtk-update-icon-cache", share / "icons" / "hicolor")):
        program = shutil.which(tool)
        if program is None or not argument.exists():
            continue
        extra = ["-f", "-t", "-q"] if tool == "gtk-update-icon-cache" else ["-q"]
        try:
            subprocess.run([program, *extra, str(argument)], check=False, timeout=30,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            done.append(tool)
        except (OSError, subprocess.SubprocessError):
            pass  # a cache not refreshed is refreshed at the next login
    return done
