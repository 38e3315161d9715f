"""Tests for callbot_desktop.speech."""
