"""A shorter Whisper encoder window for short utterances: about the same words in a third the time.

Whisper's encoder always looks at 30 s of audio: faster-whisper pads every utterance to 3000 mel
frames, so on a CPU a two-second question costs as much as thirty seconds of speech (tiny.en int8
on 2 cores: 0.28 s, of which the encoder is 0.21 s). CTranslate2's encoder accepts fewer frames,
and its cost falls with them faster than linearly (attention is quadratic, and a smaller window
stays in the CPU's cache).

Whisper was trained on 30 s windows, so the window cannot shrink to the speech alone: with only
a little padding after the words the decoder believes the audio goes on, and repeats itself ("yes
yes yes …"). The live default is 12 s (``stt_types.LIVE_OPTIONS``), measured with
``benchmarks/whisper_window.py`` on 2 cores:

========  ==========================  ==========================================
window    2 s Piper questions (10)    recorded speech, 1-8 s (62 clips, 669 words)
========  ==========================  ==========================================
30 s      0.34 s                      0.38 s
15 s      0.16 s, 1 word changed      0.19 s, 22 words changed, 1 redone
12 s      0.10 s, 3 words changed     0.12 s, 29 words changed, 1 redone
10 s      0.09 s, 3 words, 1 redone   0.09 s, 27 words changed, 1 redone
========  ==========================  ==========================================

"Changed" is against the 30 s window, which is not always the right one ("tell me that joke" /
"the joke" for "a joke"; ``tests/unit/speech/test_whisper_window.py`` checks the window hears
the Piper sentences at least as well). Below 10 s loops become common. And the decoding is still
checked: a result that looks like such a loop — too repetitive, ending by saying its last words
again, or cut off by the token limit set from the audio's length — is decoded again with the
full window.

:class:`WindowedWhisperModel` is faster-whisper's ``WhisperModel`` with ``transcribe`` taking
``encoder_window_s``. It relies on ``WhisperModel.encode`` being given the padded features of one
window, as in faster-whisper 1.x (pinned in pyproject.toml; the test above fails if that changes).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import numpy as np
import numpy.typing as npt
from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

FRAMES_PER_SECOND = 100  # Whisper's mel frames: one per 10 ms
MARGIN_FRAMES = 100
"""At least this much padding after the speech within the window (1 s)."""
TOKENS_PER_SECOND = 12
"""Token limit per second of audio: fast speech is about 5 tokens a second."""
MIN_TOKENS = 24
LOOP_COMPRESSION_RATIO = 2.4
"""faster-whisper's own threshold for "too repetitive" (gzip compression ratio of the text)."""


def window_frames(audio_samples: int, window_s: float | None, rate: int = 16_000) -> int | None:
    """Mel frames of the encoder window for ``audio_samples`` of audio, or None for the full one.

    The window is used only when the audio and its margin fit inside it; it is always even (the
    encoder's first convolution has stride 2).
    """
    if window_s is None:
        return None
    frames = int(window_s * FRAMES_PER_SECOND) // 2 * 2
    content = audio_samples * FRAMES_PER_SECOND // rate + 1
    if frames <= 0 or content + MARGIN_FRAMES > frames or frames >= 3000:
        return None
    return frames


def token_limit(audio_samples: int, rate: int = 16_000) -> int:
    """The most tokens an utterance this long can honestly need."""
    return MIN_TOKENS + int(TOKENS_PER_SECOND * audio_samples / rate)


def ends_repeating(text: str) -> bool:
    """Whether ``text`` ends by saying its last words again ("tell me a joke tell me a joke")."""
    words = re.findall(r"[\w']+", text.lower())
    for size in range(1, len(words) // 2 + 1):
        if words[-size:] == words[-2 * size : -size] and (size > 1 or words[-3:-2] == words[-1:]):
            return True
    return False


def looks_looped(segments: list[Any], limit: int) -> bool:
    """Whether a windowed decoding went round in circles instead of ending."""
    tokens = sum(len(segment.tokens) for segment in segments)
    return (
        tokens >= limit
        or any(segment.compression_ratio > LOOP_COMPRESSION_RATIO for segment in segments)
        or ends_repeating(" ".join(segment.text for segment in segments))
    )


class WindowedWhisperModel(WhisperModel):  # type: ignore[misc]
    """faster-whisper's model, encoding short utterances with a shorter window (module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._window: int | None = None
        self.windowed_runs = 0
        self.full_reruns = 0

    def transcribe(
        self,
        audio: npt.NDArray[np.float32],
        *args: Any,
        encoder_window_s: float | None = None,
        **kwargs: Any,
    ) -> tuple[Any, Any]:
        frames = window_frames(len(audio), encoder_window_s)
        if frames is None or "max_new_tokens" in kwargs:
            return super().transcribe(audio, *args, **kwargs)  # type: ignore[no-any-return]
        limit = token_limit(len(audio))
        self._window = frames
        try:
            segments, info = super().transcribe(audio, *args, max_new_tokens=limit, **kwargs)
            decoded = list(segments)  # decoding happens here, while the window is set
        finally:
            self._window = None
        self.windowed_runs += 1
        if looks_looped(decoded, limit):
            self.full_reruns += 1
            log.info("a %d-frame window decoded a loop; decoding with the full window", frames)
            segments, info = super().transcribe(audio, *args, **kwargs)
            decoded = list(segments)
        return iter(decoded), info

    def encode(self, features: npt.NDArray[np.float32]) -> Any:
        window = self._window
        if window is not None and features.shape[-1] > window:
            features = features[..., :window]
        return super().encode(features)
