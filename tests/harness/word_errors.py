"""Comparing transcripts word by word, with the numbers Whisper may write either way."""

from __future__ import annotations

from callbot_desktop.speech.stt_guard import normalize_text

NUMBERS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))


def spoken_words(text: str) -> list[str]:
    """The words of ``text``, normalised, small numbers spelled out (Whisper writes "5" or
    "five" depending on the context it was given)."""
    heard = normalize_text(text).split()
    return [NUMBERS.get(int(word), word) if word.isdigit() else word for word in heard]
