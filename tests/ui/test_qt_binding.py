"""The Qt binding keeps Python's reference counts: a long session must not abort ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class _Emitter(QObject):
    changed = Signal(object)


def test_calls_and_signals_keep_the_counts_of_none_and_true(qapp: QApplication) -> None:
    label, emitter = QLabel(), _Emitter()
    emitter.changed.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(3000):  # PySide6 6.12.0 on Python 3.11 lost one reference per call and per emit
        label.setText("x")
        label.setEnabled(True)
        emitter.changed.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
