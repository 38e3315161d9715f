"""Tests for callbot_desktop.audio."""
