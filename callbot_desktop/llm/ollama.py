"""Talking to an Ollama server: where it is, whether it answers, and streaming chat replies.

:func:`resolve_host` and :func:`probe` serve the doctor; :class:`OllamaBackend` is the
:class:`~callbot_desktop.llm.chat.ChatBackend` the voice pipeline uses, built on the official
``ollama.AsyncClient``. It turns everything the client can raise into the typed errors of
:mod:`callbot_desktop.llm.chat`, each with a one-line fix.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
import ollama

from callbot_desktop.llm.chat import (
    DEFAULT_OPTIONS,
    ChatChunk,
    ChatMessage,
    ChatOptions,
    GenerationFailed,
    LLMError,
    ModelDetails,
    ModelInfo,
    ModelNotFound,
    ServerError,
    ServerNotRunning,
    StalledStream,
)

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

DEFAULT_PORT = 11434
DEFAULT_HOST = f"http://127.0.0.1:{DEFAULT_PORT}"


def resolve_host(configured: str = "") -> str:
    """The server's base URL: the setting, else ``$OLLAMA_HOST``, else the local default.

    Accepts what people write in ``OLLAMA_HOST``: ``host``, ``host:port``, ``http(s)://host[:port]``.
    """
    raw = (configured or os.environ.get("OLLAMA_HOST", "")).strip().rstrip("/")
    if not raw:
        return DEFAULT_HOST
    if "://" not in raw:
        raw = "http://" + raw
    parts = urlsplit(raw)
    scheme = parts.scheme or "http"
    hostname = parts.hostname or "127.0.0.1"
    if ":" in hostname:  # IPv6 literal
        hostname = f"[{hostname}]"
    port = parts.port or (443 if scheme == "https" else DEFAULT_PORT)
    return f"{scheme}://{hostname}:{port}{parts.path}"


@dataclass(frozen=True)
class ServerStatus:
    host: str
    running: bool
    version: str = ""
    models: tuple[str, ...] = field(default_factory=tuple)
    problem: str = ""
    fix: str = ""


def probe(host: str, *, connect_timeout: float = 2.0, read_timeout: float = 5.0) -> ServerStatus:
    """Ask ``host`` for its version and installed models; never raises."""
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    try:
        with httpx.Client(base_url=host, timeout=timeout, trust_env=False) as client:
            version = client.get("/api/version").raise_for_status().json().get("version", "")
            tags = client.get("/api/tags").raise_for_status().json()
    except httpx.ConnectError:
        return ServerStatus(
            host,
            False,
            problem=f"Ollama is not running at {host}",
            fix="start it with `ollama serve`, set its address in Settings (or OLLAMA_HOST), "
            "or use the built-in model",
        )
    except (httpx.HTTPError, ValueError) as exc:
        return ServerStatus(
            host,
            False,
            problem=f"The server at {host} did not answer like Ollama "
            f"({type(exc).__name__}: {exc})",
            fix="check the Ollama address in Settings, and that `ollama serve` is running there",
        )
    models = tuple(str(m.get("name", m.get("model", ""))) for m in tags.get("models", []))
    return ServerStatus(host, True, version=str(version), models=models)


# --------------------------------------------------------------------------- streaming chat client


@dataclass(frozen=True)
class RetryPolicy:
    """How often to try connecting again before giving up, with exponential backoff.

    Only failures to *connect* are retried, and only before the first chunk of a reply arrived, so
    a partly streamed answer is never repeated. ``attempts=1`` means no retry.
    """

    attempts: int = 3
    first_delay: float = 0.25
    factor: float = 2.0
    max_delay: float = 2.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed attempt (1-based)."""
        return float(min(self.max_delay, self.first_delay * self.factor ** (failures - 1)))


_CONNECT_FAILURES: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    ConnectionError,
)
"""How 'nothing answers' surfaces: ``httpx.ConnectError`` from a stream's first ``next()``,
builtin ``ConnectionError`` from a non-stream call, ``httpx.ConnectTimeout`` from either."""


