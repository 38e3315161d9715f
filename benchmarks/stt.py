"""Whisper speed on this machine: utterances of about 2, 5 and 10 s, synthesized with Piper.

Prints one JSON object: device, model, and for each length the audio seconds and the median
compute seconds over N runs (warm model), plus the real-time factor. Uses the GPU when CTranslate2
sees one (``--device auto``). Run: ``.venv/bin/python -m benchmarks.stt [--runs 5]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics

import numpy as np

from callbot_desktop.audio.resample import resample
from callbot_desktop.speech.tts_piper import PiperSynthesizer
from callbot_desktop.speech.whisper_engine import WhisperEngine

TEXTS = {
    "2s": "What is the weather like today?",
    "5s": "Could you remind me to call my sister tomorrow evening after work, around seven?",
    "10s": (
        "I am planning a trip to Lisbon next spring. I would like to visit the old town, eat "
        "pastries in Belem, and take a day trip to Sintra. What should I book first?"
    ),
}


async def speak(piper: PiperSynthesizer, text: str) -> np.ndarray:
    pieces = [chunk.samples() async for chunk in piper.synthesize(text)]
    audio = np.concatenate(pieces)
    return resample(audio, piper.sample_rate, 16_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    parser.add_argument("--model", default="bundled")
    args = parser.parse_args()

    piper = PiperSynthesizer()
    utterances = {name: asyncio.run(speak(piper, text)) for name, text in TEXTS.items()}
    piper.close()
    engine = WhisperEngine(args.model, device=args.device)
    engine.load()
    results = {}
    for name, audio in utterances.items():
        times = [engine.transcribe(audio).compute_seconds for _ in range(args.runs)]
        seconds = len(audio) / 16_000
        median = statistics.median(times)
        results[name] = {
            "audio_seconds": round(seconds, 3),
            "compute_seconds_median": round(median, 4),
            "real_time_factor": round(median / seconds, 4),
        }
    print(
        json.dumps(
            {
                "benchmark": "stt",
                "device": engine.device,
                "compute_type": engine.compute_type,
                "model": engine.model_label,
                "runs": args.runs,
                "utterances": results,
            }
        )
    )


if __name__ == "__main__":
    main()
