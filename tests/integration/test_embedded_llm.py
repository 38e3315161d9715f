"""The built-in model: the real SmolLM2-135M through xllamacpp, behind the shared chat interface."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from callbot_desktop.llm.chat import (
    ChatBackend,
    ChatChunk,
    ChatMessage,
    ChatOptions,
    EmbeddedModelUnavailable,
    ModelNotFound,
)
from callbot_desktop.llm.embedded import (
    NICENESS,
    EmbeddedBackend,
    bundled_gguf,
    default_batch_threads,
    default_poll,
    default_threads,
)
from tests.harness.ollama_server import require_smollm2

pytestmark = pytest.mark.integration
SHORT = ChatOptions(temperature=0.0, num_predict=8)

STORY = [
    ChatMessage.system("You are a storyteller who writes very long stories."),
    ChatMessage.user("Write a long story about a dragon who learns to bake bread."),
]


@pytest.fixture(scope="module")
def smollm2() -> Iterator[EmbeddedBackend]:
    """One backend on the real SmolLM2 for the module (loading takes about a second)."""
    backend = EmbeddedBackend(require_smollm2())
    try:
        yield backend
    finally:
        asyncio.run(backend.close())


async def wait_until(condition: Callable[[], bool], limit_s: float = 15.0) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return False


def test_one_thread_on_small_machines() -> None:
    assert default_threads(1) == 1
    assert default_threads(2) == 1
    assert default_threads(4) == 2
    assert default_threads(64) == 8


def test_the_prompt_is_read_with_every_core_of_a_small_machine() -> None:
    assert default_batch_threads(1) == 1
    assert default_batch_threads(2) == 2
    assert default_batch_threads(4) == default_threads(4) == 2
    chosen = EmbeddedBackend(require_smollm2(), threads=3)
    assert (chosen.threads, chosen.batch_threads) == (3, 3)  # the setting, when given, is both


def thread_stats() -> dict[int, tuple[int, int]]:
    """{thread id: (CPU ticks used, nice)} for every thread of this process (Linux /proc)."""
    stats = {}
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):  # a thread that just ended
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            stats[int(task.name)] = (int(fields[11]) + int(fields[12]), int(fields[16]))
    return stats


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities: Linux only")
@pytest.mark.asyncio
async def test_llama_cpp_works_at_a_lower_priority_than_the_app(smollm2: EmbeddedBackend) -> None:
    await smollm2.preload()
    before = thread_stats()
    async for _ in smollm2.stream_chat([ChatMessage.user("Count from one to thirty.")]):
        pass
    after = thread_stats()
    used = {tid: ticks - before.get(tid, (0, 0))[0] for tid, (ticks, _) in after.items()}
    busiest = max(used, key=used.__getitem__)
    assert used[busiest] > 0
    assert after[busiest][1] == NICENESS  # the thread that ran the model
    assert after[threading.get_native_id()][1] == 0  # the app's own threads keep theirs


def test_no_busy_waiting_on_small_machines() -> None:
    assert default_poll(2) == 0
    assert default_poll(8) == 50


@pytest.mark.asyncio
async def test_real_smollm2_streams_a_reply(smollm2: EmbeddedBackend) -> None:
    assert isinstance(smollm2, ChatBackend)
    await smollm2.preload(smollm2.name)
    assert smollm2.loaded and smollm2.threads == default_threads()
    assert smollm2.batch_threads == default_batch_threads()

    firsts: list[float] = []
    for question in ("What is the capital of France?", "Name a colour.", "Say hello."):
        started = time.monotonic()
        chunks: list[ChatChunk] = []
        async for chunk in smollm2.stream_chat(
            [ChatMessage.user(question)],
            model=smollm2.name,
            options=ChatOptions(temperature=0, num_predict=32),
        ):
            if not chunks:
                firsts.append(time.monotonic() - started)
            chunks.append(chunk)
        text = "".join(c.text for c in chunks)
        assert text.strip()
        assert "<|im_" not in text  # the chat template was applied, its markers not leaked
        final = chunks[-1]
        assert final.done and final.done_reason in ("stop", "length")
        assert all(not c.done for c in chunks[:-1])
        assert final.eval_count and 0 < final.eval_count <= 32
        assert final.prompt_eval_count and final.prompt_eval_count > 5
        assert final.eval_duration_ns and final.total_duration_ns
    print(f"\nSmolLM2 embedded: first chunk median {statistics.median(firsts):.3f} s")


@pytest.mark.asyncio
async def test_num_predict_ends_with_length(smollm2: EmbeddedBackend) -> None:
    chunks = [
        c
        async for c in smollm2.stream_chat(
            STORY, model="", options=ChatOptions(temperature=0, num_predict=4)
        )
    ]
    assert chunks[-1].done_reason == "length"
    assert chunks[-1].eval_count == 4


@pytest.mark.asyncio
async def test_cancelling_the_consumer_stops_generation(smollm2: EmbeddedBackend) -> None:
    stopped_before = smollm2.stopped_generations
    three = asyncio.Event()
    received: list[str] = []

    async def consume() -> None:
        async for chunk in smollm2.stream_chat(
            STORY, model=smollm2.name, options=ChatOptions(temperature=0, num_predict=2000)
        ):
            received.append(chunk.text)
            if len(received) == 3:
                three.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(three.wait(), 60)
    assert smollm2.generating
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # 2000 tokens would take many seconds; a cancel ends the worker at its next token.
    assert await wait_until(lambda: not smollm2.generating)
    assert smollm2.stopped_generations == stopped_before + 1
    assert len(received) < 100

    # The model is free again right away.
    chunks = [
        c
        async for c in smollm2.stream_chat(
            [ChatMessage.user("Hi")], options=ChatOptions(num_predict=4)
        )
    ]
    assert chunks[-1].done


@pytest.mark.asyncio
async def test_breaking_out_with_aclosing_stops_generation(smollm2: EmbeddedBackend) -> None:
    stopped_before = smollm2.stopped_generations
    stream = smollm2.stream_chat(STORY, options=ChatOptions(temperature=0, num_predict=2000))
    async with contextlib.aclosing(stream):
        async for _chunk in stream:
            break
    assert await wait_until(lambda: not smollm2.generating)
    assert smollm2.stopped_generations == stopped_before + 1


@pytest.mark.asyncio
async def test_models_and_a_wrong_model_name(smollm2: EmbeddedBackend) -> None:
    [info] = await smollm2.models()
    assert info.name == "SmolLM2-135M-Instruct.Q4_1" == smollm2.name
    assert info.parameter_size == "135M" and info.quantization == "Q4_1"
    assert info.size_bytes and info.size_bytes > 50_000_000

    with pytest.raises(ModelNotFound) as wrong:
        [c async for c in smollm2.stream_chat(STORY, model="llama3.2")]
    assert smollm2.name in wrong.value.fix


def test_missing_model_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(EmbeddedModelUnavailable) as missing:
        EmbeddedBackend(tmp_path / "nothing.gguf")
    assert "does not exist" in missing.value.message and missing.value.fix


@pytest.mark.asyncio
async def test_broken_model_file_is_a_typed_error(tmp_path: Path) -> None:
    require_smollm2()
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"this is not a gguf file" * 100)
    backend = EmbeddedBackend(broken)
    with pytest.raises(EmbeddedModelUnavailable) as failed:
        await backend.preload()
    assert "broken.gguf" in failed.value.message
    assert "GGUF" in failed.value.fix
    await backend.close()


def test_bundled_gguf_is_the_default() -> None:
    path = require_smollm2()
    assert bundled_gguf() == path
    assert EmbeddedBackend().path == path


@pytest.mark.asyncio
async def test_warming_reads_the_conversation_ahead_so_a_reply_reads_only_the_new_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from callbot_desktop.llm import embedded

    seen: list[dict[str, Any]] = []  # llama.cpp's own timings of each request
    on_chunk = embedded._Generation._on_chunk

    def spy(self: Any, chunk: Any) -> bool:
        if isinstance(chunk, dict) and isinstance(chunk.get("timings"), dict):
            seen.append(chunk["timings"])
        return on_chunk(self, chunk)

    monkeypatch.setattr(embedded._Generation, "_on_chunk", spy)
    system = [ChatMessage.system("You are a friendly voice assistant. Answer in one sentence.")]
    question = [*system, ChatMessage.user("Tell me a joke.")]
    async with EmbeddedBackend(require_smollm2()) as cold:
        chunks = [chunk async for chunk in cold.stream_chat(question, options=SHORT)]
        assert chunks[-1].done and seen[-1]["cache_n"] == 0  # the whole prompt was read
        [_ async for _ in cold.stream_chat(system, options=SHORT)]
        # The system prompt and ChatML's opening of the reply ("<|im_start|>assistant\n").
        system_prompt = seen[-1]["cache_n"] + seen[-1]["prompt_n"] - 3

    async with EmbeddedBackend(require_smollm2()) as warmed:
        await warmed.warm(system)
        assert seen[-1]["cache_n"] == 0 and seen[-1]["prompt_n"] > 20  # read, nothing said
        read_ahead = seen[-1]["prompt_n"]
        texts = [chunk.text async for chunk in warmed.stream_chat(question, options=SHORT)]
    assert "".join(texts).strip()
    # The system prompt comes from the cache, and so does the opening of the user's message.
    assert seen[-1]["cache_n"] > system_prompt
    assert seen[-1]["prompt_n"] < read_ahead