class OllamaBackend:
    """A :class:`~callbot_desktop.llm.chat.ChatBackend` on an Ollama server, via ``ollama``.

    ``host`` is the setting (empty: ``$OLLAMA_HOST``, else the local default). Timeouts: connecting
    takes at most ``connect_timeout``; a reply must start within ``first_chunk_timeout`` (loading
    the model and reading the prompt) and then never pause longer than ``stall_timeout``, else
    :class:`StalledStream`. Every request carries ``keep_alive`` so the model stays loaded between
    turns as long as after :meth:`preload`.
    """

    def __init__(
        self,
        host: str = "",
        *,
        connect_timeout: float = 2.0,
        read_timeout: float = 60.0,
        first_chunk_timeout: float = 60.0,
        stall_timeout: float = 20.0,
        keep_alive: str | float = "30m",
        retry: RetryPolicy | None = None,
    ) -> None:
        self.host = resolve_host(host)
        self.first_chunk_timeout = first_chunk_timeout
        self.stall_timeout = stall_timeout
        self.keep_alive = keep_alive
        self.retry = retry or RetryPolicy()
        self._read_timeout = read_timeout
        self._open_streams = 0
        self._client = ollama.AsyncClient(
            host=self.host,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            trust_env=False,
        )

    @property
    def open_streams(self) -> int:
        """HTTP reply streams open right now (0 once every reply ended or was cancelled)."""
        return self._open_streams

    # ----------------------------------------------------------------- ChatBackend

    async def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: str,
        options: ChatOptions = DEFAULT_OPTIONS,
    ) -> AsyncGenerator[ChatChunk, None]:
        """Stream the reply from ``model``; raises :class:`LLMError` subclasses on failure."""
        _require_model(model)
        wire = [message.as_dict() for message in messages]
        failures = 0
        while True:
            stream = await self._client.chat(
                model=model,
                messages=wire,
                stream=True,
                options=options.as_dict() or None,
                keep_alive=self.keep_alive,
            )
            self._open_streams += 1
            try:
                first = await self._next(stream, model, self.first_chunk_timeout, first=True)
            except _CONNECT_FAILURES as exc:
                self._open_streams -= 1
                await _aclose(stream)
                failures += 1
                await self._backoff_or_raise(failures, exc)
                continue
            except BaseException:
                self._open_streams -= 1
                await _aclose(stream)
                raise
            break
        try:
            response: ollama.ChatResponse | None = first
            while response is not None:
                chunk = _chunk_of(response)
                if chunk.done:
                    yield chunk
                    return
                if chunk.text:
                    yield chunk
                response = await self._next(stream, model, self.stall_timeout, first=False)
            raise GenerationFailed(
                f"Ollama at {self.host} ended the reply without finishing it",
                "try again; if it repeats, look at the Ollama server log",
            )
        finally:
            self._open_streams -= 1
            await _aclose(stream)

    async def preload(self, model: str) -> None:
        """Load ``model`` into memory now (a chat request with no messages and ``keep_alive``).

        Call it at start-up and whenever the persona or model changes.
        """
        _require_model(model)
        await self._call(
            lambda: self._client.chat(model=model, messages=[], keep_alive=self.keep_alive),
            model=model,
        )

    async def warm(self, messages: Sequence[ChatMessage], model: str) -> None:
        """Nothing to do: Ollama keeps the conversation it last answered in its own prompt cache,
        and its API has no request that reads a prompt without answering it."""
        _require_model(model)

    async def unload(self, model: str) -> None:
        """Free the memory ``model`` holds on the server (``keep_alive=0``)."""
        await self._call(
            lambda: self._client.chat(model=model, messages=[], keep_alive=0), model=model
        )

    async def models(self) -> list[ModelInfo]:
        """The installed models (``GET /api/tags``)."""
        listing = await self._call(self._client.list)
        return [_model_info(entry) for entry in listing.models]

    async def show(self, model: str) -> ModelDetails:
        """What ``model`` says about itself (``POST /api/show``)."""
        shown = await self._call(lambda: self._client.show(model), model=model)
        details = shown.details
        info = dict(shown.modelinfo or {})
        architecture = str(info.get("general.architecture", ""))
        context = info.get(f"{architecture}.context_length")
        return ModelDetails(
            name=model,
            family=(details.family if details else None) or architecture,
            parameter_size=(details.parameter_size if details else None) or "",
            quantization=(details.quantization_level if details else None) or "",
            context_length=context if isinstance(context, int) else None,
            capabilities=tuple(shown.capabilities or ()),
            template=shown.template or "",
            parameters=shown.parameters or "",
        )

    async def close(self) -> None:
        """Close the connection pool."""
        close: Callable[[], Awaitable[None]] = self._client.close  # untyped in ollama 0.6
        await close()

    async def __aenter__(self) -> OllamaBackend:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ----------------------------------------------------------------- plumbing

    async def _next(
        self,
        stream: AsyncIterator[ollama.ChatResponse],
        model: str,
        limit_s: float,
        *,
        first: bool,
    ) -> ollama.ChatResponse | None:
        """The next response line, ``None`` at the end; every failure becomes an LLMError.

        Connect failures pass through untouched when ``first`` so the caller can retry them.
        """
        try:
            async with asyncio.timeout(limit_s):
                return await anext(stream)
        except StopAsyncIteration:
            return None
        except TimeoutError:
            raise StalledStream(f"Ollama at {self.host}", limit_s, first=first) from None
        except httpx.ReadTimeout:
            raise StalledStream(f"Ollama at {self.host}", self._read_timeout, first=first) from None
        except _CONNECT_FAILURES as exc:
            if first:
                raise
            raise self._translate(exc, model) from exc
        except (ollama.ResponseError, httpx.HTTPError, ValueError) as exc:
            raise self._translate(exc, model, streaming=not first) from exc

    async def _call(self, request: Callable[[], Awaitable[_T]], *, model: str = "") -> _T:
        """Run a non-streaming request, retrying connect failures; errors become LLMErrors."""
        failures = 0
        while True:
            try:
                return await request()
            except _CONNECT_FAILURES as exc:
                failures += 1
                await self._backoff_or_raise(failures, exc)
            except httpx.TimeoutException as exc:
                raise ServerError(
                    f"Ollama at {self.host} did not answer within {self._read_timeout:g} s",
                    "the model may still be loading: wait a moment and try again",
                ) from exc
            except (ollama.ResponseError, httpx.HTTPError, ValueError) as exc:
                raise self._translate(exc, model) from exc

    async def _backoff_or_raise(self, failures: int, exc: BaseException) -> None:
        if failures >= self.retry.attempts:
            detail = "connection timed out" if isinstance(exc, httpx.TimeoutException) else ""
            raise ServerNotRunning(self.host, detail) from exc
        delay = self.retry.delay(failures)
        _log.info("Ollama at %s not reachable (%s); retrying in %.2f s", self.host, exc, delay)
        await asyncio.sleep(delay)

    def _translate(self, exc: BaseException, model: str, *, streaming: bool = False) -> LLMError:
        """The typed error, with its fix, for anything the ``ollama`` client raised."""
        where = f"Ollama at {self.host}"
        if isinstance(exc, ollama.ResponseError):
            status, text = exc.status_code, str(exc.error)
            if status == 404 and "model" in text.lower():
                return ModelNotFound(model, where)
            if status == -1:
                return GenerationFailed(
                    f"The model {model!r} failed while answering: {text}",
                    "try again; if it repeats, the server may be short of memory: pick a smaller "
                    "model or restart `ollama serve`",
                )
            if status == 404:
                return ServerError(
                    f"The server at {self.host} does not answer like Ollama ({text})",
                    "check the Ollama address in Settings (or OLLAMA_HOST)",
                    status,
                )
            if status in (401, 403):
                return ServerError(
                    f"{where} refused the request ({status}: {text})",
                    "check OLLAMA_API_KEY or the proxy in front of the server",
                    status,
                )
            if 400 <= status < 500:
                return ServerError(
                    f"{where} rejected the request ({status}: {text})",
                    "check the model options in Settings; updating Ollama may help",
                    status,
                )
            return ServerError(
                f"{where} failed ({status}: {text})",
                "look at the Ollama server log; restarting `ollama serve` often helps",
                status,
            )
        if isinstance(exc, _CONNECT_FAILURES):
            return ServerNotRunning(self.host)
        if streaming or isinstance(exc, httpx.TransportError):
            return GenerationFailed(
                f"The connection to {where} broke while answering ({type(exc).__name__}: {exc})",
                "check that `ollama serve` is still running, then try again",
            )
        return ServerError(
            f"{where} sent an answer that could not be read ({type(exc).__name__}: {exc})",
            "check the Ollama address in Settings; updating Ollama may help",
        )


