"""The one way a screen runs slow work: off the GUI thread, with the result delivered back on it.

Reads run on a small pool; writes to the book go through a pool of one thread, so there is one writer at a
time and writes land in the order they were asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry a job's outcome back there."""

    succeeded = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception

    def __init__(self) -> None:
        super().__init__()
        self.stopped = False  # the window closed: outcomes still queued reach no screen (they may be gone)
        self.succeeded.connect(self._deliver)
        self.failed.connect(self._deliver)

    def _deliver(self, callback: Callable[[Any], None], outcome: Any) -> None:
        owner = getattr(callback, "__self__", None)
        if self.stopped or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
            return
        callback(outcome)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, work: Callable[[], Any], done: Callable[[Any], None],
                 error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._relay, self._work, self._done, self._error = relay, work, done, error

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the screen, which tells the rep
            self._relay.failed.emit(self._error, exc)
        else:
            self._relay.succeeded.emit(self._done, result)


class Runner:
    def __init__(self, readers: int = 2) -> None:
        self._relay = _Relay()
        self._reads = QThreadPool()
        self._reads.setMaxThreadCount(readers)
        self._writes = QThreadPool()
        self._writes.setMaxThreadCount(1)

    def read(self, work: Callable[[], Any], done: Callable[[Any], None],
             error: Callable[[BaseException], None]) -> None:
        self._reads.start(_Job(self._relay, work, done, error))

    def write(self, work: Callable[[], Any], done: Callable[[Any], None],
              error: Callable[[BaseException], None]) -> None:
        self._writes.start(_Job(self._relay, work, done, error))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (closing the window, tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    def stop(self) -> None:
        """After the last wait on closing: outcomes still on their way are dropped, not handed to closed screens."""
        self._relay.stopped = True
