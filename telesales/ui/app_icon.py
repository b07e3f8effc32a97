"""The app's icon (resources/icons, drawn in telesales.svg and rendered to PNG by packaging/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from telesales.resources import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size of the icon, so each place (title bar, task bar, switcher) gets a sharp one."""
    icon = QIcon()
    for size in SIZES:
        path = resource("icons", f"telesales_{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon
