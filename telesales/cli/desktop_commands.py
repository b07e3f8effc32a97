"""install-desktop: put telesales in the system menu on Linux (the .desktop entry and the icons, XDG places)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from telesales.cli.words import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    install = subparsers.add_parser(
        "install-desktop", help=QT_TRANSLATE_NOOP("CLI", "add telesales to the system menu (Linux): menu entry and icons"))
    install.add_argument("--prefix", type=Path, default=None, help=QT_TRANSLATE_NOOP(
        "CLI", "install for every user under PREFIX/share (e.g. /usr/local) instead of your own ~/.local/share"))
    install.add_argument("--uninstall", action="store_true",
                         help=QT_TRANSLATE_NOOP("CLI", "remove the menu entry and icons again"))
    install.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    install.set_defaults(handler=run_install_desktop)


def run_install_desktop(args: argparse.Namespace) -> int:
    from telesales import desktop
    from telesales.cli import emit
    from telesales.domain.errors import UserError

    if sys.platform != "linux" and not sys.platform.startswith("freebsd"):
        raise UserError("install-desktop is for Linux desktops; the Windows and macOS installers add the menu entry")
    try:
        if args.uninstall:
            removed = desktop.uninstall(args.prefix)
            emit(args, {"removed": [str(path) for path in removed]},
                 lambda: "\n".join(f"removed {path}" for path in removed) or "nothing to remove")
            return 0
        installed = desktop.install(args.prefix)
    except PermissionError as error:
        raise UserError(f"cannot write {error.filename}: permission denied") from error
    except OSError as error:  # a file where a folder should be, a full disk
        raise UserError(f"cannot write {error.filename}: {error.strerror}") from error
    emit(args, installed.as_json(), lambda: "\n".join(
        [f"menu entry: {installed.desktop_file}", f"starts: {' '.join(installed.command)}",
         f"icons: {len(installed.icons)} in {installed.desktop_file.parent.parent / 'icons' / 'hicolor'}"]))
    return 0
