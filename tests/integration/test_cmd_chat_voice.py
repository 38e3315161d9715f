"""`callbot chat --speak` and `callbot chat --voice` as a person runs them, on virtual devices."""

from __future__ import annotations

import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from tests.harness.ollama_server import DEFAULT_REPLY, OllamaTestServer, require_smollm2
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

pytestmark = pytest.mark.integration

PASSPHRASE = "correct horse battery staple"


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), *args]


def environment(virtual_audio: VirtualAudio, host: str) -> dict[str, str]:
    # HOME stays the virtual audio's (its ALSA configuration lives there); no session bus is
    # passed, so there is no keyring and the history key takes a passphrase.
    return {"PATH": "/usr/bin:/bin", **virtual_audio.env_overrides, "OLLAMA_HOST": host}


def use_virtual_devices(data_dir: Path, virtual_audio: VirtualAudio, env: dict[str, str]) -> None:
    for name, value in (
        ("audio.input_device", virtual_audio.mic_device),
        ("audio.output_device", virtual_audio.speaker_device),
    ):
        subprocess.run(
            command(data_dir, "settings", "set", name, value), env=env, check=True, timeout=60
        )


def voiced_seconds(recording: object, rate: int) -> float:
    import numpy as np

    frames = np.asarray(recording).astype(np.int32).reshape(-1)
    return float(np.count_nonzero(np.abs(frames) > 300)) / rate / 2


@pytest.mark.timeout(240)
def test_chat_speak_says_the_reply_aloud_and_keeps_it(
    tmp_path: Path, virtual_audio: VirtualAudio, ollama_server: OllamaTestServer
) -> None:
    env = environment(virtual_audio, ollama_server.url)
    use_virtual_devices(tmp_path, virtual_audio, env)
    speaker = virtual_audio.speaker_recorder()
    done = subprocess.run(
        command(tmp_path, "chat", "--speak", "--passphrase-stdin", "--text", "Hello there"),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=200,
    )
    recording = speaker.stop()
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["you: Hello there", f"assistant: {DEFAULT_REPLY}"]
    assert voiced_seconds(recording, virtual_audio.speaker_rate) > 0.5, "the reply was spoken"

    shown = subprocess.run(
        command(tmp_path, "history", "--passphrase-stdin", "list", "--json"),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Hello there" in shown.stdout


def read_until(stream: IO[str], wanted: str, limit_s: float) -> str:
    """Read lines from a pipe until one contains ``wanted``; everything read so far."""
    seen = ""
    deadline = time.monotonic() + limit_s
    while wanted not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"{wanted!r} never came; got:\n{seen}"
        ready, _, _ = select.select([stream], [], [], left)
        if ready:
            line = stream.readline()
            assert line, f"the program ended before {wanted!r}; got:\n{seen}"
            seen += line
    return seen


@pytest.mark.timeout(240)
def test_chat_voice_hears_answers_and_stops_on_ctrl_c(
    tmp_path: Path, virtual_audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    require_smollm2()
    env = environment(virtual_audio, closed_port_url())
    use_virtual_devices(tmp_path, virtual_audio, env)
    subprocess.run(
        command(tmp_path, "settings", "set", "privacy.anonymous", "true"),
        env=env,
        check=True,
        timeout=60,
    )
    process = subprocess.Popen(
        command(tmp_path, "chat", "--voice"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stderr is not None and process.stdout is not None
        status = read_until(process.stderr, "Listening…", 120)
        assert "using the built-in model" in status
        virtual_audio.start_play_into_mic(speech_samples["weather"].padded(0.3, 1.0))
        heard = read_until(process.stdout, "you:", 60)
        assert "weather" in heard.lower()
        reply = read_until(process.stdout, "assistant:", 60)
        delays = read_until(process.stderr, "after you stopped", 120)
        assert "first sound" in delays
        process.send_signal(signal.SIGINT)
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert reply.split("assistant:", 1)[1].strip(), "a reply was printed"
    assert not list(tmp_path.rglob("history.db*")), "anonymous: no history was written"
