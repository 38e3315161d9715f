"""The adaptive end of turn: how long a pause ends the turn, given what has been said so far.

:class:`EndOfTurnPolicy` reads the partial transcript and judges how it ends
(:class:`TurnEnding`): a finished sentence shortens the VAD's hangover, a trailing "and", "um",
comma or "..." lengthens it. Pure text rules; no audio, no model.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class TurnEnding(enum.Enum):
    """How a partial transcript ends, as judged by :class:`EndOfTurnPolicy`."""

    COMPLETE = "complete"
    CONTINUING = "continuing"
    UNKNOWN = "unknown"


CONTINUATION_WORDS: frozenset[str] = frozenset(
    {
        # fillers and hesitations
        "um", "umm", "uh", "uhm", "er", "erm", "ah",
        # conjunctions: the sentence goes on
        "and", "but", "or", "so", "because", "then",
        # words an English sentence cannot end on
        "the", "a", "an", "to", "of", "with", "my", "your",
    }
)  # fmt: skip
"""Default last words after which the speaker is probably not done."""

_CLOSERS = "\"'”’»)]}"


@dataclass(frozen=True)
class EndOfTurnPolicy:
    """Adapts the hangover to how the partial transcript ends.

    Rules, first match wins, after stripping trailing spaces and closing quotes/brackets:

    1. an ellipsis (``...`` or ``…``): CONTINUING (the speaker trails off);
    2. ``?`` or ``!``: COMPLETE;
    3. a trailing mark from ``continuation_marks`` (default comma, semicolon, colon, dashes):
       CONTINUING;
    4. a last word (lower-cased, punctuation stripped) in ``continuation_words``
       (:data:`CONTINUATION_WORDS`: "and", "um", "uh", "so", "but", "or", ...): CONTINUING, even
       with a full stop, because Whisper writes "um." and "and." at the end of a partial;
    5. a character from ``sentence_endings`` (default ``.``, plus the ``?!`` of rule 2):
       COMPLETE;
    6. anything else, or no text: UNKNOWN.

    COMPLETE multiplies the base hangover by ``complete_factor`` (0.5) but never goes below
    ``min_hangover_ms`` (200 ms; nor above the base); CONTINUING multiplies it by
    ``continuation_factor`` (1.8) but never above ``max_hangover_ms`` (3000 ms, the setting's
    maximum; nor below the base). UNKNOWN keeps the base.
    """

    sentence_endings: str = ".?!"
    complete_factor: float = 0.5
    min_hangover_ms: float = 200.0
    continuation_words: frozenset[str] = CONTINUATION_WORDS
    continuation_marks: str = ",;:-–—"
    continuation_factor: float = 1.8
    max_hangover_ms: float = 3000.0

    def __post_init__(self) -> None:
        if not 0 < self.complete_factor <= 1:
            raise ValueError(f"complete_factor must be in (0, 1], not {self.complete_factor}")
        if self.continuation_factor < 1:
            raise ValueError(f"continuation_factor must be >= 1, not {self.continuation_factor}")
        if not 0 <= self.min_hangover_ms <= self.max_hangover_ms:
            raise ValueError("need 0 <= min_hangover_ms <= max_hangover_ms")

    def classify(self, text: str) -> TurnEnding:
        """Whether ``text`` sounds finished, unfinished, or neither."""
        tail = text.rstrip().rstrip(_CLOSERS).rstrip()
        if not tail:
            return TurnEnding.UNKNOWN
        if tail.endswith(("...", "…")):
            return TurnEnding.CONTINUING
        if tail[-1] in "?!" and tail[-1] in self.sentence_endings:
            return TurnEnding.COMPLETE
        if tail[-1] in self.continuation_marks:
            return TurnEnding.CONTINUING
        words = tail.split()
        last = words[-1].strip(".,;:!?-–—…" + _CLOSERS + "\"'(“‘«[{").lower() if words else ""
        if last in self.continuation_words:
            return TurnEnding.CONTINUING
        if tail[-1] in self.sentence_endings:
            return TurnEnding.COMPLETE
        return TurnEnding.UNKNOWN

    def hangover_ms(self, text: str, base_ms: float) -> float:
        """The hangover to use after ``text``, given the configured ``base_ms``."""
        ending = self.classify(text)
        if ending is TurnEnding.COMPLETE:
            return min(base_ms, max(self.min_hangover_ms, base_ms * self.complete_factor))
        if ending is TurnEnding.CONTINUING:
            return max(base_ms, min(self.max_hangover_ms, base_ms * self.continuation_factor))
        return base_ms
