"""Fixtures of the packaging tests: the PyInstaller bundle, built once per session into a tmp dir.

``frozen_bundle`` is the plain build (what ``make package`` makes); ``frozen_bundle_with_models``
is the ``CALLBOT_BUNDLE_MODELS=1`` build. Each takes about a minute on two cores.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from callbot_desktop import APP_ID

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 900
"""Seconds a build may take before the test fails (it takes ~1 min on a busy 2-core machine)."""
TEST_TIMEOUT = 2 * BUILD_TIMEOUT + 300
"""pytest-timeout for tests that use a bundle: its build counts against the first such test."""


def build_bundle(out: Path, bundle_models: bool) -> Path:
    """Run PyInstaller on build.spec into ``out``; return the bundle folder."""
    env = {**os.environ, "CALLBOT_BUNDLE_MODELS": "1" if bundle_models else "0"}
    done = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
            str(REPO / "build.spec"),
        ],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stdout}\n{done.stderr}"
    bundle = out / "dist" / APP_ID
    assert (bundle / APP_ID).is_file() and (bundle / "callbot").is_file()
    return bundle


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bundle(tmp_path_factory.mktemp("bundle"), bundle_models=False)


@pytest.fixture(scope="session")
def frozen_bundle_with_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bundle(tmp_path_factory.mktemp("bundle-models"), bundle_models=True)
