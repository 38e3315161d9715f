"""Latency percentiles and usage counts for the diagnostics panel, from plain turn data."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest

from callbot_desktop.engine.usage_stats import (
    STAGES,
    Turn,
    percentile,
    recent_voice_turns,
    stage_percentiles,
    stage_series,
    turns_per_day,
    turns_per_persona,
)


def at(day: int, hour: int = 12) -> float:
    return datetime(2025, 3, day, hour, tzinfo=UTC).timestamp()


def voice(created_at: float, first_audio: float, persona: str = "Assistant") -> Turn:
    return Turn(created_at, persona, {"transcript_ready": 0.2, "first_audio": first_audio})


def test_percentile_interpolates_between_ranks() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == pytest.approx(2.5)
    assert percentile([5.0], 90) == 5.0
    assert percentile([3.0, 1.0, 2.0], 0) == 1.0
    assert percentile([3.0, 1.0, 2.0], 100) == 3.0
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 90) == pytest.approx(46.0)


def test_percentile_ignores_missing_values_and_is_none_without_any() -> None:
    assert percentile([math.nan, 1.0, math.inf, 3.0], 50) == pytest.approx(2.0)
    assert percentile([], 50) is None
    assert percentile([math.nan], 50) is None


def test_percentile_rejects_a_rank_outside_0_to_100() -> None:
    with pytest.raises(ValueError, match="0 to 100"):
        percentile([1.0], 101)


def test_only_voice_turns_are_kept_newest_last_and_limited() -> None:
    typed = Turn(at(2), "Assistant", {"tokens_per_second": 31.0, "first_token": 0.4})
    turns = [voice(at(1, hour), 0.5 + hour / 100) for hour in range(10)] + [typed]
    recent = recent_voice_turns(list(reversed(turns)), limit=3)
    assert [t.created_at for t in recent] == [at(1, 7), at(1, 8), at(1, 9)]
    assert typed not in recent_voice_turns(turns)
    assert recent_voice_turns(turns, limit=0) == []
    only_transcript = Turn(at(3), "Tutor", {"transcript_ready": 0.3})
    assert recent_voice_turns([only_transcript]) == [only_transcript]


def test_stage_series_has_one_value_per_turn_with_nan_for_missing_stages() -> None:
    turns = [
        Turn(at(1), "A", {"transcript_ready": 0.2, "first_token": 0.6, "first_audio": 1.1}),
        Turn(at(2), "A", {"transcript_ready": 0.25, "first_sentence": 0.9, "first_audio": True}),
    ]
    series = stage_series(turns)
    assert list(series) == list(STAGES)
    assert series["transcript_ready"] == [0.2, 0.25]
    assert series["first_token"][0] == 0.6 and math.isnan(series["first_token"][1])
    assert math.isnan(series["first_sentence"][0]) and series["first_sentence"][1] == 0.9
    assert series["first_audio"][0] == 1.1 and math.isnan(series["first_audio"][1])


def test_stage_percentiles_leave_out_stages_never_reached() -> None:
    turns = [voice(at(1), 0.8), voice(at(2), 1.2), voice(at(3), 1.0)]
    medians = stage_percentiles(turns)
    assert medians == {"transcript_ready": pytest.approx(0.2), "first_audio": pytest.approx(1.0)}
    assert stage_percentiles(turns, 100)["first_audio"] == pytest.approx(1.2)


def test_turns_per_day_counts_calendar_days_and_fills_empty_ones() -> None:
    turns = [voice(at(1, 1), 1.0), voice(at(1, 23), 1.0), voice(at(3), 1.0), voice(at(9), 1.0)]
    counts = turns_per_day(turns, days=4, today=date(2025, 3, 4), tz=UTC)
    assert counts == [
        (date(2025, 3, 1), 2),
        (date(2025, 3, 2), 0),
        (date(2025, 3, 3), 1),
        (date(2025, 3, 4), 0),
    ]
    assert turns_per_day(turns, days=0) == []


def test_turns_per_persona_most_used_first_with_a_name_for_the_unnamed() -> None:
    turns = [
        voice(at(1), 1.0, "Tutor"),
        voice(at(1), 1.0, ""),
        voice(at(2), 1.0, "Tutor"),
        voice(at(2), 1.0, "assistant"),
        Turn(at(3), "Travel planner", {"tokens_per_second": 20.0}),
    ]
    assert turns_per_persona(turns, unnamed="Default") == [
        ("Tutor", 2),
        ("assistant", 1),
        ("Default", 1),
        ("Travel planner", 1),
    ]
