"""Tests for callbot_desktop.core."""
