"""How the voice engine is tuned: from the settings, and by the machine it runs on."""

from __future__ import annotations

from callbot_desktop.engine.voice_engine import (
    FIRST_CLAUSE_WORDS,
    VoiceConfig,
    default_partial_interval,
)
from callbot_desktop.settings.store import Settings


def test_partial_transcripts_only_where_there_are_cores_to_spare() -> None:
    assert default_partial_interval(1) == 0.0
    assert default_partial_interval(2) == 0.0
    assert default_partial_interval(8) == 0.5


def test_the_config_follows_the_settings() -> None:
    settings = Settings()
    settings.set("audio.input_device", "vmic")
    settings.set("audio.hands_free", True)
    settings.set("audio.barge_in", True)
    settings.set("vad.hangover_ms", 700)
    config = VoiceConfig.from_settings(settings, listen=False)
    assert (config.input_device, config.hands_free, config.barge_in) == ("vmic", True, True)
    assert config.vad.hangover_ms == 700.0
    assert config.listen is False
    assert config.first_clause_min_words == FIRST_CLAUSE_WORDS
