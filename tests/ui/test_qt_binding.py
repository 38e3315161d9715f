"""The Qt binding itself: PySide6 6.12.0 dropped a reference to ``True`` on every signal emit, and
Python 3.11 aborts once ``True``'s count reaches zero — a few hundred emits into the app's life.
pyproject.toml pins a release without the bug; this guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)
    text = Signal(str)


def test_emitting_signals_leaves_the_reference_count_of_true_alone(qapp: QApplication) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.plain.emit()
        emitter.carrying.emit(1)
        emitter.text.emit("x")
    assert len(received) == 1000
    assert sys.getrefcount(True) >= before - 10, "each emit leaks a reference to True"
