"""Choosing the chat backend from settings, and text turns, against real servers and models."""

from __future__ import annotations

import asyncio
import socket

from callbot_desktop.engine.backend_choice import choose_backend, decide
from callbot_desktop.engine.text_chat import TextChat
from callbot_desktop.llm.embedded import EmbeddedBackend, default_threads
from callbot_desktop.llm.ollama import OllamaBackend, ServerStatus
from callbot_desktop.llm.personas import BUILTIN_PERSONAS
from callbot_desktop.settings.store import Settings
from tests.harness.ollama_server import DEFAULT_REPLY, OllamaTestServer


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def settings(backend: str, host: str) -> Settings:
    return Settings({"llm.backend": backend, "llm.host": host})


def test_auto_uses_ollama_when_it_answers(ollama_server: OllamaTestServer) -> None:
    choice = choose_backend(settings("auto", ollama_server.url))
    assert isinstance(choice.backend, OllamaBackend)
    assert choice.kind == "ollama"
    assert choice.backend.host == ollama_server.url
    assert "Ollama answers" in choice.reason
    assert choice.model_for("", "llama3.2") == "llama3.2"
    assert choice.model_for("qwen2.5", "llama3.2") == "qwen2.5"


def test_auto_falls_back_to_the_builtin_model_and_says_why() -> None:
    host = closed_port_url()
    choice = choose_backend(settings("auto", host))
    assert isinstance(choice.backend, EmbeddedBackend)
    assert choice.kind == "embedded"
    assert f"not running at {host}" in choice.reason and "built-in model" in choice.reason
    assert choice.model_for("llama3.2", "llama3.2") == ""
    assert choice.builtin_name == choice.backend.name


def test_explicit_settings_do_not_probe() -> None:
    def no_probe(host: str) -> ServerStatus:
        raise AssertionError("probed")

    host = closed_port_url()
    assert decide("ollama", host, probe_fn=no_probe).kind == "ollama"
    assert decide("embedded", host, probe_fn=no_probe).kind == "embedded"
    assert isinstance(choose_backend(settings("embedded", "")).backend, EmbeddedBackend)


def test_the_builtin_model_gets_the_threads_setting_or_its_own_default() -> None:
    chosen = Settings({"llm.backend": "embedded", "llm.threads": 2})
    automatic = Settings({"llm.backend": "embedded", "llm.threads": 0})
    assert getattr(choose_backend(chosen).backend, "threads", None) == 2
    assert getattr(choose_backend(automatic).backend, "threads", None) == default_threads()


def test_text_turns_stream_and_keep_the_conversation(ollama_server: OllamaTestServer) -> None:
    persona = BUILTIN_PERSONAS[0]
    chat = TextChat(OllamaBackend(ollama_server.url), persona, model="llama3.2")
    tokens: list[str] = []

    async def two_turns() -> tuple[str, str]:
        first = await chat.turn("hello there", tokens.append)
        second = await chat.turn("and again", tokens.append)
        await chat.aclose()
        await chat.backend.close()
        return first, second

    first, second = asyncio.run(two_turns())
    assert first == second == DEFAULT_REPLY
    assert len(tokens) > 2 and "".join(tokens) == DEFAULT_REPLY * 2
    last = [r for r in ollama_server.requests if r.path == "/api/chat"][-1].json
    roles = [m["role"] for m in last["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert last["messages"][0]["content"] == persona.system_prompt
    assert last["options"]["temperature"] == persona.temperature
    assert chat.conversation_id is None  # no history: nothing recorded
