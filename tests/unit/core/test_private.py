"""Conversation content never reaches the logs at INFO or above."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from callbot_desktop.core.private import Private
from callbot_desktop.logs import configure_logging


def test_private_text_prints_only_its_length() -> None:
    secret = Private("my bank PIN is 1234")
    assert str(secret) == "<private: 19 chars>"
    assert "1234" not in repr(secret) and "1234" not in f"{secret}"


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    """configure_logging changes the root logger: put its handlers and level back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def written(log_file: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file.read_text()


@pytest.mark.usefixtures("restore_root_logger")
def test_log_file_redacts_content_at_info_and_reveals_it_at_debug(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "callbot.log"
    configure_logging(log_file, debug=True)
    log = logging.getLogger("callbot_desktop.test")
    log.info("heard: %s", Private("the launch code is 0000"))
    log.warning("failed on: %s", Private("another secret sentence"))
    log.debug("debug transcript: %s", Private("visible only in debug"))
    text = written(log_file)
    assert "heard: <private: 23 chars>" in text
    assert "failed on: <private: 23 chars>" in text
    assert "launch code" not in text and "another secret" not in text
    assert "debug transcript: visible only in debug" in text


@pytest.mark.usefixtures("restore_root_logger")
def test_without_debug_nothing_below_info_is_written(tmp_path: Path) -> None:
    log_file = tmp_path / "callbot.log"
    configure_logging(log_file)
    logging.getLogger("callbot_desktop.test").debug("x %s", Private("hidden words"))
    logging.getLogger("callbot_desktop.test").info("started")
    text = written(log_file)
    assert "started" in text and "hidden words" not in text
