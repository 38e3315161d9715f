"""The Speaker starts a reply with its sound: the synthesizer's leading silence before the first
sentence is dropped, later sentences keep theirs."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import numpy as np
import pytest

from callbot_desktop.audio.lead_in import KEEP_S, THRESHOLD
from callbot_desktop.core.events import AudioOut, Event, Sentence
from callbot_desktop.core.pipeline import run_processor
from callbot_desktop.engine.speaking import Speaker
from callbot_desktop.speech.tts import AudioChunk
from callbot_desktop.speech.tts_piper import PiperSynthesizer

RATE = 1000


def _lead_in_s(events: list[Event], index: int) -> float:
    """Seconds before the first sample above the threshold in sentence ``index``'s audio."""
    pcm = b"".join(e.pcm for e in events if isinstance(e, AudioOut) and e.sentence_index == index)
    samples = np.abs(np.frombuffer(pcm, "<i2").astype(np.int32))
    rate = next(e.rate for e in events if isinstance(e, AudioOut))
    return float(np.flatnonzero(samples > THRESHOLD)[0]) / rate


class Scripted:
    """A synthesizer that says every text as the same chunks (to test our handling of them)."""

    def __init__(self, *chunks: np.ndarray) -> None:
        self.chunks = [AudioChunk(c.astype("<i2").tobytes(), RATE) for c in chunks]

    async def synthesize(self, text: str) -> AsyncGenerator[AudioChunk, None]:
        for chunk in self.chunks:
            yield chunk


@pytest.mark.asyncio
async def test_piper_reply_starts_with_sound_and_later_sentences_keep_their_pause(
    piper: PiperSynthesizer,
) -> None:
    out, _ = await run_processor(
        Speaker(piper), [Sentence("Sure thing.", 0), Sentence("Here it is.", 1)]
    )
    assert _lead_in_s(out, 0) <= KEEP_S + 0.002
    assert _lead_in_s(out, 1) > 2 * KEEP_S  # Piper's own lead-in, untouched


@pytest.mark.asyncio
async def test_silent_chunks_before_the_first_sound_are_skipped() -> None:
    sound = np.full(50, 5000)
    synth = Scripted(np.zeros(100), np.concatenate([np.zeros(40), sound]), np.zeros(30))
    out, _ = await run_processor(Speaker(synth), [Sentence("Hi.", 0)])
    audio = [e for e in out if isinstance(e, AudioOut)]
    keep = round(KEEP_S * RATE)
    assert [len(e.pcm) // 2 for e in audio] == [keep + 50, 30]
    assert out[0] == Sentence("Hi.", 0)


@pytest.mark.asyncio
async def test_a_sentence_silent_throughout_still_gives_its_audio() -> None:
    out, _ = await run_processor(Speaker(Scripted(np.zeros(100), np.zeros(60))), [Sentence("…", 0)])
    assert [len(e.pcm) // 2 for e in out if isinstance(e, AudioOut)] == [60]
