"""Which language model answers: the Ollama server or the built-in model, and why.

The ``llm.backend`` setting decides: ``ollama`` always uses the server at ``llm.host`` (else
``$OLLAMA_HOST``, else the local default), ``embedded`` always uses the built-in GGUF model, and
``auto`` asks the server quickly (:func:`~callbot_desktop.llm.ollama.probe`, 2 s to connect) and
falls back to the built-in model when it does not answer. :class:`Decision` records the choice
with a one-line reason a person can read; :class:`BackendChoice` adds the backend itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from callbot_desktop.llm.chat import ChatBackend, EmbeddedModelUnavailable, LLMError
from callbot_desktop.llm.embedded import EmbeddedBackend
from callbot_desktop.llm.ollama import OllamaBackend, ServerStatus, probe, resolve_host
from callbot_desktop.settings.store import Settings

BackendKind = Literal["ollama", "embedded"]
Probe = Callable[[str], ServerStatus]


def quick_probe(host: str) -> ServerStatus:
    """Ask ``host`` whether Ollama runs there: 2 s to connect, 5 s to answer; never raises."""
    return probe(host, connect_timeout=2.0, read_timeout=5.0)


@dataclass(frozen=True, slots=True)
class Decision:
    """Which backend to use, at which address, and why (``status`` is None when not probed)."""

    kind: BackendKind
    host: str
    reason: str
    status: ServerStatus | None = None


def decide(setting: str, host_setting: str = "", *, probe_fn: Probe = quick_probe) -> Decision:
    """The backend that ``llm.backend = setting`` means now; only ``auto`` asks the server."""
    host = resolve_host(host_setting)
    if setting == "ollama":
        return Decision("ollama", host, f"llm.backend is 'ollama': using Ollama at {host}")
    if setting == "embedded":
        return Decision("embedded", host, "llm.backend is 'embedded': using the built-in model")
    status = probe_fn(host)
    if status.running:
        version = f" (version {status.version})" if status.version else ""
        return Decision("ollama", host, f"Ollama answers at {host}{version}", status)
    return Decision(
        "embedded",
        host,
        f"{status.problem or f'Ollama does not answer at {host}'}; using the built-in model",
        status,
    )


@dataclass(frozen=True, slots=True)
class BackendChoice:
    """The chosen backend, the decision behind it, and the model names it takes."""

    backend: ChatBackend
    decision: Decision
    builtin_name: str = ""
    """The built-in model's name when the backend is the built-in one."""

    @property
    def kind(self) -> BackendKind:
        return self.decision.kind

    @property
    def reason(self) -> str:
        return self.decision.reason

    def model_for(self, persona_model: str, default_model: str) -> str:
        """The model to ask for: the persona's, else the setting; the built-in has only one."""
        if self.kind == "embedded":
            return ""
        return persona_model or default_model


def choose_backend(settings: Settings, *, probe_fn: Probe = quick_probe) -> BackendChoice:
    """Build the backend that the ``llm.*`` settings ask for (see :func:`decide`)."""
    decision = decide(
        settings.get_str("llm.backend"), settings.get_str("llm.host"), probe_fn=probe_fn
    )
    if decision.kind == "ollama":
        return BackendChoice(OllamaBackend(decision.host), decision)
    try:
        embedded = EmbeddedBackend(threads=settings.get_int("llm.threads") or None)
    except EmbeddedModelUnavailable as exc:
        if decision.status is None:
            raise
        raise LLMError(
            f"{decision.status.problem}, and {exc.message[0].lower()}{exc.message[1:]}",
            f"{decision.status.fix}; or {exc.fix}",
        ) from exc
    return BackendChoice(embedded, decision, embedded.name)
