"""OllamaBackend over real HTTP against the Ollama test server: streaming, errors, cancellation."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import statistics
import time
from collections.abc import AsyncIterator, Callable

import pytest

from callbot_desktop.llm.chat import (
    ChatBackend,
    ChatChunk,
    ChatMessage,
    ChatOptions,
    GenerationFailed,
    LLMError,
    ModelNotFound,
    ServerError,
    ServerNotRunning,
    StalledStream,
)
from callbot_desktop.llm.ollama import OllamaBackend, RetryPolicy
from tests.harness.ollama_server import (
    DEFAULT_ERROR_MESSAGE,
    DEFAULT_REPLY,
    SMOLLM2_MODEL,
    OllamaTestServer,
)

pytestmark = pytest.mark.integration

MODEL = "llama3.2"
HELLO = [ChatMessage.system("You are terse."), ChatMessage.user("Hi there")]
NO_RETRY = RetryPolicy(attempts=1)
LONG_REPLY = " ".join(f"word{i}" for i in range(400))


@contextlib.asynccontextmanager
async def backend_for(url: str, **kwargs: object) -> AsyncIterator[OllamaBackend]:
    backend = OllamaBackend(url, **kwargs)  # type: ignore[arg-type]
    try:
        yield backend
    finally:
        await backend.close()


async def collect(
    backend: OllamaBackend, model: str = MODEL, options: ChatOptions | None = None
) -> list[ChatChunk]:
    stream = backend.stream_chat(HELLO, model=model, options=options or ChatOptions())
    return [chunk async for chunk in stream]


def closed_port_url() -> str:
    """A port that was free a moment ago, with nobody listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def wait_until(condition: Callable[[], bool], limit_s: float = 10.0) -> bool:
    """Poll ``condition`` until it holds (True) or ``limit_s`` passes (False)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return False


# --------------------------------------------------------------------------- streaming


@pytest.mark.asyncio
async def test_streamed_text_equals_the_scripted_reply(ollama_server: OllamaTestServer) -> None:
    async with backend_for(ollama_server.url) as backend:
        assert isinstance(backend, ChatBackend)
        chunks = await collect(backend)

    assert "".join(c.text for c in chunks) == DEFAULT_REPLY
    assert len(chunks) > 2  # really streamed, piece by piece
    assert all(not c.done for c in chunks[:-1])
    final = chunks[-1]
    assert final.done and final.done_reason == "stop"
    assert final.eval_count and final.eval_count > 0
    assert final.prompt_eval_count and final.prompt_eval_count > 0
    for value in (final.eval_duration_ns, final.prompt_eval_duration_ns, final.total_duration_ns):
        assert value is not None and value > 0
    assert final.tokens_per_second is not None


@pytest.mark.asyncio
async def test_messages_options_and_keep_alive_go_over_the_wire(
    ollama_server: OllamaTestServer,
) -> None:
    options = ChatOptions(temperature=0.2, num_predict=3, seed=7, stop=("\n",))
    async with backend_for(ollama_server.url, keep_alive="10m") as backend:
        chunks = await collect(backend, options=options)

    sent = ollama_server.last_request("/api/chat").json
    assert sent["model"] == MODEL
    assert sent["stream"] is True
    assert sent["keep_alive"] == "10m"
    assert sent["messages"] == [m.as_dict() for m in HELLO]
    assert sent["options"] == {"temperature": 0.2, "num_predict": 3, "seed": 7, "stop": ["\n"]}
    assert chunks[-1].done_reason == "length"
    assert chunks[-1].eval_count == 3


@pytest.mark.asyncio
async def test_preload_sends_keep_alive_and_no_messages(ollama_server: OllamaTestServer) -> None:
    async with backend_for(ollama_server.url, keep_alive="45m") as backend:
        await backend.preload(MODEL)
        sent = ollama_server.last_request("/api/chat").json
        assert sent["messages"] == []
        assert sent["keep_alive"] == "45m"
        assert sent["model"] == MODEL
        assert ollama_server.loaded_models == ["llama3.2:latest"]

        await backend.unload(MODEL)
        assert ollama_server.last_request("/api/chat").json["keep_alive"] == 0
        assert ollama_server.loaded_models == []


@pytest.mark.asyncio
async def test_models_and_show(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(models=["llama3.2", "qwen2.5:0.5b"])
    async with backend_for(ollama_server.url) as backend:
        listed = await backend.models()
        shown = await backend.show("qwen2.5:0.5b")

    assert [m.name for m in listed] == ["llama3.2:latest", "qwen2.5:0.5b"]
    assert all(m.size_bytes and m.family == "llama" for m in listed)
    assert listed[0].quantization == "Q4_K_M" and listed[0].parameter_size == "3.2B"
    assert listed[0].modified_at is not None and listed[0].digest
    assert shown.family == "llama"
    assert shown.context_length == 131072
    assert shown.capabilities == ("completion",)
    assert "<|eot_id|>" in shown.template


@pytest.mark.asyncio
async def test_host_comes_from_ollama_host_when_the_setting_is_empty(
    ollama_server: OllamaTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_HOST", f"127.0.0.1:{ollama_server.port}")
    async with backend_for("") as backend:
        assert backend.host == ollama_server.url
        assert [m.name for m in await backend.models()] == ["llama3.2:latest"]


# --------------------------------------------------------------------------- typed errors


@pytest.mark.asyncio
async def test_unknown_model_says_how_to_pull_it(ollama_server: OllamaTestServer) -> None:
    async with backend_for(ollama_server.url) as backend:
        with pytest.raises(ModelNotFound) as streamed:
            await collect(backend, model="mistral:7b")
        with pytest.raises(ModelNotFound) as preloaded:
            await backend.preload("mistral:7b")
        with pytest.raises(ModelNotFound):
            await backend.show("mistral:7b")

    for error in (streamed.value, preloaded.value):
        assert "`ollama pull mistral:7b`" in error.fix
        assert "mistral:7b" in str(error)
        assert ollama_server.url in error.message


@pytest.mark.asyncio
async def test_server_down_says_to_run_ollama_serve() -> None:
    url = closed_port_url()
    async with backend_for(url, retry=RetryPolicy(attempts=2, first_delay=0.01)) as backend:
        with pytest.raises(ServerNotRunning) as streamed:
            await collect(backend)
        with pytest.raises(ServerNotRunning) as listed:
            await backend.models()
        with pytest.raises(ServerNotRunning):
            await backend.preload(MODEL)
        assert backend.open_streams == 0

    for error in (streamed.value, listed.value):
        assert "`ollama serve`" in error.fix
        assert url in error.message
        assert isinstance(error, LLMError)
        assert "—" in str(error)  # message and fix on one line


@pytest.mark.asyncio
async def test_error_in_mid_stream_is_a_generation_failure(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(error_after_tokens=3)
    received: list[str] = []
    async with backend_for(ollama_server.url) as backend:
        with pytest.raises(GenerationFailed) as failed:
            async for chunk in backend.stream_chat(HELLO, model=MODEL):
                received.append(chunk.text)
        assert backend.open_streams == 0

    assert len(received) == 3
    assert DEFAULT_ERROR_MESSAGE in failed.value.message
    assert failed.value.fix
    assert len(ollama_server.requests_to("/api/chat")) == 1  # never retried after text came


@pytest.mark.asyncio
async def test_other_http_errors_are_server_errors(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(http_error=(500, "out of memory"))
    async with backend_for(ollama_server.url) as backend:
        with pytest.raises(ServerError) as failed:
            await collect(backend)
    assert failed.value.status == 500
    assert "out of memory" in failed.value.message
    assert "ollama serve" in failed.value.fix


@pytest.mark.asyncio
async def test_a_stalled_stream_is_detected(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(stall_after_tokens=2, stall_seconds=None)
    received: list[str] = []
    async with backend_for(ollama_server.url, stall_timeout=0.5) as backend:

        async def consume() -> None:
            async for chunk in backend.stream_chat(HELLO, model=MODEL):
                received.append(chunk.text)

        with pytest.raises(StalledStream) as stalled:
            # The 60 s read timeout must not be what ends it: a hang would hit this bound first.
            await asyncio.wait_for(consume(), timeout=30)
        assert backend.open_streams == 0

    assert len(received) == 2
    assert stalled.value.seconds == 0.5
    assert "0.5 s" in stalled.value.message


@pytest.mark.asyncio
async def test_a_reply_that_never_starts_is_detected(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(first_token_delay=30)
    async with backend_for(ollama_server.url, first_chunk_timeout=0.5) as backend:
        with pytest.raises(StalledStream) as stalled:
            await collect(backend)
    assert "has not started answering" in stalled.value.message
    assert len(ollama_server.requests_to("/api/chat")) == 1


@pytest.mark.asyncio
async def test_server_dying_mid_reply_is_reported_and_not_retried(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(stall_after_tokens=2, stall_seconds=None)
    received: list[str] = []
    stopping: list[asyncio.Future[None]] = []
    async with backend_for(ollama_server.url) as backend:
        with pytest.raises(GenerationFailed) as failed:
            async for chunk in backend.stream_chat(HELLO, model=MODEL):
                received.append(chunk.text)
                if len(received) == 2:  # the server goes away while the reply stalls
                    loop = asyncio.get_running_loop()
                    stopping.append(loop.run_in_executor(None, ollama_server.stop))
        await asyncio.gather(*stopping)
    assert len(received) == 2
    assert "broke while answering" in failed.value.message
    assert "ollama serve" in failed.value.fix
    assert len(ollama_server.requests_to("/api/chat")) == 1


@pytest.mark.asyncio
async def test_retry_succeeds_when_the_server_comes_up_during_backoff() -> None:
    url = closed_port_url()
    port = int(url.rsplit(":", 1)[1])
    server = OllamaTestServer(port=port)
    loop = asyncio.get_running_loop()
    loop.call_later(0.4, server.start)
    try:
        retry = RetryPolicy(attempts=20, first_delay=0.1, factor=1.5, max_delay=0.5)
        async with backend_for(url, retry=retry) as backend:
            chunks = await collect(backend)
        assert "".join(c.text for c in chunks) == DEFAULT_REPLY
        assert len(server.requests_to("/api/chat")) == 1
    finally:
        server.stop()


# --------------------------------------------------------------------------- cancellation


@pytest.mark.asyncio
async def test_cancelling_the_consumer_closes_the_http_stream(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(reply=LONG_REPLY, token_delay=0.02)
    received: list[str] = []
    two_chunks = asyncio.Event()

    async with backend_for(ollama_server.url) as backend:

        async def consume() -> None:
            async for chunk in backend.stream_chat(HELLO, model=MODEL):
                received.append(chunk.text)
                if len(received) == 2:
                    two_chunks.set()

        task = asyncio.create_task(consume())
        await asyncio.wait_for(two_chunks.wait(), 10)
        assert backend.open_streams == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert backend.open_streams == 0
        # The server notices the hang-up at its next write and drops the connection.
        assert await wait_until(lambda: not ollama_server._connections)
        count = len(received)

        # The backend still works afterwards.
        ollama_server.configure(reply=DEFAULT_REPLY, token_delay=0.0)
        chunks = await collect(backend)
    assert count < 50
    assert "".join(c.text for c in chunks) == DEFAULT_REPLY


@pytest.mark.asyncio
async def test_breaking_out_early_with_aclosing_closes_the_stream(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(reply=LONG_REPLY, token_delay=0.02)
    async with backend_for(ollama_server.url) as backend:
        async with contextlib.aclosing(backend.stream_chat(HELLO, model=MODEL)) as stream:
            async for _chunk in stream:
                break
        assert backend.open_streams == 0
        assert await wait_until(lambda: not ollama_server._connections)


# --------------------------------------------------------------------------- the real model


@pytest.mark.asyncio
async def test_real_smollm2_over_http_streams_an_answer(
    smollm2_ollama_server: OllamaTestServer,
) -> None:
    options = ChatOptions(temperature=0, num_predict=24)
    firsts: list[float] = []
    async with backend_for(smollm2_ollama_server.url) as backend:
        await backend.preload(SMOLLM2_MODEL)
        for _ in range(3):
            started = time.monotonic()
            chunks: list[ChatChunk] = []
            async for chunk in backend.stream_chat(
                [ChatMessage.user("What is the capital of France?")],
                model=SMOLLM2_MODEL,
                options=options,
            ):
                if not chunks:
                    firsts.append(time.monotonic() - started)
                chunks.append(chunk)
            assert "".join(c.text for c in chunks).strip()
            assert chunks[-1].done and chunks[-1].done_reason in ("stop", "length")
            assert chunks[-1].eval_count and 0 < chunks[-1].eval_count <= 24
    print(f"\nSmolLM2 via Ollama test server: first chunk median {statistics.median(firsts):.3f} s")
