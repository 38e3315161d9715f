"""`callbot transcribe`: real Whisper on real speech files, one JSON object per file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from callbot_desktop.speech.stt import normalize_text
from tests.harness.speech_samples import SpeechSamples


def test_json_has_one_object_per_file_with_the_documented_fields(
    speech_samples: SpeechSamples, tmp_path: Path
) -> None:
    files = [speech_samples["weather"], speech_samples["timer"]]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "callbot_desktop.cli",
            "--data-dir",
            str(tmp_path),
            "transcribe",
            "--json",
            "--device",
            "cpu",
            *(str(s.path) for s in files),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(s.path) for s in files]
    for line, sample in zip(lines, files, strict=True):
        assert set(line) == {
            "file", "text", "language", "audio_seconds", "compute_seconds", "device", "model",
        }  # fmt: skip
        assert line["device"] == "cpu" and line["language"] == "en"
        assert abs(line["audio_seconds"] - sample.seconds) < 0.05
        assert line["compute_seconds"] > 0
    assert normalize_text(lines[0]["text"]) == normalize_text(files[0].text)


def test_a_missing_file_is_reported_and_the_others_still_done(
    speech_samples: SpeechSamples, tmp_path: Path
) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "callbot_desktop.cli",
            "--data-dir",
            str(tmp_path),
            "transcribe",
            str(tmp_path / "missing.wav"),
            str(speech_samples["weather"].path),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "missing.wav" in done.stderr and "check the path" in done.stderr
    assert "weather" in done.stdout.lower()
