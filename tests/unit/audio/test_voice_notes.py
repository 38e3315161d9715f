"""Voice notes: real speech through Opus and back, small, and stored in the encrypted history."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from callbot_desktop.audio.voice_notes import decode, encode
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History, VoiceNote
from tests.harness.speech_samples import SpeechSamples


def test_speech_survives_opus_and_is_much_smaller(speech_samples: SpeechSamples) -> None:
    speech = speech_samples["weather"].audio
    note = encode(speech, 16_000)
    assert note.codec == "opus" and note.data[:4] == b"OggS"
    assert abs(note.duration - len(speech) / 16_000) < 1e-6
    assert len(note.data) < speech.nbytes / 5
    back = decode(note.data, 16_000)
    assert abs(len(back) - len(speech)) < 0.05 * 16_000
    n = min(len(back), len(speech))
    # Opus adds a fixed delay; compare after aligning on the best lag.
    lags = range(0, 800, 4)
    best = max(
        float(
            np.corrcoef(speech[: n - 800].astype(float), back[lag : lag + n - 800].astype(float))[
                0, 1
            ]
        )
        for lag in lags
    )
    assert best > 0.9


def test_a_voice_note_is_kept_inside_the_encrypted_database(
    speech_samples: SpeechSamples, tmp_path: Path
) -> None:
    history = History(Database.open(tmp_path / "h.db", os.urandom(32)))
    chat = history.create_conversation()
    message = history.add_message(chat.id, "user", speech_samples["timer"].text)
    note = encode(speech_samples["timer"].audio)
    history.attach_voice_note(
        message.id, VoiceNote(note.codec, note.sample_rate, note.duration, note.data)
    )
    stored = history.voice_note(message.id)
    assert stored is not None
    assert len(decode(stored.data)) > 0.9 * len(speech_samples["timer"].audio)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("h.db")) == []


def test_damaged_bytes_are_a_clear_error() -> None:
    with pytest.raises(CallbotError, match="cannot be played"):
        decode(b"OggS" + b"\x00" * 100)
