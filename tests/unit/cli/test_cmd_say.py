"""`callbot say`: Piper speech to a WAV file and to the (virtual) speaker, and Edge falling back
to Piper with a one-line notice when it is offline. Every case runs the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from tests.harness.virtual_audio import VirtualAudio
from tests.harness.wav_files import read_wav

TEXT = "Hello there. The weather is sunny today, with a light breeze from the west."
WORDS = len(TEXT.split())

OFFLINE = {
    # edge-tts's aiohttp session trusts the environment: a proxy nobody listens on makes Edge
    # fail at once, whatever this machine's network.
    **{name: "http://127.0.0.1:9" for name in ("HTTPS_PROXY", "https_proxy", "WSS_PROXY")},
    **{name: "http://127.0.0.1:9" for name in ("wss_proxy", "HTTP_PROXY", "http_proxy")},
    "NO_PROXY": "",
    "no_proxy": "",
}


def say(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), "say", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def read_mono_wav(path: Path) -> tuple[npt.NDArray[np.int16], int]:
    audio, rate = read_wav(path)  # 16-bit, or it raises
    assert audio.ndim == 1
    return audio, rate


def assert_plausible_speech(audio: npt.NDArray[np.int16], rate: int) -> None:
    seconds = len(audio) / rate
    assert 0.15 * WORDS < seconds < 1.0 * WORDS, seconds
    assert np.abs(audio.astype(np.int32)).max() > 3000, "the speech is (nearly) silent"
    blocks = audio[: len(audio) // 480 * 480].astype(np.float32).reshape(-1, 480)
    loud = np.sqrt((blocks**2).mean(axis=1)) > 300
    assert loud.mean() > 0.3, "too little of the file holds sound to be speech"


def test_out_writes_a_wav_of_the_whole_text_with_piper(tmp_path: Path) -> None:
    out = tmp_path / "speech.wav"
    done = say(tmp_path / "data", TEXT, "--engine", "piper", "--out", str(out))
    assert done.returncode == 0, done.stderr
    audio, rate = read_mono_wav(out)
    assert rate == 22_050
    assert_plausible_speech(audio, rate)


def test_edge_offline_falls_back_to_piper_with_one_notice_and_still_writes(
    tmp_path: Path,
) -> None:
    out = tmp_path / "edge.wav"
    env = {**os.environ, **OFFLINE}
    done = say(tmp_path / "data", TEXT, "--engine", "edge", "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    notices = [line for line in done.stderr.splitlines() if line.startswith("notice:")]
    assert len(notices) == 1, done.stderr
    assert "Piper" in notices[0] and "Edge" in notices[0]
    reason = notices[0].split("Edge:", 1)[1].strip()
    assert reason, notices[0]
    audio, rate = read_mono_wav(out)
    assert rate == 22_050  # all of it came from Piper
    assert_plausible_speech(audio, rate)


@pytest.mark.parametrize("engine", ["piper", "edge"])
@pytest.mark.timeout(240)
def test_say_reaches_the_speaker(virtual_audio: VirtualAudio, tmp_path: Path, engine: str) -> None:
    recorder = virtual_audio.speaker_recorder()
    env = {**virtual_audio.env, **OFFLINE}
    done = say(tmp_path / "data", TEXT, "--engine", engine, env=env)
    recorder.wait_for_frames(recorder.frames + virtual_audio.speaker_rate // 2, timeout=10)
    recording = recorder.stop()
    assert done.returncode == 0, done.stderr
    if engine == "edge":
        assert "notice: speaking with Piper instead of Edge" in done.stderr
    level = np.abs(recording.astype(np.int32))
    assert level.max() > 1000, "nothing reached the speaker"
    loud_frames = int((level.max(axis=1) > 300).sum())
    assert loud_frames > 0.15 * WORDS * virtual_audio.speaker_rate * 0.3, loud_frames


def test_a_bad_voice_is_a_clear_error(tmp_path: Path) -> None:
    done = say(tmp_path / "data", "Hi.", "--engine", "piper", "--voice", str(tmp_path / "x.onnx"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: Piper voice not found")
