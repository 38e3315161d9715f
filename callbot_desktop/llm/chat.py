"""The one streaming chat interface every language-model backend speaks, and its errors.

The voice pipeline talks to a :class:`ChatBackend` and never learns whether an Ollama server
(:mod:`callbot_desktop.llm.ollama`) or the built-in llama.cpp model
(:mod:`callbot_desktop.llm.embedded`) answers. Messages, options, chunks and model descriptions
are small frozen dataclasses; every failure is an :class:`LLMError` (a
:class:`~callbot_desktop.core.errors.CallbotError`) whose ``fix`` says what to do.

A reply is consumed like this; ``aclosing`` makes an early ``break`` close the stream at once::

    async with contextlib.aclosing(backend.stream_chat(messages, model=name)) as stream:
        async for chunk in stream:
            speak(chunk.text)
            if chunk.done:
                log(chunk.done_reason, chunk.eval_count)

Cancelling the consuming task stops the generation (and closes the HTTP stream) promptly.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

from callbot_desktop.core.errors import CallbotError

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One turn of the conversation."""

    role: Role
    content: str

    @classmethod
    def system(cls, content: str) -> ChatMessage:
        return cls("system", content)

    @classmethod
    def user(cls, content: str) -> ChatMessage:
        return cls("user", content)

    @classmethod
    def assistant(cls, content: str) -> ChatMessage:
        return cls("assistant", content)

    def as_dict(self) -> dict[str, str]:
        """The wire form shared by Ollama and llama.cpp: ``{"role": ..., "content": ...}``."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class ChatOptions:
    """Sampling options; ``None`` leaves the backend's (or the model's) default in place."""

    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    seed: int | None = None
    num_predict: int | None = None
    """Most tokens to generate for this reply."""
    num_ctx: int | None = None
    """Context window (Ollama only; the built-in model fixes it when it loads)."""
    stop: tuple[str, ...] = ()
    """Strings that end the reply (not included in it)."""

    def as_dict(self) -> dict[str, Any]:
        """The options that are set, with Ollama's names."""
        values: dict[str, Any] = {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "seed": self.seed,
            "num_predict": self.num_predict,
            "num_ctx": self.num_ctx,
            "stop": list(self.stop) if self.stop else None,
        }
        return {key: value for key, value in values.items() if value is not None}


DEFAULT_OPTIONS = ChatOptions()


@dataclass(frozen=True, slots=True)
class ChatChunk:
    """A piece of the reply. The last chunk has ``done=True`` and, when known, the statistics.

    Durations are in nanoseconds, as Ollama reports them.
    """

    text: str
    done: bool = False
    done_reason: str | None = None
    """``"stop"`` (natural end or a stop string), ``"length"`` (hit ``num_predict``), ..."""
    prompt_eval_count: int | None = None
    prompt_eval_duration_ns: int | None = None
    eval_count: int | None = None
    eval_duration_ns: int | None = None
    load_duration_ns: int | None = None
    total_duration_ns: int | None = None

    @property
    def tokens_per_second(self) -> float | None:
        """Generation speed, when the final chunk carries the numbers."""
        if not self.eval_count or not self.eval_duration_ns:
            return None
        return self.eval_count / (self.eval_duration_ns / 1e9)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """An installed model as a model list shows it."""

    name: str
    size_bytes: int | None = None
    family: str = ""
    parameter_size: str = ""
    quantization: str = ""
    modified_at: datetime | None = None
    digest: str = ""


@dataclass(frozen=True, slots=True)
class ModelDetails:
    """What one model says about itself (``ollama show``)."""

    name: str
    family: str = ""
    parameter_size: str = ""
    quantization: str = ""
    context_length: int | None = None
    capabilities: tuple[str, ...] = ()
    template: str = ""
    parameters: str = ""


@runtime_checkable
class ChatBackend(Protocol):
    """A language model that streams chat replies. Implementations: Ollama and built-in."""

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: str,
        options: ChatOptions = DEFAULT_OPTIONS,
    ) -> AsyncGenerator[ChatChunk, None]:
        """Stream the reply to ``messages``; raises :class:`LLMError` subclasses on failure."""
        ...

    async def preload(self, model: str) -> None:
        """Load ``model`` now so that the first reply does not wait for it."""
        ...

    async def warm(self, messages: Sequence[ChatMessage], model: str) -> None:
        """Read ``messages`` ahead, so the next reply to them plus a new one starts sooner."""
        ...

    async def models(self) -> list[ModelInfo]:
        """The models this backend can answer with."""
        ...

    async def close(self) -> None:
        """Stop what is running and release connections or memory."""
        ...


# --------------------------------------------------------------------------- errors


class LLMError(CallbotError):
    """A language-model backend failed; ``message`` says what happened and ``fix`` what to do."""


class ServerNotRunning(LLMError):
    """Nothing answers at the Ollama address (refused, unreachable, or connect timed out)."""

    def __init__(self, host: str, detail: str = "") -> None:
        suffix = f" ({detail})" if detail else ""
        super().__init__(
            f"Ollama is not running at {host}{suffix}",
            "start it with `ollama serve`, set its address in Settings (or OLLAMA_HOST), "
            "or switch to the built-in model in Settings",
        )
        self.host = host


class ModelNotFound(LLMError):
    """The server (or the built-in backend) does not have the model that was asked for."""

    def __init__(self, model: str, where: str, fix: str = "") -> None:
        super().__init__(
            f"The model {model!r} is not installed on {where}",
            fix
            or f"download it with `ollama pull {model}`, or pick an installed model in Settings",
        )
        self.model = model


class StalledStream(LLMError):
    """The reply stopped arriving: no chunk for longer than the stall timeout."""

    def __init__(self, where: str, seconds: float, *, first: bool) -> None:
        what = "started answering" if first else "sent more of the answer"
        super().__init__(
            f"{where} has not {what} for {seconds:g} s",
            "the model may be overloaded or stuck: try again, pick a smaller model, "
            "or raise the timeout in Settings",
        )
        self.seconds = seconds


class GenerationFailed(LLMError):
    """The model failed while answering (an error line mid-stream, or the connection broke)."""


class ServerError(LLMError):
    """The server answered the request with an error status (other than a missing model)."""

    def __init__(self, message: str, fix: str, status: int | None = None) -> None:
        super().__init__(message, fix)
        self.status = status


class EmbeddedModelUnavailable(LLMError):
    """The built-in model cannot run: its GGUF file or the llama.cpp runtime is missing/broken."""
