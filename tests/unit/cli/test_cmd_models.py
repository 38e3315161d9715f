"""`callbot models`: the server's models, the built-in one, and each persona's model."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from tests.harness.ollama_server import OllamaTestServer


def callbot(data_dir: Path, *args: str, host: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), *args],
        input="",
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(data_dir), "OLLAMA_HOST": host},
    )


def test_lists_the_server_models_and_personas(
    tmp_path: Path, ollama_server: OllamaTestServer
) -> None:
    ollama_server.config.models = ["llama3.2:latest", "qwen2.5:0.5b"]
    done = callbot(tmp_path, "models", "--json", host=ollama_server.url)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ollama"]["running"] is True
    assert report["ollama"]["models"] == ["llama3.2:latest", "qwen2.5:0.5b"]
    assert report["builtin"]["installed"] is True and report["builtin"]["name"]
    assert report["backend"]["in_use"] == "ollama"
    assert report["personas"][0] == {
        "persona": "Assistant",
        "model": "llama3.2",
        "source": "settings",
    }
    assert [p["persona"] for p in report["personas"]] == [
        "Assistant",
        "Tutor",
        "Travel planner",
        "Translator",
    ]

    text = callbot(tmp_path, "models", host=ollama_server.url)
    assert "qwen2.5:0.5b" in text.stdout and "Travel planner" in text.stdout


def test_says_when_ollama_is_not_running(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        host = f"http://127.0.0.1:{sock.getsockname()[1]}"
    done = callbot(tmp_path, "models", host=host)
    assert done.returncode == 0, done.stderr
    assert f"Ollama at {host}: not running" in done.stdout
    assert "ollama serve" in done.stdout
    assert "In use (llm.backend = auto): embedded" in done.stdout
    assert "SmolLM2" in done.stdout
    assert not list(tmp_path.rglob("history.*"))
