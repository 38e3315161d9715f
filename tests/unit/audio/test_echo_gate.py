"""Echo safety: gated mic while speaking by default; barge-in interrupts with headphones."""

from __future__ import annotations

import numpy as np

from callbot_desktop.audio.echo_gate import EchoGate
from callbot_desktop.audio.vad import VoiceActivityDetector
from callbot_desktop.audio.vad_events import SpeechStarted
from tests.harness.speech_samples import SpeechSamples


def test_gated_mic_hears_silence_while_the_assistant_speaks(speech_samples: SpeechSamples) -> None:
    gate = EchoGate()
    speech = speech_samples["weather"].padded(before_s=0.5, after_s=1.0)
    vad = VoiceActivityDetector()
    gate.set_playing(True)
    events = [
        e for i in range(0, len(speech), 320) for e in vad.feed(gate.admit(speech[i : i + 320]))
    ]
    assert events == [] and gate.gated_frames == len(speech)
    assert gate.speech_started() is False
    gate.set_playing(False)
    events = [
        e for i in range(0, len(speech), 320) for e in vad.feed(gate.admit(speech[i : i + 320]))
    ]
    assert any(isinstance(e, SpeechStarted) for e in events)


def test_barge_in_passes_audio_and_interrupts_only_during_playback() -> None:
    interrupted: list[bool] = []
    gate = EchoGate(barge_in=True, on_barge_in=lambda: interrupted.append(True))
    frame = np.arange(320, dtype=np.int16)
    gate.set_playing(True)
    assert np.array_equal(gate.admit(frame), frame)
    assert gate.speech_started() is True and interrupted == [True]
    gate.set_playing(False)
    assert gate.speech_started() is False and interrupted == [True]
