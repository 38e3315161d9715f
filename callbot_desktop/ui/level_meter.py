"""Microphone levels as a meter shows them."""

from __future__ import annotations

import math

LEVEL_FLOOR_DB = -60.0
"""The meter's empty end; 0 dBFS is full."""


def level_percent(rms_db: float) -> int:
    """A dBFS level as 0-100 on a meter (:data:`LEVEL_FLOOR_DB` and below is 0)."""
    if not math.isfinite(rms_db):
        return 0
    return round(100 * min(max((rms_db - LEVEL_FLOOR_DB) / -LEVEL_FLOOR_DB, 0.0), 1.0))
