"""Where the Ollama server is: the setting, OLLAMA_HOST, or the local default."""

from __future__ import annotations

import pytest

from callbot_desktop.llm.ollama import DEFAULT_HOST, probe, resolve_host


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("", DEFAULT_HOST),
        ("gpu-box", "http://gpu-box:11434"),
        ("gpu-box:8080", "http://gpu-box:8080"),
        ("http://10.0.0.5:11434/", "http://10.0.0.5:11434"),
        ("https://ollama.example.org", "https://ollama.example.org:443"),
        ("[::1]:11434", "http://[::1]:11434"),
        ("0.0.0.0", "http://0.0.0.0:11434"),
    ],
)
def test_resolve_host_accepts_what_people_write(
    written: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    assert resolve_host(written) == url


def test_environment_is_used_when_setting_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", "big-machine:11434")
    assert resolve_host("") == "http://big-machine:11434"
    assert resolve_host("other:1") == "http://other:1"


def test_probe_of_a_closed_port_says_how_to_start_ollama() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago, with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    status = probe(f"http://127.0.0.1:{port}", connect_timeout=1)
    assert not status.running
    assert f"127.0.0.1:{port}" in status.problem
    assert "ollama serve" in status.fix
