"""Talking to an Ollama server: where it is, and whether it answers with which models."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

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
