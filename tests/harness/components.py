"""Finding the real components a test needs, and saying exactly what to install when one is missing.

Locally a missing component skips the test with that reason. Under ``make test`` (which installs all
of them) ``CALLBOT_REQUIRE_COMPONENTS=1`` is set, and ``tests/conftest.py`` turns every skip into a
failure, so nothing is silently left untested in CI.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest

STRICT_ENV = "CALLBOT_REQUIRE_COMPONENTS"


def strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def require_executable(name: str, debian_package: str) -> str:
    """Return the path of ``name``, or skip: "<name> not found: apt-get install <package>"."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not found: install it with `apt-get install {debian_package}`")
    return path


def require_module(module: str, pip_name: str) -> None:
    """Skip unless the Python module can be imported."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"Python module {module} missing: install it with `pip install {pip_name}`")
