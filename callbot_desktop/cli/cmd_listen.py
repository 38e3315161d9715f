"""`callbot listen`: transcribe what the microphone hears, one utterance at a time, until Ctrl+C.

The microphone (setting ``audio.input_device``) is captured at 16 kHz and cut into utterances by
the voice activity detector (settings ``vad.min_speech_ms`` and ``vad.hangover_ms``); each
utterance is transcribed by Whisper (settings ``stt.model``, the bundled tiny.en by default, and
``stt.device``) while listening goes on, and printed with its timings:

- ``start`` / ``end``: where the speech began and ended, in seconds since listening started;
- ``audio_seconds``: the length of the audio transcribed (with the VAD's pre-roll and hangover);
- ``transcribe_seconds``: Whisper's own compute time;
- ``latency_seconds``: from the moment the end of speech was detected to the transcript being
  ready (waiting for an earlier utterance's transcription included).

``--json`` prints one JSON object per utterance with exactly those fields plus ``text``.
Utterances that turn out to hold no words (a cough, a guarded hallucination) are not printed.
Ctrl+C stops listening (exit code 0); ``--max-utterances N`` stops after N printed utterances.
Status lines ("Listening…", device losses) go to stderr, transcripts to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass
from typing import Any

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.startup import Startup

READY_LINE = "Listening… (Ctrl+C to stop)"
"""Printed on stderr once the microphone is open and the model loaded."""


@dataclass(frozen=True)
class Heard:
    """One transcribed utterance, as printed."""

    text: str
    start: float
    end: float
    audio_seconds: float
    transcribe_seconds: float
    latency_seconds: float

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "audio_seconds": round(self.audio_seconds, 3),
            "transcribe_seconds": round(self.transcribe_seconds, 3),
            "latency_seconds": round(self.latency_seconds, 3),
        }

    def as_line(self) -> str:
        return (
            f"[{self.start:7.2f} → {self.end:7.2f} s] {self.text}"
            f"  (latency {self.latency_seconds:.2f} s, transcribe {self.transcribe_seconds:.2f} s)"
        )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "listen",
        help="transcribe what the microphone hears until Ctrl+C",
        description="Capture the microphone, cut it into utterances by voice activity, and print "
        "each transcript with its timings (stream seconds) until Ctrl+C.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per utterance")
    parser.add_argument("--model", help="'bundled', a Whisper name, or a folder (default: setting)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="default: setting")
    parser.add_argument(
        "--max-utterances", type=_positive, metavar="N", help="stop after N utterances"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    try:
        asyncio.run(_listen(args, context))
    except KeyboardInterrupt:
        print("", file=sys.stderr)
    return 0


async def _listen(args: argparse.Namespace, context: Startup) -> None:
    from callbot_desktop.audio.capture import AudioFrame, Capture, DeviceLost, DeviceRestored
    from callbot_desktop.audio.vad import VadConfig, VoiceActivityDetector
    from callbot_desktop.audio.vad_events import SpeechStopped
    from callbot_desktop.speech.stt import SpeechToText

    settings = context.settings
    stt = SpeechToText(
        args.model or settings.get_str("stt.model"),
        device=args.device or settings.get_str("stt.device"),
        language=settings.get_str("stt.language"),
        cache_dir=context.paths.model_cache_dir,
    )
    try:
        await stt.load()
        for warning in stt.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        vad = VoiceActivityDetector(VadConfig.from_settings(settings.as_dict()))
        pending: asyncio.Queue[tuple[SpeechStopped, float] | None] = asyncio.Queue()
        limit: int | None = args.max_utterances

        async def transcribe_all() -> None:
            printed = 0
            while (item := await pending.get()) is not None:
                stopped, detected_at = item
                transcript = await stt.transcribe(stopped.audio)
                latency = time.monotonic() - detected_at
                text = transcript.text.strip()
                if not text:
                    continue
                heard = Heard(
                    text,
                    stopped.onset_t,
                    stopped.end_t,
                    stopped.duration,
                    transcript.compute_seconds,
                    latency,
                )
                print(json.dumps(heard.as_json()) if args.json else heard.as_line(), flush=True)
                printed += 1
                if limit is not None and printed >= limit:
                    return

        capture = Capture(settings.get_str("audio.input_device"))
        await capture.start()
        tasks: list[asyncio.Task[Any]] = []
        try:
            print(f"{READY_LINE} [{capture.name}]", file=sys.stderr, flush=True)

            async def feed() -> None:
                async for event in capture.events():
                    if isinstance(event, AudioFrame):
                        for vad_event in vad.feed(event.pcm):
                            if isinstance(vad_event, SpeechStopped):
                                pending.put_nowait((vad_event, time.monotonic()))
                    elif isinstance(event, DeviceLost):
                        print(f"warning: microphone lost: {event.reason}", file=sys.stderr)
                    elif isinstance(event, DeviceRestored):
                        print(f"microphone back: {event.name}", file=sys.stderr)
                raise CallbotError("The microphone stopped", "check the microphone setting")

            tasks = [
                asyncio.create_task(feed(), name="listen-feed"),
                asyncio.create_task(transcribe_all(), name="listen-transcribe"),
            ]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                if task.done():
                    task.result()  # raises whatever ended it (a lost stream, a Whisper error)
        finally:
            for task in tasks:
                task.cancel()
            await capture.stop()
    finally:
        await stt.aclose()
