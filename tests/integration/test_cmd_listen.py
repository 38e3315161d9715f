"""`callbot listen`: the real command on the virtual microphone cuts speech into utterances,
transcribes each with tiny.en and prints one JSON object per utterance; Ctrl+C ends it cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from callbot_desktop.cli.cmd_listen import READY_LINE
from callbot_desktop.speech.stt_guard import normalize_text, word_error_rate
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

FIELDS = {"text", "start", "end", "audio_seconds", "transcribe_seconds", "latency_seconds"}


class Listener:
    """``callbot listen`` in a subprocess; stderr is collected by a thread that notes readiness."""

    def __init__(self, virtual_audio: VirtualAudio, data_dir: Path, *args: str) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "callbot_desktop.cli",
                "--data-dir",
                str(data_dir),
                "listen",
                "--device",
                "cpu",
                *args,
            ],  # fmt: skip
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=virtual_audio.env,
        )
        self.stderr: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)
            if line.startswith(READY_LINE):
                self.ready.set()

    def wait_ready(self, timeout: float = 120) -> None:
        if not self.ready.wait(timeout):
            self.proc.kill()
            raise AssertionError(f"listen never became ready: {''.join(self.stderr)}")

    def finish(self, timeout: float = 180) -> tuple[int, str]:
        assert self.proc.stdout is not None
        try:
            self.proc.wait(timeout)  # the output is a few lines: it fits in the pipe
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"listen did not end: {''.join(self.stderr)}") from None
        self._reader.join(10)
        return self.proc.returncode, self.proc.stdout.read()


@pytest.mark.timeout(300)
def test_two_utterances_give_two_json_lines_with_the_right_words(
    virtual_audio: VirtualAudio, speech_samples: SpeechSamples, tmp_path: Path
) -> None:
    samples = [speech_samples["weather"], speech_samples["timer"]]
    gap = np.zeros(int(1.5 * 16_000), np.int16)
    script = np.concatenate([gap, samples[0].audio, gap, samples[1].audio, gap])

    listener = Listener(virtual_audio, tmp_path / "data", "--json", "--max-utterances", "2")
    listener.wait_ready()
    playing = virtual_audio.start_play_into_mic(script)
    code, out = listener.finish()
    playing.wait(30)
    assert code == 0, "".join(listener.stderr)

    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2, out
    for line, sample in zip(lines, samples, strict=True):
        assert set(line) == FIELDS
        wer = word_error_rate(normalize_text(sample.text), normalize_text(line["text"]))
        assert wer <= 0.34, (line["text"], sample.text)
        assert 0 <= line["start"] < line["end"]
        assert line["audio_seconds"] > line["end"] - line["start"] > 0
        assert line["transcribe_seconds"] > 0 and line["latency_seconds"] >= 0
    assert lines[0]["end"] < lines[1]["start"]


@pytest.mark.timeout(300)
def test_ctrl_c_ends_listening_with_exit_code_0(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    listener = Listener(virtual_audio, tmp_path / "data")
    listener.wait_ready()
    listener.proc.send_signal(signal.SIGINT)
    code, out = listener.finish(60)
    assert code == 0, "".join(listener.stderr)
    assert out == ""
    assert not any("Traceback" in line for line in listener.stderr), "".join(listener.stderr)
