"""The house rules, checked: Qt only in ui/ and app.py, and imports pointing one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "callbot_desktop"
LOWER_LAYERS = ("audio", "speech", "llm", "storage", "settings")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_qt_is_imported_only_in_ui_and_app() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules()
        if any(name.split(".")[0] == "PySide6" for name in imported_modules(path))
        and path.relative_to(PACKAGE).parts[0] not in ("ui", "app.py")
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_import_only_core(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in imported_modules(path):
            parts = name.split(".")
            if parts[0] == "callbot_desktop" and len(parts) > 1:
                assert parts[1] in (layer, "core"), f"{path.name} imports {name}"


def test_core_imports_nothing_of_ours_above_it() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imported_modules(path):
            parts = name.split(".")
            if parts[0] == "callbot_desktop" and len(parts) > 1:
                assert parts[1] == "core", f"{path.name} imports {name}"


def test_ruff_bans_qt_outside_the_ui() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--stdin-filename",
            "callbot_desktop/audio/uses_qt.py",
            "-",
        ],  # fmt: skip
        input='"""x"""\n\nfrom PySide6.QtCore import QObject\n\nprint(QObject)\n',
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PACKAGE.parent,
    )
    assert done.returncode == 1
    assert "TID251" in done.stdout and "Qt lives only in" in done.stdout


def test_every_module_says_what_it_is_for() -> None:
    missing = [
        str(path.relative_to(PACKAGE))
        for path in modules()
        if not ast.get_docstring(ast.parse(path.read_text()))
    ]
    assert missing == []
