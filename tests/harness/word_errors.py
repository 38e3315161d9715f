"""Comparing transcripts word by word: what a word error rate is made of."""

from __future__ import annotations

from collections.abc import Sequence

from callbot_desktop.speech.stt_guard import normalize_text

NUMBERS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))


def spoken_words(text: str) -> list[str]:
    """The words of ``text``, normalised, small numbers spelled out (Whisper writes "5" or
    "five" depending on the context it was given)."""
    heard = normalize_text(text).split()
    return [NUMBERS.get(int(word), word) if word.isdigit() else word for word in heard]


def word_edits(expected: Sequence[str], heard: Sequence[str]) -> int:
    """Insertions, deletions and substitutions that turn ``expected`` into ``heard``."""
    row = list(range(len(heard) + 1))
    for i, word in enumerate(expected, start=1):
        previous, row[0] = row[:], i
        for j, other in enumerate(heard, start=1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (word != other))
    return row[-1]
