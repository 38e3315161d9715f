"""How a person talks to the assistant: the big push-to-talk button, hands-free, mute, stop, the
mic level, and a text box for typing instead.

The talk button works both ways: *hold* it while speaking (released → the turn is sent), or
*click* it once to start and once more to send. Space does the same when the button has focus.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.ui.level_meter import level_percent

HOLD_S = 0.35
"""A press held longer than this is hold-to-talk; a shorter one is a click that toggles."""


class TalkControls(QWidget):
    talkStarted = Signal()
    talkEnded = Signal()
    handsFreeToggled = Signal(bool)
    muteToggled = Signal(bool)
    stopRequested = Signal()
    textSubmitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._talking = False
        self._pressed_at = 0.0
        self._was_talking = False

        self.talk_button = QPushButton(self.tr("Talk"))
        self.talk_button.setObjectName("pushToTalkButton")
        self.talk_button.setAccessibleName(self.tr("Push to talk"))
        self.talk_button.setAccessibleDescription(
            self.tr("Hold while you speak, or click to start and click again to send")
        )
        self.talk_button.setToolTip(self.tr("Hold while you speak, or click to start and stop"))
        self.talk_button.setFixedSize(96, 96)
        self.talk_button.setCheckable(False)
        self.talk_button.setAutoRepeat(False)
        self.talk_button.pressed.connect(self._on_pressed)
        self.talk_button.released.connect(self._on_released)

        self.hands_free = QCheckBox(self.tr("&Hands-free"))
        self.hands_free.setObjectName("handsFreeSwitch")
        self.hands_free.setAccessibleName(self.tr("Hands-free listening"))
        self.hands_free.setToolTip(self.tr("Listen all the time; a pause ends your turn"))
        self.hands_free.toggled.connect(self.handsFreeToggled)

        self.mute = QCheckBox(self.tr("&Mute"))
        self.mute.setObjectName("muteSwitch")
        self.mute.setAccessibleName(self.tr("Mute the microphone"))
        self.mute.toggled.connect(self.muteToggled)

        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAccessibleName(self.tr("Stop the reply"))
        self.stop_button.setToolTip(self.tr("Stop speaking now (Esc)"))
        self.stop_button.clicked.connect(self.stopRequested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stopRequested.emit)

        self.meter = QProgressBar()
        self.meter.setObjectName("micLevel")
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)

        self.text_box = QLineEdit()
        self.text_box.setObjectName("messageBox")
        self.text_box.setAccessibleName(self.tr("Message"))
        self.text_box.setPlaceholderText(self.tr("Type a message and press Enter"))
        self.text_box.returnPressed.connect(self._submit)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.clicked.connect(self._submit)

        switches = QVBoxLayout()
        switches.addWidget(self.hands_free)
        switches.addWidget(self.mute)
        switches.addWidget(self.stop_button)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.talk_button)
        top.addLayout(switches)
        top.addStretch(1)
        typing = QHBoxLayout()
        typing.addWidget(self.text_box, 1)
        typing.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addLayout(typing)

    @property
    def talking(self) -> bool:
        return self._talking

    def set_level(self, rms_db: float) -> None:
        self.meter.setValue(level_percent(rms_db))

    def set_talking(self, talking: bool) -> None:
        """Show whether push-to-talk is recording (the tray or the hotkey may change it)."""
        self._talking = talking
        self.talk_button.setText(self.tr("Send") if talking else self.tr("Talk"))
        self.talk_button.setProperty("talking", talking)
        self.talk_button.style().unpolish(self.talk_button)
        self.talk_button.style().polish(self.talk_button)

    def start_talking(self) -> None:
        if not self._talking:
            self.set_talking(True)
            self.talkStarted.emit()

    def end_talking(self) -> None:
        if self._talking:
            self.set_talking(False)
            self.talkEnded.emit()

    def _on_pressed(self) -> None:
        self._pressed_at = time.monotonic()
        self._was_talking = self._talking
        self.start_talking()

    def _on_released(self) -> None:
        held = time.monotonic() - self._pressed_at
        if held >= HOLD_S or self._was_talking:
            self.end_talking()  # hold-to-talk released, or the second click of a toggle

    def _submit(self) -> None:
        text = self.text_box.text().strip()
        if text:
            self.text_box.clear()
            self.textSubmitted.emit(text)
