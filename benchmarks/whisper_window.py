"""Whisper's shorter encoder window: how much faster, and how many words change.

Transcribes the same utterances with the full 30 s window and with each shorter one asked for,
with the live decoding options (tiny.en on the CPU unless ``--model``/``--device`` say otherwise),
and prints one JSON object with, for each window:

* ``compute_s_median`` / ``compute_s_mean``: seconds per utterance (a loop decoded again with the
  full window counts both decodings);
* ``full_reruns``: utterances whose windowed decoding looked like a loop and was redone;
* ``words_changed``: word edits (insertions, deletions, substitutions) against the full window's
  words over all utterances, numbers spelled out, out of ``words``; and the utterances that changed.

The utterances are 16-bit WAVs from ``--wavs`` (16 kHz mono; recorded speech is the real test),
or sentences spoken by Piper. Run: ``.venv/bin/python -m benchmarks.whisper_window [--wavs DIR]
[--windows 15,12,10]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.speech.stt_guard import word_edits
from callbot_desktop.speech.stt_types import LIVE_OPTIONS
from callbot_desktop.speech.whisper_engine import WhisperEngine
from tests.harness.wav_files import read_wav
from tests.harness.word_errors import spoken_words

SENTENCES = (
    "What is the weather like today?",
    "Tell me a joke.",
    "Set a timer for five minutes.",
    "Hello, can you hear me?",
    "Yes.",
    "Can you translate good morning into Spanish?",
    "How far is it from Paris to Berlin by train?",
    "I need help planning a trip to Japan in the spring.",
    "Could you summarize the news for me, please?",
    "I would like to book a table for four people tomorrow evening at seven, somewhere near the "
    "river if possible.",
)
PAD_S = (0.15, 0.1)
"""Silence before and after each utterance, as the VAD leaves it."""


def read_wavs(folder: Path) -> list[tuple[str, npt.NDArray[np.int16]]]:
    found = []
    for path in sorted(folder.glob("*.wav")):
        wrong = SystemExit(f"{path}: need 16-bit 16 kHz mono")
        try:
            audio, rate = read_wav(path)
        except ValueError:
            raise wrong from None
        if rate != 16_000 or audio.ndim != 1:
            raise wrong
        found.append((path.name, audio))
    return found


def spoken_sentences() -> list[tuple[str, npt.NDArray[np.int16]]]:
    import tempfile

    from tests.harness.speech_samples import SpeechSamples, load_piper_voice

    samples = SpeechSamples(load_piper_voice(), Path(tempfile.mkdtemp()))
    return [(text, samples.synthesize(text).audio) for text in SENTENCES]


def measure(
    engine: WhisperEngine, clips: list[tuple[str, npt.NDArray[np.int16]]], window: float | None
) -> tuple[list[float], list[str], int]:
    options = replace(LIVE_OPTIONS, encoder_window_s=window)
    reruns_before = engine.window_reruns
    times, texts = [], []
    for _, audio in clips:
        started = time.perf_counter()
        texts.append(engine.transcribe(audio, options).text)
        times.append(time.perf_counter() - started)
    return times, texts, engine.window_reruns - reruns_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wavs", type=Path, help="a folder of 16 kHz mono 16-bit WAVs")
    parser.add_argument("--windows", default="15,12,10", help="seconds, comma-separated")
    parser.add_argument("--model", default="bundled")
    parser.add_argument("--device", default="cpu", choices=("auto", "cpu", "cuda"))
    args = parser.parse_args()

    raw = read_wavs(args.wavs) if args.wavs else spoken_sentences()
    before, after = (np.zeros(round(s * 16_000), np.int16) for s in PAD_S)
    clips = [(name, np.concatenate([before, audio, after])) for name, audio in raw]
    engine = WhisperEngine(args.model, device=args.device)
    engine.load()
    engine.transcribe(clips[0][1])  # warm
    _, reference, _ = measure(engine, clips, None)
    reference_words = [spoken_words(text) for text in reference]
    results: dict[str, Any] = {}
    for window in [None, *(float(w) for w in args.windows.split(","))]:
        times, texts, reruns = measure(engine, clips, window)
        heard = [spoken_words(text) for text in texts]
        changed = [word_edits(r, h) for r, h in zip(reference_words, heard, strict=True)]
        results["30" if window is None else f"{window:g}"] = {
            "compute_s_median": round(statistics.median(times), 4),
            "compute_s_mean": round(statistics.mean(times), 4),
            "full_reruns": reruns,
            "words_changed": sum(changed),
            "changed": {
                name: {"full": ref, "window": text}
                for (name, _), ref, text, n in zip(clips, reference, texts, changed, strict=True)
                if n
            },
        }
    print(
        json.dumps(
            {
                "benchmark": "Whisper encoder window: speed and words changed against 30 s",
                "model": engine.describe(),
                "utterances": len(clips),
                "audio_s_median": round(statistics.median(len(a) / 16_000 for _, a in clips), 2),
                "words": sum(len(w) for w in reference_words),
                "windows": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
