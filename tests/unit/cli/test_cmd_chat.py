"""`callbot chat`: text turns streamed to stdout, kept in the history unless anonymous."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from tests.harness.ollama_server import DEFAULT_REPLY, OllamaTestServer

PASSPHRASE = "correct horse battery staple"


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def callbot(
    data_dir: Path, *args: str, host: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(data_dir), "OLLAMA_HOST": host},
    )


def test_a_turn_is_streamed_and_kept(tmp_path: Path, ollama_server: OllamaTestServer) -> None:
    done = callbot(
        tmp_path, "chat", "--passphrase-stdin", "--text", "Hi there", host=ollama_server.url
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == DEFAULT_REPLY + "\n"
    assert "Ollama answers" in done.stderr
    assert [p.name for p in tmp_path.rglob("history.db")] == ["history.db"]

    listed = callbot(tmp_path, "history", "--passphrase-stdin", "list", "--json", host="")
    assert listed.returncode == 0, listed.stderr
    (conversation,) = json.loads(listed.stdout)
    assert conversation["title"] == "Hi there" and conversation["persona"] == "Assistant"
    shown = callbot(
        tmp_path, "history", "--passphrase-stdin", "show", conversation["id"], "--json", host=""
    )
    messages = json.loads(shown.stdout)["messages"]
    assert [(m["role"], m["content"]) for m in messages] == [
        ("user", "Hi there"),
        ("assistant", DEFAULT_REPLY),
    ]


def test_stdin_lines_are_turns_of_one_conversation(
    tmp_path: Path, ollama_server: OllamaTestServer
) -> None:
    ollama_server.config.reply = "Bon voyage!"
    done = callbot(
        tmp_path,
        "chat",
        "--passphrase-stdin",
        "--persona",
        "Travel planner",
        host=ollama_server.url,
        stdin=f"{PASSPHRASE}\nPlan a trip\n\nTo Lisbon\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Bon voyage!\nBon voyage!\n"
    chats = [r.json for r in ollama_server.requests if r.path == "/api/chat"]
    assert [m["content"] for m in chats[-1]["messages"][1:]] == [
        "Plan a trip",
        "Bon voyage!",
        "To Lisbon",
    ]
    assert PASSPHRASE not in json.dumps(chats)
    listed = callbot(tmp_path, "history", "--passphrase-stdin", "list", "--json", host="")
    (conversation,) = json.loads(listed.stdout)
    assert conversation["persona"] == "Travel planner"


def test_anonymous_mode_writes_nothing(tmp_path: Path, ollama_server: OllamaTestServer) -> None:
    setting = callbot(tmp_path, "settings", "set", "privacy.anonymous", "true", host="")
    assert setting.returncode == 0, setting.stderr
    done = callbot(
        tmp_path, "chat", "--passphrase-stdin", "--text", "secret", host=ollama_server.url
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == DEFAULT_REPLY + "\n"
    assert not list(tmp_path.rglob("history.*"))
    assert PASSPHRASE not in json.dumps([r.json for r in ollama_server.requests])


def test_the_builtin_model_answers(tmp_path: Path) -> None:
    callbot(tmp_path, "settings", "set", "llm.backend", "embedded", host="")
    done = callbot(
        tmp_path, "chat", "--passphrase-stdin", "--text", "Say hello.", host=closed_port_url()
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_auto_falls_back_to_the_builtin_model(tmp_path: Path) -> None:
    host = closed_port_url()
    done = callbot(tmp_path, "chat", "--passphrase-stdin", "--text", "Say hello.", host=host)
    assert done.returncode == 0, done.stderr
    assert f"not running at {host}" in done.stderr and "built-in model" in done.stderr
    assert done.stdout.strip()


def test_an_unknown_persona_lists_the_personas(
    tmp_path: Path, ollama_server: OllamaTestServer
) -> None:
    done = callbot(
        tmp_path,
        "chat",
        "--passphrase-stdin",
        "--persona",
        "Pirate",
        "--text",
        "ahoy",
        host=ollama_server.url,
    )
    assert done.returncode == 2
    assert "no persona named 'Pirate'" in done.stderr
    assert "Assistant, Tutor, Travel planner, Translator" in done.stderr
    assert not [r for r in ollama_server.requests if r.path == "/api/chat"]
