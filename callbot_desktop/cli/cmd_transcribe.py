"""`callbot transcribe FILE...`: Whisper on audio files, as text or one JSON object per file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.stt import LoadProgress, WhisperEngine
from callbot_desktop.startup import Startup


def register(commands: Any) -> None:
    parser = commands.add_parser("transcribe", help="turn speech in audio files into text")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--model", help="'bundled', a Whisper name, or a folder (default: setting)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="default: setting")
    parser.add_argument("--language", help="e.g. 'en'; default: the setting, or detect")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    settings = context.settings
    engine = WhisperEngine(
        args.model or settings.get_str("stt.model"),
        device=args.device or settings.get_str("stt.device"),
        language=args.language or settings.get_str("stt.language"),
        cache_dir=context.paths.model_cache_dir,
    )
    engine.load(_show_progress)
    for warning in engine.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    failed = 0
    for path in args.files:
        try:
            transcript = engine.transcribe_path(path)
        except CallbotError as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.json:
            print(json.dumps(transcript.as_json(path)), flush=True)
        else:
            print(f"{path}: {transcript.text}" if len(args.files) > 1 else transcript.text)
    return 1 if failed else 0


def _show_progress(step: LoadProgress) -> None:
    if sys.stderr.isatty():
        fraction = step.fraction
        done = f" {fraction:.0%}" if fraction is not None else ""
        end = "\n" if step.stage == "ready" else ""
        print(f"\r{step.message}{done}\033[K", end=end, file=sys.stderr, flush=True)