def _require_model(model: str) -> None:
    if not model.strip():
        raise LLMError(
            "No Ollama model is chosen",
            "pick one in Settings (`ollama list` shows what is installed)",
        )


async def _aclose(stream: AsyncIterator[object]) -> None:
    """Close the client's response generator, which closes its HTTP response."""
    close = getattr(stream, "aclose", None)
    if close is not None:
        await close()


def _chunk_of(response: ollama.ChatResponse) -> ChatChunk:
    text = response.message.content or ""
    if not response.done:
        return ChatChunk(text)
    return ChatChunk(
        text,
        done=True,
        done_reason=response.done_reason,
        prompt_eval_count=response.prompt_eval_count,
        prompt_eval_duration_ns=response.prompt_eval_duration,
        eval_count=response.eval_count,
        eval_duration_ns=response.eval_duration,
        load_duration_ns=response.load_duration,
        total_duration_ns=response.total_duration,
    )


def _model_info(entry: ollama.ListResponse.Model) -> ModelInfo:
    details = entry.details
    return ModelInfo(
        name=entry.model or "",
        size_bytes=int(entry.size) if entry.size is not None else None,
        family=(details.family if details else None) or "",
        parameter_size=(details.parameter_size if details else None) or "",
        quantization=(details.quantization_level if details else None) or "",
        modified_at=entry.modified_at,
        digest=entry.digest or "",
    )
