"""One window per book: a second start of the app on a book that is already open hands over to the first (which
comes to the front) and quits, instead of opening the book twice.

The first instance listens on a local socket named after the book's path and the user (QLocalServer, which is a
named pipe on Windows and a socket file on Linux and macOS, readable by this user only). It follows the book:
opening another book from the File menu moves the listener to that book's name.

Two programs may still write the same book — the app and the command line — and SQLite keeps that safe.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from telesales.services.book_session import BookSession

HELLO = b"show\n"


def server_name(book: Path) -> str:
    """The local socket's name for a book: the same for every spelling of its path, different per user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{Path(book).expanduser().resolve()}".encode()
    return "telesales-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(book: Path, timeout_ms: int = 1000) -> bool:
    """Ask the instance that has `book` open to come to the front; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(book))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(HELLO)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def _answers(name: str, timeout_ms: int = 300) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    answered = socket.waitForConnected(timeout_ms)
    socket.abort()
    return answered


class InstanceGuard(QObject):
    """Listens for later starts of the app on the window's book and brings the window to the front."""

    asked_to_show = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.book: Path | None = None

    def claim(self, book: Path) -> bool:
        """Listen for `book` (leaving the book listened for before); False when another instance has it."""
        name = server_name(book)
        if self.server.isListening() and self.server.serverName() == name:
            return True
        self.server.close()
        self.book = book
        if self.server.listen(name):
            return True
        if _answers(name):
            return False  # another instance has this book open
        QLocalServer.removeServer(name)  # a socket file left by an instance that crashed
        return self.server.listen(name)

    def follow(self, session: BookSession) -> None:
        self.claim(session.path)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if HELLO.strip() in bytes(socket.readAll().data()):
            self.show_window()

    def show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no window stack to raise in
            window.raise_()
            window.activateWindow()
        self.asked_to_show.emit()
