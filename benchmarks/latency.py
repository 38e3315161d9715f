"""Voice-turn latency: from the end of your sentence to the first sound of the reply.

Plays utterances into a virtual microphone (PulseAudio null sinks, as in the tests), runs the real
voice engine on them — Silero VAD, Whisper tiny.en on the CPU, the built-in SmolLM2 (or the Ollama
protocol test server with ``--backend ollama``), Piper — records the virtual speaker, and prints
one JSON object:

* for each turn, ``latency_s``: from the last voiced input sample (the end of speech as the VAD
  placed it, mapped to the time its audio reached the app) to the first reply sample recorded at
  the speaker's monitor (the time it reached the recorder), and each stage's part of it:

  - ``transcript``: until the transcript was ready — Whisper runs as soon as silence begins, so
    this is mostly the wait for it (when the hangover ends first, the hangover and Whisper);
  - ``first_token``: the model's time to its first token;
  - ``first_sentence``: from there to the first clause ready to speak;
  - ``synthesis``: Piper's first audio for it;
  - ``held_until_turn_end``: a reply prepared during the hangover waits for the turn to be
    confirmed over (the silence to have lasted the hangover) before it may sound;
  - ``output``: from the audio being released to it sounding at the speaker;

* ``p50_s`` / ``p95_s`` over all turns, the median share of each stage, and the set-up.

Run: ``.venv/bin/python -m benchmarks.latency [--rounds 2] [--wavs DIR] [--backend ollama]
[--llm-threads N]``.
The utterances are WAV files from ``--wavs`` (16-bit), or five sentences spoken by Piper.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from benchmarks.audio_rig import VOICED, TimedRecorder, run_on_virtual_audio
from tests.harness import virtual_audio as va
from tests.harness.wav_files import read_wav

STAGES = (
    "transcript",
    "first_token",
    "first_sentence",
    "synthesis",
    "held_until_turn_end",
    "output",
)


def load_wavs(folder: Path) -> list[tuple[str, npt.NDArray[np.int16], int]]:
    found = []
    for path in sorted(folder.glob("*.wav")):
        try:
            audio, rate = read_wav(path)
        except ValueError:
            raise SystemExit(f"{path}: only 16-bit WAV files are read") from None
        found.append((path.stem, audio if audio.ndim == 1 else audio[:, 0], rate))
    if not found:
        raise SystemExit(f"no .wav files in {folder}")
    return found


def piper_utterances(folder: Path) -> list[tuple[str, npt.NDArray[np.int16], int]]:
    from tests.harness.speech_samples import UTTERANCES, SpeechSamples, load_piper_voice

    samples = SpeechSamples(load_piper_voice(), folder)
    spoken = [samples.synthesize(text, key) for key, text in UTTERANCES.items()]
    return [(sample.text, sample.audio, sample.rate) for sample in spoken]


async def run_turns(
    args: argparse.Namespace, audio: va.VirtualAudio, speech: Path
) -> dict[str, Any]:
    from callbot_desktop.engine.engine_events import TurnSaved
    from callbot_desktop.engine.tts_choice import choose_voice
    from callbot_desktop.engine.voice_engine import VoiceConfig, VoiceEngine
    from callbot_desktop.llm.chat import ChatBackend
    from callbot_desktop.llm.personas import Persona
    from callbot_desktop.speech.stt import SpeechToText

    server = None
    backend: ChatBackend
    if args.backend == "ollama":
        from callbot_desktop.llm.ollama import OllamaBackend
        from tests.harness.ollama_server import DEFAULT_MODELS, OllamaTestServer, ServerConfig

        reply = "Sure, here you go. It is sunny and warm today, with a light breeze."
        server = OllamaTestServer(ServerConfig(reply=reply)).start()
        backend, model = OllamaBackend(server.url), DEFAULT_MODELS[0]
    else:
        from callbot_desktop.llm.embedded import EmbeddedBackend

        backend, model = EmbeddedBackend(threads=args.llm_threads), ""
    saved: asyncio.Queue[TurnSaved] = asyncio.Queue()

    def on_event(event: object) -> None:
        if isinstance(event, TurnSaved):
            saved.put_nowait(event)

    engine = VoiceEngine(
        stt=SpeechToText(device="cpu"),
        voice=choose_voice("piper", ""),
        backend=backend,
        model=model,
        persona=Persona(
            "Assistant",
            "You are a friendly voice assistant. Answer in one or two short sentences.",
            temperature=0.0,
        ),
        history=None,
        config=VoiceConfig(
            input_device=audio.mic_device,
            output_device=audio.speaker_device,
            hands_free=True,
            max_reply_tokens=48,
            **tuning(args),
        ),
        on_event=on_event,
    )
    utterances = load_wavs(args.wavs) if args.wavs else piper_utterances(speech)
    turns: list[dict[str, Any]] = []
    await engine.start()
    speaker = TimedRecorder(va.SPEAKER_MONITOR, va.SPEAKER_RATE, 1, audio.env)
    speaker.start()
    try:
        for _ in range(args.rounds):
            for text, pcm, rate in utterances:
                before = speaker.frames
                playing = audio.start_play_into_mic(
                    np.concatenate([pcm, np.zeros(rate, np.int16)]), rate
                )
                turn = await asyncio.wait_for(saved.get(), 120)
                await asyncio.to_thread(playing.wait, 30)
                await asyncio.sleep(0.3)
                recorded = speaker.snapshot()[before:, 0]
                loud = np.flatnonzero(np.abs(recorded.astype(np.int32)) > VOICED)
                end_of_speech = engine.recorder.last_end_of_speech
                if not len(loud) or end_of_speech is None or "first_audio" not in turn.timings:
                    print(f"skipped a turn with no reply heard: {text!r}", file=sys.stderr)
                    continue
                heard_at = speaker.time_of_frame(before + int(loud[0]))
                if heard_at <= end_of_speech:  # still the previous reply sounding
                    print(f"skipped a turn heard before it ended: {text!r}", file=sys.stderr)
                    continue
                turns.append(describe(text, turn.reply, turn.timings, heard_at - end_of_speech))
    finally:
        speaker.stop()
        await engine.aclose()
        if server is not None:
            server.stop()
    return summarize(turns, args, engine)


def tuning(args: argparse.Namespace) -> dict[str, Any]:
    """The VoiceConfig fields the command line overrides."""
    chosen: dict[str, Any] = {"speculate": not args.no_speculation}
    if args.no_speculation:
        chosen["reply_early"] = False
    if args.partial_interval is not None:
        chosen["partial_interval"] = args.partial_interval
    if args.first_clause_words is not None:
        chosen["first_clause_min_words"] = args.first_clause_words
    return chosen


def describe(text: str, reply: str, timings: dict[str, float], latency: float) -> dict[str, Any]:
    """Split ``latency`` into consecutive stages (see the module doc)."""
    ready = timings["first_audio"]
    confirmed = timings.get("turn_confirmed", 0.0)  # prepared early: heard from here on
    marks = [0.0, timings["transcript_ready"], timings["first_token"], timings["first_sentence"]]
    stages = {
        name: round(b - a, 4)
        for name, a, b in zip(STAGES[:4], marks, [*marks[1:], ready], strict=True)
    }
    stages["held_until_turn_end"] = round(max(0.0, confirmed - ready), 4)
    stages["output"] = round(latency - max(ready, confirmed), 4)
    return {"text": text, "reply": reply, "latency_s": round(latency, 4), "stages_s": stages}


def summarize(turns: list[dict[str, Any]], args: argparse.Namespace, engine: Any) -> dict[str, Any]:
    latencies = sorted(t["latency_s"] for t in turns)
    shares = {
        stage: round(statistics.median(t["stages_s"][stage] / t["latency_s"] for t in turns), 3)
        for stage in STAGES
    }
    return {
        "benchmark": "voice turn latency (end of speech → first reply sample at the speaker)",
        "cpu_count": os.cpu_count(),
        "backend": args.backend,
        "llm_threads": getattr(engine.backend, "threads", None),
        "llm_batch_threads": getattr(engine.backend, "batch_threads", None),
        "speculative_transcript": not args.no_speculation,
        "partial_interval_s": engine.config.partial_interval,
        "first_clause_words": engine.config.first_clause_min_words,
        "hangover_ms": engine.config.vad.hangover_ms,
        "speculation_hits": engine.listener.speculation_hits,
        "speculation_misses": engine.listener.speculation_misses,
        "playback_underruns": engine.playback.underruns,
        "playback_underruns_in_speech": engine.playback.speech_underruns,
        "turns": turns,
        "p50_s": round(statistics.median(latencies), 4) if latencies else None,
        "p95_s": round(latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))], 4)
        if latencies
        else None,
        "median_stage_share": shares if turns else {},
        "median_stage_s": {
            stage: round(statistics.median(t["stages_s"][stage] for t in turns), 4)
            for stage in STAGES
        }
        if turns
        else {},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2, help="times each utterance is played")
    parser.add_argument("--wavs", type=Path, help="a folder of 16-bit WAV utterances")
    parser.add_argument("--backend", choices=("embedded", "ollama"), default="embedded")
    parser.add_argument("--no-speculation", action="store_true")
    parser.add_argument(
        "--llm-threads", type=int, default=None, help="built-in model threads (default: its own)"
    )
    parser.add_argument(
        "--partial-interval", type=float, default=None, help="default: the engine's own"
    )
    parser.add_argument(
        "--first-clause-words", type=int, default=None, help="default: the engine's own"
    )
    args = parser.parse_args()
    run_on_virtual_audio("callbot-latency-", lambda audio, speech: run_turns(args, audio, speech))


if __name__ == "__main__":
    threading.current_thread().name = "latency-benchmark"
    main()
