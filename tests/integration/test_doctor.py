"""`callbot doctor` on a machine with every real component: a mic, a speaker, Ollama, a keyring."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.harness.ollama_server import OllamaTestServer
from tests.harness.secret_service import SecretServiceSession
from tests.harness.virtual_audio import VirtualAudio


def test_doctor_passes_with_real_devices_ollama_and_keyring(
    virtual_audio: VirtualAudio,
    secret_service: SecretServiceSession,
    ollama_server: OllamaTestServer,
    tmp_path: Path,
) -> None:
    env = {
        **virtual_audio.env,
        "DBUS_SESSION_BUS_ADDRESS": secret_service.env["DBUS_SESSION_BUS_ADDRESS"],
        "OLLAMA_HOST": ollama_server.url,
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "callbot_desktop.cli",
            "--data-dir",
            str(tmp_path),
            "doctor",
            "--json",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    report = json.loads(done.stdout)
    failing = [c for c in report["checks"] if not c["ok"]]
    assert failing == [], failing
    assert done.returncode == 0 and report["ok"] is True
    audio = report["audio"]
    names = {d["name"] for d in audio["devices"]}
    assert {"vmic", "vspeaker"} <= names
    assert audio["default_input"] and audio["default_output"]
    assert report["ollama"]["running"] is True
    assert report["ollama"]["host"] == ollama_server.url
    assert "llama3.2:latest" in report["ollama"]["models"]
    assert report["keyring"]["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring"]["usable"] is True


def test_doctor_names_the_missing_model_with_the_pull_command(
    ollama_server: OllamaTestServer, tmp_path: Path
) -> None:
    ollama_server.config.models = ["qwen2.5:0.5b"]
    env = {"OLLAMA_HOST": ollama_server.url, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(tmp_path), "doctor"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "`ollama pull llama3.2`" in done.stdout
    assert "qwen2.5:0.5b" in done.stdout
