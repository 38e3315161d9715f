"""Building a :class:`VoiceEngine` from the settings: one recipe for the CLI and the app.

Whisper comes from ``stt.*``, the voice from the persona (its ``tts_engine``/``voice``, when it
names them) or else ``tts.*``, the model from ``llm.*`` (Ollama, or the built-in model when
``llm.backend`` is ``auto`` and no Ollama answers), the devices and listening from ``audio.*`` and
``vad.*``. Nothing is loaded here: :meth:`VoiceEngine.start` does that, with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from callbot_desktop.core.paths import DataPaths
from callbot_desktop.engine.backend_choice import BackendChoice, choose_backend
from callbot_desktop.engine.tts_choice import ChosenVoice, choose_voice
from callbot_desktop.engine.voice_engine import OnEvent, VoiceConfig, VoiceEngine
from callbot_desktop.llm.personas import Persona
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.stt import LIVE_OPTIONS, SpeechToText
from callbot_desktop.storage.history import History


def speech_to_text(settings: Settings, paths: DataPaths) -> SpeechToText:
    """Whisper as the ``stt.*`` settings say."""
    options = LIVE_OPTIONS
    if not settings.get_bool("stt.short_window"):
        options = replace(LIVE_OPTIONS, encoder_window_s=None)
    return SpeechToText(
        settings.get_str("stt.model"),
        device=settings.get_str("stt.device"),
        language=settings.get_str("stt.language"),
        cache_dir=paths.model_cache_dir,
        options=options,
        partial_options=options,
    )


def persona_voice(
    settings: Settings,
    persona: Persona,
    *,
    warn: Callable[[str], None] | None = None,
    on_fallback: Callable[[str], None] | None = None,
) -> ChosenVoice:
    """The voice ``persona`` speaks with: its own engine and voice, else the ``tts.*`` settings."""
    engine = persona.tts_engine or settings.get_str("tts.engine")
    voice = persona.voice if persona.tts_engine or persona.voice else settings.get_str("tts.voice")
    return choose_voice(engine, voice, warn=warn, on_fallback=on_fallback)


def build_voice_engine(
    settings: Settings,
    paths: DataPaths,
    persona: Persona,
    history: History | None,
    *,
    on_event: OnEvent | None = None,
    choice: BackendChoice | None = None,
    **config: Any,
) -> tuple[VoiceEngine, BackendChoice]:
    """The engine for ``persona``, and the backend choice made for it (with its reason).

    ``config`` overrides :class:`VoiceConfig` fields (``listen=False`` for speaking only).
    """
    choice = choice or choose_backend(settings)
    default_model = settings.get_str("llm.model")
    model = choice.model_for(persona.model, default_model)
    engine = VoiceEngine(
        stt=speech_to_text(settings, paths),
        voice=persona_voice(settings, persona),
        backend=choice.backend,
        model=model,
        persona=persona,
        history=history,
        config=VoiceConfig.from_settings(settings, **config),
        on_event=on_event,
        model_for=lambda other: choice.model_for(other.model, default_model),
        backend_label=choice.reason,
    )
    return engine, choice
