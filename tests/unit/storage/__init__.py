"""Tests for callbot_desktop.storage."""
