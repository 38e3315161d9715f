"""Shared pytest set-up: every test gets its own data dir, and strict mode forbids skips."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import pytest

from tests.harness.components import STRICT_ENV, strict

pytest_plugins = [
    "tests.harness.virtual_audio",
    "tests.harness.speech_samples",
    "tests.harness.secret_service",
    "tests.harness.x11",
    "tests.harness.ollama_server",
]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """All state of the code under test goes to a fresh temporary directory."""
    root = tmp_path / "callbot-data"
    monkeypatch.setenv("CALLBOT_DATA_DIR", str(root))
    return root


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    needs_gpu = item.get_closest_marker("gpu") is not None  # no GPU can be installed by make
    if report.skipped and strict() and not hasattr(report, "wasxfail") and not needs_gpu:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (
            f"skipped while {STRICT_ENV}=1 (make test installs every component): {reason}"
        )
    return report
