"""Which synthesizer speaks: Piper offline, or Edge online with Piper taking over when it fails.

Shared by ``callbot say``, ``callbot chat --speak/--voice`` and the app, so the ``tts.engine`` and
``tts.voice`` settings mean the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.tts import Synthesizer

if TYPE_CHECKING:
    from callbot_desktop.speech.tts_piper import PiperSynthesizer

Notice = Callable[[str], None]


@dataclass
class ChosenVoice:
    """A synthesizer, and the Piper voice it speaks with or falls back to."""

    synthesizer: Synthesizer
    piper: PiperSynthesizer
    engine: str

    async def load(self) -> None:
        """Load the Piper voice now (Edge needs no loading), so the first sentence is quick."""
        await self.piper.aload()

    def close(self) -> None:
        self.piper.close()


def choose_voice(
    engine: str,
    voice: str,
    *,
    explicit: bool = False,
    warn: Notice | None = None,
    on_fallback: Notice | None = None,
) -> ChosenVoice:
    """The synthesizer for ``engine`` (``piper`` or ``edge``) speaking with ``voice``.

    ``voice`` is a Piper ``.onnx`` file or an Edge voice name ('' = the engine's default). A
    non-Piper voice for Piper is an error when ``explicit`` (typed by the person), otherwise
    ``warn`` is told and the built-in voice speaks. ``on_fallback`` hears why Edge was replaced by
    Piper for a sentence.
    """
    from callbot_desktop.speech.tts_piper import PiperSynthesizer

    voice = voice.strip()
    is_piper_file = voice.lower().endswith(".onnx")
    if engine == "piper":
        if voice and not is_piper_file:
            if explicit:
                raise CallbotError(
                    f"{voice!r} is not a Piper voice", "give a Piper .onnx file, or use Edge"
                )
            if warn is not None:
                warn(
                    f"the voice setting {voice!r} is not a Piper .onnx file; "
                    "using the built-in Piper voice"
                )
            voice = ""
        piper = PiperSynthesizer(voice or None)
        return ChosenVoice(piper, piper, "piper")
    if engine != "edge":
        raise CallbotError(f"Unknown voice engine {engine!r}", "use 'piper' or 'edge'")

    from callbot_desktop.speech.tts_edge import DEFAULT_EDGE_VOICE, EdgeWithFallback, TtsFallback

    def notice(event: TtsFallback) -> None:
        if event.edge_tried and on_fallback is not None:
            on_fallback(event.reason)

    # A .onnx voice with the Edge engine is the voice Piper falls back to; Edge keeps its default.
    piper = PiperSynthesizer(voice if is_piper_file else None)
    edge_voice = voice if voice and not is_piper_file else DEFAULT_EDGE_VOICE
    edge = EdgeWithFallback(edge_voice, piper, on_fallback=notice)
    return ChosenVoice(edge, piper, "edge")
