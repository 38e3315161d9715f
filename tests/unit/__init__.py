"""Tests for callbot_desktop."""
