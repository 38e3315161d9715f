"""A whole voice cycle on real devices: speech into the virtual mic is captured, cut into the
right utterances by the VAD, transcribed by tiny.en, and a spoken reply reaches the speaker —
without a single temporary audio file being written anywhere."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest

from callbot_desktop.audio.capture import Capture
from callbot_desktop.audio.playback import Playback
from callbot_desktop.audio.vad import VoiceActivityDetector
from callbot_desktop.audio.vad_events import SpeechStopped
from callbot_desktop.speech.stt import SpeechToText
from callbot_desktop.speech.stt_guard import normalize_text, word_error_rate
from callbot_desktop.speech.tts_piper import PiperSynthesizer
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio


def files_under(*roots: Path) -> set[Path]:
    found: set[Path] = set()
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith("pytest-of-")]  # other tests' fixtures
            found.update(Path(folder, name) for name in names)
    return found


@pytest.mark.asyncio
@pytest.mark.timeout(180)
async def test_speech_in_transcript_out_reply_spoken_without_temp_files(
    virtual_audio: VirtualAudio, speech_samples: SpeechSamples, data_dir: Path
) -> None:
    utterances = [speech_samples["weather"], speech_samples["timer"]]
    gap = np.zeros(int(1.5 * 16_000), np.int16)
    script = np.concatenate([gap, utterances[0].audio, gap, utterances[1].audio, gap])

    stt = SpeechToText(device="cpu")
    piper = PiperSynthesizer()
    await asyncio.gather(stt.load(), piper.aload())
    watched = [Path(tempfile.gettempdir())]
    before = files_under(*watched)

    vad = VoiceActivityDetector()
    heard: list[SpeechStopped] = []
    capture = Capture(virtual_audio.mic_device)
    await capture.start()
    try:
        playing = virtual_audio.start_play_into_mic(script)

        async def listen() -> None:
            async for frame in capture.frames():
                heard.extend(e for e in vad.feed(frame.pcm) if isinstance(e, SpeechStopped))
                if len(heard) == len(utterances):
                    return

        await asyncio.wait_for(listen(), timeout=60)
        await asyncio.to_thread(playing.wait, 30)
    finally:
        await capture.stop()

    transcripts = [(await stt.transcribe(u.audio)).text for u in heard]
    for transcript, sample in zip(transcripts, utterances, strict=True):
        assert word_error_rate(normalize_text(sample.text), normalize_text(transcript)) <= 0.34, (
            transcript,
            sample.text,
        )

    recorder = virtual_audio.speaker_recorder()
    speaker = Playback(virtual_audio.speaker_device, latency="high")
    await speaker.start()
    try:
        async for chunk in piper.synthesize(f"You said: {transcripts[0]}"):
            speaker.play(chunk.samples(), "reply", chunk.rate)
        await asyncio.wait_for(speaker.drained(), timeout=60)
    finally:
        await speaker.stop()
        recording = recorder.stop()
    assert np.abs(recording.astype(np.int32)).max() > 1000, "the reply never reached the speaker"

    new_files = files_under(*watched) - before
    audio_like = [
        p
        for p in new_files
        if p.suffix.lower() in (".wav", ".mp3", ".ogg", ".opus", ".raw", ".pcm", ".flac")
    ]
    assert audio_like == [], audio_like
    assert not [p for p in files_under(data_dir) if p.suffix.lower() in (".wav", ".mp3", ".ogg")]
    await stt.aclose()
    piper.close()
