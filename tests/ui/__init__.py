"""Tests for callbot_desktop.ui."""
