"""Echo safety: the microphone must not hear the assistant as if it were the person.

By default the mic is *gated* while the assistant speaks: its frames are replaced by silence (the
stream keeps its timing, so the VAD's clock and pre-roll stay right). With barge-in enabled (for
headphones) the frames pass, and speech starting during playback asks for an interruption.

Wire :meth:`EchoGate.set_playing` to ``Playback(on_playing=...)`` and pass every captured frame
through :meth:`admit`; call :meth:`speech_started` when the VAD reports speech.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt


class EchoGate:
    def __init__(self, *, barge_in: bool = False, on_barge_in: Callable[[], None] | None = None):
        self.barge_in = barge_in
        self._on_barge_in = on_barge_in
        self.playing = False
        self.gated_frames = 0

    def set_playing(self, playing: bool) -> None:
        """Told by playback when the assistant's voice starts and stops reaching the speaker."""
        self.playing = playing

    def admit(self, frame: npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
        """The frame as the VAD and Whisper should hear it: silence while gated."""
        if self.playing and not self.barge_in:
            self.gated_frames += len(frame)
            return np.zeros_like(frame)
        return frame

    def speech_started(self) -> bool:
        """The VAD heard speech: True (and the barge-in callback) if it interrupts the reply."""
        if self.playing and self.barge_in:
            if self._on_barge_in is not None:
                self._on_barge_in()
            return True
        return False
