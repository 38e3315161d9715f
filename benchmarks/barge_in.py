"""Barge-in: how quickly the assistant falls silent when you talk over it.

The real engine (barge-in on, Piper, the built-in SmolLM2) speaks a long reply into a virtual
speaker; a second or so in, speech is played into the virtual microphone. For each round this
prints the time from the interruption (the moment the voice detector confirmed the new speech —
``vad.min_speech_ms`` after it began — and the engine interrupted the reply) to the last reply
sample recorded at the speaker's monitor after it — the tail a person still hears; 0 when nothing
of the reply sounded after the interruption — and the median and maximum over all rounds, as
JSON.

Run: ``.venv/bin/python -m benchmarks.barge_in [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.audio_rig import VOICED, TimedRecorder, run_on_virtual_audio
from tests.harness import virtual_audio as va


async def run_rounds(rounds: int, audio: va.VirtualAudio, workdir: Path) -> dict[str, Any]:
    from callbot_desktop.core.events import Interrupt, TurnEnded
    from callbot_desktop.engine.engine_events import StateChanged
    from callbot_desktop.engine.tts_choice import choose_voice
    from callbot_desktop.engine.voice_engine import VoiceConfig, VoiceEngine
    from callbot_desktop.llm.embedded import EmbeddedBackend
    from callbot_desktop.llm.personas import Persona
    from callbot_desktop.speech.stt import SpeechToText
    from tests.harness.speech_samples import SpeechSamples, load_piper_voice

    interrupts: asyncio.Queue[float] = asyncio.Queue()
    speaking = asyncio.Event()
    ended = asyncio.Event()

    def on_event(event: object) -> None:
        if isinstance(event, Interrupt) and event.reason == "barge-in":
            interrupts.put_nowait(time.monotonic())
        elif isinstance(event, StateChanged) and event.state == "speaking":
            speaking.set()
        elif isinstance(event, TurnEnded):
            ended.set()

    engine = VoiceEngine(
        stt=SpeechToText(device="cpu"),
        voice=choose_voice("piper", ""),
        backend=EmbeddedBackend(),
        model="",
        persona=Persona(
            "Storyteller", "You tell long, detailed stories with many sentences.", temperature=0.0
        ),
        history=None,
        config=VoiceConfig(
            input_device=audio.mic_device,
            output_device=audio.speaker_device,
            hands_free=True,
            barge_in=True,
            max_reply_tokens=200,
        ),
        on_event=on_event,
    )
    talk_over = SpeechSamples(load_piper_voice(), workdir).synthesize("Hello, can you hear me?")
    tails: list[float] = []
    await engine.start()
    speaker = TimedRecorder(va.SPEAKER_MONITOR, va.SPEAKER_RATE, 1, audio.env)
    speaker.start()
    try:
        for _ in range(rounds):
            speaking.clear()
            await engine.send_text("Tell me a long story about a dragon who bakes bread.")
            await asyncio.wait_for(speaking.wait(), 60)
            await asyncio.sleep(1.0)
            audio.start_play_into_mic(talk_over.padded(0.0, 0.5))
            interrupted_at = await asyncio.wait_for(interrupts.get(), 30)
            await asyncio.sleep(1.0)
            recording = speaker.snapshot()[:, 0]
            loud = np.flatnonzero(np.abs(recording.astype(np.int32)) > VOICED)
            after = [f for f in loud[-2000:] if speaker.time_of_frame(int(f)) >= interrupted_at]
            tail = (speaker.time_of_frame(int(after[-1])) - interrupted_at) if after else 0.0
            tails.append(tail)
            ended.clear()
            await engine.cancel()  # no answer to the interruption: the next round starts clean
            await asyncio.sleep(1.0)
    finally:
        speaker.stop()
        await engine.aclose()
    return {
        "benchmark": "barge-in: interruption to the last reply sample at the speaker",
        "cpu_count": os.cpu_count(),
        "rounds_s": [round(t, 4) for t in tails],
        "median_s": round(statistics.median(tails), 4) if tails else None,
        "max_s": round(max(tails), 4) if tails else None,
        "playback_latency": engine.config.playback_latency,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    run_on_virtual_audio(
        "callbot-barge-in-", lambda audio, speech: run_rounds(args.rounds, audio, speech)
    )


if __name__ == "__main__":
    main()
