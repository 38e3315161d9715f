"""Tests for callbot_desktop.settings."""
