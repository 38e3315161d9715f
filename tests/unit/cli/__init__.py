"""Tests for callbot_desktop.cli."""
