"""Numbers for the diagnostics panel, computed from the history on this computer only.

Pure functions over plain data (no Qt, no database): which assistant messages were voice turns,
their per-stage latencies, percentiles, and how many turns there were per day and per persona.
A voice turn's ``timings`` are seconds measured from the end of the person's speech, keyed by
stage (see :data:`STAGES`); text turns carry other keys (``tokens_per_second``…) and are not
voice turns.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

STAGES: tuple[str, ...] = ("transcript_ready", "first_token", "first_sentence", "first_audio")
"""Stages of a voice turn, in the order they happen."""

VOICE_MARKERS: frozenset[str] = frozenset({"first_audio", "transcript_ready"})
"""A turn whose timings hold one of these keys was spoken (not typed)."""

RECENT_TURNS = 50
"""How many recent voice turns the latency plot shows."""


@dataclass(frozen=True)
class Turn:
    """One assistant reply: when it was saved, in which persona, and its stage timings."""

    created_at: float
    persona: str
    timings: Mapping[str, float] = field(default_factory=dict)

    @property
    def is_voice(self) -> bool:
        return any(key in self.timings for key in VOICE_MARKERS)


def recent_voice_turns(turns: Iterable[Turn], limit: int = RECENT_TURNS) -> list[Turn]:
    """The last ``limit`` voice turns, oldest first."""
    voice = sorted((t for t in turns if t.is_voice), key=lambda t: t.created_at)
    return voice[-limit:] if limit > 0 else []


def stage_series(turns: Sequence[Turn]) -> dict[str, list[float]]:
    """Per stage, one value per turn (NaN where the stage is missing or not a finite number)."""
    return {stage: [_finite(turn.timings.get(stage)) for turn in turns] for stage in STAGES}


def percentile(values: Iterable[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100, linear interpolation) of the finite values; None if none."""
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile must be from 0 to 100, not {q!r}")
    ordered = sorted(v for v in values if math.isfinite(v))
    if not ordered:
        return None
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def stage_percentiles(turns: Sequence[Turn], q: float = 50.0) -> dict[str, float]:
    """The ``q``-th percentile of every stage that at least one turn reached."""
    found: dict[str, float] = {}
    for stage, values in stage_series(turns).items():
        value = percentile(values, q)
        if value is not None:
            found[stage] = value
    return found


def turns_per_day(
    turns: Iterable[Turn], *, days: int = 30, today: date | None = None, tz: tzinfo | None = None
) -> list[tuple[date, int]]:
    """Turns on each of the last ``days`` days up to ``today`` (oldest first, zeros included).

    Days are calendar days in ``tz`` (default: the computer's local time zone).
    """
    if days <= 0:
        return []
    end = today or datetime.now(tz).date()
    start = end - timedelta(days=days - 1)
    counts = Counter(datetime.fromtimestamp(t.created_at, tz).date() for t in turns)
    return [(day, counts.get(day, 0)) for day in (start + timedelta(n) for n in range(days))]


def turns_per_persona(turns: Iterable[Turn], *, unnamed: str = "") -> list[tuple[str, int]]:
    """Turns per persona, most used first (ties by name); an empty persona counts as ``unnamed``."""
    counts = Counter(t.persona or unnamed for t in turns)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))


def _finite(value: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return math.nan
