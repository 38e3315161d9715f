"""Tests for callbot_desktop.llm."""
