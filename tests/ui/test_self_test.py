"""`callbot-desktop --self-test` starts Qt, builds the window, runs the qasync loop, and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def self_test(data_dir: Path, platform: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop", "--data-dir", str(data_dir), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": platform},
    )


def test_self_test_prints_ok_offscreen(tmp_path: Path) -> None:
    done = self_test(tmp_path, "offscreen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "SELF-TEST OK"
    assert (tmp_path / "logs" / "callbot.log").is_file()


def test_self_test_honours_an_unusable_platform(tmp_path: Path) -> None:
    done = self_test(tmp_path, "no-such-platform")
    assert done.returncode != 0
    assert "SELF-TEST OK" not in done.stdout
    assert "no-such-platform" in done.stderr
