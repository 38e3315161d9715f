"""`callbot say TEXT`: speak a text aloud, sentence by sentence, or write it to a WAV file.

The text is split into sentences (:func:`~callbot_desktop.speech.sentences.split_sentences`) and
each is synthesized in turn; its audio is queued on the speaker (setting ``audio.output_device``)
as soon as it is ready, so speech starts with the first sentence while the rest is still being
synthesized. ``--engine`` picks Piper (offline) or Edge (online, with Piper speaking any sentence
Edge cannot; each such switch prints a one-line notice with the reason on stderr); ``auto``
follows the ``tts.engine`` setting. ``--voice`` is a Piper ``.onnx`` file or an Edge voice name
(default: the ``tts.voice`` setting, else the engine's default voice).

``--out FILE.wav`` writes the speech to that file (16-bit mono, at the rate of the first chunk:
22,050 Hz for Piper's joe voice, 24,000 Hz for Edge; chunks at another rate, such as Piper's when
Edge falls back, are resampled) instead of playing it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import wave
from collections.abc import Callable
from contextlib import aclosing
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.resample import resample, to_int16
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.sentences import split_sentences
from callbot_desktop.speech.tts import AudioChunk, Synthesizer
from callbot_desktop.startup import Startup

ENGINES = ("auto", "edge", "piper")

DRAIN_MARGIN_S = 10.0
"""Once everything is queued, the wait for the speaker to play it out is what is still queued
plus this; a speaker that takes longer has stopped playing."""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "say",
        help="speak a text aloud (or write it to a WAV file)",
        description="Speak TEXT sentence by sentence as it is synthesized.",
    )
    parser.add_argument("text", metavar="TEXT", help="what to say (quote it)")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="'piper' (offline), 'edge' (online, Piper when it fails), or 'auto': the setting",
    )
    parser.add_argument(
        "--voice",
        metavar="V",
        help="a Piper .onnx voice file or an Edge voice name (default: setting, else the "
        "engine's default)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE.wav",
        type=Path,
        help="write the speech to this WAV file (16-bit mono) instead of playing it",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    settings = context.settings
    engine = args.engine if args.engine != "auto" else settings.get_str("tts.engine")
    voice = args.voice if args.voice is not None else settings.get_str("tts.voice")
    sentences = split_sentences(args.text)
    if not sentences:
        raise CallbotError("Nothing to say: the text is empty", "give the text to speak")
    out: Path | None = args.out
    if out is not None:
        if out.suffix.lower() != ".wav":
            raise CallbotError(f"Cannot write {out}: only WAV is written", "name it FILE.wav")
        if not out.expanduser().parent.is_dir():
            raise CallbotError(
                f"Cannot write {out}: the folder does not exist", "create it, or pick another"
            )
    synthesizer, close = _make_synthesizer(engine, voice.strip(), explicit=args.voice is not None)
    try:
        if out is None:
            asyncio.run(_speak(synthesizer, sentences, settings.get_str("audio.output_device")))
        else:
            frames, rate = asyncio.run(_render(synthesizer, sentences, out.expanduser()))
            print(f"wrote {out} ({frames / rate:.2f} s at {rate} Hz)", file=sys.stderr)
    finally:
        close()
    return 0


def _make_synthesizer(
    engine: str, voice: str, *, explicit: bool
) -> tuple[Synthesizer, Callable[[], None]]:
    """The synthesizer for ``engine`` and ``voice``, and the function that releases it."""
    from callbot_desktop.engine.tts_choice import choose_voice

    if engine == "edge":
        _quiet_fallback_log()
    chosen = choose_voice(
        engine,
        voice,
        explicit=explicit,
        warn=lambda text: print(f"warning: {text}", file=sys.stderr),
        on_fallback=lambda reason: print(
            f"notice: speaking with Piper instead of Edge: {reason}", file=sys.stderr
        ),
    )
    return chosen.synthesizer, chosen.close


def _quiet_fallback_log() -> None:
    """Keep tts_edge's own fallback warning out of stderr (still in the log file): the notice
    printed by ``callbot say`` says the same in one line."""

    def keep(record: logging.LogRecord) -> bool:
        return not (
            record.name == "callbot_desktop.speech.tts_edge"
            and record.getMessage().startswith("Speaking with Piper")
        )

    for handler in logging.getLogger().handlers:
        if handler.get_name() == "callbot-stderr":
            handler.addFilter(keep)


async def _speak(synthesizer: Synthesizer, sentences: list[str], device: str) -> None:
    """Synthesize each sentence and queue its chunks on the speaker as they come; wait for the
    speaker to play everything out."""
    from callbot_desktop.audio.playback import Playback

    speaker = Playback.one_shot(device)
    await speaker.start()
    try:
        for index, sentence in enumerate(sentences):
            async with aclosing(synthesizer.synthesize(sentence)) as chunks:
                async for chunk in chunks:
                    speaker.play(chunk.samples(), f"s{index}", chunk.rate)
        try:
            await asyncio.wait_for(speaker.drained(), timeout=speaker.queued_s + DRAIN_MARGIN_S)
        except TimeoutError:
            raise CallbotError(
                f"The speaker {speaker.name!r} stopped playing",
                "check the speaker setting (Settings → Audio)",
            ) from None
    finally:
        await speaker.stop()


async def _render(synthesizer: Synthesizer, sentences: list[str], path: Path) -> tuple[int, int]:
    """Synthesize every sentence into one WAV file at ``path``; (frames, rate) written."""
    chunks: list[AudioChunk] = []
    for sentence in sentences:
        async with aclosing(synthesizer.synthesize(sentence)) as stream:
            async for chunk in stream:
                chunks.append(chunk)
    if not chunks:
        raise CallbotError("The voice produced no audio", "try another voice or engine")
    rate = chunks[0].rate
    audio = _join(chunks, rate)
    try:
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(audio.astype("<i2").tobytes())
    except OSError as exc:
        raise CallbotError(f"Cannot write {path} ({exc})", "check the path") from exc
    return len(audio), rate


def _join(chunks: list[AudioChunk], rate: int) -> npt.NDArray[np.int16]:
    """The chunks as one int16 signal at ``rate``: each run of chunks at another rate is
    resampled as a whole (so that no click is made at chunk boundaries)."""
    parts: list[npt.NDArray[np.int16]] = []
    run: list[npt.NDArray[np.int16]] = []
    run_rate = rate

    def end_run() -> None:
        if run:
            joined = np.concatenate(run)
            parts.append(joined if run_rate == rate else to_int16(resample(joined, run_rate, rate)))
            run.clear()

    for chunk in chunks:
        if chunk.rate != run_rate:
            end_run()
            run_rate = chunk.rate
        run.append(_mono(chunk))
    end_run()
    return np.concatenate(parts)


def _mono(chunk: AudioChunk) -> npt.NDArray[np.int16]:
    samples = chunk.samples()
    if chunk.channels == 1:
        return samples
    frames = samples.reshape(-1, chunk.channels).astype(np.float32).mean(axis=1)
    mono: npt.NDArray[np.int16] = np.clip(np.rint(frames), -32768, 32767).astype(np.int16)
    return mono
